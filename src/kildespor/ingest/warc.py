"""WarcReader: web archives (WARC and ARC, plain or gzipped), streamed record by record.

Response records holding HTML and resource records holding HTML or text become
documents; every other record (requests, metadata, revisits, images, ...) is
skipped and counted by type. A broken archive yields the records read so far
plus a Rejection naming the file, offset and reason; it never raises.
"""

from __future__ import annotations

import gzip
import io
from collections import Counter
from collections.abc import Generator, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

from warcio.archiveiterator import ArchiveIterator

from kildespor.config import IngestSettings
from kildespor.ingest.decoding import charset_from_content_type
from kildespor.ingest.html import html_document
from kildespor.ingest.text import document_from_bytes
from kildespor.records import Provenance, RawDocument, ReasonCode, Rejection, Stage

_HTML_TYPES = ("text/html", "application/xhtml+xml")
_TEXT_TYPES = ("text/plain",)
# Crawler logs and DNS lookups stored as resource records: not pages.
_CRAWLER_SCHEMES = ("metadata:", "dns:", "filedesc:", "warcinfo:")
_HTML_SNIFF = (b"<!doctype html", b"<html", b"<head", b"<body", b"<title", b"<meta", b"<article")
_ARCHIVE_ERRORS = (Exception,)  # warcio raises many types (ArchiveLoadFailed, zlib, EOFError, ValueError)


def looks_like_html(head: bytes) -> bool:
    """True when the first bytes open like an HTML page."""
    sample = head[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return sample.startswith(b"<") and any(tag in sample for tag in _HTML_SNIFF)


class _QuietArchiveIterator(ArchiveIterator):  # type: ignore[misc]
    """warcio's iterator without its stderr note on records with a wrong Content-Length.

    The record is still read (warcio recovers); the note would only break progress bars.
    """

    INC_RECORD = ""


class WarcReader:
    """Streams documents out of a WARC/ARC file without reading it whole."""

    name = "warc"

    def __init__(self, settings: IngestSettings, skipped: Counter[str] | None = None) -> None:
        self.settings = settings
        self.skipped: Counter[str] = skipped if skipped is not None else Counter()
        self.records_read = 0

    def read_path(self, path: Path) -> Iterator[RawDocument | Rejection]:
        """Documents of one archive file, streamed; a broken gzip framing is retried as one stream."""
        with path.open("rb") as handle:
            done = yield from self._read_stream(handle, str(path), skip=0)
        if done.failure is None:
            return
        if done.recoverable:
            # A non-chunked .warc.gz (one gzip member for the whole file) cannot be read
            # record by record; decompressing it as one stream recovers every record.
            with gzip.open(path, "rb") as stream:
                retry = yield from self._read_stream(stream, str(path), skip=done.records, whole_gzip=True)
            if retry.failure is None:
                return
            done = retry
        yield self._broken(str(path), done)

    def read_bytes(self, data: bytes, path: str) -> Iterator[RawDocument | Rejection]:
        """Documents of an archive held in memory (stdin)."""
        done = yield from self._read_stream(io.BytesIO(data), path, skip=0)
        if done.failure is not None and done.recoverable:
            with gzip.GzipFile(fileobj=io.BytesIO(data)) as stream:
                done = yield from self._read_stream(stream, path, skip=done.records, whole_gzip=True)
        if done.failure is not None:
            yield self._broken(path, done)

    def _read_stream(
        self, stream: io.BufferedIOBase, path: str, *, skip: int, whole_gzip: bool = False
    ) -> Generator[RawDocument | Rejection, None, _StreamEnd]:
        """Yield documents of records after the first `skip`; return how the stream ended."""
        state = _StreamEnd()
        try:
            records = _QuietArchiveIterator(stream, arc2warc=True)
            for record in records:
                item = self._document(record, path, records, state) if state.records >= skip else None
                state.offset = records.get_record_offset()  # reads the record to its end
                if item is not None:
                    yield item
                state.records += 1  # counted once handled, so a retry resumes at the failing record
        except _ARCHIVE_ERRORS as exc:
            state.failure = f"{type(exc).__name__}: {' '.join(str(exc).split())[:300]}"
            state.recoverable = not whole_gzip and "non-chunked gzip" in str(exc)
        if state.records == 0 and state.failure is None:  # not an archive: say so rather than yield nothing
            state.failure = "no WARC or ARC records found"
        return state

    def _document(
        self, record: Any, path: str, records: _QuietArchiveIterator, state: _StreamEnd
    ) -> RawDocument | Rejection | None:
        """One record → document, Rejection, or None (skipped and counted)."""
        self.records_read += 1
        kind = record.rec_type or "unknown"
        if kind not in ("response", "resource"):
            self.skipped[kind] += 1
            return None
        content_type = _content_type(record)
        target = record.rec_headers.get_header("WARC-Target-URI") or ""
        if target.startswith(_CRAWLER_SCHEMES):
            self.skipped[f"{kind} {target.split(':', 1)[0]}:"] += 1
            return None
        try:
            body = record.content_stream().read(self.settings.max_bytes + 1)
            failure = None
        except _ARCHIVE_ERRORS as exc:  # bad chunking or content encoding inside one record
            body, failure = b"", f"{type(exc).__name__}: {exc}"
        # The offset is known only once the record has been read to its end.
        offset = records.get_record_offset()
        provenance = _provenance(record, path, offset, state.records, content_type)
        if failure is not None:
            return Rejection(
                stage=Stage.INGEST,
                reason=ReasonCode.MALFORMED_WARC,
                detail=f"unreadable record payload: {failure[:300]}",
                provenance=provenance,
            )
        base_type = (content_type or "").split(";")[0].strip().lower()
        declared = charset_from_content_type(content_type)
        untyped = base_type in ("", "application/octet-stream")
        if base_type in _HTML_TYPES or (untyped and looks_like_html(body)):
            return html_document(body, provenance, self.settings, declared)
        if kind == "resource" and base_type in _TEXT_TYPES:
            return document_from_bytes(body, provenance, self.settings, declared_encoding=declared)
        self.skipped[f"{kind} {base_type or 'no content type'}"] += 1
        return None

    def _broken(self, path: str, state: _StreamEnd) -> Rejection:
        detail = f"archive broken after {state.records} record(s) near byte {state.offset}: {state.failure}"
        return Rejection(
            stage=Stage.INGEST,
            reason=ReasonCode.MALFORMED_WARC,
            detail=detail,
            provenance=Provenance(path=path, reader=self.name, warc_offset=state.offset),
        )


class _StreamEnd:
    """How far one pass over an archive got, and why it stopped."""

    def __init__(self) -> None:
        self.records = 0
        self.offset = 0
        self.failure: str | None = None
        self.recoverable = False


def _content_type(record: Any) -> str | None:
    """HTTP Content-Type for responses, the WARC Content-Type for resources."""
    if record.rec_type == "response" and record.http_headers is not None:
        value = record.http_headers.get_header("Content-Type")
        return str(value) if value else None
    value = record.rec_headers.get_header("Content-Type")
    if value and "application/http" in value:  # an ARC record whose HTTP headers were not parsed
        return None
    return str(value) if value else None


def _provenance(record: Any, path: str, offset: int, index: int, content_type: str | None) -> Provenance:
    headers = record.rec_headers
    return Provenance(
        path=path,
        url=headers.get_header("WARC-Target-URI"),
        reader="warc",
        index=index,
        warc_record_id=headers.get_header("WARC-Record-ID"),
        # In a non-chunked .warc.gz (read as one stream) the offset counts decompressed bytes.
        warc_offset=offset,
        fetch_date=_parse_date(headers.get_header("WARC-Date")),
        content_type=content_type,
    )


def _parse_date(value: str | None) -> datetime | None:
    """WARC-Date (ISO 8601, 'Z' suffix, optional fraction) → datetime, None when unreadable."""
    if not value:
        return None
    try:
        return datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
