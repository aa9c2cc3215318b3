"""kildespor_quotes: quotation regions in the Danish conventions (invented examples)."""

from __future__ import annotations

import pytest
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "content", "label"),
    [
        ("»Det er løgn,« sagde hun.", "Det er løgn,", "marked"),
        ("“Vi vinder,” siger han.", "Vi vinder,", "marked"),
        ('"Nej", siger han.', "Nej", "marked"),
        ("- Vi har det godt, siger Ole.", "Vi har det godt, siger Ole.", "dash"),
        ("»Vi mangler penge\n\nDet er slemt.", "Vi mangler penge", "open"),
    ],
)
def test_quotes_regions_by_convention(source_nlp: Language, text: str, content: str, label: str) -> None:
    spans = list(source_nlp(text).spans["kildespor_quotes"])
    assert [(s.text, s.label_) for s in spans][:1] == [(content, label)]


def test_quotes_multi_paragraph_quote_continues(source_nlp: Language) -> None:
    text = "»Første afsnit af citatet.\n\n»Andet afsnit,« siger hun."
    spans = list(source_nlp(text).spans["kildespor_quotes"])
    assert len(spans) == 1
    assert spans[0].text.startswith("Første") and spans[0].text.endswith("afsnit,")


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("'Vi vinder i morgen,' siger træneren.", ["Vi vinder i morgen,"]),
        ("Bageren: 'Vi åbner igen på mandag'", ["Vi åbner igen på mandag"]),
        # scare quotes and apostrophes are no quotations
        ("Han kritiserer hendes 'største fejl' igen.", []),
        ("Lars' far og Hans' mor kom.", []),
    ],
)
def test_single_marks_quote_speech_on_one_line(source_nlp: Language, text: str, quoted: list[str]) -> None:
    from kildespor.language.components.quotation_regions import find_quote_regions

    doc = source_nlp(text)
    assert [doc[r.start : r.end].text for r in find_quote_regions(doc)] == quoted


def test_quotes_a_speech_tag_closes_a_quotation_whose_closing_mark_is_missing(source_nlp: Language) -> None:
    from kildespor.language.components.quotation_regions import find_quote_regions

    text = "”Det undrer mig, hvis der ikke sker noget, siger Jens Jeppesen og tilføjer:\n\n”Det er min fornemmelse.”"
    doc = source_nlp.make_doc(text)
    assert [doc[r.start : r.end].text for r in find_quote_regions(doc)] == [
        "Det undrer mig, hvis der ikke sker noget",
        "Det er min fornemmelse.",
    ]
