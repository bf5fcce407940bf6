"""Bounded load test of the production site set-up on loopback.

    python -m bench.load --db /tmp/bench/catalogue.db [--clients 50] [--duration 60] [--workers 2] [--think 1.0]

Starts the site as in production (``uvicorn opportunities.asgi:app --workers
N``, docs/operations.md) on 127.0.0.1 over the given catalogue (make one with
``python -m bench.catalogue --db /tmp/bench/catalogue.db``), builds its feeds,
then runs ``--clients`` concurrent asyncio clients for ``--warmup`` seconds
(reported apart: every cache is cold) and ``--duration`` measured seconds
(at most ``--max-requests`` measured requests). Each client is a student: it
asks for a page from a fixed-seed mix of the landing page, the finder (lists
and canned queries), the search box, opportunity pages and the feeds, then
waits ``--think`` seconds (exponentially distributed, mean ``--think``)
before the next. Reports requests per second, p50/p95/p99 latency overall
and per kind of page, errors (any non-200 answer or failed connection), and
the peak resident memory of the server (all its processes). Results go to
bench/results/load.json; exit status 2 when there was an error or the p95
is 1 s or more.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

from tests.conftest import free_port

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results" / "load.json"
TARGET_P95_S = 1.0
SEARCH_WORDS = ["stage", "bourse", "FAO", "Québec", "agronomie", "diplomatie", "théâtre", "recherche", "master",
                "Louisiane", "jeunes diplômés", "mobilité"]
LEVELS = ["bachelor", "master", "phd", "graduate"]


def page_mix(opportunities: int) -> list[tuple[str, float, list[str]]]:
    """(kind, weight, paths): what students ask for, and how often."""
    # Opportunity pages over the whole catalogue: nearly every one asked for once, so the page cache
    # (opportunities.page_cache) helps the lists and the landing page, not these.
    step = max(1, opportunities // 20_000)
    return [
        ("landing", 0.15, ["/"]),
        ("finder", 0.25, ["/catalogue/closing_30_days", "/catalogue/closing_7_days", "/catalogue/open_now",
                          "/catalogue/opportunities?status=open&kind=internship",
                          *(f"/catalogue/open_to_level?level={level}" for level in LEVELS)]),
        ("search", 0.20, [f"/catalogue/search?q={word}" for word in SEARCH_WORDS]),
        ("opportunity", 0.30, [f"/catalogue/opportunities/bench-{n:06d}" for n in range(0, opportunities, step)]),
        ("feeds", 0.10, ["/feeds/deadlines.rss", "/feeds/deadlines.ics", "/feeds/new.atom", "/feeds/changes.rss",
                         "/feeds/deadlines-internship.rss"]),
    ]


def resident_bytes(root_pid: int) -> int:
    """Resident memory of ``root_pid`` and its children (the uvicorn workers)."""
    pids = [root_pid]
    try:
        children = Path(f"/proc/{root_pid}/task/{root_pid}/children").read_text().split()
    except OSError:
        children = []
    pids += [int(pid) for pid in children]
    total = 0
    for pid in pids:
        try:
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1]) * 1024
        except OSError:
            pass
    return total


async def student(client: httpx.AsyncClient, rng: random.Random, mix, measure_from: float, deadline: float,
                  think: float, budget: list[int], samples: list[tuple[str, float, int]],
                  warmup: list[tuple[str, float, int]]) -> None:
    kinds, weights = [m[0] for m in mix], [m[1] for m in mix]
    paths = {m[0]: m[2] for m in mix}
    while time.monotonic() < deadline and budget[0] > 0:
        kind = rng.choices(kinds, weights)[0]
        path = rng.choice(paths[kind])
        started = time.perf_counter()
        try:
            response = await client.get(path)
            status = response.status_code
        except httpx.HTTPError:
            status = 0
        if time.monotonic() >= measure_from:
            budget[0] -= 1
            samples.append((kind, time.perf_counter() - started, status))
        else:
            warmup.append((kind, time.perf_counter() - started, status))
        if think:
            await asyncio.sleep(rng.expovariate(1 / think))


async def load(base_url: str, mix, clients: int, warmup_s: float, duration: float, think: float, max_requests: int,
               server_pid: int) -> tuple[list, list, float, int]:
    samples: list[tuple[str, float, int]] = []
    warmup: list[tuple[str, float, int]] = []
    peak = [resident_bytes(server_pid)]
    budget = [max_requests]

    async def watch_memory():
        while True:
            peak[0] = max(peak[0], resident_bytes(server_pid))
            await asyncio.sleep(0.5)

    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=base_url, limits=limits, timeout=30) as client:
        watcher = asyncio.create_task(watch_memory())
        measure_from = time.monotonic() + warmup_s
        deadline = measure_from + duration
        await asyncio.gather(*(student(client, random.Random(seed), mix, measure_from, deadline, think, budget,
                                       samples, warmup)
                               for seed in range(clients)))
        elapsed = time.monotonic() - measure_from
        watcher.cancel()
    return samples, warmup, elapsed, peak[0]


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[max(0, int(round(share * len(ordered))) - 1)]


def summary(samples) -> dict:
    latencies = [s[1] for s in samples]
    return {
        "requests": len(samples),
        "errors": sum(1 for s in samples if s[2] != 200),
        "p50_ms": round(statistics.median(latencies) * 1000, 1),
        "p95_ms": round(percentile(latencies, 0.95) * 1000, 1),
        "p99_ms": round(percentile(latencies, 0.99) * 1000, 1),
        "max_ms": round(max(latencies) * 1000, 1),
    }


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, required=True, help="a catalogue.db (python -m bench.catalogue --db …)")
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--warmup", type=float, default=15.0,
                        help="seconds of the same load before measuring (reported apart: caches are cold)")
    parser.add_argument("--duration", type=float, default=60.0, help="seconds of measured load")
    parser.add_argument("--max-requests", type=int, default=20_000, help="stop after this many requests in all")
    parser.add_argument("--think", type=float, default=1.0, help="mean seconds a client waits between requests")
    parser.add_argument("--workers", type=int, default=2, help="uvicorn worker processes")
    parser.add_argument("--no-page-cache", action="store_true",
                        help="run the server without its page cache (OPPORTUNITIES_PAGE_CACHE_MB=0)")
    args = parser.parse_args(argv)

    from feeds import build_feeds

    opportunities = int(subprocess.run(
        [sys.executable, "-c", "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute("
         "'select count(*) from opportunities').fetchone()[0])", str(args.db)],
        capture_output=True, text=True, check=True).stdout)
    work = Path(tempfile.mkdtemp(prefix="bench-load-"))
    build_feeds(args.db, work / "feeds")
    port = free_port()
    env = {**os.environ, "OPPORTUNITIES_DB": str(args.db), "OPPORTUNITIES_FEEDS_DIR": str(work / "feeds")}
    if args.no_page_cache:
        env["OPPORTUNITIES_PAGE_CACHE_MB"] = "0"
    server = subprocess.Popen(
        [str(Path(sys.executable).with_name("uvicorn")), "opportunities.asgi:app", "--workers", str(args.workers),
         "--host", "127.0.0.1", "--port", str(port), "--no-access-log"],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=open(work / "server.log", "w"))
    base_url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(600):
            try:
                if httpx.get(base_url + "/", timeout=5).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.1)
        else:
            raise SystemExit(f"the server did not start; see {work / 'server.log'}")
        mix = page_mix(opportunities)
        samples, warmup, elapsed, peak = asyncio.run(load(base_url, mix, args.clients, args.warmup, args.duration,
                                                          args.think, args.max_requests, server.pid))
    finally:
        server.terminate()
        server.wait(timeout=30)

    overall = summary(samples)
    # A kind of page the clients did not happen to ask for in a short run has no row.
    per_kind = {kind: summary(rows) for kind, _, _ in page_mix(opportunities)
                if (rows := [s for s in samples if s[0] == kind])}
    result = {
        "opportunities": opportunities, "clients": args.clients, "duration_s": round(elapsed, 1),
        "think_s": args.think, "workers": args.workers, "page_cache": not args.no_page_cache, "requests_per_s": round(overall["requests"] / elapsed, 1),
        "overall": overall, "per_kind": per_kind, "server_peak_rss_mib": round(peak / 2**20),
        "warmup": {"seconds": args.warmup, **(summary(warmup) if warmup else {})},
        "errors_by_status": {str(status): sum(1 for s in samples if s[2] == status)
                             for status in sorted({s[2] for s in samples if s[2] != 200})},
        "machine": {"python": platform.python_version(), "platform": platform.platform(), "cpus": os.cpu_count()},
    }
    print(f"{overall['requests']} requests in {elapsed:.1f} s ({result['requests_per_s']} req/s), "
          f"{args.clients} clients, think {args.think} s, {args.workers} workers; errors {overall['errors']}; "
          f"server peak RSS {result['server_peak_rss_mib']} MiB")
    if warmup:
        cold = result["warmup"]
        print(f"warm-up ({args.warmup:.0f} s, not measured): {cold['requests']} requests, {cold['errors']} errors, "
              f"p95 {cold['p95_ms']} ms, max {cold['max_ms']} ms")
    print("\n| pages | requests | errors | p50 (ms) | p95 (ms) | p99 (ms) | max (ms) |\n|---|---|---|---|---|---|---|")
    for kind, row in [("all", overall), *per_kind.items()]:
        print(f"| {kind} | {row['requests']} | {row['errors']} | {row['p50_ms']} | {row['p95_ms']} | "
              f"{row['p99_ms']} | {row['max_ms']} |")
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(result, indent=2))
    return 2 if overall["errors"] or overall["p95_ms"] >= TARGET_P95_S * 1000 else 0


if __name__ == "__main__":
    sys.exit(main())
