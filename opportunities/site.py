"""How Datasette serves the catalogue (configuration lives in data/).

The catalogue is served read-only but not immutable: the nightly job publishes
a new ``data/catalogue.db`` by ``os.replace`` while Datasette runs. Datasette
opens a file database with ``?mode=ro`` and keeps one connection per thread,
which stays on the old file (the old inode) after a rename. ``FollowingDatabase``
checks the file's identity before each query (one ``os.stat``) and reconnects
when the path names another file, so the next request reads the new catalogue
without a restart. Immutable mode (``-i``) would be wrong: it tells SQLite the
file never changes.
"""
from __future__ import annotations

import asyncio
import os
import shutil
import sqlite3
import sys
import threading
from pathlib import Path

from datasette.database import Database

from opportunities import paths

#: Datasette settings of the public site: bounded SQL time, no facet suggestions
#: (dozens of extra queries per table page on 100,000 rows), moderate pages.
SETTINGS = {
    "sql_time_limit_ms": 1000,
    "facet_time_limit_ms": 400,
    "max_returned_rows": 1000,
    "default_page_size": 50,
    "suggest_facets": "off",
    "max_csv_mb": 20,
    "num_sql_threads": 1,
}


#: The public address of the site (``https://opportunites.example.org``), for absolute links in feeds.
BASE_URL_ENV = "OPPORTUNITIES_BASE_URL"


def public_base_url() -> str:
    """The public address the operator configured (``--base-url`` or ``OPPORTUNITIES_BASE_URL``), or ``""``.

    Without one, links to the site are relative: right on whatever host and port serves them. The
    server never guesses its public address from a request (behind a proxy it would be 127.0.0.1).
    """
    return os.environ.get(BASE_URL_ENV, "").strip().rstrip("/")


def datasette_argv(db_path: Path, *, port: int = 8001, host: str = "127.0.0.1",
                   feeds_dir: Path | None = None) -> list[str]:
    """The ``datasette serve`` command line of the site (not ``-i``: see the module docstring)."""
    datasette = shutil.which("datasette", path=str(Path(sys.executable).parent)) or shutil.which("datasette")
    argv = [
        datasette, "serve", str(db_path),
        "--metadata", str(paths.DATA / "metadata.yaml"),
        "--template-dir", str(paths.DATA / "templates"),
        "--plugins-dir", str(paths.DATA / "plugins"),
        "--static", f"static:{paths.DATA / 'static'}",
        "--static", f"feeds:{feeds_dir or paths.FEEDS}",
    ]
    for name, value in SETTINGS.items():
        argv += ["--setting", name, str(value)]
    return argv + ["--host", host, "--port", str(port)]


def datasette_site(db_path: Path, *, feeds_dir: Path | None = None):
    """The site as a ``Datasette`` object: the same configuration as ``datasette_argv``, for ASGI servers and benches."""
    import yaml
    from datasette.app import Datasette

    return Datasette(
        [str(db_path)],
        metadata=yaml.safe_load((paths.DATA / "metadata.yaml").read_text(encoding="utf-8")),
        template_dir=str(paths.DATA / "templates"),
        plugins_dir=str(paths.DATA / "plugins"),
        static_mounts=[("static", str(paths.DATA / "static")), ("feeds", str(feeds_dir or paths.FEEDS))],
        # The command line takes "on"/"off"; the constructor wants booleans.
        settings={name: (value == "on" if value in ("on", "off") else value) for name, value in SETTINGS.items()},
    )


def file_identity(path: str) -> tuple[int, int] | None:
    """(device, inode) of the file at ``path``: it changes when another file is renamed over it."""
    try:
        stat = os.stat(path)
    except OSError:
        return None
    return stat.st_dev, stat.st_ino


class FollowingDatabase(Database):
    """A read-only file database whose connections follow the path when the file is replaced."""

    def __init__(self, ds, path: str):
        super().__init__(ds, path=path, is_mutable=True)
        self._local = threading.local()

    def _connection(self) -> sqlite3.Connection:
        identity = file_identity(self.path)
        held = getattr(self._local, "held", None)
        if held is not None and (identity is None or held[0] == identity):
            return held[1]
        if held is not None:
            # This thread's connection reads the replaced file: drop it.
            held[1].close()
            if held[1] in self._all_file_connections:
                self._all_file_connections.remove(held[1])
        conn = self.connect()
        self.ds._prepare_connection(conn, self.name)
        self._local.held = (identity, conn)
        return conn

    async def execute_fn(self, fn):
        if self.ds.executor is None:
            return fn(self._connection())
        return await asyncio.get_event_loop().run_in_executor(self.ds.executor, lambda: fn(self._connection()))


def follow_replaced_files(datasette) -> None:
    """Serve every (mutable) file database of ``datasette`` through a ``FollowingDatabase``."""
    for name, db in list(datasette.databases.items()):
        if db.is_memory or not db.path or not db.is_mutable or isinstance(db, FollowingDatabase):
            continue
        datasette.remove_database(name)
        datasette.add_database(FollowingDatabase(datasette, str(db.path)), name=name, route=db.route)
        db.close()
