"""Streaming a 1 GB WARC in bounded memory.

Generates an archive of invented HTML responses (plus request records, images and
a few 8 MB pages) in /tmp, then reads it in a child process with
`kildespor.ingest.read_documents` and reports the child's peak RSS, which must
stay under 500 MB. The baseline, measured in the same run, is a child that
only reads the file in 1 MB chunks: the ratio says what parsing records and
decoding pages cost over raw I/O.

Usage: .venv/bin/python benchmarks/warc_memory.py [--size-mb 1024] [--gzip] [--keep]
"""

from __future__ import annotations

import argparse
import io
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

LIMIT_MB = 500
_WORDS = (
    "kommune",
    "byråd",
    "skole",
    "forældre",
    "borgmester",
    "forslag",
    "millioner",
    "kroner",
    "færge",
    "ø",
)

_READ_CHILD = """
import json, resource, sys, time
from collections import Counter
from kildespor.ingest import read_documents
from kildespor.records import RawDocument
skipped = Counter()
start = time.perf_counter()
docs = errors = chars = 0
for item in read_documents([sys.argv[1]], skipped=skipped):
    if isinstance(item, RawDocument):
        docs += 1
        chars += len(item.text or "")
    else:
        errors += 1
seconds = time.perf_counter() - start
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"docs": docs, "errors": errors, "chars": chars, "skipped": dict(skipped),
                  "seconds": seconds, "peak_mb": peak}))
"""

_BASELINE_CHILD = """
import json, resource, sys, time
start = time.perf_counter()
with open(sys.argv[1], "rb") as handle:
    while handle.read(1 << 20):
        pass
seconds = time.perf_counter() - start
print(json.dumps({"seconds": seconds, "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def _page(n: int, paragraphs: int) -> bytes:
    """An invented Danish news page with `paragraphs` paragraphs."""
    body = "".join(
        f"<p>Afsnit {i} i artikel {n}: "
        + " ".join(_WORDS[(n + i + k) % len(_WORDS)] for k in range(60))
        + ".</p>"
        for i in range(paragraphs)
    )
    return (
        f"<!DOCTYPE html><html lang='da'><head><meta charset='utf-8'><title>Opdigtet artikel {n}</title>"
        f"</head><body><article><h1>Opdigtet artikel {n}</h1>{body}</article></body></html>"
    ).encode()


def generate(path: Path, size: int, gzipped: bool) -> int:
    """Write records until the file reaches `size` bytes; returns the number of responses."""
    html = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
    png = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
    n = 0
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=gzipped)
        while handle.tell() < size:
            big = n % 2000 == 1999  # now and then an 8 MB page: one record must not need the whole file
            page = _page(n, 18_000 if big else 60)
            url = f"https://avis.example/artikel/{n}"
            request = StatusAndHeaders(
                f"GET /artikel/{n} HTTP/1.1", [("Host", "avis.example")], is_http_request=True
            )
            writer.write_record(writer.create_warc_record(url, "request", http_headers=request))
            writer.write_record(
                writer.create_warc_record(url, "response", payload=io.BytesIO(page), http_headers=html)
            )
            if n % 10 == 0:
                writer.write_record(
                    writer.create_warc_record(
                        url + ".png",
                        "response",
                        payload=io.BytesIO(b"\x89PNG" + os.urandom(2000)),
                        http_headers=png,
                    )
                )
            n += 1
    return n


def _child(code: str, path: Path) -> dict[str, float]:
    env = dict(os.environ, PYTHONWARNINGS="ignore")
    out = subprocess.run(
        [sys.executable, "-c", code, str(path)], check=True, capture_output=True, text=True, env=env
    )
    result: dict[str, float] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--size-mb", type=int, default=1024)
    parser.add_argument("--gzip", action="store_true", help="write a record-gzipped .warc.gz instead")
    parser.add_argument("--keep", action="store_true", help="keep the generated file")
    args = parser.parse_args()
    path = Path("/tmp") / f"kildespor-bench-{os.getpid()}.warc{'.gz' if args.gzip else ''}"
    try:
        start = time.perf_counter()
        responses = generate(path, args.size_mb * 1024 * 1024, args.gzip)
        size_mb = path.stat().st_size / 1024 / 1024
        print(
            f"generated {path} ({size_mb:.0f} MB, {responses} HTML responses) in "
            f"{time.perf_counter() - start:.0f}s"
        )
        baseline = _child(_BASELINE_CHILD, path)
        result = _child(_READ_CHILD, path)
    finally:
        if not args.keep:
            path.unlink(missing_ok=True)
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"baseline (raw 1 MB reads): {size_mb / baseline['seconds']:8.1f} MB/s  peak RSS {baseline['peak_mb']:.0f} MB"
    )
    print(
        f"kildespor read_documents:  {size_mb / result['seconds']:8.1f} MB/s  peak RSS {result['peak_mb']:.0f} MB  "
        f"({result['docs'] / result['seconds']:.0f} docs/s; {result['seconds'] / baseline['seconds']:.1f}x the "
        f"baseline's time)"
    )
    print(f"documents {result['docs']:.0f}, errors {result['errors']:.0f}, skipped {result['skipped']}")
    print(f"generator peak RSS {own:.0f} MB")
    ok = result["peak_mb"] < LIMIT_MB and result["docs"] == responses
    print(
        ("PASS" if ok else "FAIL") + f": peak RSS {result['peak_mb']:.0f} MB (limit {LIMIT_MB} MB), "
        f"{result['docs']:.0f}/{responses} pages read"
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
