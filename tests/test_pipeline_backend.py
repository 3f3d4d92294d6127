"""The model's networks multiply matrices through NumPy (``matrix_backend``)."""

from __future__ import annotations

import pytest
from thinc.api import NumpyOps

from onrecord.errors import PipelineError
from onrecord.nlp.pipeline import load_pipeline
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
