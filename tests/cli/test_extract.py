"""`kildespor extract`: one JSON record per document, a summary on stderr, --resume."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kildespor.cli.main import app
from kildespor.errors import InputError

WEB = Path(__file__).resolve().parents[1] / "data" / "web"
runner = CliRunner()


@pytest.fixture()
def inputs(tmp_path: Path) -> Path:
    folder = tmp_path / "ind"
    folder.mkdir()
    shutil.copy(WEB / "article_da.html", folder / "a.html")
    shutil.copy(WEB / "feed_da.atom", folder / "b.atom")
    (folder / "c.jsonl").write_text('{"body": "En opdigtet tekst fra en eksport."}\n{"other": 1}\n')
    (folder / "d.txt").write_bytes(b"")
    return folder


def test_extract_jsonl_output_file_and_summary(inputs: Path, tmp_path: Path) -> None:
    out = tmp_path / "ud.jsonl"
    summary = tmp_path / "summary.json"
    result = runner.invoke(
        app, ["extract", str(inputs), "-o", str(out), "--text-field", "body", "--summary", str(summary)]
    )
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert len(records) == 6
    articles = [r for r in records if "error" not in r]
    assert {r["provenance"]["reader"] for r in articles} == {"html", "feed", "jsonl"}
    assert all("duplicate_of" in r and "url" in r and r["provenance"]["path"] for r in articles)
    assert sorted(r["reason"] for r in records if "error" in r) == ["empty", "missing_field"]
    assert "read 6: extracted 4, duplicates 0, errors 2" in result.stderr
    data = json.loads(summary.read_text())
    assert (data["read"], data["extracted"], data["errors"], data["balanced"]) == (6, 4, 2, True)
    assert data["errors_by_reason"] == {"empty": 1, "missing_field": 1}


def test_extract_json_array_to_stdout(inputs: Path) -> None:
    result = runner.invoke(app, ["extract", str(inputs / "a.html"), "--format", "json"])
    assert result.exit_code == 0
    [record] = json.loads(result.stdout)
    assert record["title"] == "Kommune vil lukke to skoler efter sommerferien"
    assert record["agency"] == "Ritzau"


def test_extract_resume_appends_only_new_documents(inputs: Path, tmp_path: Path) -> None:
    out = tmp_path / "ud.jsonl"
    first = runner.invoke(app, ["extract", str(inputs / "a.html"), "-o", str(out)])
    assert first.exit_code == 0
    result = runner.invoke(app, ["extract", str(inputs), "-o", str(out), "--resume"])
    assert result.exit_code == 0
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert len(records) == 6
    assert sum(1 for r in records if r.get("title", "").startswith("Kommune vil lukke")) == 1
    assert "(resumed 1)" in result.stderr


@pytest.mark.parametrize("args", [["--resume"], ["--format", "xml"]])
def test_extract_bad_options_raise_input_error(inputs: Path, args: list[str]) -> None:
    result = runner.invoke(app, ["extract", str(inputs), *args])
    assert isinstance(result.exception, InputError)
