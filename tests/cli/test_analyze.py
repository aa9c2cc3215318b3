"""`kildespor analyze` end to end, including bad input: every input gives a result or an error record."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kildespor.cli.main import app

runner = CliRunner()


def _run(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_analyze_seed_json(seed_path: Path) -> None:
    code, out, _ = _run("analyze", str(seed_path), "--format", "json", "--model", "blank")
    assert code == 0
    data = json.loads(out)
    art = data["article"]
    assert art["title"] == "Lukasjenkos soldater nægter at gå i krig mod Ukraine"
    assert art["byline"] == ["Mathias Nielsen"]
    assert art["published"] == "2022-03-11"
    assert art["section"] == "Udland"
    assert art["lede"] == "Den interne modstand er eftersigende stor."
    assert "Dagens topnyheder" in art["boilerplate"]
    for key in ("attributions", "markers", "sentences", "entities"):
        assert isinstance(data[key], list)
    for para in art["paragraphs"]:
        assert art["text"][para["start"] : para["end"]] == para["text"]


@pytest.mark.parametrize("fmt", ["markdown", "html", "text", "jsonl"])
def test_analyze_examples_formats(examples_dir: Path, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"report.{fmt}"
    code, _, _ = _run("analyze", str(examples_dir), "--format", fmt, "-o", str(out), "--model", "blank")
    assert code == 0
    content = out.read_text(encoding="utf-8")
    assert "Vindmølleproducent varsler fyringer i Nordjylland" in content


def _bad_inputs(folder: Path) -> dict[str, str]:
    """name → expected reason for files that cannot be analysed."""
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.bin").write_bytes(bytes(range(256)) * 40)
    (folder / "huge.txt").write_bytes(b"Titel\n\n" + b"ord " * (16_000_000))
    return {"empty.txt": "empty", "binary.bin": "binary", "huge.txt": "too_large"}


def test_analyze_bad_inputs_mixed_directory(tmp_path: Path) -> None:
    expected = _bad_inputs(tmp_path)
    (tmp_path / "cp1252.txt").write_bytes(
        "Overskrift om Århus\n\nBørnene sagde, at æbler er gode.".encode("cp1252")
    )
    (tmp_path / "latin1.txt").write_bytes(
        "Søren siger, at vejret er godt.\n\nMere tekst her.".encode("latin-1")
    )
    (tmp_path / "longline.txt").write_bytes(("Ordet er her " * 80_000).encode())
    code, out, err = _run("analyze", str(tmp_path), "--format", "json", "--model", "blank")
    assert code == 0
    records = json.loads(out)
    assert len(records) == 6
    errors = {Path(r["path"]).name: r["reason"] for r in records if "error" in r}
    assert errors == expected
    ok = {Path(r["article"]["provenance"]["path"]).name: r for r in records if "article" in r}
    assert "Århus" in ok["cp1252.txt"]["article"]["title"]
    assert "Søren" in ok["latin1.txt"]["article"]["text"]
    assert "3 failed" in err


def test_analyze_all_inputs_fail_exit_nonzero(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"  \n")
    code, _, err = _run("analyze", str(tmp_path / "empty.txt"), "--model", "blank")
    assert code == 1
    assert "empty" in err
    assert "Traceback" not in err


def test_analyze_missing_file_clear_error(tmp_path: Path) -> None:
    code, _, err = _run("analyze", str(tmp_path / "nope.txt"), "--model", "blank")
    assert code == 1
    assert "not_found" in err


def test_analyze_unknown_format_is_user_error(examples_dir: Path) -> None:
    result = runner.invoke(app, ["analyze", str(examples_dir), "--format", "pdf"])
    assert result.exit_code != 0


def test_schema_prints_json_schema() -> None:
    code, out, _ = _run("schema")
    assert code == 0
    schema = json.loads(out)
    assert "article" in schema["properties"]
    assert "class" in json.dumps(schema["$defs"]["Marker"])
