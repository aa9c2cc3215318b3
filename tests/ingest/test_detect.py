"""choose_reader / detect_format: by suffix first, then by the first bytes."""

from __future__ import annotations

import gzip

import pytest

from kildespor.config import IngestSettings
from kildespor.ingest.detect import choose_reader, detect_format, sniff_format


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("crawl.warc.gz", "warc"),
        ("crawl.WARC", "warc"),
        ("old.arc.gz", "warc"),
        ("old.arc", "warc"),
        ("export.jsonl", "jsonl"),
        ("export.ndjson", "jsonl"),
        ("export.jsonl.gz", "jsonl"),
        ("records.json", "jsonl"),
        ("page.html", "html"),
        ("page.HTM", "html"),
        ("news.rss", "feed"),
        ("news.atom", "feed"),
        ("article.txt", "text"),
    ],
)
def test_detect_format_by_suffix(path: str, expected: str) -> None:
    assert detect_format(path, b"whatever") == expected


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        (b"WARC/1.0\r\nWARC-Type: warcinfo\r\n", "warc"),
        (gzip.compress(b"WARC/1.1\r\nWARC-Type: response\r\n"), "warc"),
        (b"filedesc://x.arc 0.0.0.0 20140101000000 text/plain 10\n", "warc"),
        (b'{"text": "hej"}\n{"text": "igen"}\n', "jsonl"),
        (gzip.compress(b'{"text": "hej"}\n'), "jsonl"),
        (b'[{"text": "hej"}]', "jsonl"),
        (b'<?xml version="1.0"?><rss version="2.0"><channel>', "feed"),
        (b'<?xml version="1.0"?>\n<feed xmlns="http://www.w3.org/2005/Atom">', "feed"),
        (b"\xef\xbb\xbf<!DOCTYPE html><html><head>", "html"),
        (b"  <html lang='da'><body><p>Hej</p>", "html"),
        (b"Overskrift\n\nBr\xc3\xb8dtekst om noget.", "text"),
        (b"", "text"),
        (b"\x1f\x8b\x00garbage", "text"),
    ],
)
def test_sniff_format_by_content(head: bytes, expected: str) -> None:
    assert sniff_format(head) == expected
    assert detect_format("no-suffix", head) == expected


@pytest.mark.parametrize(
    ("path", "head", "reader"),
    [
        ("a.warc", b"", "warc"),
        ("a.jsonl", b"", "jsonl"),
        ("a.rss", b"", "feed"),
        ("a.html", b"", "html"),
        ("a.txt", b"", "text"),
        ("-", b"<!doctype html><html>", "html"),
        ("-", b"Bare tekst", "text"),
    ],
)
def test_choose_reader_returns_reader_for_format(path: str, head: bytes, reader: str) -> None:
    assert choose_reader(path, head, IngestSettings()).name == reader
