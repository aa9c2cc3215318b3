"""ScrapedTextExtractor: news pages scraped to plain text, as in the seed article.

A scrape is a headline, header fields in some order (byline, relative age,
date, section, photo credits), a lede, body paragraphs and site furniture
anywhere. Each non-empty line is classified once; the vocabulary comes from
`extract/data/<lang>/vocabulary.toml`, the parsing of dates and bylines from
`dates.py` and `bylines.py`. Offsets always point into the decoded input.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta

from kildespor.config import ExtractSettings
from kildespor.extract.bylines import split_byline
from kildespor.extract.dates import DateLine, parse_date_line, parse_relative_age
from kildespor.extract.language_id import detect_language
from kildespor.extract.vocabulary import PageVocabulary, load_vocabulary
from kildespor.records import Article, Paragraph, RawDocument, ReasonCode, Rejection, Stage, TextSpan

_SENTENCE_END = re.compile(r"[.!?:\"”»'’)]\s*$")
_MAX_TITLE_CHARS = 250
_MAX_LEDE_CHARS = 600


@dataclass
class _Line:
    start: int
    end: int
    text: str
    after_blank: bool


@dataclass
class _Header:
    """Fields collected while walking the lines."""

    title: _Line | None = None
    byline: list[str] = field(default_factory=list)
    agency: str | None = None
    published: DateLine | None = None
    updated: DateLine | None = None
    relative_raw: str | None = None
    relative_age: timedelta | None = None
    section: str | None = None
    credits: list[str] = field(default_factory=list)
    boilerplate: list[str] = field(default_factory=list)
    teasers: list[_Line] = field(default_factory=list)
    blocks: list[list[_Line]] = field(default_factory=list)


def _lines(text: str) -> Iterator[_Line]:
    """Non-empty lines with offsets of their stripped content, and whether a blank line preceded."""
    pos, blank = 0, True
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            lead = len(raw) - len(raw.lstrip())
            yield _Line(pos + lead, pos + lead + len(stripped), stripped, blank)
            blank = False
        else:
            blank = True
        pos += len(raw) + 1


class ScrapedTextExtractor:
    """Turns a scraped text page into an Article; offsets index the input text."""

    def __init__(self, settings: ExtractSettings) -> None:
        self.settings = settings
        self.vocab: PageVocabulary = load_vocabulary(settings.vocabulary)

    def extract(self, raw: RawDocument) -> Article | Rejection:
        text = raw.text or ""
        if len(text) > self.settings.max_chars:
            return Rejection(
                stage=Stage.EXTRACT,
                reason=ReasonCode.TOO_LARGE,
                detail=f"{len(text)} characters > extract.max_chars={self.settings.max_chars} "
                "(raise it in kildespor.toml to analyse longer texts)",
                document_id=raw.id,
                provenance=raw.provenance,
            )
        header = _Header()
        leading = True
        for line in _lines(text):
            # "# ..." lines at the very top are file comments (the bundled examples say
            # there that they are invented), not part of the page.
            if leading and line.text.startswith("# "):
                continue
            leading = False
            self._classify(line, header)
        if not header.blocks and header.title is None:
            return Rejection(
                stage=Stage.EXTRACT,
                reason=ReasonCode.NO_TEXT,
                detail="only site furniture and header fields, no article text",
                document_id=raw.id,
                provenance=raw.provenance,
            )
        return self._article(raw, text, header)

    def _classify(self, line: _Line, header: _Header) -> None:
        """Put one line where it belongs: furniture, credit, header field or content."""
        vocab, text = self.vocab, line.text
        if (credit := self._credit(text)) is not None:
            if credit and credit not in header.credits:
                header.credits.append(credit)
            return
        if vocab.is_furniture(text):
            header.boilerplate.append(text)
            if vocab.is_teaser(text):
                header.teasers.append(line)
            return
        if (dated := parse_date_line(text, vocab)) is not None:
            self._add_date(dated, header)
            return
        if (age := parse_relative_age(text, vocab)) is not None and header.relative_raw is None:
            header.relative_raw, header.relative_age = text, age
            return
        in_header = len(header.blocks) <= 1
        if in_header and header.section is None and (section := vocab.section(text)):
            header.section = section
            return
        if in_header and self._byline(text, header, prefixed_only=header.title is None):
            return
        if header.title is None and len(text) <= _MAX_TITLE_CHARS:
            header.title = line
            return
        self._add_content(line, header)

    def _credit(self, text: str) -> str | None:
        """The credit when the line is 'Foto: X' (empty string for a bare prefix), else None."""
        for prefix in self.vocab.credit_prefixes:
            match = re.match(rf"{re.escape(prefix)}\s*[:.]\s*(.*)$", text, re.IGNORECASE)
            if match:
                return match.group(1).strip()
        return None

    def _byline(self, text: str, header: _Header, *, prefixed_only: bool) -> bool:
        if prefixed_only and not any(
            text.casefold().startswith(p.casefold()) for p in self.vocab.byline_prefixes
        ):
            return False
        found = split_byline(text, self.vocab)
        if found is None:
            return False
        names, agency = found
        header.byline.extend(n for n in names if n not in header.byline)
        header.agency = header.agency or agency
        return True

    @staticmethod
    def _add_date(dated: DateLine, header: _Header) -> None:
        if dated.is_update and header.published is not None:
            header.updated = header.updated or dated
        elif header.published is None:
            header.published = dated
        else:
            header.updated = header.updated or dated

    @staticmethod
    def _add_content(line: _Line, header: _Header) -> None:
        """Start a paragraph, or continue the last one when a hard-wrapped line runs on."""
        last = header.blocks[-1][-1] if header.blocks else None
        continues = last is not None and not line.after_blank and not _SENTENCE_END.search(last.text)
        if continues:
            header.blocks[-1].append(line)
        else:
            header.blocks.append([line])

    def _article(self, raw: RawDocument, text: str, header: _Header) -> Article:
        spans = [
            TextSpan(text=text[b[0].start : b[-1].end], start=b[0].start, end=b[-1].end)
            for b in header.blocks
        ]
        lede: TextSpan | None = None
        if len(spans) >= 2 and len(spans[0].text) <= _MAX_LEDE_CHARS:
            lede, spans = spans[0], spans[1:]
        title = header.title
        published = header.published.value if header.published else None
        as_of = _as_of(self.settings.as_of)
        sources: dict[str, str] = {"title": "first line", "lede": "first paragraph"}
        if published is None and header.relative_age is not None and as_of is not None:
            published = as_of - header.relative_age
            sources["published"] = "relative age resolved against the as-of date (default: today)"
        captured = None
        if header.published is not None and header.relative_age is not None:
            captured = header.published.value + header.relative_age
            sources["captured_estimate"] = "published date + relative age"
        body_text = " ".join(s.text for s in spans[:20])
        return Article(
            id=raw.id,
            text=text,
            title=title.text if title else None,
            title_span=TextSpan(text=title.text, start=title.start, end=title.end) if title else None,
            byline=header.byline,
            agency=header.agency,
            published=published,
            published_raw=header.published.raw if header.published else None,
            published_time=header.published.timestamp if header.published else None,
            updated=header.updated.value if header.updated else None,
            relative_age_raw=header.relative_raw,
            captured_estimate=captured,
            section=header.section,
            lede=lede.text if lede else None,
            lede_span=lede,
            credits=header.credits,
            boilerplate=header.boilerplate,
            paragraphs=[Paragraph(**s.model_dump()) for s in spans],
            teasers=[Paragraph(text=t.text, start=t.start, end=t.end, kind="teaser") for t in header.teasers],
            language=detect_language(" ".join(filter(None, [title.text if title else "", body_text]))),
            url=raw.provenance.url,
            provenance=raw.provenance,
            field_sources=sources,
        )


def _as_of(value: str) -> date | None:
    """The reference date for relative ages: the setting, else today."""
    if not value:
        return date.today()
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None
