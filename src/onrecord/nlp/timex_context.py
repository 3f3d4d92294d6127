"""What a resolver sees: the text, its parse, the DCT and the dates established so far.

``Context.direction`` says whether an expression without a year or week (a
month, a weekday) points back or forward from the DCT.
"""

import re
from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from onrecord.nlp.timex_points import Point
from onrecord.nlp.timex_vocab import GRAN_ORDER


@dataclass
class Context:
    """What resolution needs: the text (and Doc, when parsed), the DCT, the dates so far."""

    text: str
    dct: Point | None
    anchors: list[Point]
    doc: Doc | None = None

    def ref(self) -> Point:
        """The DCT, or an all-unknown day when there is none."""
        return self.dct or Point(None, None, None, "D")

    def narrative(self, finest: str = "C") -> tuple[Point, str]:
        """The latest established date at least as fine as ``finest``, else the DCT."""
        for p in reversed(self.anchors):
            if GRAN_ORDER.get(p.gran, 1) <= GRAN_ORDER.get(finest, 8):
                return p, "narrative"
        return self.ref(), "dct"

    def direction(self, start: int, end: int) -> str:
        """``future``, ``past`` or ``near``: where the wording points from the DCT.

        Words right before the expression that make it a deadline or a schedule
        decide first ("payable", "effective", "extended to": future; "since",
        "last": past). Then, with a parsed Doc, the tense of the governing verb
        (``will``, a modal or an infinitive of a present verb: future; past tense,
        or an infinitive of one: past; a plain present such as "takes effect
        Dec. 7": near). Then weaker words ("by", "until"); with a parse and
        nothing else to go on, ``unknown`` (the caller picks the closest
        occurrence, leaning to the past). Without a parse, future wording in the
        clause, else the past, as in most reporting.
        """
        before = _clause_before(self.text, start)
        if FUTURE_MARKER.search(before):
            return "future"
        if PAST_MARKER.search(before):
            return "past"
        if self.doc is not None and self.doc.has_annotation("DEP"):
            tense = _tense(self.doc, start, end)
            if tense is not None:
                return tense
        if WEAK_FUTURE_MARKER.search(before):
            return "future"
        if self.doc is not None:
            return "unknown"
        return "future" if FUTURE_WORDING.search(before) else "past"


# Words right before a date that make it a deadline or a schedule ("payable Dec. 7").
FUTURE_MARKER = re.compile(
    r"\b(?:payable|effective|record|deadline|"
    r"upcoming|coming|next|scheduled\s+for|set\s+for|planned\s+for|"
    r"(?:extended|postponed|delayed|adjourned|moved|pushed\s+back)\s+(?:to|until))"
    r"(?:\s+(?:on|in|of|at))*\s+$",
    re.I,
)
WEAK_FUTURE_MARKER = re.compile(
    r"\b(?:by|until|till|starting|expires?|expiring|due)(?:\s+(?:on|in|at))*\s+$", re.I
)
PAST_MARKER = re.compile(r"\b(?:last|since|ago|previous|earlier|past)\s+$", re.I)
FUTURE_WORDING = re.compile(
    r"\b(?:will|won't|'ll|shall|going\s+to|scheduled|expected\s+to|plans?\s+to|"
    r"set\s+to|is\s+to|are\s+to|due\s+to|hopes?\s+to|intends?\s+to|would)\b[^.!?]*$",
    re.I,
)
FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo", "would", "could", "may", "might", "can"})
REPORTING = frozenset({"say", "tell", "report", "announce", "add", "note", "write"})


def _tense(doc: Doc, start: int, end: int) -> str | None:
    """The direction the governing verb's tense gives, or None when unclear."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    verb = span.root
    for _ in range(4):
        if verb.pos_ in ("VERB", "AUX") or verb.head is verb:
            break
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(c.lower_ in FUTURE_AUX for c in aux):
        return "future"
    if any(c.lower_ == "to" for c in aux):
        return "past" if _past(_finite_above(verb)) else "future"
    if _past(verb):
        return "past"
    if verb.tag_ in ("VBZ", "VBP") and verb.lemma_ not in REPORTING:
        return "near"
    return None


def _past(verb: Token) -> bool:
    """A past-tense verb, or one with a past or perfect auxiliary ("had been due")."""
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return verb.tag_ == "VBD" or any(
        c.tag_ == "VBD" or c.lower_ in ("has", "have", "had") for c in aux
    )


def _finite_above(verb: Token) -> Token:
    """The verb an infinitive hangs from ("was scheduled to expire", "had been due to")."""
    token = verb
    for _ in range(3):
        if token.head is token:
            break
        token = token.head
        if token.pos_ in ("VERB", "AUX") and not any(c.lower_ == "to" for c in token.children
                                                     if c.dep_ == "aux"):
            return token
    return token


def _clause_before(text: str, start: int) -> str:
    window = text[max(0, start - 90):start]
    cut = max(window.rfind(". "), window.rfind("\n"), window.rfind("? "), window.rfind("! "))
    return window[cut + 1:] if cut >= 0 else window


Resolved = tuple[str, Point | str, str | None]  # (type, point or literal value, anchor)
Resolver = Callable[[re.Match[str], Context], Resolved | None]


def group(m: re.Match[str], name: str) -> str | None:
    return m.groupdict().get(name)
