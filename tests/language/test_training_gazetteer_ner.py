"""Swapping a standalone NER (own tok2vec, static vectors) into a pipeline (invented examples)."""

from __future__ import annotations

from pathlib import Path

import numpy
import pytest
import spacy
from spacy.language import Language
from spacy.training import Example

from kildespor.language.training.gazetteer_ner import NER_CONFIG, attach_standalone_ner

# the NER reads the shared tok2vec through a listener, as in the trained pipelines
_LISTENING_NER = {
    "@architectures": "spacy.TransitionBasedParser.v2",
    "state_type": "ner",
    "extra_state_tokens": False,
    "hidden_width": 16,
    "maxout_pieces": 2,
    "use_upper": True,
    "tok2vec": {"@architectures": "spacy.Tok2VecListener.v1", "width": 96, "upstream": "*"},
}


def _tiny_pipeline(with_vectors: bool) -> Language:
    nlp = spacy.blank("da")
    if with_vectors:
        nlp.vocab.set_vector("Hansen", numpy.ones(4, dtype="float32"))
    nlp.add_pipe("tok2vec")
    nlp.add_pipe("ner", config={"model": _LISTENING_NER})
    doc = nlp.make_doc("Ole Hansen bor i Vejle")
    example = Example.from_dict(doc, {"entities": [(0, 10, "PER"), (17, 22, "LOC")]})
    nlp.initialize(lambda: [example])
    return nlp


def test_attached_ner_brings_its_own_tok2vec_and_vectors(tmp_path: Path) -> None:
    source = _tiny_pipeline(with_vectors=True)
    source.to_disk(tmp_path / "ner")
    target = _tiny_pipeline(with_vectors=False)
    attach_standalone_ner(target, tmp_path / "ner")
    assert target.pipe_names == ["tok2vec", "ner"]
    assert target.get_pipe("tok2vec").listeners == []  # the new NER listens to nothing shared
    assert target.vocab["Hansen"].has_vector
    target.to_disk(tmp_path / "joined")
    reloaded = spacy.load(tmp_path / "joined")  # plain spaCy, no kildespor code
    assert reloaded("Ole Hansen bor i Vejle").has_annotation("ENT_IOB")


def test_ner_config_reads_the_gazetteer_as_static_vectors() -> None:
    config = spacy.util.load_config(NER_CONFIG)
    assert config["nlp"]["pipeline"] == ["tok2vec", "ner"]
    assert config["components"]["tok2vec"]["model"]["embed"]["include_static_vectors"] is True


@pytest.mark.model
def test_shipped_ner_has_its_own_tok2vec(trained_nlp: Language) -> None:
    assert "ner" not in trained_nlp.get_pipe("tok2vec").listening_components
    assert "morphologizer" in trained_nlp.get_pipe("tok2vec").listening_components
