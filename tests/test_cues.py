"""The cue model reads the parse from per-Doc tables; the answers must be the Token's."""

from __future__ import annotations

import numpy
import pytest
from spacy.language import Language

from onrecord.nlp.cues import (
    context_features,
    cue_view,
    dense,
    features,
    load_cue_model,
    quote_tokens,
    relations,
)
from onrecord.nlp.extensions import token_table
from onrecord.nlp.pipeline import load_pipeline
from onrecord.settings import Settings

TEXT = ("Foreign Minister Lena Varga said on Tuesday that talks with Ostrava would resume, "
        "while the opposition leader, Piet Haman, accused the government of \"a trap\".\n\n"
        "\"We will not avoid them,\" she told reporters, according to the ministry.")


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline(Settings().model, ())


def test_the_table_holds_what_each_token_says(nlp: Language) -> None:
    doc = nlp(TEXT)
    table = token_table(doc)
    assert table is token_table(doc)  # built once
    for token in doc:
        i = token.i
        assert (table.lower[i], table.tag[i], table.dep[i], table.pos[i], table.lemma[i]) == (
            token.lower_, token.tag_, token.dep_, token.pos_, token.lemma_.lower())
        assert (table.head[i], table.left[i], table.right[i]) == (
            token.head.i, token.left_edge.i, token.right_edge.i)
        assert table.children[i] == [c.i for c in token.children]


def test_scores_from_the_projections_equal_the_vector_products(nlp: Language) -> None:
    doc = nlp(TEXT)
    model = load_cue_model()
    quotes = quote_tokens(doc)
    compared = 0
    for token in doc:
        if not model.is_candidate(token):
            continue
        sent = token.sent
        view = cue_view(token, sent)
        for rel in relations(token, sent):
            feats = features(token, rel, quotes, view) + context_features(token, rel, sent, view)
            expected = model.content_score(feats, dense(token, rel))
            assert model.content_score_at(feats, token, rel) == pytest.approx(expected, abs=1e-6)
            compared += 1
    assert compared > 10


def test_a_doc_without_vectors_scores_on_its_features_alone(nlp: Language) -> None:
    doc = nlp(TEXT)
    doc.tensor = numpy.zeros((0, 0), dtype="float32")
    model = load_cue_model()
    said = next(t for t in doc if t.lower_ == "said")
    rel = relations(said, said.sent)[0]
    feats = features(said, rel, quote_tokens(doc))
    assert model.content_score_at(feats, said, rel) == model.content_score(feats)
