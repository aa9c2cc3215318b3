"""token_strings: token attributes as plain lists (invented text)."""

from __future__ import annotations

import spacy

from kildespor.language.components.token_strings import line_layout, lower_strings, token_strings


def test_token_strings_follow_the_tokens() -> None:
    doc = spacy.blank("da")("Ole siger:\n\nJa.")
    assert token_strings(doc) == [t.text for t in doc]
    assert lower_strings(doc) == [t.lower_ for t in doc]
    texts, spaces, breaks = line_layout(doc)
    assert texts == [t.text for t in doc]
    assert spaces == [t.is_space for t in doc]
    assert breaks == [t.is_space and "\n" in t.text for t in doc]
    assert any(breaks)


def test_token_strings_of_an_empty_doc() -> None:
    doc = spacy.blank("da")("")
    assert token_strings(doc) == [] and lower_strings(doc) == [] and line_layout(doc) == ([], [], [])
