"""choose_reader(path): by suffix, then by sniffing the first bytes."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Protocol

from kildespor.config import IngestSettings
from kildespor.ingest.text import TextReader
from kildespor.records import RawDocument, Rejection


class Reader(Protocol):
    name: str

    def read_bytes(self, data: bytes, path: str) -> Iterator[RawDocument | Rejection]: ...


def expand_paths(paths: Iterable[str | Path]) -> Iterator[str]:
    """Files as given; directories walked in sorted order (deterministic), hidden files skipped."""
    for item in paths:
        text = str(item)
        if text == "-" or not os.path.isdir(text):
            yield text
            continue
        for root, dirs, files in os.walk(text):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(files):
                if not name.startswith("."):
                    yield str(Path(root) / name)


def choose_reader(path: str, head: bytes, settings: IngestSettings) -> Reader:
    """The reader for one input; plain text when nothing more specific fits."""
    return TextReader(settings)
