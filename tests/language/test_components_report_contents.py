"""Where a report's content lies, read directly on token ranges (blank Danish tokenizer)."""

from __future__ import annotations

import spacy

from kildespor.language.components.doc_context import DocContext
from kildespor.language.components.report_contents import (
    colon_content,
    continued_quotation,
    pre_content,
    quotation_in_next_paragraph,
)


def _ctx(text: str) -> DocContext:
    return DocContext.build(spacy.blank("da")(text))


def _text(ctx: DocContext, found: tuple[int, int, str] | None) -> tuple[str, str] | None:
    return None if found is None else (ctx.doc[found[0] : found[1]].text, found[2])


def test_pre_content_of_a_closed_quotation_and_an_inverted_clause() -> None:
    quoted = _ctx('"Vi kommer igen," siger hun.')
    cue = next(t.i for t in quoted.doc if t.text == "siger")
    assert _text(quoted, pre_content(quoted, cue, 0)) == ("Vi kommer igen,", "direct")
    inverted = _ctx("Skatten stiger, mener eksperterne.")
    cue = next(t.i for t in inverted.doc if t.text == "mener")
    assert _text(inverted, pre_content(inverted, cue, 0)) == ("Skatten stiger", "indirect")


def test_colon_content_is_the_quotation_in_the_next_paragraph() -> None:
    ctx = _ctx('Borgmesteren siger:\n\n"Vi bygger skolen."')
    colon = next(t.i for t in ctx.doc if t.text == ":")
    assert _text(ctx, colon_content(ctx, colon)) == ("Vi bygger skolen.", "direct")


def test_quotation_split_by_its_tag_and_quotation_after_a_paragraph_end() -> None:
    split = _ctx('"Den glemmer jeg ikke," fastslog Hauth, "men jeg er tilfreds."')
    cue = next(t.i for t in split.doc if t.text == "fastslog")
    pre = pre_content(split, cue, 0)
    assert pre is not None
    end = continued_quotation(split, pre, cue + 2)
    assert split.doc[pre[0] : end].text == 'Den glemmer jeg ikke," fastslog Hauth, "men jeg er tilfreds.'
    following = _ctx("Borgmesteren fortæller\n\n- Vi har gjort alt.")
    verb_end = next(t.i for t in following.doc if t.text == "fortæller") + 1
    assert _text(following, quotation_in_next_paragraph(following, verb_end)) == (
        "Vi har gjort alt.",
        "direct",
    )
    assert quotation_in_next_paragraph(_ctx("Hun fortæller om turen."), 2) is None
