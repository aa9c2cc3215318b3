"""TextReader: plain-text files (scraped articles), one document per file."""

from __future__ import annotations

from collections.abc import Iterator

from kildespor.config import IngestSettings
from kildespor.ingest.decoding import decode_bytes, looks_binary
from kildespor.records import Provenance, RawDocument, ReasonCode, Rejection, Stage, content_hash


def document_from_bytes(
    data: bytes,
    provenance: Provenance,
    settings: IngestSettings,
    *,
    fmt: str = "text",
    declared_encoding: str | None = None,
    repair: bool = True,
) -> RawDocument | Rejection:
    """Check and decode one document's bytes; every failure is a Rejection with a reason."""
    if len(data) > settings.max_bytes:
        return _reject(ReasonCode.TOO_LARGE, f"{len(data)} bytes > limit {settings.max_bytes}", provenance)
    if not data.strip():
        return _reject(ReasonCode.EMPTY, "the document is empty", provenance)
    if looks_binary(data):
        return _reject(ReasonCode.BINARY, "binary content, not text or HTML", provenance)
    decoded = decode_bytes(data, declared_encoding, repair=repair)
    if decoded is None:
        return _reject(ReasonCode.UNDECODABLE, "no character encoding fits these bytes", provenance)
    if not decoded.text.strip():
        return _reject(ReasonCode.EMPTY, "no text after decoding", provenance)
    prov = provenance.model_copy(update={"encoding": decoded.encoding})
    return RawDocument(id=content_hash(decoded.text), text=decoded.text, format=fmt, provenance=prov)


def _reject(reason: ReasonCode, detail: str, provenance: Provenance) -> Rejection:
    return Rejection(stage=Stage.INGEST, reason=reason, detail=detail, provenance=provenance)


class TextReader:
    """Reads a whole file as one scraped-text article."""

    name = "text"

    def __init__(self, settings: IngestSettings) -> None:
        self.settings = settings

    def read_bytes(self, data: bytes, path: str) -> Iterator[RawDocument | Rejection]:
        yield document_from_bytes(data, Provenance(path=path, reader=self.name), self.settings)
