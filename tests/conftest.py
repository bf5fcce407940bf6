"""What the whole suite shares: the seed texts, the bundled snapshot, its server and its catalogue.

Tests may run in parallel (``make test`` runs pytest-xdist workers): a
loopback server binds port 0, and a test writes under its own temporary
folder (besides the browser screenshots in tests/artifacts/, one file each).

Constants and helpers here are imported by test modules that need them at
collection time (``from tests.conftest import SEEDS``); fixtures are found
by pytest. The snapshot's URL → file rule is ``opportunities.snapshot.path_for``,
the one the server, both snapshot builders and these helpers use.
"""
from __future__ import annotations

import os
import socket
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest
from filelock import FileLock

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


def free_port() -> int:
    """A free port on loopback (a server started on it by another process, which cannot take port 0)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def free_port_pair() -> int:
    """A port P with P and P+1 free (the snapshot serves two sites), for the tests that must know it in advance.

    Crawling the snapshot twice on the same port is how the HTTP cache
    recognises its pages (``--snapshot-port``); a test that crawls once
    passes ``--snapshot-port 0`` instead.
    """
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
    """``catalogue.db`` crawled from the bundled snapshot on loopback (as ``opportunities demo``); read it only.

    Crawled once per test run: under pytest-xdist the first worker that asks
    crawls it into the run's shared temporary folder while the others wait on
    a file lock, then all read the same file (the pattern of xdist's docs).
    A test that changes the catalogue works on a ``copy_catalogue`` of it.
    """
    base = tmp_path_factory.getbasetemp()
    shared = base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base
    work = shared / "snapshot-catalogue"
    db_path, crawled = work / "catalogue.db", work / "crawled"
    with FileLock(shared / "snapshot-catalogue.lock"):
        if not crawled.exists():  # a worker whose crawl failed leaves it to the next to try (and fail) again
            result = subprocess.run(
                [OPPORTUNITIES, "crawl", "--snapshot", "--snapshot-port", "0", "--db", str(db_path),
                 "--cache-dir", str(work / "cache")],
                capture_output=True, text=True, timeout=240, env={**os.environ, "OPPORTUNITIES_LOG_LEVEL": "WARNING"})
            assert result.returncode == 0, result.stderr[-3000:]
            crawled.touch()
    return db_path


@pytest.fixture(scope="session")
def sample_catalogue_once(tmp_path_factory) -> Path:
    """The sample catalogue of tests/feeds/sample_catalogue.py, built once per worker; take ``sample_catalogue``."""
    from tests.feeds.sample_catalogue import build_sample_catalogue

    return build_sample_catalogue(tmp_path_factory.mktemp("sample-catalogue") / "catalogue.db")


@pytest.fixture
def sample_catalogue(sample_catalogue_once, tmp_path) -> Path:
    """The test's own copy of the sample catalogue (feeds, site and Datasette tests), free to change."""
    return copy_catalogue(sample_catalogue_once, tmp_path / "catalogue.db")


def copy_catalogue(source: Path, target: Path) -> Path:
    """``source`` copied to ``target`` with SQLite's backup API (whole, whatever its journal holds)."""
    with closing(sqlite3.connect(f"file:{source}?mode=ro", uri=True)) as reading, \
            closing(sqlite3.connect(target)) as writing:
        reading.backup(writing)
    return target
