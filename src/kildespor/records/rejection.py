"""Rejections: a document that a stage could not handle is data with a reason."""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, Field

from kildespor.records.raw import Provenance


class Stage(StrEnum):
    INGEST = "ingest"
    EXTRACT = "extract"
    LANGUAGE = "language"
    SOURCES = "sources"
    STORAGE = "storage"


class ReasonCode(StrEnum):
    """Why a document was dropped. Stable strings: they end up in files and databases."""

    EMPTY = "empty"
    BINARY = "binary"
    UNDECODABLE = "undecodable"
    TOO_LARGE = "too_large"
    NOT_FOUND = "not_found"
    UNREADABLE = "unreadable"
    UNSUPPORTED_FORMAT = "unsupported_format"
    MALFORMED_HTML = "malformed_html"
    MALFORMED_WARC = "malformed_warc"
    MALFORMED_JSON = "malformed_json"
    MISSING_FIELD = "missing_field"
    NO_TEXT = "no_text"
    DUPLICATE = "duplicate"
    INTERNAL_ERROR = "internal_error"


class Rejection(BaseModel):
    """A document that did not make it through a stage, and why."""

    stage: Stage
    reason: ReasonCode
    detail: str = Field(description="Human-readable explanation, naming the file or record.")
    document_id: str | None = None
    provenance: Provenance = Field(default_factory=Provenance)

    @property
    def error(self) -> str:
        """One-line message for terminals and error records."""
        where = self.provenance.path or self.provenance.url or self.document_id or "<input>"
        return f"{where}: {self.reason.value}: {self.detail}"
