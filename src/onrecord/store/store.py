"""The Store: every read and write of the record goes through here.

Each article is written with its statements, mentions and temporal
expressions in one transaction, so a crash or a bad input never leaves half
an article and never changes what was stored before.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import (
    Connection,
    Engine,
    Select,
    and_,
    create_engine,
    delete,
    event,
    func,
    literal_column,
    or_,
    select,
    text,
    tuple_,
)
from sqlalchemy.exc import SQLAlchemyError

from onrecord.errors import InvalidFilter, NotFound, RecordError
from onrecord.store import schema
from onrecord.store.migrations import migrate
from onrecord.store.rows import (
    article_from_row,
    article_ref_from_row,
    statement_from_row,
    statement_to_row,
)
from onrecord.types import Article, IngestOutcome, Statement, Timex

KINDS = ("direct", "mixed", "indirect")


@dataclass(frozen=True)
class StatementQuery:
    """Filters for ``Store.statements``; every field is optional."""

    speaker: str | None = None
    since: str | None = None
    until: str | None = None
    kind: str | None = None
    publisher: str | None = None
    text: str | None = None
    article_id: str | None = None
    actor_id: int | None = None
    limit: int | None = None
    offset: int = 0

    def validated(self) -> StatementQuery:
        for value in (self.since, self.until):
            if value is not None and not _is_partial_date(value):
                raise InvalidFilter(f"date {value!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
        if self.kind is not None and self.kind not in KINDS:
            raise InvalidFilter(f"kind {self.kind!r} is not one of {', '.join(KINDS)}")
        if self.limit is not None and self.limit < 0 or self.offset < 0:
            raise InvalidFilter("limit and offset must not be negative")
        return self


def _is_partial_date(value: str) -> bool:
    parts = value.split("-")
    if not 1 <= len(parts) <= 3 or len(parts[0]) != 4:
        return False
    if not all(p.isdigit() for p in parts) or any(len(p) != 2 for p in parts[1:]):
        return False
    month_ok = len(parts) < 2 or 1 <= int(parts[1]) <= 12
    return month_ok and (len(parts) < 3 or 1 <= int(parts[2]) <= 31)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def database_url(path: str | os.PathLike[str]) -> str:
    """A SQLAlchemy URL for a path, or the URL itself when given one."""
    value = os.fspath(path)
    if "://" in value:
        return value
    return f"sqlite:///{Path(value)}"


class Store:
    """Open (creating or migrating as needed) the record at ``path`` or URL."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.url = database_url(path)
        self.engine = _make_engine(self.url)
        self._sqlite = self.engine.dialect.name == "sqlite"
        try:
            migrate(self.engine)
        except SQLAlchemyError as exc:
            raise RecordError(f"cannot open the record {self.url}: {exc}") from exc

    def close(self) -> None:
        self.engine.dispose()

    # ---- writing -------------------------------------------------------------

    def find_by_hash(self, content_hash: str) -> str | None:
        with self.engine.connect() as conn:
            query = select(schema.articles.c.id).where(
                schema.articles.c.content_hash == content_hash)
            return conn.execute(query).scalar()

    def add_article(
        self, article: Article, content_hash: str,
        statements: list[Statement], timexes: list[Timex],
    ) -> None:
        """Store one article with everything found in it, in one transaction."""
        with self._write() as conn:
            publisher_id = _publisher_id(conn, article.publisher)
            row = article.to_dict() | {"content_hash": content_hash, "publisher_id": publisher_id}
            row.pop("publisher")
            conn.execute(schema.articles.insert(), row)
            _insert_analysis(conn, article.id, statements, timexes)

    def replace_analysis(
        self, article_id: str, pipeline_version: int,
        statements: list[Statement], timexes: list[Timex],
    ) -> None:
        """Swap an article's statements and timexes for new ones, in one transaction."""
        with self._write() as conn:
            for table in (schema.mentions, schema.statements, schema.timexes):
                conn.execute(delete(table).where(table.c.article_id == article_id))
            conn.execute(schema.articles.update().where(schema.articles.c.id == article_id)
                          .values(pipeline_version=pipeline_version))
            _insert_analysis(conn, article_id, statements, timexes)

    def log(self, outcome: IngestOutcome) -> None:
        with self._write() as conn:
            conn.execute(schema.ingest_log.insert().values(
                at=_now(), input=outcome.input, outcome=outcome.outcome,
                reason=outcome.reason, article_id=outcome.article_id))

    # ---- reading -------------------------------------------------------------

    def article(self, article_id: str) -> Article:
        rows = self._article_rows(schema.articles.c.id == article_id)
        if not rows:
            raise NotFound(f"no article {article_id!r}")
        return rows[0]

    def articles(
        self, *, since: str | None = None, until: str | None = None,
        publisher: str | None = None, limit: int | None = None, offset: int = 0,
        older_than_version: int | None = None,
    ) -> list[Article]:
        query = StatementQuery(since=since, until=until).validated()
        a = schema.articles.c
        conditions = []
        if query.since:
            conditions.append(a.published >= query.since)
        if query.until:
            conditions.append(a.published <= _until_bound(query.until))
        if publisher:
            conditions.append(schema.publishers.c.name == publisher)
        if older_than_version is not None:
            conditions.append(a.pipeline_version < older_than_version)
        return self._article_rows(and_(True, *conditions), limit=limit, offset=offset)

    def statements(self, query: StatementQuery | None = None,
                   actor_ids: list[int] | None = None) -> list[Statement]:
        """Statements matching ``query`` (and by any of ``actor_ids``), in date order:
        their own date, else their article's, undated ones last. Pages through ids on
        an index before fetching whole rows."""
        query = (query or StatementQuery()).validated()
        ids = _filtered(select(_ROWID), query, actor_ids, self._sqlite)
        ids = ids.order_by(*_placed_order(self._sqlite)).offset(query.offset)
        if query.limit is not None:
            ids = ids.limit(query.limit)
        sql = _statement_select().where(_ROWID.in_(ids)).order_by(*_placed_order(self._sqlite))
        with self.engine.connect() as conn:
            return [statement_from_row(r._mapping, article_ref_from_row(r._mapping))
                    for r in conn.execute(sql)]

    def count_statements(self, query: StatementQuery | None = None,
                         actor_ids: list[int] | None = None) -> int:
        query = (query or StatementQuery()).validated()
        sql = _filtered(select(func.count()), query, actor_ids, self._sqlite)
        with self.engine.connect() as conn:
            return int(conn.execute(sql).scalar() or 0)

    def statement(self, statement_id: str) -> Statement:
        found = self._one_statement(statement_id)
        if found is None:
            raise NotFound(f"no statement {statement_id!r}")
        return found

    def timexes(self, article_id: str) -> list[Timex]:
        t = schema.timexes.c
        with self.engine.connect() as conn:
            rows = conn.execute(select(t.start, t.end, t.text, t.type, t.value)
                                .where(t.article_id == article_id).order_by(t.start))
            return [Timex(**r._mapping) for r in rows]

    def ingest_log(self, limit: int = 100) -> list[dict[str, Any]]:
        log = schema.ingest_log
        with self.engine.connect() as conn:
            rows = conn.execute(select(log).order_by(log.c.id.desc()).limit(limit))
            return [dict(r._mapping) for r in rows]

    def counts(self) -> dict[str, int]:
        names = ("articles", "statements", "actors", "timexes", "publishers")
        with self.engine.connect() as conn:
            return {name: int(conn.execute(
                select(func.count()).select_from(schema.metadata.tables[name])).scalar() or 0)
                for name in names}

    # ---- internals -----------------------------------------------------------

    def _write(self) -> Any:
        return _TransactionGuard(self.engine)

    def _article_rows(self, condition: Any, limit: int | None = None,
                      offset: int = 0) -> list[Article]:
        a = schema.articles
        sql = (select(a, schema.publishers.c.name.label("publisher"))
               .select_from(a.outerjoin(schema.publishers))
               .where(condition).order_by(a.c.published, a.c.id).offset(offset))
        if limit is not None:
            sql = sql.limit(limit)
        with self.engine.connect() as conn:
            return [article_from_row(r._mapping) for r in conn.execute(sql)]

    def _one_statement(self, statement_id: str) -> Statement | None:
        sql = _statement_select().where(schema.statements.c.id == statement_id)
        with self.engine.connect() as conn:
            row = conn.execute(sql).first()
        if row is None:
            return None
        return statement_from_row(row._mapping, article_ref_from_row(row._mapping))

    # ---- web queries (read-only; used by onrecord.analysis and the web API) ----------
    # They place a statement at ``placed_on`` (its own date, else its article's; see
    # migration 004).

    def actor_summaries(self, *, name: str | None = None, actor_ids: list[int] | None = None,
                        limit: int | None = None, offset: int = 0) -> list[dict[str, Any]]:
        """Actors with their statement count and first/last date, most quoted first."""
        s, ac = schema.statements.c, schema.actors.c
        placed = _placed(self._sqlite)
        per_actor = (select(s.actor_id, func.count().label("n"),
                            func.min(placed).label("first"), func.max(placed).label("last"))
                     .group_by(s.actor_id))
        if not self._sqlite:
            per_actor = per_actor.select_from(_statement_join())
        if actor_ids is not None:
            per_actor = per_actor.where(s.actor_id.in_(actor_ids))
        st = per_actor.subquery()
        count = func.coalesce(st.c.n, 0)
        sql: Select[Any] = (
            select(ac.id, ac.name, ac.type, count.label("statements"), st.c.first, st.c.last)
            .select_from(schema.actors.outerjoin(st, st.c.actor_id == ac.id))
            .order_by(count.desc(), ac.name, ac.id).offset(offset))
        sql = _actor_filter(sql, name, actor_ids)
        if limit is not None:
            sql = sql.limit(limit)
        with self.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(sql)]

    def count_actors(self, *, name: str | None = None) -> int:
        sql = _actor_filter(select(func.count()).select_from(schema.actors), name, None)
        with self.engine.connect() as conn:
            return int(conn.execute(sql).scalar() or 0)

    def actor_roles(self, actor_id: int) -> list[dict[str, Any]]:
        """The distinct (role, date) pairs of one actor's statements, in date order."""
        s = schema.statements.c
        placed = _placed(self._sqlite).label("date")
        sql = (select(s.role, placed).distinct()
               .where(s.actor_id == actor_id, s.role.is_not(None)).order_by(placed, s.role))
        if not self._sqlite:
            sql = sql.select_from(_statement_join())
        with self.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(sql)]

    def statement_day_counts(self, actor_ids: list[int], since: str | None = None,
                             until: str | None = None) -> list[tuple[int, str, int, int]]:
        """``(actor_id, date, said, reported)``: statements per actor and day (None: undated)."""
        query = StatementQuery(since=since, until=until).validated()
        s = schema.statements.c
        placed = _placed(self._sqlite).label("date")
        said = func.count(s.said_on).label("said")
        sql = (select(s.actor_id, placed, said, (func.count() - said).label("reported"))
               .group_by(s.actor_id, placed).order_by(placed))
        sql = _filtered(sql, query, actor_ids, self._sqlite)
        with self.engine.connect() as conn:
            return [tuple(r) for r in conn.execute(sql)]  # type: ignore[misc]

    def statement_actor_ids(self, statement_ids: list[str]) -> dict[str, int | None]:
        """The actor id of each statement named (None where no actor was resolved)."""
        s = schema.statements.c
        with self.engine.connect() as conn:
            rows = conn.execute(select(s.id, s.actor_id).where(s.id.in_(statement_ids)))
            return {r.id: r.actor_id for r in rows}

    def count_articles(self, *, since: str | None = None, until: str | None = None,
                       publisher: str | None = None) -> int:
        query = StatementQuery(since=since, until=until).validated()
        a = schema.articles.c
        sql = select(func.count()).select_from(schema.articles.outerjoin(schema.publishers))
        if query.since:
            sql = sql.where(a.published >= query.since)
        if query.until:
            sql = sql.where(a.published <= _until_bound(query.until))
        if publisher:
            sql = sql.where(schema.publishers.c.name == publisher)
        with self.engine.connect() as conn:
            return int(conn.execute(sql).scalar() or 0)

    def publisher_names(self) -> list[str]:
        p = schema.publishers.c
        with self.engine.connect() as conn:
            return [r[0] for r in conn.execute(select(p.name).order_by(p.name))]

    def date_range(self) -> tuple[str | None, str | None]:
        """The earliest and latest article publication dates."""
        a = schema.articles.c
        with self.engine.connect() as conn:
            row = conn.execute(select(func.min(a.published), func.max(a.published))).one()
            return row[0], row[1]


_ROWID: Any = literal_column("statements.rowid")


def _placed(sqlite: bool) -> Any:
    """A statement's place in time: ``placed_on`` on SQLite, computed elsewhere."""
    if sqlite:
        return literal_column("statements.placed_on")
    return func.coalesce(schema.statements.c.said_on, schema.articles.c.published)


def _placed_order(sqlite: bool) -> tuple[Any, ...]:
    """Date order, undated statements last."""
    return (_placed(sqlite).nulls_last(), schema.statements.c.article_id,
            schema.statements.c.position)


def _actor_filter(sql: Select[Any], name: str | None,
                  actor_ids: list[int] | None) -> Select[Any]:
    if name:
        sql = sql.where(schema.actors.c.name.ilike(f"%{name}%"))
    if actor_ids is not None:
        sql = sql.where(schema.actors.c.id.in_(actor_ids))
    return sql


class _TransactionGuard:
    """``engine.begin()`` that reports database failures as ``RecordError``."""

    def __init__(self, engine: Engine) -> None:
        self._context = engine.begin()

    def __enter__(self) -> Connection:
        try:
            return self._context.__enter__()
        except SQLAlchemyError as exc:
            raise RecordError(f"cannot write the record: {exc}") from exc

    def __exit__(self, *exc_info: Any) -> None:
        try:
            self._context.__exit__(*exc_info)  # commits, or rolls back on an exception
        except SQLAlchemyError as exc:
            raise RecordError(f"cannot write the record: {exc}") from exc
        error = exc_info[1]
        if isinstance(error, SQLAlchemyError):
            raise RecordError(f"cannot write the record: {error}") from error


def _make_engine(url: str) -> Engine:
    try:
        if url.startswith("sqlite:///"):
            Path(url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url)
    except (SQLAlchemyError, OSError) as exc:
        raise RecordError(f"cannot open the record {url}: {exc}") from exc
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _publisher_id(conn: Connection, name: str | None) -> int | None:
    if not name:
        return None
    p = schema.publishers
    found = conn.execute(select(p.c.id).where(p.c.name == name)).scalar()
    if found is not None:
        return int(found)
    return _inserted_id(conn.execute(p.insert().values(name=name)))


ActorKey = tuple[str | None, str]


def _actor_ids(conn: Connection, keys: list[ActorKey]) -> dict[ActorKey, int | None]:
    """The id of each (name, type) in ``keys``, inserting the actors not yet stored in
    the order given (so new actors get the ids a lookup per speaker would have given).
    One SELECT finds those stored; a speaker without a name has no actor."""
    named = [key for key in dict.fromkeys(keys) if key[0]]
    ids: dict[ActorKey, int | None] = {key: None for key in keys}
    if not named:
        return ids
    stored = _stored_actor_ids(conn, named)
    missing = [{"name": name, "type": kind} for name, kind in named if (name, kind) not in stored]
    if missing:
        conn.execute(schema.actors.insert(), missing)
        stored = _stored_actor_ids(conn, named)
    ids.update(stored)
    return ids


def _stored_actor_ids(conn: Connection, keys: list[ActorKey]) -> dict[ActorKey, int | None]:
    a = schema.actors.c
    rows = conn.execute(select(a.name, a.type, a.id).where(tuple_(a.name, a.type).in_(keys)))
    return {(name, kind): int(actor_id) for name, kind, actor_id in rows}


def _inserted_id(result: Any) -> int:
    key = result.inserted_primary_key
    if key is None:
        raise RecordError("the database returned no id for a new row")
    return int(key[0])


def _insert_analysis(conn: Connection, article_id: str, statements: list[Statement],
                     timexes: list[Timex]) -> None:
    """Bulk inserts: one actor lookup for all the article's speakers, one ``executemany``
    per table."""
    actors = _actor_ids(conn, [(s.speaker.name, s.speaker.type) for s in statements])
    rows, mentions = [], []
    for position, statement in enumerate(statements):
        actor_id = actors[statement.speaker.name, statement.speaker.type]
        rows.append(statement_to_row(statement, position, actor_id))
        mention = statement.speaker.mention_span
        if mention is not None and statement.speaker.mention is not None:
            mentions.append({
                "article_id": article_id, "statement_id": statement.id,
                "text": statement.speaker.mention, "start": mention[0], "end": mention[1],
                "actor_id": actor_id})
    for table, values in ((schema.statements, rows), (schema.mentions, mentions),
                          (schema.timexes, [{"article_id": article_id, **t.to_dict()}
                                            for t in timexes])):
        if values:
            conn.execute(table.insert(), values)


def _statement_join() -> Any:
    return schema.statements.join(schema.articles).outerjoin(schema.publishers)


def _statement_select() -> Select[Any]:
    a = schema.articles.c
    return select(
        schema.statements,
        a.source.label("a_source"), a.title.label("a_title"),
        a.published.label("a_published"),
        a.first_published_by.label("a_first_published_by"),
        schema.publishers.c.name.label("publisher"),
    ).select_from(_statement_join())


def _until_bound(until: str) -> str:
    """The largest date string that still falls within ``until`` (a partial date)."""
    return until + "-99" * (2 - until.count("-"))


def _filtered(sql: Select[Any], query: StatementQuery, actor_ids: list[int] | None,
              sqlite: bool) -> Select[Any]:
    """``sql`` over the statements matching ``query`` (and by any of ``actor_ids``),
    dated by ``placed_on``; articles are joined only when a filter needs them."""
    needs_join = bool(query.publisher) or not sqlite
    sql = sql.select_from(_statement_join() if needs_join else schema.statements)
    s = schema.statements.c
    placed = _placed(sqlite)
    if query.speaker:
        pattern = f"%{query.speaker}%"
        sql = sql.where(or_(s.speaker_name.ilike(pattern), s.mention.ilike(pattern)))
    if query.since:
        sql = sql.where(placed >= query.since)
    if query.until:
        sql = sql.where(placed <= _until_bound(query.until))
    if query.kind:
        sql = sql.where(s.kind == query.kind)
    if query.publisher:
        sql = sql.where(schema.publishers.c.name == query.publisher)
    if query.article_id:
        sql = sql.where(s.article_id == query.article_id)
    if query.actor_id is not None:
        sql = sql.where(s.actor_id == query.actor_id)
    if actor_ids is not None:
        sql = sql.where(s.actor_id.in_(actor_ids))
    if query.text:
        sql = sql.where(_text_condition(query.text, sqlite))
    return sql


def _text_condition(words: str, sqlite: bool) -> Any:
    """Full-text match: FTS5 on SQLite (the words as one phrase), LIKE elsewhere."""
    if not sqlite:
        return schema.statements.c.content_text.ilike(f"%{words}%")
    phrase = '"' + words.replace('"', '""') + '"'
    return text(
        "statements.rowid IN (SELECT rowid FROM statements_fts WHERE statements_fts MATCH :q)"
    ).bindparams(q=phrase)
