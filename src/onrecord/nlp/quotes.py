"""Statement finding (first stage: direct quotes in quote marks).

``find_statements(doc)`` is a pure function over a parsed Doc; the registered
component ``onrecord_statements`` stores its result with ``set_statements``.
"""

import re
from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from onrecord.nlp.extensions import FoundStatement, set_statements

QUOTE_PAIR = re.compile(r'"([^"\n]{3,}?)"|\u201c([^\u201c\u201d\n]{3,}?)\u201d')
CUE_LEMMAS = frozenset({"say", "tell", "warn", "add", "insist", "write", "declare", "state"})


def find_statements(doc: Doc) -> list[FoundStatement]:
    """Direct quotes, each with the nearest preceding PERSON as its speaker mention."""
    found = []
    for start, end in _quoted_spans(doc.text):
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        sent_start = span[0].sent.start_char
        sent_end = span[-1].sent.end_char
        found.append(
            FoundStatement(
                kind="direct",
                content_spans=[(start, end)],
                sentence_span=(sent_start, sent_end),
                cue_span=_cue_near(doc, sent_start, sent_end, start, end),
                mention_span=_nearest_person_before(doc, end),
            )
        )
    return found


def _quoted_spans(text: str) -> Iterator[tuple[int, int]]:
    """Inner offsets of each balanced pair of quote marks on one line."""
    for match in QUOTE_PAIR.finditer(text):
        group = 1 if match.group(1) is not None else 2
        yield match.start(group), match.end(group)


def _cue_near(doc: Doc, sent_start: int, sent_end: int, q_start: int, q_end: int):
    for token in doc.char_span(sent_start, sent_end, alignment_mode="expand") or ():
        inside = q_start <= token.idx < q_end
        if not inside and token.lemma_ in CUE_LEMMAS and token.pos_ == "VERB":
            return (token.idx, token.idx + len(token.text))
    return None


def _nearest_person_before(doc: Doc, limit: int) -> tuple[int, int] | None:
    people = [e for e in doc.ents if e.label_ == "PERSON" and e.start_char < limit]
    if not people:
        return None
    last = people[-1]
    return (last.start_char, last.end_char)


class StatementFinder:
    """Registered as ``onrecord_statements``: runs ``find_statements`` on each Doc."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        set_statements(doc, find_statements(doc))
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 32) -> Iterator[Doc]:
        for doc in docs:
            yield self(doc)


@Language.factory(
    "onrecord_statements",
    assigns=["doc._.onrecord_statements"],
    requires=["doc.sents", "doc.ents"],
)
def make_statement_finder(nlp: Language, name: str) -> StatementFinder:
    return StatementFinder(nlp, name)
