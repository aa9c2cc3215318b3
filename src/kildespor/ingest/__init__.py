"""Stage 1: files and archives → RawDocument (or Rejection with a reason).

Entry point: `read_documents(paths, settings)`.
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

from kildespor.config import IngestSettings
from kildespor.ingest.decoding import decode_bytes, normalise_text
from kildespor.ingest.detect import choose_reader, expand_paths
from kildespor.ingest.text import document_from_bytes
from kildespor.records import Provenance, RawDocument, ReasonCode, Rejection, Stage

__all__ = ["decode_bytes", "document_from_bytes", "normalise_text", "read_documents", "read_text_document"]


def read_text_document(
    text: str, *, path: str | None = None, fmt: str = "text", normalise: bool = True
) -> RawDocument:
    """A RawDocument from text already in memory (API bodies, evaluation records).

    With `normalise=False` the text is kept exactly, so offsets match a gold file's text.
    """
    from kildespor.records import content_hash

    clean = normalise_text(text) if normalise else text
    return RawDocument(id=content_hash(clean), text=clean, format=fmt, provenance=Provenance(path=path))


def read_documents(
    paths: Iterable[str | Path], settings: IngestSettings | None = None, skipped: Counter[str] | None = None
) -> Iterator[RawDocument | Rejection]:
    """Yield one RawDocument or Rejection per input document; never raises on bad input.

    Args:
        paths: files, directories (walked recursively) or "-" for stdin.
        settings: reader settings (size limit, JSON Lines field mapping).
        skipped: when given, counts archive records skipped by type (requests, images, ...).
    """
    settings = settings or IngestSettings()
    for path in expand_paths(paths):
        if path == "-":
            data = sys.stdin.buffer.read()
            reader = choose_reader("-", data[:4096], settings, skipped)
            yield from reader.read_bytes(data, "-")
            continue
        yield from _read_path(Path(path), settings, skipped)


def _read_path(
    path: Path, settings: IngestSettings, skipped: Counter[str] | None = None
) -> Iterator[RawDocument | Rejection]:
    prov = Provenance(path=str(path))
    if not path.exists():
        yield Rejection(
            stage=Stage.INGEST, reason=ReasonCode.NOT_FOUND, detail="no such file", provenance=prov
        )
        return
    try:
        with path.open("rb") as handle:
            head = handle.read(4096)
        reader = choose_reader(str(path), head, settings, skipped)
        yield from (
            reader.read_path(path)
            if hasattr(reader, "read_path")
            else reader.read_bytes(_read_limited(path, settings), str(path))
        )
    except OSError as exc:
        yield Rejection(stage=Stage.INGEST, reason=ReasonCode.UNREADABLE, detail=str(exc), provenance=prov)


def _read_limited(path: Path, settings: IngestSettings) -> bytes:
    """Read at most max_bytes + 1 so an oversized file is rejected without loading all of it."""
    with path.open("rb") as handle:
        return handle.read(settings.max_bytes + 1)
