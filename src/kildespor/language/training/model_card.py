"""Write MODEL_CARD.md beside the shipped pipeline from measured scores (never typed by hand)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from kildespor.language.training.scoring import SPACY_DA_CORE_NEWS_SM, PipelineScores

REBUILD_COMMAND = "make model   # = python -m kildespor.language.training.build --data ../shared/data"


def _row(name: str, value: float | None, baseline: float | None = None) -> str:
    ours = "–" if value is None else f"{value:.3f}"
    theirs = "–" if baseline is None else f"{baseline:.3f}"
    return f"| {name} | {ours} | {theirs} |"


def _converter_table(converter: dict[str, dict[str, Any]]) -> list[str]:
    lines = ["| split | tokens | UPOS | feats | lemma | UAS | LAS |", "|---|---|---|---|---|---|---|"]
    for split, s in converter.items():
        lines.append(
            f"| {split} | {s['tokens']} | {s['upos']:.3f} | {s['feats']:.3f} | {s['lemma']:.3f} "
            f"| {s['uas']:.3f} | {s['las']:.3f} |"
        )
    return lines


def _dev_line(facts: dict[str, Any]) -> str:
    moved = facts.get("dev_sentences_in_train") or 0
    if not moved:
        return "- Dev (early stopping only): gold UD_Danish-DDT dev + DaN+ news dev."
    return (
        f"- Dev: {moved} gold UD_Danish-DDT dev sentences (gold trees + DaN+ news dev entities) join train;\n"
        "  the last dev documents are held back for early stopping only."
    )


def model_card_text(scores: PipelineScores, facts: dict[str, Any]) -> str:
    """The model card as Markdown."""
    s = scores.scores
    base = SPACY_DA_CORE_NEWS_SM
    lines = [
        "# da_kildespor: kildespor's Danish pipeline",
        "",
        "Trained here from public data; loads with plain `spacy.load(path)` (spaCy 3.8, no custom code).",
        "Components: tok2vec (hash embeddings, width 128, no vectors) → morphologizer (UPOS + features) →",
        "trainable_lemmatizer → parser (also sentence boundaries) → ner (PER, ORG, LOC, MISC)"
        + (
            ", with its own tok2vec (width 96) reading the gazetteer table as static vectors."
            if facts.get("gazetteer_ner")
            else "."
        ),
        f"tok2vec pretrained on raw news (`spacy pretrain`, 10 epochs): {facts.get('pretrained_tok2vec', 'see note')}.",
        "",
        "## Scores (held-out test; never used for training or tuning)",
        "",
        f"DDT test ({scores.sentences} sentences, {scores.tokens} tokens) for tagging/parsing; DaN+ news test",
        "(same sentences) for NER, outer level, `-part`/`-deriv` mapped to O. spaCy scorer: the pipeline",
        "tokenises raw text; UAS/LAS exclude punctuation.",
        "",
        "| metric | da_kildespor | spaCy da_core_news_sm (published) |",
        "|---|---|---|",
        _row("UPOS", s.get("pos_acc"), base["upos"]),
        _row("morph features", s.get("morph_acc")),
        _row("lemma", s.get("lemma_acc")),
        _row("UAS", s.get("dep_uas")),
        _row("LAS", s.get("dep_las"), base["las"]),
        _row("sentence F", s.get("sents_f")),
        _row("NER P", s.get("ents_p")),
        _row("NER R", s.get("ents_r")),
        _row("NER F", s.get("ents_f"), base["ents_f"]),
        "",
        "| entity type | P | R | F |",
        "|---|---|---|---|",
        *[
            f"| {t} | {v.get('p', 0):.3f} | {v.get('r', 0):.3f} | {v.get('f', 0):.3f} |"
            for t, v in sorted(scores.ents_per_type.items())
        ],
        "",
        f"Speed measured at build time: {scores.words_per_second:,.0f} words/s, one process "
        "(see `benchmarks/language.py` for the ratio to the bare tokenizer).",
        "",
        "## Training data",
        "",
        f"- Train: {facts.get('train_sentences')} DDT train sentences ({facts.get('train_tokens')} tokens), the UD",
        "  train split recovered from the Copenhagen Dependency Treebank (the sentences listed in",
        "  UNER_Danish-DDT train, in UD tokenisation) and converted from the DDT scheme to UD by",
        "  `kildespor.language.training` (function-word heads inverted, labels from back-off tables",
        "  fitted on UD dev). Entities: DaN+ news train, outer level, `-part`/`-deriv` → O.",
        f"  Unaligned (skipped) sentences: {facts.get('unaligned_sentences')}.",
        _dev_line(facts),
        "- Test: gold UD_Danish-DDT test + DaN+ news test, scoring only.",
        "",
        "Converter agreement with the gold UD trees (all tokens, LAS on universal relation;",
        "dev is where its label tables were fitted, test is clean):",
        "",
        *_converter_table(facts.get("converter", {})),
        "",
        "## Rebuild",
        "",
        "```",
        REBUILD_COMMAND,
        "```",
        "",
        "Licences: DDT/CDT (MIT or CC BY-SA 4.0), UD_Danish-DDT and UNER (CC BY-SA 4.0), DaN+ (MIT).",
        "",
    ]
    return "\n".join(lines)


def write_model_card(target: Path, scores: PipelineScores, facts: dict[str, Any], note: str = "") -> Path:
    """Write MODEL_CARD.md into the model directory (with an optional note on this build)."""
    path = target / "MODEL_CARD.md"
    text = model_card_text(scores, facts)
    if note:
        text += f"\n## Note on this build\n\n{note}\n"
    path.write_text(text, encoding="utf-8")
    return path
