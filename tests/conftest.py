"""Shared fixtures: a fresh record per test, the fixture folder."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

import onrecord
from onrecord.record import Record

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def fixtures() -> Path:
    return FIXTURES


@pytest.fixture
def record(tmp_path: Path) -> Iterator[Record]:
    with onrecord.open_record(tmp_path / "record.db") as rec:
        yield rec
