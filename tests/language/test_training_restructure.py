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


def test_restructure_determiner_with_only_an_adjective_makes_the_adjective_head() -> None:
    # "det værste": no noun follows, so the adjective heads and the determiner is its `det`.
    rows = [
        ("Det", "det", "PP3NSU-NU", 1, "subj"),
        ("er", "være", "VADR=----A-", -1, "ROOT"),
        ("det", "den", "PD-NSU--U", 1, "preds"),
        ("værste", "slem", "ANS[CN][SP]U=DU", 2, "attr"),
    ]
    arcs = _arcs(restructure(_nodes(rows)))
    assert arcs[2] == (3, "det")
    assert arcs[3][0] == -1


def test_restructure_named_apposition_heads_the_noun() -> None:
    # "det nye bureau DPA meddelte": the name becomes the head, the noun its dependent.
    rows = [
        ("Det", "den", "PD-NSU--U", 4, "subj"),
        ("nye", "ny", "ANP[CN]SU=DU", 0, "attr"),
        ("bureau", "bureau", "NCNSU==I", 0, "nobj"),
        ("DPA", "DPA", "NP--U==-", 0, "appr"),
        ("meddelte", "meddele", "VADA=----A-", -1, "ROOT"),
    ]
    arcs = _arcs(restructure(_nodes(rows)))
    assert arcs[0] == (3, "det")
    assert arcs[3] == (4, "subj")
    assert arcs[2][0] == 3


def test_restructure_quoted_coordination_becomes_root() -> None:
    # '"Og så kom vi", siger hun': the quoted conjunct is the root, the reporting verb its conj.
    rows = [
        ('"', '"', "XP", 1, "pnct"),
        ("Og", "og", "CC", 5, "qobj"),
        ("så", "så", "RGU", 3, "other"),
        ("kom", "komme", "VADA=----A-", 1, "conj"),
        ('"', '"', "XP", 1, "pnct"),
        ("siger", "sige", "VADR=----A-", -1, "ROOT"),
        ("hun", "hun", "PP3CSN-NU", 5, "subj"),
    ]
    arcs = _arcs(restructure(_nodes(rows)))
    assert arcs[3] == (-1, "root")
    assert arcs[1] == (3, "cc")
    assert arcs[5] == (3, "conj")


def test_restructure_resumptive_adverb_modifies_the_main_clause() -> None:
    # "Hvis det regner, så bliver vi hjemme": `så` (DDT `ref` to the fronted clause) → main verb.
    rows = [
        ("Hvis", "hvis", "CS", 4, "cond"),
        ("det", "det", "PP3NSU-NU", 2, "subj"),
        ("regner", "regne", "VADR=----A-", 0, "vobj"),
        ("så", "så", "RGU", 0, "ref"),
        ("bliver", "blive", "VADR=----A-", -1, "ROOT"),
        ("vi", "vi", "PP1CPN-NU", 4, "subj"),
        ("hjemme", "hjemme", "RGU", 4, "loc"),
    ]
    arcs = _arcs(restructure(_nodes(rows)))
    assert arcs[3] == (4, "advmod")


def test_restructure_coordinated_determiners_hang_the_coordinator_on_the_first_conjunct() -> None:
    # "en bil og et hus": DDT coordinates the determiners; UD_Danish-DDT has `og` as `dep`.
    rows = [
        ("Vi", "vi", "PP1CPN-NU", 1, "subj"),
        ("købte", "købe", "VADA=----A-", -1, "ROOT"),
        ("en", "en", "PI-CSU--U", 1, "dobj"),
        ("bil", "bil", "NCCSU==I", 2, "nobj"),
        ("og", "og", "CC", 5, "coord"),
        ("et", "en", "PI-NSU--U", 2, "conj"),
        ("hus", "hus", "NCNSU==I", 5, "nobj"),
    ]
    arcs = _arcs(restructure(_nodes(rows)))
    assert arcs[6] == (3, "conj")
    assert arcs[4] == (3, "dep")


def test_restructure_preposition_hangs_on_its_adverb() -> None:
    # "især i knæene": the preposition's adverb stays on the noun, the preposition on the adverb.
    rows = [
        ("Det", "det", "PP3NSU-NU", 1, "subj"),
        ("gør", "gøre", "VADR=----A-", -1, "ROOT"),
        ("ondt", "ond", "ANPNSU=IU", 1, "dobj"),
        ("især", "især", "RGU", 4, "eval"),
        ("i", "i", "SP", 1, "loc"),
        ("knæene", "knæ", "NCNPU==D", 4, "nobj"),
    ]
    arcs = _arcs(restructure(_nodes(rows)))
    assert arcs[4] == (3, "case")
    assert arcs[3] == (5, "eval")
    assert arcs[5] == (1, "loc")


def test_restructure_relative_adverb_marks_its_clause() -> None:
    # "byen, hvor de bor": the clause takes the adverb's place; the adverb is its `mark`.
    rows = [
        ("byen", "by", "NCCSU==D", -1, "ROOT"),
        ("hvor", "hvor", "RGU", 0, "mod"),
        ("de", "de", "PP3[CN]PN-NU", 3, "subj"),
        ("bor", "bo", "VADR=----A-", 1, "rel"),
    ]
    arcs = _arcs(restructure(_nodes(rows)))
    assert arcs[1] == (3, "mark")
    assert arcs[3] == (0, "mod")


def test_restructure_coordinator_after_a_determiner_is_dep_whatever_the_second_conjunct() -> None:
    # "det nye parti og Tidendes redaktion": the first DDT conjunct is a determiner, the second
    # a noun; UD_Danish-DDT still hangs `og` on the first noun as `dep`.
    rows = [
        ("det", "den", "PD-NSU--U", 4, "subj"),
        ("parti", "parti", "NCNSU==I", 0, "nobj"),
        ("og", "og", "CC", 3, "coord"),
        ("avisens", "avis", "NCCSG==D", 0, "conj"),
        ("redaktion", "redaktion", "NCCSU==I", 3, "possd"),
        ("kom", "komme", "VADA=----A-", -1, "ROOT"),
    ]
    arcs = _arcs(restructure(_nodes(rows)))
    assert arcs[2] == (1, "dep")
    assert arcs[4] == (1, "conj")


@pytest.mark.parametrize("correlative", ["både", "hverken"])
def test_restructure_correlative_adverb_modifies_the_first_conjunct(correlative: str) -> None:
    # "både Anne og Ole": DDT hangs `både` on the coordinator; UD on the first conjunct.
    rows = [
        ("Vi", "vi", "PP1CPN-NU", 1, "subj"),
        ("så", "se", "VADA=----A-", -1, "ROOT"),
        (correlative, correlative, "RGU", 4, "correl"),
        ("Anne", "Anne", "NP--U==-", 1, "dobj"),
        ("og", "og", "CC", 5, "coord"),
        ("Ole", "Ole", "NP--U==-", 3, "conj"),
    ]
    arcs = _arcs(restructure(_nodes(rows)))
    assert arcs[2][0] == 3
    assert arcs[4] == (5, "coord")
    assert arcs[5] == (3, "conj")


def test_restructure_coordinated_prepositions_keep_the_coordinator_on_the_first() -> None:
    # "i maj og i juni": both prepositions become `case`; UD_Danish-DDT leaves `og` on the first.
    rows = [
        ("Vi", "vi", "PP1CPN-NU", 1, "subj"),
        ("kom", "komme", "VADA=----A-", -1, "ROOT"),
        ("i", "i", "SP", 1, "time"),
        ("maj", "maj", "NCCSU==I", 2, "nobj"),
        ("og", "og", "CC", 5, "coord"),
        ("i", "i", "SP", 2, "conj"),
        ("juni", "juni", "NCCSU==I", 5, "nobj"),
    ]
    arcs = _arcs(restructure(_nodes(rows)))
    assert arcs[2] == (3, "case")
    assert arcs[5] == (6, "case")
    assert arcs[6] == (3, "conj")
    assert arcs[4] == (2, "coord")


def test_restructure_possessive_with_named_apposition_leaves_the_noun_under_the_name() -> None:
    # "med deres far Henrik": the name heads; the non-genitive name does not become a possessor.
    rows = [
        ("rejste", "rejse", "VADA=----A-", -1, "ROOT"),
        ("med", "med", "SP", 0, "mod"),
        ("deres", "deres", "PO3[CN][SP]UPNU", 1, "nobj"),
        ("far", "far", "NCCSU==I", 2, "possd"),
        ("Henrik", "Henrik", "NP--U==-", 2, "appr"),
    ]
    arcs = _arcs(restructure(_nodes(rows)))
    assert arcs[4] == (0, "mod")
    assert arcs[1] == (4, "case")
    assert arcs[2] == (4, "det")
    assert arcs[3][0] == 4


def test_restructure_free_relative_clause_takes_the_pronoun_place() -> None:
    # "køber, hvad de ser": DDT `hvad -rel-> ser`; in UD `ser` is the object, `hvad` inside it.
    rows = [
        ("Vi", "vi", "PP1CPN-NU", 1, "subj"),
        ("køber", "købe", "VADR=----A-", -1, "ROOT"),
        ("hvad", "hvad", "PT-[CN]SU--U", 1, "dobj"),
        ("de", "de", "PP3[CN]PN-NU", 4, "subj"),
        ("ser", "se", "VADR=----A-", 2, "rel"),
    ]
    arcs = _arcs(restructure(_nodes(rows)))
    assert arcs[4] == (1, "dobj")
    assert arcs[2] == (4, "dobj")


def test_restructure_free_relative_takes_the_pronoun_der_as_subject() -> None:
    # "hvem der vandt": `der` (DDT `ref` to `hvem`) becomes the clause's subject.
    rows = [
        ("Vi", "vi", "PP1CPN-NU", 1, "subj"),
        ("ved", "vide", "VADR=----A-", -1, "ROOT"),
        ("hvem", "hvem", "PT-C[SP]U--U", 1, "dobj"),
        ("der", "der", "U=", 2, "ref"),
        ("vandt", "vinde", "VADA=----A-", 2, "rel"),
    ]
    arcs = _arcs(restructure(_nodes(rows)))
    assert arcs[4] == (1, "dobj")
    assert arcs[3] == (4, "subj")
    assert arcs[2] == (4, "dobj")


def test_restructure_relative_pronoun_of_a_coordinated_relative_clause_joins_it() -> None:
    # "bogen, som jeg læste, og som nu ligger her": the second `som` belongs to the conjunct.
    rows = [
        ("bogen", "bog", "NCCSU==D", -1, "ROOT"),
        ("som", "som", "U=", 0, "ref"),
        ("jeg", "jeg", "PP1CSN-NU", 3, "subj"),
        ("læste", "læse", "VADA=----A-", 0, "rel"),
        ("og", "og", "CC", 7, "coord"),
        ("som", "som", "U=", 0, "ref"),
        ("nu", "nu", "RGU", 7, "time"),
        ("ligger", "ligge", "VADR=----A-", 3, "conj"),
    ]
    arcs = _arcs(restructure(_nodes(rows)))
    assert arcs[1] == (3, "dobj")
    assert arcs[5] == (7, "subj")


def test_restructure_coordinated_subordinate_clauses_keep_the_coordinator_on_the_first() -> None:
    # "om han kommer, eller om han bliver": both `om` become `mark`; `eller` stays on `kommer`.
    rows = [
        ("Jeg", "jeg", "PP1CSN-NU", 1, "subj"),
        ("spørger", "spørge", "VADR=----A-", -1, "ROOT"),
        ("om", "om", "CS", 1, "dobj"),
        ("han", "han", "PP3CSN-NU", 4, "subj"),
        ("kommer", "komme", "VADR=----A-", 2, "vobj"),
        ("eller", "eller", "CC", 6, "coord"),
        ("om", "om", "CS", 2, "conj"),
        ("han", "han", "PP3CSN-NU", 8, "subj"),
        ("bliver", "blive", "VADR=----A-", 6, "vobj"),
    ]
    arcs = _arcs(restructure(_nodes(rows)))
    assert arcs[6] == (8, "mark")
    assert arcs[8] == (4, "conj")
    assert arcs[5] == (4, "coord")


def test_restructure_preposition_hangs_on_its_particle() -> None:
    # "for to år siden": DDT `for -part-> siden`; UD hangs `for` on `siden`, `siden` on `år`.
    rows = [
        ("Han", "han", "PP3CSN-NU", 1, "subj"),
        ("kom", "komme", "VADA=----A-", -1, "ROOT"),
        ("for", "for", "SP", 1, "time"),
        ("to", "to", "AC---U=--", 2, "nobj"),
        ("år", "år", "NCNPU==I", 3, "nobj"),
        ("siden", "siden", "RGU", 2, "part"),
    ]
    arcs = _arcs(restructure(_nodes(rows)))
    assert arcs[2] == (5, "case")
    assert arcs[5] == (4, "part")
    assert arcs[4] == (1, "time")
    assert arcs[3] == (4, "nummod")
