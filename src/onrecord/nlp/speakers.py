"""Speaker resolution (first stage: a mention that is a named person is its own name).

``resolve_speakers(doc, statements)`` is a pure function; the registered
component ``onrecord_speakers`` stores its result.
"""

from collections.abc import Iterable, Iterator
from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc

from onrecord.nlp.extensions import FoundStatement, get_statements, set_statements


def resolve_speakers(doc: Doc, statements: list[FoundStatement]) -> list[FoundStatement]:
    """Fill the speaker fields of each statement whose mention is a named person."""
    return [_resolve_one(doc, s) for s in statements]


def _resolve_one(doc: Doc, statement: FoundStatement) -> FoundStatement:
    if statement.mention_span is None:
        return statement
    span = doc.char_span(*statement.mention_span, alignment_mode="expand")
    if span is None or not any(e.label_ == "PERSON" for e in span.ents):
        return statement
    return replace(
        statement,
        speaker_name=span.text,
        name_span=statement.mention_span,
        speaker_type="person",
        resolved_by="name",
    )


class SpeakerResolver:
    """Registered as ``onrecord_speakers``."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        set_statements(doc, resolve_speakers(doc, get_statements(doc)))
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 32) -> Iterator[Doc]:
        for doc in docs:
            yield self(doc)


@Language.factory(
    "onrecord_speakers",
    assigns=["doc._.onrecord_statements"],
    requires=["doc._.onrecord_statements", "doc.ents"],
)
def make_speaker_resolver(nlp: Language, name: str) -> SpeakerResolver:
    return SpeakerResolver(nlp, name)
