"""``/statements``: search and filter; ``/statements/{id}``: one statement and its evidence."""

from __future__ import annotations

from typing import get_args

from fastapi import APIRouter

from onrecord.api.highlight import context_window, segments, sentence_mark, statement_marks
from onrecord.api.links import speaker_url
from onrecord.api.pages import Page, twin
from onrecord.api.params import PagingDep, StatementFiltersDep, StoreDep
from onrecord.api.rows import statement_rows
from onrecord.types import Kind

router = APIRouter()


@twin(router, "/statements", summary="Statements: full-text search and filters, by date")
def statements(store: StoreDep, filters: StatementFiltersDep, page: PagingDep) -> Page:
    query = filters.query(page)
    found = store.statements(query)
    total = store.count_statements(query)
    data = {"items": [s.to_dict() for s in found], **page.window(total)}
    return Page("statements.html", data, title="Statements", context={
        "rows": statement_rows(store, found), "filters": filters, "page": page,
        "total": total, "kinds": get_args(Kind), "publishers": store.publisher_names()})


@twin(router, "/statements/{statement_id}", summary="One statement, every field")
def statement(store: StoreDep, statement_id: str) -> Page:
    found = store.statement(statement_id)
    row = statement_rows(store, [found])[0]
    article = store.article(found.article.id)
    speaker_href = speaker_url(row.actor_id) if row.actor_id is not None else None
    marks = [sentence_mark(found), *statement_marks(found, speaker_href)]
    window = context_window(article.text, found.sentence_span)
    return Page("statement.html", found.to_dict(), title=f"Statement {found.id}", context={
        "row": row, "article": article, "evidence": segments(article.text, marks, window),
        "clipped": (window[0] > 0, window[1] < len(article.text)),
        "fields": _flatten(found.to_dict())})


def _flatten(record: dict[str, object], prefix: str = "") -> list[tuple[str, object]]:
    """``{"a": {"b": 1}}`` as ``[("a.b", 1)]``: every field of the record, one per row."""
    rows: list[tuple[str, object]] = []
    for key, value in record.items():
        if isinstance(value, dict):
            rows.extend(_flatten(value, f"{prefix}{key}."))
        else:
            rows.append((f"{prefix}{key}", value))
    return rows
