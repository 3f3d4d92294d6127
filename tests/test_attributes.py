"""``onrecord_attributes`` gives what the model's attribute ruler and lemmatizer give."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, TAG
from spacy.language import Language
from spacy.tokens import Doc, DocBin

from onrecord.nlp.attributes import ATTRIBUTES, Attributes, ruler_rules, stand_in
from onrecord.nlp.pipeline import load_pipeline
from onrecord.settings import Settings

DEMO = Path(__file__).parents[1] / "src" / "onrecord" / "demo_articles"
# The ruler's two-word patterns and its whitespace and dependency-bound ones, all in one text.
CORNERS = (
    "Y'all ain't gonna believe it, let's go, c'mon. There is a cap, and there were talks.\n\n"
    "I told you it was over; you told me and I asked it.  But it gotta stop.\n"
    "She did it. He had to go. What does the minister want? That is what he said.\n"
)
COLUMNS = [TAG, POS, MORPH, LEMMA, DEP, HEAD]


@pytest.fixture(scope="module")
def model() -> Language:
    return spacy.load(Settings().model)


def _parsed(model: Language, text: str) -> Doc:
    doc = model.make_doc(text)
    for name, component in model.pipeline:
        if name in ("attribute_ruler", "lemmatizer"):
            break
        doc = component(doc)
    return doc


def _both(model: Language, text: str) -> tuple[Doc, Doc]:
    parsed = _parsed(model, text)
    theirs, ours = parsed.copy(), parsed.copy()
    model.get_pipe("lemmatizer")(model.get_pipe("attribute_ruler")(theirs))
    Attributes(model, ATTRIBUTES)(ours)
    return theirs, ours


def _differences(theirs: Doc, ours: Doc) -> list[tuple[str, str, str]]:
    return [
        (t.text, f"{t.tag_}/{t.pos_}/{t.morph}/{t.lemma_}/{t.dep_}",
         f"{o.tag_}/{o.pos_}/{o.morph}/{o.lemma_}/{o.dep_}")
        for t, o in zip(theirs, ours, strict=True)
        if (theirs[t.i : t.i + 1].to_array(COLUMNS) != ours[o.i : o.i + 1].to_array(COLUMNS)).any()
    ]


def test_every_pattern_kind_gives_the_models_own_attributes(model: Language) -> None:
    theirs, ours = _both(model, CORNERS)
    assert _differences(theirs, ours) == []
    lemmas = {t.text: t.lemma_ for t in ours}
    assert (lemmas["ai"], lemmas["gon"], lemmas["na"], lemmas["let"], lemmas["'s"]) == (
        "be", "go", "to", "let", "us")
    after_there = [t.pos_ for t in ours if t.i and t.nbor(-1).lower_ == "there"]
    assert after_there == ["VERB", "VERB"]  # "There is", "there were": the pair rule
    assert [t.pos_ for t in ours if t.is_space] == ["SPACE", "SPACE", "SPACE", "SPACE"]


@pytest.mark.parametrize("path", sorted(DEMO.glob("*")), ids=lambda p: p.name)
def test_the_demo_articles_get_the_models_own_attributes(model: Language, path: Path) -> None:
    theirs, ours = _both(model, path.read_text(encoding="utf-8"))
    assert _differences(theirs, ours) == []


def test_the_second_article_reuses_what_the_first_worked_out(model: Language) -> None:
    attributes = Attributes(model, ATTRIBUTES)
    attributes(_parsed(model, CORNERS))
    known = len(attributes._lemmas)
    attributes(_parsed(model, CORNERS))
    assert len(attributes._lemmas) == known > 0


def test_the_pipeline_runs_it_in_place_of_the_two_components() -> None:
    nlp = load_pipeline(Settings().model, ())
    assert ATTRIBUTES in nlp.pipe_names
    assert "attribute_ruler" not in nlp.pipe_names and "lemmatizer" not in nlp.pipe_names
    assert nlp.pipe_names.index(ATTRIBUTES) < nlp.pipe_names.index("ner")
    docs = list(nlp.pipe([CORNERS, CORNERS], n_process=2))
    restored = list(DocBin(docs=docs, store_user_data=True).get_docs(nlp.vocab))
    assert [t.lemma_ for t in restored[1]] == [t.lemma_ for t in nlp(CORNERS)]


def test_a_model_without_the_two_components_keeps_its_own(model: Language) -> None:
    bare = spacy.blank("en")
    assert stand_in(bare) is False and bare.pipe_names == []
    ruler = model.get_pipe("attribute_ruler")
    assert ruler_rules(ruler) is not None
    odd = spacy.blank("en").add_pipe("attribute_ruler")
    odd.add_patterns([{"patterns": [[{"ORTH": "x"}]], "attrs": {"NORM": "y"}}])
    assert ruler_rules(odd) is None  # sets what the stand-in does not model


def test_its_caches_stay_bounded(model: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    import onrecord.nlp.attributes as attributes_module

    monkeypatch.setattr(attributes_module, "CACHE_LIMIT", 5)
    attributes = Attributes(model, ATTRIBUTES)
    texts = [CORNERS, *(p.read_text(encoding="utf-8") for p in sorted(DEMO.glob("*.txt"))[:2])]
    for text in texts:
        theirs, ours = _parsed(model, text), _parsed(model, text)
        model.get_pipe("lemmatizer")(model.get_pipe("attribute_ruler")(theirs))
        attributes(ours)
        assert _differences(theirs, ours) == []  # the same annotations after every clearing
        assert len(attributes._lemmas) <= 5 + len({(t.orth, t.pos, t.morph.key) for t in ours})
