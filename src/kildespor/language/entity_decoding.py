"""HTML character references left in scraped text, decoded for analysis with offsets kept.

Some scraped news arrives with its letters still escaped (`Statsministeren h&#229;ber
p&#229;, at …`, `TOPM&#216;DE`): about one DaNewsroom article in twenty. Read as it stands,
`h&#229;ber` is no word, so no cue, hedge or name is found in such an article. The language
stage therefore analyses a decoded copy and keeps a table from every character of the copy
to where it came from in the input, so that every span kildespor reports still points into
the text the user gave (the copy is never shown).
"""

from __future__ import annotations

import html
import re

from spacy.tokens import Doc

# `user_data` key of the decoded-to-input offset table (absent when nothing was decoded)
SOURCE_OFFSETS = "kildespor.source_offsets"

_REFERENCE = re.compile(r"&(?:#[0-9]{2,7}|#[xX][0-9a-fA-F]{2,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def decode_references(text: str) -> tuple[str, list[int] | None]:
    """The text with character references decoded, and for each character of it (plus the end)
    its offset in `text`; None when the text holds no reference, so the common case costs a scan."""
    if "&" not in text:
        return text, None
    pieces: list[str] = []
    offsets: list[int] = []
    last = 0
    for match in _REFERENCE.finditer(text):
        decoded = html.unescape(match.group())
        if decoded == match.group() or "\n" in decoded:
            continue  # not a reference HTML knows (`&foo;`): left as written
        pieces.append(text[last : match.start()])
        offsets.extend(range(last, match.start()))
        pieces.append(decoded)
        offsets.extend([match.start()] * len(decoded))
        last = match.end()
    if last == 0:
        return text, None  # no reference HTML knows
    pieces.append(text[last:])
    offsets.extend(range(last, len(text) + 1))
    return "".join(pieces), offsets


def input_offset(doc: Doc, i: int) -> int:
    """Where character i of the Doc's text lies in the analysed input."""
    table = doc.user_data.get(SOURCE_OFFSETS)
    return int(table[i]) if table is not None else i
