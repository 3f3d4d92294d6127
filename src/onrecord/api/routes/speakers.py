"""``/speakers``, ``/speakers/{id}`` and ``/timeline``: who speaks, and when."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from onrecord import analysis
from onrecord.api.charts import timeline_chart
from onrecord.api.pages import Page, twin
from onrecord.api.params import DatesDep, PagingDep, StoreDep, actor_id_from_path
from onrecord.api.rows import statement_rows
from onrecord.errors import InvalidFilter
from onrecord.store import StatementQuery

router = APIRouter()
TIMELINE_DEFAULT_SPEAKERS = 4
TIMELINE_CHOICES = 24
TIMELINE_MAX_SPEAKERS = 12


@twin(router, "/speakers", summary="Speakers, most quoted first")
def speakers(
    store: StoreDep, page: PagingDep,
    name: Annotated[str | None, Query(description="Name contains.")] = None,
) -> Page:
    name = (name or "").strip() or None
    found = analysis.speakers(store, name=name, limit=page.limit, offset=page.offset)
    total = store.count_actors(name=name)
    data = {"items": [s.to_dict() for s in found], **page.window(total)}
    return Page("speakers.html", data, title="Speakers", context={
        "speakers": found, "name": name, "page": page, "total": total})


@twin(router, "/speakers/{speaker_id}", summary="One speaker: roles over time, statements")
def speaker(store: StoreDep, speaker_id: str, dates: DatesDep, page: PagingDep) -> Page:
    actor_id = actor_id_from_path(speaker_id)
    who = analysis.speaker(store, actor_id)
    roles = analysis.roles_over_time(store, actor_id)
    query = StatementQuery(actor_id=actor_id, since=dates.since, until=dates.until,
                           limit=page.limit, offset=page.offset)
    found = store.statements(query)
    total = store.count_statements(query)
    line = analysis.timeline(store, [actor_id], since=dates.since, until=dates.until)
    data = {
        "speaker": who.to_dict(),
        "roles": [{"role": r.role, "date": d} for r in roles for d in r.dates],
        "timeline": line.to_dict()["speakers"][0]["days"],
        "statements": {"items": [s.to_dict() for s in found], **page.window(total)},
    }
    return Page("speaker.html", data, title=who.name, context={
        "speaker": who, "roles": roles, "rows": statement_rows(store, found),
        "chart": timeline_chart(line), "dates": dates, "page": page, "total": total})


@twin(router, "/timeline", summary="Several speakers side by side on one date axis")
def timeline(
    store: StoreDep, dates: DatesDep, page: PagingDep,
    speaker: Annotated[list[int] | None, Query(
        description="Speaker ids (repeat the parameter); default: the most quoted.")] = None,
) -> Page:
    choices = analysis.speakers(store, limit=TIMELINE_CHOICES)
    chosen = _chosen_speakers(choices, speaker)
    line = analysis.timeline(store, chosen, since=dates.since, until=dates.until)
    query = StatementQuery(since=dates.since, until=dates.until, limit=page.limit,
                           offset=page.offset)
    found = store.statements(query, chosen)
    total = store.count_statements(query, chosen)
    data = {**line.to_dict(),
            "statements": {"items": [s.to_dict() for s in found], **page.window(total)}}
    return Page("timeline.html", data, title="Timeline", context={
        "timeline": line, "chart": timeline_chart(line), "chosen": chosen,
        "choices": choices,
        "rows": statement_rows(store, found), "dates": dates, "page": page, "total": total})


def _chosen_speakers(choices: list[analysis.SpeakerSummary], ids: list[int] | None) -> list[int]:
    """The speakers asked for, else the most quoted."""
    if not ids:
        return [s.id for s in choices[:TIMELINE_DEFAULT_SPEAKERS] if s.statements]
    unique = list(dict.fromkeys(ids))
    if len(unique) > TIMELINE_MAX_SPEAKERS:
        raise InvalidFilter(f"at most {TIMELINE_MAX_SPEAKERS} speakers on one timeline")
    return unique
