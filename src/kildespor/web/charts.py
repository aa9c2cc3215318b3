"""Inline SVG charts for the dashboard: no JavaScript, every label escaped."""

from __future__ import annotations

from datetime import datetime

from markupsafe import Markup, escape

LABEL_COLOURS = {
    "firm": "#2e7d32", "hedged": "#b08900", "hearsay": "#e06a00", "contested": "#c0392b", "denied": "#6c2bd9",
}  # fmt: skip
_BAR_HEIGHT = 22
_LABEL_WIDTH = 190
_BAR_WIDTH = 300


def bar_chart(
    items: list[tuple[str, float]], *, title: str, unit: str = "", colours: dict[str, str] | None = None
) -> Markup:
    """Horizontal bars, one per (label, value); values drawn relative to the largest."""
    if not items:
        return Markup('<p class="empty">Ingen data endnu.</p>')
    largest = max(value for _, value in items) or 1
    height = _BAR_HEIGHT * len(items) + 10
    width = _LABEL_WIDTH + _BAR_WIDTH + 70
    rows = []
    for index, (label, value) in enumerate(items):
        y = index * _BAR_HEIGHT + 5
        length = max(1.0, _BAR_WIDTH * value / largest)
        colour = (colours or {}).get(label, "#4a78b5")
        shown = f"{value:.0f}{unit}" if unit != "%" else f"{value:.0f}%"
        rows.append(
            f'<text x="{_LABEL_WIDTH - 6}" y="{y + 15}" text-anchor="end">{escape(label[:32])}</text>'
            f'<rect x="{_LABEL_WIDTH}" y="{y + 3}" width="{length:.1f}" height="{_BAR_HEIGHT - 6}" fill="{escape(colour)}">'
            f"<title>{escape(label)}: {escape(shown)}</title></rect>"
            f'<text x="{_LABEL_WIDTH + length + 5:.1f}" y="{y + 15}">{escape(shown)}</text>'
        )
    return Markup(
        f'<svg class="chart" role="img" aria-label="{escape(title)}" viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}" font-size="12" font-family="sans-serif">'
        f"<title>{escape(title)}</title>{''.join(rows)}</svg>"
    )


def timeline_chart(points: list[tuple[datetime, str, str]]) -> Markup:
    """Appearances of a claim on a time axis: (time, outlet, label) per point."""
    if not points:
        return Markup("")
    start, end = points[0][0], points[-1][0]
    span = (end - start).total_seconds() or 1.0
    width, left, right = 720, 80, 80
    circles = []
    for index, (moment, outlet, label) in enumerate(points):
        x = left + (width - left - right) * (moment - start).total_seconds() / span
        y = 30 + (index % 3) * 18
        colour = LABEL_COLOURS.get(label, "#555")
        circles.append(
            f'<circle cx="{x:.1f}" cy="20" r="6" fill="{colour}"><title>{escape(outlet)} · {escape(label)} · '
            f"{moment:%Y-%m-%d %H:%M}</title></circle>"
            f'<text x="{x:.1f}" y="{y + 12}" text-anchor="middle">{escape(outlet[:24])}</text>'
        )
    return Markup(
        f'<svg class="timeline" role="img" aria-label="Tidslinje" viewBox="0 0 {width} 90" width="{width}" '
        f'height="90" font-size="11" font-family="sans-serif">'
        f'<line x1="{left}" y1="20" x2="{width - right}" y2="20" stroke="#999"/>{"".join(circles)}</svg>'
    )
