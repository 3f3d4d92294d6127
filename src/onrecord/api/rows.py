"""Statements as the rows of a page: the statement plus where it sits in time and who said it."""

from __future__ import annotations

from dataclasses import dataclass

from onrecord.analysis import Placement, placement
from onrecord.store import Store
from onrecord.types import Statement


@dataclass(frozen=True)
class StatementRow:
    statement: Statement
    actor_id: int | None
    date: str | None
    placement: Placement

    @property
    def speaker_label(self) -> str:
        sp = self.statement.speaker
        return sp.name or sp.mention or "unknown speaker"


def statement_rows(store: Store, statements: list[Statement]) -> list[StatementRow]:
    actors = store.statement_actor_ids([s.id for s in statements]) if statements else {}
    return [StatementRow(s, actors.get(s.id), *placement(s)) for s in statements]
