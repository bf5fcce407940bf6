"""A loopback HTTP server that misbehaves on request, for crawl tests.

Paths that are not scripted are answered from a snapshot directory exactly
as ``opportunities.snapshot`` answers them (ETag, Last-Modified, 304 on a
conditional request), so a WBI crawl works against it as against the
bundled snapshot. A scripted path answers with its list of ``Reply``s in
turn, the last one repeating::

    with FaultServer() as server:
        server.script("/fr/bourses", Reply(503, headers={"Retry-After": "1"}), Reply())
        server.script("/fr/actualites/x", Reply(delay=5))          # a timeout
        ...crawl server.url...
        server.hits("/fr/bourses")                                # [Hit, Hit]

``Reply()`` with no body serves the snapshot file. Every request is logged
(``server.log``) with its arrival and end times (``time.monotonic()``) and
headers, so tests can check pacing, concurrency and counts.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import socket
import sqlite3
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from opportunities.snapshot import SNAPSHOT_DIR, WBI_HOST, content_type, file_for

WBI_ROOT = SNAPSHOT_DIR / WBI_HOST
_LAST_MODIFIED = "Mon, 03 Mar 2025 08:00:00 GMT"


@dataclass
class Reply:
    """One scripted answer.

    status/headers/body: what to send (``body=None``: the snapshot file, or a
    404 page when there is none). ``delay``: seconds to wait before answering
    (longer than the crawler's timeout = a timeout). ``location``: sets the
    Location header (redirects); a path is made absolute on this server.
    ``send_bytes``: send only the first N bytes of the body while declaring
    its full length, then close (a connection cut mid-body).
    ``no_length``: no Content-Length, the body ends when the connection
    closes (how a server streams an unbounded body).
    """

    status: int = 200
    body: bytes | None = None
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    location: str | None = None
    send_bytes: int | None = None
    no_length: bool = False
    content_type: str | None = None


@dataclass
class Hit:
    path: str
    headers: dict[str, str]
    started: float
    ended: float | None = None
    status: int | None = None


class FaultServer:
    def __init__(self, root: Path = WBI_ROOT, *, host_name: str = WBI_HOST, port: int = 0):
        self.root = root
        self.host_name = host_name  # picks the snapshot's Content-Type rules (eJustice sends no charset)
        self.scripts: dict[str, list[Reply]] = {}
        #: seconds every answer takes on top of its own ``delay`` (makes overlapping requests visible)
        self.delay_all = 0.0
        self.log: list[Hit] = []
        self._lock = threading.Lock()
        self._in_flight = 0
        self.max_in_flight = 0
        self._server = _Server(("127.0.0.1", port), _handler_for(self))
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, name="faultserver", daemon=True)
        self._thread.start()

    # -- setup -------------------------------------------------------------
    @property
    def port(self) -> int:
        return self._server.server_address[1]

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def script(self, path: str, *replies: Reply) -> None:
        """Answer ``path`` (with its query string) with ``replies`` in turn; the last repeats."""
        self.scripts[path] = list(replies)

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def __enter__(self) -> FaultServer:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- what happened -----------------------------------------------------
    def hits(self, path: str | None = None) -> list[Hit]:
        with self._lock:
            return [hit for hit in self.log if path is None or hit.path == path]

    def paths(self) -> list[str]:
        return [hit.path for hit in self.hits()]

    # -- content helpers ---------------------------------------------------
    def page(self, path: str) -> bytes:
        """The snapshot bytes that answer ``path``."""
        target = file_for(self.root, path)
        if target is None:
            raise FileNotFoundError(path)
        return target.read_bytes()

    # -- serving -----------------------------------------------------------
    def _next_reply(self, path: str) -> Reply | None:
        with self._lock:
            replies = self.scripts.get(path)
            if not replies:
                return None
            return replies.pop(0) if len(replies) > 1 else replies[0]

    def _enter(self, path: str, headers: dict[str, str]) -> Hit:
        hit = Hit(path, headers, time.monotonic())
        with self._lock:
            self.log.append(hit)
            self._in_flight += 1
            self.max_in_flight = max(self.max_in_flight, self._in_flight)
        return hit

    def _leave(self, hit: Hit, status: int | None) -> None:
        with self._lock:
            self._in_flight -= 1
            hit.ended = time.monotonic()
            hit.status = status


class _Server(ThreadingHTTPServer):
    # The default backlog of 5 drops connections when the crawler opens 8 at
    # once; the client then waits a second for a SYN retry: a false timeout.
    request_queue_size = 128


def _handler_for(server: FaultServer) -> type[BaseHTTPRequestHandler]:
    class FaultHandler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        server_version = "faultserver"
        sys_version = ""

        def log_message(self, format, *args):  # noqa: A002 - signature from the base class
            pass

        def do_GET(self):
            hit = server._enter(self.path, {k: v for k, v in self.headers.items()})
            status = None
            try:
                status = self._answer(server._next_reply(self.path) or Reply())
            except (BrokenPipeError, ConnectionResetError, socket.timeout):
                pass  # the crawler gave up first (a timeout, a size limit): that is the point
            finally:
                server._leave(hit, status)

        def _answer(self, reply: Reply) -> int:
            if reply.delay or server.delay_all:
                time.sleep(reply.delay + server.delay_all)
            body = reply.body
            ctype = reply.content_type
            etag = None
            if body is None and reply.status == 200 and reply.location is None:
                target = file_for(server.root, self.path)
                if target is None:
                    return self._send(404, b"<!DOCTYPE html><html><body><h1>Page introuvable</h1></body></html>",
                                      "text/html; charset=UTF-8", reply)
                body = target.read_bytes()
                ctype = ctype or content_type(server.host_name, target)
                etag = '"%s"' % hashlib.sha1(body).hexdigest()[:16]
                if self.headers.get("If-None-Match") == etag:
                    self.send_response(304)
                    self.send_header("ETag", etag)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return 304
            return self._send(reply.status, body or b"", ctype or "text/html; charset=UTF-8", reply, etag)

        def _send(self, status: int, body: bytes, ctype: str, reply: Reply, etag: str | None = None) -> int:
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            if etag:
                self.send_header("ETag", etag)
                self.send_header("Last-Modified", _LAST_MODIFIED)
            if reply.location is not None:
                location = reply.location if "://" in reply.location else server.url + reply.location
                self.send_header("Location", location)
            for name, value in reply.headers.items():
                self.send_header(name, value)
            if reply.no_length:
                self.send_header("Connection", "close")
                self.close_connection = True
            else:
                self.send_header("Content-Length", str(len(body)))
            if reply.send_bytes is not None:
                self.send_header("Connection", "close")
                self.close_connection = True
                body = body[:reply.send_bytes]
            self.end_headers()
            self.wfile.write(body)
            self.wfile.flush()
            return status

    return FaultHandler


# -- bodies for common faults --------------------------------------------------

_CARD = re.compile(rb'<div class="search-result[ "].*?</article>\s*</div>', re.S)


def without_cards(html: bytes) -> bytes:
    """A listing page whose result cards are gone (the markup changed or the view broke)."""
    stripped = _CARD.sub(b"", html)
    assert b"search-result" not in stripped.replace(b"search-result__", b""), "card markup not recognised"
    return stripped


def truncated(html: bytes, keep: float = 0.6) -> bytes:
    """The first part of a page, as a server that dies mid-page sends it (no closing tags)."""
    return html[: int(len(html) * keep)]


# -- running a crawl against it ------------------------------------------------

OPPORTUNITIES = str(Path(sys.executable).with_name("opportunities"))
TODAY = "2025-02-25"  # the snapshot's date: statuses do not depend on the real clock
#: Short limits so a faulty run takes seconds (settings read these, docs/crawling.md).
QUICK_ENV = {
    "OPPORTUNITIES_LOG_LEVEL": "WARNING",
    "OPPORTUNITIES_RETRY_TIMES": "2",
    "OPPORTUNITIES_RETRY_BACKOFF_BASE": "0.2",
    "OPPORTUNITIES_DOWNLOAD_TIMEOUT": "5",
    "OPPORTUNITIES_PROGRESS_INTERVAL": "0",
}


def crawl_command(url: str, db: Path, cache: Path, *, fast: bool = True, env: dict | None = None,
                  extra: tuple[str, ...] = (), source: str = "wbi") -> tuple[list[str], dict]:
    """Arguments and environment of ``opportunities crawl --source SOURCE`` of ``url``."""
    args = [OPPORTUNITIES, "crawl", "--source", source, f"--{source}-url", url, "--db", str(db),
            "--cache-dir", str(cache), "--today", TODAY, *extra]
    if fast:
        args.append("--fast")
    return args, {**os.environ, **QUICK_ENV, **(env or {})}


def crawl_cli(url: str, db: Path, cache: Path, *, fast: bool = True, env: dict | None = None,
              extra: tuple[str, ...] = (), source: str = "wbi", stderr=subprocess.PIPE):
    """``opportunities crawl --source SOURCE`` of ``url`` in a subprocess (Scrapy's reactor cannot restart)."""
    args, full_env = crawl_command(url, db, cache, fast=fast, env=env, extra=extra, source=source)
    return subprocess.run(args, stdout=subprocess.PIPE, stderr=stderr, text=True, timeout=120, env=full_env)


def last_run_stats(db: Path, spider: str = "wbi") -> dict:
    with sqlite3.connect(db) as conn:
        details = conn.execute("select details from crawl_runs order by id desc limit 1").fetchone()[0]
    return json.loads(details)["stats"][spider]


def opportunity_facts(db: Path) -> dict[str, dict]:
    """Per opportunity: what a student sees (row fields and child rows), without the run's timestamps."""
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    try:
        facts = {}
        for row in conn.execute("select * from opportunities order by id"):
            fields = {k: row[k] for k in row.keys() if k not in ("last_seen", "updated", "first_seen")}
            for table in ("deadlines", "stipends", "eligibility", "documents"):
                fields[table] = sorted(
                    json.dumps({k: r[k] for k in r.keys()}, sort_keys=True, default=str)
                    for r in conn.execute(f"select * from {table} where opportunity_id = ?", [row["id"]])
                )
            facts[row["id"]] = fields
        return facts
    finally:
        conn.close()
