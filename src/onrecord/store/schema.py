"""Table definitions (SQLAlchemy Core). Changes to them go through migrations."""

from __future__ import annotations

from sqlalchemy import (
    Column,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

metadata = MetaData()

migrations = Table(
    "migrations", metadata,
    Column("name", String, primary_key=True),
    Column("applied_at", String, nullable=False),
)

publishers = Table(
    "publishers", metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String, nullable=False, unique=True),
)

articles = Table(
    "articles", metadata,
    Column("id", String, primary_key=True),
    Column("content_hash", String, nullable=False, unique=True),
    Column("source", Text, nullable=False),
    Column("url", Text),
    Column("title", Text),
    Column("author", Text),
    Column("published", String),
    Column("publisher_id", Integer, ForeignKey("publishers.id")),
    Column("first_published_by", Text),
    Column("language", String),
    Column("pipeline_version", Integer, nullable=False),
    Column("ingested_at", String, nullable=False),
    Column("text", Text, nullable=False),
)

actors = Table(
    "actors", metadata,
    Column("id", Integer, primary_key=True),
    Column("name", Text, nullable=False),
    Column("type", String, nullable=False),
    UniqueConstraint("name", "type", name="uq_actor_name_type"),
)

statements = Table(
    "statements", metadata,
    Column("id", String, primary_key=True),
    Column("article_id", String, ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("position", Integer, nullable=False),
    Column("kind", String, nullable=False),
    Column("content_text", Text, nullable=False),
    Column("content_spans", Text, nullable=False),  # JSON [[start, end], ...]
    Column("cue_text", Text), Column("cue_start", Integer), Column("cue_end", Integer),
    Column("speaker_name", Text),
    Column("name_start", Integer), Column("name_end", Integer),
    Column("mention", Text),
    Column("mention_start", Integer), Column("mention_end", Integer),
    Column("role", Text), Column("role_start", Integer), Column("role_end", Integer),
    Column("speaker_type", String, nullable=False),
    Column("resolved_by", String),
    Column("actor_id", Integer, ForeignKey("actors.id")),
    Column("said_on", String),
    Column("date_basis", String),
    Column("date_cue_text", Text),
    Column("date_cue_start", Integer), Column("date_cue_end", Integer),
    Column("venue", Text), Column("venue_start", Integer), Column("venue_end", Integer),
    Column("sentence_start", Integer, nullable=False),
    Column("sentence_end", Integer, nullable=False),
    Column("continues", String),
)

mentions = Table(
    "mentions", metadata,
    Column("id", Integer, primary_key=True),
    Column("article_id", String, ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("statement_id", String, ForeignKey("statements.id", ondelete="CASCADE"),
           nullable=False),
    Column("text", Text, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("actor_id", Integer, ForeignKey("actors.id")),
)

timexes = Table(
    "timexes", metadata,
    Column("id", Integer, primary_key=True),
    Column("article_id", String, ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("type", String, nullable=False),
    Column("value", String, nullable=False),
)

ingest_log = Table(
    "ingest_log", metadata,
    Column("id", Integer, primary_key=True),
    Column("at", String, nullable=False),
    Column("input", Text, nullable=False),
    Column("outcome", String, nullable=False),
    Column("reason", Text),
    Column("article_id", String),
)

INDEXES = (
    Index("ix_statements_article", statements.c.article_id),
    Index("ix_statements_said_on", statements.c.said_on),
    Index("ix_statements_speaker", statements.c.speaker_name),
    Index("ix_statements_actor", statements.c.actor_id),
    Index("ix_articles_published", articles.c.published),
    Index("ix_mentions_statement", mentions.c.statement_id),
    Index("ix_timexes_article", timexes.c.article_id),
)
