"""Page cleaning: hidden nodes, 'Læs også' boxes, captions and credits."""

from __future__ import annotations

import pytest

from kildespor.extract.html_clean import clean_page, parse_html, split_credit, text_of
from kildespor.extract.vocabulary import load_vocabulary

VOCAB = load_vocabulary("da")


def _clean(body: str) -> tuple[str, list[str], list[str], list[str]]:
    tree = parse_html(f"<html><body>{body}</body></html>")
    assert tree is not None
    page = clean_page(tree, VOCAB)
    return text_of(page.tree), page.captions, page.credits, page.boilerplate


@pytest.mark.parametrize(
    "hidden",
    [
        "<p hidden>skjult</p>",
        '<div style="display: none">skjult</div>',
        '<span style="visibility:hidden">skjult</span>',
    ],
)
def test_clean_page_drops_hidden_nodes(hidden: str) -> None:
    text, *_ = _clean(f"<p>synlig</p>{hidden}<p>også synlig</p>")
    assert "skjult" not in text
    assert "synlig" in text and "også synlig" in text


@pytest.mark.parametrize(
    "box",
    [
        '<aside><h3>Læs også</h3><a href="/x">Anden historie</a></aside>',
        '<p>LÆS OGSÅ: <a href="/x">Anden historie</a></p>',
        '<div><strong>Se også</strong><ul><li><a href="/y">Anden historie</a></li></ul></div>',
        '<h3>Læs også:</h3><ul><li><a href="/z">Anden historie</a></li></ul>',
    ],
)
def test_clean_page_removes_read_also_boxes(box: str) -> None:
    text, _, _, boilerplate = _clean(f"<p>Brødtekst før.</p>{box}<p>Brødtekst efter.</p>")
    assert "Anden historie" not in text
    assert "Brødtekst før." in text and "Brødtekst efter." in text
    assert any("Anden historie" in b for b in boilerplate)


def test_clean_page_keeps_long_paragraph_that_mentions_read_also() -> None:
    paragraph = (
        "Læs også betingelserne grundigt, siger forbrugerombudsmanden, " + "for det kan koste dyrt. " * 12
    )
    text, _, _, boilerplate = _clean(f"<p>{paragraph}</p>")
    assert "forbrugerombudsmanden" in text
    assert boilerplate == []


def test_clean_page_takes_figcaption_apart() -> None:
    text, captions, credits, _ = _clean(
        "<figure><img src='a.jpg'><figcaption>Borgmesteren i byrådssalen. Foto: Per Opdigt</figcaption></figure>"
        "<p>Brødtekst.</p>"
    )
    assert captions == ["Borgmesteren i byrådssalen."]
    assert credits == ["Per Opdigt"]
    assert "Borgmesteren" not in text


@pytest.mark.parametrize(
    ("text", "caption", "credit"),
    [
        (
            "Statsministeren taler. Foto: Mads Opdigt/Ritzau Scanpix",
            "Statsministeren taler.",
            "Mads Opdigt/Ritzau Scanpix",
        ),
        ("Arkivfoto: Lise Fiktiv", None, "Lise Fiktiv"),
        ("Et billede af havnen © Jens Påfund", "Et billede af havnen", "Jens Påfund"),
        ("Kun en billedtekst uden kreditering", "Kun en billedtekst uden kreditering", None),
    ],
)
def test_split_credit_separates_caption_and_credit(
    text: str, caption: str | None, credit: str | None
) -> None:
    assert split_credit(text, VOCAB) == (caption, credit)


@pytest.mark.parametrize("html", ["", "   ", "\x00\x00", "<?xml version='1.0' encoding='utf-8'?>"])
def test_parse_html_degenerate_input_is_none_or_tree(html: str) -> None:
    assert parse_html(html) is None
