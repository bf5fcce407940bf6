"""Capture mode: save the raw answers of a sample of pages, to rebuild the snapshot and fixtures from the live site.

``opportunities crawl --capture DIR`` (setting ``OPPORTUNITIES_CAPTURE_DIR``)
keeps, byte for byte as received, every WBI listing page and a few pages of
each other kind (``CAPTURE_SAMPLE``). Files go under ``DIR/<live host>/`` in
the snapshot server's layout (``opportunities.snapshot.path_for``), so a
capture can be served and crawled like ``data/snapshot/``, and copied into
it or into ``tests/fixtures/`` to replace reconstructed pages with real ones.
``DIR/manifest-<spider>.json`` lists what was saved: live URL, kind, status,
Content-Type and file.
"""
from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import urlsplit

from scrapy import signals
from scrapy.exceptions import NotConfigured

from opportunities.snapshot import path_for

#: How many answers of each kind a capture keeps (None: all of them).
CAPTURE_SAMPLE = {"listing": None, "programme": 3, "news": 2, "act": 2, "search": 1}


def page_kind(url: str, callback_name: str | None) -> str | None:
    """Which sample a crawled live URL belongs to, or None for what is not captured (robots.txt, files)."""
    path = urlsplit(url).path
    if callback_name == "parse_listing":
        return "listing"
    if "/cgi_loi/list.pl" in path:
        return "search"
    if path.startswith("/eli/") or "/cgi_loi/article.pl" in path:
        return "act"
    if "/aide-service/" in path:
        return "programme"
    if callback_name == "parse_article":
        return "news"
    return None


class CaptureSample:
    """A Scrapy extension that writes the sampled responses of one spider to the capture folder."""

    def __init__(self, crawler, folder: Path):
        self.folder = folder
        self.kept: dict[str, int] = {}
        self.manifest: list[dict] = []
        crawler.signals.connect(self.response_received, signal=signals.response_received)
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler):
        folder = crawler.settings.get("OPPORTUNITIES_CAPTURE_DIR")
        if not folder:
            raise NotConfigured
        return cls(crawler, Path(folder))

    def response_received(self, response, request, spider):
        if response.status != 200:
            return
        url = spider.canonical(response.url)
        callback = getattr(request.callback, "__name__", None)
        kind = page_kind(url, callback)
        limit = CAPTURE_SAMPLE.get(kind, 0) if kind else 0
        if limit is not None and self.kept.get(kind, 0) >= limit:
            return
        target = Path(urlsplit(url).hostname) / path_for(url)
        if any(entry["file"] == str(target) for entry in self.manifest):
            return  # ?page=0 and the bare listing are two URLs; a revisit is the same file
        self.kept[kind] = self.kept.get(kind, 0) + 1
        (self.folder / target).parent.mkdir(parents=True, exist_ok=True)
        (self.folder / target).write_bytes(response.body)
        self.manifest.append({"url": url, "kind": kind, "status": response.status, "file": str(target),
                              "content_type": (response.headers.get("Content-Type") or b"").decode("latin-1")})
        spider.crawler.stats.inc_value(f"capture/{kind}")

    def spider_closed(self, spider):
        self.folder.mkdir(parents=True, exist_ok=True)
        (self.folder / f"manifest-{spider.name}.json").write_text(
            json.dumps(sorted(self.manifest, key=lambda e: (e["kind"], e["url"])), ensure_ascii=False, indent=1) + "\n",
            encoding="utf-8")
