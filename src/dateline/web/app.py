"""The ASGI application: the JSON API under /api, the pages (each with a .json twin), static files.

``create_app(store_or_path, token=...)`` builds it; :func:`dateline.web.serve` runs it on uvicorn.
Endpoints are plain ``def`` functions, so FastAPI runs each (and its store calls) in a worker
thread, off the event loop.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import __version__
from ..errors import DatelineError, NotFound, QueryError, StoreError
from ..settings import Settings
from ..store import Store
from .pool import StorePool

log = logging.getLogger("dateline.web")
HERE = Path(__file__).resolve().parent
STATIC = HERE / "static"
VENDOR = STATIC / "vendor"

DESCRIPTION = """The record dateline keeps of what happened: articles, coded events with the
sentences that support them, timelines, entities and places.

Every list is paginated (`limit` up to 1000, `offset`), every error is JSON
(`{"error": {"status": 400, "message": "..."}}`), and unknown parameters are rejected.
Uploads (`POST /api/ingest`) need the server's token as `Authorization: Bearer TOKEN`."""


def create_app(store: str | Path | Store = "dateline.db", *, token: str | None = None,
               settings: Settings | None = None) -> FastAPI:
    """The dateline web application over a store (a path, URL or an open :class:`Store`)."""
    pool = StorePool(store)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        pool.close()

    app = FastAPI(title="dateline", version=__version__, description=DESCRIPTION,
                  docs_url=None, redoc_url=None, openapi_url="/api/openapi.json",
                  lifespan=lifespan)
    app.state.pool = pool
    app.state.token = token or None
    app.state.settings = settings or Settings()
    app.state.timeline_cache = {}
    _install_error_handlers(app)
    from .api import router as api_router
    from .pages import router as pages_router
    app.include_router(api_router)
    app.include_router(pages_router)
    app.add_api_route("/api/docs", api_docs, include_in_schema=False, response_class=HTMLResponse)
    app.mount("/static", CachedStatic(directory=STATIC, check_dir=False), name="static")
    return app


class CachedStatic(StaticFiles):
    """Static files; the libraries (which change only with `make web`) are cached for a day."""

    def file_response(self, full_path: Any, *args: Any, **kwargs: Any) -> Response:
        response = super().file_response(full_path, *args, **kwargs)
        vendor = Path(full_path).is_relative_to(VENDOR)
        response.headers["Cache-Control"] = "public, max-age=86400" if vendor else "no-cache"
        return response


def api_docs() -> HTMLResponse:
    """Swagger UI over the OpenAPI schema, from our own copy (no CDN: it must work offline)."""
    from fastapi.openapi.docs import get_swagger_ui_html

    if not (VENDOR / "swagger-ui" / "swagger-ui-bundle.js").is_file():
        return HTMLResponse('<p>The API reference viewer is not installed (run <code>make web</code>); the '
                            'schema itself is at <a href="/api/openapi.json">/api/openapi.json</a>.</p>')
    return get_swagger_ui_html(openapi_url="/api/openapi.json", title="dateline API",
                               swagger_js_url="/static/vendor/swagger-ui/swagger-ui-bundle.js",
                               swagger_css_url="/static/vendor/swagger-ui/swagger-ui.css",
                               swagger_favicon_url="/static/favicon.svg")


def vendor_missing() -> list[str]:
    """Front-end library files the dashboard needs that the build has not installed."""
    needed = ["leaflet/leaflet.js", "topojson-client/topojson-client.min.js",
              "world-atlas/countries-50m.json", "world-atlas/countries-110m.json"]
    return [name for name in needed if not (VENDOR / name).is_file()]


# -- errors ---------------------------------------------------------------------------------------
def wants_json(request: Request) -> bool:
    path = request.url.path
    accept = request.headers.get("accept", "")
    return path.startswith("/api/") or path.endswith(".json") or "text/html" not in accept


def error_response(request: Request, status: int, message: str,
                   details: list[dict[str, Any]] | None = None) -> Response:
    body: dict[str, Any] = {"status": status, "message": message}
    if details:
        body["details"] = details
    headers = {"WWW-Authenticate": "Bearer"} if status == 401 else None
    if wants_json(request):
        return JSONResponse({"error": body}, status_code=status, headers=headers)
    from .pages import render_error
    return HTMLResponse(render_error(request, status, message), status_code=status, headers=headers)


def _validation_message(errors: list[dict[str, Any]]) -> str:
    parts = []
    for error in errors:
        where = [str(p) for p in error.get("loc", ()) if p not in ("query", "path", "body")]
        parts.append(f"{'.'.join(where) or 'request'}: {error.get('msg', 'invalid')}")
    return "; ".join(parts)


def _install_error_handlers(app: FastAPI) -> None:
    statuses = ((NotFound, 404), (QueryError, 400), (StoreError, 503), (DatelineError, 400))

    @app.exception_handler(DatelineError)
    async def on_dateline_error(request: Request, exc: DatelineError) -> Response:
        status = next(code for kind, code in statuses if isinstance(exc, kind))
        return error_response(request, status, str(exc))

    @app.exception_handler(RequestValidationError)
    async def on_invalid(request: Request, exc: RequestValidationError) -> Response:
        errors = [{k: v for k, v in e.items() if k in ("loc", "msg", "type")} for e in exc.errors()]
        return error_response(request, 422, _validation_message(errors), errors)

    @app.exception_handler(StarletteHTTPException)
    async def on_http_error(request: Request, exc: StarletteHTTPException) -> Response:
        message = exc.detail if isinstance(exc.detail, str) else "error"
        if exc.status_code == 404 and message == "Not Found":
            message = f"no page at {request.url.path}; the API is described at /api/docs"
        return error_response(request, exc.status_code, message)

    @app.exception_handler(Exception)
    async def on_crash(request: Request, exc: Exception) -> Response:
        log.exception("internal error on %s", request.url.path)
        return error_response(request, 500, f"internal error ({type(exc).__name__}); "
                                            "see the server log")
