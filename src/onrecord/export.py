"""Exports of the record: JSONL, CSV (flattened) and Parquet (nested)."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator
from typing import IO, Any, Literal

from onrecord.errors import InvalidFilter

Format = Literal["jsonl", "csv", "parquet"]
FORMATS = ("jsonl", "csv", "parquet")


def write_records(records: Iterable[dict[str, Any]], fmt: str, out: IO[bytes],
                  kind: Literal["statements", "articles"]) -> int:
    """Write ``records`` in format ``fmt``; return how many were written."""
    if fmt == "jsonl":
        return _write_jsonl(records, out)
    if fmt == "csv":
        return _write_csv(records, out, kind)
    if fmt == "parquet":
        return _write_parquet(list(records), out, kind)
    raise InvalidFilter(f"format {fmt!r} is not one of {', '.join(FORMATS)}")


def _write_jsonl(records: Iterable[dict[str, Any]], out: IO[bytes]) -> int:
    count = 0
    for record in records:
        out.write(json.dumps(record, ensure_ascii=False).encode("utf-8") + b"\n")
        count += 1
    return count


def flatten(record: dict[str, Any], columns: list[str]) -> dict[str, Any]:
    """One CSV row: each dotted column looked up in the nested record
    (a null object gives empty cells); lists (spans) become JSON strings."""
    return {column: _cell(_lookup(record, column)) for column in columns}


def _lookup(record: dict[str, Any], dotted: str) -> Any:
    value: Any = record
    for part in dotted.split("."):
        if not isinstance(value, dict):
            return None
        value = value.get(part)
    return value


def _cell(value: Any) -> Any:
    return json.dumps(value) if isinstance(value, list) else value


def _write_csv(records: Iterable[dict[str, Any]], out: IO[bytes], kind: str) -> int:
    from onrecord.export_schema import csv_columns

    columns = csv_columns(kind)
    text = io.TextIOWrapper(out, encoding="utf-8", newline="", write_through=True)
    writer = csv.DictWriter(text, fieldnames=columns)
    writer.writeheader()
    count = 0
    for record in records:
        writer.writerow(flatten(record, columns))
        count += 1
    text.flush()
    text.detach()
    return count


def _write_parquet(records: list[dict[str, Any]], out: IO[bytes], kind: str) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    from onrecord.export_schema import arrow_schema

    table = pa.Table.from_pylist(records, schema=arrow_schema(kind))
    pq.write_table(table, out)
    return len(records)


def iter_dicts(items: Iterable[Any]) -> Iterator[dict[str, Any]]:
    for item in items:
        yield item.to_dict()
