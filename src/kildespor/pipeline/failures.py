"""One document's bug becomes that document's Rejection, so a run never ends on it."""

from __future__ import annotations

import logging

from kildespor.records import Article, RawDocument, ReasonCode, Rejection, Stage

log = logging.getLogger(__name__)


def internal_error(raw: RawDocument | Article, stage: Stage, exc: Exception, *, step: str = "") -> Rejection:
    """Log the traceback and record the failure against the document (call inside `except`)."""
    where = raw.provenance.path or raw.id
    log.exception("%s failed on %s", step or stage.value, where)
    prefix = f"{step}: " if step else ""
    return Rejection(
        stage=stage,
        reason=ReasonCode.INTERNAL_ERROR,
        detail=f"{prefix}{type(exc).__name__}: {exc}",
        document_id=raw.id,
        provenance=raw.provenance,
    )
