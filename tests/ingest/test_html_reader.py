"""HtmlReader: one page per file, charset from <meta>, bad bytes become Rejections."""

from __future__ import annotations

import pytest

from kildespor.config import IngestSettings
from kildespor.ingest.html import HtmlReader
from kildespor.records import RawDocument, ReasonCode, Rejection

PAGE = "<html><head><meta charset='{charset}'><title>Ærø</title></head><body><p>Blåbær og rødgrød.</p></body></html>"


@pytest.mark.parametrize("charset", ["utf-8", "iso-8859-1", "windows-1252"])
def test_html_reader_decodes_declared_charset(charset: str) -> None:
    data = PAGE.format(charset=charset).encode("utf-8" if charset == "utf-8" else "cp1252")
    [item] = HtmlReader(IngestSettings()).read_bytes(data, "side.html")
    assert isinstance(item, RawDocument)
    assert item.format == "html"
    assert "Blåbær og rødgrød" in (item.text or "")
    assert item.provenance.path == "side.html"
    assert item.provenance.reader == "html"


def test_html_reader_undeclared_cp1252_is_detected() -> None:
    data = "<html><body><p>Søren og Åse spiste blåbærgrød på Ærø i går.</p></body></html>".encode("cp1252")
    [item] = HtmlReader(IngestSettings()).read_bytes(data, "side.html")
    assert isinstance(item, RawDocument)
    assert "Søren og Åse spiste blåbærgrød" in (item.text or "")


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", ReasonCode.EMPTY),
        (b"   \n\t ", ReasonCode.EMPTY),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 2, ReasonCode.BINARY),
        (b"<html>" + b"x" * 2000, ReasonCode.TOO_LARGE),
    ],
)
def test_html_reader_bad_input_is_rejected_with_reason(data: bytes, reason: ReasonCode) -> None:
    [item] = HtmlReader(IngestSettings(max_bytes=1000)).read_bytes(data, "bad.html")
    assert isinstance(item, Rejection)
    assert item.reason == reason
    assert "bad.html" in item.error
