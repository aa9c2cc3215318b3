"""CDT words that UD splits into several tokens (`i_går` → `i går`, `på_grund_af`).

The CDT gives one lemma and tag for the whole expression; UD annotates each part. Patterns for
the parts (tag, features, lemma, internal head, relation) are counted on the UD dev split and
applied by the surface form of the expression; unseen expressions keep the CDT word's
analysis on the first part, `fixed` on the others, and each part's own lowercase form as lemma.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from kildespor.language.training.alignment import Alignment
from kildespor.language.training.conllu import UdToken

# Per part: (upos, feats, lemma, internal head offset or -1 for outside, deprel).
Part = tuple[str, str, str, int, str]
Pattern = tuple[Part, ...]


@dataclass
class MultiwordTable:
    """Most frequent gold pattern per lowercased expression."""

    counts: defaultdict[tuple[str, ...], Counter[Pattern]] = field(
        default_factory=lambda: defaultdict(Counter)
    )

    def add(self, forms: tuple[str, ...], pattern: Pattern) -> None:
        """Count one observed pattern."""
        self.counts[forms][pattern] += 1

    def get(self, forms: tuple[str, ...]) -> Pattern | None:
        """The most frequent pattern for these forms, or None."""
        found = self.counts.get(forms)
        return found.most_common(1)[0][0] if found else None


def split_groups(alignment: Alignment) -> list[tuple[int, int]]:
    """(start, end) token ranges, 0-based and end-exclusive, that share one CDT word."""
    groups: list[tuple[int, int]] = []
    start = 0
    refs = alignment.words
    for i in range(1, len(refs) + 1):
        if i == len(refs) or refs[i] != refs[start]:
            if i - start > 1:
                groups.append((start, i))
            start = i
    return groups


def gold_pattern(tokens: list[UdToken], start: int, end: int) -> Pattern:
    """The gold annotation of tokens[start:end] as a pattern."""
    parts = []
    for t in tokens[start:end]:
        inside = start < t.head <= end
        parts.append((t.upos, t.feats, t.lemma, t.head - 1 - start if inside else -1, t.deprel))
    return tuple(parts)


def fit_multiwords(alignments: list[Alignment]) -> MultiwordTable:
    """Count the gold patterns of every split word in the (dev) alignments."""
    table = MultiwordTable()
    for a in alignments:
        for start, end in split_groups(a):
            forms = tuple(t.form.lower() for t in a.ud.tokens[start:end])
            table.add(forms, gold_pattern(a.ud.tokens, start, end))
    return table


def apply_multiwords(tokens: list[UdToken], groups: list[tuple[int, int]], table: MultiwordTable) -> None:
    """Rewrite each split group in place (1-based heads in `tokens`)."""
    for start, end in groups:
        outside_head, outside_rel = tokens[start].head, tokens[start].deprel
        pattern = table.get(tuple(t.form.lower() for t in tokens[start:end]))
        if pattern is None or sum(p[3] < 0 for p in pattern) != 1:
            for t in tokens[start:end]:
                t.lemma = t.form.lower() if "_" in t.lemma else t.lemma
            continue
        top = start + next(k for k, p in enumerate(pattern) if p[3] < 0)
        for k, (upos, feats, lemma, offset, deprel) in enumerate(pattern):
            t = tokens[start + k]
            t.upos, t.feats, t.lemma = upos, feats, lemma
            t.head, t.deprel = (start + offset + 1, deprel) if offset >= 0 else (outside_head, outside_rel)
        for i, t in enumerate(tokens):
            if not start <= i < end and t.head == start + 1:
                t.head = top + 1
