"""analyze_sources: records with character offsets, on invented text and on bad input."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kildespor.records import Article, SourceAnalysis
from kildespor.sources import analyze_sources

# invented example article (not from any outlet)
INVENTED = (
    "Borgmester Eva Holm: Skolen lukker ikke\n\n"
    "Skolen i Nørreby lukker angiveligt til sommer. Det skriver Nørreby Avis.\n\n"
    "»Vi har ingen planer om at lukke skolen,« siger Eva Holm til TV 2.\n\n"
    "Ifølge forældrene er beslutningen taget for længst, men Eva Holm afviser, at hun kender til planen."
)


def _analyse(nlp: Language, text: str) -> SourceAnalysis:
    doc = nlp(text)
    article = Article(id="test", text=text)
    return analyze_sources(doc, article)


def test_sources_records_point_into_text(source_nlp: Language) -> None:
    result = _analyse(source_nlp, INVENTED)
    assert len(result.attributions) >= 5
    for a in result.attributions:
        assert INVENTED[a.cue[0] : a.cue[1]] == a.cue_text
        assert INVENTED[a.content[0] : a.content[1]] == a.content_text
        if a.source is not None:
            assert INVENTED[a.source[0] : a.source[1]] == a.source_text
    for m in result.markers:
        assert INVENTED[m.span[0] : m.span[1]] == m.text
    for s in result.sentences:
        assert INVENTED[s.span[0] : s.span[1]] == s.text


def test_sources_quote_has_relay_and_resolved_name(source_nlp: Language) -> None:
    result = _analyse(source_nlp, INVENTED)
    quote = next(a for a in result.attributions if a.kind == "direct" and a.cue_text == "siger")
    assert (quote.source_name, quote.via_name) == ("Eva Holm", "TV 2")


def test_sources_labels_claims_and_entities(source_nlp: Language) -> None:
    result = _analyse(source_nlp, INVENTED)
    labels = {s.text: s.label for s in result.sentences}
    assert labels["Skolen i Nørreby lukker angiveligt til sommer."] == "hearsay"
    assert any(c.label == "denied" and c.attribution is not None for c in result.claims)
    assert not any("siger Eva Holm" in c.text for c in result.claims), "a reporting frame is not a claim"
    assert "Eva Holm" in {e.name for e in result.entities}


def _consistent(text: str, result: SourceAnalysis) -> None:
    """Every span lies inside the text and is ordered; records agree with their own text fields."""
    n = len(text)
    spans = [a.cue for a in result.attributions] + [a.content for a in result.attributions]
    spans += (
        [m.span for m in result.markers]
        + [s.span for s in result.sentences]
        + [c.span for c in result.claims]
    )
    assert all(0 <= s <= e <= n for s, e in spans)
    assert all(text[s.span[0] : s.span[1]] == s.text for s in result.sentences)


@pytest.mark.parametrize(
    "text",
    [
        "»Det her citat slutter aldrig, siger han. Og så videre.\n\nNæste afsnit » « » med løse tegn.",
        '"""" « » “ ” - - – —',
        "»Kun citater.« »Endnu et citat.« »Og et tredje,« siger hun. »Fjerde.«",
        "Hun siger 🎉🔥, at ‏مرحبا‎ er hej på arabisk 😀. שלום siger han.",
        "",
        "   \n\n  \n",
        ":::: : : siger, at , ifølge",
    ],
)
def test_sources_bad_input_runs_with_consistent_spans(source_nlp: Language, text: str) -> None:
    _consistent(text, _analyse(source_nlp, text))


def test_sources_long_document_runs(source_nlp: Language) -> None:
    sentence = "»Vi er klar,« siger Ole Hansen. Han mener, at det måske går godt. "
    text = sentence * 2500  # 5,000 sentences
    result = _analyse(source_nlp, text)
    assert len(result.sentences) == 5000
    assert len(result.attributions) == 5000
    _consistent(text, result)
