"""Dataclass ↔ row conversion for statements and articles."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, cast

from onrecord.types import (
    Article,
    ArticleRef,
    Content,
    Offsets,
    Speaker,
    Statement,
    TextSpan,
)


def _pair(row: Mapping[Any, Any], start: str, end: str) -> Offsets | None:
    if row[start] is None:
        return None
    return (int(row[start]), int(row[end]))


def _text_span(row: Mapping[Any, Any], prefix: str) -> TextSpan | None:
    span = _pair(row, f"{prefix}_start", f"{prefix}_end")
    if span is None:
        return None
    return TextSpan(text=row[f"{prefix}_text"], span=span)


def _split(span: Offsets | None) -> tuple[int | None, int | None]:
    return (None, None) if span is None else span


def statement_to_row(statement: Statement, position: int, actor_id: int | None) -> dict[str, Any]:
    sp = statement.speaker
    cue_start, cue_end = _split(statement.cue.span if statement.cue else None)
    dc_start, dc_end = _split(statement.date_cue.span if statement.date_cue else None)
    name_start, name_end = _split(sp.name_span)
    mention_start, mention_end = _split(sp.mention_span)
    role_start, role_end = _split(sp.role_span)
    venue_start, venue_end = _split(statement.venue_span)
    return {
        "id": statement.id,
        "article_id": statement.article.id,
        "position": position,
        "kind": statement.kind,
        "content_text": statement.content.text,
        "content_spans": json.dumps([list(s) for s in statement.content.spans]),
        "cue_text": statement.cue.text if statement.cue else None,
        "cue_start": cue_start, "cue_end": cue_end,
        "speaker_name": sp.name, "name_start": name_start, "name_end": name_end,
        "mention": sp.mention, "mention_start": mention_start, "mention_end": mention_end,
        "role": sp.role, "role_start": role_start, "role_end": role_end,
        "speaker_type": sp.type,
        "resolved_by": sp.resolved_by,
        "actor_id": actor_id,
        "said_on": statement.said_on,
        "date_basis": statement.date_basis,
        "date_cue_text": statement.date_cue.text if statement.date_cue else None,
        "date_cue_start": dc_start, "date_cue_end": dc_end,
        "venue": statement.venue, "venue_start": venue_start, "venue_end": venue_end,
        "sentence_start": statement.sentence_span[0],
        "sentence_end": statement.sentence_span[1],
        "continues": statement.continues,
    }


def statement_from_row(row: Mapping[Any, Any], article: ArticleRef) -> Statement:
    spans = tuple((int(s), int(e)) for s, e in json.loads(row["content_spans"]))
    return Statement(
        id=row["id"],
        article=article,
        kind=row["kind"],
        content=Content(text=row["content_text"], spans=spans),
        sentence_span=(int(row["sentence_start"]), int(row["sentence_end"])),
        cue=_text_span(row, "cue"),
        speaker=Speaker(
            name=row["speaker_name"],
            name_span=_pair(row, "name_start", "name_end"),
            mention=row["mention"],
            mention_span=_pair(row, "mention_start", "mention_end"),
            role=row["role"],
            role_span=_pair(row, "role_start", "role_end"),
            type=row["speaker_type"],
            resolved_by=row["resolved_by"],
        ),
        said_on=row["said_on"],
        date_basis=row["date_basis"],
        date_cue=_text_span(row, "date_cue"),
        venue=row["venue"],
        venue_span=_pair(row, "venue_start", "venue_end"),
        continues=row["continues"],
    )


ARTICLE_FIELDS = (
    "id", "source", "text", "title", "author", "published", "first_published_by", "url",
    "language", "pipeline_version", "ingested_at",
)


def article_from_row(row: Mapping[Any, Any]) -> Article:
    values = {name: row[name] for name in ARTICLE_FIELDS}
    return Article(publisher=row["publisher"], **cast(dict[str, Any], values))


def article_ref_from_row(row: Mapping[Any, Any]) -> ArticleRef:
    return ArticleRef(
        id=row["article_id"], source=row["a_source"], title=row["a_title"],
        published=row["a_published"], publisher=row["publisher"],
        first_published_by=row["a_first_published_by"],
    )
