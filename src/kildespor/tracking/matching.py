"""Same claim across outlets: near-duplicate matching of claim fingerprints.

Candidate pairs come from an inverted index over fingerprint tokens (very
common tokens are not used to propose pairs, only to score them); a pair is
the same claim when it shares at least three tokens and its Jaccard overlap
is high, or moderate with at least two names in common. Matches are joined transitively (union-find).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from kildespor.tracking.fingerprints import name_tokens_of, similarity

SAME_CLAIM = 0.5
SAME_CLAIM_WITH_NAMES = 0.34
MIN_SHARED_TOKENS = 3
MIN_SHARED_WORDS = 2
_MAX_POSTING = 200


def _candidate_pairs(fingerprints: Sequence[frozenset[str]]) -> set[tuple[int, int]]:
    postings: dict[str, list[int]] = defaultdict(list)
    for index, tokens in enumerate(fingerprints):
        for token in tokens:
            postings[token].append(index)
    pairs: set[tuple[int, int]] = set()
    for members in postings.values():
        if len(members) > _MAX_POSTING:
            continue
        for position, a in enumerate(members):
            for b in members[position + 1 :]:
                pairs.add((a, b))
    return pairs


def is_same_claim(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two fingerprints say the same thing.

    Short fingerprints must be identical: two words in common say too little. Names alone do not
    make a claim (`siger Lars Løkke Rasmussen` twice is two claims): at least two shared tokens
    must be words other than names.
    """
    if a == b:
        return len(a) >= 2
    shared = a & b
    shared_names = name_tokens_of(shared)
    if len(shared) < MIN_SHARED_TOKENS or len(shared - shared_names) < MIN_SHARED_WORDS:
        return False
    score = similarity(a, b)
    return score >= SAME_CLAIM or (score >= SAME_CLAIM_WITH_NAMES and len(shared_names) >= 2)


def cluster_fingerprints(fingerprints: Sequence[frozenset[str]]) -> list[list[int]]:
    """Groups of indices whose fingerprints match (singletons included), in order of first index."""
    parent = list(range(len(fingerprints)))

    def find(item: int) -> int:
        while parent[item] != item:
            parent[item] = parent[parent[item]]
            item = parent[item]
        return item

    for a, b in sorted(_candidate_pairs(fingerprints)):
        if is_same_claim(fingerprints[a], fingerprints[b]):
            root_a, root_b = find(a), find(b)
            if root_a != root_b:
                parent[max(root_a, root_b)] = min(root_a, root_b)
    groups: dict[int, list[int]] = defaultdict(list)
    for index in range(len(fingerprints)):
        groups[find(index)].append(index)
    return [groups[root] for root in sorted(groups)]
