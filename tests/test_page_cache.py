"""The page cache: one computation per page and catalogue file, bounded, never stale after a publication."""
from __future__ import annotations

import asyncio

from opportunities.page_cache import PageCache


class CountingApp:
    """An ASGI app answering ``status`` with a body naming the path and the call number."""

    def __init__(self, status: int = 200, chunks: int = 1, size: int = 10):
        self.calls, self.status, self.chunks, self.size = 0, status, chunks, size

    async def __call__(self, scope, receive, send):
        self.calls += 1
        await send({"type": "http.response.start", "status": self.status, "headers": [(b"content-type", b"text/html")]})
        body = f"{scope['path']}#{self.calls}".encode().ljust(self.size, b".")
        for n in range(self.chunks):
            await send({"type": "http.response.body", "body": body, "more_body": n < self.chunks - 1})


def get(app, path: str, headers=()) -> bytes:
    sent = []

    async def send(message):
        sent.append(message)

    scope = {"type": "http", "method": "GET", "path": path, "query_string": b"", "headers": list(headers)}
    asyncio.run(app(scope, None, send))
    return b"".join(m.get("body", b"") for m in sent if m["type"] == "http.response.body")


def test_a_page_is_computed_once_per_catalogue_file():
    inner, file = CountingApp(), ["inode-1"]
    cache = PageCache(inner, lambda: file[0])
    assert get(cache, "/") == get(cache, "/") == b"/#1......."
    assert inner.calls == 1
    file[0] = "inode-2"  # the nightly replaced the catalogue
    assert get(cache, "/").startswith(b"/#2")
    assert len(cache.entries) == 1  # the old file's pages are gone


def test_errors_streams_cookies_feeds_and_large_pages_are_not_kept():
    for inner, path, headers in (
        (CountingApp(status=500), "/", ()),
        (CountingApp(chunks=3), "/catalogue/opportunities.csv", ()),
        (CountingApp(), "/", [(b"cookie", b"ds_actor=x")]),
        (CountingApp(), "/feeds/deadlines.rss", ()),
        (CountingApp(size=3_000_000), "/big", ()),
    ):
        cache = PageCache(inner, lambda: "inode")
        first, second = get(cache, path, headers), get(cache, path, headers)
        assert inner.calls == 2 and first != second, path


def test_the_cache_stays_within_its_byte_budget():
    inner = CountingApp(size=1000)
    cache = PageCache(inner, lambda: "inode", max_bytes=5000)
    for n in range(20):
        get(cache, f"/catalogue/opportunities/{n}")
    assert cache.size <= 5000 and len(cache.entries) == 5
    get(cache, "/catalogue/opportunities/19")
    assert inner.calls == 20  # the most recent pages are the ones kept


def test_a_file_written_in_place_is_a_new_version(tmp_path):
    import os

    from opportunities.page_cache import file_version

    path = tmp_path / "catalogue.db"
    path.write_bytes(b"one")
    before = file_version(str(path))
    path.write_bytes(b"three")
    os.utime(path, ns=(before[2] + 1_000_000, before[2] + 1_000_000))
    assert file_version(str(path)) != before
    assert file_version(str(tmp_path / "missing.db")) is None
