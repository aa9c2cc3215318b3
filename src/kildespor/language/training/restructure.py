"""Turn a DDT tree (function words as heads) into a UD-shaped tree (content words as heads).

The transformations follow the UD_Danish-DDT conversion notes: prepositions, determiners and
numerals that govern a noun (`nobj`) become its `case`/`det`/`nummod`; auxiliaries and
subordinators that govern a verb (`vobj`) become `aux`/`mark`; the copula `være` is made a
`cop` of its nominal predicate (`preds`); a genitive possessor that governs the possessed noun
(`possd`) becomes its `nmod:poss`; first names (`namef`) become the head of a `flat` name; a
relative pronoun attached to its antecedent (`ref`) moves into the relative clause, and a
free relative (`hvad de ser`) is headed by its verb. Coordination follows UD: the first
conjunct heads it and takes the coordinator's other dependents (`både`, `ikke`). When a
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
_FREE_RELATIVE_LEMMAS = frozenset({"hvad", "hvem"})
UD_PREFIX = "ud:"
_COORDINATED_DETERMINER_MSD = ("PD", "PI", "AC")


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
    particle = next((i for i in _children(nodes, function) if i > content and nodes[i].rel == "part"), None)
    c.head, c.rel = f.head, f.rel
    keep_left = function_rel == "nmod:poss"
    for child in _children(nodes, function):
        if (
            child != content
            and not (keep_left and child < function)
            and not _stays_on_preposition(nodes[child], function_rel)
        ):
            nodes[child].head = content
    f.head, f.rel = content, UD_PREFIX + function_rel
    adverb = function - 1
    if (
        function_rel == "case"
        and adverb >= 0
        and nodes[adverb].head == content
        and nodes[adverb].msd.startswith("RG")
    ):
        # `næsten til det ulidelige`, `især i knæene`: UD_Danish-DDT hangs the preposition on
        # the adverb that modified it in the DDT.
        f.head = adverb
    if function_rel == "case" and particle is not None and f.head == content:
        f.head = particle  # `for fire uger siden`: the preposition hangs on its particle


def _stays_on_preposition(child: Node, function_rel: str) -> bool:
    """`fra hofterne og ned i begge ben`: an adverbial conjunct of a preposition stays on it."""
    return function_rel == "case" and child.rel == "conj" and child.msd.startswith(("RG", "SP"))


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
        if _named_apposition(nodes, function) is not None:
            return None
        if (
            msd.startswith(_DETERMINER_MSD)
            and function < content
            and not c.msd.startswith("P")  # `de andre`, `ingen anden`: UD keeps the first
            and not c.is_verb  # `intet at gøre`: the infinitive modifies the pronoun
        ):
            return "nummod" if msd.startswith("AC") else "det"
        if msd.startswith("AN") and function < content and lemma != "meget":  # `mere plads` keeps `mere`
            return "amod"
        return None
    if rel in ("attr", "other") and _is_nominal_adjective(nodes, function, content):
        return "det"
    if rel == "appr" and _named_apposition(nodes, function) == content:
        return "det"
    if rel == "vobj":
        if f.is_verb or lemma in AUX_LEMMAS:  # a few auxiliaries are tagged XX (unknown)
            return "aux" if lemma in AUX_LEMMAS else None
        if msd.startswith(("CS", "U", "SP")):
            return "mark"
        return None
    if rel == "preds" and f.is_verb and lemma == "være" and not c.is_verb and not _has_case(nodes, content):
        return "cop"
    if rel == "conj" and msd.startswith("CC") and f.head < 0 and function < content:
        return "cc"
    if rel == "rel" and msd.startswith("RG") and function < content:
        return "mark"  # `hvor de købte ...`: the relative adverb heads the clause in the DDT
    if rel == "possd":
        if msd.startswith("P") and _named_apposition(nodes, function) is not None:
            return None
        if msd.startswith("N") and msd[4:5] != "G":
            return None  # `deres far prins Henrik`: the name took over `far` from `deres`
        return "det" if msd.startswith("P") else "nmod:poss"
    return None


def _is_nominal_adjective(nodes: list[Node], function: int, content: int) -> bool:
    """`det værste`, `en hvid`: a determiner whose only nominal is an adjective after it.

    UD makes the adjective the head (the determiner its `det`) when no noun follows.
    """
    if not (nodes[function].msd.startswith(("PD", "PI", "PO")) and function < content):
        return False
    if not nodes[content].msd.startswith("AN") and not nodes[content].msd.startswith("AO"):
        return False
    return not any(nodes[c].rel in ("nobj", "possd") for c in _children(nodes, function))


def _named_apposition(nodes: list[Node], function: int) -> int | None:
    """`det vesttyske nyhedsbureau DPA`, `deres far prins Henrik`: a determiner whose noun is
    followed by a proper-name apposition; UD_Danish-DDT makes the name the head (the noun its
    `nmod`). Returns the name's index."""
    f = nodes[function]
    if not f.msd.startswith(_DETERMINER_MSD) or f.msd.startswith("AC"):
        return None
    return next(
        (
            c
            for c in _children(nodes, function)
            if nodes[c].rel == "appr" and nodes[c].msd.startswith("NP") and c > function
        ),
        None,
    )


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
        clause = _relative_clause(nodes, index)
        if clause is None:
            _attach_resumptive_adverb(nodes, index)
            continue
        has_subject = any(nodes[c].rel == "subj" for c in _children(nodes, clause))
        node.head = clause
        node.rel = "dobj" if has_subject else "subj"


def _attach_free_relatives(nodes: list[Node]) -> None:
    """`køber, hvad de ser`: DDT makes the pronoun head of its clause (`rel`); in UD the clause
    takes the pronoun's place and the pronoun becomes its argument."""
    for index, node in enumerate(nodes):
        if not node.msd.startswith("PT") or node.lemma.lower() not in _FREE_RELATIVE_LEMMAS:
            continue
        clause = next((c for c in _children(nodes, index) if nodes[c].rel == "rel" and c > index), None)
        if clause is None:
            continue
        for child in _children(nodes, index):
            if nodes[child].rel in ("conj", "coord", "pnct"):
                nodes[child].head = clause
            elif nodes[child].rel == "ref":  # `hvem der stemte`: `der` is the clause's subject
                nodes[child].head, nodes[child].rel = clause, "subj"
        has_subject = any(nodes[c].rel == "subj" for c in _children(nodes, clause))
        nodes[clause].head, nodes[clause].rel = node.head, node.rel
        node.head, node.rel = clause, "dobj" if has_subject else "subj"


def _relative_clause(nodes: list[Node], index: int) -> int | None:
    """The clause a relative pronoun at `index` introduces: the next relative clause of its
    antecedent, or a later conjunct of one (`det ansvar, som de fik, og som nu ...`)."""
    antecedent = nodes[index].head
    for i in range(index + 1, len(nodes)):
        if nodes[i].rel in ("rel", "relr") and nodes[i].head == antecedent:
            return i
        first = nodes[i].head
        if (
            nodes[i].rel == "conj"
            and 0 <= first < index
            and nodes[first].rel in ("rel", "relr")
            and nodes[first].head == antecedent
        ):
            return i
    return None


def _attach_resumptive_adverb(nodes: list[Node], index: int) -> None:
    """`Hvis ..., så vil jeg`: DDT ties the resumptive `så` to the fronted clause (`ref`); in UD
    it modifies the main clause that the fronted clause belongs to."""
    node = nodes[index]
    if not node.msd.startswith("RG") or not 0 <= node.head < len(nodes):
        return
    main = nodes[node.head].head
    if 0 <= main < len(nodes) and main > index:
        node.head, node.rel = main, UD_PREFIX + "advmod"


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
    _quoted_coordination_as_root(nodes)
    determiner_coordinators = _coordinators_of_determiners(nodes)
    marker_coordinators = _coordinators_of_markers(nodes)
    _attach_free_relatives(nodes)
    _attach_relative_pronouns(nodes)
    for root in [i for i, n in enumerate(nodes) if n.head < 0]:
        _invert_function_heads(nodes, root)
    _flatten_names(nodes)
    _reattach_coordinators(nodes)
    _attach_coordinator_dependents(nodes)
    _attach_determiner_coordinators(nodes, determiner_coordinators)
    _attach_marker_coordinators(nodes, marker_coordinators)
    return nodes


def _quoted_coordination_as_root(nodes: list[Node]) -> None:
    """`"Og så har vi ..., siger X`: DDT hangs the quote's coordinator on the reporting verb;
    UD_Danish-DDT makes the quoted conjunct the root and the reporting verb its `conj`."""
    for index, node in enumerate(nodes):
        if node.rel != "qobj" or not node.msd.startswith("CC") or not 0 <= node.head < len(nodes):
            continue
        verb = node.head
        if nodes[verb].head >= 0 or any(not nodes[i].msd.startswith("XP") for i in range(index)):
            continue
        conjunct = next((c for c in _children(nodes, index) if nodes[c].rel == "conj" and c > index), None)
        if conjunct is None:
            continue
        for child in _children(nodes, index):
            if child != conjunct:
                nodes[child].head = conjunct
        nodes[conjunct].head, nodes[conjunct].rel = -1, "ud:root"
        node.head, node.rel = conjunct, UD_PREFIX + "cc"
        nodes[verb].head, nodes[verb].rel = conjunct, UD_PREFIX + "conj"


def _coordinators_of_determiners(nodes: list[Node]) -> list[tuple[int, int]]:
    """(coordinator, conjunct) pairs where the first DDT conjunct is a determiner or numeral.

    The second conjunct's tag does not matter: `det konservative parti og Berlingske Tidendes
    redaktion` gets `dep` in UD_Danish-DDT as well."""
    pairs: list[tuple[int, int]] = []
    for index, node in enumerate(nodes):
        if node.rel != "coord" or not 0 <= node.head < len(nodes):
            continue
        conjunct = nodes[node.head]
        first = nodes[conjunct.head] if 0 <= conjunct.head < len(nodes) else None
        if conjunct.rel == "conj" and first is not None and first.msd.startswith(_COORDINATED_DETERMINER_MSD):
            pairs.append((index, node.head))
    return pairs


def _attach_determiner_coordinators(nodes: list[Node], pairs: list[tuple[int, int]]) -> None:
    """`en standardkontrakt og et andet transfersystem`: UD_Danish-DDT hangs the coordinator
    on the first conjunct as `dep` when the DDT conjunct was a determiner or numeral."""
    for coordinator, conjunct in pairs:
        if nodes[conjunct].rel.startswith(UD_PREFIX):  # inverted: its noun is the conjunct now
            conjunct = nodes[conjunct].head
        if nodes[conjunct].rel != "conj" or not 0 <= nodes[conjunct].head < len(nodes):
            continue
        nodes[coordinator].head = nodes[conjunct].head
        nodes[coordinator].rel = UD_PREFIX + "dep"


def _reattach_coordinators(nodes: list[Node]) -> None:
    """A coordinator hangs on the conjunct that follows it, as in UD."""
    for index, node in enumerate(nodes):
        if node.rel != "coord":
            continue
        conjuncts = [i for i, n in enumerate(nodes) if n.rel == "conj" and i > index]
        following = [i for i in conjuncts if nodes[i].head == node.head or i == node.head]
        if following and node.head != following[0]:
            node.head = following[0]


def _attach_coordinator_dependents(nodes: list[Node]) -> None:
    """`både X og Y`, `X, men ikke Y`: DDT hangs such adverbs on the coordinator; in UD the
    first conjunct heads the coordination, so they modify it (punctuation is placed later)."""
    for index, node in enumerate(nodes):
        if node.rel != "coord" or not node.msd.startswith("CC") or not 0 <= node.head < len(nodes):
            continue
        conjunct = nodes[node.head]
        if conjunct.rel != "conj" or not 0 <= conjunct.head < len(nodes):
            continue
        for child in _children(nodes, index):
            if nodes[child].rel not in ("conj", "coord", "pnct"):
                nodes[child].head = conjunct.head


def _coordinators_of_markers(nodes: list[Node]) -> list[tuple[int, int, int]]:
    """(coordinator, first, second) where DDT coordinates two prepositions or two subordinators."""
    triples: list[tuple[int, int, int]] = []
    for index, node in enumerate(nodes):
        if node.rel != "coord" or not 0 <= node.head < len(nodes):
            continue
        second = nodes[node.head]
        if (
            second.rel == "conj"
            and second.msd.startswith(("SP", "CS"))
            and 0 <= second.head < len(nodes)
            and nodes[second.head].msd.startswith(second.msd[:2])
        ):
            triples.append((index, second.head, node.head))
    return triples


def _attach_marker_coordinators(nodes: list[Node], triples: list[tuple[int, int, int]]) -> None:
    """UD_Danish-DDT leaves such a coordinator on the first conjunct, not the following one:
    `i maj og i juni` on the first preposition (where DDT's coordination was, both now `case`),
    `om jeg keder mig, eller om jeg er doven` on the first clause's verb (both now `mark`)."""
    for coordinator, first, second in triples:
        if nodes[first].rel == nodes[second].rel == UD_PREFIX + "case":
            nodes[coordinator].head = first
        elif nodes[first].rel == nodes[second].rel == UD_PREFIX + "mark":
            nodes[coordinator].head = nodes[first].head
