"""HtmlArticleExtractor: a web page → Article (title, byline, dates, section, lede, body).

The body comes from trafilatura or readability-lxml on a cleaned copy of the
page (see html_body); metadata from a cascade over JSON-LD, meta tags, visible
markup and htmldate (see metadata). Danish additions: page furniture and
"Læs også" boxes are set aside, dash-quote paragraphs kept, "Af A og B, Ritzau"
bylines split into names and agency, and byline/date/credit lines that the
body extractor let through are moved to their fields.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass, field
from datetime import datetime

from rapidfuzz import fuzz

from kildespor.config import ExtractSettings
from kildespor.extract.bylines import split_byline
from kildespor.extract.dates import parse_date_line
from kildespor.extract.html_body import (
    choose_body,
    marked_lede,
    propose_readability,
    propose_trafilatura,
    restore_dash_quotes,
    source_paths,
)
from kildespor.extract.html_clean import CleanedPage, clean_page, parse_html, split_credit
from kildespor.extract.language_id import detect_language
from kildespor.extract.metadata import PageMetadata, outlet_of, read_metadata
from kildespor.extract.vocabulary import PageVocabulary, load_vocabulary
from kildespor.ingest import normalise_text
from kildespor.records import (
    Article,
    Paragraph,
    RawDocument,
    ReasonCode,
    Rejection,
    Stage,
    TextSpan,
    content_hash,
)

# HTML is much longer than its text; pages beyond this many characters are not articles.
_HTML_SIZE_FACTOR = 10
# Only the first few body paragraphs may hold a stray byline or date line.
_HEADER_ZONE = 3
_SHORT_LINE = 120
_LEDE_SIMILARITY = 85
_BYLINE_WORD = re.compile(r"^(?:by|af|skrevet af)\s+", re.I)
# Separators between a byline and what shares its line (dates, roles, "Opdateret ...").
_BYLINE_SEGMENTS = re.compile(r"\s*[|·•\n]\s*|\s+[-–—]\s+")
_MAX_NAME_WORDS = 8


@dataclass
class _Parts:
    """The article's pieces before they are joined into one text."""

    title: str | None
    lede: str | None
    paragraphs: list[str]
    byline: list[str] = field(default_factory=list)
    agency: str | None = None
    credits: list[str] = field(default_factory=list)
    sources: dict[str, str] = field(default_factory=dict)
    captions: list[str] = field(default_factory=list)
    boilerplate: list[str] = field(default_factory=list)


class HtmlArticleExtractor:
    """Extracts the article from one HTML document."""

    def __init__(self, settings: ExtractSettings) -> None:
        self.settings = settings
        self.vocab: PageVocabulary = load_vocabulary(settings.vocabulary)

    def extract(self, raw: RawDocument) -> Article | Rejection:
        """The Article, or a Rejection saying why the page has none."""
        html = raw.text or ""
        limit = self.settings.max_chars * _HTML_SIZE_FACTOR
        if len(html) > limit:
            return self._reject(raw, ReasonCode.TOO_LARGE, f"page has {len(html)} characters > {limit}")
        tree = parse_html(html)
        if tree is None:
            return self._reject(raw, ReasonCode.MALFORMED_HTML, "lxml found no HTML document in the input")
        page = clean_page(copy.deepcopy(tree), self.vocab)
        traf = propose_trafilatura(page.tree, raw.provenance.url)
        chosen = choose_body([traf, propose_readability(page.tree)])
        meta = read_metadata(tree, raw.provenance.url, raw.metadata, traf.metadata)
        paragraphs = restore_dash_quotes(chosen.paragraphs, page.tree, self.vocab.is_furniture)
        paragraphs = [clean for clean in (normalise_text(p).strip() for p in paragraphs) if clean]
        meta.title = normalise_text(meta.title).strip() or None if meta.title else None
        parts = self._parts(paragraphs, meta, page)
        parts.lede = parts.lede or _standfirst(marked_lede(tree), meta.description, parts.paragraphs)
        parts.sources = source_paths(tree)
        # The page was decoded without mojibake repair (cheaper on the whole page): repair the fields.
        parts.byline, parts.captions, parts.credits = (
            _repaired(parts.byline),
            _repaired(parts.captions),
            _repaired(parts.credits),
        )
        meta.section = normalise_text(meta.section).strip() if meta.section else None
        if not parts.paragraphs and not parts.lede:
            return self._reject(raw, ReasonCode.NO_TEXT, "no article text found in the page")
        article = _assemble(raw, parts, meta)
        article.field_sources["body"] = chosen.name
        return article

    def _parts(self, paragraphs: list[str], meta: PageMetadata, page: CleanedPage) -> _Parts:
        parts = _Parts(title=meta.title, lede=None, paragraphs=[], credits=list(page.credits))
        parts.boilerplate = list(page.boilerplate)
        parts.captions = list(page.captions)
        self._split_byline(meta.authors, parts)
        for index, text in enumerate(paragraphs):
            if not self._claim_furniture(text, index, parts, meta):
                parts.paragraphs.append(text)
        if parts.title and parts.paragraphs and _same_text(parts.paragraphs[0], parts.title):
            parts.paragraphs.pop(0)  # the headline repeated as the first block
        parts.lede = _take_lede(parts.paragraphs, meta.description)
        return parts

    def _split_byline(self, authors: list[str], parts: _Parts) -> None:
        """'Af A og B, Ritzau' → names + agency; a byline mixed with dates is read part by part."""
        for author in authors:
            for candidate in (author, *_BYLINE_SEGMENTS.split(author)):
                split = split_byline(candidate, self.vocab)
                if split is not None:
                    names, agency = split
                    parts.byline.extend(n for n in names if n not in parts.byline)
                    parts.agency = parts.agency or agency
                    break
            else:
                name = _loose_name(author)
                if name and name not in parts.byline:
                    parts.byline.append(name)

    def _claim_furniture(self, text: str, index: int, parts: _Parts, meta: PageMetadata) -> bool:
        """Move furniture, credit, byline and date lines out of the body; True when moved."""
        if len(text) > _SHORT_LINE:
            return False
        if self.vocab.is_furniture(text):
            parts.boilerplate.append(text)
            return True
        caption, credit = split_credit(text, self.vocab)
        if credit and caption is None:
            parts.credits.append(credit)
            return True
        if index >= _HEADER_ZONE:
            return False
        if any(_same_text(text, author) for author in meta.authors):
            return True  # the byline the metadata cascade already read
        split = split_byline(text, self.vocab)
        if split is not None and _BYLINE_WORD.match(text):
            names, agency = split
            parts.byline.extend(n for n in names if n not in parts.byline)
            parts.agency = parts.agency or agency
            return True
        dated = parse_date_line(text, self.vocab)
        if dated is not None:
            if meta.published is None:
                meta.published = dated.timestamp or dated.value
                meta.published_raw = dated.raw
                meta.sources["published"] = "date-line"
            return True
        return False

    def _reject(self, raw: RawDocument, reason: ReasonCode, detail: str) -> Rejection:
        return Rejection(
            stage=Stage.EXTRACT, reason=reason, detail=detail, document_id=raw.id, provenance=raw.provenance
        )


def _repaired(items: list[str]) -> list[str]:
    return [fixed for fixed in (normalise_text(item).strip() for item in items) if fixed]


def _loose_name(text: str) -> str | None:
    """A byline the splitter could not read, kept up to its first number (a date or time)."""
    words = _BYLINE_WORD.sub("", text).split()
    cut = next((i for i, word in enumerate(words) if any(ch.isdigit() for ch in word)), len(words))
    kept = " ".join(words[:cut]).strip(" ,.|·•-–—")
    return kept if kept and len(kept.split()) <= _MAX_NAME_WORDS else None


def _same_text(a: str, b: str) -> bool:
    return " ".join(a.casefold().split()) == " ".join(b.casefold().split())


def _take_lede(paragraphs: list[str], description: str | None) -> str | None:
    """The first paragraph is the lede when the page's description says the same."""
    if not paragraphs or not description or len(paragraphs) < 2:
        return None
    first = paragraphs[0]
    if fuzz.ratio(first.casefold(), description.casefold()) >= _LEDE_SIMILARITY or (
        len(description) > 40 and first.casefold().startswith(description.casefold().rstrip(". …"))
    ):
        return paragraphs.pop(0)
    return None


def _standfirst(marked: str | None, description: str | None, paragraphs: list[str]) -> str | None:
    """A standfirst the body extractor left out, when the page's description confirms it."""
    if marked is None or description is None:
        return None
    text = normalise_text(marked).strip()
    if any(_same_text(text, p) for p in paragraphs):
        return None
    return text if fuzz.ratio(text.casefold(), description.casefold()) >= _LEDE_SIMILARITY else None


def _assemble(raw: RawDocument, parts: _Parts, meta: PageMetadata) -> Article:
    """Join title, lede and paragraphs with blank lines and record every block's offsets."""
    pieces: list[str] = []
    offset = 0

    def place(text: str) -> TextSpan:
        nonlocal offset
        if pieces:
            offset += 2
        span = TextSpan(text=text, start=offset, end=offset + len(text))
        pieces.append(text)
        offset = span.end
        return span

    title_span = place(parts.title) if parts.title else None
    lede_span = place(parts.lede) if parts.lede else None
    paragraphs = [
        Paragraph(**place(text).model_dump(), kind="body", source_xpath=parts.sources.get(text))
        for text in parts.paragraphs
    ]
    text = "\n\n".join(pieces)
    body = " ".join(parts.paragraphs)
    published = meta.published
    fetched = raw.provenance.fetch_date
    url = meta.url
    return Article(
        id=content_hash(text),
        text=text,
        title=parts.title,
        title_span=title_span,
        byline=parts.byline,
        agency=parts.agency,
        published=published.date() if isinstance(published, datetime) else published,
        published_raw=meta.published_raw,
        published_time=published if isinstance(published, datetime) else None,
        updated=meta.updated.date() if isinstance(meta.updated, datetime) else meta.updated,
        captured_estimate=fetched.date() if fetched else None,
        section=meta.section,
        lede=parts.lede,
        lede_span=lede_span,
        credits=_unique(parts.credits),
        captions=_unique(parts.captions),
        boilerplate=_unique(parts.boilerplate),
        paragraphs=paragraphs,
        language=detect_language(body) or meta.declared_language,
        url=url,
        outlet=outlet_of(url) or meta.site_name,
        provenance=raw.provenance,
        field_sources=dict(meta.sources),
    )


def _unique(items: list[str]) -> list[str]:
    return list(dict.fromkeys(item for item in items if item))
