"""The records onrecord keeps, as plain frozen dataclasses.

Offsets are Python ``str`` character offsets into the stored article text,
end exclusive. ``to_dict()`` gives exactly the export record documented in
``docs/export-format.md``; field names are pinned by a test.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

Offsets = tuple[int, int]
Kind = Literal["direct", "mixed", "indirect"]
SpeakerType = Literal["person", "organization", "unknown"]
ResolvedBy = Literal["name", "alias", "pronoun", "title", "description"]
DateBasis = Literal["explicit", "relative", "anaphoric"]
TimexType = Literal["DATE", "TIME", "DURATION", "SET"]
Outcome = Literal["stored", "duplicate", "rejected", "skipped"]


def _span_list(span: Offsets | None) -> list[int] | None:
    return None if span is None else [span[0], span[1]]


@dataclass(frozen=True)
class RawItem:
    """One input as read, before extraction: bytes or text plus what the caller knows."""

    source: str
    data: bytes | str
    format: Literal["html", "text"]
    url: str | None = None
    title: str | None = None
    author: str | None = None
    published: str | None = None
    publisher: str | None = None


@dataclass(frozen=True)
class Article:
    """One stored article. ``text`` is what every offset indexes."""

    id: str
    source: str
    text: str
    title: str | None = None
    author: str | None = None
    published: str | None = None
    publisher: str | None = None
    first_published_by: str | None = None
    url: str | None = None
    language: str | None = None
    pipeline_version: int | None = None
    ingested_at: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "source": self.source,
            "url": self.url,
            "title": self.title,
            "author": self.author,
            "published": self.published,
            "publisher": self.publisher,
            "first_published_by": self.first_published_by,
            "language": self.language,
            "pipeline_version": self.pipeline_version,
            "ingested_at": self.ingested_at,
            "text": self.text,
        }


@dataclass(frozen=True)
class ArticleRef:
    """The article fields repeated in each statement record."""

    id: str
    source: str
    title: str | None = None
    published: str | None = None
    publisher: str | None = None
    first_published_by: str | None = None


@dataclass(frozen=True)
class TextSpan:
    text: str
    span: Offsets


@dataclass(frozen=True)
class Content:
    text: str
    spans: tuple[Offsets, ...]


@dataclass(frozen=True)
class Speaker:
    name: str | None = None
    name_span: Offsets | None = None
    mention: str | None = None
    mention_span: Offsets | None = None
    role: str | None = None
    role_span: Offsets | None = None
    type: SpeakerType = "unknown"
    resolved_by: ResolvedBy | None = None


@dataclass(frozen=True)
class Statement:
    """One statement: what was said, by whom, when, as reported in one article."""

    id: str
    article: ArticleRef
    kind: Kind
    content: Content
    sentence_span: Offsets
    cue: TextSpan | None = None
    speaker: Speaker = field(default_factory=Speaker)
    said_on: str | None = None
    date_basis: DateBasis | None = None
    date_cue: TextSpan | None = None
    venue: str | None = None
    venue_span: Offsets | None = None
    continues: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The export record (see docs/export-format.md)."""
        sp = self.speaker
        return {
            "id": self.id,
            "article": asdict(self.article),
            "kind": self.kind,
            "content": {"text": self.content.text, "spans": [list(s) for s in self.content.spans]},
            "cue": _text_span_dict(self.cue),
            "speaker": {
                "name": sp.name,
                "name_span": _span_list(sp.name_span),
                "mention": sp.mention,
                "mention_span": _span_list(sp.mention_span),
                "role": sp.role,
                "role_span": _span_list(sp.role_span),
                "type": sp.type,
                "resolved_by": sp.resolved_by,
            },
            "said_on": self.said_on,
            "date_basis": self.date_basis,
            "date_cue": _text_span_dict(self.date_cue),
            "venue": self.venue,
            "venue_span": _span_list(self.venue_span),
            "sentence_span": [self.sentence_span[0], self.sentence_span[1]],
            "continues": self.continues,
        }


def _text_span_dict(ts: TextSpan | None) -> dict[str, Any] | None:
    return None if ts is None else {"text": ts.text, "span": [ts.span[0], ts.span[1]]}


@dataclass(frozen=True)
class Timex:
    """A temporal expression normalised to TIMEX3."""

    start: int
    end: int
    text: str
    type: TimexType
    value: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text,
                "type": self.type, "value": self.value}


@dataclass(frozen=True)
class IngestOutcome:
    """What happened to one input."""

    input: str
    outcome: Outcome
    article_id: str | None = None
    reason: str | None = None
    statements: int = 0
