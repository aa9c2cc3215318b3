"""Pretrain the tok2vec layer on raw Danish news (`spacy pretrain`, characters objective).

Raw text: titles, ledes and bodies of the DaNewsroom sample and the Leipzig news-crawl
sentences in `news/`. None of it is DDT text, so no test sentence is seen, even unlabelled.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

PRETRAIN_CONFIG = Path(__file__).resolve().parents[1] / "configs" / "pretrain_da.cfg"


def write_raw_text(data: Path, target: Path) -> int:
    """Write `{"text": ...}` lines for spaCy's JsonlCorpus; returns the number of words."""
    news = data / "news"
    words = 0
    with target.open("w", encoding="utf-8") as out:
        for text in news_texts(news):
            out.write(json.dumps({"text": text}, ensure_ascii=False) + "\n")
            words += len(text.split())
    return words


def news_texts(news: Path) -> list[str]:
    """Paragraphs of the DaNewsroom sample (title, lede, body) and the Leipzig news-crawl sentences."""
    texts: list[str] = []
    sample = news / "danewsroom_sample.jsonl"
    if sample.is_file():
        for line in sample.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            for key in ("title", "summary", "text"):
                texts += [p.strip() for p in (record.get(key) or "").split("\n") if p.strip()]
    crawl = news / "dan_newscrawl_2011_10K-sentences.csv"
    if crawl.is_file():
        with crawl.open(encoding="utf-8", newline="") as handle:
            texts += [row["text"] for row in csv.DictReader(handle) if row.get("text")]
    return texts


def pretrain_tok2vec(data: Path, work: Path, vectors: Path | None = None) -> Path | None:
    """Pretrain as `configs/pretrain_da.cfg` says; returns the last weights, or None without raw text.

    `vectors` is the static-vector table the trained pipeline will read (the gazetteer, `--gazetteer`):
    pretraining must see the same embedding layer, or the weights do not fit."""
    from spacy.training.pretrain import pretrain
    from spacy.util import load_config

    work.mkdir(parents=True, exist_ok=True)
    raw = work / "raw.jsonl"
    if write_raw_text(data, raw) == 0:
        return None
    output = work / "pretrain"
    output.mkdir(parents=True, exist_ok=True)
    overrides: dict[str, object] = {"paths.raw_text": str(raw)}
    if vectors is not None:
        overrides["paths.vectors"] = str(vectors)
        overrides["components.tok2vec.model.embed.include_static_vectors"] = True
    config = load_config(PRETRAIN_CONFIG, overrides=overrides, interpolate=False).interpolate()
    pretrain(config, output)
    last = output / "model-last.bin"
    return last if last.is_file() else None
