"""Bytes → text: detect the encoding, repair mojibake, normalise to NFC.

Never raises on bad bytes: undecodable input becomes a Rejection upstream.
"""

from __future__ import annotations

import codecs
import re
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


def decode_bytes(data: bytes, declared: str | None = None, *, repair: bool = True) -> DecodedText | None:
    """Decode bytes: BOM, then declared charset, then UTF-8, then charset-normalizer.

    With `repair=False` the text is only NFC-normalised (no ftfy): HTML is
    repaired after extraction, on its much shorter text.

    Returns None when nothing gives a plausible text.
    """
    for name, bom in _BOMS:
        if data.startswith(bom):
            return _finish(data.decode(name, errors="replace"), name, repair)
    candidates = [c for c in (declared, "utf-8") if c]
    for encoding in candidates:
        try:
            return _finish(data.decode(encoding), encoding, repair)
        except (UnicodeDecodeError, LookupError):
            continue
    sample = data[:2_000_000]
    best = from_bytes(sample).best()
    # Windows-1252 is by far the commonest legacy encoding of Danish pages; on short texts
    # charset-normalizer often ties it with exotic code pages (hp_roman8), so prefer it on a tie.
    western = from_bytes(sample, cp_isolation=["cp1252"]).best()
    if western is not None and (best is None or western.chaos <= best.chaos):
        best = western
    if best is not None and best.encoding:
        return _finish(data.decode(best.encoding, errors="replace"), best.encoding, repair)
    try:
        return _finish(data.decode("cp1252"), "cp1252", repair)
    except UnicodeDecodeError:
        return None


def _finish(text: str, encoding: str, repair: bool = True) -> DecodedText:
    if not repair:
        return DecodedText(unicodedata.normalize("NFC", text.replace("\r\n", "\n")), encoding, False)
    fixed = normalise_text(text)
    return DecodedText(fixed, encoding, fixed != text)


# Declared charsets that browsers read as a wider codec (WHATWG Encoding Standard, "labels").
_CHARSET_ALIASES = {
    "iso-8859-1": "cp1252",
    "latin-1": "cp1252",
    "latin1": "cp1252",
    "ascii": "cp1252",
    "us-ascii": "cp1252",
    "iso8859-1": "cp1252",
    "x-user-defined": "cp1252",
}
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([a-zA-Z0-9_:.\-]{1,40})""", re.I)
_HEADER_CHARSET = re.compile(r"""charset\s*=\s*["']?\s*([a-zA-Z0-9_:.\-]{1,40})""", re.I)


def usable_charset(name: str | None) -> str | None:
    """A codec Python knows for a declared charset name, or None when it is unknown."""
    if not name:
        return None
    label = name.strip().strip("\"'").lower()
    label = _CHARSET_ALIASES.get(label, label)
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def charset_from_content_type(content_type: str | None) -> str | None:
    """The charset parameter of an HTTP Content-Type header ("text/html; charset=UTF-8")."""
    if not content_type:
        return None
    match = _HEADER_CHARSET.search(content_type)
    return usable_charset(match.group(1)) if match else None


def charset_from_meta(data: bytes) -> str | None:
    """The charset an HTML page declares in its first 4 KB (`<meta charset>` or http-equiv)."""
    match = _META_CHARSET.search(data[:4096])
    if match is None:
        return None
    charset = usable_charset(match.group(1).decode("ascii", errors="ignore"))
    # A page cannot declare UTF-16 in an ASCII-readable meta tag; browsers read it as UTF-8.
    return "utf-8" if charset and charset.startswith(("utf-16", "utf-32")) else charset
