"""Statement finding: every quote and reported statement in an article.

``find_statements(doc)`` is a pure function over a parsed Doc; the registered
component ``onrecord_statements`` stores its result with ``set_statements``.
Stages, in order:

1. quoted stretches of text, paragraph by paragraph (``statements_marks``);
2. reported statements from the dependency parse, scored by the cue model
   trained on PolNeAR (``statements_parse``, ``cues``);
3. the two joined (``statements_join``): a reported statement whose content is a
   quotation becomes direct, one carrying quoted fragments mixed; a quotation no
   cue claims takes the speaker of its signature, its lead-in (``He said:``), its
   neighbouring sentences or the statement before it; a quotation running on into
   the next paragraph is chained by ``continues``; transcript turns (``SMITH: …``)
   and headline attributions (``Smith: …``) are statements too (``statements_turns``).

Given ``parse`` (the same spaCy model as a function of a text), a first line in title
case is re-read from a sentence-cased copy (``statements_headline``).
"""

from collections.abc import Callable, Iterable, Iterator, Sequence

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import minibatch

from onrecord.nlp.attributes import ATTRIBUTES
from onrecord.nlp.cues import load_cue_model
from onrecord.nlp.extensions import FoundStatement, doc_text, set_statements
from onrecord.nlp.statements_headline import (
    headline_attributions,
    headline_end,
    sentence_cased,
)
from onrecord.nlp.statements_join import join_statements
from onrecord.nlp.statements_marks import quoted_spans
from onrecord.nlp.statements_parse import Offsets, ParsedAttribution, find_attributions
from onrecord.nlp.statements_turns import find_turns


def find_statements(
    doc: Doc, parse: Callable[[str], Doc] | None = None
) -> list[FoundStatement]:
    """The statements of ``doc`` in text order (see the module docstring). ``parse``
    parses a text with the model that parsed ``doc`` (for a title-case headline)."""
    model = load_cue_model()
    text = doc_text(doc)  # spaCy rebuilds doc.text on each access
    quotes = quoted_spans(text)
    closed = [(q.start, q.end) for q in quotes if q.closed]  # an open one may hold its cue
    attributions = find_attributions(doc, model, closed)
    if parse is not None:
        attributions = _with_headline(doc, text, parse, closed, attributions)
    return join_statements(doc, text, quotes, attributions, model, find_turns(text))


def _with_headline(
    doc: Doc,
    text: str,
    parse: Callable[[str], Doc],
    closed: Sequence[Offsets],
    attributions: list[ParsedAttribution],
) -> list[ParsedAttribution]:
    """The first line's attributions read from its sentence-cased copy, when it is in
    title case."""
    headline = headline_attributions(doc, text, parse, load_cue_model(), closed)
    if headline is None:
        return attributions
    end = headline_end(text)
    return headline + [a for a in attributions if doc[a.cue].idx >= end]


class StatementFinder:
    """Registered as ``onrecord_statements``: runs ``find_statements`` on each Doc."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.nlp = nlp
        load_cue_model()

    def __call__(self, doc: Doc) -> Doc:
        self._ensure_tensor(doc)
        set_statements(doc, find_statements(doc, self._parse))
        return doc

    def _parse(self, text: str) -> Doc:
        """``text`` through the spaCy model's own components (not onrecord's analyses;
        ``onrecord_attributes`` stands in for two of the model's)."""
        doc = self.nlp.make_doc(text)
        for component in self._model_components():
            doc = component(doc)
        return doc

    def _model_components(self) -> list[Callable[[Doc], Doc]]:
        """The spaCy model's own components, in order: not onrecord's analyses, but
        ``onrecord_attributes``, which stands in for two of the model's."""
        return [component for name, component in self.nlp.pipeline
                if not name.startswith("onrecord_") or name == ATTRIBUTES]

    def _ensure_tensor(self, doc: Doc) -> None:
        """The cue model reads ``doc.tensor``; a Doc restored from a DocBin has none, so
        the model's ``tok2vec`` is run again (it only sets the tensor)."""
        if doc.tensor is not None and doc.tensor.shape[0] == len(doc) and doc.tensor.size:
            return
        if "tok2vec" in self.nlp.pipe_names and len(doc):
            self.nlp.get_pipe("tok2vec")(doc)

    def pipe(self, docs: Iterable[Doc], batch_size: int = 32) -> Iterator[Doc]:
        """As ``__call__`` on each Doc, with the batch's title-case headlines parsed
        together (one by one, the model's per-call overhead was most of their time)."""
        for batch in minibatch(docs, size=batch_size):
            parse = self._parser_knowing(self._parse_headlines(batch))
            for doc in batch:
                self._ensure_tensor(doc)
                set_statements(doc, find_statements(doc, parse))
                yield doc

    def _parser_knowing(self, parsed: dict[str, Doc]) -> Callable[[str], Doc]:
        """``_parse``, answered from ``parsed`` for the texts parsed already."""
        return lambda text: parsed.get(text) or self._parse(text)

    def _parse_headlines(self, docs: list[Doc]) -> dict[str, Doc]:
        """Each sentence-cased first line of ``docs`` (``statements_headline``), parsed."""
        lines = {line for doc in docs if (line := sentence_cased(doc_text(doc))) is not None}
        copies = [self.nlp.make_doc(line) for line in sorted(lines)]
        for component in self._model_components() if copies else []:
            pipe = getattr(component, "pipe", None)
            copies = list(pipe(copies)) if pipe is not None else [component(c) for c in copies]
        return {copy.text: copy for copy in copies}


@Language.factory(
    "onrecord_statements",
    assigns=["doc._.onrecord_statements"],
    requires=["token.tag", "token.pos", "token.lemma", "token.dep", "token.head", "doc.sents",
              "doc.tensor"],
)
def make_statement_finder(nlp: Language, name: str) -> StatementFinder:
    return StatementFinder(nlp, name)
