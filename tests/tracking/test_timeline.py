"""Claims across outlets: one cluster, appearances in time order, label changes, single_source."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kildespor.records import AnalysisResult
from kildespor.storage import Database, save_all
from kildespor.tracking import claim_clusters, track_claim

SCHOOL = "Dagbladet Nord", "Vestposten", "Morgenavisen"


def _school_cluster(database: Database):  # type: ignore[no-untyped-def]
    clusters = [c for c in claim_clusters(database) if "skole" in c.text.lower()]
    assert len(clusters) == 1
    return clusters[0]


def test_claim_cluster_three_outlets_one_source(newsroom_database: Database) -> None:
    cluster = _school_cluster(newsroom_database)
    assert [a.outlet for a in cluster.appearances] == list(SCHOOL)
    assert cluster.first.outlet == "Dagbladet Nord" and len(cluster.later) == 2
    assert [a.seen_at for a in cluster.appearances] == sorted(a.seen_at for a in cluster.appearances)
    assert cluster.single_source is True
    assert cluster.named_sources == ["Jens Hansen"]
    assert [(c.before, c.after, c.outlet) for c in cluster.label_changes] == [
        ("hearsay", "firm", "Morgenavisen")
    ]


def test_claim_cluster_via_chain_is_one_source(newsroom_database: Database) -> None:
    cluster = next(c for c in claim_clusters(newsroom_database) if "Putin" in c.text)
    assert cluster.outlets == ["Dagbladet Nord", "Vestposten"]
    assert cluster.single_source is True
    assert cluster.named_sources == ["Reuters"]


def test_claim_cluster_different_sources_not_single(
    database: Database, make_analysis: Callable[..., AnalysisResult]
) -> None:
    claim = "20 skoler i Aarhus skal lukkes næste år"
    results = [
        make_analysis(
            title=f"Skoler {n}", body=[f"Opfundet. {who} siger, at {claim}."], outlet=outlet, published=when,
            attributions=[{"source": who, "source_name": who, "cue": "siger", "content": claim}],
            claims=[{"text": claim, "label": "hearsay", "attribution": 0}],
        )
        for n, (who, outlet, when) in enumerate(
            [("Jens Hansen", "A-avis", "2026-01-02T10:00:00"), ("Lone Berg", "B-avis", "2026-01-01T09:00:00"),
             ("Jens Hansen", "C-avis", "2026-01-03T09:00:00")]
        )
    ]  # fmt: skip
    save_all(database, results)
    (cluster,) = claim_clusters(database)
    assert [a.outlet for a in cluster.appearances] == ["B-avis", "A-avis", "C-avis"]
    assert cluster.single_source is False
    assert cluster.named_sources == ["Jens Hansen", "Lone Berg"]


@pytest.mark.parametrize("unknown", [0, 10_000])
def test_track_claim_unknown_is_none(newsroom_database: Database, unknown: int) -> None:
    assert track_claim(newsroom_database, unknown) is None


def test_track_claim_finds_cluster_from_any_member(newsroom_database: Database) -> None:
    cluster = _school_cluster(newsroom_database)
    for appearance in cluster.appearances:
        found = track_claim(newsroom_database, appearance.claim_id)
        assert found is not None and found.id == cluster.id
