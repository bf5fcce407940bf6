"""Duration, peak memory and bytes of a nightly run over the bundled snapshot.

    python -m bench.nightly [--runs 2]

Runs `opportunities nightly --snapshot` in a child process into a fresh
catalogue, then again with nothing changed (the second run is the usual
night: everything revalidated, answered 304, nothing re-extracted). Peak
memory is the child's ru_maxrss (os.wait4); bytes are what crossed the
network (crawl_runs.bytes).
"""
from __future__ import annotations

import argparse
import json
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.conftest import free_port_pair

OPPORTUNITIES = str(Path(sys.executable).with_name("opportunities"))


def one_night(work: Path, port: int) -> dict:
    args = [OPPORTUNITIES, "nightly", "--snapshot", "--snapshot-port", str(port), "--db", str(work / "catalogue.db"),
            "--cache-dir", str(work / "cache"), "--feeds-dir", str(work / "feeds"),
            "--lock-file", str(work / "nightly.lock"), "--log-file", str(work / "nightly.log")]
    start = time.perf_counter()
    child = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                             env={**os.environ, "OPPORTUNITIES_LOG_LEVEL": "WARNING"})
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - start
    with sqlite3.connect(work / "catalogue.db") as db:
        run = db.execute("select pages, items, bytes, duration_s, status from crawl_runs order by id desc limit 1").fetchone()
    return {"exit": os.waitstatus_to_exitcode(status), "wall_s": round(wall, 2), "crawl_s": run[3],
            "peak_rss_mib": round(usage.ru_maxrss / 1024, 1), "responses": run[0], "items": run[1],
            "bytes": run[2], "status": run[4]}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=2)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        port = free_port_pair()
        results = [one_night(Path(tmp), port) for _ in range(args.runs)]
    print("| run | exit | wall s | crawl s | peak RSS (MiB) | responses | items | bytes transferred | verdict |")
    print("|---|---|---|---|---|---|---|---|---|")
    for number, r in enumerate(results, 1):
        print(f"| {number} | {r['exit']} | {r['wall_s']} | {r['crawl_s']} | {r['peak_rss_mib']} | {r['responses']} | "
              f"{r['items']} | {r['bytes']} | {r['status']} |")
    if len(results) > 1 and results[0]["bytes"]:
        print(f"\nsecond run transferred {results[1]['bytes'] / results[0]['bytes']:.1%} of the first's bytes")
    out = Path(__file__).parent / "results"
    out.mkdir(exist_ok=True)
    (out / "nightly.json").write_text(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
