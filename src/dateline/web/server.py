"""Run the web application on uvicorn (``dateline serve``)."""

from __future__ import annotations

import ipaddress
import logging
import socket

from ..settings import Settings
from .app import create_app, vendor_missing

__all__ = ["create_app", "serve", "is_loopback", "port_free"]

log = logging.getLogger("dateline.web")


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def port_free(host: str, port: int) -> bool:
    """Whether ``host:port`` can be bound now (checked before starting, for a clear message)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError:
            return False
    return True


def serve(db: str, *, host: str = "127.0.0.1", port: int = 8000, token: str | None = None,
          settings: Settings | None = None, log_level: str = "info") -> None:
    """Serve the store at ``db`` until interrupted. Binds to loopback unless told otherwise."""
    import uvicorn

    app = create_app(db, token=token, settings=settings)
    if vendor_missing():
        log.warning("dashboard libraries missing (%s): run `make web`", ", ".join(vendor_missing()))
    uvicorn.run(app, host=host, port=port, log_level=log_level, server_header=False)
