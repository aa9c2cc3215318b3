"""Fuzzing every reader (and the HTML extractor): random and mangled bytes give documents or
Rejections, never an exception. Each reader gets 2,000 generated inputs."""

from __future__ import annotations

import gzip
import io
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from kildespor.config import ExtractSettings, IngestSettings
from kildespor.extract import extract_article
from kildespor.ingest.feeds import FeedReader
from kildespor.ingest.html import HtmlReader
from kildespor.ingest.jsonl import JsonlReader
from kildespor.ingest.text import TextReader
from kildespor.ingest.warc import WarcReader
from kildespor.records import Article, RawDocument, Rejection

WEB = Path(__file__).resolve().parents[1] / "data" / "web"
EXAMPLES = 2000
SETTINGS = IngestSettings(max_bytes=200_000)


def _warc_seed(gzipped: bool) -> bytes:
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=gzipped)
    headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
    for n in range(2):
        page = f"<html><body><p>Opdigtet side nummer {n} med æøå.</p></body></html>".encode()
        writer.write_record(
            writer.create_warc_record(
                f"https://x.example/{n}", "response", payload=io.BytesIO(page), http_headers=headers
            )
        )
    return buffer.getvalue()


SEEDS: dict[str, list[bytes]] = {
    "html": [
        (WEB / "article_da.html").read_bytes(),
        b"<html><meta charset=latin-1><p>\xe6\xf8\xe5</p></html>",
    ],
    "warc": [_warc_seed(True), _warc_seed(False)],
    "jsonl": [
        b'{"text": "hej", "url": "https://x.example"}\n{"html": "<p>hej</p>", "date": "2024-01-01"}\n',
        gzip.compress(b'{"text": "komprimeret"}\n'),
        json.dumps([{"text": "a"}, {"text": "b"}]).encode(),
    ],
    "feed": [(WEB / "feed_da.rss").read_bytes(), (WEB / "feed_da.atom").read_bytes()],
    "text": ["Overskrift\n\nAf Jens Fiktiv\n\nBrødtekst med æøå.".encode()],
}
READERS: dict[str, Callable[[], object]] = {
    "html": lambda: HtmlReader(SETTINGS),
    "warc": lambda: WarcReader(SETTINGS),
    "jsonl": lambda: JsonlReader(SETTINGS),
    "feed": lambda: FeedReader(SETTINGS),
    "text": lambda: TextReader(SETTINGS),
}


@st.composite
def mangled(draw: st.DrawFn, seeds: list[bytes]) -> bytes:
    """A seed document cut, spliced, overwritten and padded at random places."""
    data = bytearray(draw(st.sampled_from(seeds)))
    for _ in range(draw(st.integers(0, 6))):
        at = draw(st.integers(0, len(data)))
        op = draw(st.sampled_from(["cut", "insert", "delete", "flip", "duplicate"]))
        if op == "cut":
            del data[at:]
        elif op == "insert":
            data[at:at] = draw(st.binary(max_size=40))
        elif op == "delete":
            del data[at : at + draw(st.integers(1, 200))]
        elif op == "flip" and at < len(data):
            data[at] = draw(st.integers(0, 255))
        elif op == "duplicate":
            data[at:at] = data[max(0, at - 300) : at]
    return bytes(data)


def _inputs(kind: str) -> st.SearchStrategy[bytes]:
    return st.one_of(st.binary(max_size=3000), mangled(SEEDS[kind]))


def _check(items: list[object]) -> None:
    assert all(isinstance(item, RawDocument | Rejection) for item in items)


@pytest.mark.parametrize("kind", sorted(READERS))
def test_reader_fuzzed_bytes_never_raise(kind: str) -> None:
    @settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck), database=None)
    @given(data=_inputs(kind))
    def run(data: bytes) -> None:
        reader = READERS[kind]()
        _check(list(reader.read_bytes(data, f"fuzz.{kind}")))  # type: ignore[attr-defined]

    run()


@pytest.mark.parametrize(("kind", "suffix"), [("warc", ".warc.gz"), ("jsonl", ".jsonl")])
def test_reader_fuzzed_files_never_raise(kind: str, suffix: str, tmp_path: Path) -> None:
    path = tmp_path / f"fuzz{suffix}"

    @settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck), database=None)
    @given(data=_inputs(kind))
    def run(data: bytes) -> None:
        path.write_bytes(data)
        reader = READERS[kind]()
        _check(list(reader.read_path(path)))  # type: ignore[attr-defined]

    run()


@settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck), database=None)
@given(data=mangled(SEEDS["html"]))
def test_html_extractor_mangled_pages_never_raise(data: bytes) -> None:
    for raw in HtmlReader(SETTINGS).read_bytes(data, "fuzz.html"):
        if isinstance(raw, RawDocument):
            result = extract_article(raw, ExtractSettings())
            assert isinstance(result, Article | Rejection)
            if isinstance(result, Article):
                assert all(result.text[p.start : p.end] == p.text for p in result.paragraphs)
