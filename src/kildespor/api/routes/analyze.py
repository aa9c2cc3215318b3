"""POST /analyze: analysis of one document, nothing stored."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException, Response, status

from kildespor.api.analysis import analyze_submission
from kildespor.api.deps import SettingsDep
from kildespor.api.schemas import DocumentIn
from kildespor.records import AnalysisResult, Rejection

router = APIRouter(tags=["analysis"])


@router.post(
    "/analyze",
    summary="Analyse one article (nothing is stored)",
    response_model=AnalysisResult,
    responses={422: {"description": "Bad body, or the document was rejected (reason in detail)."}},
)
def analyze(document: DocumentIn, settings: SettingsDep) -> Response:
    """Return the analysis JSON (the same schema as `kildespor analyze --format json`)."""
    result = analyze_submission(document, settings)
    if isinstance(result, Rejection):
        raise HTTPException(
            status.HTTP_422_UNPROCESSABLE_CONTENT,
            detail={"stage": result.stage.value, "reason": result.reason.value, "message": result.detail},
        )
    # Serialised by pydantic directly: the result is already validated, a second pass costs throughput.
    return Response(content=result.model_dump_json(by_alias=True), media_type="application/json")
