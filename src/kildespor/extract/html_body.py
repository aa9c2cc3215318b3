"""Main-text isolation: two extractors read the cleaned page, one is chosen, Danish fixes follow.

trafilatura (favouring recall) and readability-lxml each propose the article as
a list of paragraphs. They fail differently: trafilatura drops short blocks
(one-line quotes, "social" pages), readability sometimes stops at the first
strong container. The longer proposal wins, except that readability may not
grow a full trafilatura article by more than half (that growth is comments and
link lists). Then dash-quote paragraphs ("– Det er ..., siger hun.") that the
winner lost are put back in page order.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import lxml.html
import trafilatura
from lxml.html import HtmlElement
from readability import Document as ReadabilityDocument
from trafilatura.settings import use_config

from kildespor.extract.html_clean import text_of

_BLOCKS = frozenset(
    [
        "p",
        "div",
        "li",
        "ul",
        "ol",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "pre",
        "blockquote",
        "table",
        "tr",
        "td",
        "th",
        "dd",
        "dt",
        "dl",
        "section",
        "article",
        "header",
        "footer",
        "figure",
        "aside",
        "main",
        "address",
        "form",
        "fieldset",
        "hr",
        "br",
        "head",
        "list",
        "item",
        "row",
        "cell",
        "quote",
        "lb",
    ]
)
_SKIP = frozenset({"script", "style", "noscript", "template", "svg", "button", "select", "option"})
# Danish direct speech opens a paragraph with a dash (Retskrivningsordbogen §58 on "replikstreg").
_DASH_QUOTE = re.compile(r"^[–—-]\s*\S")
_TOKEN = re.compile(r"\w+")
# choose_body: a primary proposal this long is an article; others may add at most half to it.
_CONFIDENT_TOKENS = 400  # about 2,500 characters: trafilatura's own "enough text" bar in recall mode
_MAX_GROWTH = 1.5


@dataclass(frozen=True)
class BodyProposal:
    """One extractor's idea of the article body."""

    name: str
    paragraphs: list[str]
    metadata: Any = None

    @property
    def tokens(self) -> int:
        return sum(len(_TOKEN.findall(p)) for p in self.paragraphs)


@lru_cache(maxsize=1)
def _trafilatura_config() -> Any:
    """trafilatura's settings object, built once (it parses an ini file)."""
    config = use_config()
    config.set("DEFAULT", "EXTRACTION_TIMEOUT", "0")  # no signal-based timeouts inside worker threads
    return config


# htmldate's extensive search runs dateparser over every date-like string: slow, and the
# metadata cascade has better sources first.
_DATE_PARAMS = {"extensive_search": False, "original_date": True}


def propose_trafilatura(tree: HtmlElement, url: str | None) -> BodyProposal:
    """trafilatura's main text (with its metadata), as paragraphs."""
    try:
        result = trafilatura.bare_extraction(
            copy.deepcopy(tree),
            url=url,
            favor_recall=True,
            fast=True,  # no internal readability/justext fallback: choose_body compares with readability
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            config=_trafilatura_config(),
            date_extraction_params=_DATE_PARAMS,
        )
    except Exception:  # trafilatura has raised on odd trees (RecursionError, lxml errors): no proposal
        return BodyProposal("trafilatura", [])
    body = getattr(result, "body", None)
    if body is None:
        return BodyProposal("trafilatura", [], result)
    return BodyProposal("trafilatura", block_texts(body), result)


def propose_readability(tree: HtmlElement) -> BodyProposal:
    """readability-lxml's article container, as paragraphs."""
    try:
        summary = ReadabilityDocument(copy.deepcopy(tree)).summary(html_partial=True)
        partial = lxml.html.fragment_fromstring(summary, create_parent="div")
    except Exception:  # readability raises Unparseable and lxml errors on degenerate pages
        return BodyProposal("readability", [])
    return BodyProposal("readability", block_texts(partial))


def block_texts(root: Any) -> list[str]:
    """Split an element's text into paragraphs at block-element boundaries."""
    parts: list[str] = []
    buffer: list[str] = []

    def flush() -> None:
        text = " ".join(" ".join(buffer).split())
        if text:
            parts.append(text)
        buffer.clear()

    def walk(element: Any) -> None:
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag in _SKIP:
            return
        is_block = tag in _BLOCKS
        if is_block:
            flush()
        if element.text and tag:
            buffer.append(element.text)
        for child in element:
            walk(child)
            if child.tail:
                buffer.append(child.tail)
        if is_block:
            flush()

    walk(root)
    flush()
    return parts


def choose_body(proposals: list[BodyProposal]) -> BodyProposal:
    """The proposal with more text; but when the first (primary) one is already a full
    article, another must not grow it by more than half: that growth is comments and
    link lists far more often than article text."""
    primary = proposals[0]
    ranked = sorted(proposals, key=lambda p: p.tokens, reverse=True)
    longest = ranked[0]
    if (
        longest is not primary
        and primary.tokens >= _CONFIDENT_TOKENS
        and longest.tokens > _MAX_GROWTH * primary.tokens
    ):
        return primary
    return longest


# Class/id words of the standfirst ("manchet" in Danish newsrooms).
_LEDE_HINT = re.compile(
    r"(?:^|[\s_-])(?:manchet|lede|lead|standfirst|summary|intro|underrubrik|subtitle|deck)(?:$|[\s_-])", re.I
)
_LEDE_CHARS = (40, 600)


def marked_lede(tree: HtmlElement) -> str | None:
    """Text of the first element the page marks as its standfirst, if any."""
    for element in tree.iter("p", "div", "h2", "section", "span"):
        if not isinstance(element, HtmlElement):
            continue
        if _LEDE_HINT.search(f"{element.get('class', '')} {element.get('id', '')}"):
            text = text_of(element)
            if _LEDE_CHARS[0] <= len(text) <= _LEDE_CHARS[1]:
                return text
    return None


_SOURCE_TAGS = ("p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "td", "th", "dd", "dt")


def source_paths(tree: HtmlElement) -> dict[str, str]:
    """Text of each paragraph-like element of the page → its XPath (the first one, if repeated)."""
    root = tree.getroottree()
    paths: dict[str, str] = {}
    for element in tree.iter(*_SOURCE_TAGS):
        if isinstance(element, HtmlElement):
            paths.setdefault(text_of(element), root.getpath(element))
    return paths


def restore_dash_quotes(
    paragraphs: list[str], tree: HtmlElement, is_furniture: Callable[[str], bool]
) -> list[str]:
    """Put back dash-quote paragraphs of the page that the extractor dropped, in page order."""
    page = [text_of(p) for p in tree.iter("p") if isinstance(p, HtmlElement)]
    if not any(_DASH_QUOTE.match(text) for text in page):
        return paragraphs
    kept = set(paragraphs)
    result = list(paragraphs)
    for position, text in enumerate(page):
        if text in kept or not _DASH_QUOTE.match(text) or len(text) < 15 or is_furniture(text):
            continue
        anchor = next((page[i] for i in range(position - 1, -1, -1) if page[i] in kept), None)
        follows = any(page[i] in kept for i in range(position + 1, len(page)))
        if anchor is None or not follows:
            continue  # not between two kept paragraphs: it is not inside the article
        result.insert(result.index(anchor) + 1, text)
        kept.add(text)
    return result
