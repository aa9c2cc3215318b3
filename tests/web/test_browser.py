"""The newsroom UI in real headless Chromium: paste, article page, search, claim timeline.

Screenshots of every step are saved under test-artifacts/ (gitignored).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import httpx
import pytest

from kildespor.records import AnalysisResult

pytestmark = pytest.mark.browser

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
TOKEN = "test-token-not-secret"


def _shot(page: Any, name: str) -> None:
    page.screenshot(path=str(ARTIFACTS / f"browser_{name}.png"), full_page=True)


def _paste(page: Any, base: str, text: str, outlet: str) -> str:
    """Paste an article in the analyse form with the token; returns the stored article id."""
    page.goto(f"{base}/ui/analyze")
    page.fill("#text", text)
    page.fill("input[name=outlet]", outlet)
    page.fill("input[name=token]", TOKEN)
    page.click("#analyze-submit")
    page.wait_for_url(re.compile(r".*/ui/articles/[0-9a-f]+$"))
    return str(page.url.rsplit("/", 1)[1])


def test_browser_paste_examples_and_open_article(
    live_server: str, browser_page: Any, examples_dir: Path
) -> None:
    examples = sorted(examples_dir.glob("*.txt"))[:2]
    if not examples:
        pytest.skip(f"no example articles in {examples_dir}")
    for number, path in enumerate(examples):
        article_id = _paste(
            browser_page, live_server, path.read_text(encoding="utf-8"), f"Eksempelavisen {number}"
        )
        _shot(browser_page, f"pasted_{number}")
        stored = httpx.get(f"{live_server}/articles/{article_id}").json()["analysis"]
        # Whatever the pipeline found is what the page shows: one card per attribution, one cue span each.
        assert browser_page.locator("#sources-panel .source").count() == len(stored["attributions"])
        cue_spans = browser_page.locator("#article-text .ks-cue").count()
        assert (cue_spans > 0) == bool(stored["attributions"])
        assert browser_page.locator("#article-text").inner_text().strip()


def test_browser_article_search_and_claim_timeline(
    live_server: str, browser_page: Any, newsroom_results: list[AnalysisResult]
) -> None:
    page = browser_page
    page.goto(f"{live_server}/ui/articles/{newsroom_results[0].article.id}")
    assert page.locator("#article-text .ks-source").first.inner_text() == "Borgmester Jens Hansen"
    assert page.locator("#article-text .ks-cue").first.inner_text() == "siger"
    card = page.locator("#sources-panel .source").first
    assert "Jens Hansen" in card.inner_text() and "navngiven" in card.inner_text()
    assert "rolle: borgmester" in card.inner_text()
    _shot(page, "article")

    page.goto(f"{live_server}/ui/articles/{newsroom_results[3].article.id}")
    assert page.locator("#sources-panel .source.unnamed").count() == 1
    assert "via Reuters" in page.locator("#sources-panel .source.unnamed").inner_text()
    _shot(page, "article_via_chain")

    page.goto(f"{live_server}/ui/search")
    page.fill("#search-q", "skolerne")
    page.click("#search-submit")
    page.wait_for_selector("#article-results")
    assert page.locator("#article-results .hit").count() == 3
    _shot(page, "search")

    page.select_option("select[name=source_kind]", "unnamed")
    page.fill("#search-q", "")
    page.click("#search-submit")
    page.wait_for_selector("#article-results")
    assert page.locator("#article-results .hit").count() == 2

    page.goto(f"{live_server}/ui/search?q=skolerne")
    page.locator("#claim-results a").first.click()
    page.wait_for_url(re.compile(r".*/ui/claims/\d+$"))
    outlets = page.locator("#timeline .appearance").evaluate_all("els => els.map(e => e.dataset.outlet)")
    assert outlets == ["Dagbladet Nord", "Vestposten", "Morgenavisen"]
    assert page.locator("#single-source").is_visible()
    assert page.locator("svg.timeline circle").count() == 3
    _shot(page, "claim_timeline")


def test_browser_xss_article_inert(live_server: str, browser_page: Any, xss_result: AnalysisResult) -> None:
    page = browser_page
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    article_id = _paste(page, live_server, xss_result.article.text, "<script>alert(7)</script>")
    page.goto(f"{live_server}/")
    page.goto(f"{live_server}/ui/articles/{article_id}")
    page.goto(f"{live_server}/ui/search?q=%3Cscript%3Ealert(8)%3C%2Fscript%3E")
    _shot(page, "xss")
    assert dialogs == []
    assert page.locator("script").count() == 0


def test_browser_dashboard_charts(live_server: str, browser_page: Any) -> None:
    browser_page.goto(f"{live_server}/")
    assert browser_page.locator("#chart-labels svg rect").count() == 4
    assert browser_page.locator("#chart-sources svg rect").count() >= 3
    _shot(browser_page, "dashboard")
