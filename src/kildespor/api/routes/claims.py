"""GET /claims and /claims/{id}: one claim across outlets."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException, status

from kildespor.api.conversions import cluster_out
from kildespor.api.deps import DatabaseDep
from kildespor.api.schemas import ClaimClusterOut
from kildespor.tracking import claim_clusters, track_claim

router = APIRouter(prefix="/claims", tags=["claims"])


@router.get("", summary="Claim clusters, largest first")
def get_claims(database: DatabaseDep, min_appearances: int = 1, limit: int = 100) -> list[ClaimClusterOut]:
    return [cluster_out(c) for c in claim_clusters(database, min_appearances=min_appearances)[:limit]]


@router.get("/{claim_id}", summary="The cluster of one claim: first appearance, spread, labels, sources")
def get_claim(claim_id: int, database: DatabaseDep) -> ClaimClusterOut:
    cluster = track_claim(database, claim_id)
    if cluster is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, detail=f"no claim with id {claim_id}")
    return cluster_out(cluster)
