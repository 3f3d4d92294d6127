"""``/articles`` and ``/articles/{id}``: the text with every statement highlighted."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from onrecord.api.highlight import segments, statement_marks
from onrecord.api.links import speaker_url
from onrecord.api.pages import Page, twin
from onrecord.api.params import DatesDep, PagingDep, StoreDep
from onrecord.api.rows import statement_rows
from onrecord.store import StatementQuery

router = APIRouter()


@twin(router, "/articles", summary="Articles, by publication date")
def articles(
    store: StoreDep, dates: DatesDep, page: PagingDep,
    publisher: Annotated[str | None, Query(description="Publisher name, exactly.")] = None,
) -> Page:
    publisher = (publisher or "").strip() or None
    found = store.articles(since=dates.since, until=dates.until, publisher=publisher,
                           limit=page.limit, offset=page.offset)
    total = store.count_articles(since=dates.since, until=dates.until, publisher=publisher)
    items = [{k: v for k, v in a.to_dict().items() if k != "text"} for a in found]
    return Page("articles.html", {"items": items, **page.window(total)}, title="Articles",
                context={"articles": found, "dates": dates, "publisher": publisher,
                         "publishers": store.publisher_names(), "page": page, "total": total})


@twin(router, "/articles/{article_id}", summary="One article with its statements")
def article(store: StoreDep, article_id: str) -> Page:
    found = store.article(article_id)
    statements = sorted(store.statements(StatementQuery(article_id=article_id)),
                        key=lambda s: s.sentence_span)
    rows = statement_rows(store, statements)
    marks = [m for row in rows for m in statement_marks(
        row.statement, speaker_url(row.actor_id) if row.actor_id is not None else None)]
    data = {**found.to_dict(), "statements": [s.to_dict() for s in statements]}
    return Page("article.html", data, title=found.title or found.source, context={
        "article": found, "rows": rows, "text": segments(found.text, marks)})
