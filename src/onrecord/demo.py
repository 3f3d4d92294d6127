"""The demo: bundled sample articles ingested into a fresh record."""

from __future__ import annotations

import contextlib
from importlib import resources
from pathlib import Path

from rich.table import Table

from onrecord.record import Record, open_record
from onrecord.types import Statement

QUOTE_WIDTH = 70


def demo_articles_dir() -> Path:
    return Path(str(resources.files("onrecord") / "demo_articles"))


def build_demo(db_path: Path) -> Record:
    """A fresh record at ``db_path`` holding the bundled sample articles."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db_path}{suffix}").unlink(missing_ok=True)
    record = open_record(db_path.resolve())
    articles = demo_articles_dir()
    # Ingest from the package folder so sources read "demo_articles/01-….html",
    # not a path that only exists on this machine.
    with contextlib.chdir(articles.parent):
        record.ingest(articles.name, glob="*.*")
    return record


def statements_table(statements: list[Statement]) -> Table:
    table = Table(title="Statements on record", expand=True)
    table.add_column("speaker", ratio=2)
    table.add_column("role", ratio=2)
    table.add_column("said on", no_wrap=True)
    table.add_column("quote", ratio=5)
    table.add_column("reported by", ratio=2)
    for s in statements:
        table.add_row(
            s.speaker.name or s.speaker.mention or "—",
            s.speaker.role or "",
            _date(s),
            _short(s.content.text),
            s.article.publisher or s.article.source.rsplit("/", 1)[-1],
        )
    return table


def _date(s: Statement) -> str:
    if s.said_on:
        return f"{s.said_on} ({s.date_basis})"
    return f"{s.article.published or '?'} (reported)"


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= QUOTE_WIDTH else text[: QUOTE_WIDTH - 1] + "…"
