"""JsonlReader: JSON Lines exports (one JSON object per line), streamed line by line.

Which keys hold the text, HTML, URL, date and title comes from IngestSettings
(`--text-field` etc.); dotted names reach into nested objects ("meta.url").
A record with HTML becomes an HTML document; one with only text, a text
document. A line that is not JSON, too long or lacks both fields becomes a
Rejection naming the file and line number; the next line is read as usual.
"""

from __future__ import annotations

import gzip
import io
import json
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from kildespor.config import IngestSettings
from kildespor.ingest.decoding import charset_from_meta, normalise_text
from kildespor.ingest.text import document_from_bytes
from kildespor.records import Provenance, RawDocument, ReasonCode, Rejection, Stage

_GZIP_MAGIC = b"\x1f\x8b"
_CHUNK = 1 << 20


class JsonlReader:
    """Streams one document per JSON Lines record; a JSON array file is read as a list of records."""

    name = "jsonl"

    def __init__(self, settings: IngestSettings) -> None:
        self.settings = settings

    def read_path(self, path: Path) -> Iterator[RawDocument | Rejection]:
        """Records of one file (plain or gzipped), streamed with bounded memory per line."""
        with path.open("rb") as raw:
            head = raw.read(4096)
        if _whole_document(head, path.name):  # a pretty-printed JSON array or object: read whole
            with path.open("rb") as raw:
                yield from self._read_whole(raw.read(self.settings.max_bytes + 1), str(path))
            return
        opener = gzip.open if head.startswith(_GZIP_MAGIC) else open
        with opener(path, "rb") as handle:
            yield from self._read_stream(handle, str(path))

    def read_bytes(self, data: bytes, path: str) -> Iterator[RawDocument | Rejection]:
        """Records of JSON Lines held in memory (stdin)."""
        if _whole_document(data[:4096], path):
            yield from self._read_whole(data, path)
            return
        stream: io.BufferedIOBase = io.BytesIO(data)
        if data.startswith(_GZIP_MAGIC):
            stream = gzip.GzipFile(fileobj=stream)
        yield from self._read_stream(stream, path)

    def _read_whole(self, data: bytes, path: str) -> Iterator[RawDocument | Rejection]:
        provenance = Provenance(path=path, reader=self.name)
        if len(data) > self.settings.max_bytes:
            yield _reject(
                ReasonCode.TOO_LARGE, f"JSON document larger than {self.settings.max_bytes} bytes", provenance
            )
            return
        yield from self._records(data, provenance)

    def _read_stream(self, stream: io.BufferedIOBase, path: str) -> Iterator[RawDocument | Rejection]:
        try:
            for number, line, too_long in _lines(stream, self.settings.max_bytes):
                provenance = Provenance(path=path, reader=self.name, index=number)
                if too_long:
                    yield _reject(
                        ReasonCode.TOO_LARGE,
                        f"line {number + 1} exceeds {self.settings.max_bytes} bytes",
                        provenance,
                    )
                elif line.strip():
                    yield from self._records(line, provenance)
        except (OSError, EOFError, ValueError, zlib.error) as exc:  # truncated or corrupt gzip
            yield _reject(
                ReasonCode.UNREADABLE,
                f"stream ended badly: {type(exc).__name__}: {exc}",
                Provenance(path=path, reader=self.name),
            )

    def _records(self, line: bytes, provenance: Provenance) -> Iterator[RawDocument | Rejection]:
        try:
            value = json.loads(line)
        except (ValueError, RecursionError) as exc:
            yield _reject(ReasonCode.MALFORMED_JSON, f"line {provenance.index + 1}: {exc}"[:300], provenance)
            return
        if isinstance(value, list):  # a .json file holding an array of records
            for position, item in enumerate(value):
                yield self.document(item, provenance.model_copy(update={"index": position}))
        else:
            yield self.document(value, provenance)

    def document(self, record: Any, provenance: Provenance) -> RawDocument | Rejection:
        """One JSON record → RawDocument through the configured field mapping."""
        where = f"record {provenance.index + 1}"
        if not isinstance(record, dict):
            return _reject(
                ReasonCode.MALFORMED_JSON, f"{where} is {type(record).__name__}, not an object", provenance
            )
        s = self.settings
        url, date, title = (_field(record, name) for name in (s.url_field, s.date_field, s.title_field))
        provenance = provenance.model_copy(update={"url": url})
        html, text = _field(record, s.html_field), _field(record, s.text_field)
        if html is None and text is None:
            return _reject(
                ReasonCode.MISSING_FIELD,
                f"{where} has neither '{s.text_field}' nor '{s.html_field}' "
                f"(set --text-field to the key that holds the text)",
                provenance,
            )
        body = (html if html is not None else text or "").encode("utf-8", errors="replace")
        fmt = "html" if html is not None else "text"
        declared = charset_from_meta(body) if html is not None else None
        item = document_from_bytes(body, provenance, s, fmt=fmt, declared_encoding=declared or "utf-8")
        if isinstance(item, RawDocument):
            known = {"title": title, "date": date, "url": url}
            item.metadata.update({key: normalise_text(value) for key, value in known.items() if value})
        return item


def _whole_document(head: bytes, name: str) -> bool:
    """A JSON array, or a .json file whose object spans several lines, is one JSON document."""
    start = head.lstrip()
    if start.startswith(b"["):
        return True
    first_line = start.split(b"\n", 1)[0].strip()
    return name.lower().endswith(".json") and start.startswith(b"{") and not first_line.endswith(b"}")


def _field(record: dict[str, Any], name: str) -> str | None:
    """The value under a (dotted) key as text; None when absent or empty."""
    value: Any = record
    for part in name.split("."):
        if not isinstance(value, dict) or part not in value:
            return None
        value = value[part]
    if value is None or isinstance(value, dict | list):
        return None
    text = str(value).strip()
    return text or None


def _lines(stream: io.BufferedIOBase, limit: int) -> Iterator[tuple[int, bytes, bool]]:
    """(line number, line, too long) for each line, never holding more than `limit` bytes of one."""
    number = 0
    while True:
        line = stream.readline(_CHUNK)
        if not line:
            return
        parts, size, too_long = [line], len(line), False
        while not line.endswith(b"\n"):
            line = stream.readline(_CHUNK)
            if not line:
                break
            size += len(line)
            if size > limit:
                too_long, parts = True, []
            elif not too_long:
                parts.append(line)
        yield number, b"".join(parts), too_long
        number += 1


def _reject(reason: ReasonCode, detail: str, provenance: Provenance) -> Rejection:
    return Rejection(stage=Stage.INGEST, reason=reason, detail=detail, provenance=provenance)
