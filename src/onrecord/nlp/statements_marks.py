"""Quote marks in raw text: which stretches of an article are quoted.

Works paragraph by paragraph (a paragraph is one line of the article), so one
broken quote mark can damage at most its own paragraph. Curly marks say which
way they face; a straight mark (or a doubled apostrophe, ``''``, as some wires
write) is read from its neighbours (space before: it opens; space or punctuation
after: it closes). An opening mark never closed in
its paragraph runs to the end of that paragraph, as in a quotation that goes on
into the next paragraph. Spans include their quote marks, as PolNeAR's do.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

OPENING = frozenset("\u201c\u201e\u00ab")
CLOSING = frozenset("\u201d\u00bb")
STRAIGHT = '"'
MARKS = OPENING | CLOSING | {STRAIGHT}
DOUBLED = "''"
# a quote mark, else a doubled apostrophe (``''``, as some wires write), left to right
MARK_PATTERN = re.compile("[" + "".join(sorted(MARKS)) + "]|" + DOUBLED)
CURLY_ARTICLE = 4  # curly marks that make an article a curly-quoted one


@dataclass(frozen=True)
class QuotedSpan:
    """``text[start:end]`` is quoted, marks included; ``closed`` is False when it runs
    to the end of its paragraph without a closing mark."""

    start: int
    end: int
    closed: bool
    paragraph: tuple[int, int]

    @property
    def opens_paragraph(self) -> bool:
        return self.start == self.paragraph[0]


def paragraphs(text: str) -> Iterator[tuple[int, int]]:
    """Non-blank lines as offsets, surrounding whitespace trimmed."""
    start = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            lead = len(line) - len(line.lstrip())
            yield start + lead, start + lead + len(stripped)
        start += len(line) + 1


def quoted_spans(text: str) -> list[QuotedSpan]:
    """Quoted stretches in text order. In an article written with curly marks, a straight
    mark left open is a scraping artefact, not a quotation, and is dropped."""
    spans = [q for para in paragraphs(text) for q in _in_paragraph(text, para)]
    curly = sum(text.count(mark) for mark in OPENING | CLOSING)
    if curly >= CURLY_ARTICLE:
        spans = [q for q in spans if q.closed or text[q.start] != STRAIGHT]
    return spans


def _in_paragraph(text: str, para: tuple[int, int]) -> Iterator[QuotedSpan]:
    start, end = para
    open_at: int | None = None
    for mark in MARK_PATTERN.finditer(text, start, end):
        i, width = mark.start(), len(mark.group())
        if _faces_open(text, i, width, start, end, open_at is not None):
            open_at = i  # an unclosed earlier mark is dropped: it was a stray one
        elif open_at is not None:
            yield QuotedSpan(open_at, i + width, True, para)
            open_at = None
    if open_at is not None and end - open_at > 1:
        yield QuotedSpan(open_at, end, False, para)


def _faces_open(text: str, i: int, width: int, start: int, end: int, inside: bool) -> bool:
    ch = text[i]
    if ch in OPENING or i == start:  # some sites open paragraphs with a closing mark
        return True
    if ch in CLOSING:
        return False
    before = text[i - 1] if i > start else " "
    after = text[i + width] if i + width < end else " "
    if before.isspace() or before in "([{\u2014-/":
        return not after.isspace()
    if after.isspace() or after in ".,;:!?)]}\u2014-":
        return False
    return not inside
