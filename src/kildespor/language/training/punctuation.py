"""Attach punctuation the UD way: to the highest neighbouring node that keeps the tree projective.

DDT hangs commas and quotes on varied words; UD attaches punctuation within its unit to the
highest node that preserves projectivity. This follows the procedure of Udapi's
`ud.FixPunct` block (climb from the nearest non-punctuation neighbours on each side and take
the lower of the two candidates), re-implemented on 1-based head lists.
"""

from __future__ import annotations

from kildespor.language.training.conllu import UdSentence


def _span_end(heads: list[int], node: int) -> tuple[int, int]:
    """Leftmost and rightmost 1-based position in the subtree of `node`."""
    low = high = node
    for i in range(1, len(heads)):
        j = i
        steps = 0
        while j and j != node and steps < len(heads):
            j = heads[j]
            steps += 1
        if j == node:
            low, high = min(low, i), max(high, i)
    return low, high


def _is_descendant(heads: list[int], node: int, ancestor: int) -> bool:
    steps = 0
    while node and steps < len(heads):
        node = heads[node]
        steps += 1
        if node == ancestor:
            return True
    return False


def _climb_left(heads: list[int], start: int, punct: int) -> tuple[int, list[int]]:
    cand, path = start, [start]
    while heads[cand] and heads[cand] < punct and _span_end(heads, cand)[1] < punct:
        cand = heads[cand]
        path.append(cand)
    return cand, path


def _climb_right(heads: list[int], start: int, punct: int) -> tuple[int, list[int]]:
    cand, path = start, [start]
    while heads[cand] and heads[cand] > punct and _span_end(heads, cand)[0] > punct:
        cand = heads[cand]
        path.append(cand)
    return cand, path


def _new_head(heads: list[int], is_punct: list[bool], punct: int) -> int | None:
    n = len(heads) - 1
    left = next((i for i in range(punct - 1, 0, -1) if not is_punct[i]), 0)
    right = next((i for i in range(punct + 1, n + 1) if not is_punct[i]), 0)
    l_cand, l_path = _climb_left(heads, left, punct) if left else (0, [])
    r_cand, r_path = _climb_right(heads, right, punct) if right else (0, [])
    if l_cand and r_cand and _is_descendant(heads, l_cand, r_cand):
        cand, path = l_cand, l_path
    elif l_cand and r_cand and _is_descendant(heads, r_cand, l_cand):
        cand, path = r_cand, r_path
    elif l_cand or r_cand:
        cand, path = (l_cand or r_cand), l_path + r_path
    else:
        return None
    return heads[punct] if heads[punct] in path else cand


def fix_punctuation(sentence: UdSentence) -> None:
    """Reattach every PUNCT token that is not the root (in place)."""
    tokens = sentence.tokens
    heads = [0] + [t.head for t in tokens]
    is_punct = [False] + [t.upos == "PUNCT" for t in tokens]
    for position, token in enumerate(tokens, start=1):
        if token.upos != "PUNCT" or token.head == 0 or any(heads[i] == position for i in range(1, len(heads))):
            continue
        new = _new_head(heads, is_punct, position)
        if new is not None and new != position:
            heads[position] = new
            token.head, token.deprel = new, "punct"
