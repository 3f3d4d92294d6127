"""Statement finding: every quote and reported statement in an article.

``find_statements(doc)`` is a pure function over a parsed Doc; the registered
component ``onrecord_statements`` stores its result with ``set_statements``.
Stages, in order:

1. quoted stretches of text, paragraph by paragraph (``statements_marks``);
2. reported statements from the dependency parse, scored by the cue model
   trained on PolNeAR (``statements_parse``, ``cues``);
3. the two joined (``statements_join``): a reported statement whose content is a
   quotation becomes direct, one carrying quoted fragments mixed; a quotation no
   cue claims takes the speaker of its lead-in (``He said:``) or of the statement
   before it; a quotation running on into the next paragraph is chained by
   ``continues``; transcript lines (``SMITH: …``) and headline attributions
   (``Smith: …``) are statements too.
"""

from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from onrecord.nlp.cues import load_cue_model
from onrecord.nlp.extensions import FoundStatement, set_statements
from onrecord.nlp.statements_join import join_statements
from onrecord.nlp.statements_marks import quoted_spans
from onrecord.nlp.statements_parse import find_attributions


def find_statements(doc: Doc) -> list[FoundStatement]:
    """The statements of ``doc`` in text order (see the module docstring)."""
    model = load_cue_model()
    text = doc.text  # spaCy rebuilds it on each access
    quotes = quoted_spans(text)
    attributions = find_attributions(doc, model)
    return join_statements(doc, text, quotes, attributions, model)


class StatementFinder:
    """Registered as ``onrecord_statements``: runs ``find_statements`` on each Doc."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        load_cue_model()

    def __call__(self, doc: Doc) -> Doc:
        set_statements(doc, find_statements(doc))
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 32) -> Iterator[Doc]:
        for doc in docs:
            yield self(doc)


@Language.factory(
    "onrecord_statements",
    assigns=["doc._.onrecord_statements"],
    requires=["token.dep", "token.head", "doc.sents"],
)
def make_statement_finder(nlp: Language, name: str) -> StatementFinder:
    return StatementFinder(nlp, name)
