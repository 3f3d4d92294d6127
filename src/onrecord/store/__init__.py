"""The durable record: SQLite (WAL) by default, any SQLAlchemy URL for scale."""

from onrecord.store.store import StatementQuery, Store

__all__ = ["StatementQuery", "Store"]
