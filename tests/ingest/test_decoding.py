"""Charset declarations (HTTP header, <meta>) and decoding of legacy Danish text."""

from __future__ import annotations

import pytest

from kildespor.ingest.decoding import (
    charset_from_content_type,
    charset_from_meta,
    decode_bytes,
    usable_charset,
)


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("text/html; charset=UTF-8", "utf-8"),
        ('text/html; charset="iso-8859-1"', "cp1252"),
        ("text/html;charset=windows-1252", "cp1252"),
        ("text/html", None),
        ("text/html; charset=no-such-codec", None),
        (None, None),
    ],
)
def test_charset_from_content_type_reads_parameter(header: str | None, expected: str | None) -> None:
    assert charset_from_content_type(header) == expected


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        (b'<html><head><meta charset="utf-8">', "utf-8"),
        (b'<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">', "cp1252"),
        (b"<meta charset=utf-16>", "utf-8"),
        (b"<html><head><title>x</title>", None),
    ],
)
def test_charset_from_meta_reads_declaration(head: bytes, expected: str | None) -> None:
    assert charset_from_meta(head) == expected


def test_usable_charset_rejects_unknown_names() -> None:
    assert usable_charset("x-klingon") is None
    assert usable_charset("latin1") == "cp1252"


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1", "utf-8"])
def test_decode_bytes_danish_letters_in_legacy_encodings(encoding: str) -> None:
    text = "Blåbærgrød og rødgrød med fløde smager godt om sommeren, siger Søren Ærø."
    decoded = decode_bytes(text.encode(encoding), "cp1252" if encoding != "utf-8" else None)
    assert decoded is not None
    assert decoded.text == text


def test_decode_bytes_without_repair_keeps_text_nfc_only() -> None:
    decoded = decode_bytes("Cafe\u0301 i K\u00f8benhavn".encode(), repair=False)
    assert decoded is not None
    assert decoded.text == "Café i København"
    assert decoded.repaired is False
