"""A bounded in-memory cache of the site's pages, valid until the nightly publishes a new catalogue.

Every page of the site is a pure function of its URL and of the catalogue
file, which changes once a night (``os.replace``). Fifty students opening
the landing page, the closing-soon list or the same search need not run the
same facets and counts fifty times: the first answer is kept, keyed by the
URL and the catalogue file's version (device, inode, modification time,
size: ``file_version``), so the first request after a publication — or any
write to the file — misses and reads the new data. This is what a caching
reverse proxy in front of Datasette would do, without one to configure.

A page also depends on the reader's language when the browser's
Accept-Language chooses it: ``variant(scope)`` (the negotiated language) is
part of the key. Only complete 200 answers to GET without cookies are kept, at most
``MAX_ENTRY_BYTES`` each and ``MAX_BYTES`` in all (least recently used
first out). ``/feeds/`` and ``/static/`` are files, already cheap, and feeds
are rewritten after the catalogue, so they are never cached.
"""
from __future__ import annotations

import os
from collections import OrderedDict
from collections.abc import Callable

#: Bytes of pages kept per process; ``OPPORTUNITIES_PAGE_CACHE_MB=0`` turns the cache off
#: (bench/catalogue.py does, to time what a page costs to compute).
MAX_BYTES = int(float(os.environ.get("OPPORTUNITIES_PAGE_CACHE_MB", "64")) * 2**20)
MAX_ENTRY_BYTES = 2 * 2**20
UNCACHED_PREFIXES = ("/feeds/", "/static/", "/-/")


def file_version(path: str) -> tuple | None:
    """What changes when the file at ``path`` is replaced (device, inode) or written in place (mtime, size)."""
    try:
        stat = os.stat(path)
    except OSError:
        return None
    return stat.st_dev, stat.st_ino, stat.st_mtime_ns, stat.st_size


class PageCache:
    """ASGI middleware; ``identity()`` names the catalogue file the answers come from, ``variant(scope)``
    what else of the request an answer depends on (the reader's language)."""

    def __init__(self, app, identity: Callable[[], object], *, variant: Callable[[dict], object] = lambda scope: None,
                 max_bytes: int = MAX_BYTES, max_entry_bytes: int = MAX_ENTRY_BYTES):
        self.app, self.identity, self.variant = app, identity, variant
        self.max_bytes, self.max_entry_bytes = max_bytes, max_entry_bytes
        self.entries: OrderedDict[tuple, tuple[dict, bytes]] = OrderedDict()
        self.size = 0
        self.hits = self.misses = 0

    def _cacheable(self, scope) -> bool:
        return (scope["type"] == "http" and scope["method"] == "GET"
                and not scope["path"].startswith(UNCACHED_PREFIXES)
                and not any(name == b"cookie" for name, _ in scope.get("headers", [])))

    async def __call__(self, scope, receive, send):
        if not self._cacheable(scope):
            return await self.app(scope, receive, send)
        key = (self.identity(), self.variant(scope), scope["path"], scope.get("query_string", b""))
        found = self.entries.get(key)
        if found is not None:
            self.entries.move_to_end(key)
            self.hits += 1
            start, body = found
            await send(start)
            await send({"type": "http.response.body", "body": body})
            return None
        self.misses += 1
        start: dict | None = None
        parts: list[bytes] = []
        keep = True

        async def recording_send(message):
            nonlocal start, keep
            if message["type"] == "http.response.start":
                start = message
                headers = {name.lower() for name, _ in message.get("headers", [])}
                keep = message["status"] == 200 and b"set-cookie" not in headers
            elif message["type"] == "http.response.body" and keep:
                parts.append(message.get("body", b""))
                if message.get("more_body") or sum(map(len, parts)) > self.max_entry_bytes:
                    keep = False  # a stream, or too large: passed through, not kept
                    parts.clear()
            await send(message)

        await self.app(scope, receive, recording_send)
        if keep and start is not None and parts:
            self._store(key, start, b"".join(parts))
        return None

    def _store(self, key: tuple, start: dict, body: bytes) -> None:
        if key[0] != self.identity():
            return  # the catalogue was replaced while this answer was computed
        for stale in [k for k in self.entries if k[0] != key[0]]:
            self.size -= len(self.entries.pop(stale)[1])
        self.entries[key] = (start, body)
        self.size += len(body)
        while self.size > self.max_bytes:
            self.size -= len(self.entries.popitem(last=False)[1][1])
