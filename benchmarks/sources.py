"""Source-analysis benchmark: the kildespor source components against the language pipeline alone.

Runs the same 100 DaNewsroom articles (../shared/data/news/danewsroom_sample.jsonl;
text = title, summary and body) through

* the base language pipeline alone (the trained Danish model when it is
  shipped, else spacy.blank("da") + sentencizer), and
* the same pipeline with kildespor's source components, plus the
  `analyze_sources` conversion to records,

and prints articles per second and the overhead of the source stage as a
ratio of the language pipeline's time measured in the same run (goal: at
most +15 %). After a warm-up pass the configurations run `--repeat` times, interleaved; the
best run of each counts.

Usage: .venv/bin/python benchmarks/sources.py [SHARED_DIR] [--limit 100] [--repeat 3] [--model auto|blank]
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable
from pathlib import Path

from kildespor.config import LanguageSettings
from kildespor.language.loading import SOURCE_COMPONENTS, load_pipeline
from kildespor.records import Article
from kildespor.sources import analyze_sources

REPO = Path(__file__).resolve().parents[1]


def load_texts(shared: Path, limit: int) -> list[str]:
    """The first `limit` DaNewsroom articles as title, summary and body."""
    texts = []
    with (shared / "data/news/danewsroom_sample.jsonl").open(encoding="utf-8") as rows:
        for line in rows:
            row = json.loads(line)
            texts.append(row["title"] + "\n\n" + row["summary"] + "\n\n" + row["text"])
            if len(texts) >= limit:
                break
    return texts


def best_time(run: Callable[[], None], repeat: int) -> float:
    """Best wall time of `repeat` runs."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    """Measure and print the comparison."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("shared", nargs="?", type=Path, default=REPO.parent / "shared")
    parser.add_argument("--limit", type=int, default=100)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--model", default="auto")
    args = parser.parse_args()
    texts = load_texts(args.shared, args.limit)
    nlp = load_pipeline(LanguageSettings(model=args.model))
    ours = [name for name in nlp.pipe_names if name in SOURCE_COMPONENTS]
    base_names = [name for name in nlp.pipe_names if name not in SOURCE_COMPONENTS]
    articles = [Article(id=str(k), text=text) for k, text in enumerate(texts)]

    def language_only() -> None:
        with nlp.select_pipes(enable=base_names):
            for _ in nlp.pipe(texts):
                pass

    def with_sources() -> None:
        for doc, article in zip(nlp.pipe(texts), articles, strict=True):
            analyze_sources(doc, article)

    def sources_only() -> None:
        with nlp.select_pipes(enable=base_names):
            docs = list(nlp.pipe(texts))
        start = time.perf_counter()
        for doc, article in zip(docs, articles, strict=True):
            for name in ours:
                doc = nlp.get_pipe(name)(doc)
            analyze_sources(doc, article)
        timings.append(time.perf_counter() - start)

    timings: list[float] = []
    language_only()  # warm-up: model weights, vocabulary, caches
    base_runs, full_runs = [], []
    for _ in range(args.repeat):  # interleaved, so load on the shared machine hits both alike
        base_runs.append(best_time(language_only, 1))
        full_runs.append(best_time(with_sources, 1))
        sources_only()
    base, full, stage = min(base_runs), min(full_runs), min(timings)
    words = sum(len(t.split()) for t in texts)
    print(f"{len(texts)} DaNewsroom articles, {words} words; base pipeline: {', '.join(base_names)}")
    print(f"language pipeline alone      {base:7.2f} s  {len(texts) / base:8.1f} articles/s  ratio 1.00")
    print(
        f"language + source stage      {full:7.2f} s  {len(texts) / full:8.1f} articles/s  ratio {full / base:.2f}"
    )
    print(
        f"source components + records  {stage:7.2f} s  overhead {100 * stage / base:5.1f} % of the language pipeline"
    )


if __name__ == "__main__":
    main()
