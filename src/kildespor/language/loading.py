"""Load the Danish pipeline: the trained model shipped in the package, else the blank tokenizer."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language

from kildespor.config import LanguageSettings
from kildespor.errors import ModelError

# The kildespor components, in order; each is registered by importing language.components.
_MAX_DOC_CHARS = 10_000_000

SOURCE_COMPONENTS = (
    "kildespor_sentences",
    "kildespor_quotes",
    "kildespor_markers",
    "kildespor_attribution",
    "kildespor_speakers",
    "kildespor_sentence_labels",
    "kildespor_claims",
)


def shipped_model_path(lang: str = "da") -> Path | None:
    """Directory of the trained pipeline inside the package, or None when it is not built."""
    root = Path(str(resources.files("kildespor.language"))) / "models" / f"{lang}_kildespor"
    return root if (root / "meta.json").is_file() else None


def _base_pipeline(settings: LanguageSettings) -> Language:
    choice = settings.model
    if choice == "blank":
        return _blank(settings.lang)
    if choice == "auto":
        path = shipped_model_path(settings.lang)
        return spacy.load(path) if path else _blank(settings.lang)
    if not Path(choice).is_dir():
        raise ModelError(f"language model directory not found: {choice}")
    return spacy.load(choice)


def _blank(lang: str) -> Language:
    nlp = spacy.blank(lang)
    nlp.add_pipe("sentencizer")
    return nlp


@lru_cache(maxsize=4)
def _cached(model: str, lang: str) -> Language:
    from kildespor.language import components  # noqa: F401  (registers the factories)

    nlp = _base_pipeline(LanguageSettings(model=model, lang=lang))
    for name in SOURCE_COMPONENTS:
        if name not in nlp.pipe_names:
            nlp.add_pipe(name)
    # Length is guarded where it can be reported per document (extract.max_chars → Rejection).
    nlp.max_length = _MAX_DOC_CHARS
    return nlp


def load_pipeline(settings: LanguageSettings | None = None) -> Language:
    """The language pipeline with kildespor's source components added (cached per process)."""
    settings = settings or LanguageSettings()
    return _cached(settings.model, settings.lang)


def pipeline_info(nlp: Language) -> dict[str, Any]:
    """Name, version and components of a pipeline, for reports and records."""
    return {
        "name": f"{nlp.meta.get('lang', '')}_{nlp.meta.get('name', '')}",
        "version": nlp.meta.get("version", ""),
        "trained": any(p in nlp.pipe_names for p in ("parser", "tagger", "morphologizer", "ner")),
        "components": list(nlp.pipe_names),
    }
