"""HtmlReader: saved HTML pages, one document per file (folders are expanded upstream)."""

from __future__ import annotations

from collections.abc import Iterator

from kildespor.config import IngestSettings
from kildespor.ingest.decoding import charset_from_meta
from kildespor.ingest.text import document_from_bytes
from kildespor.records import Provenance, RawDocument, Rejection


class HtmlReader:
    """Reads a whole file as one HTML page; the charset comes from `<meta>` when declared."""

    name = "html"

    def __init__(self, settings: IngestSettings) -> None:
        self.settings = settings

    def read_bytes(self, data: bytes, path: str) -> Iterator[RawDocument | Rejection]:
        """One RawDocument (format "html") or a Rejection saying why not."""
        provenance = Provenance(path=path, reader=self.name, content_type="text/html")
        yield html_document(data, provenance, self.settings)


def html_document(
    data: bytes, provenance: Provenance, settings: IngestSettings, declared: str | None = None
) -> RawDocument | Rejection:
    """Decode one page: HTTP-declared charset first, then the page's own meta charset.

    Mojibake repair (ftfy) is left to the extractor, which runs it on the
    extracted text: on the whole page it would cost ten times more.
    """
    encoding = declared or charset_from_meta(data)
    return document_from_bytes(
        data, provenance, settings, fmt="html", declared_encoding=encoding, repair=False
    )
