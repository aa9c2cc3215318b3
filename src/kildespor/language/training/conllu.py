"""Minimal CoNLL-U and IOB2 readers and a writer for the UD-style sentences kildespor trains on."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class UdToken:
    """One syntactic word in UD form; `head` is 1-based, 0 for the root."""

    form: str
    lemma: str = "_"
    upos: str = "_"
    feats: str = "_"
    head: int = 0
    deprel: str = "_"
    space_after: bool = True


@dataclass
class UdSentence:
    """A sentence: id, text and tokens (multi-word token ranges are not used in DDT)."""

    sent_id: str
    text: str
    tokens: list[UdToken] = field(default_factory=list)

    @property
    def text_key(self) -> str:
        """The forms with whitespace removed, to align with other tokenisations."""
        return "".join(t.form for t in self.tokens).replace(" ", "")


def _blocks(path: Path) -> Iterator[list[str]]:
    block: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            block.append(line)
        elif block:
            yield block
            block = []
    if block:
        yield block


def _comment(block: list[str], key: str) -> str:
    prefix = f"# {key} = "
    return next((line[len(prefix) :] for line in block if line.startswith(prefix)), "")


def read_conllu(path: Path) -> list[UdSentence]:
    """All sentences of a CoNLL-U file (skips multi-word and empty-node lines)."""
    sentences = []
    for block in _blocks(path):
        sentence = UdSentence(_comment(block, "sent_id"), _comment(block, "text"))
        for line in block:
            if line.startswith("#"):
                continue
            cols = line.split("\t")
            if not cols[0].isdigit():
                continue
            sentence.tokens.append(
                UdToken(
                    form=cols[1],
                    lemma=cols[2],
                    upos=cols[3],
                    feats=cols[5],
                    head=int(cols[6]) if cols[6].isdigit() else 0,
                    deprel=cols[7],
                    space_after="SpaceAfter=No" not in cols[9],
                )
            )
        sentences.append(sentence)
    return sentences


def read_iob2_sentences(path: Path) -> list[UdSentence]:
    """Sentences of a UNER `.iob2` file: id, text and forms only (tags are not used)."""
    sentences = []
    for block in _blocks(path):
        sentence = UdSentence(_comment(block, "sent_id"), _comment(block, "text"))
        for line in block:
            if not line.startswith("#"):
                sentence.tokens.append(UdToken(form=line.split("\t")[1]))
        sentences.append(sentence)
    return sentences


def mark_spaces(sentence: UdSentence) -> None:
    """Set `space_after` on each token from the sentence text, where the text is given."""
    pos = 0
    text = sentence.text
    for token in sentence.tokens:
        found = text.find(token.form, pos)
        if found < 0:
            return
        pos = found + len(token.form)
        token.space_after = pos < len(text) and text[pos] == " "


def write_conllu(sentences: list[UdSentence], path: Path) -> None:
    """Write sentences as CoNLL-U (XPOS, DEPS empty)."""
    lines: list[str] = []
    for sentence in sentences:
        lines += [f"# sent_id = {sentence.sent_id}", f"# text = {sentence.text}"]
        for i, t in enumerate(sentence.tokens, start=1):
            misc = "_" if t.space_after else "SpaceAfter=No"
            cols = [str(i), t.form, t.lemma, t.upos, "_", t.feats, str(t.head), t.deprel, "_", misc]
            lines.append("\t".join(cols))
        lines.append("")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
