"""Load the configured spaCy model and add onrecord's components in order."""

from __future__ import annotations

import importlib
from functools import lru_cache
from typing import Any, cast

import numpy
import spacy
import thinc.layers.maxout as maxout
from spacy.language import Language
from spacy.util import compile_infix_regex
from thinc.api import Model, NumpyOps

from onrecord.errors import PipelineError
from onrecord.nlp.attributes import stand_in
from onrecord.nlp.extensions import register_extensions

# Scraped text loses spaces between a date and the next sentence ("January 17Maryam
# Rajavi said"): split a number from a capitalised word glued to it.
GLUED_WORDS = r"(?<=[0-9])(?=[A-Z][a-z])"

# Each component name maps to the module that registers its factory, so that
# loading a pipeline never depends on entry points being installed.
COMPONENT_MODULES = {
    "onrecord_statements": "onrecord.nlp.quotes",
    "onrecord_speakers": "onrecord.nlp.speakers",
    "onrecord_timex": "onrecord.nlp.timex",
    "onrecord_dating": "onrecord.nlp.dating",
}


MATRIX_BACKENDS = ("numpy", "blis")


def load_pipeline(
    model: str, components: tuple[str, ...], matrix_backend: str = "numpy"
) -> Language:
    """The spaCy model ``model`` followed by onrecord's ``components``; its networks
    multiply matrices through ``matrix_backend`` (see ``use_matrix_backend``)."""
    register_extensions()
    try:
        nlp = spacy.load(model)
    except OSError as exc:
        raise PipelineError(f"cannot load spaCy model {model!r}: {exc}") from exc
    use_matrix_backend(nlp, matrix_backend)
    _split_glued_words(nlp)
    stand_in(nlp)
    if "parser" in nlp.pipe_names:  # paragraph breaks end sentences, whatever the model
        importlib.import_module("onrecord.nlp.paragraphs")
        nlp.add_pipe("onrecord_paragraphs", before="parser")
    for name in components:
        _import_component(name)
        nlp.add_pipe(name)
    return nlp


def use_matrix_backend(nlp: Language, backend: str) -> None:
    """``numpy``: the model's networks multiply matrices through NumPy's BLAS, not
    through thinc's default BLIS build, which reaches about a third of NumPy's speed
    on this project's machines (34 against 98 GFLOP/s on one core for the shapes of
    ``en_core_web_sm``); the annotations are the same token for token (checked on
    PolNeAR dev), and their maxout layers pick each unit's best piece through NumPy
    when they only predict (``maxout_for_prediction``). ``blis`` keeps thinc's
    default."""
    if backend not in MATRIX_BACKENDS:
        raise PipelineError(f"unknown matrix backend {backend!r}: use one of {MATRIX_BACKENDS}")
    if backend == "blis":
        return
    ops = NumpyOps(use_blis=False)
    for _name, component in nlp.components:
        model = getattr(component, "model", None)
        if model is not None and hasattr(model, "walk"):
            for node in model.walk():
                node.ops = ops
                if node._func is maxout.forward:
                    node._func = maxout_for_prediction


def maxout_for_prediction(model: Model, X: Any, is_train: bool) -> tuple[Any, Any]:
    """thinc's maxout layer, but when it only predicts, each unit's best piece is taken
    with NumPy's elementwise maximum, without the index of the winning piece that only
    training needs: a quarter of the time of thinc's loop, and the same values (a
    maximum is exact). Training goes through thinc's own layer."""
    if is_train:
        return maxout.forward(model, X, is_train)
    pieces = model.get_dim("nP")
    weights = model.ops.reshape2f(model.get_param("W"), model.get_dim("nO") * pieces,
                                  model.get_dim("nI"))
    flat = cast(numpy.ndarray, model.ops.gemm(X, weights, trans2=True))
    flat += model.ops.reshape1f(model.get_param("b"), flat.shape[1])
    scores = flat.reshape(flat.shape[0], -1, pieces)
    best = scores[:, :, 0] if pieces == 1 else numpy.maximum(scores[:, :, 0], scores[:, :, 1])
    for piece in range(2, pieces):
        numpy.maximum(best, scores[:, :, piece], out=best)
    return best, _prediction_only


def _prediction_only(_gradient: Any) -> Any:
    raise PipelineError("this maxout layer only predicts: load the pipeline with "
                        "matrix_backend='blis' to train it")


def _split_glued_words(nlp: Language) -> None:
    infixes = [*(nlp.Defaults.infixes or ()), GLUED_WORDS]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer  # type: ignore[union-attr]


@lru_cache(maxsize=4)
def cached_pipeline(model: str, components: tuple[str, ...]) -> Language:
    """One loaded pipeline per (model, components) per process."""
    return load_pipeline(model, components)


def _import_component(name: str) -> None:
    module = COMPONENT_MODULES.get(name)
    if module is None:
        raise PipelineError(f"unknown onrecord component {name!r}")
    importlib.import_module(module)
