"""Fixtures shared by test packages: the catalogue of the bundled snapshot, crawled once a session."""
from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

OPPORTUNITIES = str(Path(sys.executable).with_name("opportunities"))


def free_port_pair() -> int:
    """A port P with P and P+1 free on loopback (the snapshot serves WBI on P, eJustice on P+1)."""
    for _ in range(50):
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
        try:
            with socket.socket() as first, socket.socket() as second:
                first.bind(("127.0.0.1", port))
                second.bind(("127.0.0.1", port + 1))
            return port
        except OSError:
            continue
    raise RuntimeError("no free ports on loopback")


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
