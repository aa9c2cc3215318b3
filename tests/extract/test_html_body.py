"""Body proposals, the choice between them, and dash-quote restoration."""

from __future__ import annotations

from kildespor.extract.html_body import BodyProposal, block_texts, choose_body, restore_dash_quotes
from kildespor.extract.html_clean import parse_html


def test_block_texts_splits_at_block_boundaries() -> None:
    tree = parse_html("<div>intro <b>fed</b><p>første</p>mellem<ul><li>a</li><li>b</li></ul><br>slut</div>")
    assert tree is not None
    assert block_texts(tree) == ["intro fed", "første", "mellem", "a", "b", "slut"]


def test_block_texts_skips_scripts_and_styles() -> None:
    tree = parse_html("<div><script>var x = 1;</script><style>p {}</style><p>tekst</p></div>")
    assert tree is not None
    assert block_texts(tree) == ["tekst"]


def test_choose_body_prefers_more_text() -> None:
    short = BodyProposal("trafilatura", ["en to tre"])
    long = BodyProposal("readability", ["en to tre", "fire fem seks syv"])
    assert choose_body([short, long]).name == "readability"
    assert choose_body([BodyProposal("trafilatura", []), short]).name == "trafilatura"


def test_choose_body_full_primary_is_not_doubled_by_another() -> None:
    article = BodyProposal("trafilatura", ["ord " * 450])
    with_comments = BodyProposal("readability", ["ord " * 450, "kommentar " * 400])
    assert choose_body([article, with_comments]).name == "trafilatura"
    slightly_longer = BodyProposal("readability", ["ord " * 450, "mere tekst " * 20])
    assert choose_body([article, slightly_longer]).name == "readability"


def test_restore_dash_quotes_inserts_dropped_quote_in_page_order() -> None:
    tree = parse_html(
        "<body><p>Første afsnit om sagen.</p><p>– Det er helt uacceptabelt, siger hun.</p>"
        "<p>Andet afsnit om sagen.</p><p>– Kommentar under artiklen her</p></body>"
    )
    assert tree is not None
    kept = ["Første afsnit om sagen.", "Andet afsnit om sagen."]
    restored = restore_dash_quotes(kept, tree, lambda text: False)
    assert restored == [
        "Første afsnit om sagen.",
        "– Det er helt uacceptabelt, siger hun.",
        "Andet afsnit om sagen.",
    ]
