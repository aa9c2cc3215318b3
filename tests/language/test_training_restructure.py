"""DDT → UD tree restructuring on hand-made (invented) sentences."""

from __future__ import annotations

import pytest

from kildespor.language.training.restructure import Node, restructure


def _nodes(rows: list[tuple[str, str, str, int, str]]) -> list[Node]:
    return [Node(form, lemma, msd, head, rel) for form, lemma, msd, head, rel in rows]


def _arcs(nodes: list[Node]) -> list[tuple[int, str]]:
    return [(n.head, n.rel.removeprefix("ud:")) for n in nodes]


CASES = {
    # "i huset": the preposition governs the noun in DDT, is its case marker in UD.
    "preposition": (
        [
            ("Han", "han", "PP3CSN-NU", 1, "subj"),
            ("bor", "bo", "VADR=----A-", -1, "ROOT"),
            ("i", "i", "SP", 1, "loc"),
            ("huset", "hus", "NCNSU==D", 2, "nobj"),
        ],
        [(1, "subj"), (-1, "root"), (3, "case"), (1, "loc")],
    ),
    # "har set": the auxiliary hands its head role and its subject to the participle.
    "auxiliary": (
        [
            ("Vi", "vi", "PP1CPN-NU", 1, "subj"),
            ("har", "have", "VADR=----A-", -1, "ROOT"),
            ("set", "se", "VAPA=S[CN]I[ARU]-U", 1, "vobj"),
        ],
        [(2, "subj"), (2, "aux"), (-1, "root")],
    ),
    # "en bil": the determiner governs the noun in DDT.
    "determiner": (
        [
            ("Hun", "hun", "PP3CSN-NU", 1, "subj"),
            ("købte", "købe", "VADA=----A-", -1, "ROOT"),
            ("en", "en", "PI-CSU--U", 1, "dobj"),
            ("bil", "bil", "NCCSU==I", 2, "nobj"),
        ],
        [(1, "subj"), (-1, "root"), (3, "det"), (1, "dobj")],
    ),
    # "Det er en fejl": the copula becomes a dependent of the nominal predicate.
    "copula": (
        [
            ("Det", "det", "PP3NSU-NU", 1, "subj"),
            ("er", "være", "VADR=----A-", -1, "ROOT"),
            ("en", "en", "PI-CSU--U", 1, "preds"),
            ("fejl", "fejl", "NCCSU==I", 2, "nobj"),
        ],
        [(3, "subj"), (3, "cop"), (3, "det"), (-1, "root")],
    ),
    # "Anne Hansen": the first name heads a flat name.
    "name": (
        [
            ("Anne", "Anne", "NP--U==-", 1, "namef"),
            ("Hansen", "Hansen", "NP--U==-", 2, "subj"),
            ("smiler", "smile", "VADR=----A-", -1, "ROOT"),
        ],
        [(2, "subj"), (0, "flat"), (-1, "root")],
    ),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_restructure_makes_content_words_heads(case: str) -> None:
    rows, expected = CASES[case]
    assert _arcs(restructure(_nodes(rows))) == expected


def test_restructure_subordinate_clause_gets_mark() -> None:
    # "siger , at han kommer": DDT `at -vobj-> kommer`; UD `kommer -mark-> at`.
    rows = [
        ("Hun", "hun", "PP3CSN-NU", 1, "subj"),
        ("siger", "sige", "VADR=----A-", -1, "ROOT"),
        ("at", "at", "CS", 1, "dobj"),
        ("han", "han", "PP3CSN-NU", 4, "subj"),
        ("kommer", "komme", "VADR=----A-", 2, "vobj"),
    ]
    arcs = _arcs(restructure(_nodes(rows)))
    assert arcs[2] == (4, "mark")
    assert arcs[4] == (1, "dobj")


def test_restructure_leaves_one_root() -> None:
    rows = [("Ja", "ja", "I", -1, "ROOT"), ("tak", "tak", "I", -1, "ROOT"), ("!", "!", "XP", 1, "pnct")]
    nodes = restructure(_nodes(rows))
    assert sum(n.head < 0 for n in nodes) == 1
