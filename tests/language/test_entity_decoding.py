"""Escaped letters in scraped text are decoded for analysis; reported offsets stay in the input."""

from __future__ import annotations

from kildespor.config import Settings
from kildespor.language.entity_decoding import decode_references
from kildespor.pipeline import analyze_text
from kildespor.records import AnalysisResult


def test_text_without_references_is_returned_as_is() -> None:
    assert decode_references("Hun håber & tror.") == ("Hun håber & tror.", None)


def test_references_decode_and_every_character_maps_back() -> None:
    source = "h&#229;ber p&aring; EU&#8217;s &foo; x"
    decoded, offsets = decode_references(source)
    assert decoded == "håber på EU’s &foo; x"
    assert offsets is not None and len(offsets) == len(decoded) + 1
    assert source[offsets[1] : offsets[2]] == "&#229;"  # `å` came from its reference
    assert source[offsets[0] : offsets[5]] == "h&#229;ber"  # a word's span covers its references
    assert offsets[-1] == len(source)
    assert source[offsets[decoded.index("&foo;")] :].startswith("&foo;")  # unknown names stay


def test_analysis_of_escaped_text_reports_offsets_into_the_input(settings: Settings) -> None:
    text = "Ministeren h&#229;ber p&#229;, at m&#248;det l&#248;ser krisen, siger hun.\n"
    result = analyze_text(text, settings, normalise=False)
    assert isinstance(result, AnalysisResult)
    cues = [text[a.cue[0] : a.cue[1]] for a in result.attributions]
    assert "siger" in cues
    for attribution in result.attributions:
        assert attribution.content_text == text[attribution.content[0] : attribution.content[1]]
    for sentence in result.sentences:
        assert sentence.text == text[sentence.span[0] : sentence.span[1]]
