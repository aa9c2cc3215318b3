"""Prepare a parsed page for body extraction: drop hidden nodes and Danish site furniture,
and set image captions and credits aside so they never count as body text.

Everything removed is kept (as text) so the Article can say what was set aside.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import lxml.etree
import lxml.html
from lxml.html import HtmlElement

from kildespor.extract.vocabulary import PageVocabulary

_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
# Class/id words of caption containers (English and Danish CMS names: "billedtekst" = caption).
_CAPTION_HINT = re.compile(r"caption|billedtekst|image-?text|img-?text|figure-?text|photo-?text", re.I)
_CREDIT_HINT = re.compile(r"credit|byline--photo|photographer|fotograf|copyright", re.I)
# Boxes of links to other stories; their heading or first words say so.
_BOX_TAGS = ("aside", "div", "section", "ul", "ol", "p", "nav", "span", "strong", "h2", "h3", "h4")
_BOX_MAX_CHARS = 600
# A box heading with nothing but the prefix ("Læs også:"): its links follow as a sibling.
_HEADING_ONLY = 25
_CREDIT_SPLIT = re.compile(r"^\s*(?:©|\(c\))\s*|\s*(?:©|\(c\))\s*", re.I)


@dataclass
class CleanedPage:
    """The cleaned tree and what was taken out of it."""

    tree: HtmlElement
    captions: list[str] = field(default_factory=list)
    credits: list[str] = field(default_factory=list)
    boilerplate: list[str] = field(default_factory=list)


def parse_html(text: str) -> HtmlElement | None:
    """Parse a page leniently; None when lxml finds no document at all."""
    text = _XML_DECLARATION.sub("", text, count=1).replace("\x00", "")
    if not text.strip():
        return None
    try:
        tree = lxml.html.document_fromstring(text, parser=lxml.html.HTMLParser(remove_comments=True))
    except (lxml.etree.ParserError, ValueError, lxml.etree.XMLSyntaxError):
        return None
    return tree if isinstance(tree, HtmlElement) else None


def text_of(element: HtmlElement) -> str:
    """The element's visible text with whitespace collapsed."""
    return " ".join(" ".join(element.itertext()).split())


def clean_page(tree: HtmlElement, vocab: PageVocabulary) -> CleanedPage:
    """Remove hidden nodes, related-story boxes and captions from `tree` (in place)."""
    page = CleanedPage(tree)
    _drop_hidden(tree)
    _take_captions(page, vocab)
    _drop_link_boxes(page, vocab)
    return page


def _drop_hidden(tree: HtmlElement) -> None:
    """Nodes a browser would not show (`hidden`, display:none) are not article text."""
    for element in list(tree.iter()):
        if not isinstance(element, HtmlElement) or element.tag in ("html", "body", "head"):
            continue
        style = element.get("style") or ""
        if element.get("hidden") is not None or _HIDDEN_STYLE.search(style):
            _remove(element)


def _take_captions(page: CleanedPage, vocab: PageVocabulary) -> None:
    """figcaption and caption-classed nodes → captions and credits, out of the body."""
    for element in list(page.tree.iter()):
        if not isinstance(element, HtmlElement) or not _attached(element, page.tree):
            continue
        hint = f"{element.get('class', '')} {element.get('id', '')}"
        is_caption = element.tag == "figcaption" or (
            element.tag in ("div", "span", "p", "small", "figcaption") and bool(_CAPTION_HINT.search(hint))
        )
        is_credit = element.tag in ("div", "span", "p", "small", "cite") and bool(_CREDIT_HINT.search(hint))
        if not (is_caption or is_credit):
            continue
        text = text_of(element)
        if text and len(text) < 600:
            caption, credit = split_credit(text, vocab)
            if is_credit and not credit:
                caption, credit = None, text
            if caption and caption not in page.captions:
                page.captions.append(caption)
            if credit and credit not in page.credits:
                page.credits.append(credit)
            _remove(element)


def split_credit(text: str, vocab: PageVocabulary) -> tuple[str | None, str | None]:
    """'Statsministeren i Folketinget. Foto: Mads Nissen/Ritzau Scanpix' → (caption, credit)."""
    folded = text.casefold()
    for prefix in vocab.credit_prefixes:
        at = folded.rfind(f"{prefix.casefold()}:")
        if at == 0 or (at > 0 and not folded[at - 1].isalnum()):
            caption = text[:at].strip(" .|–—-") or None
            credit = text[at + len(prefix) + 1 :].strip(" .") or None
            return (caption + "." if caption and caption[-1].isalnum() else caption), credit
    parts = _CREDIT_SPLIT.split(text, maxsplit=1)
    if len(parts) == 2 and parts[1].strip():
        return parts[0].strip() or None, parts[1].strip()
    return text, None


def _drop_link_boxes(page: CleanedPage, vocab: PageVocabulary) -> None:
    """'Læs også'-type boxes: short nodes opening with a furniture prefix, or mostly links."""
    for element in list(page.tree.iter(*_BOX_TAGS)):
        if not isinstance(element, HtmlElement) or not _attached(element, page.tree):
            continue
        if not _opens_with_prefix(element, vocab):
            continue
        text = text_of(element)
        if len(text) > _BOX_MAX_CHARS:
            continue
        if element.tag in ("aside", "nav") or _link_share(element, text) > 0.3 or len(text) < 200:
            following = element.getnext()
            page.boilerplate.append(text)
            _remove(element)
            if len(text) <= _HEADING_ONLY and following is not None and _is_link_list(following):
                page.boilerplate.append(text_of(following))  # the list a bare "Læs også" heading introduces
                _remove(following)


def _is_link_list(element: HtmlElement) -> bool:
    """A list or block of links: what follows a 'Læs også' heading."""
    text = text_of(element)
    if not text or len(text) > _BOX_MAX_CHARS:
        return False
    return element.tag in ("ul", "ol") or _link_share(element, text) > 0.5


def _opens_with_prefix(element: HtmlElement, vocab: PageVocabulary) -> bool:
    """Whether the element's first words are a furniture prefix (cheap: reads only its start)."""
    start: list[str] = []
    for piece in element.itertext():
        start.append(piece)
        if sum(len(p) for p in start) > 40:
            break
    folded = " ".join(" ".join(start).split()).casefold()
    return bool(folded) and any(folded.startswith(prefix) for prefix in vocab.furniture_prefixes)


def _link_share(element: HtmlElement, text: str) -> float:
    linked = sum(len(text_of(a)) for a in element.iter("a") if isinstance(a, HtmlElement))
    return linked / max(1, len(text))


def _attached(element: HtmlElement, root: HtmlElement) -> bool:
    """False once an ancestor has been removed from the page."""
    ancestors = list(element.iterancestors())
    return bool(ancestors) and ancestors[-1] is root


def _remove(element: HtmlElement) -> None:
    """Remove an element but keep the text that follows it (its tail)."""
    if element.getparent() is not None:
        element.drop_tree()
