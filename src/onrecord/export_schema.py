"""The column layout of the exports, derived from one Arrow schema per record.

The field names here are the export format (docs/export-format.md); a test
pins them. Later stages fill fields; nobody renames them.
"""

from __future__ import annotations

import pyarrow as pa

SPAN = pa.list_(pa.int64())
TEXT_SPAN = pa.struct([("text", pa.string()), ("span", SPAN)])

STATEMENT_SCHEMA = pa.schema([
    ("id", pa.string()),
    ("article", pa.struct([
        ("id", pa.string()), ("source", pa.string()), ("title", pa.string()),
        ("published", pa.string()), ("publisher", pa.string()),
        ("first_published_by", pa.string()),
    ])),
    ("kind", pa.string()),
    ("content", pa.struct([("text", pa.string()), ("spans", pa.list_(SPAN))])),
    ("cue", TEXT_SPAN),
    ("speaker", pa.struct([
        ("name", pa.string()), ("name_span", SPAN),
        ("mention", pa.string()), ("mention_span", SPAN),
        ("role", pa.string()), ("role_span", SPAN),
        ("type", pa.string()), ("resolved_by", pa.string()),
    ])),
    ("said_on", pa.string()),
    ("date_basis", pa.string()),
    ("date_cue", TEXT_SPAN),
    ("venue", pa.string()),
    ("venue_span", SPAN),
    ("sentence_span", SPAN),
    ("continues", pa.string()),
])

ARTICLE_SCHEMA = pa.schema([
    ("id", pa.string()), ("source", pa.string()), ("url", pa.string()),
    ("title", pa.string()), ("author", pa.string()), ("published", pa.string()),
    ("publisher", pa.string()), ("first_published_by", pa.string()),
    ("language", pa.string()), ("pipeline_version", pa.int64()),
    ("ingested_at", pa.string()), ("text", pa.string()),
])


def arrow_schema(kind: str) -> pa.Schema:
    return STATEMENT_SCHEMA if kind == "statements" else ARTICLE_SCHEMA


def csv_columns(kind: str) -> list[str]:
    """Dotted column names: nested structs flattened, lists kept as one column."""
    return list(_columns(arrow_schema(kind), ""))


def _columns(fields: pa.Schema | pa.StructType, prefix: str) -> list[str]:
    names: list[str] = []
    for field in fields:
        if pa.types.is_struct(field.type):
            names.extend(_columns(field.type, f"{prefix}{field.name}."))
        else:
            names.append(f"{prefix}{field.name}")
    return names
