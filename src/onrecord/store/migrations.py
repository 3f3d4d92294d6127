"""Versioned migrations: named functions, applied in order, recorded in ``migrations``.

A record written by an older onrecord opens in a newer one: ``migrate`` applies
every migration it has not seen yet, each in its own transaction. Never edit
a released migration; add a new one at the end of ``MIGRATIONS``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from sqlalchemy import Connection, Engine, inspect, select, text

from onrecord.errors import MigrationError
from onrecord.store import schema

Migration = Callable[[Connection], None]


def m001_initial_tables(conn: Connection) -> None:
    """Publishers, articles, actors, statements, mentions, timexes and the ingest log."""
    tables = [t for name, t in schema.metadata.tables.items() if name != "migrations"]
    schema.metadata.create_all(conn, tables=tables)


def m002_indexes(conn: Connection) -> None:
    """Indexes for the queries the record serves (by article, date, speaker)."""
    for index in schema.INDEXES:
        index.create(conn, checkfirst=True)


def m003_statement_search(conn: Connection) -> None:
    """Full-text search over statements (SQLite FTS5), kept in step by triggers."""
    if conn.dialect.name != "sqlite":
        return
    conn.execute(text(
        "CREATE VIRTUAL TABLE IF NOT EXISTS statements_fts USING fts5("
        "content_text, speaker_name, mention, content='statements', content_rowid='rowid')"
    ))
    conn.execute(text(
        "CREATE TRIGGER IF NOT EXISTS statements_fts_ai AFTER INSERT ON statements BEGIN "
        "INSERT INTO statements_fts(rowid, content_text, speaker_name, mention) "
        "VALUES (new.rowid, new.content_text, new.speaker_name, new.mention); END"
    ))
    conn.execute(text(
        "CREATE TRIGGER IF NOT EXISTS statements_fts_ad AFTER DELETE ON statements BEGIN "
        "INSERT INTO statements_fts(statements_fts, rowid, content_text, speaker_name, mention) "
        "VALUES ('delete', old.rowid, old.content_text, old.speaker_name, old.mention); END"
    ))
    conn.execute(text("INSERT INTO statements_fts(statements_fts) VALUES ('rebuild')"))


def m004_statement_placement(conn: Connection) -> None:
    """``statements.placed_on``: the statement's date, else its article's, kept by triggers.

    Every date view sorts and filters on it, so it is indexed alone (the
    statements list) and after ``actor_id``, covering the date order and the
    said/reported split (speaker pages, timelines). SQLite
    only; elsewhere the web queries compute the same value on the fly.
    """
    if conn.dialect.name != "sqlite":
        return
    if "placed_on" not in {c["name"] for c in inspect(conn).get_columns("statements")}:
        conn.execute(text("ALTER TABLE statements ADD COLUMN placed_on VARCHAR"))
    placed = ("coalesce({said}, (SELECT published FROM articles "
              "WHERE articles.id = {article}))")
    conn.execute(text("UPDATE statements SET placed_on = " + placed.format(
        said="said_on", article="statements.article_id")))
    conn.execute(text(
        "CREATE TRIGGER IF NOT EXISTS statements_placed_ai AFTER INSERT ON statements BEGIN "
        "UPDATE statements SET placed_on = " + placed.format(
            said="new.said_on", article="new.article_id") + " WHERE rowid = new.rowid; END"))
    conn.execute(text(
        "CREATE TRIGGER IF NOT EXISTS statements_placed_au AFTER UPDATE OF said_on, article_id "
        "ON statements BEGIN UPDATE statements SET placed_on = " + placed.format(
            said="new.said_on", article="new.article_id") + " WHERE rowid = new.rowid; END"))
    conn.execute(text(
        "CREATE TRIGGER IF NOT EXISTS articles_placed_au AFTER UPDATE OF published ON articles "
        "BEGIN UPDATE statements SET placed_on = coalesce(said_on, new.published) "
        "WHERE article_id = new.id; END"))
    conn.execute(text("CREATE INDEX IF NOT EXISTS ix_statements_placed "
                      "ON statements (placed_on, article_id, position)"))
    conn.execute(text("CREATE INDEX IF NOT EXISTS ix_statements_actor_placed "
                      "ON statements (actor_id, placed_on, article_id, position, said_on)"))


MIGRATIONS: tuple[tuple[str, Migration], ...] = (
    ("001_initial_tables", m001_initial_tables),
    ("002_indexes", m002_indexes),
    ("003_statement_search", m003_statement_search),
    ("004_statement_placement", m004_statement_placement),
)


def applied_migrations(engine: Engine) -> list[str]:
    if not inspect(engine).has_table("migrations"):
        return []
    with engine.connect() as conn:
        return [row[0] for row in conn.execute(select(schema.migrations.c.name))]


def migrate(engine: Engine, upto: str | None = None) -> list[str]:
    """Apply every migration not yet applied (stopping after ``upto``); return their names."""
    schema.migrations.create(engine, checkfirst=True)  # fails first on a non-database file
    done = set(applied_migrations(engine))
    known = {name for name, _ in MIGRATIONS}
    unknown = done - known
    if unknown:
        raise MigrationError(
            f"record was written by a newer onrecord (migrations {sorted(unknown)})")
    applied = []
    for name, migration in MIGRATIONS:
        if name not in done:
            _apply(engine, name, migration)
            applied.append(name)
        if name == upto:
            break
    return applied


def _apply(engine: Engine, name: str, migration: Migration) -> None:
    try:
        with engine.begin() as conn:
            migration(conn)
            conn.execute(schema.migrations.insert().values(
                name=name, applied_at=datetime.now(UTC).isoformat(timespec="seconds")))
    except Exception as exc:
        raise MigrationError(f"migration {name} failed: {exc}") from exc
