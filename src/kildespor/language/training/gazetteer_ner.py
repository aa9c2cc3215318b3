"""The standalone gazetteer NER of the shipped pipeline: trained on its own (build.py), then swapped in.

The main pipeline's components share one pretrained tok2vec. Giving that shared layer the gazetteer
table would change its embedding and need a fresh pretraining; instead the NER gets a small tok2vec
of its own that reads the table as static vectors (`configs/ner_gazetteer_da.cfg`), and after
training it replaces the main pipeline's NER. Tags, lemmas and trees stay exactly as they were.

Everything used is registered by spaCy itself (a tok2vec copied into the NER by
`replace_listeners`, static vectors in the vocab), so the pipeline still loads with plain
`spacy.load`.
"""

from __future__ import annotations

from pathlib import Path

import spacy
from spacy.language import Language
from spacy.pipeline import Tok2Vec

NER_CONFIG = Path(__file__).resolve().parents[1] / "configs" / "ner_gazetteer_da.cfg"


def attach_standalone_ner(nlp: Language, ner_model: Path) -> Language:
    """Replace `nlp`'s NER with the one trained at `ner_model`, which brings its own tok2vec and
    the gazetteer vectors (the main tok2vec uses no vectors, so nothing else changes)."""
    source = spacy.load(ner_model)
    shared = source.get_pipe("tok2vec") if "tok2vec" in source.pipe_names else None
    if isinstance(shared, Tok2Vec) and "ner" in shared.listening_components:
        source.replace_listeners("tok2vec", "ner", ["model.tok2vec"])
    if "ner" in nlp.pipe_names:
        nlp.remove_pipe("ner")
    nlp.vocab.vectors = source.vocab.vectors
    nlp.add_pipe("ner", source=source)
    return nlp
