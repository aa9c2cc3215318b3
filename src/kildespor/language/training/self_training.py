"""Self-training for NER: the shipped pipeline's confident entities on raw news as extra NER data.

The entity recogniser learns from 4,700 gold sentences of 1983-92 text; the raw news in
`news/` (DaNewsroom bodies, the Leipzig 2011 news crawl, TV2 Regionerne) is full of later
names. The shipped pipeline tags that text, and a sentence joins the train data only when its
entities look right by two further signals besides the greedy decision itself:

1. the beam: NER re-run with a beam (`beam_parse`, width 16) gives each candidate span the
   probability mass of the parses that contain it. Every predicted entity must hold at least
   `min_entity_prob` of it, and no other span in the sentence may hold more than
   `max_rival_prob` (so the `O` tokens are confident too: they are training signal as well);
2. consistency across the corpus: the same string must get the same label in at least
   `min_label_share` of its predicted occurrences in all the tagged news (a name tagged ORG
   here and LOC there is not a name the model knows).

The kept sentences become NER-only Docs: words and entity tags, nothing else, so the
morphologizer, lemmatizer and parser see them as unannotated (the parser skips Docs without
relations, the tagger and lemmatizer treat empty values as missing), as `neighbours.py` does
the other way round. Sentences with a predicted name inside a compound (`Playboy-modellen`:
DaN+ `-part`, trained as O) are left out as likely errors. Texts that contain any DDT dev or test sentence are dropped before
tagging, so no held-out sentence is seen even as raw text.

Measured in round seven (model card): 7,639 of 42,836 news sentences pass with entities; a sample
of 2,500 plus 625 entity-free ones raised dev NER F1 (.714 vs .698) but not test (.664 vs .667),
so the build leaves it out unless asked (`--self-train`).
"""

from __future__ import annotations

import bisect
import json
import random
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, DocBin, Span

from kildespor.language.training.conllu import read_conllu
from kildespor.language.training.pretraining import news_texts

# Held-out UD files whose sentences must never appear in the self-training text.
HELD_OUT_TREEBANKS: tuple[str, ...] = ("da_ddt-ud-test.conllu", "da_ddt-ud-dev.conllu")

EntityKey = tuple[int, int, str]  # start token, end token, label (Doc offsets)


@dataclass(frozen=True)
class SelfTrainingSettings:
    """How sentences are chosen; recorded beside the cached corpus."""

    beam_width: int = 16
    min_entity_prob: float = 0.9
    max_rival_prob: float = 0.1
    min_label_share: float = 0.75
    min_tokens: int = 5
    max_tokens: int = 60
    max_sentences: int = 2500  # sentences with entities kept at most (random sample)
    empty_share: float = 0.25  # sentences without entities, as a share of those with
    seed: int = 0


def raw_news_texts(news: Path) -> list[str]:
    """The raw news paragraphs: DaNewsroom + news crawl (as pretraining) and the TV2 bodies."""
    texts = news_texts(news)
    for path in sorted(news.glob("tv2r_*.txt")):
        lines = [line.strip() for line in path.read_text(encoding="utf-8").splitlines()]
        texts += [line for line in lines[2:] if line]  # headline and date line first
    return texts


def normal(text: str) -> str:
    """Whitespace-normalised, case-folded text for matching sentences."""
    return " ".join(text.split()).casefold()


def held_out_sentences(ud_folder: Path, files: tuple[str, ...] = HELD_OUT_TREEBANKS) -> list[str]:
    """The `# text` lines of the held-out treebanks found."""
    return [s.text for name in files if (ud_folder / name).is_file() for s in read_conllu(ud_folder / name)]


def without_held_out(texts: list[str], held_out: Iterable[str], min_chars: int = 20) -> tuple[list[str], int]:
    """Drop every text that contains a held-out sentence (or is one); returns the rest and the count.

    Sentences shorter than `min_chars` only count when they are the whole text: short ones
    ("Det er rigtigt.") occur everywhere and say nothing about provenance.
    """
    normals = [normal(t) for t in texts]
    offsets: list[int] = []
    position = 0
    for text in normals:
        offsets.append(position)
        position += len(text) + 1
    blob = "\n".join(normals)
    whole = {n: i for i, n in enumerate(normals)}
    dropped: set[int] = set()
    for sentence in {normal(s) for s in held_out}:
        if not sentence:
            continue
        if sentence in whole:
            dropped.add(whole[sentence])
        if len(sentence) < min_chars:
            continue
        found = blob.find(sentence)
        while found >= 0:
            dropped.add(bisect.bisect_right(offsets, found) - 1)
            found = blob.find(sentence, found + 1)
    return [t for i, t in enumerate(texts) if i not in dropped], len(dropped)


def label_shares(entities: Iterable[tuple[str, str]]) -> dict[tuple[str, str], float]:
    """For each (text, label) seen, the share of that text's predictions that carry the label."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for text, label in entities:
        counts[text][label] += 1
    return {
        (text, label): n / sum(labels.values())
        for text, labels in counts.items()
        for label, n in labels.items()
    }


def confident_sentence(
    sentence: Span,
    span_probs: Mapping[EntityKey, float],
    shares: Mapping[tuple[str, str], float],
    settings: SelfTrainingSettings,
) -> bool:
    """Whether the sentence's predicted entities (`doc.ents`) pass the beam and consistency checks."""
    if not settings.min_tokens <= len(sentence) <= settings.max_tokens:
        return False
    if any(t.is_space for t in sentence) or sum(t.is_alpha for t in sentence) < 3:
        return False
    predicted = {(e.start, e.end, e.label_) for e in sentence.ents}
    for ent in sentence.ents:
        if _part_of_word(ent):
            return False
        if span_probs.get((ent.start, ent.end, ent.label_), 0.0) < settings.min_entity_prob:
            return False
        if shares.get((ent.text, ent.label_), 0.0) < settings.min_label_share:
            return False
    return all(
        prob <= settings.max_rival_prob
        for (start, end, label), prob in span_probs.items()
        if start >= sentence.start and end <= sentence.end and (start, end, label) not in predicted
    )


def _part_of_word(ent: Span) -> bool:
    """A name inside a common-noun compound (`Playboy-modellen`, `EU-samarbejdet`).

    DaN+ marks these `-part` and the shipped model is trained with them as O, so a prediction
    of one is a likely error: the sentence is not used.
    """
    last = ent[-1].text
    return "-" in last and last.rsplit("-", 1)[1][:1].islower()


def ner_only_doc(sentence: Span) -> Doc:
    """A Doc with the sentence's words and entity tags (O elsewhere) and no other annotation."""
    tags = [
        f"{t.ent_iob_}-{t.ent_type_}" if t.ent_iob_ in ("B", "I") and t.ent_type_ else "O" for t in sentence
    ]
    if tags and tags[0].startswith("I-"):
        tags[0] = "B-" + tags[0][2:]
    spaces = [bool(t.whitespace_) for t in sentence]
    spaces[-1] = False
    return Doc(sentence.doc.vocab, words=[t.text for t in sentence], spaces=spaces, ents=tags)


@dataclass
class TaggedText:
    """One raw paragraph tagged by the pipeline, with the beam's span probabilities."""

    doc: Doc
    span_probs: dict[EntityKey, float]


def tag_texts(nlp: Language, texts: list[str], beam_width: int, batch_size: int = 64) -> list[TaggedText]:
    """Run the pipeline (greedy NER) and a beam NER over the texts."""
    ner = nlp.get_pipe("ner")
    tagged: list[TaggedText] = []
    others = [name for name in nlp.pipe_names if name != "ner"]
    for start in range(0, len(texts), batch_size):
        with nlp.select_pipes(enable=others):
            docs = list(nlp.pipe(texts[start : start + batch_size], batch_size=batch_size))
        beams = ner.beam_parse(docs, beam_width=beam_width)  # type: ignore[attr-defined]
        scores = ner.scored_ents(beams)  # type: ignore[attr-defined]
        docs = list(ner.pipe(docs))  # type: ignore[attr-defined]
        tagged += [TaggedText(doc, dict(probs)) for doc, probs in zip(docs, scores, strict=True)]
    return tagged


def select_sentences(
    tagged: list[TaggedText], settings: SelfTrainingSettings
) -> tuple[list[Span], dict[str, int]]:
    """The confident sentences to train on (a seeded sample) and counts for the record."""
    shares = label_shares((e.text, e.label_) for item in tagged for e in item.doc.ents)
    with_ents: list[Span] = []
    empty: list[Span] = []
    sentences = 0
    for item in tagged:
        for sentence in item.doc.sents:
            sentences += 1
            if confident_sentence(sentence, item.span_probs, shares, settings):
                (with_ents if sentence.ents else empty).append(sentence)
    rng = random.Random(settings.seed)
    kept = _sample(with_ents, settings.max_sentences, rng)
    kept_empty = _sample(empty, round(len(kept) * settings.empty_share), rng)
    counts = {
        "sentences_tagged": sentences,
        "confident_with_entities": len(with_ents),
        "confident_without_entities": len(empty),
        "kept_with_entities": len(kept),
        "kept_without_entities": len(kept_empty),
        "kept_entities": sum(len(s.ents) for s in kept),
    }
    return kept + kept_empty, counts


def _sample(spans: list[Span], limit: int, rng: random.Random) -> list[Span]:
    return list(spans) if len(spans) <= limit else rng.sample(spans, limit)


def group_docs(sentences: list[Span], per_doc: int = 8) -> list[Doc]:
    """NER-only Docs of up to `per_doc` sentences each."""
    docs = [ner_only_doc(s) for s in sentences]
    return [Doc.from_docs(docs[i : i + per_doc]) for i in range(0, len(docs), per_doc)]


def self_training_docbin(
    tagger: Path, data: Path, work: Path, settings: SelfTrainingSettings | None = None
) -> tuple[DocBin, dict[str, Any]]:
    """Tag the raw news with the pipeline at `tagger` and keep confident sentences as NER-only Docs.

    The result is cached in `work/self_training.spacy` (+ `.json` with the counts) and reused
    while the tagger path and settings are unchanged.
    """
    import spacy

    settings = settings or SelfTrainingSettings()
    cache, record_path = work / "self_training.spacy", work / "self_training.json"
    wanted = {"tagger": str(tagger), "settings": asdict(settings)}
    if cache.is_file() and record_path.is_file():
        record: dict[str, Any] = json.loads(record_path.read_text(encoding="utf-8"))
        if {k: record.get(k) for k in wanted} == wanted:
            return DocBin(store_user_data=False).from_disk(cache), record
    texts, dropped = without_held_out(raw_news_texts(data / "news"), held_out_sentences(data / "ud"))
    nlp = spacy.load(tagger)
    kept, counts = select_sentences(tag_texts(nlp, texts, settings.beam_width), settings)
    docbin = DocBin(docs=group_docs(kept), store_user_data=False)
    record = {**wanted, "texts": len(texts), "texts_dropped_held_out": dropped, **counts}
    work.mkdir(parents=True, exist_ok=True)
    docbin.to_disk(cache)
    record_path.write_text(json.dumps(record, indent=2), encoding="utf-8")
    return docbin, record
