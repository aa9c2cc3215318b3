"""CorpusSnapshot: entity groups and claim clusters computed once per state of the store.

Articles are only ever added, so the number of stored articles identifies a
state; the snapshot is rebuilt when it changes.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from functools import cached_property

from kildespor.storage import ClaimRow, Database
from kildespor.tracking.entities import EntityResolver, NameVariant
from kildespor.tracking.fingerprints import claim_tokens
from kildespor.tracking.matching import cluster_fingerprints
from kildespor.tracking.timeline import ClaimCluster, build_cluster

_SOURCE_KIND_LABEL = {"person": "PER", "organisation": "ORG", "media": "ORG", "document": "MISC"}


@dataclass
class CorpusSnapshot:
    """Read-side views over all stored articles."""

    database: Database
    claim_rows: list[ClaimRow]

    @cached_property
    def resolver(self) -> EntityResolver:
        """Entity spellings plus attribution source names, grouped."""
        variants = [NameVariant(e.name, e.label, e.mentions, e.id) for e in self.database.corpus.entities()]
        known = {(v.name, v.label) for v in variants}
        for name, kind in self.database.corpus.source_names():
            label = _SOURCE_KIND_LABEL.get(kind)
            if label and (name, label) not in known:
                variants.append(NameVariant(name, label))
                known.add((name, label))
        for row in self.claim_rows:
            if row.via_name and (row.via_name, "ORG") not in known and (row.via_name, "PER") not in known:
                variants.append(NameVariant(row.via_name, "ORG"))
                known.add((row.via_name, "ORG"))
        return EntityResolver(variants)

    @cached_property
    def clusters(self) -> list[ClaimCluster]:
        """Every claim cluster, largest first, then by first appearance."""
        fingerprints = [claim_tokens(row.text) for row in self.claim_rows]
        groups = cluster_fingerprints(fingerprints)
        built = [build_cluster([self.claim_rows[i] for i in group], self.resolver) for group in groups]
        return sorted(built, key=lambda c: (-c.article_count, -len(c.appearances), c.first.seen_at, c.id))

    @cached_property
    def cluster_of_claim(self) -> dict[int, ClaimCluster]:
        return {a.claim_id: cluster for cluster in self.clusters for a in cluster.appearances}


_cache: dict[int, tuple[int, CorpusSnapshot]] = {}
_lock = threading.Lock()


def corpus_snapshot(database: Database) -> CorpusSnapshot:
    """The snapshot for the store's current state (cached per Database object)."""
    state = database.articles.count()
    with _lock:
        cached = _cache.get(id(database))
        if cached is not None and cached[0] == state and cached[1].database is database:
            return cached[1]
    snapshot = CorpusSnapshot(database=database, claim_rows=database.corpus.claims())
    with _lock:
        _cache[id(database)] = (state, snapshot)
    return snapshot
