"""Terminal report (rich): article header, sentences coloured by label, a sources table."""

from __future__ import annotations

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from kildespor.records import AnalysisResult, Rejection

LABEL_STYLES = {
    "firm": "green",
    "hedged": "yellow",
    "hearsay": "dark_orange",
    "contested": "red",
    "denied": "magenta",
}


def _header(result: AnalysisResult) -> Text:
    art = result.article
    text = Text()
    text.append((art.title or "(uden overskrift)") + "\n", style="bold")
    fields = [
        ("af", ", ".join(art.byline) + (f" ({art.agency})" if art.agency else "")),
        ("udgivet", str(art.published or "")),
        ("alder", art.relative_age_raw or ""),
        ("fanget ca.", str(art.captured_estimate or "")),
        ("sektion", art.section or ""),
        ("sprog", art.language or ""),
        ("foto", "; ".join(art.credits)),
    ]
    text.append("  ".join(f"{k}: {v}" for k, v in fields if v), style="dim")
    return text


def _sentences(result: AnalysisResult) -> Text:
    out = Text()
    for sent in result.sentences:
        label = sent.label.value
        out.append(f"[{label:9}] ", style=f"bold {LABEL_STYLES[label]}")
        out.append(sent.text.replace("\n", " ") + "\n", style=LABEL_STYLES[label] if label != "firm" else "")
    return out


def _sources(result: AnalysisResult) -> Table:
    table = Table(title="Kilder", expand=True, show_lines=False)
    # Short fields never wrap mid-word; the content column takes the remaining width.
    for col in ("Kilde", "Type", "Markør", "Art", "Holdning", "Via"):
        table.add_column(col, overflow="ellipsis", no_wrap=col != "Kilde", ratio=1)
    table.add_column("Indhold", overflow="fold", ratio=3, min_width=20)
    for att in result.attributions:
        table.add_row(
            att.source_name or att.source_text or "—",
            att.source_kind.value,
            att.cue_text,
            att.kind.value,
            att.stance.value,
            att.via_name or "",
            (att.content_text[:120] + "…") if len(att.content_text) > 120 else att.content_text,
        )
    return table


def print_text_report(items: list[AnalysisResult | Rejection], console: Console | None = None) -> None:
    """Print one panel per article (and one line per rejection)."""
    console = console or Console()
    for item in items:
        if isinstance(item, Rejection):
            console.print(f"[red]✗ {item.error}[/]", highlight=False)
            continue
        body = Group(_header(item), Text(""), _sentences(item), _sources(item))
        console.print(Panel(body, title=item.article.provenance.path or item.article.id, border_style="blue"))
