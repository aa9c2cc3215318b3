"""Scraped-text extraction on the seed and on the invented examples of other layouts."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from kildespor.config import ExtractSettings
from kildespor.extract import extract_article
from kildespor.ingest import read_documents, read_text_document
from kildespor.records import Article, RawDocument, Rejection


def _extract(path: Path, as_of: str = "") -> Article:
    raw = next(iter(read_documents([path])))
    assert isinstance(raw, RawDocument)
    article = extract_article(raw, ExtractSettings(as_of=as_of))
    assert isinstance(article, Article)
    return article


def _assert_offsets(article: Article) -> None:
    for block in article.content_blocks():
        assert article.text[block.start : block.end] == block.text


def test_scraped_seed_fields(seed_path: Path) -> None:
    article = _extract(seed_path)
    assert article.title == "Lukasjenkos soldater nægter at gå i krig mod Ukraine"
    assert article.byline == ["Mathias Nielsen"]
    assert article.published == date(2022, 3, 11)
    assert article.section == "Udland"
    assert article.lede == "Den interne modstand er eftersigende stor."
    assert article.credits.count("Pavel Mikheyev/Ritzau Scanpix") == 1
    assert "Andrej Tsaplienko" in article.credits
    assert "Dagens topnyheder" in article.boilerplate
    assert all("Dagens topnyheder" not in p.text and "Foto:" not in p.text for p in article.paragraphs)
    assert article.captured_estimate is not None
    assert abs((article.captured_estimate - date(2024, 9, 20)).days) <= 7
    assert article.language == "da"
    _assert_offsets(article)


EXPECTED = {
    "01_havnebad_dr_layout.txt": {
        "title": "Nyt havnebad i Kragsbjerg lukker efter algefund",
        "byline": ["Sofie Lindqvist", "Jonas Bak"],
        "section": "Indland",
        "published": date(2024, 6, 3),
        "boilerplate": ["Del artikel", "Læs også: Sådan undgår du alger, når du bader"],
    },
    "02_borgmester_tv2_regional.txt": {
        "title": "Ny borgmester vil flytte rådhuset",
        "byline": [],
        "published": date(2010, 1, 4),
        "section": None,
    },
    "03_vindmoeller_english_date.txt": {
        "title": "Vindmølleproducent varsler fyringer i Nordjylland",
        "byline": ["Maria Østergaard"],
        "agency": "Ritzau",
        "published": date(2022, 3, 4),
        "section": "Økonomi",
        "credits": ["Lars Hjort/Ritzau Scanpix/AFP"],
    },
    "04_sygehus_relative_age.txt": {
        "relative_age_raw": "for 3 timer siden",
        "section": "Indland",
        "published": date(2024, 6, 3),
    },
    "05_fabrik_ritzau_byline.txt": {
        "byline": ["Mette Holm", "Jens Berg"],
        "agency": "Ritzau",
        "published": date(2023, 5, 12),
        "updated": date(2023, 5, 12),
        "credits": ["Ole Krag/Ritzau Scanpix"],
    },
    "06_retssag_minimal.txt": {
        "title": "Tidligere kasserer anklaget for at tage millioner fra idrætsforening",
        "published": None,
        "byline": [],
    },
    "07_skole_headline_quote.txt": {
        "title": "Skolechef: Vi lukker ikke Bakkeskolen",
        "published": date(2023, 11, 2),
        "section": "Politik",
    },
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_scraped_examples_fields(examples_dir: Path, name: str) -> None:
    article = _extract(examples_dir / name, as_of="2024-06-03")
    for field, expected in EXPECTED[name].items():
        assert getattr(article, field) == expected, field
    assert article.paragraphs, "body paragraphs found"
    assert not any(
        p.text.startswith(("#", "Foto:", "Del artikel", "Læs også", "Se også")) for p in article.paragraphs
    )
    _assert_offsets(article)


def test_scraped_examples_all_covered(examples_dir: Path) -> None:
    assert sorted(p.name for p in examples_dir.glob("*.txt")) == sorted(EXPECTED)


@pytest.mark.parametrize(
    ("text", "field", "expected"),
    [
        (
            "Overskrift her\n\nAf Anna Berg\n\n4. marts 2022\n\nBrødtekst et.\n\nBrødtekst to.",
            "published",
            date(2022, 3, 4),
        ),
        ("Overskrift her\nfredag d. 11. marts 2022\nBrødtekst et.\n\nTo.", "published", date(2022, 3, 11)),
        ("Overskrift her\n2022-03-04T10:15\nBrødtekst et.\n\nTo.", "published", date(2022, 3, 4)),
        ("Sport\nOverskrift her\nAF JENS HANSEN, RITZAU\nBrødtekst et.\n\nTo.", "section", "Sport"),
        ("Overskrift\n/ritzau/\nBrødtekst et.\n\nTo.", "agency", "ritzau"),
        (
            "Overskrift\nAf Jens Hansen & Lise Dahl\nBrødtekst et.\n\nTo.",
            "byline",
            ["Jens Hansen", "Lise Dahl"],
        ),
        (
            "Overskrift\n\nBilledtekst: Noget\nFoto: A/B\nFoto: A/B\nPhoto: C\n\nBrød.\n\nTo.",
            "credits",
            ["A/B", "C"],
        ),
    ],
)
def test_scraped_layout_variants(text: str, field: str, expected: object) -> None:
    article = extract_article(read_text_document(text), ExtractSettings(as_of="2024-01-01"))
    assert isinstance(article, Article)
    value = getattr(article, field)
    if field == "agency":
        assert isinstance(value, str) and value.casefold() == str(expected)
    else:
        assert value == expected


def test_scraped_relative_age_resolved_with_as_of() -> None:
    raw = read_text_document("Overskrift\n\ni går\n\nBrødtekst et.\n\nBrødtekst to.")
    article = extract_article(raw, ExtractSettings(as_of="2024-01-10"))
    assert isinstance(article, Article)
    assert article.relative_age_raw == "i går"
    assert article.published == date(2024, 1, 9)


def test_scraped_hard_wrapped_lines_join() -> None:
    raw = read_text_document("Titel\n\nFørste linje af et afsnit\nder fortsætter her.\n\nNæste afsnit.")
    article = extract_article(raw, ExtractSettings())
    assert isinstance(article, Article)
    assert article.lede == "Første linje af et afsnit\nder fortsætter her."


@pytest.mark.parametrize("text", ["Dagens topnyheder\n\nDel artikel\n|\n", "Foto: Nogen\n"])
def test_scraped_only_furniture_rejected(text: str) -> None:
    result = extract_article(read_text_document(text), ExtractSettings())
    assert isinstance(result, Rejection)
    assert result.reason.value == "no_text"


def test_scraped_too_long_rejected() -> None:
    result = extract_article(read_text_document("Titel\n\n" + "ord " * 300), ExtractSettings(max_chars=500))
    assert isinstance(result, Rejection)
    assert result.reason.value == "too_large"


def test_scraped_teaser_lines_stay_out_of_the_body_but_are_read_for_sources() -> None:
    text = (
        "Mand fundet død i Nivå\n\nPolitiet efterforsker et drab i Nivå.\n\nManden blev fundet i går.\n\n"
        "Læs også: Politi til drabsmistænkt: Meld dig\n\nSe også\n\nHan var 40 år gammel."
    )
    article = extract_article(read_text_document(text), ExtractSettings())
    assert isinstance(article, Article)
    assert all("Læs også" not in p.text for p in article.paragraphs)
    assert "Læs også: Politi til drabsmistænkt: Meld dig" in article.boilerplate
    assert [t.text for t in article.teasers] == ["Læs også: Politi til drabsmistænkt: Meld dig"]
    assert article.teasers[0].kind == "teaser"
    assert any(b.kind == "teaser" for b in article.content_blocks())
    _assert_offsets(article)
