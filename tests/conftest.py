"""The only fixture file. Tests that need ../shared skip with a message when it is absent."""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
import spacy
import sqlalchemy
from spacy.language import Language

from kildespor.config import Settings, load_settings
from kildespor.records import (
    AnalysisResult,
    Article,
    Attribution,
    Claim,
    Entity,
    EntityMention,
    Marker,
    MarkerClass,
    Paragraph,
    Provenance,
    Sentence,
    TextSpan,
    content_hash,
)
from kildespor.storage import Database, connect, save_analysis

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


@pytest.fixture(scope="session")
def source_nlp() -> Language:
    """spacy.blank('da') with kildespor's source components: rule tests run without the trained model."""
    from kildespor.language import components  # noqa: F401  (registers the factories)
    from kildespor.language.loading import SOURCE_COMPONENTS

    nlp = spacy.blank("da")
    for name in SOURCE_COMPONENTS:
        nlp.add_pipe(name)
    return nlp


@pytest.fixture(scope="session")
def trained_nlp() -> Language:
    """The shipped Danish pipeline with the source components (tests marked `model`)."""
    from kildespor.language.loading import load_pipeline

    return load_pipeline()


@pytest.fixture()
def tmp_cwd(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.chdir(tmp_path)
    yield tmp_path


# --- newsroom (storage, tracking, api, web): invented articles and databases -------------------------

POSTGRES_ADMIN_URL = os.environ.get(
    "KILDESPOR_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)


def _span_of(text: str, part: str, after: int = 0) -> tuple[int, int]:
    start = text.index(part, after)
    return (start, start + len(part))


def build_analysis(
    *,
    title: str,
    body: list[str],
    outlet: str,
    published: str,
    attributions: list[dict[str, Any]] = (),  # type: ignore[assignment]
    claims: list[dict[str, Any]] = (),  # type: ignore[assignment]
    entities: list[dict[str, Any]] = (),  # type: ignore[assignment]
    markers: list[dict[str, Any]] = (),  # type: ignore[assignment]
) -> AnalysisResult:
    """An AnalysisResult for an invented article; spans are found by searching the given substrings.

    attributions: {"source": str, "cue": str, "content": str, kind/source_kind/role/via_name...}
    claims: {"text": str, "label": str, "attribution": int | None, ...}
    entities: {"name": str, "label": str, "mentions": [str, ...], "roles": [...]}
    markers: {"text": str, "class": str}
    """
    text = "\n\n".join([title, *body])
    paragraphs, offset = [], len(title) + 2
    for para in body:
        paragraphs.append(Paragraph(text=para, start=offset, end=offset + len(para)))
        offset += len(para) + 2
    article = Article(
        id=content_hash(text), text=text, title=title,
        title_span=TextSpan(text=title, start=0, end=len(title)),
        paragraphs=paragraphs, outlet=outlet, published_time=datetime.fromisoformat(published),
        published=datetime.fromisoformat(published).date(), language="da",
        provenance=Provenance(path=f"invented/{content_hash(text)}.txt", reader="test"),
    )  # fmt: skip
    built_attributions = []
    for item in attributions:
        extra = {k: v for k, v in item.items() if k not in {"source", "cue", "content"}}
        source = _span_of(text, item["source"]) if item.get("source") else None
        built_attributions.append(
            Attribution(
                cue=_span_of(text, item["cue"]), cue_text=item["cue"],
                source=source, source_text=item.get("source"),
                content=_span_of(text, item["content"]), content_text=item["content"], **extra,
            )
        )  # fmt: skip
    built_claims = []
    for item in claims:
        extra = {k: v for k, v in item.items() if k != "text"}
        if extra.get("attribution") is not None and "source_name" not in extra:
            linked = built_attributions[extra["attribution"]]
            extra.update(source_name=linked.source_name, source_kind=linked.source_kind)
        built_claims.append(Claim(span=_span_of(text, item["text"]), text=item["text"], **extra))
    built_entities = [
        Entity(
            name=item["name"], label=item["label"], roles=item.get("roles", []),
            mentions=[EntityMention(span=_span_of(text, m), text=m) for m in item["mentions"]],
        )
        for item in entities
    ]  # fmt: skip
    built_markers = [
        Marker(span=_span_of(text, m["text"]), cls=MarkerClass(m["class"]), text=m["text"]) for m in markers
    ]
    sentences = [Sentence(span=(p.start, p.end), text=p.text) for p in paragraphs]
    for claim in built_claims:
        for sentence in sentences:
            if sentence.span[0] <= claim.span[0] < sentence.span[1]:
                sentence.label = claim.label
    return AnalysisResult(
        article=article, attributions=built_attributions, claims=built_claims,
        entities=built_entities, markers=built_markers, sentences=sentences,
    )  # fmt: skip


@pytest.fixture(scope="session")
def make_analysis() -> Callable[..., AnalysisResult]:
    """The factory for invented AnalysisResults (see build_analysis)."""
    return build_analysis


@pytest.fixture(scope="session")
def newsroom_results() -> list[AnalysisResult]:
    """Invented articles (they say so): one claim in three outlets, spelling variants, a via-chain."""
    return [*_newsroom_articles("school_claim"), *_newsroom_articles("spellings_and_via")]


def _newsroom_articles(group: str) -> list[AnalysisResult]:
    """Invented articles from tests/data/newsroom/articles.json (one group)."""
    data = json.loads((REPO / "tests" / "data" / "newsroom" / "articles.json").read_text(encoding="utf-8"))
    return [build_analysis(**item) for item in data[group]]


@pytest.fixture(scope="session")
def xss_result() -> AnalysisResult:
    """An invented article whose title, body, outlet and quote carry script payloads."""
    return _newsroom_articles("xss")[0]


def _postgres_reachable() -> str | None:
    """None when the test server answers, else why not."""
    try:
        engine = sqlalchemy.create_engine(POSTGRES_ADMIN_URL)
        with engine.connect() as conn:
            conn.execute(sqlalchemy.text("SELECT 1"))
        engine.dispose()
    except Exception as exc:  # any failure means: skip, with the reason
        return f"{type(exc).__name__}: {exc}".splitlines()[0]
    return None


@pytest.fixture(scope="session")
def postgres_admin_url() -> str:
    """URL of the PostgreSQL test server; skips when it cannot be reached."""
    problem = _postgres_reachable()
    if problem is not None:
        pytest.skip(
            f"PostgreSQL not reachable at {POSTGRES_ADMIN_URL} ({problem}); see KILDESPOR_TEST_POSTGRES_URL"
        )
    return POSTGRES_ADMIN_URL


@contextmanager
def _postgres_schema(admin_url: str) -> Iterator[str]:
    """A fresh schema on the test server, dropped afterwards; the URL puts it first on the search path."""
    schema = f"kildespor_test_{uuid.uuid4().hex[:12]}"
    engine = sqlalchemy.create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(sqlalchemy.text(f'CREATE SCHEMA "{schema}"'))
    separator = "&" if "?" in admin_url else "?"
    try:
        yield f"{admin_url}{separator}options=-csearch_path%3D{schema}"
    finally:
        with engine.connect() as conn:
            conn.execute(sqlalchemy.text(f'DROP SCHEMA "{schema}" CASCADE'))
        engine.dispose()


@pytest.fixture()
def postgres_url(postgres_admin_url: str) -> Iterator[str]:
    """URL of an empty schema of its own on the PostgreSQL test server."""
    with _postgres_schema(postgres_admin_url) as url:
        yield url


_BACKENDS = ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]


@pytest.fixture(params=_BACKENDS)
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """The same test runs on a temporary SQLite file and on a temporary PostgreSQL schema."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'kildespor.db'}"
    return str(request.getfixturevalue("postgres_url"))


@pytest.fixture()
def database(database_url: str) -> Iterator[Database]:
    """An empty, migrated store on each backend."""
    db = connect(database_url)
    yield db
    db.close()


@pytest.fixture(scope="session", params=_BACKENDS)
def newsroom_database(
    request: pytest.FixtureRequest,
    tmp_path_factory: pytest.TempPathFactory,
    newsroom_results: list[AnalysisResult],
) -> Iterator[Database]:
    """A store holding the invented newsroom articles, built once per backend: tests only read it."""
    with ExitStack() as stack:
        if request.param == "sqlite":
            url = f"sqlite:///{tmp_path_factory.mktemp('newsroom') / 'kildespor.db'}"
        else:
            url = stack.enter_context(_postgres_schema(request.getfixturevalue("postgres_admin_url")))
        db = connect(url)
        stack.callback(db.close)
        for result in newsroom_results:
            save_analysis(db, result)
        yield db


API_TOKEN = "test-token-not-secret"


@pytest.fixture(scope="session")
def api_settings() -> Settings:
    """Settings for API/web tests: a known token and a small body limit."""
    return load_settings(environ={}, overrides={"api": {"token": API_TOKEN, "max_body_bytes": 200_000}})


# --- batch (pipeline shards, executors): generated WARCs and a Dask cluster ------------------------------


@pytest.fixture()
def make_warc() -> Callable[..., Path]:
    """Writes an invented WARC: a request and a response record per page (gzip per record by default)."""
    from io import BytesIO

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    def write(path: Path, pages: list[tuple[str, str]], *, gzip: bool = True) -> Path:
        with path.open("wb") as handle:
            writer = WARCWriter(handle, gzip=gzip)
            for url, html in pages:
                request = writer.create_warc_record(url, "request", payload=None, length=0)
                writer.write_record(request)
                content_type = [("Content-Type", "text/html; charset=utf-8")]
                headers = StatusAndHeaders("200 OK", content_type, "HTTP/1.1")
                payload = BytesIO(html.encode("utf-8"))
                record = writer.create_warc_record(url, "response", payload=payload, http_headers=headers)
                writer.write_record(record)
        return path

    return write


@pytest.fixture(scope="session")
def dask_scheduler() -> Iterator[str]:
    """Address of a real dask.distributed LocalCluster with 2 worker processes, shared by the dask tests."""
    from distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0") as cluster:
        yield str(cluster.scheduler_address)


CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip
ARTIFACTS = REPO / "test-artifacts"


@pytest.fixture()
def live_server(
    tmp_path: Path, api_settings: Settings, newsroom_results: list[AnalysisResult]
) -> Iterator[str]:
    """The real newsroom server (uvicorn in a thread) on a free port, over a temp SQLite holding the
    invented newsroom articles; yields its base URL."""
    import socket
    import threading
    import time

    import uvicorn

    from kildespor.server import create_server

    db = connect(f"sqlite:///{tmp_path / 'live.db'}")
    for result in newsroom_results:
        save_analysis(db, result)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = uvicorn.Server(
        uvicorn.Config(create_server(api_settings, db), host="127.0.0.1", port=port, log_level="warning")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert server.started, "the test server did not start within 20 s"
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)
    db.close()


@pytest.fixture(scope="module")
def chromium_browser() -> Iterator[Any]:
    """Debian's headless Chromium driven by Playwright (per module: its event loop ends with the module)."""
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} not found: install Debian's chromium package to run browser tests")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture()
def browser_page(chromium_browser: Any) -> Iterator[Any]:
    """A fresh page (1280×900); screenshots go to test-artifacts/."""
    ARTIFACTS.mkdir(exist_ok=True)
    context = chromium_browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    context.close()


@pytest.fixture(scope="session")
def shipped_model_dir() -> Path:
    """Directory of the trained Danish pipeline in the package; skips when it is not built."""
    from kildespor.language.loading import shipped_model_path

    path = shipped_model_path()
    if path is None:
        pytest.skip("trained pipeline not built: run `make model`")
    return path
