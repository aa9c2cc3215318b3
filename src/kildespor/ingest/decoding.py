"""Bytes → text: detect the encoding, repair mojibake, normalise to NFC.

Never raises on bad bytes: undecodable input becomes a Rejection upstream.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

import ftfy
from charset_normalizer import from_bytes

# Share of control characters (other than whitespace) above which bytes are binary.
_BINARY_CONTROL_SHARE = 0.10
_BOMS = (("utf-8-sig", b"\xef\xbb\xbf"), ("utf-16", b"\xff\xfe"), ("utf-16", b"\xfe\xff"))


@dataclass(frozen=True)
class DecodedText:
    text: str
    encoding: str
    repaired: bool


def looks_binary(data: bytes) -> bool:
    """NUL bytes or many control characters in the first 8 KB mean binary (images, archives)."""
    head = data[:8192]
    if not head:
        return False
    if b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return True
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13, 27))
    return controls / len(head) > _BINARY_CONTROL_SHARE


def normalise_text(text: str) -> str:
    """Repair mojibake (ftfy), normalise newlines and NFC; keeps characters otherwise."""
    fixed = ftfy.fix_text(
        text,
        normalization="NFC",
        uncurl_quotes=False,
        fix_latin_ligatures=False,
        fix_character_width=False,
        explain=False,
    )
    fixed = fixed.replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", fixed)


def decode_bytes(data: bytes, declared: str | None = None) -> DecodedText | None:
    """Decode bytes: BOM, then declared charset, then UTF-8, then charset-normalizer.

    Returns None when nothing gives a plausible text.
    """
    for name, bom in _BOMS:
        if data.startswith(bom):
            return _finish(data.decode(name, errors="replace"), name)
    candidates = [c for c in (declared, "utf-8") if c]
    for encoding in candidates:
        try:
            return _finish(data.decode(encoding), encoding)
        except (UnicodeDecodeError, LookupError):
            continue
    best = from_bytes(data[:2_000_000]).best()
    if best is not None and best.encoding:
        return _finish(data.decode(best.encoding, errors="replace"), best.encoding)
    try:
        return _finish(data.decode("cp1252"), "cp1252")
    except UnicodeDecodeError:
        return None


def _finish(text: str, encoding: str) -> DecodedText:
    fixed = normalise_text(text)
    return DecodedText(fixed, encoding, fixed != text)
