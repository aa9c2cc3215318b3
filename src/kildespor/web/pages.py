"""Page handlers: server-rendered views over the same read functions as the API."""

from __future__ import annotations

import secrets
from datetime import date
from pathlib import Path
from typing import Annotated, Any

import jinja2
from fastapi import APIRouter, File, Form, HTTPException, Request, UploadFile, status
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates
from markupsafe import Markup

from kildespor.config import Settings
from kildespor.records import AnalysisResult, Rejection
from kildespor.reports.highlight import HIGHLIGHT_CSS, LEGEND, render_highlighted_article
from kildespor.storage import Database, save_analysis
from kildespor.tracking import SearchQuery, claim_clusters, entity_profile, list_entities, search, track_claim
from kildespor.web.charts import LABEL_COLOURS, bar_chart, timeline_chart
from kildespor.web.submission import analyze_pasted

_TEMPLATES = Path(__file__).parent / "templates"
_environment = jinja2.Environment(
    loader=jinja2.FileSystemLoader(_TEMPLATES), autoescape=True, undefined=jinja2.StrictUndefined
)
templates = Jinja2Templates(env=_environment)
router = APIRouter(include_in_schema=False)

SOURCE_KINDS = ("person", "organisation", "media", "document", "unnamed", "author")
LABELS = ("firm", "hedged", "hearsay", "contested", "denied")
_MAX_UPLOAD_BYTES = 5_000_000


def _database(request: Request) -> Database:
    database: Database = request.app.state.database
    return database


def _settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


# Defence in depth behind escaping: the pages need no script at all, so none may run.
SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; script-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
        "base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
}


def _page(request: Request, name: str, status_code: int = 200, **context: Any) -> HTMLResponse:
    context.setdefault("highlight_css", Markup(HIGHLIGHT_CSS))
    response = templates.TemplateResponse(request, name, context, status_code=status_code)
    response.headers.update(SECURITY_HEADERS)
    return response


def _highlighted(result: AnalysisResult) -> Markup:
    # render_highlighted_article escapes every piece of article text it emits.
    return Markup(render_highlighted_article(result))


@router.get("/", response_class=HTMLResponse)
def dashboard(request: Request) -> HTMLResponse:
    database = _database(request)
    stats = database.corpus.dashboard()
    unnamed = [
        (outlet, 100.0 * n / total) for outlet, (n, total) in stats.unnamed_share_by_outlet.items() if total
    ]
    charts = {
        "labels": bar_chart(
            sorted(stats.claims_by_label.items(), key=lambda kv: LABELS.index(kv[0]) if kv[0] in LABELS else 9),
            title="Påstande efter mærkat", colours=LABEL_COLOURS,
        ),
        "unnamed": bar_chart(unnamed, title="Andel unavngivne kilder pr. medie", unit="%"),
        "sources": bar_chart([(n, float(c)) for n, c in stats.top_sources], title="Mest citerede kilder"),
    }  # fmt: skip
    return _page(
        request, "dashboard.html", charts=charts, counts=database.corpus.counts().counts,
        recent=database.articles.recent(15), clusters=claim_clusters(database, min_appearances=2)[:10],
    )  # fmt: skip


@router.get("/ui/analyze", response_class=HTMLResponse)
def analyze_form(request: Request) -> HTMLResponse:
    return _page(request, "analyze.html", result=None, rejection=None, text="", outlet="", note="")


@router.post("/ui/analyze", response_class=HTMLResponse, response_model=None)
async def analyze_submit(
    request: Request,
    text: Annotated[str, Form()] = "",
    outlet: Annotated[str, Form(max_length=200)] = "",
    token: Annotated[str, Form()] = "",
    upload: Annotated[UploadFile | None, File()] = None,
) -> Response:
    """Analyse pasted or uploaded text; with the API token the article is stored and opened."""
    if not text.strip() and upload is not None and upload.filename:
        raw = await upload.read(_MAX_UPLOAD_BYTES + 1)
        if len(raw) > _MAX_UPLOAD_BYTES:
            raise HTTPException(status.HTTP_413_CONTENT_TOO_LARGE, detail="the uploaded file is too large")
        text = raw.decode("utf-8", errors="replace")
    if not text.strip():
        return _page(request, "analyze.html", 400, result=None, rejection=None, text="", outlet=outlet,
                     note="Indsæt en artikel eller vælg en fil.")  # fmt: skip
    result = analyze_pasted(text, _settings(request), outlet=outlet or None)
    if isinstance(result, Rejection):
        return _page(
            request, "analyze.html", 422, result=None, rejection=result, text=text, outlet=outlet, note=""
        )
    expected: str = request.app.state.api_token
    if token and secrets.compare_digest(token.encode(), expected.encode()):
        outcome = save_analysis(_database(request), result)
        assert outcome is not None  # an AnalysisResult always yields an outcome
        return RedirectResponse(f"/ui/articles/{outcome.article_id}", status_code=status.HTTP_303_SEE_OTHER)
    note = (
        "Vist, men ikke gemt (angiv API-nøglen for at gemme)."
        if not token
        else "Forkert API-nøgle: ikke gemt."
    )
    return _page(request, "analyze.html", result=result, highlighted=_highlighted(result), legend=LEGEND,
                 rejection=None, text=text, outlet=outlet, note=note)  # fmt: skip


@router.get("/ui/articles/{article_id}", response_class=HTMLResponse)
def article_page(request: Request, article_id: str) -> HTMLResponse:
    database = _database(request)
    stored = database.articles.get(article_id)
    if stored is None:
        return _page(request, "not_found.html", 404, what="artikel", ident=article_id)
    claim_clusters_by_claim = {cid: track_claim(database, cid) for cid in stored.claim_ids}
    return _page(
        request, "article.html", stored=stored, result=stored.result, highlighted=_highlighted(stored.result),
        legend=LEGEND, clusters=claim_clusters_by_claim,
    )  # fmt: skip


def _parse_date(value: str) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


@router.get("/ui/search", response_class=HTMLResponse)
def search_page(
    request: Request, q: str = "", outlet: str = "", date_from: str = "", date_to: str = "",
    source: str = "", source_kind: str = "", label: str = "", entity: str = "",
) -> HTMLResponse:  # fmt: skip
    database = _database(request)
    query = SearchQuery(
        text=q[:500], outlet=outlet or None, date_from=_parse_date(date_from), date_to=_parse_date(date_to),
        source=source or None, source_kind=source_kind if source_kind in SOURCE_KINDS else None,
        label=label if label in LABELS else None, entity_id=int(entity) if entity.isdigit() else None,
    )  # fmt: skip
    searched = any(v for v in (q, outlet, date_from, date_to, source, source_kind, label, entity))
    results = search(database, query) if searched else None
    form = {"q": q, "outlet": outlet, "date_from": date_from, "date_to": date_to, "source": source,
            "source_kind": source_kind, "label": label, "entity": entity}  # fmt: skip
    return _page(
        request, "search.html", results=results, form=form, outlets=database.corpus.outlet_names(),
        source_kinds=SOURCE_KINDS, labels=LABELS,
    )  # fmt: skip


@router.get("/ui/entities", response_class=HTMLResponse)
def entities_page(request: Request) -> HTMLResponse:
    return _page(request, "entities.html", entities=list_entities(_database(request)))


@router.get("/ui/entities/{entity_id}", response_class=HTMLResponse)
def entity_page(request: Request, entity_id: int) -> HTMLResponse:
    database = _database(request)
    profile = entity_profile(database, entity_id)
    if profile is None:
        return _page(request, "not_found.html", 404, what="entitet", ident=str(entity_id))
    articles = database.articles.summaries(profile.article_ids)
    return _page(
        request, "entity.html", profile=profile, articles=sorted(articles.values(), key=lambda a: a.id)
    )


@router.get("/ui/claims", response_class=HTMLResponse)
def claims_page(request: Request) -> HTMLResponse:
    return _page(request, "claims.html", clusters=claim_clusters(_database(request))[:200])


@router.get("/ui/claims/{claim_id}", response_class=HTMLResponse)
def claim_page(request: Request, claim_id: int) -> HTMLResponse:
    cluster = track_claim(_database(request), claim_id)
    if cluster is None:
        return _page(request, "not_found.html", 404, what="påstand", ident=str(claim_id))
    points = [(a.seen_at, a.outlet or "?", a.label) for a in cluster.appearances]
    return _page(
        request, "claim.html", cluster=cluster, timeline=timeline_chart(points), colours=LABEL_COLOURS
    )
