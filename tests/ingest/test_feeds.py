"""FeedReader: RSS and Atom entries become HTML documents with their fields kept."""

from __future__ import annotations

from pathlib import Path

import pytest

from kildespor.config import IngestSettings
from kildespor.ingest.feeds import FeedReader
from kildespor.records import RawDocument, ReasonCode, Rejection

DATA = Path(__file__).resolve().parents[1] / "data" / "web"


@pytest.mark.parametrize(
    ("name", "titles"),
    [
        ("feed_da.rss", ["Ny cykelsti åbner langs fjorden", "Færge aflyser afgange på grund af storm"]),
        ("feed_da.atom", ["Bibliotek får længere åbningstider", "Koncertsal sælger ud på få minutter"]),
    ],
)
def test_feed_reader_one_document_per_entry(name: str, titles: list[str]) -> None:
    items = list(FeedReader(IngestSettings()).read_bytes((DATA / name).read_bytes(), name))
    assert all(isinstance(i, RawDocument) for i in items)
    docs = [i for i in items if isinstance(i, RawDocument)]
    assert [d.metadata["title"] for d in docs] == titles
    assert all(d.format == "html" and d.provenance.url for d in docs)
    assert [d.provenance.index for d in docs] == [0, 1]


def test_feed_reader_keeps_author_and_date() -> None:
    first = next(FeedReader(IngestSettings()).read_bytes((DATA / "feed_da.rss").read_bytes(), "f.rss"))
    assert isinstance(first, RawDocument)
    assert first.metadata["author"] == "Mette Opdigt"
    assert first.metadata["date"].startswith("2024-03-14T07:30")
    assert "replikstreg" not in (first.text or "") and "– Vi glæder os" in (first.text or "")


@pytest.mark.parametrize("data", [b"", b"<rss><channel></channel></rss>", b"\x00\x01\x02 not a feed"])
def test_feed_reader_without_entries_is_one_rejection(data: bytes) -> None:
    [item] = FeedReader(IngestSettings()).read_bytes(data, "tom.rss")
    assert isinstance(item, Rejection)
    assert item.reason == ReasonCode.EMPTY
    assert "tom.rss" in item.error
