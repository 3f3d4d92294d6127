"""Every page has a JSON twin: one view function, registered as ``/path`` and ``/path.json``.

A view returns a ``Page``: the template and context for the HTML page, and
the data for the JSON twin. ``twin`` registers the JSON route (in the OpenAPI
schema) and the HTML route (not in it) for the same function, so the two
can never disagree about parameters or errors.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from fastapi import APIRouter
from fastapi.responses import HTMLResponse, JSONResponse
from jinja2 import Environment, PackageLoader, StrictUndefined

from onrecord.api import links
from onrecord.version import __version__

View = TypeVar("View", bound=Callable[..., "Page"])


@dataclass(frozen=True)
class Page:
    """What one view shows: an HTML page and its JSON twin."""

    template: str
    data: Any
    context: dict[str, Any] = field(default_factory=dict)
    title: str = "onrecord"


def json_path(path: str) -> str:
    """The JSON twin of a page path: ``.json`` appended (``/`` becomes ``/.json``)."""
    return f"{path.rstrip('/')}/.json" if path == "/" else f"{path}.json"


def twin(router: APIRouter, path: str, *, summary: str) -> Callable[[View], View]:
    """Register ``view`` as the HTML page at ``path`` and its JSON twin."""

    def register(view: View) -> View:
        @functools.wraps(view)
        def as_json(*args: Any, **kwargs: Any) -> JSONResponse:
            return JSONResponse(view(*args, **kwargs).data)

        @functools.wraps(view)
        def as_html(*args: Any, **kwargs: Any) -> HTMLResponse:
            return HTMLResponse(render(view(*args, **kwargs)))

        # The JSON route goes first so that "/x/{id}" never swallows "/x/{id}.json".
        router.add_api_route(json_path(path), as_json, methods=["GET"], summary=summary,
                             response_model=None, response_class=JSONResponse)
        router.add_api_route(path, as_html, methods=["GET"], include_in_schema=False,
                             response_model=None, response_class=HTMLResponse)
        return view

    return register


def render(page: Page, status: int = 200) -> str:
    context = {"title": page.title, "data": page.data, "status": status, **page.context}
    return templates().get_template(page.template).render(context)


@functools.cache
def templates() -> Environment:
    """The Jinja environment: autoescape always on, undefined names are errors."""
    env = Environment(loader=PackageLoader("onrecord.api", "templates"), autoescape=True,
                      undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    env.globals.update(
        statement_url=links.statement_url, article_url=links.article_url,
        speaker_url=links.speaker_url, with_query=links.with_query,
        external_url=links.external_url, json_path=json_path, version=__version__,
    )
    return env
