"""POST /articles (ingest, token required) and GET /articles/{id}."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException, Response, status

from kildespor.api.analysis import analyze_submission
from kildespor.api.conversions import article_out
from kildespor.api.deps import DatabaseDep, SettingsDep, TokenDep
from kildespor.api.schemas import ArticleOut, DocumentIn, IngestOut
from kildespor.records import Rejection
from kildespor.storage import save_analysis

router = APIRouter(prefix="/articles", tags=["articles"])


@router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    dependencies=[TokenDep],
    summary="Analyse and store one article (idempotent)",
    responses={200: {"description": "Already stored."}, 401: {"description": "No or wrong API token."}},
)
def ingest_article(
    document: DocumentIn, response: Response, settings: SettingsDep, database: DatabaseDep
) -> IngestOut:
    """Store the article; posting the same content again returns the stored id with created=false."""
    result = analyze_submission(document, settings)
    if isinstance(result, Rejection):
        save_analysis(database, result)
        raise HTTPException(
            status.HTTP_422_UNPROCESSABLE_CONTENT,
            detail={"stage": result.stage.value, "reason": result.reason.value, "message": result.detail},
        )
    outcome = save_analysis(database, result)
    assert outcome is not None  # an AnalysisResult always yields an outcome
    if not outcome.created:
        response.status_code = status.HTTP_200_OK
    return IngestOut(
        article_id=outcome.article_id, created=outcome.created, url=f"/articles/{outcome.article_id}"
    )


@router.get("/{article_id}", summary="One stored article with its analysis")
def get_article(article_id: str, database: DatabaseDep) -> ArticleOut:
    stored = database.articles.get(article_id)
    if stored is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, detail=f"no article with id {article_id!r}")
    return article_out(stored)
