"""spaCy side of onrecord: pipeline loading and one module per component."""

from onrecord.nlp.extensions import FoundStatement, FoundTimex, register_extensions
from onrecord.nlp.pipeline import load_pipeline

__all__ = ["FoundStatement", "FoundTimex", "load_pipeline", "register_extensions"]
