"""Markdown report: metadata, sentences with labels, and a sources table."""

from __future__ import annotations

from kildespor.records import AnalysisResult, Rejection


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _article(result: AnalysisResult) -> list[str]:
    art = result.article
    lines = [f"## {_cell(art.title or '(uden overskrift)')}", ""]
    for key, value in (
        ("Byline", ", ".join(art.byline)),
        ("Agency", art.agency or ""),
        ("Published", str(art.published or "")),
        ("Relative age", art.relative_age_raw or ""),
        ("Captured (estimate)", str(art.captured_estimate or "")),
        ("Section", art.section or ""),
        ("Credits", "; ".join(art.credits)),
        ("Language", art.language or ""),
    ):
        if value:
            lines.append(f"- **{key}:** {_cell(value)}")
    lines += ["", "### Sentences", ""]
    lines += [f"- `{s.label.value}` {_cell(s.text)}" for s in result.sentences]
    lines += [
        "",
        "### Sources",
        "",
        "| source | kind | cue | type | stance | via | content |",
        "|---|---|---|---|---|---|---|",
    ]
    for att in result.attributions:
        row = (
            att.source_name or att.source_text or "—",
            att.source_kind.value,
            att.cue_text,
            att.kind.value,
            att.stance.value,
            att.via_name or "",
            att.content_text[:160],
        )
        lines.append("| " + " | ".join(_cell(v) for v in row) + " |")
    return [*lines, ""]


def render_markdown(items: list[AnalysisResult | Rejection]) -> str:
    out = ["# kildespor report", ""]
    for item in items:
        out += [f"> **error** {_cell(item.error)}", ""] if isinstance(item, Rejection) else _article(item)
    return "\n".join(out)
