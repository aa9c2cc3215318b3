"""Article extraction benchmark: kildespor vs trafilatura alone vs readability-lxml.

Runs the three extractors on the same pages (default: the 130 pages of
../shared/data/extraction/readability-test-pages, each with source.html,
expected.html and expected-metadata.json) and prints, side by side:

* body token precision / recall / F1 (bag of lower-cased word tokens of the
  extracted body against expected.html), micro (all tokens pooled) and macro
  (mean of per-page F1);
* pages per second, and each extractor's speed as a ratio of trafilatura's;
* title, byline and published-date accuracy against expected-metadata.json
  (only pages whose expected value is set count for that field).

Usage: .venv/bin/python benchmarks/extraction.py [PAGES_DIR] [--limit N] [--verbose]
"""

from __future__ import annotations

import argparse
import re
import sys
import time
import warnings
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import lxml.html
import trafilatura
from readability import Document as ReadabilityDocument
from trafilatura.settings import use_config

from kildespor.config import ExtractSettings, IngestSettings
from kildespor.extract import extract_article
from kildespor.ingest.html import HtmlReader
from kildespor.records import Article, RawDocument

REPO = Path(__file__).resolve().parents[1]
DEFAULT_PAGES = REPO.parent / "shared" / "data" / "extraction" / "readability-test-pages"
_TOKEN = re.compile(r"\w+")
_TRAF_CONFIG = use_config()
_TRAF_CONFIG.set("DEFAULT", "EXTRACTION_TIMEOUT", "0")


@dataclass
class Output:
    """What one extractor found on one page."""

    body: str = ""
    title: str | None = None
    byline: str | None = None
    date: str | None = None


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    page_f1: list[float] = field(default_factory=list)
    seconds: float = 0.0
    fields: Counter[str] = field(default_factory=Counter)
    totals: Counter[str] = field(default_factory=Counter)


def tokens(text: str | None) -> Counter[str]:
    return Counter(_TOKEN.findall((text or "").lower()))


def norm(text: str | None) -> str:
    return " ".join(_TOKEN.findall((text or "").lower()))


def run_kildespor(html: bytes, path: str) -> Output:
    raw = next(HtmlReader(IngestSettings()).read_bytes(html, path))
    if not isinstance(raw, RawDocument):
        return Output()
    article = extract_article(raw, ExtractSettings())
    if not isinstance(article, Article):
        return Output()
    body = "\n".join(([article.lede] if article.lede else []) + [p.text for p in article.paragraphs])
    published = article.published_time or article.published
    return Output(
        body, article.title, ", ".join(article.byline) or None, str(published) if published else None
    )


def run_trafilatura(html: bytes, path: str) -> Output:
    doc = trafilatura.bare_extraction(
        html.decode("utf-8", errors="replace"), with_metadata=True, config=_TRAF_CONFIG
    )
    if doc is None or isinstance(doc, dict):
        return Output()
    return Output(doc.text or "", doc.title, doc.author, doc.date)


def run_readability(html: bytes, path: str) -> Output:
    try:
        document = ReadabilityDocument(html.decode("utf-8", errors="replace"))
        summary = document.summary(html_partial=True)
        body = " ".join(lxml.html.fragment_fromstring(summary, create_parent="div").itertext())
        author = document.author()
        return Output(body, document.short_title(), None if author == "[no-author]" else author, None)
    except Exception:  # readability raises on degenerate pages; score as empty
        return Output()


EXTRACTORS: dict[str, Callable[[bytes, str], Output]] = {
    "kildespor": run_kildespor,
    "trafilatura": run_trafilatura,
    "readability-lxml": run_readability,
}


def expected_body(page: Path) -> Counter[str]:
    root = lxml.html.fromstring((page / "expected.html").read_bytes())
    return tokens(" ".join(str(text) for text in root.itertext()))


def field_hits(out: Output, expected: dict[str, Any]) -> dict[str, bool | None]:
    """True/False per metadata field; None when the page has no expected value."""
    hits: dict[str, bool | None] = {"title": None, "byline": None, "date": None}
    if expected.get("title"):
        hits["title"] = norm(out.title) == norm(expected["title"])
    if expected.get("byline"):
        got, want = norm(out.byline), norm(expected["byline"])
        hits["byline"] = bool(got) and (got in want or want in got)
    if expected.get("publishedTime"):
        hits["date"] = bool(out.date) and str(out.date)[:10] == str(expected["publishedTime"])[:10]
    return hits


def score_page(score: Score, out: Output, gold: Counter[str], expected: dict[str, Any]) -> float:
    got = tokens(out.body)
    overlap = sum((got & gold).values())
    score.tp += overlap
    score.fp += sum(got.values()) - overlap
    score.fn += sum(gold.values()) - overlap
    precision = overlap / max(1, sum(got.values()))
    recall = overlap / max(1, sum(gold.values()))
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    score.page_f1.append(f1)
    for name, hit in field_hits(out, expected).items():
        if hit is not None:
            score.totals[name] += 1
            score.fields[name] += int(hit)
    return f1


def main() -> int:
    import json

    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("pages", nargs="?", type=Path, default=DEFAULT_PAGES)
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument("--verbose", action="store_true", help="per-page F1 where the extractors differ")
    args = parser.parse_args()
    if not args.pages.is_dir():
        print(f"pages folder not found: {args.pages}", file=sys.stderr)
        return 2
    pages = sorted(p for p in args.pages.iterdir() if (p / "source.html").is_file())
    pages = pages[: args.limit] if args.limit else pages
    warnings.filterwarnings("ignore")
    scores = {name: Score() for name in EXTRACTORS}
    per_page: dict[str, dict[str, float]] = {}
    for run in EXTRACTORS.values():  # warm-up: imports, lazy models and caches are not page costs
        run((pages[0] / "source.html").read_bytes(), "warm-up")
    for page in pages:
        html = (page / "source.html").read_bytes()
        gold = expected_body(page)
        meta_path = page / "expected-metadata.json"
        expected = json.loads(meta_path.read_text()) if meta_path.exists() else {}
        for name, run in EXTRACTORS.items():
            start = time.perf_counter()
            out = run(html, str(page / "source.html"))
            scores[name].seconds += time.perf_counter() - start
            per_page.setdefault(page.name, {})[name] = score_page(scores[name], out, gold, expected)
    report(scores, len(pages))
    if args.verbose:
        for name, row in sorted(per_page.items(), key=lambda kv: kv[1]["kildespor"] - kv[1]["trafilatura"]):
            if abs(row["kildespor"] - row["trafilatura"]) > 0.02:
                print(f"  {name:45s} " + "  ".join(f"{k}={v:.3f}" for k, v in row.items()))
    return 0


def report(scores: dict[str, Score], count: int) -> None:
    print(f"{count} pages\n")
    header = f"{'extractor':18s} {'P':>6s} {'R':>6s} {'F1':>6s} {'macroF1':>8s} {'pages/s':>8s} {'speed':>7s}"
    print(header + f" {'title':>12s} {'byline':>12s} {'date':>12s}")
    base = scores["trafilatura"].seconds / max(count, 1)
    for name, s in scores.items():
        precision = s.tp / max(1, s.tp + s.fp)
        recall = s.tp / max(1, s.tp + s.fn)
        f1 = 2 * precision * recall / max(1e-9, precision + recall)
        macro = sum(s.page_f1) / max(1, len(s.page_f1))
        rate = count / max(s.seconds, 1e-9)
        ratio = base / max(s.seconds / count, 1e-9)
        fields = " ".join(
            f"{s.fields[k] / max(1, s.totals[k]):6.3f} ({s.totals[k]:3d})"
            for k in ("title", "byline", "date")
        )
        print(
            f"{name:18s} {precision:6.3f} {recall:6.3f} {f1:6.3f} {macro:8.3f} {rate:8.1f} {ratio:6.2f}x {fields}"
        )
    print(
        "\nspeed = pages/s relative to trafilatura in this run; field columns: accuracy (pages with a gold value)"
    )


if __name__ == "__main__":
    sys.exit(main())
