"""SQLAlchemy table definitions: the store's schema, mirrored by the Alembic migrations.

Span offsets are stored as two integer columns (`*_start`, `*_end`) so that the
read side can highlight them and relate claims to entity mentions without
parsing JSON. The full `AnalysisResult` JSON is kept beside the columns so an
article can be re-rendered exactly as it was analysed.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Column,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)


def _article_fk() -> Column[str]:
    """The article a row belongs to; rows go when their article goes."""
    return Column(
        "article_id", String(64), ForeignKey("articles.id", ondelete="CASCADE"), nullable=False, index=True
    )


# Constraint names are fixed by convention so migrations can refer to them on both backends.
metadata = MetaData(
    naming_convention={
        "ix": "ix_%(column_0_label)s",
        "uq": "uq_%(table_name)s_%(column_0_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)

outlets = Table(
    "outlets",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("name", String(200), nullable=False, unique=True),
)

articles = Table(
    "articles",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("outlet_id", Integer, ForeignKey("outlets.id"), nullable=True, index=True),
    Column("title", Text, nullable=True),
    Column("text", Text, nullable=False),
    Column("url", Text, nullable=True),
    Column("published", DateTime(timezone=False), nullable=True, index=True),
    Column("agency", String(200), nullable=True),
    Column("section", String(200), nullable=True),
    Column("language", String(16), nullable=True),
    Column("result_json", JSON, nullable=False),
    Column("ingested_at", DateTime(timezone=False), nullable=False),
)

documents = Table(
    "documents",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    _article_fk(),
    Column("path", Text, nullable=False, default=""),
    Column("url", Text, nullable=False, default=""),
    Column("position", Integer, nullable=False, default=0),
    Column("reader", String(50), nullable=False),
    Column("warc_record_id", Text, nullable=True),
    Column("fetch_date", DateTime(timezone=False), nullable=True),
    Column("content_type", String(200), nullable=True),
    UniqueConstraint("article_id", "path", "url", "position", name="uq_documents_origin"),
)

attributions = Table(
    "attributions",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    _article_fk(),
    Column("position", Integer, nullable=False),
    Column("cue_start", Integer, nullable=False),
    Column("cue_end", Integer, nullable=False),
    Column("cue_text", Text, nullable=False),
    Column("source_start", Integer, nullable=True),
    Column("source_end", Integer, nullable=True),
    Column("source_text", Text, nullable=True),
    Column("source_name", Text, nullable=True, index=True),
    Column("source_kind", String(20), nullable=False, index=True),
    Column("role", Text, nullable=True),
    Column("content_start", Integer, nullable=False),
    Column("content_end", Integer, nullable=False),
    Column("content_text", Text, nullable=False),
    Column("kind", String(20), nullable=False),
    Column("via_name", Text, nullable=True),
    Column("stance", String(20), nullable=False),
)

markers = Table(
    "markers",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    _article_fk(),
    Column("position", Integer, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("cls", String(20), nullable=False),
    Column("text", Text, nullable=False),
)

sentences = Table(
    "sentences",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    _article_fk(),
    Column("position", Integer, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("label", String(20), nullable=False, index=True),
    Column("text", Text, nullable=False),
)

claims = Table(
    "claims",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    _article_fk(),
    Column("position", Integer, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("label", String(20), nullable=False, index=True),
    Column("attribution_id", Integer, ForeignKey("attributions.id", ondelete="SET NULL"), nullable=True),
    Column("source_name", Text, nullable=True),
    Column("source_kind", String(20), nullable=False),
    Column("via_name", Text, nullable=True),
)

entities = Table(
    "entities",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("name", Text, nullable=False),
    Column("label", String(10), nullable=False),
    UniqueConstraint("name", "label", name="uq_entities_name_label"),
)

entity_mentions = Table(
    "entity_mentions",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("entity_id", Integer, ForeignKey("entities.id", ondelete="CASCADE"), nullable=False, index=True),
    _article_fk(),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("roles", JSON, nullable=False),
)

rejections = Table(
    "rejections",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("fingerprint", String(64), nullable=False, unique=True),
    Column("stage", String(20), nullable=False),
    Column("reason", String(40), nullable=False, index=True),
    Column("detail", Text, nullable=False),
    Column("document_id", String(64), nullable=True),
    Column("path", Text, nullable=True),
    Column("url", Text, nullable=True),
    Column("created_at", DateTime(timezone=False), nullable=False),
)

fulltext_entries = Table(
    "fulltext_entries",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("kind", String(10), nullable=False),
    Column("ref_id", String(64), nullable=False),
    _article_fk(),
    Column("content", Text, nullable=False),
    Column("stemmed", Text, nullable=False),
    UniqueConstraint("kind", "ref_id", name="uq_fulltext_entries_kind_ref"),
)

Index("ix_claims_article_position", claims.c.article_id, claims.c.position)
