"""Metadata cascade for HTML pages: JSON-LD → meta tags → visible markup → trafilatura → htmldate.

Each field takes the first source that has it, and `PageMetadata.sources`
records which one did (it becomes `Article.field_sources`).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any
from urllib.parse import urlsplit

from lxml.html import HtmlElement

from kildespor.extract.html_clean import text_of

_ARTICLE_TYPES = re.compile(r"article|posting|report|newsarticle|blogposting|webpage", re.I)
# Some CMSs wrap JSON-LD in a CDATA section (or HTML comment) that JSON does not allow.
_CDATA = re.compile(r"^\s*(?:<!\[CDATA\[|<!--)|(?:\]\]>|-->)\s*$")
_URL_LIKE = re.compile(r"^(?:https?:)?//|^www\.", re.I)
_BYLINE_HINT = re.compile(r"\bbyline\b|\bauthor\b|\bforfatter\b|\bskribent\b|\bjournalist\b", re.I)
_MAX_BYLINE_CHARS = 150

# Meta names per field, most specific first (Open Graph, Dublin Core, Parse.ly, Sailthru, schema.org).
_META_TITLE = ("og:title", "twitter:title", "dc.title", "parsely-title", "sailthru.title")
_META_AUTHOR = ("author", "article:author", "parsely-author", "dc.creator", "sailthru.author", "byl")
_META_PUBLISHED = (
    "article:published_time",
    "og:published_time",
    "datepublished",
    "date",
    "pubdate",
    "publishdate",
    "parsely-pub-date",
    "sailthru.date",
    "dc.date",
    "dc.date.issued",
    "dcterms.created",
    "article.published",
    "original-publish-date",
)
_META_UPDATED = (
    "article:modified_time",
    "og:updated_time",
    "datemodified",
    "last-modified",
    "dcterms.modified",
)
_META_SECTION = ("article:section", "parsely-section", "section", "sailthru.section", "og:section")
_META_DESCRIPTION = ("og:description", "description", "twitter:description", "dc.description")
_META_SITE = ("og:site_name", "application-name", "twitter:site")


@dataclass
class PageMetadata:
    """Fields read from the page, each with the rule that produced it."""

    title: str | None = None
    authors: list[str] = field(default_factory=list)
    published: datetime | date | None = None
    published_raw: str | None = None
    updated: datetime | date | None = None
    section: str | None = None
    description: str | None = None
    site_name: str | None = None
    url: str | None = None
    declared_language: str | None = None
    sources: dict[str, str] = field(default_factory=dict)


def read_metadata(tree: HtmlElement, url: str | None, known: dict[str, str], extracted: Any) -> PageMetadata:
    """Fill every field from the most trustworthy place that has it.

    Args:
        tree: the parsed page (before cleaning, so hidden meta and JSON-LD are there).
        url: the page URL from the archive or export, if any.
        known: fields a reader already had (JSON Lines, feed entries): the last fallback.
        extracted: trafilatura's Document for the page, or None.
    """
    meta = _meta_tags(tree)
    ld = _json_ld_article(tree)
    found = PageMetadata()
    _take(
        found,
        "title",
        [
            ("json-ld", _ld_text(ld.get("headline"))),
            ("meta", _first(meta, _META_TITLE)),
            ("title-tag", _title_tag(tree)),
            ("trafilatura", getattr(extracted, "title", None)),
            ("reader", known.get("title")),
        ],
    )
    _take(
        found,
        "section",
        [
            ("json-ld", _ld_text(ld.get("articleSection"))),
            ("meta", _first(meta, _META_SECTION)),
            ("trafilatura", _first_category(extracted)),
            ("reader", known.get("section")),
        ],
    )
    _take(
        found,
        "description",
        [("meta", _first(meta, _META_DESCRIPTION)), ("json-ld", _ld_text(ld.get("description")))],
    )
    _take(
        found, "site_name", [("meta", _first(meta, _META_SITE)), ("json-ld", _ld_name(ld.get("publisher")))]
    )
    _take(
        found,
        "url",
        [
            ("reader", url),
            ("canonical", _canonical(tree)),
            ("meta", meta.get("og:url")),
            ("json-ld", _ld_text(ld.get("url"))),
        ],
    )
    found.authors = _authors(found, ld, meta, tree, extracted, known)
    _dates(found, ld, meta, tree, extracted, known)
    lang = (
        tree.get("lang")
        or tree.get("xml:lang")
        or meta.get("content-language")
        or _ld_text(ld.get("inLanguage"))
    )
    found.declared_language = lang.split("-")[0].split("_")[0].strip().lower()[:3] if lang else None
    return found


def _take(found: PageMetadata, name: str, candidates: list[tuple[str, str | None]]) -> None:
    for source, value in candidates:
        text = " ".join(value.split()) if isinstance(value, str) else None
        if text:
            setattr(found, name, text)
            found.sources[name] = source
            return


def _meta_tags(tree: HtmlElement) -> dict[str, str]:
    """Lower-cased name/property/itemprop → content of the page's meta tags (first one wins)."""
    tags: dict[str, str] = {}
    for element in tree.iter("meta"):
        if not isinstance(element, HtmlElement):
            continue
        key = (
            element.get("property")
            or element.get("name")
            or element.get("itemprop")
            or element.get("http-equiv")
        )
        content = element.get("content")
        if key and content and content.strip():
            tags.setdefault(key.strip().lower(), content.strip())
    return tags


def _first(meta: dict[str, str], names: tuple[str, ...]) -> str | None:
    return next((meta[name] for name in names if meta.get(name)), None)


def _json_ld_article(tree: HtmlElement) -> dict[str, Any]:
    """The first JSON-LD object whose @type is an article (searching @graph and lists)."""
    for script in tree.iter("script"):
        if not isinstance(script, HtmlElement) or "ld+json" not in (script.get("type") or ""):
            continue
        try:
            data = json.loads(_CDATA.sub("", script.text or ""), strict=False)
        except (ValueError, RecursionError):
            continue
        for item in _ld_objects(data, depth=0):
            kind = item.get("@type")
            kinds = " ".join(kind) if isinstance(kind, list) else str(kind or "")
            if _ARTICLE_TYPES.search(kinds) and (item.get("headline") or item.get("datePublished")):
                return item
    return {}


def _ld_objects(data: Any, depth: int) -> Iterator[dict[str, Any]]:
    if depth > 4:
        return
    if isinstance(data, list):
        for item in data:
            yield from _ld_objects(item, depth + 1)
    elif isinstance(data, dict):
        yield data
        if "@graph" in data:
            yield from _ld_objects(data["@graph"], depth + 1)
        if isinstance(data.get("mainEntity"), dict):
            yield from _ld_objects(data["mainEntity"], depth + 1)


def _ld_text(value: Any) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("name") or value.get("@value")
    return str(value) if isinstance(value, str | int | float) else None


def _ld_name(value: Any) -> str | None:
    return _ld_text(value)


def _ld_authors(value: Any) -> list[str]:
    """Names of JSON-LD authors that are people (an Organization author is the outlet, not a byline)."""
    items = value if isinstance(value, list) else [value]
    people = [item for item in items if not (isinstance(item, dict) and item.get("@type") == "Organization")]
    names = [_ld_text(item) for item in people]
    return [name for name in names if name and _is_name(name)]


def _is_name(text: str) -> bool:
    """Not a URL, not a social-media handle."""
    return not _URL_LIKE.match(text) and not text.startswith("@")


def _title_tag(tree: HtmlElement) -> str | None:
    title = tree.find(".//title")
    return text_of(title) if title is not None else None


def _canonical(tree: HtmlElement) -> str | None:
    for link in tree.iter("link"):
        if (
            isinstance(link, HtmlElement)
            and (link.get("rel") or "").lower() == "canonical"
            and link.get("href")
        ):
            return str(link.get("href"))
    return None


def _first_category(extracted: Any) -> str | None:
    categories = getattr(extracted, "categories", None) or []
    return str(categories[0]) if categories else None


def _authors(
    found: PageMetadata,
    ld: dict[str, Any],
    meta: dict[str, str],
    tree: HtmlElement,
    extracted: Any,
    known: dict[str, str],
) -> list[str]:
    """Author names as written (split later): JSON-LD, meta, visible byline, trafilatura, reader."""
    candidates: list[tuple[str, list[str]]] = [
        ("json-ld", _ld_authors(ld.get("author"))),
        ("meta", [v for v in [_first(meta, _META_AUTHOR)] if v and _is_name(v)]),
        ("markup", _visible_bylines(tree)),
        (
            "trafilatura",
            [a.strip() for a in (getattr(extracted, "author", None) or "").split(";") if a.strip()],
        ),
        ("reader", [known["author"]] if known.get("author") else []),
    ]
    for source, names in candidates:
        names = [" ".join(n.split()) for n in names if n and n.strip()]
        if names:
            found.sources["byline"] = source
            return names
    return []


def _visible_bylines(tree: HtmlElement) -> list[str]:
    """Text of rel=author / itemprop=author / byline-classed elements, short ones only."""
    for element in tree.iter():
        if not isinstance(element, HtmlElement) or element.tag in ("meta", "link", "script", "body", "html"):
            continue
        hint = f"{element.get('class', '')} {element.get('id', '')} {element.get('itemprop', '')}"
        if element.get("rel") == "author" or _BYLINE_HINT.search(hint):
            text = text_of(element)
            if 2 < len(text) <= _MAX_BYLINE_CHARS:
                return [text]
    return []


def _dates(
    found: PageMetadata,
    ld: dict[str, Any],
    meta: dict[str, str],
    tree: HtmlElement,
    extracted: Any,
    known: dict[str, str],
) -> None:
    published = [
        ("json-ld", _ld_text(ld.get("datePublished"))),
        ("meta", _first(meta, _META_PUBLISHED)),
        ("time-tag", _time_tag(tree)),
        ("reader", known.get("date")),
    ]
    for source, raw in published:
        value = parse_iso_date(raw)
        if value is not None:
            found.published, found.published_raw, found.sources["published"] = value, raw, source
            break
    if found.published is None:
        value = (
            parse_iso_date(getattr(extracted, "date", None)) if extracted else _htmldate(tree, original=True)
        )
        if value is not None:
            found.published, found.sources["published"] = value, "htmldate"
    updated = [
        ("json-ld", _ld_text(ld.get("dateModified"))),
        ("meta", _first(meta, _META_UPDATED)),
        ("reader", known.get("updated")),
    ]
    for source, raw in updated:
        value = parse_iso_date(raw)
        if value is not None:
            found.updated, found.sources["updated"] = value, source
            return


def _time_tag(tree: HtmlElement) -> str | None:
    for element in tree.iter("time"):
        if isinstance(element, HtmlElement) and element.get("datetime"):
            hint = f"{element.get('class', '')} {element.get('itemprop', '')} {element.get('pubdate', '')}"
            if element.get("pubdate") is not None or re.search(r"publi|datepublished|pubdate", hint, re.I):
                return str(element.get("datetime"))
    return None


def _htmldate(tree: HtmlElement, *, original: bool) -> date | None:
    """htmldate's guess (fast search only: the extensive one reads every date-looking string)."""
    from htmldate import find_date  # imported lazily: it loads its own date parsers

    try:
        value = find_date(tree, extensive_search=False, original_date=original)
    except Exception:  # htmldate parses arbitrary page strings; a failure means no date
        return None
    return parse_iso_date(value) if value else None


def parse_iso_date(value: str | None) -> datetime | date | None:
    """ISO 8601 date or date-time ('Z', fractions, offsets), else a lenient dateutil parse."""
    if not value or not value.strip():
        return None
    text = value.strip()
    try:
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
        return parsed if ("T" in text or " " in text) else parsed.date()
    except ValueError:
        pass
    from dateutil import parser as date_parser

    try:
        parsed = date_parser.parse(text, fuzzy=False)
    except (ValueError, OverflowError, TypeError):
        return None
    return parsed if 1900 < parsed.year < 2100 else None


def outlet_of(url: str | None) -> str | None:
    """The outlet's host name without 'www.': the key that ties articles to an outlet."""
    if not url:
        return None
    try:
        host = urlsplit(url.strip()).hostname
    except ValueError:
        return None
    return host.removeprefix("www.") if host else None
