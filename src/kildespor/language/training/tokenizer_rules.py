"""Danish news tokenizer rules, added to spaCy's Danish defaults and saved with the pipeline.

All rules are plain regular expressions and special cases, which spaCy serialises with the
tokenizer, so the shipped model needs no registered functions to load.

- A dash opening a line of dialogue (`-Nej, siger han`, `–Nej`) is split off when a capital
  letter follows; a hyphen inside a word (`sagde-ja`, `-5`) is left alone.
- Guillemets and typographic quotes split even when glued to a word (`sagde:»Nej«`), and a
  colon glued to a straight quote after it splits too (`siger:"Det`).
- A sentence glued to a parenthesised agency line splits (`Stiftstidende.(RB)`).
- A sentence glued to the next without a space or stop, as scraped pages join a teaser to the
  text after it (`Chokeret efter fødselHan er rykket …`, `hundemadDen regel`), splits before the
  capital when a lower-case word of six letters or more precedes it (or seven lower-case letters
  after a capital); brand names and hashtags keep their inner capital (`LinkedIn`, `WhatsApp`,
  `PowerPoint`, `iPhone`, `#LummertBlik` have fewer).
- A genitive `s` after a typographic apostrophe stays on its word (`DR’s`), as DDT writes
  `DR's`; an academic title keeps its periods (`lic.-techn.`, `cand.polit.`), so the parser does
  not end the sentence before the name that follows.
- An abbreviation that ends a sentence keeps its own period and the sentence gets another
  (`kr..`, `B.T..` are `kr.` + `.`, as DDT writes them); without the rule spaCy splits off
  `..` as an ellipsis and the parser starts a new sentence there.
- `TV 2.` at a sentence end: spaCy's Danish exceptions keep `1.`–`31.` as ordinals, which
  DDT also does (`3. maj`), and ordinals are far more frequent in news than `TV 2.` closing
  a sentence; the tokenizer cannot look at the next word, so `TV 2.` keeps `2.` as one token
  and the parser decides the sentence boundary. `TV2.` (no space) splits.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

from kildespor.language.da.media import TOP_LEVEL_DOMAINS

DASH_QUOTE_PREFIX = r"[-–—](?=[A-ZÆØÅ])"
QUOTE_INFIXES = (r"[»«›‹„“”]", r"(?<=\w):(?=[\"»«„“”])", r"(?<=\w:)\"(?=\w)")
# a sentence glued to a parenthesised agency or credit line: `Stiftstidende.(RB)` → `.` + `(`
GLUED_PARENTHESIS_INFIXES = (r"(?<=[a-zæøå])\.(?=\()", r"(?<=\.)\((?=\w)")
# a sentence glued to the next with no space: `fødselHan` → `fødsel` + `Han` (an empty infix)
GLUED_SENTENCE_INFIX = r"(?:(?<=[a-zæøå]{7})|(?<=^[a-zæøå]{6}))(?=[A-ZÆØÅ][a-zæøå])"
# ... and after a shorter word when a word that opens Danish sentences closes the token (`Simon
# SpiesHer fortæller hun`, `bilenDet`, `vækHan`); brand names do not end in these words
SENTENCE_OPENERS = (
    "Han",
    "Hun",
    "Her",
    "Det",
    "Der",
    "Den",
    "De",
    "Men",
    "Jeg",
    "Vi",
    "Ifølge",
    "Hvis",
    "Efter",
)
GLUED_OPENER_INFIX = r"(?<=[a-zæøå]{3})(?=(?:" + "|".join(SENTENCE_OPENERS) + r")$)"
# web addresses closing a sentence give up their period (`siger han til bt.dk. Ifølge …`), which
# spaCy otherwise keeps on the address, so the sentence ran on into the next
DOMAIN_PERIOD_SUFFIXES = tuple(rf"(?<=\w\.{domain})\." for domain in TOP_LEVEL_DOMAINS)
GENITIVE_TOKEN = r"^[\wÆØÅæøå.]+[’']s$"
# academic titles before a name keep their periods (`lic.-techn. Leif Kjærgaard`, `cand.polit.`):
# split off, the final period would end the sentence before the name
# (a web address closing a sentence is no title: `bt.dk.`, `co.uk.`)
ACADEMIC_TITLE_TOKEN = (
    r"^(?![a-zæøå]+\.(?:" + "|".join(TOP_LEVEL_DOMAINS) + r")\.$)[a-zæøå]{2,6}\.-?[a-zæøå]{2,9}\.$"
)
SPECIAL_CASES = {"TV2.": [{"ORTH": "TV2"}, {"ORTH": "."}]}


def customize_tokenizer(nlp: Language) -> None:
    """Add the Danish news rules to `nlp.tokenizer` in place."""
    tokenizer = nlp.tokenizer
    if not isinstance(tokenizer, Tokenizer):
        raise TypeError("customize_tokenizer needs spaCy's rule-based Tokenizer")
    prefixes = [DASH_QUOTE_PREFIX, *(nlp.Defaults.prefixes or [])]
    infixes = [
        *QUOTE_INFIXES,
        *GLUED_PARENTHESIS_INFIXES,
        GLUED_SENTENCE_INFIX,
        GLUED_OPENER_INFIX,
        *(nlp.Defaults.infixes or []),
    ]
    suffixes = [*DOMAIN_PERIOD_SUFFIXES, *(nlp.Defaults.suffixes or [])]
    tokenizer.prefix_search = compile_prefix_regex(prefixes).search
    tokenizer.suffix_search = compile_suffix_regex(suffixes).search
    tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    tokenizer.token_match = re.compile(f"{GENITIVE_TOKEN}|{ACADEMIC_TITLE_TOKEN}").match
    for text, pieces in SPECIAL_CASES.items():
        tokenizer.add_special_case(text, pieces)
    for abbreviation in sentence_final_abbreviations(tokenizer.rules or {}):
        tokenizer.add_special_case(abbreviation + ".", [{"ORTH": abbreviation}, {"ORTH": "."}])


def sentence_final_abbreviations(rules: dict[str, object]) -> list[str]:
    """The tokenizer's abbreviation exceptions that end in a period (`kr.`, `B.T.`, `stk.`)."""
    # (not the `kr..` cases this function itself added: customizing twice must change nothing)
    return sorted(
        k
        for k in rules
        if len(k) > 1 and k.endswith(".") and not k.endswith("..") and any(c.isalpha() for c in k)
    )
