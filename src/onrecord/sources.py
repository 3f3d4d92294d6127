"""Stage 1, read: turn what the user names (files, directories, JSONL) into raw items.

Each reader yields ``RawItem`` for a readable input and an ``InputError`` value
(not raised) for one that is not, so one bad input never stops a batch.
URL, feed and crawl readers slot in here as further ``read_*`` functions.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from onrecord.errors import InputError, InputTooLarge, UnreadableInput, UnsupportedInput
from onrecord.types import RawItem

HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
TEXT_SUFFIXES = frozenset({".txt", ".text", ".md"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
RECORD_FIELDS = ("url", "title", "author", "published", "publisher")

ReadResult = RawItem | InputError


def read_inputs(
    inputs: Iterable[str], *, glob: str = "**/*", max_bytes: int = 20_000_000
) -> Iterator[ReadResult]:
    """Every item named by ``inputs``, in order; directories are walked recursively."""
    for name in inputs:
        path = Path(name)
        if path.is_dir():
            yield from _read_directory(path, glob, max_bytes)
        else:
            yield from read_path(path, source=name, max_bytes=max_bytes)


def read_path(path: Path, *, source: str, max_bytes: int) -> Iterator[ReadResult]:
    """One file: HTML, plain text or JSONL, by its suffix (or its first bytes)."""
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        yield from read_jsonl_file(path, source, max_bytes)
        return
    try:
        data = _read_bytes(path, source, max_bytes)
    except InputError as exc:
        yield exc
        return
    if suffix in HTML_SUFFIXES or (suffix not in TEXT_SUFFIXES and _looks_like_html(data)):
        yield RawItem(source=source, data=data, format="html")
    else:
        yield RawItem(source=source, data=data, format="text")


def read_jsonl_file(path: Path, source: str, max_bytes: int) -> Iterator[ReadResult]:
    """One item per JSON line carrying ``text`` or ``html``; the file is streamed."""
    try:
        handle = path.open("rb")
    except OSError as exc:
        yield UnreadableInput(exc.strerror or str(exc), input_name=source)
        return
    with handle:
        yield from read_jsonl_lines(handle, source, max_bytes)


def read_jsonl_lines(lines: Iterable[bytes], source: str, max_bytes: int) -> Iterator[ReadResult]:
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{source}:{number}"
        if len(line) > max_bytes:
            yield InputTooLarge(f"line of {len(line)} bytes, over the limit", input_name=where)
            continue
        try:
            record = json.loads(line)
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            yield UnsupportedInput(f"line is not JSON ({exc})", input_name=where)
            continue
        yield _item_from_record(record, where)


def _item_from_record(record: Any, where: str) -> ReadResult:
    if not isinstance(record, dict):
        return UnsupportedInput("JSON line is not an object", input_name=where)
    source = str(record.get("source") or where)
    fields = {k: _text_or_none(record.get(k)) for k in RECORD_FIELDS}
    if isinstance(record.get("text"), str):
        return RawItem(source=source, data=record["text"], format="text", **fields)
    if isinstance(record.get("html"), str):
        return RawItem(source=source, data=record["html"], format="html", **fields)
    return UnsupportedInput("record has neither 'text' nor 'html'", input_name=source)


def _text_or_none(value: Any) -> str | None:
    return None if value is None else str(value)


def _read_directory(root: Path, glob: str, max_bytes: int) -> Iterator[ReadResult]:
    for path in sorted(root.glob(glob)):
        if path.is_file() and not path.name.startswith("."):
            yield from read_path(path, source=str(path), max_bytes=max_bytes)


def _read_bytes(path: Path, source: str, max_bytes: int) -> bytes:
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise InputTooLarge(f"{size} bytes, over the {max_bytes}-byte limit", input_name=source)
        return path.read_bytes()
    except FileNotFoundError:
        raise UnreadableInput("no such file", input_name=source) from None
    except IsADirectoryError:
        raise UnreadableInput("is a directory", input_name=source) from None
    except OSError as exc:
        raise UnreadableInput(exc.strerror or str(exc), input_name=source) from None


def _looks_like_html(data: bytes) -> bool:
    head = data[:2048].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html", b"<?xml")) or b"<body" in head
