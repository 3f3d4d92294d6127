"""One error shape for the whole API: ``{"error": {"status": int, "message": str}}``.

``OnrecordError`` subclasses carry their own status (``NotFound`` 404,
``InvalidFilter`` 422, ...); FastAPI's validation errors become 422 and
Starlette's HTTP errors (unknown path 404, wrong method 405) keep their
status. JSON twins and anything outside the HTML pages get the JSON shape;
HTML pages get an HTML error page with the same status and message.
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from starlette.exceptions import HTTPException

from onrecord.api.pages import Page, render
from onrecord.errors import OnrecordError

log = logging.getLogger(__name__)

HTML_PREFIXES = ("/statements", "/speakers", "/articles", "/timeline")


def error_body(status: int, message: str) -> dict[str, Any]:
    return {"error": {"status": status, "message": message}}


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(OnrecordError, _onrecord_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(HTTPException, _http_error)
    app.add_exception_handler(Exception, _unexpected_error)


def error_response(request: Request, status: int, message: str) -> Response:
    if _wants_html(request):
        page = Page("error.html", error_body(status, message), title=f"Error {status}",
                    context={"message": message})
        return HTMLResponse(render(page, status), status_code=status)
    return JSONResponse(error_body(status, message), status_code=status)


def _wants_html(request: Request) -> bool:
    path = request.url.path
    if any(part.endswith(".json") for part in path.split("/")):
        return False
    return path == "/" or path.startswith(HTML_PREFIXES)


async def _onrecord_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, OnrecordError)
    return error_response(request, exc.status, exc.message)


async def _validation_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, RequestValidationError)
    return error_response(request, 422, "; ".join(_describe(e) for e in exc.errors()))


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    message = "not found" if exc.status_code == 404 else str(exc.detail)
    response = error_response(request, exc.status_code, message)
    response.headers.update(exc.headers or {})
    return response


async def _unexpected_error(request: Request, exc: Exception) -> Response:
    log.exception("unexpected error serving %s", request.url.path, exc_info=exc)
    return error_response(request, 500, "internal error")


def _describe(error: Any) -> str:
    where = ".".join(str(part) for part in error.get("loc", ()) if part not in ("query", "path"))
    return f"{where}: {error.get('msg', 'invalid')}" if where else str(error.get("msg"))
