"""Where onrecord components keep their results on a spaCy ``Doc``.

Results are stored as plain lists and dicts in ``doc.user_data`` (through the
``Doc._.onrecord_*`` extensions) so that they survive ``DocBin`` round trips and
``nlp.pipe(n_process=...)``; ``get_statements`` / ``get_timexes`` turn them back
into the small dataclasses below. All offsets are character offsets into
``doc.text`` (which is the stored article text, verbatim).

Each component reads what earlier components stored, fills its own fields and
writes the list back with ``set_statements``.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field, fields
from typing import Any
from weakref import WeakKeyDictionary

import numpy
from spacy.attrs import DEP, HEAD, IS_SPACE, LEMMA, LOWER, POS, SENT_START, TAG
from spacy.strings import get_string_id
from spacy.tokens import Doc

Offsets = tuple[int, int]


@dataclass
class FoundStatement:
    """A statement as found in one Doc, filled in stage by stage.

    - statements stage: ``kind``, ``content_spans``, ``cue_span``, ``mention_span``,
      ``sentence_span``, ``continues`` (index of the previous piece of the same
      quotation in the doc's statement list)
    - speakers stage: ``speaker_*``, ``role*``, ``venue_span``
    - dating stage: ``said_on``, ``date_basis``, ``date_cue_span``
    """

    kind: str
    content_spans: list[Offsets]
    sentence_span: Offsets
    cue_span: Offsets | None = None
    mention_span: Offsets | None = None
    continues: int | None = None
    speaker_name: str | None = None
    name_span: Offsets | None = None
    role: str | None = None
    role_span: Offsets | None = None
    speaker_type: str = "unknown"
    resolved_by: str | None = None
    venue_span: Offsets | None = None
    said_on: str | None = None
    date_basis: str | None = None
    date_cue_span: Offsets | None = None

    def to_plain(self) -> dict[str, Any]:
        """What ``dataclasses.asdict`` gives, without its deep copy of every value (the
        only mutable field is the list of content spans)."""
        plain = {name: getattr(self, name) for name in _STATEMENT_FIELDS}
        plain["content_spans"] = list(self.content_spans)
        return plain

    @classmethod
    def from_plain(cls, data: dict[str, Any]) -> FoundStatement:
        values = {k: _untuple(k, v) for k, v in data.items() if k in _STATEMENT_FIELDS}
        return cls(**values)


_STATEMENT_FIELDS = tuple(f.name for f in fields(FoundStatement))


@dataclass(frozen=True)
class FoundTimex:
    """A temporal expression found in a Doc, normalised to TIMEX3."""

    start: int
    end: int
    type: str
    value: str
    anchor: str | None = None  # "dct", "narrative" or None for absolute values
    extra: dict[str, Any] = field(default_factory=dict)

    def to_plain(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_plain(cls, data: dict[str, Any]) -> FoundTimex:
        return cls(**data)


def _untuple(name: str, value: Any) -> Any:
    """msgpack turns tuples into lists; put offsets back into tuples."""
    if value is None:
        return None
    if name == "content_spans":
        return [tuple(v) for v in value]
    if name.endswith("_span"):
        return tuple(value)
    return value


_TEXTS: WeakKeyDictionary[Doc, str] = WeakKeyDictionary()


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per Doc: spaCy joins every token again on each access,
    which made the text the costliest thing the later stages read."""
    text = _TEXTS.get(doc)
    if text is None:
        text = _TEXTS[doc] = doc.text
    return text


_SENTENCES: WeakKeyDictionary[Doc, tuple[list[int], list[int]]] = WeakKeyDictionary()


def sentence_offsets(doc: Doc) -> tuple[list[int], list[int]]:
    """The start and the end character offsets of the parsed Doc's sentences, in order,
    found once per Doc (``doc.sents`` walks every token on each access). Call it only
    once the parse is complete."""
    found = _SENTENCES.get(doc)
    if found is None:
        sents = list(doc.sents)
        found = _SENTENCES[doc] = ([s.start_char for s in sents], [s.end_char for s in sents])
    return found


_BREAKS: WeakKeyDictionary[Doc, list[int]] = WeakKeyDictionary()


def line_break_tokens(doc: Doc) -> list[int]:
    """Indices of the whitespace tokens that hold a line break, in order, found once per
    Doc (only whitespace tokens can hold one)."""
    found = _BREAKS.get(doc)
    if found is None:
        spaces = numpy.flatnonzero(doc.to_array(IS_SPACE))
        found = _BREAKS[doc] = [int(i) for i in spaces if "\n" in doc[int(i)].text]
    return found


def tokens_with_forms(doc: Doc, forms: frozenset[str]) -> list[int]:
    """Indices of the tokens whose lower-case form is one of ``forms``, in order, read
    from the Doc's array (cheaper than building every Token to look at it)."""
    wanted = numpy.array([get_string_id(form) for form in forms], dtype="uint64")
    return [int(i) for i in numpy.flatnonzero(numpy.isin(doc.to_array(LOWER), wanted))]


_TOKEN_STRINGS: WeakKeyDictionary[Doc, dict[int, list[str]]] = WeakKeyDictionary()


def token_strings(doc: Doc, attr: int) -> list[str]:
    """Every token's ``attr`` (``ORTH``, ``LOWER``, ``POS``, ``TAG``, ``DEP`` from
    ``spacy.attrs``) as its string (``token.text``, ``lower_``, ``pos_`` ...), in order,
    read once per Doc from its array: a scan over ``doc`` builds a Token object for each
    word, on every pass."""
    found = _TOKEN_STRINGS.setdefault(doc, {})
    if attr not in found:
        strings = doc.vocab.strings
        found[attr] = [strings[value] for value in doc.to_array(attr).tolist()]
    return found[attr]


_TOKEN_NUMBERS: WeakKeyDictionary[Doc, dict[int, list[int]]] = WeakKeyDictionary()


def token_numbers(doc: Doc, attr: int) -> list[int]:
    """Every token's numeric ``attr`` (``IDX``, ``SENT_START``, ``IS_SPACE`` ... from
    ``spacy.attrs``), in order, read once per Doc from its array: the speaker stage asks
    for offsets and flags of the same words again and again, and a Token for each cost
    more than the answer."""
    found = _TOKEN_NUMBERS.setdefault(doc, {})
    if attr not in found:
        found[attr] = doc.to_array(attr).tolist()
    return found[attr]


def sentence_token_ranges(doc: Doc) -> list[tuple[int, int]]:
    """The ``[start, end)`` token ranges of the parsed Doc's sentences, in order, cut
    where ``doc.sents`` cuts them (the first token, and each token that starts a
    sentence), read from the Doc's array instead of building a Span for each."""
    flags = token_numbers(doc, SENT_START)
    starts = [i for i, flag in enumerate(flags) if i == 0 or flag == 1]
    return list(zip(starts, [*starts[1:], len(flags)][: len(starts)], strict=True))


@dataclass(frozen=True)
class TokenTable:
    """The parse as plain lists, read once per Doc: the statement stage looks at tens of
    thousands of (cue, region) pairs per article and the speaker stage at every word, and
    building a spaCy ``Token`` for every word they read was most of their time. ``right``
    is the last index of a token's subtree (``right_edge.i``); ``children`` are in text
    order, as ``Token.children``."""

    lower: list[str]
    tag: list[str]
    dep: list[str]
    pos: list[str]
    lemma: list[str]  # lower-cased
    head: list[int]
    left: list[int]
    right: list[int]
    children: list[list[int]]


_TABLES: WeakKeyDictionary[Doc, TokenTable] = WeakKeyDictionary()


def token_table(doc: Doc) -> TokenTable:
    """The Doc's ``TokenTable``, built on first use (call it once the parse is complete)."""
    table = _TABLES.get(doc)
    if table is None:
        table = _TABLES[doc] = _build_table(doc)
    return table


def _build_table(doc: Doc) -> TokenTable:
    lower, tag, dep, pos, lemma = (token_strings(doc, attr) for attr in (LOWER, TAG, DEP, POS,
                                                                         LEMMA))
    head = (numpy.arange(len(doc)) + doc.to_array(HEAD).astype("int64")).tolist()
    children: list[list[int]] = [[] for _ in range(len(doc))]
    for i, h in enumerate(head):
        if h != i:
            children[h].append(i)
    return TokenTable(
        lower, tag, dep, pos, [word.lower() for word in lemma], head,
        [token.left_edge.i for token in doc],  # the parser's edges: no array holds them
        [token.right_edge.i for token in doc],
        children,
    )


def register_extensions() -> None:
    """Register the ``Doc._`` attributes onrecord uses (idempotent)."""
    for name in ("onrecord_statements", "onrecord_timexes", "dct", "title"):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


def get_statements(doc: Doc) -> list[FoundStatement]:
    raw = doc._.onrecord_statements or []
    return [FoundStatement.from_plain(item) for item in raw]


def set_statements(doc: Doc, statements: list[FoundStatement]) -> None:
    doc._.onrecord_statements = [s.to_plain() for s in statements]


def get_timexes(doc: Doc) -> list[FoundTimex]:
    raw = doc._.onrecord_timexes or []
    return [FoundTimex.from_plain(item) for item in raw]


def set_timexes(doc: Doc, timexes: list[FoundTimex]) -> None:
    doc._.onrecord_timexes = [t.to_plain() for t in timexes]


def set_dct(doc: Doc, published: str | None) -> None:
    """The document creation date (``YYYY-MM-DD``) that relative dates resolve against."""
    doc._.dct = published


def set_title(doc: Doc, title: str | None) -> None:
    """The article's title as ingest found it (the page's markup, or a text's first line)."""
    doc._.title = title


TITLE_WORD = re.compile(r"[^\W\d_][\w'\u2019.-]*")
MIN_TITLE_WORDS = 3  # a shorter line is never taken for title case
TITLE_SHARE = 0.75  # of its words after the first, this share starts with a capital


def is_title_case(line: str) -> bool:
    """Most words after the first start with a capital (``Obama Seeks More Muslim …``)."""
    words = [m.group() for m in TITLE_WORD.finditer(line)][1:]
    capitals = sum(w[0].isupper() for w in words)
    return len(words) >= MIN_TITLE_WORDS and capitals >= TITLE_SHARE * len(words)


def text_headline_end(doc: Doc) -> int:
    """Where the headline the text opens with ends (its first line break), or -1 when the
    text opens with its body: a page whose title came from its markup, not from the text.
    Without a known title, a first line followed by more text is taken as the headline."""
    text = doc_text(doc)
    cut = text.find("\n")
    title = doc._.title
    if cut < 0 or (title is not None and text[:cut].strip() != title.strip()):
        return -1
    return cut


register_extensions()
