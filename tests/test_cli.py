from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from onrecord.cli import app

runner = CliRunner()


def test_ingest_summary_and_exit_codes(tmp_path: Path, fixtures: Path) -> None:
    db = str(tmp_path / "r.db")
    first = runner.invoke(app, ["ingest", str(fixtures / "plain.txt"), "--db", db])
    assert first.exit_code == 0, first.output
    assert "1 stored" in first.output and "0 rejected" in first.output
    again = runner.invoke(app, ["ingest", str(fixtures / "plain.txt"), "--db", db])
    assert again.exit_code == 0 and "1 duplicate" in again.output
    bad = runner.invoke(app, ["ingest", str(tmp_path / "nope.txt"), str(fixtures / "blog.html"),
                              "--db", db])
    assert bad.exit_code == 1
    assert "nope.txt: no such file" in bad.output
    assert "1 stored" in bad.output and "1 rejected" in bad.output


def test_export_to_file_and_stdout(tmp_path: Path, fixtures: Path) -> None:
    db = str(tmp_path / "r.db")
    runner.invoke(app, ["ingest", str(fixtures / "blog.html"), "--db", db])
    out = tmp_path / "s.jsonl"
    result = runner.invoke(app, ["export", "statements", "--db", db, "-o", str(out)])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert records and all(r["article"]["publisher"] == "Harbourside Notes" for r in records)
    listed = runner.invoke(app, ["export", "articles", "--db", db, "--format", "csv"])
    assert listed.exit_code == 0 and listed.stdout.startswith("id,source,url,title")


def test_bad_arguments_get_clear_messages(tmp_path: Path) -> None:
    db = str(tmp_path / "r.db")
    wrong = runner.invoke(app, ["export", "people", "--db", db])
    assert wrong.exit_code == 2
    bad_date = runner.invoke(app, ["export", "statements", "--db", db, "--since", "yesterday"])
    assert bad_date.exit_code == 1 and "error:" in bad_date.output
    assert "Traceback" not in bad_date.output


def test_reprocess_command(tmp_path: Path, fixtures: Path) -> None:
    db = str(tmp_path / "r.db")
    runner.invoke(app, ["ingest", str(fixtures / "plain.txt"), "--db", db])
    result = runner.invoke(app, ["reprocess", "--db", db, "--all"])
    assert result.exit_code == 0 and "reprocessed 1 article" in result.output
