"""FeedReader: RSS and Atom files (feedparser), one document per entry.

An entry's content (or summary) becomes a small HTML page carrying its title,
author and dates as meta tags, so the HTML extractor reads it like any page;
the same fields are kept in `RawDocument.metadata` for the metadata cascade.
"""

from __future__ import annotations

import html
from collections.abc import Iterator
from datetime import UTC, datetime
from time import struct_time
from typing import Any

import feedparser

from kildespor.config import IngestSettings
from kildespor.ingest.text import document_from_bytes
from kildespor.records import Provenance, RawDocument, ReasonCode, Rejection, Stage


class FeedReader:
    """Reads every entry of an RSS/Atom feed file."""

    name = "feed"

    def __init__(self, settings: IngestSettings) -> None:
        self.settings = settings

    def read_bytes(self, data: bytes, path: str) -> Iterator[RawDocument | Rejection]:
        """One document per entry; a feed without entries is one Rejection naming the parser's complaint."""
        base = Provenance(path=path, reader=self.name)
        if len(data) > self.settings.max_bytes:
            yield _reject(ReasonCode.TOO_LARGE, f"{len(data)} bytes > limit {self.settings.max_bytes}", base)
            return
        try:
            parsed = feedparser.parse(data, sanitize_html=False, resolve_relative_uris=False)
        except Exception as exc:  # feedparser is lenient, but its XML back ends can still raise
            yield _reject(ReasonCode.MALFORMED_HTML, f"feed parser failed: {type(exc).__name__}: {exc}", base)
            return
        entries = list(parsed.get("entries") or [])
        if not entries:
            problem = parsed.get("bozo_exception")
            detail = f"no feed entries ({problem})" if problem else "no feed entries"
            yield _reject(ReasonCode.EMPTY, detail[:300], base)
            return
        for index, entry in enumerate(entries):
            yield self._document(entry, base.model_copy(update={"index": index}))

    def _document(self, entry: Any, provenance: Provenance) -> RawDocument | Rejection:
        url = _text(entry.get("link"))
        fields = {
            "title": _text(entry.get("title")),
            "author": _text(entry.get("author")),
            "date": _iso(entry.get("published_parsed")) or _text(entry.get("published")),
            # dict.get: feedparser's own get() maps a missing "updated" to "published", with a warning.
            "updated": _iso(dict.get(entry, "updated_parsed")) or _text(dict.get(entry, "updated")),
            "section": _text((entry.get("tags") or [{}])[0].get("term")),
            "url": url,
        }
        body = _entry_body(entry)
        page = _entry_page(fields, body)
        provenance = provenance.model_copy(update={"url": url, "content_type": "text/html"})
        item = document_from_bytes(
            page.encode("utf-8"), provenance, self.settings, fmt="html", declared_encoding="utf-8"
        )
        if isinstance(item, RawDocument):
            item.metadata.update({key: value for key, value in fields.items() if value})
        return item


def _entry_body(entry: Any) -> str:
    """The fullest HTML the entry has: content:encoded/Atom content, else the summary."""
    contents = [c.get("value", "") for c in entry.get("content") or [] if isinstance(c, dict)]
    best = max(contents, key=len, default="")
    summary = _text(entry.get("summary")) or ""
    return best if len(best) >= len(summary) else summary


def _entry_page(fields: dict[str, str | None], body: str) -> str:
    """A minimal HTML page for the extractor, with the entry's fields as standard meta tags."""
    metas = {
        "author": fields["author"],
        "article:published_time": fields["date"],
        "article:modified_time": fields["updated"],
        "article:section": fields["section"],
        "og:url": fields["url"],
    }
    head = "".join(
        f'<meta property="{key}" content="{html.escape(value)}">' for key, value in metas.items() if value
    )
    title = html.escape(fields["title"] or "")
    return (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title>{head}</head>'
        f"<body><article><h1>{title}</h1>{body}</article></body></html>"
    )


def _text(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _iso(value: Any) -> str | None:
    """feedparser's parsed time (UTC struct_time) → ISO 8601."""
    if not isinstance(value, struct_time):
        return None
    try:
        return datetime(*value[:6], tzinfo=UTC).isoformat()
    except (ValueError, TypeError):
        return None


def _reject(reason: ReasonCode, detail: str, provenance: Provenance) -> Rejection:
    return Rejection(stage=Stage.INGEST, reason=reason, detail=detail, provenance=provenance)
