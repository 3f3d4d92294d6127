"""Statement dates: when each statement was made.

``date_statements(doc, statements, timexes)`` is a pure function. For each
statement it looks, in order, for

1. a date expression in the statement's sentence that governs its cue ("said
   on Tuesday", "On January 24, he said"), or a published venue ("in a piece
   published in Kayhan on January 26"), never one inside the content (a date
   inside what was said dates what is talked about, not the saying);
2. a date carried from the same narrative: the date of an earlier statement, or
   a date governing a speech verb, in the one or two sentences before it, in the
   same paragraph ("On January 24, he signalled… He said: '…'").

``said_on`` is the finest day, month or year that contains the whole period the
expression names; ``date_basis`` is ``explicit``, ``relative`` (resolved against
the publication date) or ``anaphoric`` (resolved against, or carried from, an
earlier date in the text). The registered component ``onrecord_dating`` runs it
on the statements and temporal expressions earlier components stored.
"""

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from onrecord.nlp.extensions import (
    FoundStatement,
    FoundTimex,
    get_statements,
    get_timexes,
    set_statements,
)

Offsets = tuple[int, int]

SPEECH_LEMMAS = frozenset(
    [
        "say", "tell", "add", "note", "write", "state", "declare", "warn", "insist", "claim",
        "argue", "announce", "signal", "suggest", "explain", "acknowledge", "admit", "deny",
        "predict", "promise", "vow", "pledge", "urge", "call", "ask", "reply", "respond", "tweet",
        "post", "comment", "testify", "report", "indicate", "confirm", "describe", "accuse",
        "praise", "criticize", "blast", "slam", "joke", "recall", "concede"
    ]
)
PUBLISH_LEMMAS = frozenset(
    [
        "publish", "air", "broadcast", "post", "print", "run", "appear", "release", "write",
        "tweet", "issue"
    ]
)
BASIS = {None: "explicit", "dct": "relative", "narrative": "anaphoric"}
CARRY_SENTENCES = 3
QUOTED = re.compile(r'"[^"\n]*"|\u201c[^\u201c\u201d\n]*\u201d')


@dataclass(frozen=True)
class _Dated:
    """A date found for a statement: the expression, its basis and the day/month/year."""

    said_on: str | None
    basis: str
    cue: Offsets
    value: str = ""


def date_statements(
    doc: Doc, statements: list[FoundStatement], timexes: list[FoundTimex]
) -> list[FoundStatement]:
    """Each statement with ``said_on``, ``date_basis`` and ``date_cue_span`` filled."""
    dates = [t for t in timexes if is_calendar(t) and not _in_quotes(doc.text, t)]
    dated: list[tuple[FoundStatement, _Dated | None]] = []
    for statement in statements:
        found = _own_date(doc, statement, dates) or _carried(doc, statement, dates, dated)
        dated.append((statement, found))
    return [_fill(s, d) for s, d in dated]


def _fill(statement: FoundStatement, found: _Dated | None) -> FoundStatement:
    if found is None:
        return replace(statement, said_on=None, date_basis=None, date_cue_span=None)
    return replace(statement, said_on=found.said_on, date_basis=found.basis,
                   date_cue_span=found.cue)


def is_calendar(t: FoundTimex) -> bool:
    """A DATE or TIME naming a period on the calendar (not "now", not a duration)."""
    return t.type in ("DATE", "TIME") and not t.value.endswith("_REF")


def _in_quotes(text: str, t: FoundTimex) -> bool:
    window_start = text.rfind("\n", 0, t.start) + 1
    window_end = text.find("\n", t.end)
    line = text[window_start:window_end if window_end >= 0 else len(text)]
    return any(
        m.start() + window_start < t.start and t.end < m.end() + window_start
        for m in QUOTED.finditer(line)
    )


def said_on(value: str) -> str | None:
    """The finest day, month or year containing the whole TIMEX3 period, or None."""
    if "X" in value[:4] or not value[:4].isdigit():
        return None
    if m := re.match(r"(\d{4}-\d\d-\d\d)", value):
        return m.group(1)
    if re.fullmatch(r"\d{4}-\d\d", value):
        return value
    if m := re.fullmatch(r"(\d{4})-W(\d\d)(-WE)?", value):
        return _week(int(m.group(1)), int(m.group(2)), weekend=bool(m.group(3)))
    if re.fullmatch(r"\d{4}(-(Q[1-4]|H[12]|SP|SU|FA))?", value):
        return value[:4]
    return None


def _week(year: int, week: int, weekend: bool) -> str | None:
    first = date.fromisocalendar(year, week, 6 if weekend else 1)
    last = date.fromisocalendar(year, week, 7)
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.year:04d}-{first.month:02d}"
    return f"{first.year:04d}" if first.year == last.year else None


def _dated(t: FoundTimex, basis: str | None = None) -> _Dated:
    basis = basis or BASIS.get(t.anchor, "explicit")
    return _Dated(said_on(t.value), basis, (t.start, t.end), t.value)


# ---------------------------------------------------------- in the sentence


def _own_date(doc: Doc, st: FoundStatement, dates: list[FoundTimex]) -> _Dated | None:
    s_start, s_end = st.sentence_span
    candidates = [
        t for t in dates
        if s_start <= t.start and t.end <= s_end and not _inside(t, st.content_spans)
    ]
    cue = _token_at(doc, st.cue_span)
    for t in candidates:
        verb = _governing_verb(doc, t)
        if verb is None:
            continue
        if (cue is not None and _governs(verb, cue)) or _publishes(verb, st):
            return _dated(t)
    if cue is None and st.venue_span is None and len(candidates) == 1:
        verb = _governing_verb(doc, candidates[0])
        if verb is not None and verb.lemma_ in SPEECH_LEMMAS:
            return _dated(candidates[0])
    return None


def _governs(verb: Token, cue: Token) -> bool:
    """The date's verb is the cue, above it, or an adverbial clause on it ("Speaking on …")."""
    return verb.i == cue.i or verb.is_ancestor(cue) or (
        verb.dep_ == "advcl" and verb.head.i == cue.i
    )


def _inside(t: FoundTimex, spans: list[Offsets]) -> bool:
    return any(s < t.end and t.start < e for s, e in spans)


def _token_at(doc: Doc, span: Offsets | None) -> Token | None:
    if span is None:
        return None
    found = doc.char_span(span[0], span[1], alignment_mode="expand")
    return None if found is None or len(found) == 0 else _verb_of(found)


def _verb_of(span: Span) -> Token:
    verbs = [t for t in span if t.pos_ in ("VERB", "AUX")]
    return verbs[-1] if verbs else span.root


def _governing_verb(doc: Doc, t: FoundTimex) -> Token | None:
    """The first verb above the expression's root in the parse."""
    span = doc.char_span(t.start, t.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    token = span.root
    for _ in range(6):
        if token.head is token:
            return token if token.pos_ in ("VERB", "AUX") else None
        token = token.head
        if token.pos_ in ("VERB", "AUX"):
            return token
    return None


def _publishes(verb: Token, st: FoundStatement) -> bool:
    """A venue's own date: "(in a piece) published (in Kayhan) on January 26"."""
    if verb.lemma_ not in PUBLISH_LEMMAS or _inside_token(verb, st.content_spans):
        return False
    if st.venue_span is None:
        return verb.tag_ == "VBN"
    start, end = st.venue_span
    return abs(verb.idx - start) < 80 or abs(verb.idx - end) < 80


def _inside_token(token: Token, spans: list[Offsets]) -> bool:
    return any(s <= token.idx < e for s, e in spans)


# -------------------------------------------------------- carried forward


def _carried(
    doc: Doc,
    st: FoundStatement,
    dates: list[FoundTimex],
    earlier: list[tuple[FoundStatement, _Dated | None]],
) -> _Dated | None:
    """A date carried from the narrative just before the statement.

    Either the date of an earlier statement by the same speaker within the last
    ``CARRY_SENTENCES`` sentences, or a date governing a speech verb in the
    sentence just before, in the same paragraph. Only days and months carry: a
    bare year ("a 2014 study") dates background, not the scene being reported.
    """
    start = st.sentence_span[0]
    window = _sentences_back(doc, start, CARRY_SENTENCES)
    for prev, found in reversed(earlier):
        if prev.sentence_span[0] < window:
            break
        if found is not None and _carries(found) and _same_speaker(doc, prev, st):
            return replace(found, basis="anaphoric")
    paragraph = _paragraph_start(doc, start, _sentences_back(doc, start, 1))
    for t in reversed(dates):
        if paragraph <= t.start and t.end <= start and _speech_date(doc, t):
            found = _dated(t, "anaphoric")
            return found if _carries(found) else None
    return None


def _carries(found: _Dated) -> bool:
    """Days, weeks and months carry; years, decades and centuries do not."""
    return re.fullmatch(r"[\dX]{2,4}", found.value) is None


def _same_speaker(doc: Doc, a: FoundStatement, b: FoundStatement) -> bool:
    """Same name, same mention head word, or ``b`` refers back with a pronoun."""
    if a.speaker_name and b.speaker_name:
        return a.speaker_name == b.speaker_name
    head_a, head_b = _mention_head(doc, a), _mention_head(doc, b)
    if head_b in PRONOUNS:
        return True
    return head_b is not None and head_a == head_b


PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i"})


def _mention_head(doc: Doc, st: FoundStatement) -> str | None:
    if st.mention_span is None:
        return None
    span = doc.char_span(*st.mention_span, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    names = [t for t in span if t.pos_ == "PROPN"]
    return (names[-1] if names else span.root).lower_


def _sentences_back(doc: Doc, start: int, n: int) -> int:
    """Start offset of the ``n``-th sentence before the one starting at ``start``."""
    before = [s.start_char for s in doc.sents if s.end_char <= start]
    return before[-n] if len(before) >= n else (before[0] if before else start)


def _paragraph_start(doc: Doc, start: int, floor: int) -> int:
    cut = doc.text.rfind("\n\n", floor, start)
    return floor if cut < 0 else cut + 2


def _speech_date(doc: Doc, t: FoundTimex) -> bool:
    verb = _governing_verb(doc, t)
    return verb is not None and verb.lemma_ in SPEECH_LEMMAS


# ------------------------------------------------------------- component


class StatementDater:
    """Registered as ``onrecord_dating``: dates the statements stored on each Doc."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        set_statements(doc, date_statements(doc, get_statements(doc), get_timexes(doc)))
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 32) -> Iterator[Doc]:
        for doc in docs:
            yield self(doc)


@Language.factory(
    "onrecord_dating",
    assigns=["doc._.onrecord_statements"],
    requires=["doc._.onrecord_statements", "doc._.onrecord_timexes", "doc.sents"],
)
def make_statement_dater(nlp: Language, name: str) -> StatementDater:
    return StatementDater(nlp, name)

