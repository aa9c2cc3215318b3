"""choose_reader(path): by suffix, then by sniffing the first bytes."""

from __future__ import annotations

import os
import zlib
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Protocol

from kildespor.config import IngestSettings
from kildespor.ingest.feeds import FeedReader
from kildespor.ingest.html import HtmlReader
from kildespor.ingest.jsonl import JsonlReader
from kildespor.ingest.text import TextReader
from kildespor.ingest.warc import WarcReader
from kildespor.records import RawDocument, Rejection


class Reader(Protocol):
    name: str

    def read_bytes(self, data: bytes, path: str) -> Iterator[RawDocument | Rejection]: ...


# Suffixes, longest first so ".warc.gz" wins over ".gz". Sources: ISO 28500 (WARC),
# the Internet Archive ARC format, jsonlines.org, RSS 2.0 and RFC 4287 (Atom).
_SUFFIX_FORMATS: tuple[tuple[str, str], ...] = (
    (".warc.gz", "warc"),
    (".arc.gz", "warc"),
    (".warc", "warc"),
    (".arc", "warc"),
    (".jsonl.gz", "jsonl"),
    (".ndjson.gz", "jsonl"),
    (".jsonl", "jsonl"),
    (".ndjson", "jsonl"),
    (".json", "jsonl"),
    (".html", "html"),
    (".htm", "html"),
    (".xhtml", "html"),
    (".shtml", "html"),
    (".rss", "feed"),
    (".atom", "feed"),
    (".rdf", "feed"),
    (".txt", "text"),
)
_FEED_ROOTS = (b"<rss", b"<feed", b"<rdf:rdf", b"<channel")
_HTML_ROOTS = (b"<!doctype html", b"<html", b"<head", b"<body", b"<meta", b"<title", b"<div", b"<article")


def detect_format(path: str, head: bytes) -> str:
    """ "warc" | "jsonl" | "feed" | "html" | "text": by suffix, then by the first bytes."""
    name = path.lower()
    for suffix, fmt in _SUFFIX_FORMATS:
        if name.endswith(suffix):
            return fmt
    return sniff_format(head)


def sniff_format(head: bytes) -> str:
    """The format the first bytes look like; plain text when nothing more specific fits."""
    if head.startswith(b"\x1f\x8b"):
        head = _gunzip_head(head)
    sample = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if sample.startswith((b"WARC/", b"filedesc://")):
        return "warc"
    if sample.startswith((b"{", b"[{", b"[\n", b"[ ")):
        return "jsonl"
    lowered = sample[:2048].lower()
    opens_as_feed = lowered.startswith(b"<?xml") or any(lowered.startswith(r) for r in _FEED_ROOTS)
    if opens_as_feed and any(root in lowered for root in _FEED_ROOTS):
        return "feed"
    if lowered.startswith(b"<") and any(root in lowered for root in _HTML_ROOTS):
        return "html"
    return "text"


def _gunzip_head(head: bytes) -> bytes:
    """The first decompressed bytes of a gzip stream (b"" when they cannot be read)."""
    try:
        return zlib.decompressobj(wbits=31).decompress(head, 2048)
    except zlib.error:
        return b""


def expand_paths(paths: Iterable[str | Path]) -> Iterator[str]:
    """Files as given; directories walked in sorted order (deterministic), hidden files skipped."""
    for item in paths:
        text = str(item)
        if text == "-" or not os.path.isdir(text):
            yield text
            continue
        for root, dirs, files in os.walk(text):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(files):
                if not name.startswith("."):
                    yield str(Path(root) / name)


def choose_reader(
    path: str, head: bytes, settings: IngestSettings, skipped: Counter[str] | None = None
) -> Reader:
    """The reader for one input, chosen by suffix, then by sniffing its first bytes.

    Args:
        path: the input's path ("-" for stdin).
        head: its first bytes (4 KB is plenty).
        settings: reader settings.
        skipped: counts archive records skipped by type (requests, images, ...), when given.
    """
    fmt = detect_format(path, head)
    if fmt == "warc":
        return WarcReader(settings, skipped)
    if fmt == "jsonl":
        return JsonlReader(settings)
    if fmt == "feed":
        return FeedReader(settings)
    if fmt == "html":
        return HtmlReader(settings)
    return TextReader(settings)
