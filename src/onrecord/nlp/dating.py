"""Statement dates: when each statement was made.

``date_statements(doc, statements, timexes)`` is a pure function. For each
statement it looks, in order, for

1. a date expression in the statement's sentence that governs its cue ("said
   on Tuesday", "On January 24, he said"), or a published venue ("in a piece
   published in Kayhan on January 26"), never one inside the content (a date
   inside what was said dates what is talked about, not the saying);
2. a date carried from the same narrative: the date of an earlier statement, or
   a date governing a speech verb, in the one or two sentences before it, in the
   same paragraph ("On January 24, he signalled… He said: '…'"), or a date
   governing what the same person did just before ("Then, on Wednesday, President
   Ivo Castellan tried… In an interview, he showed…"); a date set in between stops it;
3. a date carried from the scene the article reports (``_scene``): the turns of
   a transcript take the date of what introduces them; the headline, and the
   later statements of the lede's speaker (by the name the speakers stage gave,
   else the mention's head word), take the lede's date; the findings
   of a report take the date of its release ("a study released Tuesday shows").

``said_on`` is the finest day, month or year that contains the whole period the
expression names; ``date_basis`` is ``explicit``, ``relative`` (resolved against
the publication date) or ``anaphoric`` (resolved against, or carried from, an
earlier date in the text). The registered component ``onrecord_dating`` runs it
on the statements and temporal expressions earlier components stored.
"""

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from onrecord.nlp.extensions import (
    FoundStatement,
    FoundTimex,
    doc_text,
    get_statements,
    get_timexes,
    sentence_offsets,
    set_statements,
    text_headline_end,
)
from onrecord.nlp.timex_vocab import SEASON_START

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
    doc: Doc, statements: list[FoundStatement], timexes: list[FoundTimex],
    dct: str | None = None,
) -> list[FoundStatement]:
    """Each statement with ``said_on``, ``date_basis`` and ``date_cue_span`` filled;
    ``dct``: the publication date (default: the Doc's), which no statement comes after."""
    published = _publication_day(dct or doc._.dct)
    dates = [t for t in timexes if is_calendar(t) and not _in_quotes(doc_text(doc), t)
             and not _after(t.value, published)]
    order = sorted(range(len(statements)), key=lambda i: statements[i].content_spans[0])
    own = {i: _own_date(doc, statements[i], dates) for i in order}
    # a statement reported inside another's words dates itself, never the narrative
    nested = _nested(statements)
    narrative = [t for t in dates if not any(_inside(t, s.content_spans) for s in statements)]
    scene = Scene.of(doc, [(statements[i], own[i]) for i in order if i not in nested])
    dated: list[tuple[FoundStatement, _Dated | None]] = []
    found_at: dict[int, _Dated | None] = {}
    for i in order:
        st = statements[i]
        found = (own[i] or _carried(doc, st, dates, dated, narrative)
                 or _scene(doc, st, scene, dated))
        if i not in nested:
            dated.append((st, found))
        found_at[i] = found
    return [_fill(s, found_at[i]) for i, s in enumerate(statements)]


def _nested(statements: list[FoundStatement]) -> set[int]:
    """The indexes of the statements whose cue lies in the content of another ("X said
    Trump was right when he said Wednesday that …"). Every content span is listed once
    with its owner: a nested scan of each statement's spans for every cue cost more."""
    spans = [(s, e, other) for other in statements for s, e in other.content_spans]
    return {i for i, st in enumerate(statements) if st.cue_span is not None
            and _in_another(st.cue_span[0], st, spans)}


def _in_another(cue: int, st: FoundStatement,
                spans: list[tuple[int, int, FoundStatement]]) -> bool:
    return any(s <= cue < e and other is not st for s, e, other in spans)


def _fill(statement: FoundStatement, found: _Dated | None) -> FoundStatement:
    """Null ``said_on`` keeps its cue only when the DCT is missing (the year is unknown)."""
    if found is None or (found.said_on is None and not found.value.startswith("XXXX")):
        return replace(statement, said_on=None, date_basis=None, date_cue_span=None)
    return replace(statement, said_on=found.said_on, date_basis=found.basis,
                   date_cue_span=found.cue)


def is_calendar(t: FoundTimex) -> bool:
    """A DATE or TIME naming a period on the calendar (not "now", not a duration)."""
    return t.type in ("DATE", "TIME") and not t.value.endswith("_REF")


def _publication_day(dct: str | None) -> date | None:
    try:
        return date.fromisoformat(dct[:10]) if dct else None
    except ValueError:
        return None


def _after(value: str, published: date | None) -> bool:
    """Whether the period ``value`` begins after the publication date: what the article
    reports was said by then ("promised a review of the scheme in the spring" dates the
    review, not the promise)."""
    if published is None or not value[:4].isdigit():
        return False
    year, rest = int(value[:4]), value[5:]
    month, day = 1, 1
    try:
        if m := re.match(r"(\d\d)(?:-(\d\d))?", rest):
            month, day = int(m.group(1)), int(m.group(2) or 1)
        elif m := re.match(r"W(\d\d)", rest):
            start = date.fromisocalendar(year, int(m.group(1)), 1)
            month, day = start.month, start.day
        elif rest[:1] == "Q" and rest[1:2].isdigit():
            month = 3 * int(rest[1]) - 2
        elif rest[:1] == "H" and rest[1:2].isdigit():
            month = 6 * int(rest[1]) - 5
        elif rest[:2] in SEASON_START:
            month = SEASON_START[rest[:2]]
        return date(year, month, day) > published
    except ValueError:
        return False


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
        if verb is None or _names_the_object(doc, t) or _bound(doc_text(doc), t):
            continue
        if (cue is not None and _governs(verb, cue)) or _publishes(verb, st):
            return _dated(t)
    if cue is None and st.venue_span is None and len(candidates) == 1:
        verb = _governing_verb(doc, candidates[0])
        if verb is not None and verb.lemma_ in SPEECH_LEMMAS:
            return _dated(candidates[0])
    return None


def _bound(text: str, t: FoundTimex) -> bool:
    """A date that bounds a period ("until Thursday", "since 2008") or only approximates one
    ("more than 20 years ago"): what is said then is not said on that date."""
    return BOUND_BEFORE.search(text[max(0, t.start - 12):t.start]) is not None or \
        APPROXIMATE.match(text[t.start:t.end]) is not None


BOUND_BEFORE = re.compile(r"\b(?:since|until|till|before|after|through)\s+(?:on\s+)?$", re.I)
APPROXIMATE = re.compile(r"(?:more\s+than|over|nearly|almost|about|around|roughly|at\s+least)\s"
                         r".*\bago$", re.I)


def _possessive(doc: Doc, t: FoundTimex) -> bool:
    """"Friday's decision": the date of the thing named, not of the speaking."""
    span = doc.char_span(t.start, t.end, alignment_mode="expand")
    return span is not None and len(span) > 0 and (
        span.root.dep_ == "poss" or doc_text(doc)[t.end:t.end + 2] in ("'s", "\u2019s")
    )


def _names_the_object(doc: Doc, t: FoundTimex) -> bool:
    """"called Friday's ruling a win": the date of what is talked about (not "on Sunday's show")."""
    span = doc.char_span(t.start, t.end, alignment_mode="expand")
    if span is None or len(span) == 0 or not _possessive(doc, t):
        return False
    owner = span.root.head if span.root.dep_ == "poss" else span.root
    return owner.dep_ in ("dobj", "nsubj", "nsubjpass", "attr")


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
    narrative: list[FoundTimex] | None = None,
) -> _Dated | None:
    """A date carried from the narrative just before the statement.

    Either the date of an earlier statement by the same speaker within the last
    ``CARRY_SENTENCES`` sentences, or a date governing a speech verb in the
    sentence just before, in the same paragraph, outside what anyone is reported to
    have said (``narrative``, default ``dates``). Only days and months carry: a
    bare year ("a 2014 study") dates background, not the scene being reported.
    """
    start = st.sentence_span[0]
    window = _sentences_back(doc, start, CARRY_SENTENCES)
    pronoun = _mention_head(doc, st) in PRONOUNS
    for n, (prev, found) in enumerate(reversed(earlier)):
        if prev.sentence_span[0] < window or (pronoun and n > 0):
            break  # a pronoun refers back to the statement just before, not to any
        if _new_date_between(doc, dates, prev.sentence_span[1], start, earlier):
            break  # a sentence in between moved the narrative to another date
        if found is not None and _carries(found) and _same_speaker(doc, prev, st):
            return replace(found, basis="anaphoric")
    paragraph = _paragraph_start(doc, start, _sentences_back(doc, start, 1))
    for t in reversed(dates if narrative is None else narrative):
        if paragraph <= t.start and t.end <= start and _speech_date(doc, t):
            found = _dated(t, "anaphoric")
            return found if _carries(found) else None
    return _subject_date(doc, st, dates)


def _new_date_between(
    doc: Doc,
    dates: list[FoundTimex],
    after: int,
    before: int,
    earlier: list[tuple[FoundStatement, _Dated | None]],
) -> bool:
    """A date (outside any statement's content) in the sentences between two statements."""
    return any(
        after <= t.start and t.end <= before and _dated(t).said_on is not None
        and not _possessive(doc, t)
        and not any(_inside(t, prev.content_spans) for prev, _ in earlier)
        for t in dates
    )


def _subject_date(doc: Doc, st: FoundStatement, dates: list[FoundTimex]) -> _Dated | None:
    """A date governing what the speaker did in a sentence just before, in the paragraph.

    "Then, on Wednesday, President Ivo Castellan tried to settle the matter. In an
    interview, he showed…": the latest date before the statement in the same
    paragraph carries when it governs a verb whose subject the statement's speaker
    mention can refer back to (a pronoun, the surname, the title) and it lies in the
    sentence just before (a pronoun) or within ``CARRY_SENTENCES`` sentences (a name
    or a title). Any other date there stops the search.
    """
    start = st.sentence_span[0]
    mention = _mention_tokens(doc, st)
    if not mention:
        return None
    pronoun = mention[-1].lower_ in PRONOUNS
    back = 1 if pronoun else CARRY_SENTENCES
    floor = _paragraph_start(doc, start, _sentences_back(doc, start, back))
    before = [t for t in dates if t.end <= start and not _possessive(doc, t)]
    if not before or before[-1].start < floor:
        return None
    t = before[-1]
    found = _dated(t, "anaphoric")
    verb = _governing_verb(doc, t)
    if verb is None or not _carries(found):
        return None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or not _refers_back(mention, _name_tokens(subject), st.speaker_name):
        return None
    return found


def _mention_tokens(doc: Doc, st: FoundStatement) -> list[Token]:
    """The statement's speaker mention, up to its head (no appositive or clause after)."""
    if st.mention_span is None:
        return []
    span = doc.char_span(*st.mention_span, alignment_mode="expand")
    if span is None or len(span) == 0:
        return []
    return _name_tokens(span.root)


def _name_tokens(head: Token) -> list[Token]:
    """A noun phrase's head with its titles and names before it ("President Ivo Castellan")."""
    return [*(t for t in head.lefts if t.dep_ in ("compound", "amod")), head]


def _refers_back(mention: list[Token], subject: list[Token], name: str | None) -> bool:
    """The mention can name the subject again: a pronoun, its surname, its title."""
    head = mention[-1]
    words = {t.lower_ for t in subject}
    if head.lower_ in ("he", "she"):
        return subject[-1].pos_ in ("PROPN", "NOUN") and subject[-1].tag_ not in ("NNS", "NNPS")
    if head.lower_ == "they":
        return subject[-1].tag_ in ("NNS", "NNPS") or subject[-1].ent_type_ in ("ORG", "NORP")
    if head.lower_ in PRONOUNS:
        return False
    if name and name.split()[-1].lower() in words and subject[-1].pos_ == "PROPN":
        return True
    return head.lower_ in words


def _carries(found: _Dated) -> bool:
    """Days, weeks and months carry; years, decades and centuries do not."""
    return re.fullmatch(r"[\dX]{2,4}", found.value) is None


def _same_speaker(doc: Doc, a: FoundStatement, b: FoundStatement) -> bool:
    """Same name (or a surname alone of it), same mention head word, or ``b`` refers back
    with a pronoun."""
    if a.speaker_name and b.speaker_name:
        shorter = min(a.speaker_name, b.speaker_name, key=lambda n: len(n.split()))
        return a.speaker_name == b.speaker_name or (  # "Hollis Garand" … "Garand", but
            len(shorter.split()) == 1  # not "Ivanka Trump" … "Donald Trump"
            and _surname(a.speaker_name) == _surname(b.speaker_name))
    head_a, head_b = _mention_head(doc, a), _mention_head(doc, b)
    if head_b in PRONOUNS:
        return True
    return head_b is not None and head_a == head_b


def _surname(name: str) -> str:
    return name.split()[-1].lower() if name.split() else ""


PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i"})


def _mention_head(doc: Doc, st: FoundStatement) -> str | None:
    if st.mention_span is None:
        return None
    span = doc.char_span(*st.mention_span, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    names = [t for t in span if t.pos_ == "PROPN" and t.ent_type_ not in ("DATE", "TIME")]
    return (names[-1] if names else span.root).lower_  # not "Tuesday" in "a study … Tuesday"


def _sentences_back(doc: Doc, start: int, n: int) -> int:
    """Start offset of the ``n``-th sentence before the one starting at ``start``."""
    starts, ends = sentence_offsets(doc)
    before = starts[:bisect_right(ends, start)]
    return before[-n] if len(before) >= n else (before[0] if before else start)


def _paragraph_start(doc: Doc, start: int, floor: int) -> int:
    cut = doc_text(doc).rfind("\n\n", floor, start)
    return floor if cut < 0 else cut + 2


def _speech_date(doc: Doc, t: FoundTimex) -> bool:
    if _possessive(doc, t):
        return False
    verb = _governing_verb(doc, t)
    return verb is not None and verb.lemma_ in SPEECH_LEMMAS


# ------------------------------------------------------------------ scene


@dataclass(frozen=True)
class Scene:
    """What the article as a whole is dated by: its headline, its lede and its speaker.

    ``lede`` is the date of the first statement dated in its own sentence within
    the first ``LEDE_PARAGRAPHS`` paragraphs after the headline, ``speaker`` the
    head word of that statement's source ("he" or "she" resolved to the source
    of the statement before it).
    """

    headline_end: int
    lede: _Dated | None
    speaker: str | None

    @classmethod
    def of(cls, doc: Doc, ordered: list[tuple[FoundStatement, _Dated | None]]) -> "Scene":
        cut = doc_text(doc).find("\n\n") if text_headline_end(doc) >= 0 else -1
        headline_end = cut if 0 <= cut <= HEADLINE_CHARS else 0
        lede_end = _paragraph_end(doc_text(doc), headline_end, LEDE_PARAGRAPHS)
        speaker = None
        for n, (st, found) in enumerate(ordered):
            start = st.content_spans[0][0]
            if start < headline_end or found is None or not _carries(found):
                continue
            if start > lede_end:
                break
            if st.speaker_name:  # resolved by the speakers stage: "they" -> Politifact
                return cls(headline_end, replace(found, basis="anaphoric"),
                           _surname(st.speaker_name))
            heads = [_mention_head(doc, s) for s, _ in reversed(ordered[:n + 1])]
            if heads[0] in PRONOUNS and heads[0] not in ("he", "she"):
                heads = []  # "they", "it": too often not the speaker just before
            speaker = next((h for h in heads if h is not None and h not in PRONOUNS), None)
            return cls(headline_end, replace(found, basis="anaphoric"), speaker)
        return cls(headline_end, None, speaker)


HEADLINE_CHARS = 300
LEDE_PARAGRAPHS = 2
REPORT_HEADS = frozenset({"report", "study", "researchers", "authors", "finding", "survey"})


def _paragraph_end(text: str, start: int, n: int) -> int:
    end = start
    for _ in range(n + 1):
        cut = text.find("\n\n", end + 2 if end else 0)
        end = cut if cut >= 0 else len(text)
    return end


def _scene(
    doc: Doc,
    st: FoundStatement,
    scene: Scene,
    earlier: list[tuple[FoundStatement, _Dated | None]],
) -> _Dated | None:
    """A date carried from the scene: transcript turns, headline, lede speaker, report."""
    if _is_turn(doc, st):
        return next((replace(f, basis="anaphoric") for _, f in reversed(earlier)
                     if f is not None and _carries(f)), None)
    if scene.lede is not None and st.content_spans[0][0] < scene.headline_end:
        return scene.lede
    head = _mention_head(doc, st)
    who = _surname(st.speaker_name) if st.speaker_name else head
    if scene.lede is not None and who is not None and who == scene.speaker and _reports(doc, st):
        return scene.lede
    if head in REPORT_HEADS:
        for prev, found in reversed(earlier):
            if found is not None and _carries(found) and _mention_head(doc, prev) in REPORT_HEADS:
                return replace(found, basis="anaphoric")
    return None


def _is_turn(doc: Doc, st: FoundStatement) -> bool:
    """A transcript turn: ``NAME:`` at the start of a line."""
    if st.cue_span is None or st.mention_span is None:
        return False
    if doc_text(doc)[st.cue_span[0]:st.cue_span[1]].strip() != ":":
        return False
    line_start = doc_text(doc).rfind("\n", 0, st.mention_span[0]) + 1
    label = doc_text(doc)[line_start:st.mention_span[1]].strip('"\u201c ')
    return label.isupper() and st.mention_span[0] > doc_text(doc).find("\n")


def _reports(doc: Doc, st: FoundStatement) -> bool:
    """The cue reports a past event in the simple past ("said"), not "has said", "argues"."""
    cue = _token_at(doc, st.cue_span)
    if cue is None or cue.tag_ != "VBD":
        return False
    return not any(c.dep_ == "aux" and c.lemma_ == "have" for c in cue.children)


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

