"""The shipped pipeline: loads with plain spaCy, annotates an invented news paragraph."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import spacy
from typer.testing import CliRunner

from kildespor.cli.main import app

pytestmark = pytest.mark.model

# Invented text (no real article).
TEXT = "»Vi lukker skolen,« siger borgmester Anne Hansen til TV 2. Hun vil ikke sige mere."


@pytest.fixture(scope="module")
def parsed(shipped_model_dir: Path) -> spacy.tokens.Doc:
    return spacy.load(shipped_model_dir)(TEXT)


def test_model_config_uses_only_spacy_registered_functions(shipped_model_dir: Path) -> None:
    config = (shipped_model_dir / "config.cfg").read_text(encoding="utf-8")
    refs = [line.split("=", 1)[1].strip().strip('"') for line in config.splitlines() if line.startswith("@")]
    assert refs
    assert all(ref.startswith("spacy.") or ref[0].isupper() or ref.startswith("compounding") for ref in refs)


def test_model_fits_size_budget(shipped_model_dir: Path) -> None:
    size = sum(p.stat().st_size for p in shipped_model_dir.rglob("*") if p.is_file())
    assert size <= 25 * 1024 * 1024


@pytest.mark.parametrize("component", ["tok2vec", "morphologizer", "trainable_lemmatizer", "parser", "ner"])
def test_model_has_component(shipped_model_dir: Path, component: str) -> None:
    meta = json.loads((shipped_model_dir / "meta.json").read_text(encoding="utf-8"))
    assert component in meta["pipeline"]


def test_model_annotates_tokens(parsed: spacy.tokens.Doc) -> None:
    verb = next(t for t in parsed if t.text == "siger")
    assert verb.pos_ == "VERB"
    assert verb.lemma_ == "sige"
    assert any(t.dep_ == "nsubj" for t in parsed)
    assert parsed[0].text == "»"


def test_model_finds_person_name(parsed: spacy.tokens.Doc) -> None:
    assert ("Anne Hansen", "PER") in {(e.text, e.label_) for e in parsed.ents}


def test_model_path_command_prints_directory(shipped_model_dir: Path) -> None:
    result = CliRunner().invoke(app, ["model-path"])
    assert result.exit_code == 0
    assert Path(result.output.strip()) == shipped_model_dir
