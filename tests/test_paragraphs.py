"""Paragraph breaks end sentences (``onrecord_paragraphs``, before the parser)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import DocBin

from onrecord.nlp.paragraphs import paragraph_starts
from onrecord.nlp.pipeline import load_pipeline
from onrecord.settings import Settings

TEXT = (
    "Central bank governor warns inflation fight is far from over\n\n"
    "The governor of the Central Bank of Veloria, Sabine Kettering, told lawmakers that "
    "rates would stay high.\n"
    "She said the bank was ready to act, and that it would\n"
    "not cut rates this year.\n"
)


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline(Settings().model, ())


def test_a_blank_line_or_a_line_after_a_full_stop_opens_a_paragraph(nlp: Language) -> None:
    doc = nlp.make_doc(TEXT)
    assert [doc[i].text for i in paragraph_starts(doc)] == ["The", "She"]  # not "not"


def test_the_parser_keeps_the_headline_out_of_the_first_sentence(nlp: Language) -> None:
    assert nlp.pipe_names.index("onrecord_paragraphs") < nlp.pipe_names.index("parser")
    sentences = [s.text.strip() for s in nlp(TEXT).sents]
    assert sentences[0] == "Central bank governor warns inflation fight is far from over"
    assert sentences[1].startswith("The governor of the Central Bank")
    assert sentences[2] == ("She said the bank was ready to act, and that it would\n"
                            "not cut rates this year.")


def test_docbin_round_trip_and_two_processes(nlp: Language) -> None:
    docs = list(nlp.pipe([TEXT, TEXT], n_process=2))
    restored = list(DocBin(docs=docs).get_docs(nlp.vocab))
    assert [[s.start for s in d.sents] for d in restored] == [
        [s.start for s in d.sents] for d in docs]
    assert [s.start for s in docs[0].sents] == [s.start for s in nlp(TEXT).sents]


@pytest.mark.parametrize(
    ("text", "openers"),
    [
        ("One line\r\n\r\nNext one", ["Next"]),  # Windows line ends
        ("Ends here. \n \u00a0\nThen this", ["Then"]),  # spaces around the break
        ("A headline\nruns on", []),  # one break, no sentence end: a wrapped line
        ("\n\nLeading breaks.\nSecond line", ["Second"]),  # nothing before the first word
        ("Trailing break.\n", []),
    ],
)
def test_paragraph_openers_in_odd_whitespace(nlp: Language, text: str, openers: list[str]) -> None:
    doc = nlp.make_doc(text)
    assert [doc[i].text for i in paragraph_starts(doc)] == openers
