"""Rebuild kildespor's source-analysis gold from ../shared (stand-off → JSONL).

Three splits live beside this file, each as `<split>_sources.standoff.jsonl`:
`dev` (the first gold; the rules were tuned on it, so its scores are
optimistic), `tune` (independent gold for error analysis while improving the
rules) and `heldout` (independent gold that is only ever scored, never used
for tuning). Later rounds added `tune2`-`tune4` (DDT train sentences and
DaNewsroom articles, for error analysis), `heldout2` (scored blind once, then
opened for error analysis in round five, so no longer blind) and `heldout3`
(26 DaNewsroom articles annotated in round five by two annotators working
from ANNOTATION.md and the earlier gold only, never shown the system's output:
the blind estimate in round five, opened for error analysis in round six) and `heldout4` (round six:
26 more DaNewsroom articles and 250 DDT train sentences, 1990s newspaper text,
annotated the same way by three annotators; the blind estimate in round six,
opened for error analysis in round seven) and `heldout5` (round seven: 26 more
DaNewsroom articles and DDT train sentences train-v2-4100..4349, annotated the
same way by three annotators who never saw the system's output: the blind
estimate in round seven, opened for error analysis in round eight) and `heldout6`
(round eight: 26 more DaNewsroom articles and DDT train sentences
train-v2-1000..1249, annotated the same way by three annotators who never saw
the system's output: the blind estimate in round eight, opened for error analysis in round
nine) and `heldout7` (round nine: 27 more DaNewsroom articles, drawn outside the 300 articles
read unlabelled in round eight, and DDT train sentences train-v2-1250..1499, annotated the same
way by three annotators: the blind estimate in round nine, opened for error analysis in round ten)
and `heldout8` (round ten: 27 more DaNewsroom articles, drawn outside every earlier split and the 300
articles read unlabelled in round eight, and DDT train sentences train-v2-1750..1999, annotated the same
way by three annotators: the blind estimate in round ten, opened for error analysis in round eleven)
and `heldout9` (round eleven: 27 more DaNewsroom articles, drawn outside every earlier split and the 300
articles read unlabelled in round eight, and DDT train sentences train-v2-2000..2249, annotated the same
way by three annotators: the blind estimate in round eleven, opened for error analysis in round twelve)
and `heldout10` (round twelve: 27 more DaNewsroom articles, drawn outside every earlier split and the
300 articles read unlabelled in round twelve, and DDT train sentences train-v2-2250..2399 and
train-v2-2700..2799, annotated the same way by three annotators: the blind estimate in round twelve, opened for
error analysis in round thirteen) and `heldout11` (round thirteen: 27 more DaNewsroom articles, drawn with
`random.Random(13)` outside every earlier split and the 300-article unlabelled samples of rounds eight and
twelve, and DDT train sentences train-v2-2800..2999 and train-v2-3250..3299, annotated the same way by three
annotators: the blind estimate from round thirteen on).
A stand-off file holds, per record, only a
reference to the text in ../shared/data (DaNewsroom article index, UD DDT
*dev* or *train* sentence id — never test — or Leipzig news-crawl sentence number), a digest of that
text, and hand-made annotations as
character offsets (attributions with source names and kinds; markers). No
third-party text is stored in the repository. This module loads the text
from ../shared, checks the digest, derives gold sentence spans with a simple
splitter (labelled from the gold markers by ANNOTATION.md's strength order)
and writes records in the ANNOTATION.md schema.

Annotated by hand by the kildespor source-analysis engineer, following
../shared/eval/ANNOTATION.md, before the system was run on these texts.
DaNewsroom records use text = title + "\\n\\n" + summary + "\\n\\n" + body; news-crawl
records use the sentence text of dan_newscrawl_2011_10K-sentences.csv. The
tune and heldout splits were annotated before the system was run on them.

Usage: python tests/evaluation/gold/dev_gold.py ../shared -o dev_gold.jsonl [--split tune]
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import re
from pathlib import Path
from typing import Any

STANDOFF = Path(__file__).with_name("dev_sources.standoff.jsonl")
SPLITS = (
    "dev",
    "tune",
    "heldout",
    "markers",
    "tune2",
    "heldout2",
    "tune3",
    "tune4",
    "heldout3",
    "heldout4",
    "heldout5",
    "heldout6",
    "heldout7",
    "heldout8",
    "heldout9",
    "heldout10",
    "heldout11",
)
_STRENGTH = {"firm": 0, "hedged": 1, "hearsay": 2, "contested": 3, "denied": 4}
_SENTENCE = re.compile(r"[^\n]+?(?:[.!?…]+[\"”»'’)]*(?=\s+[\"“”»«'‘\-–A-ZÆØÅ0-9])|$)", re.M)


def _news_texts(shared: Path) -> list[str]:
    """DaNewsroom sample articles as title, summary and body."""
    rows = (
        json.loads(line) for line in (shared / "data/news/danewsroom_sample.jsonl").open(encoding="utf-8")
    )
    return [r["title"] + "\n\n" + r["summary"] + "\n\n" + r["text"] for r in rows]


def _ddt_texts(shared: Path) -> dict[str, str]:
    """UD DDT dev sentences by sent_id."""
    texts: dict[str, str] = {}
    sent_id = ""
    for line in (shared / "data/ud/da_ddt-ud-dev.conllu").open(encoding="utf-8"):
        if line.startswith("# sent_id"):
            sent_id = line.split("=", 1)[1].strip()
        elif line.startswith("# text"):
            texts[sent_id] = line.split("=", 1)[1].strip()
    return texts


def _ddt_train_texts(shared: Path) -> dict[str, str]:
    """UD DDT *train* sentences (1990s newspaper text) by sent_id, from the UNER train file."""
    texts: dict[str, str] = {}
    sent_id = ""
    for line in (shared / "data/uner/da_ddt-ud-train.iob2").open(encoding="utf-8"):
        if line.startswith("# sent_id"):
            sent_id = line.split("=", 1)[1].strip()
        elif line.startswith("# text"):
            texts[sent_id] = line.split("=", 1)[1].strip()
    return texts


def _newscrawl_texts(shared: Path) -> dict[str, str]:
    """Leipzig Danish news-crawl 2011 sentences by their number."""
    with (shared / "data/news/dan_newscrawl_2011_10K-sentences.csv").open(
        encoding="utf-8", newline=""
    ) as rows:
        return {row["number"]: row["text"] for row in csv.DictReader(rows)}


def standoff_path(split: str) -> Path:
    """The stand-off file of one gold split (`dev`, `tune`, `heldout` or `markers`)."""
    if split not in SPLITS:
        raise ValueError(f"unknown gold split {split!r}; expected one of {SPLITS}")
    return STANDOFF.with_name(f"{split}_sources.standoff.jsonl")


def _record_text(source: dict[str, Any], shared: Path, cache: dict[str, Any]) -> str:
    """The third-party text a stand-off record refers to (loaded once per corpus)."""
    corpus = source["corpus"]
    if corpus not in cache:
        loaders = {
            "danewsroom": _news_texts,
            "ud_ddt_dev": _ddt_texts,
            "ud_ddt_train": _ddt_train_texts,
            "newscrawl": _newscrawl_texts,
        }
        cache[corpus] = loaders[corpus](shared)
    if corpus == "danewsroom":
        return str(cache[corpus][source["index"]])
    if corpus in ("ud_ddt_dev", "ud_ddt_train"):
        return str(cache[corpus][source["sent_id"]])
    return str(cache[corpus][source["number"]])


def gold_sentences(text: str, markers: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Sentence spans by a simple splitter, each labelled with its strongest gold marker."""
    sentences = []
    for match in _SENTENCE.finditer(text):
        start, end = match.start(), match.end()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end <= start:
            continue
        label = "firm"
        for marker in markers:
            if (
                marker["span"][0] < end
                and marker["span"][1] > start
                and _STRENGTH[marker["class"]] > _STRENGTH[label]
            ):
                label = marker["class"]
        sentences.append({"span": [start, end], "label": label})
    return sentences


def build_gold(shared: Path, split: str = "dev") -> list[dict[str, Any]]:
    """Gold records of one split in the ANNOTATION.md schema, with text loaded from ../shared."""
    cache: dict[str, Any] = {}
    records = []
    for line in standoff_path(split).open(encoding="utf-8"):
        item = json.loads(line)
        text = _record_text(item["source"], shared, cache)
        if hashlib.sha256(text.encode()).hexdigest()[:16] != item["sha256"]:
            raise ValueError(f"{item['id']}: the text in ../shared changed; the offsets no longer apply")
        records.append(
            {
                "id": item["id"],
                "text": text,
                "attributions": item["attributions"],
                "markers": item["markers"],
                "sentences": gold_sentences(text, item["markers"]),
            }
        )
    return records


def main() -> None:
    """Write the rebuilt gold JSONL."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("shared", type=Path)
    parser.add_argument("-o", "--output", type=Path, required=True)
    parser.add_argument("--split", choices=SPLITS, default="dev")
    args = parser.parse_args()
    with args.output.open("w", encoding="utf-8") as out:
        for record in build_gold(args.shared, args.split):
            out.write(json.dumps(record, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
