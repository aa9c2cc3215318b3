"""The metadata cascade: JSON-LD, meta tags, visible markup, dates."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from kildespor.extract.html_clean import parse_html
from kildespor.extract.metadata import outlet_of, parse_iso_date, read_metadata


def _meta(head: str, body: str = "", known: dict[str, str] | None = None):  # type: ignore[no-untyped-def]
    tree = parse_html(f"<html lang='da'><head>{head}</head><body>{body}</body></html>")
    assert tree is not None
    return read_metadata(tree, None, known or {}, None)


def test_read_metadata_json_ld_wins_over_meta() -> None:
    found = _meta(
        '<meta property="og:title" content="Meta-titel">'
        '<script type="application/ld+json">{"@graph": [{"@type": "WebSite"}, {"@type": "NewsArticle", '
        '"headline": "JSON-LD-titel", "author": [{"@type": "Person", "name": "Anne Opdigt"}, '
        '{"@type": "Organization", "name": "Avisen"}], "datePublished": "2024-02-01T10:00:00Z"}]}</script>'
    )
    assert found.title == "JSON-LD-titel"
    assert found.authors == ["Anne Opdigt"]
    assert found.published == datetime.fromisoformat("2024-02-01T10:00:00+00:00")
    assert found.sources == {"title": "json-ld", "byline": "json-ld", "published": "json-ld"}
    assert found.declared_language == "da"


def test_read_metadata_skips_handles_and_urls_as_authors() -> None:
    found = _meta(
        '<meta name="author" content="@avisen"><meta name="twitter:creator" content="@x">',
        '<span class="byline">Af Jens Fiktiv</span>',
    )
    assert found.authors == ["Af Jens Fiktiv"]
    assert found.sources["byline"] == "markup"


def test_read_metadata_broken_json_ld_is_ignored() -> None:
    found = _meta('<script type="application/ld+json">{"@type": "NewsArticle", </script><title>Titel</title>')
    assert found.title == "Titel"


def test_read_metadata_reader_fields_are_last_fallback() -> None:
    found = _meta("", "<p>tekst</p>", {"title": "Fra eksporten", "date": "2023-05-06"})
    assert found.title == "Fra eksporten"
    assert found.published == date(2023, 5, 6)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-03-14", date(2024, 3, 14)),
        ("2024-03-14T08:30:00+01:00", datetime.fromisoformat("2024-03-14T08:30:00+01:00")),
        ("2024-03-14T08:30:00.123Z", datetime.fromisoformat("2024-03-14T08:30:00.123+00:00")),
        ("Thu, 14 Mar 2024 07:30:00 GMT", None),
        ("ikke en dato", None),
        ("", None),
        (None, None),
    ],
)
def test_parse_iso_date_formats(value: str | None, expected: object) -> None:
    result = parse_iso_date(value)
    if value and value.startswith("Thu"):
        assert isinstance(result, datetime) and result.day == 14
    else:
        assert result == expected


@pytest.mark.parametrize(
    ("url", "outlet"),
    [
        ("https://www.dr.dk/nyheder/x", "dr.dk"),
        ("http://politiken.dk", "politiken.dk"),
        (None, None),
        ("::", None),
    ],
)
def test_outlet_of_host_without_www(url: str | None, outlet: str | None) -> None:
    assert outlet_of(url) == outlet


def test_read_metadata_json_ld_in_cdata() -> None:
    found = _meta(
        '<script type="application/ld+json">\n<![CDATA[\n{"@type": "NewsArticle", "headline": "Fra CDATA", '
        '"datePublished": "2015-10-15T02:19:15Z"}\n]]>\n</script>'
    )
    assert found.title == "Fra CDATA"
    assert found.published == datetime.fromisoformat("2015-10-15T02:19:15+00:00")
