"""`db load`: batch output into the store gives the same rows as ingesting the inputs directly.

Every article here is invented for the tests.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kildespor.cli.main import app
from kildespor.config import Settings
from kildespor.errors import InputError
from kildespor.executors.loading import load_batch_output
from kildespor.executors.local import LocalExecutor
from kildespor.storage import connect

_TEXTS = {
    "bro.txt": "Ny bro åbner\n\nBorgmester Anne Holm siger, at broen formentlig åbner i maj.\n",
    "skole.txt": "Skole lukker\n\n»Vi har ikke noget valg,« siger skoleleder Per Dahl.\n",
    "kopi.txt": "Ny bro åbner\n\nBorgmester Anne Holm siger, at broen formentlig åbner i maj.\n",  # duplicate
    "tom.txt": "",
}


def _inputs(tmp_path: Path, make_warc: Callable[..., Path]) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in _TEXTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    page = (
        "<html><head><title>Opdigtet {0}</title></head><body><p>Hun siger, at {0} er sandt.</p></body></html>"
    )
    make_warc(folder / "crawl.warc.gz", [(f"https://example.dk/{i}", page.format(i)) for i in range(3)])
    return folder


def _blank(settings: Settings, shard_size: int = 200) -> Settings:
    """The blank pipeline (the comparison is about storage, not the model) and small shards."""
    return settings.model_copy(
        update={
            "batch": settings.batch.model_copy(update={"shard_size": shard_size}),
            "language": settings.language.model_copy(update={"model": "blank"}),
        }
    )


def _ingest_counts(folder: Path, tmp_path: Path) -> dict[str, int]:
    """Rows per table after `kildespor ingest` of the same inputs into a fresh SQLite store."""
    url = f"sqlite:///{tmp_path / 'ingested.db'}"
    result = CliRunner().invoke(app, ["ingest", str(folder), "--db", url, "--model", "blank"])
    assert result.exit_code == 0, result.output
    database = connect(url)
    counts = database.corpus.counts().counts
    database.close()
    return counts


def test_load_batch_output_matches_direct_ingest_and_is_idempotent(
    tmp_path: Path, settings: Settings, make_warc: Callable[..., Path], database_url: str
) -> None:
    workers = 2  # PostgreSQL: two writer processes; SQLite: always one writer
    folder = _inputs(tmp_path, make_warc)
    LocalExecutor().run([folder], _blank(settings, shard_size=3), tmp_path / "out")
    first = load_batch_output(tmp_path / "out", database_url, workers=workers)
    second = load_batch_output(tmp_path / "out", database_url, workers=1)
    database = connect(database_url)
    counts = database.corpus.counts().counts
    database.close()
    assert counts == _ingest_counts(folder, tmp_path)
    assert counts["documents"] == counts["articles"] + 1  # the duplicate: one article, two documents
    assert first.writers == (workers if database_url.startswith("postgresql") else 1)
    assert first.counts["articles_created"] + first.counts.get("articles_existing", 0) == 6
    assert second.counts.get("articles_created", 0) == 0
    assert second.counts.get("rejections_created", 0) == 0


def test_load_batch_output_refuses_a_directory_without_shards(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no completed batch shards"):
        load_batch_output(tmp_path, f"sqlite:///{tmp_path / 'x.db'}")


def test_db_load_command_reports_what_it_stored(
    tmp_path: Path, settings: Settings, make_warc: Callable[..., Path]
) -> None:
    folder = _inputs(tmp_path, make_warc)
    LocalExecutor().run([folder], _blank(settings), tmp_path / "out")
    result = CliRunner().invoke(
        app, ["db", "load", str(tmp_path / "out"), "--db", f"sqlite:///{tmp_path / 'c.db'}"]
    )
    assert result.exit_code == 0, result.output
    assert "articles_created" in result.output
    assert "1 writer" in result.output
