"""Initial schema: outlets, articles, documents, analysis tables, entities, rejections, full text.

Revision ID: 0001
Revises:
Create Date: 2026-11-25 14:56:29.132252
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "entities",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("label", sa.String(length=10), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_entities")),
        sa.UniqueConstraint("name", "label", name="uq_entities_name_label"),
    )
    op.create_table(
        "outlets",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_outlets")),
        sa.UniqueConstraint("name", name=op.f("uq_outlets_name")),
    )
    op.create_table(
        "rejections",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("fingerprint", sa.String(length=64), nullable=False),
        sa.Column("stage", sa.String(length=20), nullable=False),
        sa.Column("reason", sa.String(length=40), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.Column("document_id", sa.String(length=64), nullable=True),
        sa.Column("path", sa.Text(), nullable=True),
        sa.Column("url", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rejections")),
        sa.UniqueConstraint("fingerprint", name=op.f("uq_rejections_fingerprint")),
    )
    with op.batch_alter_table("rejections", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_rejections_reason"), ["reason"], unique=False)

    op.create_table(
        "articles",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("outlet_id", sa.Integer(), nullable=True),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("url", sa.Text(), nullable=True),
        sa.Column("published", sa.DateTime(), nullable=True),
        sa.Column("agency", sa.String(length=200), nullable=True),
        sa.Column("section", sa.String(length=200), nullable=True),
        sa.Column("language", sa.String(length=16), nullable=True),
        sa.Column("result_json", sa.JSON(), nullable=False),
        sa.Column("ingested_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["outlet_id"], ["outlets.id"], name=op.f("fk_articles_outlet_id_outlets")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_articles")),
    )
    with op.batch_alter_table("articles", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_articles_outlet_id"), ["outlet_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_articles_published"), ["published"], unique=False)

    op.create_table(
        "attributions",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("article_id", sa.String(length=64), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("cue_start", sa.Integer(), nullable=False),
        sa.Column("cue_end", sa.Integer(), nullable=False),
        sa.Column("cue_text", sa.Text(), nullable=False),
        sa.Column("source_start", sa.Integer(), nullable=True),
        sa.Column("source_end", sa.Integer(), nullable=True),
        sa.Column("source_text", sa.Text(), nullable=True),
        sa.Column("source_name", sa.Text(), nullable=True),
        sa.Column("source_kind", sa.String(length=20), nullable=False),
        sa.Column("role", sa.Text(), nullable=True),
        sa.Column("content_start", sa.Integer(), nullable=False),
        sa.Column("content_end", sa.Integer(), nullable=False),
        sa.Column("content_text", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("via_name", sa.Text(), nullable=True),
        sa.Column("stance", sa.String(length=20), nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["articles.id"],
            name=op.f("fk_attributions_article_id_articles"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attributions")),
    )
    with op.batch_alter_table("attributions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_attributions_article_id"), ["article_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_attributions_source_kind"), ["source_kind"], unique=False)
        batch_op.create_index(batch_op.f("ix_attributions_source_name"), ["source_name"], unique=False)

    op.create_table(
        "documents",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("article_id", sa.String(length=64), nullable=False),
        sa.Column("path", sa.Text(), nullable=False),
        sa.Column("url", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("reader", sa.String(length=50), nullable=False),
        sa.Column("warc_record_id", sa.Text(), nullable=True),
        sa.Column("fetch_date", sa.DateTime(), nullable=True),
        sa.Column("content_type", sa.String(length=200), nullable=True),
        sa.ForeignKeyConstraint(
            ["article_id"], ["articles.id"], name=op.f("fk_documents_article_id_articles"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_documents")),
        sa.UniqueConstraint("article_id", "path", "url", "position", name="uq_documents_origin"),
    )
    with op.batch_alter_table("documents", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_documents_article_id"), ["article_id"], unique=False)

    op.create_table(
        "entity_mentions",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("entity_id", sa.Integer(), nullable=False),
        sa.Column("article_id", sa.String(length=64), nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("roles", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["articles.id"],
            name=op.f("fk_entity_mentions_article_id_articles"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["entity_id"],
            ["entities.id"],
            name=op.f("fk_entity_mentions_entity_id_entities"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_entity_mentions")),
    )
    with op.batch_alter_table("entity_mentions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_entity_mentions_article_id"), ["article_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_entity_mentions_entity_id"), ["entity_id"], unique=False)

    op.create_table(
        "fulltext_entries",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("ref_id", sa.String(length=64), nullable=False),
        sa.Column("article_id", sa.String(length=64), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("stemmed", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["articles.id"],
            name=op.f("fk_fulltext_entries_article_id_articles"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_fulltext_entries")),
        sa.UniqueConstraint("kind", "ref_id", name="uq_fulltext_entries_kind_ref"),
    )
    with op.batch_alter_table("fulltext_entries", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_fulltext_entries_article_id"), ["article_id"], unique=False)

    op.create_table(
        "markers",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("article_id", sa.String(length=64), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("cls", sa.String(length=20), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id"], ["articles.id"], name=op.f("fk_markers_article_id_articles"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_markers")),
    )
    with op.batch_alter_table("markers", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_markers_article_id"), ["article_id"], unique=False)

    op.create_table(
        "sentences",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("article_id", sa.String(length=64), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("label", sa.String(length=20), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id"], ["articles.id"], name=op.f("fk_sentences_article_id_articles"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sentences")),
    )
    with op.batch_alter_table("sentences", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sentences_article_id"), ["article_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_sentences_label"), ["label"], unique=False)

    op.create_table(
        "claims",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("article_id", sa.String(length=64), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("label", sa.String(length=20), nullable=False),
        sa.Column("attribution_id", sa.Integer(), nullable=True),
        sa.Column("source_name", sa.Text(), nullable=True),
        sa.Column("source_kind", sa.String(length=20), nullable=False),
        sa.Column("via_name", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["article_id"], ["articles.id"], name=op.f("fk_claims_article_id_articles"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["attribution_id"],
            ["attributions.id"],
            name=op.f("fk_claims_attribution_id_attributions"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_claims")),
    )
    with op.batch_alter_table("claims", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_claims_article_id"), ["article_id"], unique=False)
        batch_op.create_index("ix_claims_article_position", ["article_id", "position"], unique=False)
        batch_op.create_index(batch_op.f("ix_claims_label"), ["label"], unique=False)

    _create_fulltext_index()


def downgrade() -> None:
    _drop_fulltext_index()
    with op.batch_alter_table("claims", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_claims_label"))
        batch_op.drop_index("ix_claims_article_position")
        batch_op.drop_index(batch_op.f("ix_claims_article_id"))

    op.drop_table("claims")
    with op.batch_alter_table("sentences", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sentences_label"))
        batch_op.drop_index(batch_op.f("ix_sentences_article_id"))

    op.drop_table("sentences")
    with op.batch_alter_table("markers", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_markers_article_id"))

    op.drop_table("markers")
    with op.batch_alter_table("fulltext_entries", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_fulltext_entries_article_id"))

    op.drop_table("fulltext_entries")
    with op.batch_alter_table("entity_mentions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_entity_mentions_entity_id"))
        batch_op.drop_index(batch_op.f("ix_entity_mentions_article_id"))

    op.drop_table("entity_mentions")
    with op.batch_alter_table("documents", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_documents_article_id"))

    op.drop_table("documents")
    with op.batch_alter_table("attributions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_attributions_source_name"))
        batch_op.drop_index(batch_op.f("ix_attributions_source_kind"))
        batch_op.drop_index(batch_op.f("ix_attributions_article_id"))

    op.drop_table("attributions")
    with op.batch_alter_table("articles", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_articles_published"))
        batch_op.drop_index(batch_op.f("ix_articles_outlet_id"))

    op.drop_table("articles")
    with op.batch_alter_table("rejections", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_rejections_reason"))

    op.drop_table("rejections")
    op.drop_table("outlets")
    op.drop_table("entities")


def _create_fulltext_index() -> None:
    """SQLite: an FTS5 index over the stemmed column, kept in step by triggers.

    PostgreSQL: a GIN index over to_tsvector('danish', content).
    """
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        op.execute(
            "CREATE VIRTUAL TABLE fulltext_fts USING fts5("
            "stemmed, content='fulltext_entries', content_rowid='id', "
            "tokenize='unicode61 remove_diacritics 0')"
        )
        op.execute(
            "CREATE TRIGGER fulltext_entries_ai AFTER INSERT ON fulltext_entries BEGIN "
            "INSERT INTO fulltext_fts(rowid, stemmed) VALUES (new.id, new.stemmed); END"
        )
        op.execute(
            "CREATE TRIGGER fulltext_entries_ad AFTER DELETE ON fulltext_entries BEGIN "
            "INSERT INTO fulltext_fts(fulltext_fts, rowid, stemmed) "
            "VALUES ('delete', old.id, old.stemmed); END"
        )
    elif dialect == "postgresql":
        op.execute(
            "CREATE INDEX ix_fulltext_entries_tsv ON fulltext_entries "
            "USING GIN (to_tsvector('danish', content))"
        )


def _drop_fulltext_index() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS fulltext_entries_ai")
        op.execute("DROP TRIGGER IF EXISTS fulltext_entries_ad")
        op.execute("DROP TABLE IF EXISTS fulltext_fts")
    elif dialect == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_fulltext_entries_tsv")
