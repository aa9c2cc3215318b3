"""Danish (and English-layout) date lines: absolute dates, times and relative ages.

Only lines that *are* a date (perhaps with "Publiceret", a weekday or a time)
count: a sentence that mentions a date is body text, not page metadata.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from kildespor.extract.vocabulary import PageVocabulary

_TIME = re.compile(r"(?:\bkl\.?\s*|\bat\s+|,\s*|\s)(\d{1,2})[.:](\d{2})(?:[.:]\d{2})?\s*(am|pm)?\b", re.I)
_NUMERIC_DMY = re.compile(r"\b(\d{1,2})[./-](\d{1,2})[./-](\d{4}|\d{2})\b")
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?")
_LETTER_CHARS = r"[a-zæøå]+"
_DAY_MONTH_YEAR = re.compile(rf"\b(\d{{1,2}})\.?\s+({_LETTER_CHARS})\.?,?\s+(\d{{4}})\b", re.I)
_MONTH_DAY_YEAR = re.compile(rf"\b({_LETTER_CHARS})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b", re.I)
_RELATIVE = re.compile(r"^(?:for\s+)?(\w+)\s+(\w+)\s+(?:siden|ago)$", re.I)
# What may remain on a date line once the date, time and prefix words are removed.
_LEFTOVER_OK = re.compile(r"^[\s|,.:;•·–—\-/()]*$")


@dataclass(frozen=True)
class DateLine:
    """An absolute date found on a line of its own."""

    value: date
    time: time | None
    raw: str
    is_update: bool

    @property
    def timestamp(self) -> datetime | None:
        return datetime.combine(self.value, self.time) if self.time else None


def _safe_date(year: int, month: int, day: int) -> date | None:
    if year < 100:
        year += 2000 if year < 70 else 1900
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _find_date(text: str, vocab: PageVocabulary) -> tuple[date, re.Match[str]] | None:
    """The first date expression in `text`, with the match that covers it."""
    if (m := _ISO.search(text)) and (d := _safe_date(int(m[1]), int(m[2]), int(m[3]))):
        return d, m
    if (m := _NUMERIC_DMY.search(text)) and (d := _safe_date(int(m[3]), int(m[2]), int(m[1]))):
        return d, m
    for pattern, day_group, month_group in ((_DAY_MONTH_YEAR, 1, 2), (_MONTH_DAY_YEAR, 2, 1)):
        m = pattern.search(text)
        month = vocab.months.get(m[month_group].casefold()) if m else None
        if m and month and (d := _safe_date(int(m[3]), month, int(m[day_group]))):
            return d, m
    return None


def _strip_words(text: str, vocab: PageVocabulary) -> str:
    """Remove prefix words (Publiceret, weekdays, d., den) that may stand on a date line."""
    words = re.split(r"(\s+|,)", text)
    allowed = {p.casefold().rstrip(":") for p in vocab.date_prefixes} | set(vocab.weekdays)
    allowed |= {"kl", "kl.", "at", "the", "on", "am", "pm", "cet", "cest", "utc", "gmt"}
    return "".join(
        w for w in words if w.casefold().rstrip(":.") not in allowed and w.casefold() not in allowed
    )


def parse_date_line(line: str, vocab: PageVocabulary) -> DateLine | None:
    """A DateLine when the whole line is a date (with optional prefix words and time)."""
    text = line.strip()
    if not text or len(text) > 80:
        return None
    found = _find_date(text, vocab)
    if found is None:
        return _parse_with_dateparser(text, vocab)
    value, match = found
    rest = text[: match.start()] + " " + text[match.end() :]
    clock: time | None = None
    if match.re is _ISO and match.group(4):
        clock = time(int(match.group(4)), int(match.group(5)))
    elif tm := _TIME.search(rest):
        clock = _clock(tm)
        rest = rest[: tm.start()] + " " + rest[tm.end() :]
    if not _LEFTOVER_OK.match(_strip_words(rest, vocab)):
        return None
    is_update = any(w in text.casefold() for w in vocab.update_words)
    return DateLine(value, clock, text, is_update)


def _clock(match: re.Match[str]) -> time | None:
    hour, minute = int(match[1]), int(match[2])
    if match[3] and match[3].lower() == "pm" and hour < 12:
        hour += 12
    return time(hour, minute) if hour < 24 and minute < 60 else None


def _parse_with_dateparser(text: str, vocab: PageVocabulary) -> DateLine | None:
    """Fallback for layouts the patterns miss; strict, and only on short lines with a digit."""
    if not re.search(r"\d{4}", text) or len(text) > 40:
        return None
    import dateparser  # imported lazily: slow to import, rarely needed

    parsed = dateparser.parse(
        text,
        languages=["da", "en"],
        settings={"DATE_ORDER": "DMY", "STRICT_PARSING": True, "PREFER_DAY_OF_MONTH": "first"},
    )
    if parsed is None:
        return None
    clock = parsed.time() if (parsed.hour or parsed.minute) else None
    is_update = any(w in text.casefold() for w in vocab.update_words)
    return DateLine(parsed.date(), clock, text, is_update)


def parse_relative_age(line: str, vocab: PageVocabulary) -> timedelta | None:
    """'132 uger siden', 'for 3 timer siden', 'i går', '2 days ago' → how long ago."""
    text = " ".join(line.strip().casefold().split()).rstrip(".")
    if text in vocab.relative_words:
        return timedelta(days=vocab.relative_words[text])
    m = _RELATIVE.match(text)
    if not m:
        return None
    count_word, unit = m[1], m[2]
    count = int(count_word) if count_word.isdigit() else vocab.number_words.get(count_word)
    hours = vocab.relative_units.get(unit)
    if count is None or hours is None:
        return None
    return timedelta(hours=count * hours)
