"""What the whole suite shares: the seed texts, the bundled snapshot and its server, loopback ports.

Constants and helpers here are imported by test modules that need them at
collection time (``from tests.conftest import SEEDS``); fixtures are found
by pytest. The snapshot's URL → file rule is ``opportunities.snapshot.path_for``,
the one the server, both snapshot builders and these helpers use.
"""
from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from opportunities.paths import ROOT
from opportunities.snapshot import SNAPSHOT_DIR, path_for, serve_snapshot

OPPORTUNITIES = str(Path(sys.executable).with_name("opportunities"))
#: The hand-checked page texts the snapshot's WBI pages are built from (tests/fixtures/seeds/).
SEEDS = ROOT / "tests" / "fixtures" / "seeds"


def seed_text(name: str) -> str:
    """A seed text as written (front matter included)."""
    return (SEEDS / name).read_text(encoding="utf-8")


def snapshot_file(host: str, url: str) -> Path:
    """The bundled snapshot's file for a URL (or a path with its query) of ``host``."""
    return SNAPSHOT_DIR / host / path_for(url)


def free_port_pair() -> int:
    """A port P with P and P+1 free (the snapshot serves two sites)."""
    for _ in range(50):
        with socket.socket() as first:
            first.bind(("127.0.0.1", 0))
            port = first.getsockname()[1]
            with socket.socket() as second:
                try:
                    second.bind(("127.0.0.1", port + 1))
                except OSError:
                    continue
            return port
    raise RuntimeError("no two consecutive free ports on loopback")


@pytest.fixture(scope="session")
def snapshot_urls() -> dict[str, str]:
    """The bundled snapshot served on loopback for the session: host → base URL."""
    with serve_snapshot(0) as running:
        yield running.urls


@pytest.fixture(scope="session")
def snapshot_catalogue(tmp_path_factory) -> Path:
    """``catalogue.db`` crawled from the bundled snapshot on loopback (as ``opportunities demo``); read it only."""
    work = tmp_path_factory.mktemp("snapshot-catalogue")
    db_path = work / "catalogue.db"
    result = subprocess.run(
        [OPPORTUNITIES, "crawl", "--snapshot", "--snapshot-port", str(free_port_pair()), "--db", str(db_path),
         "--cache-dir", str(work / "cache")],
        capture_output=True, text=True, timeout=240, env={**os.environ, "OPPORTUNITIES_LOG_LEVEL": "WARNING"})
    assert result.returncode == 0, result.stderr[-3000:]
    return db_path
