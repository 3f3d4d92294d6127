"""The export records are a contract: these tests pin their field names."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pyarrow.parquet as pq

from onrecord.export import iter_dicts, write_records
from onrecord.export_schema import csv_columns
from onrecord.record import Record

DOCS = Path(__file__).resolve().parent.parent / "docs" / "export-format.md"

STATEMENT_KEYS = {
    "id": None,
    "article": {"id", "source", "title", "published", "publisher", "first_published_by"},
    "kind": None,
    "content": {"text", "spans"},
    "cue": {"text", "span"},
    "speaker": {"name", "name_span", "mention", "mention_span", "role", "role_span", "type",
                "resolved_by"},
    "said_on": None,
    "date_basis": None,
    "date_cue": {"text", "span"},
    "venue": None,
    "venue_span": None,
    "sentence_span": None,
    "continues": None,
}
ARTICLE_KEYS = ["id", "source", "url", "title", "author", "published", "publisher",
                "first_published_by", "language", "pipeline_version", "ingested_at", "text"]


def _ingested(record: Record, fixtures: Path) -> Record:
    record.ingest([fixtures / "blog.html", fixtures / "plain.txt"])
    return record


def _export(items: list, fmt: str, kind: str) -> bytes:  # type: ignore[type-arg]
    buffer = io.BytesIO()
    write_records(iter_dicts(items), fmt, buffer, kind)  # type: ignore[arg-type]
    return buffer.getvalue()


def test_statement_jsonl_has_exactly_the_documented_fields(record: Record,
                                                           fixtures: Path) -> None:
    _ingested(record, fixtures)
    lines = _export(record.statements(), "jsonl", "statements").decode().splitlines()
    assert lines
    for line in lines:
        data = json.loads(line)
        assert list(data) == list(STATEMENT_KEYS)
        for key, nested in STATEMENT_KEYS.items():
            if nested is not None and data[key] is not None:
                assert set(data[key]) == nested
        assert data["kind"] in ("direct", "mixed", "indirect")
        assert data["speaker"]["type"] in ("person", "organization", "unknown")


def test_article_jsonl_fields_and_full_text(record: Record, fixtures: Path) -> None:
    _ingested(record, fixtures)
    rows = [json.loads(x) for x in _export(record.articles(), "jsonl", "articles").splitlines()]
    assert [list(r) for r in rows] == [ARTICLE_KEYS, ARTICLE_KEYS]
    stored = {a.id: a.text for a in record.articles()}
    assert {r["id"]: r["text"] for r in rows} == stored  # nothing truncated


def test_csv_flattens_with_dotted_columns(record: Record, fixtures: Path) -> None:
    _ingested(record, fixtures)
    text = _export(record.statements(), "csv", "statements").decode()
    rows = list(csv.DictReader(io.StringIO(text)))
    assert list(rows[0]) == csv_columns("statements")
    assert "speaker.name" in rows[0] and "content.spans" in rows[0]
    first = record.statements()[0]
    assert json.loads(rows[0]["content.spans"]) == [list(s) for s in first.content.spans]
    assert rows[0]["content.text"] == first.content.text


def test_parquet_keeps_the_nesting(record: Record, fixtures: Path, tmp_path: Path) -> None:
    _ingested(record, fixtures)
    path = tmp_path / "s.parquet"
    with path.open("wb") as handle:
        write_records(iter_dicts(record.statements()), "parquet", handle, "statements")
    table = pq.read_table(path)
    assert table.column_names == list(STATEMENT_KEYS)
    assert table.to_pylist() == [s.to_dict() for s in record.statements()]


def test_docs_describe_every_field() -> None:
    text = DOCS.read_text(encoding="utf-8")
    statement_part, article_part = text.split("## Article record")
    documented = set(re.findall(r"^\| `([a-z_.]+)` \|", statement_part, flags=re.M))
    assert documented == set(csv_columns("statements"))
    documented = re.findall(r"^\| `([a-z_.]+)` \|", article_part, flags=re.M)
    assert documented == csv_columns("articles") == ARTICLE_KEYS


def test_documented_example_is_a_real_demo_record(tmp_path: Path) -> None:
    from onrecord.demo import build_demo

    block = DOCS.read_text(encoding="utf-8").split("```json\n", 1)[1].split("```", 1)[0]
    documented = json.loads(block)
    with build_demo(tmp_path / "demo.db") as record:
        assert record.statement(documented["id"]).to_dict() == documented
