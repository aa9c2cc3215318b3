"""Batch throughput on Dask: 500 DaNewsroom articles with 1 and with 2 worker processes.

Run: .venv/bin/python benchmarks/batch.py [--articles 500] [--shard-size 25]

Reads ../shared/data/news/danewsroom_sample.jsonl (skips with a message when
absent), writes the first N records to a temporary JSON Lines file, and runs
`kildespor batch` on a LocalCluster with 1 and then 2 workers. The cluster is
started and its workers have loaded the pipeline before the clock starts, so
the numbers are steady-state throughput. Prints articles/s, the 2-worker
speed-up as a ratio over the 1-worker baseline measured in the same run,
scaling efficiency (speed-up / 2; goal ≥ 0.85) and peak memory per worker
(goal ≤ 1 GB). An in-process run (no Dask) is printed as a second baseline.
On a shared machine the workers may get far less than a core each, so the
CPU cores they actually got and the throughput per CPU-second are printed too.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

from distributed import Client, LocalCluster

from kildespor.config import Settings, load_settings
from kildespor.executors.base import RunReport
from kildespor.executors.dask import DaskExecutor, PipelinePreloader
from kildespor.executors.local import LocalExecutor

SAMPLE = Path(__file__).resolve().parents[2] / "shared" / "data" / "news" / "danewsroom_sample.jsonl"


def _peak_rss_mb() -> float:
    """Peak resident memory of the calling process (Linux reports KB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _cpu_seconds() -> float:
    """User + system CPU time of the calling process so far."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _write_input(count: int, folder: Path) -> Path:
    path = folder / "danewsroom.jsonl"
    with SAMPLE.open(encoding="utf-8") as source, path.open("w", encoding="utf-8") as target:
        for number, line in enumerate(source):
            if number >= count:
                break
            record = json.loads(line)
            target.write(
                json.dumps({k: record.get(k) for k in ("url", "title", "text")}, ensure_ascii=False) + "\n"
            )
    return path


def _run_on_cluster(
    workers: int, source: Path, settings: Settings, output: Path
) -> tuple[RunReport, list[float], float]:
    """One timed batch run on a fresh LocalCluster.

    Returns the report, each worker's peak RSS (MB) and the CPU cores the workers
    actually got on average (CPU seconds / wall seconds): on a shared machine this
    bounds what any speed-up can be.
    """
    with (
        LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=":0"
        ) as cluster,
        Client(cluster) as client,
    ):
        client.register_plugin(PipelinePreloader(settings), name=PipelinePreloader.name)
        cpu_before = client.run(_cpu_seconds)
        executor = DaskExecutor(scheduler=cluster.scheduler_address)
        report = executor.run([source], settings, output)
        cpu_after = client.run(_cpu_seconds)
        peaks = sorted(client.run(_peak_rss_mb).values())
    cores = sum(cpu_after[w] - cpu_before[w] for w in cpu_after) / report.seconds
    return report, peaks, cores


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=500)
    parser.add_argument("--shard-size", type=int, default=25)
    args = parser.parse_args()
    if not SAMPLE.is_file():
        print(f"skipped: {SAMPLE} not found (DaNewsroom sample lives in ../shared)")
        return 0
    settings = load_settings(environ={}, overrides={"batch": {"shard_size": args.shard_size}})
    with tempfile.TemporaryDirectory(prefix="kildespor-bench-") as tmp:
        folder = Path(tmp)
        source = _write_input(args.articles, folder)
        print(f"{args.articles} DaNewsroom articles, shards of {args.shard_size}, {os.cpu_count()} CPUs")
        print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
        started, cpu_started = time.perf_counter(), time.process_time()
        local = LocalExecutor().run([source], settings, folder / "out-local")
        local_rate = local.this_run.results / (time.perf_counter() - started)
        local_per_cpu = local.this_run.results / (time.process_time() - cpu_started)
        rates: dict[int, float] = {}
        per_cpu: dict[int, float] = {}
        for workers in (1, 2):
            report, peaks, cores = _run_on_cluster(workers, source, settings, folder / f"out-{workers}")
            assert report.complete, report.failed
            rates[workers] = report.this_run.documents / report.seconds
            per_cpu[workers] = rates[workers] / cores
            print(
                f"dask {workers} worker(s): {report.this_run.documents} docs ({report.this_run.results} analysed) "
                f"in {report.seconds:.1f} s = {rates[workers]:.1f} articles/s; "
                f"workers got {cores:.2f} CPU cores on average; "
                f"peak memory per worker: {', '.join(f'{p:.0f} MB' for p in peaks)}"
            )
        speedup = rates[2] / rates[1]
        print(
            f"in-process (no Dask) baseline: {local_rate:.1f} articles/s, {local_per_cpu:.1f} per CPU-second; "
            f"dask 1 worker = {rates[1] / local_rate:.2f}x wall-clock, {per_cpu[1] / local_per_cpu:.2f}x per CPU"
        )
        print(
            f"speed-up 2 workers / 1 worker = {speedup:.2f}x; scaling efficiency = {speedup / 2:.2f} (goal >= 0.85)"
        )
        print(
            f"articles per worker CPU-second: {per_cpu[1]:.1f} (1 worker), {per_cpu[2]:.1f} (2 workers); "
            f"efficiency per CPU actually granted = {per_cpu[2] / per_cpu[1]:.2f} (parallel overhead only; "
            "wall-clock efficiency above is bounded by the CPU other processes leave free)"
        )
        print(f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
