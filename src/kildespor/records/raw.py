"""RawDocument: the content of one input document and where it came from."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field


class Provenance(BaseModel):
    """Where a document came from; enough to find it again."""

    model_config = ConfigDict(frozen=True)

    path: str | None = Field(None, description="Input file path (or '-' for stdin).")
    url: str | None = Field(None, description="URL of the page, when known.")
    reader: str = Field("text", description="Name of the reader that produced the document.")
    index: int = Field(0, description="Position of the document within its input file.")
    warc_record_id: str | None = None
    warc_offset: int | None = Field(None, description="Byte offset of the record in the WARC file.")
    fetch_date: datetime | None = Field(None, description="When the page was fetched/archived.")
    content_type: str | None = None
    encoding: str | None = Field(None, description="Declared or detected character encoding.")


class RawDocument(BaseModel):
    """One input document before extraction: bytes or already-decoded text."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    id: str = Field(description="Stable id: hash of the content.")
    content: bytes | None = Field(None, exclude=True, description="Raw bytes, when read from a file.")
    text: str | None = Field(None, description="Decoded text, when the reader already decoded it.")
    format: str = Field("text", description="text | html | feed-entry")
    provenance: Provenance = Field(default_factory=Provenance)
    metadata: dict[str, str] = Field(
        default_factory=dict, description="Fields the reader already knew (title, date, ...)."
    )
