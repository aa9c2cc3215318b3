"""GET /entities and /entities/{id}: people, organisations and places across spellings."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException, status

from kildespor.api.conversions import entity_out
from kildespor.api.deps import DatabaseDep
from kildespor.api.schemas import EntityOut
from kildespor.tracking import EntitySummary, entity_profile, list_entities

router = APIRouter(prefix="/entities", tags=["entities"])


@router.get("", summary="Entities merged across spellings, most mentioned first")
def get_entities(database: DatabaseDep, label: str | None = None, limit: int = 200) -> list[EntitySummary]:
    return list_entities(database, label=label, limit=limit)


@router.get("/{entity_id}", summary="One entity: spellings, roles, quotes by it, claims about it")
def get_entity(entity_id: int, database: DatabaseDep) -> EntityOut:
    profile = entity_profile(database, entity_id)
    if profile is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, detail=f"no entity with id {entity_id}")
    return entity_out(profile)
