"""``/``: what the record holds, with links to every view."""

from __future__ import annotations

from fastapi import APIRouter

from onrecord import analysis
from onrecord.api.pages import Page, twin
from onrecord.api.params import StoreDep

router = APIRouter()
TOP_SPEAKERS = 10


@twin(router, "/", summary="What the record holds")
def index(store: StoreDep) -> Page:
    counts = store.counts()
    first, last = store.date_range()
    top = analysis.speakers(store, limit=TOP_SPEAKERS)
    publishers = store.publisher_names()
    data = {
        "counts": counts,
        "published": {"first": first, "last": last},
        "speakers": [s.to_dict() for s in top],
        "publishers": publishers,
        "views": ["/statements", "/speakers", "/articles", "/timeline"],
    }
    return Page("index.html", data, title="onrecord", context={
        "counts": counts, "first": first, "last": last, "speakers": top,
        "publishers": publishers})
