from __future__ import annotations

from pathlib import Path

import pytest

from kildespor.config import load_settings
from kildespor.errors import ConfigError


def test_settings_defaults_load() -> None:
    settings = load_settings(environ={})
    assert settings.language.model == "auto"
    assert settings.ingest.text_field == "text"


def test_settings_precedence_file_env_flags(tmp_path: Path) -> None:
    config = tmp_path / "kildespor.toml"
    config.write_text('[api]\nport = 9000\nhost = "0.0.0.0"\n[batch]\nworkers = 3\n', encoding="utf-8")
    settings = load_settings(config, {"batch": {"workers": 5}}, environ={"KILDESPOR_API__PORT": "9100"})
    assert settings.api.host == "0.0.0.0"
    assert settings.api.port == 9100
    assert settings.batch.workers == 5


@pytest.mark.parametrize("content", ["[api]\nport = 'x'\n", "[nope]\na = 1\n", "not toml ["])
def test_settings_invalid_raise_config_error(tmp_path: Path, content: str) -> None:
    config = tmp_path / "kildespor.toml"
    config.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError):
        load_settings(config, environ={})
