"""Configuration: shipped defaults → kildespor.toml → KILDESPOR_* env → explicit overrides."""

from __future__ import annotations

import os
import tomllib
from importlib import resources
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from kildespor.config.settings import (
    ApiSettings,
    BatchSettings,
    ExtractSettings,
    IngestSettings,
    LanguageSettings,
    Settings,
    StorageSettings,
)
from kildespor.errors import ConfigError

__all__ = [
    "ApiSettings",
    "BatchSettings",
    "ExtractSettings",
    "IngestSettings",
    "LanguageSettings",
    "Settings",
    "StorageSettings",
    "load_settings",
]

ENV_PREFIX = "KILDESPOR_"


def _merge(base: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    """Deep merge of nested dicts; `extra` wins."""
    out = dict(base)
    for key, value in extra.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = _merge(out[key], value)
        else:
            out[key] = value
    return out


def _env_overrides(environ: dict[str, str]) -> dict[str, Any]:
    """KILDESPOR_STORAGE__URL=... → {"storage": {"url": "..."}}."""
    out: dict[str, Any] = {}
    for name, value in environ.items():
        if not name.startswith(ENV_PREFIX) or "__" not in name:
            continue
        section, _, key = name[len(ENV_PREFIX) :].lower().partition("__")
        out.setdefault(section, {})[key] = value
    return out


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"cannot read config file {path}: {exc}") from exc


def load_settings(
    path: str | Path | None = None,
    overrides: dict[str, Any] | None = None,
    environ: dict[str, str] | None = None,
) -> Settings:
    """Build the Settings for one run.

    Args:
        path: a kildespor.toml; when None, ./kildespor.toml is used if it exists.
        overrides: nested dict from command-line flags, applied last.
        environ: environment to read KILDESPOR_* variables from (default: os.environ).
    """
    defaults = resources.files("kildespor.config").joinpath("defaults.toml").read_text(encoding="utf-8")
    data = tomllib.loads(defaults)
    user = Path(path) if path else Path("kildespor.toml")
    if path or user.is_file():
        data = _merge(data, _read_toml(user))
    data = _merge(data, _env_overrides(dict(os.environ if environ is None else environ)))
    data = _merge(data, overrides or {})
    try:
        return Settings.model_validate(data)
    except ValidationError as exc:
        raise ConfigError(f"invalid settings: {exc}") from exc
