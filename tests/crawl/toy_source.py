"""A third source, declared the way a new site is added: this one module.

Its spider, its page objects (by URL pattern), its start path, its id
scheme and its pace live here; ``tests/crawl/test_new_source.py`` registers
it through ``OPPORTUNITIES_SOURCE_MODULES`` alone and crawls a loopback copy
of its three pages (tests/fixtures/toy/) into a catalogue. Nothing else in
the project names it. docs/sources.md shows the same shape.
"""
from __future__ import annotations

import hashlib
from urllib.parse import urljoin

import scrapy

from scrapers.items import CrawledPage
from scrapers.pages.tree import parse, select, select_one, text_of
from scrapers.sources import Source
from scrapers.spiders.base import SiteSpider


class ToyListing:
    """The home page: links to the offers."""

    def __init__(self, url: str, html: bytes | str):
        self.detail_urls = [urljoin(url, a.get("href")) for a in select(parse(html), "a.offre[href]")]


class ToyOffer:
    """One offer: the site's own title and text classes (no <h1>, so only this page object finds the title)."""

    kind_hint = None
    canonical_url = None
    published = None

    def __init__(self, url: str, html: bytes | str):
        root = parse(html)
        title, text = select_one(root, "p.titre-offre"), select_one(root, "div.texte-offre")
        if title is None or text is None:
            raise ValueError(f"{url}: not an offer of the toy site")
        self.title = text_of(title, " ", strip=True)
        self.body_text = "\n".join(text_of(p, " ", strip=True) for p in select(text, "p"))
        self.language = root.get("lang")


class ToySpider(SiteSpider):
    name = "toy"
    source = "toy"

    async def start(self):
        for path in self.registered().start_paths:
            yield scrapy.Request(self.absolute(path), callback=self.parse_listing, errback=self.on_error)

    def parse_listing(self, response):
        for url in ToyListing(response.url, response.body).detail_urls:
            yield scrapy.Request(url, callback=self.parse_offer, errback=self.on_error)

    def parse_offer(self, response):
        page = ToyOffer(response.url, response.body)
        yield CrawledPage(
            source=self.source, title=page.title, body_text=page.body_text, language=page.language,
            content_hash=hashlib.sha256(page.body_text.encode()).hexdigest(), **self.page_metadata(response),
        )


SOURCE = Source(
    name="toy",
    spider=ToySpider,
    live_url="https://offres.toy.example",
    start_paths=("/",),
    pages=((r"^/$", ToyListing), (r"^/offres/", ToyOffer)),
    delay=3,
)
