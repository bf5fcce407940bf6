"""A nightly run never corrupts what readers see: lock, kill -9, concurrent readers."""
import hashlib
import os
import signal
import sqlite3
import subprocess
import threading
import time

import pytest

from opportunities.lock import RunLock
from tests.nightly.conftest import nightly_args, run_nightly
from tests.nightly.test_nights import FAO

pytestmark = pytest.mark.slow  # crawls through the CLI in a subprocess (pytest -m "not slow" leaves it out)


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def feed_digests(work):
    feeds = work / "feeds"
    return {str(p.relative_to(feeds)): digest(p) for p in sorted(feeds.rglob("*")) if p.is_file()}


def test_second_run_exits_while_the_first_holds_the_lock(site, tmp_path):
    work = tmp_path / "work"
    with RunLock(work / "nightly.lock"):
        night = run_nightly(site, work, "2025-02-25")
    assert night.returncode == 75
    assert "another run holds" in night.stderr and str(os.getpid()) in night.stderr
    assert not (work / "catalogue.db").exists(), "the refused run did nothing"
    # The lock is free again once its holder is gone.
    assert run_nightly(site, work, "2025-02-25").returncode == 0


def test_run_killed_midway_leaves_previous_catalogue_and_feeds(site, tmp_path):
    work = tmp_path / "work"
    assert run_nightly(site, work, "2025-02-25").returncode == 0
    before_db, before_feeds = digest(work / "catalogue.db"), feed_digests(work)

    site.edit(FAO, "vendredi 14 mars 2025", "vendredi 21 mars 2025")
    slow = [arg for arg in nightly_args(site, work, "2025-02-26") if arg != "--fast"]
    env = {**os.environ, "OPPORTUNITIES_WBI_DELAY": "0.25", "OPPORTUNITIES_EJUSTICE_DELAY": "0.25",
           "OPPORTUNITIES_LOG_LEVEL": "WARNING"}
    process = subprocess.Popen(slow, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                               start_new_session=True)
    build = work / "catalogue.db.build"
    deadline = time.monotonic() + 30
    while not build.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    time.sleep(1.0)  # well inside the crawl: pages are being stored into the build copy
    assert process.poll() is None, "the run finished before it could be killed"
    os.killpg(process.pid, signal.SIGKILL)
    process.wait()

    assert digest(work / "catalogue.db") == before_db
    assert feed_digests(work) == before_feeds
    db = sqlite3.connect(f"file:{work / 'catalogue.db'}?mode=ro", uri=True)
    assert db.execute("pragma integrity_check").fetchone()[0] == "ok"
    db.close()

    # The next run recovers: stale build copy replaced, lock free, change picked up.
    night = run_nightly(site, work, "2025-02-26")
    assert night.returncode == 0, night.stderr[-2000:]
    db = sqlite3.connect(work / "catalogue.db")
    assert db.execute("select next_deadline from opportunities where url like ?", [f"%{FAO}"]).fetchone()[0] == "2025-03-21T23:59"
    db.close()
    assert not build.exists()


SIGNATURE = """
select (select count(*) from opportunities),
       (select group_concat(id || '=' || coalesce(next_deadline, '-'), ',') from (select * from opportunities order by id)),
       (select max(id) from crawl_runs)
"""


def test_readers_see_the_old_or_the_new_catalogue_never_a_mix(site, tmp_path):
    work = tmp_path / "work"
    assert run_nightly(site, work, "2025-02-25").returncode == 0
    path = work / "catalogue.db"

    def signature():
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            return db.execute(SIGNATURE).fetchone()
        finally:
            db.close()

    old = signature()
    site.edit(FAO, "vendredi 14 mars 2025", "vendredi 21 mars 2025")
    seen, errors, stop = [], [], threading.Event()

    def reader():
        while not stop.is_set():
            try:
                seen.append(signature())
            except Exception as exc:  # any error at all fails the test
                errors.append(repr(exc))

    readers = [threading.Thread(target=reader) for _ in range(3)]
    for thread in readers:
        thread.start()
    night = run_nightly(site, work, "2025-02-26")
    time.sleep(0.2)
    stop.set()
    for thread in readers:
        thread.join()
    assert night.returncode == 0, night.stderr[-2000:]
    new = signature()
    assert new != old
    assert errors == []
    assert len(seen) > 50
    assert set(seen) <= {old, new}
    assert seen[-1] == new


def test_a_crawl_refuses_to_build_a_catalogue_another_run_is_building(site, tmp_path):
    from opportunities.snapshot import WBI_HOST
    from tests.nightly.conftest import OPPORTUNITIES

    db = tmp_path / "catalogue.db"
    with RunLock(tmp_path / "catalogue.db.lock"):
        result = subprocess.run([OPPORTUNITIES, "crawl", "--source", "wbi", "--wbi-url", site.urls[WBI_HOST], "--fast",
                                 "--db", str(db), "--cache-dir", str(tmp_path / "cache")],
                                capture_output=True, text=True, timeout=120)
    assert result.returncode == 1
    assert "another run holds" in result.stderr and "catalogue.db.lock" in result.stderr
    assert not db.exists()
