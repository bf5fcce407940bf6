"""What the demo's catalogue says, as a comparable digest, and the committed one it must equal.

A refactor of the crawl, the page objects, the pipelines or the store must
leave the catalogue built from the bundled snapshot as it was; a change of
the extractor may change it on purpose. ``tests/test_catalogue_digest.py``
crawls the snapshot (the suite's shared ``snapshot_catalogue``) and compares
its digest with ``tests/fixtures/snapshot-catalogue.json``; when a change is
meant, the diff says which facts moved and the file is written anew with

    python -m tests.catalogue_digest --write

The digest keeps every fact a student reads (opportunities, deadlines,
stipends, durations, eligibility, other dates, documents, translations,
organisations, legal acts, the pages read and how they were classified;
statuses too, judged as of the snapshot's own date) and
leaves out what differs from run to run: timestamps, row ids given in crawl
order, the loopback address the snapshot was served from, HTTP validators and
the stored JSON record (its
classification reason carries the model's probability, which moves with
every retraining while the verdict does not). The feeds are built from these
tables and tested for byte-identical rebuilds in ``tests/feeds``.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import sqlite_utils

from opportunities.paths import ROOT

DIGEST = ROOT / "tests" / "fixtures" / "snapshot-catalogue.json"
#: Per table, the columns that differ between runs or days (see the module docstring).
VOLATILE = {
    "organisations": set(),
    "opportunities": {"first_seen", "last_seen", "updated", "record"},
    "deadlines": {"id"},
    "stipends": {"id"},
    "durations": set(),
    "eligibility": {"id"},
    "other_dates": {"id"},
    "documents": set(),
    "translations": set(),
    "legal_acts": set(),
    "pages": {"fetched_url", "etag", "last_modified", "first_fetched", "last_fetched", "text"},
}


def digest(db_path: Path) -> dict[str, list[dict]]:
    """Each table's rows without their volatile columns, sorted, so two crawls compare whatever their order."""
    db = sqlite_utils.Database(db_path)
    found = {}
    for table, volatile in VOLATILE.items():
        rows = [{key: value for key, value in row.items() if key not in volatile} for row in db[table].rows]
        found[table] = sorted(rows, key=lambda row: json.dumps(row, sort_keys=True, ensure_ascii=False))
    return found


def differences(expected: dict, actual: dict) -> list[str]:
    """Readable lines naming the rows that are only in one of two digests, table by table."""
    lines = []
    for table in VOLATILE:
        before = {json.dumps(row, sort_keys=True, ensure_ascii=False) for row in expected.get(table, [])}
        after = {json.dumps(row, sort_keys=True, ensure_ascii=False) for row in actual.get(table, [])}
        lines += [f"{table}: - {row[:300]}" for row in sorted(before - after)]
        lines += [f"{table}: + {row[:300]}" for row in sorted(after - before)]
    return lines


def crawl_snapshot(db_path: Path) -> None:
    """The demo's crawl of the bundled snapshot on loopback into ``db_path``."""
    command = [str(Path(sys.executable).with_name("opportunities")), "crawl", "--snapshot", "--snapshot-port", "0",
               "--db", str(db_path), "--cache-dir", str(db_path.parent / "cache")]
    result = subprocess.run(command, capture_output=True, text=True, timeout=240,
                            env={**os.environ, "OPPORTUNITIES_LOG_LEVEL": "WARNING"})
    if result.returncode != 0:
        raise SystemExit(result.stderr[-3000:])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.catalogue_digest", description=__doc__.split("\n\n")[0])
    parser.add_argument("--write", action="store_true", help=f"crawl the snapshot and write {DIGEST.name}")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        db_path = Path(folder) / "catalogue.db"
        crawl_snapshot(db_path)
        found = digest(db_path)
    if args.write:
        DIGEST.write_text(json.dumps(found, indent=1, sort_keys=True, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"wrote {DIGEST.relative_to(ROOT)}")
        return 0
    changed = differences(json.loads(DIGEST.read_text(encoding="utf-8")), found)
    print("\n".join(changed) or "the snapshot's catalogue is the committed one")
    return 1 if changed else 0


if __name__ == "__main__":
    raise SystemExit(main())
