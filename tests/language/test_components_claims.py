"""kildespor_sentence_labels and kildespor_claims: labels from markers, claims with voice and evidence."""

from __future__ import annotations

from spacy.language import Language


def test_sentence_labels_take_strongest_marker(source_nlp: Language) -> None:
    doc = source_nlp("Han er måske sigtet for tyveri. Vejret er godt.")
    assert [s.label_ for s in doc.spans["kildespor_sentences"]] == ["contested", "firm"]


def test_claims_split_author_and_source_voice(source_nlp: Language) -> None:
    doc = source_nlp("Borgmester Eva Holm siger, at skolen angiveligt lukker næste år.")
    claims = doc._.kildespor_claims
    voiced = [c for c in claims if c.attribution is not None]
    assert [c.span.text for c in voiced] == ["skolen angiveligt lukker næste år"]
    assert voiced[0].label == "hearsay"
    assert [e.text for e in voiced[0].evidence] == ["angiveligt"]


def test_claims_author_voice_without_attribution(source_nlp: Language) -> None:
    claims = source_nlp("Broen åbner formentlig i maj.")._.kildespor_claims
    assert [(c.attribution, c.label) for c in claims] == [(None, "hedged")]


def test_claims_denial_frame_labels_the_reported_claim(source_nlp: Language) -> None:
    claims = source_nlp(
        "Direktør Thomas Ravn afviser, at fabrikken har overtrådt reglerne."
    )._.kildespor_claims
    assert [(c.span.text, c.label) for c in claims] == [("fabrikken har overtrådt reglerne", "denied")]
    assert claims[0].attribution is not None
    assert [e.text for e in claims[0].evidence] == ["afviser, at"]


def test_claims_quote_tag_is_not_an_author_claim(source_nlp: Language) -> None:
    claims = source_nlp(
        "»Vi har fulgt alle reglerne,« siger direktør Thomas Ravn til Ritzau."
    )._.kildespor_claims
    assert len(claims) == 1
    assert claims[0].attribution is not None
    assert "siger" not in claims[0].span.text
