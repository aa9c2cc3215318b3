"""REST API benchmark: POST /analyze with N concurrent clients against a locally started server.

Run: .venv/bin/python benchmarks/api.py [--clients 10] [--duration 30]

Starts `kildespor.server:create_server` under uvicorn in a subprocess (a
temporary SQLite store; nothing is stored by /analyze), waits until it
answers, warms the pipeline, then lets N asyncio clients post the bundled
invented example articles (examples/*.txt) in a loop for the given time.
Prints requests/s, p50/p95/max latency and the error count (goal: 0 errors),
and, as baselines measured in the same run, (1) the same analysis called
in-process without HTTP by one thread and (2) GET /openapi.json through the
same clients (the HTTP stack alone). Ratios are API throughput over each.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from kildespor.config import load_settings
from kildespor.pipeline import analyze_text

REPO = Path(__file__).resolve().parents[1]
FALLBACK_TEXT = (
    "Opfundet testartikel: Kommunen lukker svømmehallen\n\n"
    "Borgmester Lise Holm siger, at svømmehallen lukker i to måneder. Ifølge kommunen er taget utæt. "
    "Formanden for svømmeklubben, Ole Berg, afviser, at klubben har fået besked i tide."
)


@dataclass
class Run:
    latencies: list[float] = field(default_factory=list)
    errors: int = 0
    error_samples: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def report(self, name: str) -> float:
        rate = len(self.latencies) / self.seconds if self.seconds else 0.0
        ordered = sorted(self.latencies) or [0.0]
        p95 = ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))]
        print(
            f"{name:<28} {len(self.latencies):>6} ok  {rate:8.1f} req/s  p50 {statistics.median(ordered) * 1000:7.1f} ms"
            f"  p95 {p95 * 1000:7.1f} ms  max {ordered[-1] * 1000:7.1f} ms  errors {self.errors}"
        )
        for sample in self.error_samples[:3]:
            print(f"    error: {sample}")
        return rate


def _texts() -> list[str]:
    files = sorted((REPO / "examples").glob("*.txt"))
    return [f.read_text(encoding="utf-8") for f in files] or [FALLBACK_TEXT]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _start_server(port: int, db_path: Path) -> subprocess.Popen[bytes]:
    env = dict(os.environ, KILDESPOR_STORAGE__URL=f"sqlite:///{db_path}", KILDESPOR_API__TOKEN="bench-token")
    command = [sys.executable, "-m", "uvicorn", "kildespor.server:create_server", "--factory",
               "--host", "127.0.0.1", "--port", str(port), "--log-level", "warning", "--no-access-log"]  # fmt: skip
    return subprocess.Popen(command, env=env, cwd=REPO)


def _wait_until_up(base: str, server: subprocess.Popen[bytes], timeout: float = 120.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"server exited with code {server.returncode}")
        try:
            if httpx.get(f"{base}/openapi.json", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            time.sleep(0.2)
    raise SystemExit("server did not answer within the timeout")


async def _drive(base: str, clients: int, duration: float, texts: list[str], analyze: bool) -> Run:
    run = Run()
    stop_at = time.perf_counter() + duration

    async def client(number: int) -> None:
        async with httpx.AsyncClient(base_url=base, timeout=60) as http:
            i = number
            while time.perf_counter() < stop_at:
                started = time.perf_counter()
                try:
                    if analyze:
                        response = await http.post("/analyze", json={"text": texts[i % len(texts)]})
                    else:
                        response = await http.get("/openapi.json")
                    ok = response.status_code == 200
                    detail = f"HTTP {response.status_code}: {response.text[:120]}"
                except httpx.HTTPError as exc:
                    ok, detail = False, f"{type(exc).__name__}: {exc}"
                if ok:
                    run.latencies.append(time.perf_counter() - started)
                else:
                    run.errors += 1
                    run.error_samples.append(detail)
                i += 1

    started = time.perf_counter()
    await asyncio.gather(*(client(n) for n in range(clients)))
    run.seconds = time.perf_counter() - started
    return run


def _in_process(texts: list[str], duration: float) -> Run:
    settings = load_settings(environ={})
    analyze_text(texts[0], settings)  # load the pipeline before the clock starts
    run = Run()
    stop_at = time.perf_counter() + duration
    started = time.perf_counter()
    i = 0
    while time.perf_counter() < stop_at:
        t0 = time.perf_counter()
        analyze_text(texts[i % len(texts)], settings)
        run.latencies.append(time.perf_counter() - t0)
        i += 1
    run.seconds = time.perf_counter() - started
    return run


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=10)
    parser.add_argument("--duration", type=float, default=30.0, help="Seconds of POST /analyze load.")
    parser.add_argument("--baseline-duration", type=float, default=5.0)
    args = parser.parse_args()
    texts = _texts()
    print(f"{len(texts)} invented example articles, mean {statistics.mean(len(t) for t in texts):.0f} chars")
    baseline = _in_process(texts, args.baseline_duration).report("in-process analyze (1 thread)")
    port = _free_port()
    with tempfile.TemporaryDirectory() as tmp:
        server = _start_server(port, Path(tmp) / "bench.db")
        base = f"http://127.0.0.1:{port}"
        try:
            _wait_until_up(base, server)
            asyncio.run(_drive(base, 2, 3.0, texts, analyze=True))  # warm-up: pipeline loaded in the server
            http_only = asyncio.run(_drive(base, args.clients, args.baseline_duration, texts, analyze=False))
            http_rate = http_only.report(f"GET /openapi.json ({args.clients} clients)")
            result = asyncio.run(_drive(base, args.clients, args.duration, texts, analyze=True))
            api_rate = result.report(f"POST /analyze ({args.clients} clients)")
        finally:
            server.terminate()
            server.wait(timeout=30)
    print(f"ratio POST /analyze / in-process analyze: {api_rate / baseline:.2f}")
    print(f"ratio POST /analyze / GET /openapi.json: {api_rate / http_rate:.3f}")
    print(f"errors: {result.errors} ({'OK' if result.errors == 0 else 'FAIL: 0 required'})")
    if result.errors:
        sys.exit(1)


if __name__ == "__main__":
    main()
