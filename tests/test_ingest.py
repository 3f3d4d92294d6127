"""End to end: files → record → export, duplicates, reprocess, workers."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

import onrecord
from onrecord import core
from onrecord.record import Record


def test_fixture_page_to_record(record: Record, fixtures: Path) -> None:
    outcomes = record.ingest(fixtures / "blog.html")
    assert [(o.outcome, o.input) for o in outcomes] == [("stored", str(fixtures / "blog.html"))]
    article = record.articles()[0]
    assert article.publisher == "Harbourside Notes"
    assert article.pipeline_version == onrecord.PIPELINE_VERSION
    statements = record.statements()
    quote = "We will stay out until the authority puts a real offer on the table,"
    assert any(quote in s.content.text for s in statements)
    for s in statements:  # every offset indexes the stored text
        for start, end in s.content.spans:
            assert article.text[start:end] in s.content.text
        assert s.sentence_span[0] <= s.content.spans[0][0]
        assert s.content.spans[-1][1] <= s.sentence_span[1]


def test_same_article_twice_is_a_duplicate(record: Record, fixtures: Path) -> None:
    first = record.ingest(fixtures / "plain.txt")
    again = record.ingest(fixtures / "plain.txt")
    assert first[0].outcome == "stored"
    assert again[0].outcome == "duplicate" and again[0].article_id == first[0].article_id
    assert len(record.articles()) == 1
    log = record.store.ingest_log()
    assert [row["outcome"] for row in log] == ["duplicate", "stored"]


def test_duplicates_within_one_batch(record: Record, tmp_path: Path, fixtures: Path) -> None:
    copy = tmp_path / "copy.txt"
    shutil.copy(fixtures / "plain.txt", copy)
    outcomes = record.ingest([fixtures / "plain.txt", copy])
    by_input = {o.input: o.outcome for o in outcomes}
    assert by_input == {str(fixtures / "plain.txt"): "stored", str(copy): "duplicate"}


def test_bad_inputs_are_rejected_and_the_rest_stored(record: Record, tmp_path: Path,
                                                     fixtures: Path) -> None:
    junk = tmp_path / "junk.html"
    junk.write_bytes(b"\x00\x01\x02" * 500)
    outcomes = record.ingest([junk, tmp_path / "missing.txt", fixtures / "plain.txt"])
    assert [o.outcome for o in outcomes] == ["rejected", "rejected", "stored"]
    assert outcomes[0].reason and outcomes[0].input == str(junk)


def test_non_english_is_stored_without_statements(record: Record, tmp_path: Path) -> None:
    path = tmp_path / "fr.txt"
    path.write_text("Le ministre parle\n\n« Nous n'éviterons pas les négociations », a déclaré "
                    "le ministre des Affaires étrangères mardi devant les journalistes réunis.")
    [outcome] = record.ingest(path)
    assert outcome.outcome == "stored" and outcome.statements == 0
    assert "fr" in (outcome.reason or "")
    assert record.articles()[0].language == "fr"


def test_overrides_apply_to_every_input(record: Record, fixtures: Path) -> None:
    overrides = onrecord.Overrides(published="2021-12-01", publisher="Given Publisher")
    record.ingest(fixtures / "blog.html", overrides=overrides)
    article = record.articles()[0]
    assert (article.published, article.publisher) == ("2021-12-01", "Given Publisher")


def test_reprocess_updates_old_articles_and_keeps_ids(record: Record, fixtures: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    record.ingest([fixtures / "blog.html", fixtures / "plain.txt"])
    before = {s.id: s.content for s in record.statements()}
    assert record.reprocess() == 0  # nothing is older than the current pipeline
    monkeypatch.setattr(core, "PIPELINE_VERSION", onrecord.PIPELINE_VERSION + 1)
    assert record.reprocess() == 2
    assert {a.pipeline_version for a in record.articles()} == {onrecord.PIPELINE_VERSION + 1}
    assert {s.id: s.content for s in record.statements()} == before
    assert record.reprocess() == 0
    assert record.reprocess(everything=True) == 2


def test_jsonl_input_with_source_and_dates(record: Record, tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    rows = [{"source": f"doc{i}", "published": "2016-09-1" + str(i),
             "text": f"Item {i}\n\n\"We are ready number {i},\" Senator Ann Kole said."}
            for i in range(3)]
    path.write_text("\n".join(json.dumps(r) for r in rows))
    outcomes = record.ingest(path)
    assert [o.input for o in outcomes] == ["doc0", "doc1", "doc2"]
    assert sorted(a.source for a in record.articles()) == ["doc0", "doc1", "doc2"]
    assert record.articles(since="2016-09-11")[0].published == "2016-09-11"


def test_two_workers_give_the_same_record(tmp_path: Path, fixtures: Path) -> None:
    with onrecord.open_record(tmp_path / "one.db") as one:
        one.ingest([fixtures / "blog.html", fixtures / "plain.txt"])
        expected = [s.to_dict() for s in one.statements()]
    with onrecord.open_record(tmp_path / "two.db", workers=2) as two:
        two.ingest([fixtures / "blog.html", fixtures / "plain.txt"])
        assert [s.to_dict() for s in two.statements()] == expected


def test_the_collector_runs_rarely_during_an_ingest_and_as_before_after_it(
    record: Record, fixtures: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    import gc

    seen: list[tuple[int, int, int]] = []
    analyse = core._analyse

    def watching(batch, settings):  # type: ignore[no-untyped-def]
        seen.append(gc.get_threshold())
        return analyse(batch, settings)

    monkeypatch.setattr(core, "_analyse", watching)
    before = gc.get_threshold()
    record.ingest(fixtures / "blog.html")
    assert seen == [core.BULK_GC_THRESHOLDS]
    assert gc.get_threshold() == before
