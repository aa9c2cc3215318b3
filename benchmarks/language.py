"""Throughput of the shipped Danish pipeline on news text, as a ratio to the bare tokenizer.

Run: .venv/bin/python benchmarks/language.py [--articles 200] [--model PATH]

Reads article bodies from ../shared/data/news/danewsroom_sample.jsonl when present (else an
invented Danish paragraph repeated, and says so), then times, in the same process on one core
(BLAS/OpenMP threads pinned to 1): the bare tokenizer (`nlp.make_doc`), and the full trained
pipeline (`nlp.pipe`, tok2vec → morphologizer → lemmatizer → parser → ner). Prints words/s
for both, the ratio pipeline/tokenizer, and whether the 8,000 words/s goal is met.
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import json  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

import spacy  # noqa: E402

from kildespor.language.loading import shipped_model_path  # noqa: E402

SAMPLE = Path(__file__).resolve().parents[2] / "shared" / "data" / "news" / "danewsroom_sample.jsonl"
GOAL_WORDS_PER_SECOND = 8000
# Invented text (not from any article), used only when the shared news sample is absent.
FALLBACK = (
    "»Vi har ikke set noget lignende før,« siger borgmester Anne Hansen til TV 2. "
    "Ifølge kommunen skal skolen lukke, men forældrene vil klage til ministeriet i næste uge. "
    "- Det er helt uacceptabelt, siger formanden for skolebestyrelsen, Peter Jensen."
)


def load_texts(count: int) -> tuple[list[str], str]:
    """Article bodies and a note on where they came from."""
    if not SAMPLE.is_file():
        return [FALLBACK] * count, "invented fallback paragraph (../shared news sample not found)"
    texts: list[str] = []
    with SAMPLE.open(encoding="utf-8") as source:
        for line in source:
            text = (json.loads(line).get("text") or "").strip()
            if text:
                texts.append(text)
            if len(texts) >= count:
                break
    return texts, f"{len(texts)} DaNewsroom article bodies"


def words_per_second(run: object, texts: list[str], words: int) -> float:
    """Words per second of `run(texts)` (a callable consuming all texts)."""
    assert callable(run)
    start = time.perf_counter()
    run(texts)
    return words / max(1e-9, time.perf_counter() - start)


def main() -> int:
    """Run the benchmark and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--model", type=Path, default=None)
    args = parser.parse_args()
    model = args.model or shipped_model_path()
    if model is None:
        print("no trained pipeline: run `make model` first")
        return 0
    nlp = spacy.load(model)
    texts, origin = load_texts(args.articles)
    words = sum(len(t.split()) for t in texts)
    list(nlp.pipe(texts[:5]))  # warm-up

    def tokenize(batch: list[str]) -> None:
        for text in batch:
            nlp.make_doc(text)

    def full(batch: list[str]) -> None:
        for _doc in nlp.pipe(batch, batch_size=32):
            pass

    tok_wps = words_per_second(tokenize, texts, words)
    full_wps = words_per_second(full, texts, words)
    print(f"text: {origin}, {words:,} words; model: {model}")
    print(f"{'bare tokenizer':<28}{tok_wps:>12,.0f} words/s   1.00")
    print(f"{'full pipeline (1 process)':<28}{full_wps:>12,.0f} words/s   {full_wps / tok_wps:.3f} of tokenizer")
    verdict = "met" if full_wps >= GOAL_WORDS_PER_SECOND else "NOT met"
    print(f"goal {GOAL_WORDS_PER_SECOND:,} words/s on one core: {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
