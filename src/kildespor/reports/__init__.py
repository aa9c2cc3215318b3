"""Reports on analysed articles: JSON, Markdown, standalone HTML and a rich terminal view."""

from __future__ import annotations

import json
from typing import Any

from kildespor.records import AnalysisResult, Rejection
from kildespor.reports.highlight import render_highlighted_article
from kildespor.reports.html import render_html
from kildespor.reports.markdown import render_markdown
from kildespor.reports.text import print_text_report

__all__ = [
    "error_record",
    "print_text_report",
    "render",
    "render_highlighted_article",
    "render_html",
    "render_json",
]


def error_record(rejection: Rejection) -> dict[str, Any]:
    """The JSON record for a document that failed: names the file and the reason."""
    return {
        "error": rejection.error,
        "reason": rejection.reason.value,
        "stage": rejection.stage.value,
        "detail": rejection.detail,
        "path": rejection.provenance.path,
        "url": rejection.provenance.url,
    }


def to_record(item: AnalysisResult | Rejection) -> dict[str, Any]:
    return error_record(item) if isinstance(item, Rejection) else item.to_json_dict()


def render_json(items: list[AnalysisResult | Rejection]) -> str:
    """One input → one JSON object; several → a JSON array of objects."""
    records = [to_record(i) for i in items]
    payload: Any = records[0] if len(records) == 1 else records
    return json.dumps(payload, ensure_ascii=False, indent=2)


def render(items: list[AnalysisResult | Rejection], fmt: str) -> str:
    """Render in `json`, `jsonl`, `markdown` or `html` (the text view prints instead)."""
    if fmt == "json":
        return render_json(items)
    if fmt == "jsonl":
        return "".join(json.dumps(to_record(i), ensure_ascii=False) + "\n" for i in items)
    if fmt == "markdown":
        return render_markdown(items)
    if fmt == "html":
        return render_html(items)
    raise ValueError(f"unknown report format {fmt!r}")
