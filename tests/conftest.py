"""The only fixture file. Tests that need ../shared skip with a message when it is absent."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import spacy
from spacy.language import Language

from kildespor.config import Settings, load_settings

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
EXAMPLES = REPO / "examples"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """../shared beside the repository; skips the test when it is not there."""
    if not SHARED.is_dir():
        pytest.skip(f"../shared not found at {SHARED}: gold data and corpora are not available here")
    return SHARED


@pytest.fixture(scope="session")
def seed_path(shared_dir: Path) -> Path:
    return shared_dir / "seed" / "000_f51abfb1fa92a293.txt"


@pytest.fixture(scope="session")
def examples_dir() -> Path:
    return EXAMPLES


@pytest.fixture(scope="session")
def settings() -> Settings:
    return load_settings(environ={})


@pytest.fixture(scope="session")
def blank_da_nlp() -> Language:
    """spacy.blank('da') with a sentencizer: component tests run without the trained model."""
    nlp = spacy.blank("da")
    nlp.add_pipe("sentencizer")
    return nlp


@pytest.fixture()
def tmp_cwd(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.chdir(tmp_path)
    yield tmp_path
