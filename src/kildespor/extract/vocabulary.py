"""Page vocabulary (sections, furniture, credits, months) loaded from data files."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from kildespor.errors import ConfigError


def _key(text: str) -> str:
    """Comparison key for a whole line: case-folded, spaces collapsed, trailing colon dropped."""
    return " ".join(text.casefold().split()).rstrip(":").strip()


@dataclass(frozen=True)
class PageVocabulary:
    """What a scraped page's furniture and header fields look like in one language."""

    sections: dict[str, str]
    furniture: frozenset[str]
    furniture_prefixes: tuple[str, ...]
    furniture_patterns: tuple[re.Pattern[str], ...]
    teaser_prefixes: tuple[str, ...]
    credit_prefixes: tuple[str, ...]
    agencies: dict[str, str]
    byline_prefixes: tuple[str, ...]
    date_prefixes: tuple[str, ...]
    update_words: tuple[str, ...]
    months: dict[str, int]
    weekdays: frozenset[str]
    relative_units: dict[str, float]
    relative_words: dict[str, int]
    number_words: dict[str, int]

    def section(self, line: str) -> str | None:
        """The canonical section name when the whole line is one."""
        return self.sections.get(_key(line))

    def is_furniture(self, line: str) -> bool:
        key = _key(line)
        if key in self.furniture:
            return True
        folded = line.strip().casefold()
        if any(folded.startswith(p) for p in self.furniture_prefixes):
            return True
        return any(p.search(line.strip()) for p in self.furniture_patterns)

    def is_teaser(self, line: str) -> bool:
        """A furniture line that carries another article's headline after its prefix."""
        folded = line.strip().casefold()
        prefix = next((p for p in self.teaser_prefixes if folded.startswith(p)), None)
        return prefix is not None and len(folded[len(prefix) :].split()) >= 3

    def agency(self, text: str) -> str | None:
        return self.agencies.get(_key(text).strip("/ "))


def _first_spelling(names: list[str]) -> dict[str, str]:
    """Lookup key → the first (canonical) spelling listed: 'ritzau' → 'Ritzau'."""
    out: dict[str, str] = {}
    for name in names:
        out.setdefault(_key(name).strip("/ "), name.strip("/"))
    return out


@lru_cache(maxsize=8)
def load_vocabulary(lang: str = "da") -> PageVocabulary:
    """Load `extract/data/<lang>/vocabulary.toml` (cached)."""
    try:
        raw = (
            resources.files("kildespor.extract").joinpath("data", lang, "vocabulary.toml").read_text("utf-8")
        )
    except FileNotFoundError as exc:
        raise ConfigError(f"no page vocabulary for language {lang!r}") from exc
    data = tomllib.loads(raw)
    return PageVocabulary(
        sections={_key(s): s for s in data["sections"]},
        furniture=frozenset(_key(s) for s in data["furniture"]),
        furniture_prefixes=tuple(p.casefold() for p in data["furniture_prefixes"]),
        furniture_patterns=tuple(re.compile(p, re.IGNORECASE) for p in data["furniture_patterns"]),
        teaser_prefixes=tuple(p.casefold() for p in data.get("teaser_prefixes", [])),
        credit_prefixes=tuple(sorted(data["credit_prefixes"], key=len, reverse=True)),
        agencies=_first_spelling(data["agencies"]),
        byline_prefixes=tuple(sorted(data["byline_prefixes"], key=len, reverse=True)),
        date_prefixes=tuple(sorted(data["date_prefixes"], key=len, reverse=True)),
        update_words=tuple(data["update_words"]),
        months={k.casefold(): int(v) for k, v in data["months"].items()},
        weekdays=frozenset(w.casefold() for w in data["weekdays"]["names"]),
        relative_units={k: float(v) for k, v in data["relative_units"].items()},
        relative_words={k: int(v) for k, v in data["relative_words"].items()},
        number_words={k: int(v) for k, v in data["number_words"].items()},
    )
