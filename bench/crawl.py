"""Crawl throughput: the WBI spider on a generated large site, beside ``scrapy bench``.

    python -m bench.crawl [--pages 5000] [--scrapy-bench-seconds 10] [--no-scrapy-bench]

1. Generates a WBI-like site of ``--pages`` article pages plus their
   listing pages (``bench.large_snapshot``) and serves it from memory on
   127.0.0.1.
2. Runs two crawls of it, each in a child process, through the same code as
   ``opportunities crawl --source wbi --fast`` (``run_crawl``: spider,
   validate → normalise → store pipelines into a fresh catalogue, HTTP cache,
   monitors, atomic publish), with politeness off: no delay, no
   AutoThrottle, 16 requests at a time to the one host (``--fast`` allows 8).
   robots.txt is still fetched and obeyed. The first run fills an empty
   catalogue; the second finds nothing changed (every page answers 304 and
   nothing is extracted), which isolates the cost of the crawl machinery.
3. Runs ``scrapy bench`` (Scrapy's own spider on its own loopback server,
   following links without parsing or storing anything) on the same machine.

Pages/s is responses received / time the crawler ran (``process.start()``,
the ``duration_s`` of the run); the wall time of the child process (imports,
catalogue copy, publish) is reported beside it. Peak memory is the child's
``ru_maxrss`` (``os.wait4``). Prints a Markdown table and writes
``bench/results/crawl.json``. Not a test: run it by hand and copy the table
into docs/benchmarks.md ("## Crawl").
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import re
import subprocess
import sys
import tempfile
import threading
import time
from datetime import date, datetime, timezone
from pathlib import Path

import scrapy

from bench.large_snapshot import LargeSnapshot, serve
from scrapers.sources import no_delays, source

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results" / "crawl.json"
TODAY = date(2025, 2, 25)
#: What ``--fast`` sets (opportunities/cli.py), with 16 requests per host instead of 8.
POLITENESS_OFF = {
    **no_delays(),
    "AUTOTHROTTLE_ENABLED": False,
    "CONCURRENT_REQUESTS": 16,
    "CONCURRENT_REQUESTS_PER_DOMAIN": 16,
    "LOG_LEVEL": "WARNING",
}
#: The crawl budgets (scrapers/settings.py: 5,000 pages a source) would stop the crawl of a 5,500-page site
#: early and measure a partial run: off here, where the site is generated and bounded anyway.
NO_BUDGETS = {"CLOSESPIDER_PAGECOUNT": 0, "OPPORTUNITIES_MAX_PAGES_PER_RUN": 0}


def run_child(argv: list[str], *, cwd: Path | None = None) -> tuple[subprocess.CompletedProcess, float, float]:
    """Run a command; return it, its wall time (s) and its peak resident memory (MiB)."""
    clock = time.perf_counter()
    process = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=cwd,
                               env={**os.environ, "OPPORTUNITIES_LOG_LEVEL": "WARNING"})
    # Read both pipes to the end, then reap with wait4 for this child's own rusage.
    stdout_text, stderr_text = _drain(process)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - clock
    process.returncode = os.waitstatus_to_exitcode(status)
    done = subprocess.CompletedProcess(argv, process.returncode, stdout_text, stderr_text)
    return done, wall, usage.ru_maxrss / 1024  # Linux reports KiB


def _drain(process: subprocess.Popen) -> tuple[str, str]:
    """Both pipes to the end without reaping the child (``communicate`` would reap it and lose its rusage)."""
    chunks: dict[str, list[str]] = {"out": [], "err": []}

    def read(stream, key):
        chunks[key].append(stream.read())

    readers = [threading.Thread(target=read, args=(process.stdout, "out")),
               threading.Thread(target=read, args=(process.stderr, "err"))]
    for reader in readers:
        reader.start()
    for reader in readers:
        reader.join()
    return "".join(chunks["out"]), "".join(chunks["err"])


def crawl_large_site(pages: int, work: Path) -> tuple[dict, dict]:
    """Two crawls of the site: into an empty catalogue, then again with nothing changed."""
    site = LargeSnapshot(articles=pages)
    server = serve(site)
    url = f"http://127.0.0.1:{server.server_address[1]}"
    command = [sys.executable, "-m", "bench.crawl", "--child", url, str(work / "catalogue.db"), str(work / "httpcache")]
    try:
        first, unchanged = (_measure(site, *run_child(command, cwd=ROOT)) for _ in range(2))
    finally:
        server.shutdown()
        server.server_close()
    return first, unchanged


def _measure(site: LargeSnapshot, done: subprocess.CompletedProcess, wall: float, peak: float) -> dict:
    if done.returncode != 0:
        raise SystemExit(f"the crawl failed:\n{done.stderr[-3000:]}")
    result = json.loads(done.stdout.strip().splitlines()[-1])
    return {
        "articles": site.articles,
        "site_pages": site.total_pages,
        "responses": result["pages"],
        "items": result["items"],
        "errors": result["errors"],
        "bytes": result["bytes"],
        "crawl_seconds": result["duration_s"],
        "wall_seconds": round(wall, 2),
        "pages_per_second": round(result["pages"] / result["duration_s"], 1),
        "peak_rss_mib": round(peak, 1),
    }


def child(url: str, db: str, cache: str) -> None:
    """The crawl itself, in its own process (Scrapy's reactor runs once per process)."""
    from opportunities.crawl import run_crawl

    overrides = {**POLITENESS_OFF, **NO_BUDGETS, source("wbi").url_setting: url, "HTTPCACHE_DIR": cache}
    result = run_crawl(Path(db), spiders=("wbi",), overrides=overrides, today=TODAY)
    print(json.dumps({"pages": result.pages, "items": result.items, "errors": result.errors, "bytes": result.bytes,
                      "duration_s": result.duration_s, "status": result.status}))


_RATE = re.compile(r"Crawled (\d+) pages \(at (\d+) pages/min\)")
_STAT = re.compile(r"'(response_received_count|elapsed_time_seconds)': ([\d.]+)")


def scrapy_bench(seconds: int, work: Path) -> dict:
    scrapy_cmd = str(Path(sys.executable).with_name("scrapy"))
    # Outside the project directory, so Scrapy's defaults apply, not our settings.
    done, wall, peak = run_child([scrapy_cmd, "bench", "-s", f"CLOSESPIDER_TIMEOUT={seconds}", "-s", "LOG_LEVEL=INFO"],
                                 cwd=work)
    log = done.stderr
    stats = {name: float(value) for name, value in _STAT.findall(log)}
    rates = [int(rate) for _, rate in _RATE.findall(log)]
    if done.returncode != 0 or "response_received_count" not in stats:
        raise SystemExit(f"scrapy bench failed:\n{log[-3000:]}")
    return {
        "responses": int(stats["response_received_count"]),
        "crawl_seconds": round(stats["elapsed_time_seconds"], 2),
        "pages_per_second": round(stats["response_received_count"] / stats["elapsed_time_seconds"], 1),
        "pages_per_minute_logged": rates,
        "wall_seconds": round(wall, 2),
        "peak_rss_mib": round(peak, 1),  # its loopback server is a grandchild, not counted
    }


def table(first: dict, unchanged: dict, theirs: dict | None) -> str:
    rows = [
        "| crawler | responses | crawl s | pages/s | peak RSS (MiB) | what a page costs |",
        "|---|---|---|---|---|---|",
        f"| WBI spider, first run | {first['responses']} | {first['crawl_seconds']} | {first['pages_per_second']} | "
        f"{first['peak_rss_mib']} | fetch, parse (page objects), extract, store in SQLite, HTTP cache |",
        f"| WBI spider, nothing changed | {unchanged['responses']} | {unchanged['crawl_seconds']} | "
        f"{unchanged['pages_per_second']} | {unchanged['peak_rss_mib']} | conditional fetch (304), parse, hash; "
        f"no extraction |",
    ]
    if theirs:
        rows.append(f"| `scrapy bench` | {theirs['responses']} | {theirs['crawl_seconds']} | "
                    f"{theirs['pages_per_second']} | {theirs['peak_rss_mib']} | fetch, follow links |")
    return "\n".join(rows)


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=5000, help="article pages of the generated site")
    parser.add_argument("--scrapy-bench-seconds", type=int, default=10)
    parser.add_argument("--no-scrapy-bench", action="store_true")
    parser.add_argument("--out", type=Path, default=RESULTS)
    parser.add_argument("--child", nargs=3, metavar=("URL", "DB", "CACHE"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        child(*args.child)
        return
    with tempfile.TemporaryDirectory(prefix="bench-crawl-") as tmp:
        work = Path(tmp)
        first, unchanged = crawl_large_site(args.pages, work)
        theirs = None if args.no_scrapy_bench else scrapy_bench(args.scrapy_bench_seconds, work)
    report = {
        "measured": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "machine": {"nproc": os.cpu_count(), "machine": platform.machine(), "system": platform.platform(),
                    "python": platform.python_version(), "scrapy": scrapy.__version__},
        "politeness_off": POLITENESS_OFF,
        "crawl_first_run": first,
        "crawl_nothing_changed": unchanged,
        "scrapy_bench": theirs,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=2) + "\n")
    print(table(first, unchanged, theirs))
    print(f"\n{first['site_pages']} pages generated ({first['articles']} articles); first run: {first['items']} "
          f"items stored, {first['errors']} errors, {first['bytes'] / 1e6:.1f} MB transferred, child wall time "
          f"{first['wall_seconds']} s; nothing changed: {unchanged['bytes'] / 1e6:.1f} MB, "
          f"{unchanged['wall_seconds']} s. Written to {args.out}")


if __name__ == "__main__":
    main()
