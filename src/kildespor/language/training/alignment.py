"""Find each UD sentence in the CDT: which CDT words make up its tokens.

UD split some CDT sentences in two and corrected a few typos, so sentences are matched on
the whitespace-free character stream of the whole treebank rather than one to one: an exact
match first, then a match anchored on the sentence's first and last characters (typo fixes
inside keep the length close).
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from difflib import SequenceMatcher

from kildespor.language.training.cdt import CdtSentence
from kildespor.language.training.conllu import UdSentence

_ANCHOR = 12
_MAX_LENGTH_DRIFT = 6


@dataclass(frozen=True)
class WordRef:
    """Position of a word in the CDT: sentence index and word index."""

    sentence: int
    word: int


@dataclass(frozen=True)
class Alignment:
    """A UD sentence and, per UD token, the CDT word it stands on."""

    ud: UdSentence
    words: tuple[WordRef, ...]


class CdtStream:
    """The CDT as one whitespace-free string, with a map from character to word."""

    def __init__(self, sentences: list[CdtSentence]) -> None:
        parts: list[str] = []
        self.starts: list[int] = []
        self.refs: list[WordRef] = []
        offset = 0
        for s_index, sentence in enumerate(sentences):
            for w_index, word in enumerate(sentence.words):
                form = word.form.replace(" ", "")
                self.starts.append(offset)
                self.refs.append(WordRef(s_index, w_index))
                parts.append(form)
                offset += len(form)
        self.text = "".join(parts)
        self._start_set = set(self.starts)

    def word_at(self, char: int) -> WordRef:
        """The word covering character offset `char`."""
        return self.refs[bisect_right(self.starts, char) - 1]

    def is_word_start(self, char: int) -> bool:
        """Whether a word starts at this offset (or the stream ends there)."""
        return char in self._start_set or char == len(self.text)

    def find(self, key: str) -> tuple[int, int] | None:
        """Span (start, end) of `key` in the stream on word boundaries, exact or anchored."""
        pos = self.text.find(key)
        while pos >= 0:
            if self.is_word_start(pos) and self.is_word_start(pos + len(key)):
                return pos, pos + len(key)
            pos = self.text.find(key, pos + 1)
        return self._find_anchored(key)

    def _find_anchored(self, key: str) -> tuple[int, int] | None:
        if len(key) < 2 * _ANCHOR:
            return None
        head, tail = key[:_ANCHOR], key[-_ANCHOR:]
        pos = self.text.find(head)
        while pos >= 0:
            low = pos + len(key) - _MAX_LENGTH_DRIFT - _ANCHOR
            end = self.text.find(tail, max(low, pos), pos + len(key) + _MAX_LENGTH_DRIFT)
            if end >= 0 and self.is_word_start(pos):
                return pos, end + _ANCHOR
            pos = self.text.find(head, pos + 1)
        return None


def _char_map(source: str, target: str) -> list[int]:
    """For each character of `source`, the offset of its counterpart in `target`."""
    if source == target:
        return list(range(len(source)))
    mapping = [0] * len(source)
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, source, target, autojunk=False).get_opcodes():
        for k in range(i1, i2):
            mapping[k] = min(j1 + (k - i1), max(j1, j2 - 1)) if tag != "delete" else max(0, j1 - 1)
    return mapping


def _token_words(stream: CdtStream, ud: UdSentence, span: tuple[int, int]) -> tuple[WordRef, ...]:
    """Each UD token mapped to the CDT word under its first character."""
    start, end = span
    mapping = _char_map(ud.text_key, stream.text[start:end])
    refs = []
    offset = 0
    for token in ud.tokens:
        char = start + mapping[min(offset, len(mapping) - 1)]
        refs.append(stream.word_at(min(char, end - 1)))
        offset += len(token.form.replace(" ", ""))
    return tuple(refs)


def align(ud_sentences: list[UdSentence], stream: CdtStream) -> tuple[list[Alignment], list[UdSentence]]:
    """Aligned UD sentences, and those that could not be found in the CDT."""
    aligned: list[Alignment] = []
    missing: list[UdSentence] = []
    for ud in ud_sentences:
        span = stream.find(ud.text_key)
        if span is None:
            missing.append(ud)
            continue
        aligned.append(Alignment(ud, _token_words(stream, ud, span)))
    return aligned, missing
