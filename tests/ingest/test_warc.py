"""WarcReader: HTML responses and resources become documents, everything else is counted,
broken archives end in a Rejection, never an exception."""

from __future__ import annotations

import gzip
import io
from collections import Counter
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from kildespor.config import IngestSettings
from kildespor.ingest import read_documents
from kildespor.ingest.warc import WarcReader
from kildespor.records import RawDocument, ReasonCode, Rejection

PAGE = "<html><head><title>Opdigtet</title></head><body><p>Søren spiste rødgrød på Ærø.</p></body></html>"


def _archive(gzipped: bool = True, charset: str = "utf-8") -> bytes:
    """An invented archive: warcinfo, request, HTML response, PNG response, text resource, metadata."""
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=gzipped)
    writer.write_record(writer.create_warcinfo_record("test.warc", {"software": "kildespor tests"}))
    request = StatusAndHeaders("GET / HTTP/1.1", [("Host", "avis.example")], is_http_request=True)
    writer.write_record(writer.create_warc_record("https://avis.example/a", "request", http_headers=request))
    headers = StatusAndHeaders(
        "200 OK", [("Content-Type", f"text/html; charset={charset}")], protocol="HTTP/1.1"
    )
    body = PAGE.encode(charset)
    writer.write_record(
        writer.create_warc_record(
            "https://avis.example/a", "response", payload=io.BytesIO(body), http_headers=headers
        )
    )
    image = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
    writer.write_record(
        writer.create_warc_record(
            "https://avis.example/b.png",
            "response",
            payload=io.BytesIO(b"\x89PNG\x00\x00"),
            http_headers=image,
        )
    )
    writer.write_record(
        writer.create_warc_record(
            "https://avis.example/c.txt",
            "resource",
            payload=io.BytesIO(b"En opdigtet tekst som ressource."),
            warc_content_type="text/plain",
        )
    )
    writer.write_record(
        writer.create_warc_record(
            "https://avis.example/a",
            "metadata",
            payload=io.BytesIO(b"via: test"),
            warc_content_type="application/warc-fields",
        )
    )
    return buffer.getvalue()


@pytest.mark.parametrize("gzipped", [True, False])
def test_warc_reader_documents_and_skipped_counts(tmp_path: Path, gzipped: bool) -> None:
    path = tmp_path / ("crawl.warc.gz" if gzipped else "crawl.warc")
    path.write_bytes(_archive(gzipped))
    reader = WarcReader(IngestSettings())
    items = list(reader.read_path(path))
    assert [type(i) for i in items] == [RawDocument, RawDocument]
    page, text = items
    assert isinstance(page, RawDocument) and isinstance(text, RawDocument)
    assert page.format == "html" and "Søren spiste rødgrød" in (page.text or "")
    assert text.format == "text"
    assert page.provenance.url == "https://avis.example/a"
    assert page.provenance.warc_record_id and page.provenance.warc_record_id.startswith("<urn:uuid:")
    assert page.provenance.fetch_date is not None
    assert page.provenance.warc_offset is not None and page.provenance.warc_offset > 0
    assert reader.skipped == Counter({"warcinfo": 1, "request": 1, "metadata": 1, "response image/png": 1})
    assert reader.records_read == len(items) + sum(reader.skipped.values())


def test_warc_reader_offset_points_at_record(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc"
    path.write_bytes(_archive(gzipped=False))
    page = next(WarcReader(IngestSettings()).read_path(path))
    assert isinstance(page, RawDocument) and page.provenance.warc_offset is not None
    assert path.read_bytes()[page.provenance.warc_offset :].startswith(b"WARC/1.")


def test_warc_reader_uses_http_header_charset(tmp_path: Path) -> None:
    path = tmp_path / "latin.warc.gz"
    path.write_bytes(_archive(charset="iso-8859-1"))
    page = next(WarcReader(IngestSettings()).read_path(path))
    assert isinstance(page, RawDocument)
    assert "Søren spiste rødgrød på Ærø" in (page.text or "")
    assert page.provenance.encoding == "cp1252"


def test_warc_reader_truncated_archive_ends_with_rejection(tmp_path: Path) -> None:
    data = _archive(gzipped=False)
    path = tmp_path / "cut.warc"
    path.write_bytes(data[: data.index(b"c.txt") + 40])
    items = list(WarcReader(IngestSettings()).read_path(path))
    assert isinstance(items[0], RawDocument)
    assert all(isinstance(i, RawDocument | Rejection) for i in items)


def test_warc_reader_non_chunked_gzip_is_recovered(tmp_path: Path) -> None:
    path = tmp_path / "whole.warc.gz"
    path.write_bytes(gzip.compress(_archive(gzipped=False)))
    items = list(WarcReader(IngestSettings()).read_path(path))
    assert [type(i) for i in items] == [RawDocument, RawDocument]


def test_warc_reader_record_without_type_is_counted() -> None:
    reader = WarcReader(IngestSettings())
    assert list(reader.read_bytes(b"WARC/1.0\r\nnonsense\r\n\r\n", "odd.warc")) == []
    assert reader.skipped == Counter({"unknown": 1})


@pytest.mark.parametrize("data", [b"", b"\x1f\x8b\x08\x00garbage", b"<html>not warc", b"\x00" * 100])
def test_warc_reader_garbage_is_malformed_warc(data: bytes) -> None:
    items = list(WarcReader(IngestSettings()).read_bytes(data, "bad.warc"))
    assert items and isinstance(items[-1], Rejection)
    assert items[-1].reason == ReasonCode.MALFORMED_WARC
    assert "bad.warc" in items[-1].error


def test_read_documents_reports_skipped_records(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(_archive())
    skipped: Counter[str] = Counter()
    items = list(read_documents([path], skipped=skipped))
    assert len(items) == 2
    assert skipped["request"] == 1


@pytest.mark.shared
def test_warc_reader_every_shared_sample_gives_records_and_counts_add_up(shared_dir: Path) -> None:
    samples = sorted(p for p in (shared_dir / "data" / "warc-samples").iterdir() if p.name != "LICENSE")
    assert len(samples) == 16
    documents = 0
    for path in samples:
        reader = WarcReader(IngestSettings())
        items = list(reader.read_path(path))
        assert items or reader.skipped, f"{path.name} gave nothing at all"
        broken = [
            i
            for i in items
            if isinstance(i, Rejection)
            and i.reason == ReasonCode.MALFORMED_WARC
            and i.provenance.warc_record_id is None
        ]
        per_record = len(items) - len(broken)
        assert reader.records_read == per_record + sum(reader.skipped.values()), path.name
        assert len(broken) <= 1
        assert all(path.name in i.error for i in items if isinstance(i, Rejection))
        documents += sum(isinstance(i, RawDocument) for i in items)
    assert documents >= 12
