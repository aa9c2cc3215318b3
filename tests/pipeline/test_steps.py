"""Batch steps: read → extract → analyse → write over one shard, tables written atomically.

Every article here is invented for the tests.
"""

from __future__ import annotations

from pathlib import Path

import pyarrow.parquet as pq
import pytest
from spacy.language import Language

from kildespor.config import Settings
from kildespor.pipeline import steps
from kildespor.pipeline.shards import plan_shards
from kildespor.pipeline.steps import run_shard
from kildespor.pipeline.tables import TABLES, BatchOutput, ShardTableWriter, iter_shard_documents
from kildespor.records import (
    AnalysisResult,
    Article,
    Attribution,
    Claim,
    Entity,
    EntityMention,
    Marker,
    MarkerClass,
    Provenance,
    ReasonCode,
    Rejection,
    Sentence,
    Stage,
)

_TEXTS = [
    "Ny bro åbner\n\nBorgmester Anne Holm siger, at broen formentlig åbner i maj.\n",
    "Skole lukker\n\n»Vi har ikke noget valg,« siger skoleleder Per Dahl til avisen.\n",
    "",  # empty: rejected by the ingest stage
    "Regn i weekenden\n\nDMI venter angiveligt store mængder regn lørdag.\n",
]


def _inputs(folder: Path) -> list[Path]:
    folder.mkdir()
    paths = []
    for number, text in enumerate(_TEXTS):
        path = folder / f"invented_{number}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def test_run_shard_writes_every_table_and_counts_documents(
    tmp_path: Path, settings: Settings, blank_da_nlp: Language
) -> None:
    _inputs(tmp_path / "in")
    shard = plan_shards([tmp_path / "in"], shard_size=10).shards[0]
    stats = run_shard(shard, settings, tmp_path / "out", blank_da_nlp)
    shard_dir = BatchOutput(tmp_path / "out").shard_dir(shard.id)
    assert sorted(p.stem for p in shard_dir.glob("*.parquet")) == sorted(TABLES)
    assert (stats.documents, stats.results, stats.rejections) == (4, 3, 1)
    assert stats.reasons == {"ingest:empty": 1}
    assert set(stats.step_seconds) == {"read", "extract", "analyse", "write"}
    articles = pq.read_table(shard_dir / "articles.parquet")
    assert articles.num_rows == 3
    assert set(articles.column("shard_id").to_pylist()) == {shard.id}
    assert pq.read_table(shard_dir / "rejections.parquet").column("reason").to_pylist() == ["empty"]


def test_run_shard_turns_a_bug_on_one_document_into_a_rejection(
    tmp_path: Path, settings: Settings, blank_da_nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = _inputs(tmp_path / "in")
    real = steps.extract_article

    def flaky(raw, options):  # type: ignore[no-untyped-def]
        if raw.provenance.path == str(paths[1]):
            raise RuntimeError("invented bug")
        return real(raw, options)

    monkeypatch.setattr(steps, "extract_article", flaky)
    shard = plan_shards([tmp_path / "in"], shard_size=10).shards[0]
    stats = run_shard(shard, settings, tmp_path / "out", blank_da_nlp)
    assert (stats.results, stats.rejections) == (2, 2)
    assert stats.reasons == {"extract:internal_error": 1, "ingest:empty": 1}


def test_run_shard_leaves_nothing_visible_when_it_fails(
    tmp_path: Path, settings: Settings, blank_da_nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    _inputs(tmp_path / "in")

    def broken_disk(self: ShardTableWriter, item: object) -> None:
        raise OSError("invented: no space left on device")

    monkeypatch.setattr(ShardTableWriter, "add", broken_disk)
    shard = plan_shards([tmp_path / "in"], shard_size=10).shards[0]
    with pytest.raises(OSError, match="no space"):
        run_shard(shard, settings, tmp_path / "out", blank_da_nlp)
    assert list((tmp_path / "out" / "shards").iterdir()) == []


def test_run_shard_replaces_an_earlier_attempt_whole(
    tmp_path: Path, settings: Settings, blank_da_nlp: Language
) -> None:
    _inputs(tmp_path / "in")
    shard = plan_shards([tmp_path / "in"], shard_size=10).shards[0]
    run_shard(shard, settings, tmp_path / "out", blank_da_nlp)
    run_shard(shard, settings, tmp_path / "out", blank_da_nlp)
    output = BatchOutput(tmp_path / "out")
    assert [p.name for p in output.shards_dir.iterdir()] == [shard.id]
    assert output.read_table("articles", [shard.id]).num_rows == 3


def _rich_result() -> AnalysisResult:
    text = "Borgmester Anne Holm siger, at broen formentlig åbner i maj."
    article = Article(
        id="a1",
        text=text,
        title="Ny bro",
        byline=["Invented Reporter"],
        provenance=Provenance(path="/invented/a.warc.gz", warc_offset=120, reader="warc", index=3),
    )
    return AnalysisResult(
        article=article,
        attributions=[Attribution(cue=(21, 26), cue_text="siger", source=(0, 20), content=(28, 60))],
        markers=[Marker(span=(34, 44), cls=MarkerClass.HEDGED, text="formentlig")],
        sentences=[Sentence(span=(0, 60), text=text, markers=[0, 0])],
        claims=[Claim(span=(28, 60), attribution=0, evidence=[(34, 44), (21, 26)])],
        entities=[
            Entity(name="Anne Holm", label="PER", mentions=[EntityMention(span=(11, 20), text="Anne Holm")])
        ],
        pipeline={"name": "da_invented", "components": ["sentencizer"]},
    )


@pytest.mark.parametrize("flush_every", [1, 256])
def test_shard_table_writer_round_trips_results_and_rejections(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, flush_every: int
) -> None:
    monkeypatch.setattr("kildespor.pipeline.tables._ROWS_PER_FLUSH", flush_every)
    monkeypatch.setattr("kildespor.pipeline.tables._ARTICLES_PER_FLUSH", flush_every)
    rejection = Rejection(
        stage=Stage.INGEST, reason=ReasonCode.EMPTY, detail="invented", provenance=Provenance(path="/x.txt")
    )
    output = BatchOutput(tmp_path)
    writer = ShardTableWriter(output, "s1")
    writer.add(_rich_result())
    writer.add(rejection)
    writer.commit("{}")
    assert list(iter_shard_documents(output.shard_dir("s1"))) == [_rich_result(), rejection]
    attributions = output.read_table("attributions", ["s1"]).to_pylist()
    assert (attributions[0]["cue_start"], attributions[0]["source_end"], attributions[0]["via_start"]) == (
        21,
        20,
        None,
    )
    assert output.read_table("articles", ["s1"]).column("doc_key").to_pylist() == ["/invented/a.warc.gz@120"]


def test_warm_up_survives_a_failing_pipeline(settings: Settings, blank_da_nlp: Language) -> None:
    calls: list[str] = []

    def broken(text: str) -> None:
        calls.append(text)
        raise RuntimeError("invented: broken component")

    steps.warm_up(settings, blank_da_nlp)
    steps.warm_up(settings, broken)  # type: ignore[arg-type]
    assert len(calls) == 1
