"""Deterministic shards: which documents one batch task reads.

A plan cuts the inputs into shards of about `shard_size` documents. Small files
(one HTML page, one text article, a short WARC) are packed whole into shards in
input order; a large WARC or JSON Lines file is cut into record ranges at byte
offsets found by one indexing pass, so a 10 GB archive becomes many tasks.

A shard's id is a hash of what it reads (path, size, modification time, byte
range), so the same inputs always give the same shards and a changed file gives
new ones. The plan is kept in the output directory (`plan.json`) and reused
while the inputs are unchanged, so a rerun does not index large files again.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterable, Iterator
from functools import partial
from pathlib import Path
from typing import IO, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError
from warcio.archiveiterator import ArchiveIterator

from kildespor.config import IngestSettings
from kildespor.ingest import read_documents
from kildespor.ingest.detect import choose_reader, expand_paths
from kildespor.records import Provenance, RawDocument, Rejection

PLAN_VERSION = 1
_JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonlines")
_WARC_SUFFIXES = (".warc", ".warc.gz")
# Readers whose files hold many records and can be cut into record ranges.
_RECORD_READERS = {"warc", "jsonl"}
_SCAN_CHUNK = 1 << 20


class InputFile(BaseModel):
    """One input file as it was when planned: a change in size or time means a new plan."""

    model_config = ConfigDict(frozen=True)

    path: str
    size: int
    mtime_ns: int


class ShardUnit(BaseModel):
    """A whole file, or the records of one file between two byte offsets."""

    model_config = ConfigDict(frozen=True)

    file: InputFile
    start: int = Field(0, description="Byte offset of the first record (ranges only).")
    end: int | None = Field(None, description="Byte offset after the last record; None = whole file.")
    first_index: int = Field(0, description="Position of the first record within its file.")
    records: int = Field(1, description="Records in the unit (for WARC: all record types).")

    @property
    def is_range(self) -> bool:
        return self.end is not None


class ShardSpec(BaseModel):
    """One task's worth of input."""

    model_config = ConfigDict(frozen=True)

    id: str
    units: tuple[ShardUnit, ...]

    @property
    def records(self) -> int:
        """Records the shard reads (an upper bound on the documents it yields)."""
        return sum(unit.records for unit in self.units)


class ShardPlan(BaseModel):
    """Every shard of one batch run, in input order."""

    version: int = PLAN_VERSION
    shard_size: int
    inputs: list[InputFile]
    shards: list[ShardSpec]

    def matches(self, inputs: list[InputFile], shard_size: int) -> bool:
        """True when this plan was made for exactly these inputs and shard size."""
        return self.version == PLAN_VERSION and self.shard_size == shard_size and self.inputs == inputs


def list_inputs(paths: Iterable[str | Path]) -> list[InputFile]:
    """The input files as absolute paths (workers may run elsewhere), directories expanded in
    sorted order; missing files kept with size -1."""
    files: list[InputFile] = []
    for path in expand_paths(os.path.abspath(p) for p in paths):
        try:
            stat = Path(path).stat()
            files.append(InputFile(path=path, size=stat.st_size, mtime_ns=stat.st_mtime_ns))
        except OSError:
            # A missing input is still a document: reading it yields a `not_found` rejection.
            files.append(InputFile(path=path, size=-1, mtime_ns=0))
    return files


FileIndexer = Callable[[Callable[[InputFile], list[ShardUnit]], list[InputFile]], list[list[ShardUnit]]]
"""Maps a per-file indexing function over files (in this process, or on a cluster's workers)."""


def index_here(
    index: Callable[[InputFile], list[ShardUnit]], files: list[InputFile]
) -> list[list[ShardUnit]]:
    """The default FileIndexer: index the files one after another in this process."""
    return [index(file) for file in files]


def plan_shards(
    paths: Iterable[str | Path],
    shard_size: int,
    settings: IngestSettings | None = None,
    indexer: FileIndexer = index_here,
) -> ShardPlan:
    """Cut the inputs into deterministic shards of about `shard_size` records.

    Args:
        paths: input files and directories.
        shard_size: records per shard.
        settings: ingest settings (which reader reads a file).
        indexer: runs `file_units` over the WARC and JSON Lines files, which must be read
            once to find their record offsets; an executor passes one that uses its workers.
    """
    if shard_size < 1:
        raise ValueError("shard_size must be at least 1")
    settings = settings or IngestSettings()
    inputs = list_inputs(paths)
    record_files = [file for file in inputs if _maybe_records(file)]
    indexed = dict(
        zip(
            record_files,
            indexer(partial(file_units, shard_size=shard_size, settings=settings), record_files),
            strict=True,
        )
    )
    shards: list[ShardSpec] = []
    pending: list[ShardUnit] = []
    for unit in (u for file in inputs for u in indexed.get(file, [ShardUnit(file=file)])):
        if unit.is_range:
            shards.append(_spec((unit,)))
            continue
        if pending and sum(u.records for u in pending) + unit.records > shard_size:
            shards.append(_spec(tuple(pending)))
            pending = []
        pending.append(unit)
    if pending:
        shards.append(_spec(tuple(pending)))
    return ShardPlan(shard_size=shard_size, inputs=inputs, shards=shards)


def load_or_plan(
    paths: Iterable[str | Path],
    shard_size: int,
    plan_file: Path,
    settings: IngestSettings | None = None,
    indexer: FileIndexer = index_here,
) -> ShardPlan:
    """The saved plan when it still fits the inputs, else a new plan (saved atomically)."""
    path_list = list(paths)
    saved = saved_plan(path_list, shard_size, plan_file)
    if saved is not None:
        return saved
    plan = plan_shards(path_list, shard_size, settings, indexer)
    plan_file.parent.mkdir(parents=True, exist_ok=True)
    tmp = plan_file.with_name(plan_file.name + ".tmp")
    tmp.write_text(plan.model_dump_json(indent=1), encoding="utf-8")
    tmp.replace(plan_file)
    return plan


def saved_plan(paths: Iterable[str | Path], shard_size: int, plan_file: Path) -> ShardPlan | None:
    """The plan saved in `plan_file` when it was made for these inputs, unchanged, else None."""
    try:
        saved = ShardPlan.model_validate_json(plan_file.read_text(encoding="utf-8"))
    except (OSError, ValidationError):  # none yet, or from another version: plan again
        return None
    return saved if saved.matches(list_inputs(paths), shard_size) else None


def read_shard(shard: ShardSpec, settings: IngestSettings) -> Iterator[RawDocument | Rejection]:
    """Stream the documents of one shard: whole files through the ingest stage, ranges record by record."""
    for unit in shard.units:
        if unit.is_range:
            yield from _read_range(unit, settings)
        else:
            yield from read_documents([unit.file.path], settings)


def _read_range(unit: ShardUnit, settings: IngestSettings) -> Iterator[RawDocument | Rejection]:
    """Records between two offsets, with positions shifted back to the whole file's."""
    assert unit.end is not None
    with open(unit.file.path, "rb") as handle:
        handle.seek(unit.start)
        # A range holds at most shard_size records: read once, then stream documents out of it.
        data = handle.read(unit.end - unit.start)
    reader = choose_reader(unit.file.path, data[:4096], settings)
    for item in reader.read_bytes(data, unit.file.path):
        yield _shift(item, unit)


def _shift(item: RawDocument | Rejection, unit: ShardUnit) -> RawDocument | Rejection:
    """Provenance of a record read from a range → its position in the whole file."""
    prov = item.provenance
    update: dict[str, object] = {"index": prov.index + unit.first_index}
    if prov.warc_offset is not None:
        update["warc_offset"] = prov.warc_offset + unit.start
    shifted: Provenance = prov.model_copy(update=update)
    return item.model_copy(update={"provenance": shifted})


def _spec(units: tuple[ShardUnit, ...]) -> ShardSpec:
    digest = hashlib.sha256()
    for unit in units:
        key = f"{unit.file.path}\0{unit.file.size}\0{unit.file.mtime_ns}\0{unit.start}\0{unit.end}\n"
        digest.update(key.encode("utf-8", "surrogateescape"))
    return ShardSpec(id=digest.hexdigest()[:16], units=units)


def _maybe_records(file: InputFile) -> bool:
    """A file that may hold many records (by its name): it has to be indexed."""
    return file.size > 0 and file.path.lower().endswith(_WARC_SUFFIXES + _JSONL_SUFFIXES)


def file_units(file: InputFile, shard_size: int, settings: IngestSettings) -> list[ShardUnit]:
    """One whole-file unit, or record ranges of `shard_size` for a record file larger than a shard."""
    kind = _record_kind(file, settings)
    if kind is None:
        return [ShardUnit(file=file)]
    starts = _record_offsets(Path(file.path), kind)
    if starts is None or len(starts) <= shard_size:
        return [ShardUnit(file=file, records=max(1, len(starts or ())))]
    units = []
    for first in range(0, len(starts), shard_size):
        chunk = starts[first : first + shard_size]
        end = starts[first + shard_size] if first + shard_size < len(starts) else file.size
        units.append(ShardUnit(file=file, start=chunk[0], end=end, first_index=first, records=len(chunk)))
    return units


def _record_kind(file: InputFile, settings: IngestSettings) -> Literal["warc", "jsonl"] | None:
    """'warc' or 'jsonl' when the ingest stage reads this file record by record, else None."""
    if not _maybe_records(file):
        return None
    with open(file.path, "rb") as handle:
        head = handle.read(4096)
    reader = getattr(choose_reader(file.path, head, settings), "name", "")
    if reader not in _RECORD_READERS or head.lstrip().startswith(b"["):
        return None  # read as one document (or one JSON array): keep it whole
    return "warc" if file.path.lower().endswith(_WARC_SUFFIXES) else "jsonl"


def _record_offsets(path: Path, kind: Literal["warc", "jsonl"]) -> list[int] | None:
    """Byte offset of every record; None when the file cannot be cut (e.g. one gzip stream)."""
    with path.open("rb") as handle:
        return _line_offsets(handle) if kind == "jsonl" else _warc_offsets(handle)


def _line_offsets(handle: IO[bytes]) -> list[int]:
    """Start of every line, found by scanning for newlines in 1 MB chunks."""
    offsets = [0]
    position = 0
    while chunk := handle.read(_SCAN_CHUNK):
        start = 0
        while (found := chunk.find(b"\n", start)) != -1:
            offsets.append(position + found + 1)
            start = found + 1
        position += len(chunk)
    if offsets[-1] >= position:  # no record starts after the last newline
        offsets.pop()
    return offsets


def _warc_offsets(handle: IO[bytes]) -> list[int] | None:
    """Start of every WARC record; None unless each record can be read from its own offset."""
    offsets: list[int] = []
    try:
        records = ArchiveIterator(handle, arc2warc=True)
        for _record in records:
            offsets.append(records.get_record_offset())
    except Exception:  # warcio raises many types on broken archives: read such a file whole
        return None
    return offsets if _cuttable(handle, offsets) else None


def _cuttable(handle: IO[bytes], offsets: list[int]) -> bool:
    """Every record starts its own gzip member or a plain WARC header at its offset."""
    for offset in offsets:
        handle.seek(offset)
        head = handle.read(4)
        if not (head.startswith(b"\x1f\x8b") or head == b"WARC"):
            return False
    return bool(offsets)
