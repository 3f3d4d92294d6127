"""Stage 4, convert: the one bridge out of spaCy, Doc → statement and timex records."""

from __future__ import annotations

import hashlib
from typing import cast

from spacy.tokens import Doc

from onrecord.nlp.extensions import FoundStatement, doc_text, get_statements, get_timexes
from onrecord.types import (
    Article,
    ArticleRef,
    Content,
    DateBasis,
    Kind,
    Offsets,
    ResolvedBy,
    Speaker,
    SpeakerType,
    Statement,
    TextSpan,
    Timex,
    TimexType,
)

CONTENT_JOINER = " … "


def statement_id(article_id: str, spans: list[Offsets] | tuple[Offsets, ...]) -> str:
    """Stable id: the same article and content spans always give the same id."""
    key = article_id + ":" + ";".join(f"{s}-{e}" for s, e in spans)
    return hashlib.sha1(key.encode("ascii")).hexdigest()[:16]


def article_ref(article: Article) -> ArticleRef:
    return ArticleRef(
        id=article.id, source=article.source, title=article.title,
        published=article.published, publisher=article.publisher,
        first_published_by=article.first_published_by,
    )


def doc_to_statements(doc: Doc, article: Article) -> list[Statement]:
    """Every statement stored on ``doc``, as records of ``article``."""
    found = get_statements(doc)
    ref = article_ref(article)
    ids = [statement_id(article.id, f.content_spans) for f in found]
    return [_statement(doc_text(doc), f, ref, ids, i) for i, f in enumerate(found)]


def doc_to_timexes(doc: Doc) -> list[Timex]:
    return [
        Timex(start=t.start, end=t.end, text=doc_text(doc)[t.start:t.end],
              type=cast(TimexType, t.type), value=t.value)
        for t in get_timexes(doc)
    ]


def _statement(
    text: str, f: FoundStatement, ref: ArticleRef, ids: list[str], index: int
) -> Statement:
    spans = tuple(f.content_spans)
    return Statement(
        id=ids[index],
        article=ref,
        kind=cast(Kind, f.kind),
        content=Content(text=CONTENT_JOINER.join(text[s:e] for s, e in spans), spans=spans),
        sentence_span=f.sentence_span,
        cue=_text_span(text, f.cue_span),
        speaker=Speaker(
            name=f.speaker_name,
            name_span=f.name_span,
            mention=_slice(text, f.mention_span),
            mention_span=f.mention_span,
            role=f.role,
            role_span=f.role_span,
            type=cast(SpeakerType, f.speaker_type),
            resolved_by=cast(ResolvedBy | None, f.resolved_by),
        ),
        said_on=f.said_on,
        date_basis=cast(DateBasis | None, f.date_basis),
        date_cue=_text_span(text, f.date_cue_span),
        venue=_slice(text, f.venue_span),
        venue_span=f.venue_span,
        continues=ids[f.continues] if f.continues is not None else None,
    )


def _slice(text: str, span: Offsets | None) -> str | None:
    return None if span is None else text[span[0]:span[1]]


def _text_span(text: str, span: Offsets | None) -> TextSpan | None:
    return None if span is None else TextSpan(text=text[span[0]:span[1]], span=span)
