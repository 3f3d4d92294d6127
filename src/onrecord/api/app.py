"""The web face of a record: HTML pages for analysts, their JSON twins for programs.

``create_app(db_path)`` opens the record and builds a read-only FastAPI app:

1. the store, opened once and shared by every request (``app.state.store``);
2. security headers on every response (no scripts run, nothing framed);
3. one error shape for every error (``onrecord.api.errors``);
4. the views (``onrecord.api.routes``), each an HTML page and a ``.json`` twin;
5. the stylesheet under ``/static``.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI, Request, Response
from fastapi.staticfiles import StaticFiles

from onrecord.api.errors import install_error_handlers
from onrecord.api.routes import ROUTERS
from onrecord.store import Store
from onrecord.version import __version__

STATIC_DIR = Path(__file__).parent / "static"
SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; style-src 'self'; img-src 'self' data:; "
        "base-uri 'none'; form-action 'self'; frame-ancestors 'none'"),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}


def create_app(db_path: str | os.PathLike[str]) -> FastAPI:
    """A read-only app over the record at ``db_path`` (a path or SQLAlchemy URL)."""
    store = Store(db_path)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        store.close()

    app = FastAPI(title="onrecord", version=__version__, lifespan=lifespan,
                  docs_url=None, redoc_url=None,
                  description="Who said what, when, in what role, reported by whom. "
                              "Every HTML page has a JSON twin: append `.json` to its path.")
    app.state.store = store
    app.middleware("http")(_security_headers)
    install_error_handlers(app)
    for router in ROUTERS:
        app.include_router(router)
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    return app


async def _security_headers(
    request: Request, call_next: Callable[[Request], Awaitable[Response]],
) -> Response:
    response = await call_next(request)
    for name, value in SECURITY_HEADERS.items():
        response.headers.setdefault(name, value)
    return response
