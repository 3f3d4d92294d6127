from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect, select

from onrecord.errors import InvalidFilter, NotFound, RecordError
from onrecord.store import StatementQuery, Store, schema
from onrecord.store.migrations import MIGRATIONS, applied_migrations, migrate
from onrecord.types import (
    Article,
    ArticleRef,
    Content,
    Speaker,
    Statement,
    TextSpan,
    Timex,
)

TEXT = 'Head\n\n"We will not avoid them," the minister said on Monday.'


def _article(article_id: str = "a1", text: str = TEXT, published: str | None = "2022-01-24",
             publisher: str | None = "Daily") -> Article:
    return Article(id=article_id, source=f"{article_id}.txt", text=text, published=published,
                   publisher=publisher, language="en", pipeline_version=1,
                   ingested_at="2026-11-30T00:00:00+00:00")


def _statement(article: Article, sid: str = "s1", said_on: str | None = None,
               name: str | None = "Ali Rahimi") -> Statement:
    ref = ArticleRef(id=article.id, source=article.source, published=article.published,
                     publisher=article.publisher)
    return Statement(
        id=sid, article=ref, kind="direct",
        content=Content(text="We will not avoid them,", spans=((7, 30),)),
        sentence_span=(6, 61), cue=TextSpan("said", (45, 49)),
        speaker=Speaker(name=name, mention="the minister", mention_span=(32, 44),
                        type="person", resolved_by="title"),
        said_on=said_on, date_basis="relative" if said_on else None,
    )


def test_article_round_trip_with_statements_and_timexes(tmp_path: Path) -> None:
    store = Store(tmp_path / "r.db")
    article = _article()
    statement = _statement(article, said_on="2022-01-24")
    store.add_article(article, "hash1", [statement],
                      [Timex(start=53, end=59, text="Monday", type="DATE", value="2022-01-24")])
    assert store.article("a1") == article
    assert store.statements() == [statement]
    assert store.statement("s1") == statement
    assert store.timexes("a1")[0].value == "2022-01-24"
    assert store.find_by_hash("hash1") == "a1"
    assert store.counts()["actors"] == 1


def test_actors_found_in_one_lookup_keep_their_ids(tmp_path: Path) -> None:
    """An article's speakers are looked up together: one already stored keeps its id, new
    ones are added once each in the order they first speak, and an unnamed speaker has no
    actor."""
    store = Store(tmp_path / "r.db")
    first = _article()
    store.add_article(first, "hash1", [_statement(first)], [])
    second = _article("a2", text="Other text.")
    statements = [_statement(second, "s2", name="Dana Ortiz"),
                  _statement(second, "s3", name="Ali Rahimi"),
                  _statement(second, "s4", name=None),
                  _statement(second, "s5", name="Dana Ortiz"),
                  _statement(second, "s6", name="Lee Park")]
    store.add_article(second, "hash2", statements, [])
    actors = {row["name"]: row["id"] for row in store.actor_summaries()}
    assert actors == {"Ali Rahimi": 1, "Dana Ortiz": 2, "Lee Park": 3}
    ids = store.statement_actor_ids(["s1", "s2", "s3", "s4", "s5", "s6"])
    assert ids == {"s1": 1, "s2": 2, "s3": 1, "s4": None, "s5": 2, "s6": 3}
    with store.engine.connect() as conn:
        mention_actors = conn.execute(select(schema.mentions.c.statement_id,
                                             schema.mentions.c.actor_id)).all()
    assert dict(mention_actors) == ids


def test_failed_write_leaves_nothing_behind(tmp_path: Path) -> None:
    store = Store(tmp_path / "r.db")
    first = _article()
    store.add_article(first, "hash1", [_statement(first)], [])
    second = _article("a2", text="Other text.")
    # Same statement id twice: the second insert fails inside the transaction.
    clash = [_statement(second, "s2"), _statement(second, "s2")]
    with pytest.raises(RecordError):
        store.add_article(second, "hash2", clash, [])
    assert [a.id for a in store.articles()] == ["a1"]
    assert [s.id for s in store.statements()] == ["s1"]
    assert store.counts()["publishers"] == 1


def test_filters(tmp_path: Path) -> None:
    store = Store(tmp_path / "r.db")
    a1, a2 = _article(), _article("a2", text="Second text.", published="2022-03-01",
                                  publisher="Weekly")
    store.add_article(a1, "h1", [_statement(a1, "s1", said_on="2022-01-20")], [])
    store.add_article(a2, "h2", [_statement(a2, "s2", name="Sara Nouri")], [])
    ids = lambda **kw: [s.id for s in store.statements(StatementQuery(**kw))]  # noqa: E731
    assert ids() == ["s1", "s2"]
    assert ids(speaker="nouri") == ["s2"]
    assert ids(since="2022-02") == ["s2"]
    assert ids(until="2022-01") == ["s1"]
    assert ids(publisher="Weekly") == ["s2"]
    assert ids(text="avoid them") == ["s1", "s2"]
    assert ids(text="nothing like this") == []
    assert ids(kind="indirect") == []
    assert store.count_statements(StatementQuery(speaker="Rahimi")) == 1
    with pytest.raises(InvalidFilter):
        store.statements(StatementQuery(since="January"))
    with pytest.raises(InvalidFilter):
        store.statements(StatementQuery(kind="rumour"))
    with pytest.raises(NotFound):
        store.statement("missing")


def test_older_record_is_migrated_and_keeps_its_data(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    engine = create_engine(f"sqlite:///{path}")
    first_name = MIGRATIONS[0][0]
    assert migrate(engine, upto=first_name) == [first_name]
    with engine.begin() as conn:  # what an older onrecord wrote
        conn.execute(schema.articles.insert().values(
            id="old1", content_hash="h", source="old.txt", text="Old text.",
            pipeline_version=0, ingested_at="2020-01-01T00:00:00+00:00"))
    engine.dispose()
    store = Store(path)
    assert applied_migrations(store.engine) == [name for name, _ in MIGRATIONS]
    assert store.article("old1").text == "Old text."
    assert "statements_fts" in inspect(store.engine).get_table_names()
    with store.engine.connect() as conn:
        assert conn.execute(select(schema.migrations.c.name)).scalars().all()


def test_record_from_a_newer_version_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    store = Store(path)
    with store.engine.begin() as conn:
        conn.execute(schema.migrations.insert().values(name="999_future", applied_at="x"))
    store.close()
    with pytest.raises(RecordError, match="newer onrecord"):
        Store(path)


def test_unopenable_record_is_a_record_error(tmp_path: Path) -> None:
    path = tmp_path / "not-a-db.db"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(RecordError):
        Store(path)
