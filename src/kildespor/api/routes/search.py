"""GET /search: full text plus filters over stored articles and claims."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from kildespor.api.conversions import search_out
from kildespor.api.deps import DatabaseDep
from kildespor.api.schemas import SearchOut, SearchParams
from kildespor.tracking import SearchQuery, search

router = APIRouter(tags=["search"])


@router.get("/search", summary="Search articles and claims")
def search_corpus(params: Annotated[SearchParams, Query()], database: DatabaseDep) -> SearchOut:
    """Every query word must match (Danish stemming); filters apply together."""
    query = SearchQuery(
        text=params.q, outlet=params.outlet, date_from=params.date_from, date_to=params.date_to,
        source=params.source, source_kind=params.source_kind, label=params.label,
        entity_id=params.entity, limit=params.limit,
    )  # fmt: skip
    return search_out(search(database, query))
