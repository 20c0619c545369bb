"""HTTP API and dashboard: ``dateline serve`` (FastAPI on uvicorn)."""

from __future__ import annotations

from .server import create_app, serve

__all__ = ["create_app", "serve"]
