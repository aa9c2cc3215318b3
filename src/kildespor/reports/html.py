"""Standalone HTML report: the article with highlighted spans, a legend and a sources table."""

from __future__ import annotations

from html import escape

from kildespor.records import AnalysisResult, Rejection
from kildespor.reports.highlight import HIGHLIGHT_CSS, LEGEND, render_highlighted_article

_PAGE_CSS = """
body{font-family:Georgia,serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222;line-height:1.5}
header.meta{font-family:sans-serif;color:#555;font-size:.9rem}
table{border-collapse:collapse;font-family:sans-serif;font-size:.85rem;width:100%;margin:1rem 0}
td,th{border:1px solid #ddd;padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:#f4f4f4}
article{border-top:1px solid #ccc;margin-top:2.5rem;padding-top:1rem}
.ks-label{font-family:sans-serif;font-size:.75rem;padding:0 .4em;border-radius:3px;color:#fff}
.ks-l-firm{background:#2e7d32}.ks-l-hedged{background:#b08900}.ks-l-hearsay{background:#e06a00}
.ks-l-contested{background:#c0392b}.ks-l-denied{background:#6c2bd9}
.ks-error{color:#a00;font-family:sans-serif}
"""


def _meta(result: AnalysisResult) -> str:
    art = result.article
    items = [
        ("Byline", ", ".join(art.byline) + (f" ({art.agency})" if art.agency else "")),
        ("Udgivet", str(art.published or "")),
        ("Relativ alder", art.relative_age_raw or ""),
        ("Fanget ca.", str(art.captured_estimate or "")),
        ("Sektion", art.section or ""),
        ("Sprog", art.language or ""),
        ("Fotokreditering", "; ".join(art.credits)),
        ("Kilde", art.provenance.path or art.url or ""),
    ]
    return " · ".join(f"<b>{escape(k)}:</b> {escape(v)}" for k, v in items if v)


def _sources_table(result: AnalysisResult) -> str:
    rows = []
    for att in result.attributions:
        rows.append(
            "<tr>"
            + "".join(
                f"<td>{escape(str(v))}</td>"
                for v in (
                    att.source_name or att.source_text or "—",
                    att.source_kind.value,
                    att.role or "",
                    att.cue_text,
                    att.kind.value,
                    att.stance.value,
                    att.via_name or "",
                    att.content_text[:160],
                )
            )
            + "</tr>"
        )
    head = "".join(
        f"<th>{h}</th>" for h in ("Kilde", "Type", "Rolle", "Markør", "Art", "Holdning", "Via", "Indhold")
    )
    body = "".join(rows) or '<tr><td colspan="8">Ingen kildeangivelser fundet.</td></tr>'
    return f'<table class="ks-sources"><tr>{head}</tr>{body}</table>'


def _label_summary(result: AnalysisResult) -> str:
    counts: dict[str, int] = {}
    for sent in result.sentences:
        counts[sent.label.value] = counts.get(sent.label.value, 0) + 1
    return " ".join(f'<span class="ks-label ks-l-{k}">{escape(k)}: {v}</span>' for k, v in counts.items())


def render_article_section(result: AnalysisResult) -> str:
    return (
        f'<article data-id="{escape(result.article.id)}">'
        f'<header class="meta">{_meta(result)}</header>'
        f"{render_highlighted_article(result)}"
        f"<h3>Sætninger</h3><p>{_label_summary(result)}</p>"
        f"<h3>Kilder</h3>{_sources_table(result)}</article>"
    )


def render_html(items: list[AnalysisResult | Rejection], title: str = "kildespor report") -> str:
    """One standalone HTML page for all results; rejections listed with their reason."""
    legend = "".join(f'<span class="{c}">{escape(t)}</span>' for c, t in LEGEND)
    sections = []
    for item in items:
        if isinstance(item, Rejection):
            sections.append(f'<article><p class="ks-error">{escape(item.error)}</p></article>')
        else:
            sections.append(render_article_section(item))
    return (
        '<!DOCTYPE html><html lang="da"><head><meta charset="utf-8">'
        f"<title>{escape(title)}</title><style>{_PAGE_CSS}{HIGHLIGHT_CSS}</style></head><body>"
        f'<h1>{escape(title)}</h1><div class="ks-legend">{legend}</div>'
        + "\n".join(sections)
        + "</body></html>"
    )
