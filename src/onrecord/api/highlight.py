"""Article text cut into segments, each with the highlights (marks) that cover it.

Marks come from statement offsets: the content spans, the cue and the speaker
mention. Segments are plain text; the template escapes each one, so article
text never becomes markup however hostile it is.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from onrecord.api import links
from onrecord.types import Offsets, Statement

MarkKind = Literal["content", "cue", "mention", "sentence"]
LINK_PRIORITY: tuple[MarkKind, ...] = ("mention", "content", "cue")


@dataclass(frozen=True)
class Mark:
    start: int
    end: int
    kind: MarkKind
    statement_id: str
    href: str | None


@dataclass(frozen=True)
class Segment:
    text: str
    kinds: tuple[MarkKind, ...] = ()
    href: str | None = None
    statement_id: str | None = None

    @property
    def css(self) -> str:
        return " ".join(f"hl-{k}" for k in self.kinds)


def statement_marks(statement: Statement, speaker_href: str | None = None) -> list[Mark]:
    """The content, cue and mention spans of one statement, linked.

    Content and cue link to the statement; the mention links to the speaker
    when the speaker is a known actor, else to the statement.
    """
    own = links.statement_url(statement.id)
    marks = [Mark(s, e, "content", statement.id, own) for s, e in statement.content.spans]
    if statement.cue is not None:
        marks.append(Mark(*statement.cue.span, "cue", statement.id, own))
    mention = statement.speaker.mention_span
    if mention is not None:
        marks.append(Mark(*mention, "mention", statement.id, speaker_href or own))
    return marks


def sentence_mark(statement: Statement) -> Mark:
    return Mark(*statement.sentence_span, "sentence", statement.id, None)


def segments(text: str, marks: Iterable[Mark], window: Offsets | None = None) -> list[Segment]:
    """``text[window]`` cut at every mark boundary; each piece lists the marks over it."""
    start, end = window if window is not None else (0, len(text))
    start, end = max(0, start), min(len(text), end)
    usable = [m for m in marks if m.start < m.end and m.start < end and m.end > start]
    cuts = sorted({start, end, *(max(start, min(end, p)) for m in usable
                                 for p in (m.start, m.end))})
    pieces = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        over = [m for m in usable if m.start <= a and m.end >= b]
        pieces.append(_segment(text[a:b], over))
    return pieces


def _segment(text: str, marks: list[Mark]) -> Segment:
    if not marks:
        return Segment(text)
    kinds = tuple(sorted({m.kind for m in marks}))
    linked = sorted((m for m in marks if m.href is not None),
                    key=lambda m: LINK_PRIORITY.index(m.kind) if m.kind in LINK_PRIORITY else 9)
    first = linked[0] if linked else marks[0]
    return Segment(text, kinds, first.href, first.statement_id)


def context_window(text: str, span: Offsets, reach: int = 400) -> Offsets:
    """The paragraph around ``span``, clipped to ``reach`` characters on either side."""
    start, end = span
    para_start = text.rfind("\n", 0, start) + 1
    para_end = text.find("\n", end)
    para_end = len(text) if para_end == -1 else para_end
    return max(para_start, start - reach), min(para_end, end + reach)
