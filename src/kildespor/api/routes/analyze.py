"""POST /analyze: analysis of one document, nothing stored."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, HTTPException, status

from kildespor.api.analysis import analyze_submission
from kildespor.api.deps import SettingsDep
from kildespor.api.schemas import DocumentIn
from kildespor.records import Rejection

router = APIRouter(tags=["analysis"])


@router.post(
    "/analyze",
    summary="Analyse one article (nothing is stored)",
    responses={422: {"description": "Bad body, or the document was rejected (reason in detail)."}},
)
def analyze(document: DocumentIn, settings: SettingsDep) -> dict[str, Any]:
    """Return the analysis JSON (the same schema as `kildespor analyze --format json`)."""
    result = analyze_submission(document, settings)
    if isinstance(result, Rejection):
        raise HTTPException(
            status.HTTP_422_UNPROCESSABLE_CONTENT,
            detail={"stage": result.stage.value, "reason": result.reason.value, "message": result.detail},
        )
    return result.to_json_dict()
