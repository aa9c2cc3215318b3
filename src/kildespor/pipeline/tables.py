"""Batch output as Parquet tables: one file per table per shard, written atomically.

Layout of an output directory::

    plan.json                      the shards (kildespor.pipeline.shards)
    shards/<id>/articles.parquet   one row per analysed document
    shards/<id>/attributions.parquet, markers, sentences, claims, entities
    shards/<id>/rejections.parquet one row per rejected document
    shards/<id>/stats.json         the shard's ShardStats
    done/<id>.json                 completion marker, written last
    stats.json                     stats merged over the completed shards

A shard is written into a temporary directory that is renamed into place whole,
and only a shard with a completion marker counts, so a task killed half-way
leaves nothing that a reader or a rerun would take for finished work.

Every row carries `doc_key` (input file + position) and the full record as JSON
(`record_json`, or `article_json` without the text), so the tables are flat for
analysis and still turn back into the exact AnalysisResult or Rejection.
"""

from __future__ import annotations

import json
import os
import shutil
import uuid
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
from pydantic import BaseModel

from kildespor.pipeline.shards import ShardPlan
from kildespor.records import (
    AnalysisResult,
    Article,
    Attribution,
    Claim,
    Entity,
    Marker,
    Provenance,
    Rejection,
    Sentence,
)

_STR = pa.string()
_INT = pa.int64()
_DOC_FIELDS = [
    ("shard_id", _STR),
    ("doc_key", _STR),
    ("path", _STR),
    ("url", _STR),
    ("reader", _STR),
    ("input_index", _INT),
    ("warc_record_id", _STR),
    ("warc_offset", _INT),
    ("fetch_date", _STR),
    ("content_type", _STR),
]
_CHILD_FIELDS = [("shard_id", _STR), ("doc_key", _STR), ("article_id", _STR), ("position", pa.int32())]


def _span_fields(name: str) -> list[tuple[str, pa.DataType]]:
    return [(f"{name}_start", _INT), (f"{name}_end", _INT)]


SCHEMAS: dict[str, pa.Schema] = {
    "articles": pa.schema(
        [
            *_DOC_FIELDS,
            ("article_id", _STR),
            ("title", _STR),
            ("byline", pa.list_(_STR)),
            ("agency", _STR),
            ("published", pa.date32()),
            ("published_time", _STR),
            ("updated", pa.date32()),
            ("section", _STR),
            ("lede", _STR),
            ("outlet", _STR),
            ("language", _STR),
            ("text", _STR),
            *[(f"n_{name}", _INT) for name in ("attributions", "markers", "sentences", "claims", "entities")],
            ("pipeline_json", _STR),
            ("article_json", _STR),
        ]
    ),
    "attributions": pa.schema(
        [
            *_CHILD_FIELDS,
            *_span_fields("cue"),
            ("cue_text", _STR),
            *_span_fields("source"),
            ("source_text", _STR),
            ("source_name", _STR),
            ("source_kind", _STR),
            ("role", _STR),
            *_span_fields("content"),
            ("content_text", _STR),
            ("kind", _STR),
            *_span_fields("via"),
            ("via_name", _STR),
            ("stance", _STR),
            ("rule", _STR),
            ("record_json", _STR),
        ]
    ),
    "markers": pa.schema(
        [
            *_CHILD_FIELDS,
            *_span_fields("span"),
            ("class", _STR),
            ("text", _STR),
            ("rule", _STR),
            ("record_json", _STR),
        ]
    ),
    "sentences": pa.schema(
        [*_CHILD_FIELDS, *_span_fields("span"), ("label", _STR), ("text", _STR), ("record_json", _STR)]
    ),
    "claims": pa.schema(
        [
            *_CHILD_FIELDS,
            *_span_fields("span"),
            ("text", _STR),
            ("label", _STR),
            ("attribution", _INT),
            ("source_name", _STR),
            ("source_kind", _STR),
            ("record_json", _STR),
        ]
    ),
    "entities": pa.schema(
        [
            *_CHILD_FIELDS,
            ("name", _STR),
            ("label", _STR),
            ("n_mentions", _INT),
            ("roles", pa.list_(_STR)),
            ("record_json", _STR),
        ]
    ),
    "rejections": pa.schema(
        [
            *_DOC_FIELDS,
            ("document_id", _STR),
            ("stage", _STR),
            ("reason", _STR),
            ("detail", _STR),
            ("record_json", _STR),
        ]
    ),
}
TABLES = tuple(SCHEMAS)
_CHILDREN: dict[str, type[BaseModel]] = {
    "attributions": Attribution,
    "markers": Marker,
    "sentences": Sentence,
    "claims": Claim,
    "entities": Entity,
}
# Rows buffered per table before they are written as a row group; articles carry their
# text, so they are flushed sooner: a shard's text is never all held in memory at once.
_ROWS_PER_FLUSH = 1024
_ARTICLES_PER_FLUSH = 64
# Record fields holding one (start, end) span: stored as two integer columns.
_SPAN_FIELDS = frozenset({"cue", "source", "content", "via", "span"})


def document_key(provenance: Provenance, fallback: str | None = None) -> str:
    """Where a document came from, unique per input document: file + record offset or position."""
    path = provenance.path or provenance.url or fallback or "<input>"
    if provenance.warc_offset is not None:
        return f"{path}@{provenance.warc_offset}"
    return f"{path}#{provenance.index}"


class BatchOutput:
    """Paths of one batch output directory (see the module docstring)."""

    def __init__(self, root: str | Path) -> None:
        self.root = Path(root)
        self.plan_file = self.root / "plan.json"
        self.stats_file = self.root / "stats.json"
        self.shards_dir = self.root / "shards"
        self.markers_dir = self.root / "done"

    def shard_dir(self, shard_id: str) -> Path:
        return self.shards_dir / shard_id

    def marker(self, shard_id: str) -> Path:
        return self.markers_dir / f"{shard_id}.json"

    def completed(self) -> list[str]:
        """Ids of the current plan's shards that have a completion marker, in plan order.

        Shards of an older plan (inputs changed since) are ignored even when marked.
        """
        if not self.markers_dir.is_dir():
            return []
        marked = {p.stem for p in self.markers_dir.glob("*.json")}
        if not self.plan_file.is_file():
            return sorted(marked)
        plan = ShardPlan.model_validate_json(self.plan_file.read_text(encoding="utf-8"))
        return [shard.id for shard in plan.shards if shard.id in marked]

    def read_table(self, name: str, shard_ids: list[str] | None = None) -> pa.Table:
        """One table over the given (default: all completed) shards."""
        ids = self.completed() if shard_ids is None else shard_ids
        parts = [pq.read_table(self.shard_dir(i) / f"{name}.parquet", schema=SCHEMAS[name]) for i in ids]
        return pa.concat_tables(parts) if parts else SCHEMAS[name].empty_table()


def write_atomically(path: Path, text: str) -> None:
    """Write a small file through a temporary name and a rename: readers never see half of it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


class ShardTableWriter:
    """Streams results and rejections of one shard into Parquet files in a temporary directory.

    `commit()` renames the directory into place; until then nothing is visible.
    """

    def __init__(self, output: BatchOutput, shard_id: str) -> None:
        self.shard_id = shard_id
        self.final_dir = output.shard_dir(shard_id)
        self.tmp_dir = output.shards_dir / f".{shard_id}.{uuid.uuid4().hex}.tmp"
        self.tmp_dir.mkdir(parents=True)
        self._rows: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLES}
        self._writers: dict[str, pq.ParquetWriter] = {}

    def add(self, item: AnalysisResult | Rejection) -> None:
        """Add one document's rows; flushes a table's buffer when it is full."""
        if isinstance(item, Rejection):
            self._rows["rejections"].append(_rejection_row(self.shard_id, item))
        else:
            for name, rows in _result_rows(self.shard_id, item).items():
                self._rows[name].extend(rows)
        for name, rows in self._rows.items():
            if len(rows) >= (_ARTICLES_PER_FLUSH if name in ("articles", "rejections") else _ROWS_PER_FLUSH):
                self._flush(name)

    def commit(self, stats_json: str) -> None:
        """Close every table (empty ones too), write stats.json and move the shard into place."""
        for name in TABLES:
            self._flush(name, force=True)
            self._writers.pop(name).close()
        (self.tmp_dir / "stats.json").write_text(stats_json, encoding="utf-8")
        if self.final_dir.exists():  # an earlier attempt whose marker was removed: replace it whole
            stale = self.final_dir.with_name(f".{self.shard_id}.{uuid.uuid4().hex}.stale")
            os.replace(self.final_dir, stale)
            shutil.rmtree(stale, ignore_errors=True)
        os.replace(self.tmp_dir, self.final_dir)

    def abort(self) -> None:
        """Drop the temporary directory (on error)."""
        for writer in self._writers.values():
            writer.close()
        shutil.rmtree(self.tmp_dir, ignore_errors=True)

    def _flush(self, name: str, *, force: bool = False) -> None:
        rows = self._rows[name]
        if not rows and not force:
            return
        if name not in self._writers:
            path = self.tmp_dir / f"{name}.parquet"
            self._writers[name] = pq.ParquetWriter(path, SCHEMAS[name], compression="zstd")
        if rows:
            self._writers[name].write_table(pa.Table.from_pylist(rows, schema=SCHEMAS[name]))
        self._rows[name] = []


def _doc_columns(shard_id: str, prov: Provenance, doc_key: str) -> dict[str, Any]:
    return {
        "shard_id": shard_id,
        "doc_key": doc_key,
        "path": prov.path,
        "url": prov.url,
        "reader": prov.reader,
        "input_index": prov.index,
        "warc_record_id": prov.warc_record_id,
        "warc_offset": prov.warc_offset,
        "fetch_date": prov.fetch_date.isoformat() if prov.fetch_date else None,
        "content_type": prov.content_type,
    }


def _rejection_row(shard_id: str, rejection: Rejection) -> dict[str, Any]:
    key = document_key(rejection.provenance, rejection.document_id)
    row = _doc_columns(shard_id, rejection.provenance, key)
    row.update(
        document_id=rejection.document_id,
        stage=rejection.stage.value,
        reason=rejection.reason.value,
        detail=rejection.detail,
        record_json=rejection.model_dump_json(),
    )
    return row


def _result_rows(shard_id: str, result: AnalysisResult) -> dict[str, list[dict[str, Any]]]:
    article = result.article
    key = document_key(article.provenance, article.id)
    row = _doc_columns(shard_id, article.provenance, key)
    row.update(article.model_dump(include={"title", "byline", "agency", "published", "updated", "section"}))
    row.update(article.model_dump(include={"lede", "outlet", "language", "text"}))
    row["published_time"] = article.published_time.isoformat() if article.published_time else None
    row["article_id"] = article.id
    row["pipeline_json"] = json.dumps(result.pipeline, ensure_ascii=False, default=str)
    row["article_json"] = article.model_dump_json(exclude={"text"})
    rows: dict[str, list[dict[str, Any]]] = {"articles": [row]}
    base = {"shard_id": shard_id, "doc_key": key, "article_id": article.id}
    for name in _CHILDREN:
        items: list[BaseModel] = getattr(result, name)
        row[f"n_{name}"] = len(items)
        rows[name] = [_child_row(base, position, item) for position, item in enumerate(items)]
    return rows


def _child_row(base: dict[str, Any], position: int, item: BaseModel) -> dict[str, Any]:
    """Flat columns of one attribution/marker/...: spans split into _start/_end, enums as strings."""
    data = item.model_dump(mode="json", by_alias=True)
    row = {**base, "position": position, "record_json": json.dumps(data, ensure_ascii=False)}
    for field, value in data.items():
        if field in _SPAN_FIELDS:
            row[f"{field}_start"], row[f"{field}_end"] = value if value is not None else (None, None)
        else:
            row[field] = value
    if isinstance(item, Entity):
        row["n_mentions"] = len(item.mentions)
    return row


def iter_shard_documents(shard_dir: Path) -> Iterator[AnalysisResult | Rejection]:
    """Turn one shard's tables back into records: results in input order, then rejections."""
    children: dict[str, dict[str, list[dict[str, Any]]]] = {}
    for name in _CHILDREN:
        grouped: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for row in pq.read_table(
            shard_dir / f"{name}.parquet", columns=["doc_key", "position", "record_json"]
        ).to_pylist():
            grouped[row["doc_key"]].append(row)
        children[name] = grouped
    articles = pq.read_table(
        shard_dir / "articles.parquet", columns=["doc_key", "text", "pipeline_json", "article_json"]
    )
    for row in articles.to_pylist():
        article = Article.model_validate({**json.loads(row["article_json"]), "text": row["text"]})
        parts: dict[str, list[Any]] = {}
        for name, model in _CHILDREN.items():
            ordered = sorted(children[name].get(row["doc_key"], []), key=lambda r: r["position"])
            parts[name] = [model.model_validate_json(r["record_json"]) for r in ordered]
        yield AnalysisResult(article=article, pipeline=json.loads(row["pipeline_json"]), **parts)
    for row in pq.read_table(shard_dir / "rejections.parquet", columns=["record_json"]).to_pylist():
        yield Rejection.model_validate_json(row["record_json"])
