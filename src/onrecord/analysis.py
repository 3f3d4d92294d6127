"""Analysis over the stored record: speakers, their roles over time, timelines.

Every function here reads through the ``Store`` and returns small frozen
dataclasses; nothing writes. A statement without a statement date is placed
at its article's publication date and counts as *reported*, not *said*.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any, Literal

from onrecord.errors import NotFound
from onrecord.store import Store
from onrecord.types import Statement

Placement = Literal["said", "reported"]


@dataclass(frozen=True)
class SpeakerSummary:
    """One actor and how often, and between which dates, the record quotes them."""

    id: int
    name: str
    type: str
    statements: int = 0
    first: str | None = None
    last: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "type": self.type,
                "statements": self.statements, "first": self.first, "last": self.last}


@dataclass(frozen=True)
class RoleSeen:
    """A role as stated in an actor's statements, and the dates it was stated on."""

    role: str
    dates: tuple[str, ...]

    @property
    def first(self) -> str | None:
        return self.dates[0] if self.dates else None

    @property
    def last(self) -> str | None:
        return self.dates[-1] if self.dates else None


@dataclass(frozen=True)
class DayCount:
    """Statements by one actor placed on one day: said (dated) and reported (undated)."""

    day: date
    said: int
    reported: int

    @property
    def total(self) -> int:
        return self.said + self.reported


@dataclass(frozen=True)
class Lane:
    """One speaker's row on a timeline."""

    speaker: SpeakerSummary
    days: tuple[DayCount, ...]
    undated: int = 0


@dataclass(frozen=True)
class Timeline:
    """Several speakers on one date axis, from ``start`` to ``end`` (inclusive)."""

    lanes: tuple[Lane, ...]
    start: date | None
    end: date | None

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": _iso(self.start), "end": _iso(self.end),
            "speakers": [{
                **lane.speaker.to_dict(),
                "days": [{"date": d.day.isoformat(), "said": d.said, "reported": d.reported}
                         for d in lane.days],
                "undated": lane.undated,
            } for lane in self.lanes],
        }


def placement(statement: Statement) -> tuple[str | None, Placement]:
    """Where a statement sits in time: its own date ("said"), else its article's ("reported")."""
    if statement.said_on:
        return statement.said_on, "said"
    return statement.article.published, "reported"


def speakers(store: Store, *, name: str | None = None, limit: int | None = None,
             offset: int = 0) -> list[SpeakerSummary]:
    """Speakers (resolved actors), most quoted first."""
    rows = store.actor_summaries(name=name, limit=limit, offset=offset)
    return [SpeakerSummary(**row) for row in rows]


def speaker(store: Store, actor_id: int) -> SpeakerSummary:
    rows = store.actor_summaries(actor_ids=[actor_id])
    if not rows:
        raise NotFound(f"no speaker {actor_id}")
    return SpeakerSummary(**rows[0])


def roles_over_time(store: Store, actor_id: int) -> list[RoleSeen]:
    """Each role an actor was given, with every date it was given on, earliest role first."""
    dates: dict[str, list[str]] = {}
    for row in store.actor_roles(actor_id):
        dates.setdefault(row["role"], [])
        if row["date"] is not None:
            dates[row["role"]].append(row["date"])
    return [RoleSeen(role=role, dates=tuple(ds)) for role, ds in dates.items()]


def timeline(store: Store, actor_ids: list[int], *, since: str | None = None,
             until: str | None = None) -> Timeline:
    """Day-by-day statement counts for each speaker, on one shared date axis."""
    summaries = {s.id: s for s in (SpeakerSummary(**r) for r in store.actor_summaries(
        actor_ids=actor_ids))}
    missing = [i for i in actor_ids if i not in summaries]
    if missing:
        raise NotFound(f"no speaker {missing[0]}")
    days: dict[int, list[DayCount]] = {i: [] for i in actor_ids}
    undated = dict.fromkeys(actor_ids, 0)
    for actor_id, placed, said, reported in store.statement_day_counts(
            actor_ids, since=since, until=until):
        day = parse_day(placed)
        if day is None:
            undated[actor_id] += said + reported
        else:
            days[actor_id].append(DayCount(day, said, reported))
    lanes = tuple(Lane(summaries[i], tuple(_merge_days(days[i])), undated[i])
                  for i in actor_ids)
    every_day = [d.day for lane in lanes for d in lane.days]
    start = parse_day(since) if since else min(every_day, default=None)
    end = _period_end(until) if until else max(every_day, default=None)
    return Timeline(lanes=lanes, start=start, end=end)


def parse_day(value: str | None) -> date | None:
    """The first day of a (possibly partial) ISO date; None when it does not parse."""
    if not value:
        return None
    if len(value) == 10:
        try:
            return date.fromisoformat(value)
        except ValueError:
            return None
    parts = value[:10].split("-")
    try:
        numbers = [int(p) for p in parts] + [1] * (3 - len(parts))
        return date(numbers[0], numbers[1], numbers[2])
    except (ValueError, IndexError):
        return None


def _period_end(value: str) -> date | None:
    """The last day of a (possibly partial) ISO date."""
    first = parse_day(value)
    if first is None or value.count("-") == 2:
        return first
    if value.count("-") == 0:
        return date(first.year, 12, 31)
    following = date(first.year + first.month // 12, first.month % 12 + 1, 1)
    return date.fromordinal(following.toordinal() - 1)


def _merge_days(counts: Iterable[DayCount]) -> list[DayCount]:
    """One entry per day (partial dates that parse to the same day are added up)."""
    merged: dict[date, DayCount] = {}
    for c in counts:
        old = merged.get(c.day)
        merged[c.day] = c if old is None else DayCount(
            c.day, old.said + c.said, old.reported + c.reported)
    return [merged[d] for d in sorted(merged)]


def _iso(value: date | None) -> str | None:
    return None if value is None else value.isoformat()
