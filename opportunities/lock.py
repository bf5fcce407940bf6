"""One nightly run at a time: an advisory lock the kernel releases on death.

``flock`` on a lock file is dropped when the process dies, even by
``kill -9``, so a crashed run never blocks the next one; the file itself
only records who holds it, for the message the second run prints.
"""
from __future__ import annotations

import fcntl
import json
import os
from datetime import datetime, timezone
from pathlib import Path


class AlreadyRunning(RuntimeError):
    """Another run holds the lock."""


class RunLock:
    def __init__(self, path: Path):
        self.path = path
        self._handle = None

    def __enter__(self) -> RunLock:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        handle = open(self.path, "a+")
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.seek(0)
            holder = handle.read().strip() or "{}"
            handle.close()
            try:
                info = json.loads(holder)
            except ValueError:
                info = {}
            raise AlreadyRunning(
                f"another run holds {self.path} (pid {info.get('pid', '?')}, started {info.get('started', '?')}); "
                "this one exits without doing anything"
            ) from None
        handle.seek(0)
        handle.truncate()
        handle.write(json.dumps({"pid": os.getpid(), "started": datetime.now(timezone.utc).isoformat(timespec="seconds")}))
        handle.flush()
        self._handle = handle
        return self

    def __exit__(self, *exc) -> None:
        if self._handle:
            self._handle.seek(0)
            self._handle.truncate()
            fcntl.flock(self._handle, fcntl.LOCK_UN)
            self._handle.close()
            self._handle = None
