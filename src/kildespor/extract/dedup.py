"""Duplicate detection across a run: exact (normalised body hash) and near (MinHash LSH).

The same wire story on five sites is one story with five appearances: the
first article seen is the original, the others point to it with
`duplicate_of`, and `groups()` lists every story that appeared more than once.
Titles are left out of the comparison because outlets rewrite headlines while
keeping the wire text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from datasketch import MinHash, MinHashLSH

from kildespor.records import Article, content_hash

_WORD = re.compile(r"\w+")
# Word 5-shingles: long enough that unrelated articles share few, short enough to survive edits.
_SHINGLE = 5
_PERMUTATIONS = 128
# Bodies with fewer words than this are too short for MinHash; only exact copies count.
_MIN_WORDS_FOR_NEAR = 40


@dataclass(frozen=True)
class DuplicateMatch:
    """Which earlier article this one repeats, and how closely."""

    original_id: str
    kind: str  # "exact" | "near"
    similarity: float


@dataclass
class DuplicateGroup:
    """One story and every later appearance of it."""

    original_id: str
    original_url: str | None
    members: list[tuple[str, str | None, str]] = field(default_factory=list)  # (id, url, kind)


def body_text(article: Article) -> str:
    """The text compared for duplicates: lede and body paragraphs, without the title."""
    parts = ([article.lede] if article.lede else []) + [p.text for p in article.paragraphs]
    return "\n".join(parts) or article.text


def _minhash(words: list[str]) -> MinHash:
    signature = MinHash(num_perm=_PERMUTATIONS)
    shingles = {" ".join(words[i : i + _SHINGLE]) for i in range(max(1, len(words) - _SHINGLE + 1))}
    signature.update_batch([s.encode("utf-8") for s in shingles])
    return signature


class Deduplicator:
    """Remembers every article of a run and says whether a new one repeats an earlier one."""

    def __init__(self, threshold: float = 0.8) -> None:
        self.threshold = threshold
        self._exact: dict[str, str] = {}
        self._lsh = MinHashLSH(threshold=threshold, num_perm=_PERMUTATIONS)
        self._signatures: dict[str, MinHash] = {}
        self._groups: dict[str, DuplicateGroup] = {}
        self._urls: dict[str, str | None] = {}

    def check(self, article: Article, key: str | None = None) -> DuplicateMatch | None:
        """The earlier article this one duplicates, or None (then it is remembered as an original).

        Args:
            article: the extracted article.
            key: a unique id for this appearance (default: the article id).
        """
        key = key or article.id
        text = body_text(article)
        digest = content_hash(text)
        if digest in self._exact:
            return self._record(key, article.url, DuplicateMatch(self._exact[digest], "exact", 1.0))
        words = _WORD.findall(text.casefold())
        signature = _minhash(words) if len(words) >= _MIN_WORDS_FOR_NEAR else None
        if signature is not None:
            match = self._nearest(signature)
            if match is not None:
                return self._record(key, article.url, match)
        self._exact[digest] = key
        self._urls[key] = article.url
        if signature is not None and key not in self._signatures:
            self._signatures[key] = signature
            self._lsh.insert(key, signature)
        return None

    def _nearest(self, signature: MinHash) -> DuplicateMatch | None:
        best: DuplicateMatch | None = None
        for candidate in self._lsh.query(signature):
            similarity = float(signature.jaccard(self._signatures[candidate]))
            if similarity >= self.threshold and (best is None or similarity > best.similarity):
                best = DuplicateMatch(str(candidate), "near", round(similarity, 3))
        return best

    def _record(self, key: str, url: str | None, match: DuplicateMatch) -> DuplicateMatch:
        group = self._groups.get(match.original_id)
        if group is None:
            group = DuplicateGroup(match.original_id, self._urls.get(match.original_id))
            self._groups[match.original_id] = group
        group.members.append((key, url, match.kind))
        return match

    def groups(self) -> list[DuplicateGroup]:
        """Stories seen more than once, largest first."""
        return sorted(self._groups.values(), key=lambda g: len(g.members), reverse=True)
