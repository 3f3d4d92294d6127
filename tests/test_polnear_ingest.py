"""The foundation's acceptance check on real articles: PolNeAR dev in, twice."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from eval import polnear
from typer.testing import CliRunner

from onrecord.cli import app

pytestmark = pytest.mark.skipif(
    not polnear.available(), reason="../shared/data/polnear is not here (evaluation data)")


def test_polnear_dev_ingests_once(tmp_path: Path) -> None:
    source = tmp_path / "dev.jsonl"
    with source.open("w", encoding="utf-8") as handle:
        for article in polnear.load_split("dev"):
            handle.write(json.dumps({"source": article.name, "text": article.text,
                                     "published": article.published}) + "\n")
    db = str(tmp_path / "r.db")
    runner = CliRunner()
    first = runner.invoke(app, ["ingest", str(source), "--db", db])
    assert first.exit_code == 0, first.output
    assert "84 stored" in first.output
    second = runner.invoke(app, ["ingest", str(source), "--db", db])
    assert second.exit_code == 0
    assert "0 stored" in second.output and "84 duplicate" in second.output
    exported = runner.invoke(app, ["export", "statements", "--db", db])
    records = [json.loads(line) for line in exported.stdout.splitlines()]
    assert len(records) > 500
    assert all(r["article"]["published"].startswith("2016-") for r in records)
