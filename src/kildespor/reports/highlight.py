"""Highlighted article HTML: spans of cues, sources, contents and markers as <mark> layers.

Spans may overlap (a marker inside quoted content, a cue inside an `ifølge`
clause), so each block of text is cut at every span boundary and each piece
carries the classes of all spans that cover it. All article text is escaped.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from html import escape

from kildespor.records import AnalysisResult, Paragraph


@dataclass(frozen=True)
class Highlight:
    start: int
    end: int
    css: str
    title: str


def collect_highlights(result: AnalysisResult) -> list[Highlight]:
    """Every span worth colouring, with a CSS class and a tooltip."""
    out: list[Highlight] = []
    for i, att in enumerate(result.attributions):
        who = att.source_name or att.source_text or "ukendt kilde"
        out.append(Highlight(*att.content, f"ks-content ks-att-{i}", f"Indhold ({att.kind.value}) fra {who}"))
        out.append(Highlight(*att.cue, f"ks-cue ks-att-{i}", f"Citatmarkør ({att.stance.value})"))
        if att.source:
            out.append(
                Highlight(*att.source, f"ks-source ks-att-{i}", f"Kilde: {who} ({att.source_kind.value})")
            )
        if att.via:
            out.append(Highlight(*att.via, f"ks-via ks-att-{i}", f"Via: {att.via_name or ''}"))
    for marker in result.markers:
        out.append(Highlight(*marker.span, f"ks-marker ks-{marker.cls.value}", f"Markør: {marker.cls.value}"))
    return out


def _render_block(block: Paragraph, text: str, highlights: list[Highlight]) -> str:
    inside = [h for h in highlights if h.start < block.end and h.end > block.start]
    cuts = sorted(
        {block.start, block.end}
        | {max(block.start, min(block.end, p)) for h in inside for p in (h.start, h.end)}
    )
    parts: list[str] = []
    for left, right in itertools.pairwise(cuts):
        if left >= right:
            continue
        piece = escape(text[left:right])
        covering = [h for h in inside if h.start <= left and h.end >= right]
        if covering:
            classes = " ".join(h.css for h in covering)
            tip = escape(" · ".join(dict.fromkeys(h.title for h in covering)))
            piece = f'<span class="{escape(classes)}" title="{tip}" data-start="{left}" data-end="{right}">{piece}</span>'
        parts.append(piece)
    tag = {"headline": "h1", "lede": "p", "body": "p", "caption": "figcaption", "teaser": "aside"}[block.kind]
    css = f' class="ks-{block.kind}"'
    return f'<{tag}{css} data-start="{block.start}">{"".join(parts)}</{tag}>'


def render_highlighted_article(result: AnalysisResult) -> str:
    """HTML fragment of the article's headline, lede and paragraphs with highlights (escaped)."""
    highlights = collect_highlights(result)
    text = result.article.text
    return "\n".join(_render_block(b, text, highlights) for b in result.article.content_blocks())


LEGEND = [
    ("ks-source", "Kilde (hvem)"),
    ("ks-cue", "Citatmarkør (siger, ifølge, kolon)"),
    ("ks-content", "Indhold (hvad)"),
    ("ks-via", "Via (gennem hvem)"),
    ("ks-marker ks-hedged", "Forbehold (hedged)"),
    ("ks-marker ks-hearsay", "Rygte/hørt (hearsay)"),
    ("ks-marker ks-contested", "Omstridt (contested)"),
    ("ks-marker ks-denied", "Afvist (denied)"),
]

HIGHLIGHT_CSS = """
.ks-content{background:#eef6ff;border-bottom:2px solid #7fb2e5}
.ks-source{background:#ffe9b3;font-weight:600}
.ks-cue{background:#d7f5d0;outline:1px solid #65b657}
.ks-via{background:#f0dcff}
.ks-marker{border-bottom:3px solid;font-style:italic}
.ks-hedged{border-color:#e0a800;background:#fff6d6}
.ks-hearsay{border-color:#e06a00;background:#ffe7d1}
.ks-contested{border-color:#c0392b;background:#fde0dc}
.ks-denied{border-color:#6c2bd9;background:#ebe0ff}
.ks-legend span{display:inline-block;margin:0 .6em .3em 0;padding:0 .3em}
"""
