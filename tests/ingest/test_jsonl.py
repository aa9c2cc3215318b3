"""JsonlReader: field mapping, bad lines as Rejections with line numbers, streaming."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from kildespor.config import IngestSettings
from kildespor.ingest.jsonl import JsonlReader
from kildespor.records import RawDocument, ReasonCode, Rejection

RECORDS = [
    {
        "text": "Første opdigtede artikel om vejret.",
        "url": "https://a.example/1",
        "date": "2024-01-02",
        "title": "Vejret",
    },
    {"html": "<html><body><p>Anden opdigtede artikel.</p></body></html>", "url": "https://a.example/2"},
]


def _jsonl(records: list[object]) -> bytes:
    return b"".join(json.dumps(r, ensure_ascii=False).encode() + b"\n" for r in records)


def test_jsonl_reader_maps_default_fields() -> None:
    items = list(JsonlReader(IngestSettings()).read_bytes(_jsonl(list(RECORDS)), "eksport.jsonl"))
    assert [type(i) for i in items] == [RawDocument, RawDocument]
    first, second = items
    assert isinstance(first, RawDocument) and isinstance(second, RawDocument)
    assert first.format == "text" and first.text == RECORDS[0]["text"]
    assert first.metadata == {"title": "Vejret", "date": "2024-01-02", "url": "https://a.example/1"}
    assert first.provenance.url == "https://a.example/1"
    assert second.format == "html"
    assert [first.provenance.index, second.provenance.index] == [0, 1]


def test_jsonl_reader_custom_and_dotted_fields() -> None:
    settings = IngestSettings(text_field="body.content", url_field="meta.link", date_field="meta.when")
    record = {
        "body": {"content": "Tekst i et indlejret felt."},
        "meta": {"link": "https://b.example", "when": "i dag"},
    }
    [item] = JsonlReader(settings).read_bytes(_jsonl([record]), "x.jsonl")
    assert isinstance(item, RawDocument)
    assert item.text == "Tekst i et indlejret felt."
    assert item.provenance.url == "https://b.example"
    assert item.metadata["date"] == "i dag"


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        (b"{not json", ReasonCode.MALFORMED_JSON),
        (b'"just a string"', ReasonCode.MALFORMED_JSON),
        (b'{"titel": "no text field"}', ReasonCode.MISSING_FIELD),
        (b'{"text": "   "}', ReasonCode.MISSING_FIELD),
    ],
)
def test_jsonl_reader_bad_line_is_rejected_and_reading_goes_on(line: bytes, reason: ReasonCode) -> None:
    data = line + b"\n" + _jsonl([{"text": "Efter den dårlige linje."}])
    items = list(JsonlReader(IngestSettings()).read_bytes(data, "blandet.jsonl"))
    assert len(items) == 2
    assert isinstance(items[0], Rejection) and items[0].reason == reason
    assert "blandet.jsonl" in items[0].error
    assert isinstance(items[1], RawDocument) and items[1].provenance.index == 1


def test_jsonl_reader_one_megabyte_line_without_newline(tmp_path: Path) -> None:
    text = "ord " * 262_144
    path = tmp_path / "lang.jsonl"
    path.write_bytes(json.dumps({"text": text}).encode())  # no trailing newline
    [item] = JsonlReader(IngestSettings()).read_path(path)
    assert isinstance(item, RawDocument)
    assert (item.text or "").strip() == text.strip()


def test_jsonl_reader_line_over_limit_is_too_large_and_next_line_read(tmp_path: Path) -> None:
    path = tmp_path / "stor.jsonl"
    path.write_bytes(json.dumps({"text": "x" * 5000}).encode() + b"\n" + _jsonl([{"text": "lille"}]))
    items = list(JsonlReader(IngestSettings(max_bytes=1000)).read_path(path))
    assert isinstance(items[0], Rejection) and items[0].reason == ReasonCode.TOO_LARGE
    assert isinstance(items[1], RawDocument) and items[1].text == "lille"


def test_jsonl_reader_gzip_and_array_files(tmp_path: Path) -> None:
    gz = tmp_path / "eksport.jsonl.gz"
    gz.write_bytes(gzip.compress(_jsonl(list(RECORDS))))
    array = tmp_path / "eksport.json"
    array.write_text(json.dumps(RECORDS, indent=2))
    reader = JsonlReader(IngestSettings())
    assert [type(i) for i in reader.read_path(gz)] == [RawDocument, RawDocument]
    assert [type(i) for i in reader.read_path(array)] == [RawDocument, RawDocument]


def test_jsonl_reader_truncated_gzip_keeps_records_and_reports(tmp_path: Path) -> None:
    data = gzip.compress(_jsonl([{"text": f"artikel nummer {i} " * 20} for i in range(200)]))
    path = tmp_path / "afbrudt.jsonl.gz"
    path.write_bytes(data[: len(data) // 2])
    items = list(JsonlReader(IngestSettings()).read_path(path))
    assert isinstance(items[-1], Rejection) and items[-1].reason == ReasonCode.UNREADABLE
    assert any(isinstance(i, RawDocument) for i in items)
