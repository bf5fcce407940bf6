"""Serve the bundled site snapshot on loopback, as the live sites would.

Each registered source (scrapers.sources) with a folder
``data/snapshot/<host>/`` gets its own port so that its ``robots.txt`` sits at
the root, exactly like on the live host. URLs map to files by one rule (see
``path_for``, which ``file_for`` applies), and responses carry what the
spiders rely on live: an ETag and Last-Modified answered with 304 on a
conditional request, and the source's own HTML Content-Type (eJustice's
``text/html`` has no charset: the page declares ISO-8859-1 in a meta tag only).
"""
from __future__ import annotations

import email.utils
import hashlib
import mimetypes
import threading
from datetime import date
from dataclasses import dataclass
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

from scrapers.sources import source, sources

SNAPSHOT_DIR = Path(__file__).resolve().parent.parent / "data" / "snapshot"
#: The two sites the bundled snapshot holds, as tests and tools name them.
WBI_HOST = source("wbi").host
EJUSTICE_HOST = source("ejustice").host
#: The day the snapshot stands for: a catalogue built from it computes
#: open/closed statuses as of this date, so the demo looks as the live
#: catalogue looked then instead of showing every 2025 call as closed.
SNAPSHOT_DATE = date(2025, 2, 25)

# A fixed date keeps responses identical between runs (the snapshot does not age).
_SNAPSHOT_LAST_MODIFIED = "Mon, 03 Mar 2025 08:00:00 GMT"


def path_for(url: str) -> Path:
    """The snapshot file, relative to its host folder, that holds the answer to ``url``.

    The one rule the server, both snapshot builders, capture mode and the
    tests share: a query goes to ``<path>/index@<query>.html``, a path whose
    last part has a file extension (robots.txt, a PDF) is that file, any
    other path is ``<path>/index.html``. ``url`` may be a full URL or a path
    with its query; a path that would leave the folder is a ValueError.
    """
    parts = urlsplit(url)
    path = Path(unquote(parts.path).strip("/"))
    if ".." in path.parts:
        raise ValueError(f"{url}: a path that would leave the snapshot folder")
    if parts.query:
        return path / f"index@{unquote(parts.query)}.html"
    if path.suffix:
        return path
    return path / "index.html"


def file_for(root: Path, raw_path: str) -> Path | None:
    """The file under ``root`` that answers a request path (``path_for``'s rule), or None; never outside ``root``."""
    try:
        candidate = (root / path_for(raw_path)).resolve()
    except ValueError:
        return None
    inside = candidate.is_relative_to(root.resolve())
    return candidate if inside and candidate.is_file() else None


def make_handler(host: str, root: Path) -> type[BaseHTTPRequestHandler]:
    class SnapshotHandler(BaseHTTPRequestHandler):
        server_version = "snapshot"
        sys_version = ""

        def log_message(self, format, *args):  # noqa: A002 - signature from the base class
            pass

        def do_HEAD(self):
            self._answer(send_body=False)

        def do_GET(self):
            self._answer(send_body=True)

        def _answer(self, send_body: bool) -> None:
            target = file_for(root, self.path)
            if target is None:
                body = b"<!DOCTYPE html><html><head><title>Page introuvable</title></head><body><h1>Page introuvable</h1></body></html>"
                self.send_response(HTTPStatus.NOT_FOUND)
                self.send_header("Content-Type", "text/html; charset=UTF-8")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                if send_body:
                    self.wfile.write(body)
                return
            body = target.read_bytes()
            etag = '"%s"' % hashlib.sha1(body).hexdigest()[:16]
            if self.headers.get("If-None-Match") == etag or (
                not self.headers.get("If-None-Match")
                and self.headers.get("If-Modified-Since") == _SNAPSHOT_LAST_MODIFIED
            ):
                self.send_response(HTTPStatus.NOT_MODIFIED)
                self.send_header("ETag", etag)
                self.end_headers()
                return
            self.send_response(HTTPStatus.OK)
            self.send_header("Content-Type", content_type(host, target))
            self.send_header("Content-Length", str(len(body)))
            self.send_header("ETag", etag)
            self.send_header("Last-Modified", _SNAPSHOT_LAST_MODIFIED)
            self.send_header("Date", email.utils.formatdate(usegmt=True))
            self.end_headers()
            if send_body:
                self.wfile.write(body)

    return SnapshotHandler


def content_type(host: str, target: Path) -> str:
    if target.suffix == ".html":
        registered = next((found for found in sources().values() if found.host == host), None)
        return registered.html_content_type if registered else "text/html; charset=UTF-8"
    if target.name == "robots.txt":
        return "text/plain; charset=UTF-8"
    return mimetypes.guess_type(target.name)[0] or "application/octet-stream"


@dataclass
class RunningSnapshot:
    """The snapshot servers, one per site, and their base URLs."""

    servers: dict[str, ThreadingHTTPServer]

    @property
    def urls(self) -> dict[str, str]:
        return {host: f"http://127.0.0.1:{srv.server_address[1]}" for host, srv in self.servers.items()}

    def close(self) -> None:
        for server in self.servers.values():
            server.shutdown()
            server.server_close()

    def __enter__(self) -> RunningSnapshot:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


class SnapshotServer(ThreadingHTTPServer):
    # A fast crawl opens 16 connections at once; the default backlog of 5
    # makes the extra ones stall and look like timeouts.
    request_queue_size = 64
    daemon_threads = True


def serve_snapshot(port: int = 0, snapshot_dir: Path = SNAPSHOT_DIR, host: str = "127.0.0.1") -> RunningSnapshot:
    """Start one server per site of the snapshot in background threads.

    The sites take ports in the registry's order: WBI listens on ``port`` and
    eJustice on ``port + 1`` (all ephemeral when ``port`` is 0, which is what
    tests use).
    """
    servers: dict[str, ThreadingHTTPServer] = {}
    sites = [found.host for found in sources().values() if (snapshot_dir / found.host).is_dir()]
    for offset, site in enumerate(sites):
        root = snapshot_dir / site
        server = SnapshotServer((host, port + offset if port else 0), make_handler(site, root))
        threading.Thread(target=server.serve_forever, name=f"snapshot-{site}", daemon=True).start()
        servers[site] = server
    return RunningSnapshot(servers)
