"""Turn a DDT tree (function words as heads) into a UD-shaped tree (content words as heads).

The transformations follow the UD_Danish-DDT conversion notes: prepositions, determiners and
numerals that govern a noun (`nobj`) become its `case`/`det`/`nummod`; auxiliaries and
subordinators that govern a verb (`vobj`) become `aux`/`mark`; the copula `være` is made a
`cop` of its nominal predicate (`preds`); a genitive possessor that governs the possessed noun
(`possd`) becomes its `nmod:poss`; first names (`namef`) become the head of a `flat` name; a
relative pronoun attached to its antecedent (`ref`) moves into the relative clause. When a
function word gives up its head role, its other dependents move to the content word.

Nodes carry the DDT relation until relabelling; UD relations decided here are final and
marked with a `ud:` prefix.
"""

from __future__ import annotations

from dataclasses import dataclass

# Lemmas UD Danish-DDT tags AUX when they govern another verb (counted on the UD dev split).
AUX_LEMMAS = frozenset({"være", "have", "blive", "kunne", "skulle", "ville", "måtte", "burde", "turde"})
_DETERMINER_MSD = ("PD", "PI", "PO", "PT", "AC", "AO")
_COMPARATIVE_CONJ = frozenset({"som", "end"})
UD_PREFIX = "ud:"


@dataclass
class Node:
    """A word during restructuring; `head` is 0-based, -1 for the root."""

    form: str
    lemma: str
    msd: str
    head: int
    rel: str

    @property
    def is_verb(self) -> bool:
        """Whether the PAROLE tag says verb."""
        return self.msd.startswith("V")


def _children(nodes: list[Node], index: int) -> list[int]:
    return [i for i, n in enumerate(nodes) if n.head == index]


def _promote(nodes: list[Node], function: int, content: int, function_rel: str) -> None:
    """Make `content` take `function`'s place; `function` and its other dependents attach to it.

    A genitive possessor keeps the dependents on its left (`det lille barns forældre`).
    """
    f, c = nodes[function], nodes[content]
    c.head, c.rel = f.head, f.rel
    keep_left = function_rel == "nmod:poss"
    for child in _children(nodes, function):
        if child != content and not (keep_left and child < function):
            nodes[child].head = content
    f.head, f.rel = content, UD_PREFIX + function_rel


def _function_rel(nodes: list[Node], function: int, content: int) -> str | None:
    """The UD relation of `function` if it should hand its head role to `content`, else None."""
    f, c = nodes[function], nodes[content]
    rel = c.rel
    msd = f.msd
    lemma = f.lemma.lower()
    if rel == "nobj":
        if lemma in _COMPARATIVE_CONJ and function < content:
            return "case"
        if msd.startswith("SP"):
            return "mark" if c.is_verb or _has_child(nodes, content, "mark") else "case"
        if msd.startswith(_DETERMINER_MSD) and function < content:
            return "nummod" if msd.startswith("AC") else "det"
        if msd.startswith("AN") and function < content:
            return "amod"
        return None
    if rel == "vobj":
        if f.is_verb:
            return "aux" if lemma in AUX_LEMMAS else None
        if msd.startswith(("CS", "U", "SP")):
            return "mark"
        return None
    if rel == "preds" and f.is_verb and lemma == "være" and not c.is_verb and not _has_case(nodes, content):
        return "cop"
    if rel == "conj" and msd.startswith("CC") and f.head < 0 and function < content:
        return "cc"
    if rel == "possd":
        return "det" if msd.startswith("P") else "nmod:poss"
    return None


def _has_child(nodes: list[Node], index: int, ud_rel: str) -> bool:
    return any(nodes[c].rel == UD_PREFIX + ud_rel for c in _children(nodes, index))


def _has_case(nodes: list[Node], index: int) -> bool:
    return _has_child(nodes, index, "case")


def _content_child(nodes: list[Node], index: int) -> tuple[int, str] | None:
    for child in _children(nodes, index):
        function_rel = _function_rel(nodes, index, child)
        if function_rel is not None:
            return child, function_rel
    return None


def _invert_function_heads(nodes: list[Node], index: int, depth: int = 0) -> None:
    """Post-order: make the content words below `index` heads, then `index` itself."""
    if depth > len(nodes):
        return
    for child in _children(nodes, index):
        _invert_function_heads(nodes, child, depth + 1)
    found = _content_child(nodes, index)
    while found is not None:
        content, function_rel = found
        _promote(nodes, index, content, function_rel)
        index = content
        found = _content_child(nodes, index)


def _flatten_names(nodes: list[Node]) -> None:
    """`Andronik <-namef- Mirganjan` becomes `Andronik -flat-> Mirganjan` (first name heads)."""
    for index in range(len(nodes)):
        firsts = [c for c in _children(nodes, index) if nodes[c].rel in ("namef", "name") and c < index]
        if not firsts:
            continue
        first = min(firsts)
        _promote(nodes, index, first, "flat")
        for other in firsts:
            if other != first:
                nodes[other].head, nodes[other].rel = first, UD_PREFIX + "flat"


def _attach_relative_pronouns(nodes: list[Node]) -> None:
    """A relative pronoun tied to its antecedent (`ref`) becomes an argument of the clause."""
    for index, node in enumerate(nodes):
        if node.rel != "ref":
            continue
        clause = next(
            (i for i in range(index + 1, len(nodes)) if nodes[i].rel == "rel" and nodes[i].head == node.head),
            None,
        )
        if clause is None:
            continue
        has_subject = any(nodes[c].rel == "subj" for c in _children(nodes, clause))
        node.head = clause
        node.rel = "dobj" if has_subject else "subj"


def _fix_roots_and_cycles(nodes: list[Node]) -> None:
    """One root per sentence: extra roots and nodes on cycles attach to the first root."""
    roots = [i for i, n in enumerate(nodes) if n.head < 0 or n.head >= len(nodes)]
    for i in range(len(nodes)):
        seen = {i}
        j = nodes[i].head
        while 0 <= j < len(nodes) and j not in seen:
            seen.add(j)
            j = nodes[j].head
        if 0 <= j < len(nodes):  # a cycle through j: cut it there
            nodes[j].head = -1
            roots.append(j)
    roots = sorted(set(roots))
    if not roots:
        return
    main = next((r for r in roots if nodes[r].is_verb), roots[0])
    for r in roots:
        nodes[r].head = -1 if r == main else main
        if r != main:
            nodes[r].rel = "ud:punct" if nodes[r].msd.startswith("XP") else "ud:parataxis"
        else:
            nodes[r].rel = "ud:root"


def restructure(nodes: list[Node]) -> list[Node]:
    """Apply all structural transformations in place and return the nodes."""
    _fix_roots_and_cycles(nodes)
    _attach_relative_pronouns(nodes)
    for root in [i for i, n in enumerate(nodes) if n.head < 0]:
        _invert_function_heads(nodes, root)
    _flatten_names(nodes)
    _reattach_coordinators(nodes)
    return nodes


def _reattach_coordinators(nodes: list[Node]) -> None:
    """A coordinator hangs on the conjunct that follows it, as in UD."""
    for index, node in enumerate(nodes):
        if node.rel != "coord":
            continue
        conjuncts = [i for i, n in enumerate(nodes) if n.rel == "conj" and i > index]
        following = [i for i in conjuncts if nodes[i].head == node.head or i == node.head]
        if following and node.head != following[0]:
            node.head = following[0]
