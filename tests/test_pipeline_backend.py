"""The model's networks multiply matrices through NumPy (``matrix_backend``)."""

from __future__ import annotations

import numpy
import pytest
import thinc.layers.maxout as maxout
from thinc.api import Maxout, Model, NumpyOps

from onrecord.errors import PipelineError
from onrecord.nlp.pipeline import load_pipeline, maxout_for_prediction
from onrecord.settings import Settings

TEXT = ("Foreign Minister Lena Varga said on Tuesday that talks with Ostrava would resume, "
        "while the opposition leader, Piet Haman, warned they were \"a trap\".\n\n"
        "The next day the ministry's spokesman told reporters nothing had changed.")


def _annotations(backend: str) -> list[tuple[str, str, int, str, str]]:
    nlp = load_pipeline(Settings().model, (), matrix_backend=backend)
    doc = nlp(TEXT)
    return [(t.tag_, t.dep_, t.head.i, t.ent_iob_, t.ent_type_) for t in doc]


def test_numpy_and_blis_give_the_same_annotations() -> None:
    assert _annotations("numpy") == _annotations("blis")


def test_every_network_of_the_model_uses_numpy_by_default() -> None:
    nlp = load_pipeline(Settings().model, ())
    for name in ("tok2vec", "tagger", "parser", "ner"):
        for node in nlp.get_pipe(name).model.walk():
            assert isinstance(node.ops, NumpyOps) and not node.ops.use_blis, (name, node.name)


def test_an_unknown_backend_is_a_pipeline_error() -> None:
    with pytest.raises(PipelineError, match="unknown matrix backend 'gpu'"):
        load_pipeline(Settings().model, (), matrix_backend="gpu")


def _maxout_layer(pieces: int) -> Model:
    layer = Maxout(nO=5, nI=7, nP=pieces)
    layer.initialize(X=numpy.zeros((2, 7), dtype="float32"))
    layer.set_param("b", numpy.random.default_rng(pieces).standard_normal(
        layer.get_param("b").shape).astype("float32"))
    return layer


@pytest.mark.parametrize("pieces", [1, 2, 3, 4])
def test_maxout_for_prediction_gives_thincs_values(pieces: int) -> None:
    layer = _maxout_layer(pieces)
    rows = numpy.random.default_rng(7).standard_normal((11, 7)).astype("float32")
    rows[0] = 0.0  # every piece of a unit scores its bias: ties between pieces
    expected, _ = maxout.forward(layer, rows, False)
    got, _ = maxout_for_prediction(layer, rows, False)
    assert got.shape == expected.shape == (11, 5)
    assert numpy.array_equal(got, expected)


def test_maxout_for_prediction_trains_through_thincs_layer() -> None:
    layer = _maxout_layer(3)
    rows = numpy.random.default_rng(3).standard_normal((4, 7)).astype("float32")
    gradient = numpy.ones((4, 5), dtype="float32")
    _, thinc_backprop = maxout.forward(layer, rows, True)
    _, backprop = maxout_for_prediction(layer, rows, True)
    assert numpy.array_equal(backprop(gradient), thinc_backprop(gradient))
    _, predict_only = maxout_for_prediction(layer, rows, False)
    with pytest.raises(PipelineError, match="only predicts"):
        predict_only(gradient)


def test_every_maxout_layer_of_the_model_predicts_through_numpy() -> None:
    numpy_layers = [node for name in ("tok2vec", "ner")
                    for node in load_pipeline(Settings().model, ()).get_pipe(name).model.walk()
                    if node.name == "maxout"]
    assert numpy_layers and all(node._func is maxout_for_prediction for node in numpy_layers)
    blis_nlp = load_pipeline(Settings().model, (), matrix_backend="blis")
    assert all(node._func is maxout.forward for node in blis_nlp.get_pipe("tok2vec").model.walk()
               if node.name == "maxout")
