"""Options shared by several commands, and turning flags into Settings."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from kildespor.config import Settings, load_settings

ConfigOption = Annotated[
    Path | None,
    typer.Option("--config", "-c", help="A kildespor.toml with settings (default: ./kildespor.toml)."),
]
ModelOption = Annotated[
    str | None,
    typer.Option(
        "--model", help="Language pipeline: 'auto' (shipped model if built), 'blank', or a directory."
    ),
]


def build_settings(config: Path | None, **flags: Any) -> Settings:
    """Settings from defaults, config file, environment, then the flags that were given."""
    overrides: dict[str, dict[str, Any]] = {}
    if flags.get("model"):
        overrides.setdefault("language", {})["model"] = flags["model"]
    if flags.get("as_of"):
        overrides.setdefault("extract", {})["as_of"] = flags["as_of"]
    if flags.get("db"):
        overrides.setdefault("storage", {})["url"] = flags["db"]
    return load_settings(config, overrides)


def write_output(text: str, output: Path | None) -> None:
    """Write to a file (creating folders) or to stdout."""
    if output is None:
        sys.stdout.write(text if text.endswith("\n") else text + "\n")
        return
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(text, encoding="utf-8")
    typer.echo(f"wrote {output}", err=True)
