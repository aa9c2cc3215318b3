"""Exceptions for bugs, configuration and infrastructure failures.

Bad *input* is never an exception: stages return a `Rejection` record instead
(see `kildespor.records.rejection`). These classes are for the cases where the
program itself cannot go on — a missing database, a broken config file — and
each carries a code and a hint that says what to do.
"""

from __future__ import annotations


class KildesporError(Exception):
    """Base class; `code` identifies the failure, `hint` tells the user what to do."""

    code = "E000"
    hint = ""

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        if hint is not None:
            self.hint = hint

    def __str__(self) -> str:
        base = f"[{self.code}] {super().__str__()}"
        return f"{base}\n  hint: {self.hint}" if self.hint else base


class ConfigError(KildesporError):
    code = "E100"
    hint = "Check kildespor.toml, the KILDESPOR_* environment variables and the command-line flags."


class InputError(KildesporError):
    """The user named inputs that cannot be read at all (not per-document failures)."""

    code = "E200"
    hint = "Check the paths you passed; run `kildespor analyze --help` for the accepted formats."


class ModelError(KildesporError):
    code = "E300"
    hint = "Rebuild the Danish pipeline with `make model`, or run without it (rules on the blank tokenizer)."


class StorageError(KildesporError):
    code = "E400"
    hint = "Check the --db URL; run `kildespor db upgrade` to create or migrate the database."


class ExecutorError(KildesporError):
    code = "E500"
    hint = "Check the --scheduler address, or run with --workers N to start a local cluster."
