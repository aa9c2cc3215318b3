"""kildespor_sentences: quote-aware sentence spans (invented Danish examples)."""

from __future__ import annotations

import pytest
from spacy.language import Language


def _sentences(nlp: Language, text: str) -> list[str]:
    doc = nlp(text)
    return [s.text for s in doc.spans["kildespor_sentences"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Han kom. Hun gik.", ["Han kom.", "Hun gik."]),
        (
            "“Vi er klar. Det bliver godt,” siger Ole Hansen. Så gik han.",
            ["“Vi er klar.", "Det bliver godt,” siger Ole Hansen.", "Så gik han."],
        ),
        ("»Hvorfor?« spurgte hun.", ["»Hvorfor?« spurgte hun."]),
        (
            "Mødet er den 4. marts kl. 10. Det varer en time.",
            ["Mødet er den 4. marts kl. 10.", "Det varer en time."],
        ),
        ("Overskrift uden punktum\n\nBrødtekst her.", ["Overskrift uden punktum", "Brødtekst her."]),
        ("Det siger hun til TV 2. Bagefter tier hun.", ["Det siger hun til TV 2.", "Bagefter tier hun."]),
        # `Sct.` split by the tokenizer into `Sct` + `.` is still an abbreviation
        ("Han bor i Sct. Hans Gade. Det er fint.", ["Han bor i Sct. Hans Gade.", "Det er fint."]),
        # joined initials before a surname end no sentence
        (
            "Det mener historikeren E.R. Milner. Han er klog.",
            ["Det mener historikeren E.R. Milner.", "Han er klog."],
        ),
    ],
)
def test_sentences_split_respects_quotes_and_lines(
    source_nlp: Language, text: str, expected: list[str]
) -> None:
    assert _sentences(source_nlp, text) == expected


def test_sentences_component_added_alone_to_blank_pipeline(blank_da_nlp: Language) -> None:
    nlp = blank_da_nlp.from_config(blank_da_nlp.config)
    nlp.add_pipe("kildespor_sentences")
    doc = nlp("Første sætning. Anden sætning.")
    assert [s.label_ for s in doc.spans["kildespor_sentences"]] == ["firm", "firm"]


def test_sentences_end_where_a_scraped_teaser_is_glued_to_the_next_sentence(source_nlp: Language) -> None:
    from kildespor.language.training.tokenizer_rules import customize_tokenizer

    nlp = source_nlp.from_config(source_nlp.config)
    customize_tokenizer(nlp)
    assert _sentences(nlp, "Lone Dam: Chokeret efter fødselHan er flyttet.") == [
        "Lone Dam: Chokeret efter fødsel",
        "Han er flyttet.",
    ]
