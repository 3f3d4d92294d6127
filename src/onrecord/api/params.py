"""Query parameters shared by several routes: paging and statement filters.

HTML forms send empty fields as empty strings; every filter treats "" as
"not given". Values that do not parse (a bad date, an unknown kind) are
rejected by ``StatementQuery.validated`` with ``InvalidFilter`` (422).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import Depends, Query, Request

from onrecord.errors import InvalidFilter, NotFound
from onrecord.store import StatementQuery, Store

DEFAULT_LIMIT = 50
MAX_LIMIT = 500


def get_store(request: Request) -> Store:
    store: Store = request.app.state.store
    return store


StoreDep = Annotated[Store, Depends(get_store)]


@dataclass(frozen=True)
class Paging:
    limit: int = DEFAULT_LIMIT
    offset: int = 0

    def window(self, total: int) -> dict[str, int]:
        return {"total": total, "limit": self.limit, "offset": self.offset}


def paging(
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT, description="Items per page.")]
    = DEFAULT_LIMIT,
    offset: Annotated[int, Query(ge=0, description="Items to skip.")] = 0,
) -> Paging:
    return Paging(limit=limit, offset=offset)


PagingDep = Annotated[Paging, Depends(paging)]


@dataclass(frozen=True)
class StatementFilters:
    """The filters of the statements view, as given in the query string."""

    q: str | None = None
    speaker: str | None = None
    speaker_id: int | None = None
    since: str | None = None
    until: str | None = None
    kind: str | None = None
    publisher: str | None = None

    def query(self, page: Paging) -> StatementQuery:
        return StatementQuery(
            text=self.q, speaker=self.speaker, actor_id=self.speaker_id, since=self.since,
            until=self.until, kind=self.kind, publisher=self.publisher,
            limit=page.limit, offset=page.offset).validated()

    def params(self) -> dict[str, Any]:
        return {"q": self.q, "speaker": self.speaker, "speaker_id": self.speaker_id,
                "since": self.since, "until": self.until, "kind": self.kind,
                "publisher": self.publisher}

    def any(self) -> bool:
        return any(v is not None for v in self.params().values())


def _blank(value: str | None) -> str | None:
    value = value.strip() if value is not None else None
    return value or None


def statement_filters(
    q: Annotated[str | None, Query(description="Full-text search (words as one phrase).")]
    = None,
    speaker: Annotated[str | None, Query(description="Speaker name or mention contains.")]
    = None,
    speaker_id: Annotated[str | None, Query(description="Speaker (actor) id.")] = None,
    since: Annotated[str | None, Query(description="From this date, YYYY[-MM[-DD]].")] = None,
    until: Annotated[str | None, Query(description="Up to this date, YYYY[-MM[-DD]].")]
    = None,
    kind: Annotated[str | None, Query(description="direct, mixed or indirect.")] = None,
    publisher: Annotated[str | None, Query(description="Publisher name, exactly.")] = None,
) -> StatementFilters:
    filters = StatementFilters(
        q=_blank(q), speaker=_blank(speaker), speaker_id=_int_filter(speaker_id, "speaker_id"),
        since=_blank(since), until=_blank(until), kind=_blank(kind),
        publisher=_blank(publisher))
    StatementQuery(since=filters.since, until=filters.until, kind=filters.kind).validated()
    return filters


StatementFiltersDep = Annotated[StatementFilters, Depends(statement_filters)]


def dates(
    since: Annotated[str | None, Query(description="From this date, YYYY[-MM[-DD]].")] = None,
    until: Annotated[str | None, Query(description="Up to this date, YYYY[-MM[-DD]].")]
    = None,
) -> StatementFilters:
    """Only a date range (validated), for views that filter by nothing else."""
    filters = StatementFilters(since=_blank(since), until=_blank(until))
    StatementQuery(since=filters.since, until=filters.until).validated()
    return filters


DatesDep = Annotated[StatementFilters, Depends(dates)]


def _int_filter(value: str | None, name: str) -> int | None:
    value = _blank(value)
    if value is None:
        return None
    if not value.isdigit():
        raise InvalidFilter(f"{name} {value!r} is not a number")
    return int(value)


def actor_id_from_path(value: str) -> int:
    """A speaker id from a URL: anything but a plain number is an id we do not hold."""
    if not value.isdigit() or len(value) > 18:
        raise NotFound(f"no speaker {value!r}")
    return int(value)
