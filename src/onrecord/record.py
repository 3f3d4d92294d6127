"""The Python API: ``open_record(path)`` gives a ``Record`` to ingest into and query."""

from __future__ import annotations

import os
from collections.abc import Iterable
from types import TracebackType

from onrecord.core import OnOutcome, Overrides, run_ingest, run_reprocess
from onrecord.settings import Settings, load_settings
from onrecord.store import StatementQuery, Store
from onrecord.types import Article, IngestOutcome, Statement, Timex


class Record:
    """One onrecord record (a database) and the pipeline that fills it."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.store = Store(settings.db_path)

    def __enter__(self) -> Record:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        self.store.close()

    def ingest(
        self, inputs: str | os.PathLike[str] | Iterable[str | os.PathLike[str]], *,
        glob: str = "**/*", overrides: Overrides | None = None,
        on_outcome: OnOutcome | None = None,
    ) -> list[IngestOutcome]:
        """Ingest files, directories or JSONL files; one outcome per input item."""
        names = [os.fspath(inputs)] if isinstance(inputs, str | os.PathLike) else [
            os.fspath(i) for i in inputs]
        return run_ingest(names, self.store, self.settings, glob=glob,
                          overrides=overrides, on_outcome=on_outcome)

    def reprocess(self, *, everything: bool = False,
                  on_outcome: OnOutcome | None = None) -> int:
        """Re-run the current pipeline over articles an older one processed."""
        return run_reprocess(self.store, self.settings, everything=everything,
                             on_outcome=on_outcome)

    def statements(
        self, *, speaker: str | None = None, since: str | None = None,
        until: str | None = None, kind: str | None = None, publisher: str | None = None,
        text: str | None = None, limit: int | None = None, offset: int = 0,
    ) -> list[Statement]:
        """Statements in date order (statement date, else the article's)."""
        return self.store.statements(StatementQuery(
            speaker=speaker, since=since, until=until, kind=kind, publisher=publisher,
            text=text, limit=limit, offset=offset))

    def articles(self, *, since: str | None = None, until: str | None = None,
                 publisher: str | None = None, limit: int | None = None,
                 offset: int = 0) -> list[Article]:
        return self.store.articles(since=since, until=until, publisher=publisher,
                                   limit=limit, offset=offset)

    def article(self, article_id: str) -> Article:
        return self.store.article(article_id)

    def statement(self, statement_id: str) -> Statement:
        return self.store.statement(statement_id)

    def timexes(self, article_id: str) -> list[Timex]:
        return self.store.timexes(article_id)


def open_record(path: str | os.PathLike[str] | None = None, **settings: object) -> Record:
    """Open the record at ``path`` (default ``$ONRECORD_DB`` or ``./onrecord.db``)."""
    return Record(load_settings(path, **settings))
