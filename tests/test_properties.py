"""Hostile input never crashes a batch and never writes a partial row."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import onrecord
from onrecord.errors import InputError
from onrecord.extraction import extract_article
from onrecord.types import RawItem

PAGE = (Path(__file__).parent / "fixtures" / "blog.html").read_bytes()
ENCODINGS = ["utf-8", "utf-16", "latin-1", "cp1252", "cp1251", "shift_jis", "koi8-r"]


def _check_consistent(record: onrecord.Record) -> None:
    """Every stored statement belongs to a stored article and indexes its text."""
    texts = {a.id: a.text for a in record.articles()}
    for s in record.statements():
        assert s.article.id in texts
        for start, end in s.content.spans:
            assert 0 <= start < end <= len(texts[s.article.id])


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.binary(max_size=3000))
def test_arbitrary_bytes_never_crash_extraction(data: bytes) -> None:
    for fmt in ("html", "text"):
        try:
            extract_article(RawItem(source="fuzz", data=data, format=fmt))  # type: ignore[arg-type]
        except InputError as exc:
            assert exc.input_name == "fuzz"


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(cut=st.integers(min_value=0, max_value=len(PAGE)),
       encoding=st.sampled_from(ENCODINGS), junk=st.binary(max_size=200))
def test_truncated_pages_in_random_encodings_never_break_a_batch(
        cut: int, encoding: str, junk: bytes) -> None:
    page = PAGE[:cut].decode("utf-8", "ignore").encode(encoding, "replace") + junk
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "in"
        folder.mkdir()
        (folder / "a.html").write_bytes(page)
        (folder / "b.txt").write_bytes(junk)
        (folder / "c.txt").write_text("Good article\n\n\"We stay,\" Mayor Lena Ortiz said.")
        with onrecord.open_record(Path(tmp) / "r.db") as record:
            outcomes = record.ingest(folder, glob="*.*")
            assert len(outcomes) == 3
            assert {o.outcome for o in outcomes} <= {"stored", "rejected", "duplicate"}
            by_name = {Path(o.input).name: o.outcome for o in outcomes}
            assert by_name["c.txt"] == "stored"
            _check_consistent(record)
            stored = {o.article_id for o in outcomes if o.outcome == "stored"}
            assert stored == {a.id for a in record.articles()}
