"""Settings: one validated object with a section per stage, built once at the edge."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid")


class IngestSettings(_Section):
    max_bytes: int = 20_000_000
    text_field: str = "text"
    url_field: str = "url"
    date_field: str = "date"
    title_field: str = "title"
    html_field: str = "html"


class ExtractSettings(_Section):
    vocabulary: str = "da"
    as_of: str = ""
    max_chars: int = 1_500_000


class LanguageSettings(_Section):
    model: str = "auto"
    lang: str = "da"


class StorageSettings(_Section):
    url: str = ""


class ApiSettings(_Section):
    host: str = "127.0.0.1"
    port: int = 8000
    token: str = ""
    max_body_bytes: int = 5_000_000


class BatchSettings(_Section):
    workers: int = 2
    shard_size: int = 200


class Settings(_Section):
    ingest: IngestSettings = IngestSettings()
    extract: ExtractSettings = ExtractSettings()
    language: LanguageSettings = LanguageSettings()
    storage: StorageSettings = StorageSettings()
    api: ApiSettings = ApiSettings()
    batch: BatchSettings = BatchSettings()
