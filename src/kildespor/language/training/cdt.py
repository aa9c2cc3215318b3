"""Read the Copenhagen Dependency Treebank (DDT in its original scheme) from DTAG `.tag` files.

Each `<W ...>word</W>` line carries a lemma, a PAROLE morphosyntactic tag (`msd`) and the
incoming arcs (`in="-1:attr|2:[subj]"`): relative offset and relation. Bracketed relations
(`[subj]`), angle-bracketed gap arcs (`<mod>`) and braced ones (`{arg}`) are secondary; the
primary tree uses the plain relations only.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

_WORD_LINE = re.compile(r"<W\s+(?P<attrs>[^>]*)>(?P<form>.*?)</W>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')


@dataclass(frozen=True)
class CdtWord:
    """One word of a CDT sentence; `head` is 0-based in the sentence, -1 for the root."""

    form: str
    lemma: str
    msd: str
    head: int
    rel: str


@dataclass(frozen=True)
class CdtSentence:
    """One `<s>` of a CDT text; `doc_id` is the file stem (e.g. `0001`)."""

    doc_id: str
    words: tuple[CdtWord, ...]

    @property
    def text_key(self) -> str:
        """The word forms with all whitespace removed, for aligning to other tokenisations."""
        return "".join(w.form for w in self.words).replace(" ", "")


def _unescape(value: str) -> str:
    # DTAG escapes characters as &xx; (hex) besides the usual XML entities.
    value = re.sub(r"&([0-9a-fA-F]{2});", lambda m: chr(int(m.group(1), 16)), value)
    return html.unescape(value)


def primary_arc(in_value: str) -> tuple[int, str] | None:
    """The primary incoming arc (offset, relation) of a DTAG `in` value, or None at the root."""
    plain: list[tuple[int, str]] = []
    for part in _unescape(in_value).split("|"):
        offset, _, rel = part.partition(":")
        if not rel or not offset.lstrip("-").isdigit():
            continue
        if rel[0] in "[<{":
            continue
        plain.append((int(offset), rel.lstrip("@¤")))
    return plain[0] if plain else None


def _sentence(doc_id: str, lines: list[str]) -> CdtSentence:
    words: list[CdtWord] = []
    for index, line in enumerate(lines):
        match = _WORD_LINE.search(line)
        if match is None:
            continue
        attrs = dict(_ATTR.findall(match.group("attrs")))
        arc = primary_arc(attrs.get("in", ""))
        head, rel = (-1, "ROOT") if arc is None else (index + arc[0], arc[1])
        words.append(
            CdtWord(
                form=_unescape(match.group("form")),
                lemma=_unescape(attrs.get("lemma", "")),
                msd=attrs.get("msd", ""),
                head=head,
                rel=rel,
            )
        )
    return CdtSentence(doc_id=doc_id, words=tuple(words))


def read_tag_file(path: Path) -> Iterator[CdtSentence]:
    """The sentences of one `.tag` file, in order."""
    current: list[str] | None = None
    for line in path.read_text(encoding="utf-8").splitlines():
        stripped = line.strip()
        if stripped.startswith("<s>") or stripped.startswith("<s "):
            current = []
        elif stripped.startswith("</s>"):
            if current:
                yield _sentence(path.stem.split("-")[0], current)
            current = None
        elif current is not None and stripped.startswith("<W"):
            current.append(stripped)


def read_cdt(folder: Path) -> list[CdtSentence]:
    """All sentences of all `NNNN-da.tag` files in `folder`, file by file."""
    sentences: list[CdtSentence] = []
    for path in sorted(folder.glob("*-da.tag")):
        sentences.extend(read_tag_file(path))
    return sentences
