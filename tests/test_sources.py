from __future__ import annotations

import json
from pathlib import Path

from onrecord.errors import InputTooLarge, UnreadableInput, UnsupportedInput
from onrecord.sources import read_inputs
from onrecord.types import RawItem


def test_directory_is_walked_recursively_with_glob(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "one.txt").write_text("One\n\nText one.")
    (tmp_path / "a" / "two.html").write_text("<html><body><p>x</p></body></html>")
    (tmp_path / "three.txt").write_text("Three\n\nText three.")
    items = list(read_inputs([str(tmp_path)], glob="**/*.txt"))
    assert [i.source for i in items if isinstance(i, RawItem)] == [
        str(tmp_path / "a" / "one.txt"), str(tmp_path / "three.txt")]


def test_format_follows_suffix_or_content(tmp_path: Path) -> None:
    (tmp_path / "page").write_bytes(b"<!DOCTYPE html><html><body>x</body></html>")
    (tmp_path / "note.txt").write_text("<html> is a tag name")
    formats = {Path(i.source).name: i.format for i in read_inputs([str(tmp_path)])
               if isinstance(i, RawItem)}
    assert formats == {"page": "html", "note.txt": "text"}


def test_jsonl_records_carry_metadata_and_bad_lines_are_errors(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    lines = [
        json.dumps({"source": "s1", "text": "Hello.", "published": "2022-01-24",
                    "publisher": "P", "title": "T", "author": "A", "url": "u"}),
        "not json",
        json.dumps({"html": "<p>x</p>"}),
        json.dumps({"source": "s4"}),
        json.dumps([1, 2]),
    ]
    path.write_text("\n".join(lines) + "\n")
    items = list(read_inputs([str(path)]))
    first = items[0]
    assert isinstance(first, RawItem)
    assert (first.source, first.format, first.published, first.publisher) == (
        "s1", "text", "2022-01-24", "P")
    assert isinstance(items[1], UnsupportedInput) and items[1].input_name == f"{path}:2"
    assert isinstance(items[2], RawItem) and items[2].source == f"{path}:3"
    assert items[2].format == "html"
    assert isinstance(items[3], UnsupportedInput) and items[3].input_name == "s4"
    assert isinstance(items[4], UnsupportedInput)


def test_missing_and_oversized_inputs_are_named(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text("x" * 200)
    missing, too_big = list(read_inputs([str(tmp_path / "nope.txt"), str(big)], max_bytes=100))
    assert isinstance(missing, UnreadableInput) and missing.input_name.endswith("nope.txt")
    assert isinstance(too_big, InputTooLarge) and "200 bytes" in too_big.message
