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


MIGRATIONS: tuple[tuple[str, Migration], ...] = (
    ("001_initial_tables", m001_initial_tables),
    ("002_indexes", m002_indexes),
    ("003_statement_search", m003_statement_search),
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
