"""The catalogue file: build in a copy, publish by atomic rename.

Readers (Datasette, feed builders) only ever open ``catalogue.db``. A run
copies it to ``catalogue.db.build`` (SQLite's backup API, so a copy taken
while someone reads is consistent), writes there, and publishes with
``os.replace``: a reader sees the old file or the new one, never half of
either; a run killed in the middle leaves the old file untouched and only a
stale build copy, which the next run overwrites.
"""
from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlite_utils

from opportunities.lock import RunLock
from pipelines.schema import migrate


class StepFailed(RuntimeError):
    """A named step of a run (``monitors``, ``publish``…) failed; ``__cause__`` says how."""

    def __init__(self, step: str, cause: BaseException):
        super().__init__(f"{step} failed ({type(cause).__name__}: {cause})")
        self.step = step


class CorruptCatalogue(RuntimeError):
    """The catalogue file exists but SQLite cannot read it whole; the message says what to do."""


def check_catalogue(catalogue: Path) -> None:
    """Raise CorruptCatalogue unless ``catalogue`` is absent or passes ``pragma quick_check``.

    Every command that reads the catalogue calls this first, so a truncated
    or overwritten file is reported as what it is, with the way out, rather
    than as a traceback from deep inside SQLite or Datasette.
    """
    if not catalogue.exists():
        return
    try:
        db = sqlite3.connect(f"file:{catalogue.resolve()}?mode=ro", uri=True)
        try:
            problems = [row[0] for row in db.execute("pragma quick_check(5)")]
        finally:
            db.close()
    except sqlite3.DatabaseError as exc:
        problems = [str(exc)]
    if problems != ["ok"]:
        raise CorruptCatalogue(
            f"the catalogue {catalogue} is damaged ({'; '.join(problems)}). Move it aside and rebuild it from the "
            f"stored pages with `opportunities reextract --db {catalogue} --cache-dir DIR` (the nightly run does "
            "this by itself), or restore a copy."
        )


def build_path_for(catalogue: Path) -> Path:
    return catalogue.with_name(catalogue.name + ".build")


def start_build(catalogue: Path) -> Path:
    """A fresh working copy of the catalogue (or an empty one), migrated."""
    build = build_path_for(catalogue)
    for leftover in (build, Path(f"{build}-journal"), Path(f"{build}-wal"), Path(f"{build}-shm")):
        leftover.unlink(missing_ok=True)
    catalogue.parent.mkdir(parents=True, exist_ok=True)
    target = sqlite3.connect(build)
    if catalogue.exists():
        source = sqlite3.connect(f"file:{catalogue}?mode=ro", uri=True)
        source.backup(target)
        source.close()
    target.close()
    db = sqlite_utils.Database(build)
    migrate(db)
    db.close()
    return build


def publish(build: Path, catalogue: Path) -> None:
    """Make the build the catalogue, atomically, after making it durable."""
    db = sqlite3.connect(build)
    db.execute("PRAGMA journal_mode=DELETE")  # one self-contained file, no -wal beside it
    db.execute("VACUUM")
    db.close()
    with open(build, "rb") as handle:
        os.fsync(handle.fileno())
    os.replace(build, catalogue)
    directory = os.open(catalogue.parent, os.O_RDONLY)
    try:
        os.fsync(directory)
    finally:
        os.close(directory)


@contextmanager
def build_copy(catalogue: Path) -> Iterator[Path]:
    """A build copy of ``catalogue``, published when the block ends without error.

    Only one build of a catalogue at a time (a crawl and a re-extraction
    started together would write the same copy): the second waits for
    nothing and fails with AlreadyRunning.
    """
    with RunLock(catalogue.with_name(catalogue.name + ".lock")):
        build = start_build(catalogue)
        yield build
        try:
            publish(build, catalogue)
        except Exception as exc:  # a full disk, a read-only directory: the old catalogue stays
            raise StepFailed("publish", exc) from exc
