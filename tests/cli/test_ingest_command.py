"""`kildespor ingest`, `db stats`, `search`, `claims` through the CLI (real pipeline, both backends).

Assertions never depend on what the analysis finds, only on what was stored.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kildespor.cli.main import app

runner = CliRunner()


def _invoke(*args: str) -> str:
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result.stdout


def test_ingest_examples_twice_adds_nothing(database_url: str, examples_dir: Path) -> None:
    if not any(examples_dir.glob("*.txt")):
        pytest.skip(f"no example articles in {examples_dir}")
    first = runner.invoke(app, ["ingest", str(examples_dir), "--db", database_url])
    assert first.exit_code == 0, first.output
    counts = json.loads(_invoke("db", "stats", "--db", database_url, "--json"))["counts"]
    second = runner.invoke(app, ["ingest", str(examples_dir), "--db", database_url])
    assert second.exit_code == 0, second.output
    assert "0 new articles" in second.output
    assert json.loads(_invoke("db", "stats", "--db", database_url, "--json"))["counts"] == counts
    assert counts["articles"] == len(list(examples_dir.glob("*.txt")))


def test_ingest_nothing_found_exits_1(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    result = runner.invoke(app, ["ingest", str(tmp_path / "empty"), "--db", f"sqlite:///{tmp_path / 'k.db'}"])
    assert result.exit_code == 1


def test_search_and_claims_json(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'k.db'}"
    article = tmp_path / "artikel.txt"
    article.write_text(
        "Opfundet testartikel om havnen\n\nBorgmester Lise Holm siger, at havnebadet åbner i juni.\n",
        encoding="utf-8",
    )
    _invoke("ingest", str(article), "--db", db)
    found = json.loads(_invoke("search", "havnebadet", "--db", db, "--json"))
    assert [hit["article"]["title"] for hit in found["articles"]] == ["Opfundet testartikel om havnen"]
    assert json.loads(_invoke("search", "zebraer", "--db", db, "--json"))["articles"] == []
    assert isinstance(json.loads(_invoke("claims", "--db", db, "--json", "--min-appearances", "1")), list)


def test_search_bad_date_is_usage_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["search", "x", "--from", "igår", "--db", f"sqlite:///{tmp_path / 'k.db'}"])
    assert result.exit_code == 2


def test_serve_hands_settings_to_the_server_factory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import uvicorn

    calls: list[tuple[str, dict[str, object]]] = []
    monkeypatch.setattr(uvicorn, "run", lambda target, **kwargs: calls.append((target, kwargs)))
    monkeypatch.setenv("KILDESPOR_API__TOKEN", "")  # restored after the test: serve writes both variables
    monkeypatch.setenv("KILDESPOR_STORAGE__URL", "")
    db = f"sqlite:///{tmp_path / 'k.db'}"
    result = runner.invoke(app, ["serve", "--db", db, "--port", "8123"])
    assert result.exit_code == 0, result.output
    (target, kwargs) = calls[0]
    assert target == "kildespor.server:create_server" and kwargs["factory"] is True and kwargs["port"] == 8123
    import os

    assert os.environ["KILDESPOR_STORAGE__URL"] == db
    assert os.environ["KILDESPOR_API__TOKEN"] in result.output
