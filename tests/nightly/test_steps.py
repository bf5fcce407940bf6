"""Each step of a night is reported for what it is, with its own exit status (docs/operations.md)."""
import socket
import sqlite3
import subprocess

import pytest

from opportunities.lock import RunLock
from tests.nightly.conftest import OPPORTUNITIES, nightly_args, run_nightly

pytestmark = pytest.mark.slow  # crawls through the CLI in a subprocess (pytest -m "not slow" leaves it out)


def opportunities_count(path):
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return db.execute("select count(*) from opportunities").fetchone()[0]
    finally:
        db.close()


def test_feeds_that_cannot_be_written_are_not_a_failed_crawl(site, tmp_path):
    work = tmp_path / "work"
    work.mkdir()
    (work / "feeds").write_text("a file where the feeds directory should be")
    night = run_nightly(site, work, "2025-02-25")
    assert night.returncode == 6, night.stderr[-2000:]
    assert "feeds could not be built" in night.stderr and "previous feeds" in night.stderr
    assert "crawl failed" not in night.stderr and "previous catalogue kept" not in night.stderr
    db = sqlite3.connect(work / "catalogue.db")
    assert db.execute("select status from crawl_runs order by id desc limit 1").fetchone()[0] == "ok"
    db.close()


def test_the_lock_is_taken_before_the_snapshot_port(tmp_path):
    work = tmp_path / "work"
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        with RunLock(work / "nightly.lock"):
            night = subprocess.run(
                [OPPORTUNITIES, "nightly", "--snapshot", "--snapshot-port", str(port), "--db", str(work / "c.db"),
                 "--feeds-dir", str(work / "feeds"), "--lock-file", str(work / "nightly.lock"),
                 "--log-file", str(work / "nightly.log")],
                capture_output=True, text=True, timeout=60)
    assert night.returncode == 75, night.stderr[-2000:]
    assert "another run holds" in night.stderr


def test_a_damaged_catalogue_is_reported_by_every_command_and_rebuilt_by_the_night(site, tmp_path):
    work = tmp_path / "work"
    assert run_nightly(site, work, "2025-02-25").returncode == 0
    catalogue = work / "catalogue.db"
    before = opportunities_count(catalogue)
    with open(catalogue, "r+b") as handle:
        handle.truncate(catalogue.stat().st_size // 3)

    for command in (["feeds", "--out", str(work / "feeds")], ["serve", "--port", "1"],
                    ["reextract", "--cache-dir", str(work / "cache")], ["crawl", "--source", "wbi", "--fast"]):
        result = subprocess.run([OPPORTUNITIES, *command, "--db", str(catalogue)], capture_output=True, text=True,
                                timeout=60)
        assert result.returncode == 1, (command, result.stderr[-2000:])
        assert "is damaged" in result.stderr and "opportunities reextract" in result.stderr, command
        assert "Traceback" not in result.stderr, command

    night = run_nightly(site, work, "2025-02-26")
    assert night.returncode == 7, night.stderr[-2000:]
    assert "rebuilt from the stored pages" in night.stderr
    assert (work / "catalogue.db.damaged").exists()
    db = sqlite3.connect(catalogue)
    assert db.execute("pragma quick_check").fetchone()[0] == "ok"
    db.close()
    assert opportunities_count(catalogue) == before
    # The next night crawls as usual from the rebuilt catalogue.
    assert run_nightly(site, work, "2025-02-26").returncode == 0
