"""Claim matching on invented paraphrases: same claim clusters, different claims do not."""

from __future__ import annotations

import pytest

from kildespor.tracking.fingerprints import claim_tokens
from kildespor.tracking.matching import cluster_fingerprints, is_same_claim


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("20 skoler i Aarhus skal lukkes næste år", "Kommunen lukker tyve skoler i Aarhus næste år"),
        ("Tyve af skolerne i Aarhus lukkes næste år", "20 skoler i Aarhus skal lukkes næste år"),
        ("Aleksandr Lukasjenko vil mødes med Putin i Minsk i maj",
         "Alexander Lukashenko skal mødes med Putin i Minsk i maj"),
        ("Regeringen hæver afgiften på cigaretter til 100 kroner", "Afgiften på cigaretter hæves til 100 kroner af regeringen"),
    ],
)  # fmt: skip
def test_is_same_claim_paraphrases(a: str, b: str) -> None:
    assert is_same_claim(claim_tokens(a), claim_tokens(b))


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("20 skoler i Aarhus skal lukkes næste år", "20 skoler i Odense får nye legepladser"),
        ("Lukasjenko vil mødes med Putin i Minsk", "Tikhanovskaja vil mødes med Macron i Paris"),
        ("skatten stiger", "renten falder"),
        (
            "Det sagde Lars Løkke Rasmussen i sin tale til Folketinget torsdag.",
            ", siger Lars Løkke Rasmussen.",
        ),
        ("Ny Munkegade 8000 Aarhus C", "Vennelyst Boulevard 8000 Aarhus C"),
    ],
)
def test_is_same_claim_different_claims(a: str, b: str) -> None:
    assert not is_same_claim(claim_tokens(a), claim_tokens(b))


def test_cluster_fingerprints_groups_transitively() -> None:
    texts = [
        "20 skoler i Aarhus skal lukkes næste år",
        "renten falder",
        "Kommunen lukker tyve skoler i Aarhus næste år",
        "Tyve af skolerne i Aarhus lukkes næste år",
    ]
    assert cluster_fingerprints([claim_tokens(t) for t in texts]) == [[0, 2, 3], [1]]


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [("skatten stiger", "skatten stiger.", True), ("Putin siger", "Putin mener", False), ("ja", "ja", False)],
)
def test_is_same_claim_short_claims_must_be_identical(a: str, b: str, same: bool) -> None:
    assert is_same_claim(claim_tokens(a), claim_tokens(b)) is same
