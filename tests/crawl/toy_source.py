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
from bs4 import BeautifulSoup

from scrapers.items import CrawledPage
from scrapers.sources import Source
from scrapers.spiders.base import SiteSpider


class ToyListing:
    """The home page: links to the offers."""

    def __init__(self, url: str, html: bytes | str):
        soup = BeautifulSoup(html, "lxml")
        self.detail_urls = [urljoin(url, a["href"]) for a in soup.select("a.offre[href]")]


class ToyOffer:
    """One offer: the site's own title and text classes (no <h1>, so only this page object finds the title)."""

    kind_hint = None
    canonical_url = None
    published = None

    def __init__(self, url: str, html: bytes | str):
        soup = BeautifulSoup(html, "lxml")
        title, text = soup.select_one("p.titre-offre"), soup.select_one("div.texte-offre")
        if title is None or text is None:
            raise ValueError(f"{url}: not an offer of the toy site")
        self.title = title.get_text(" ", strip=True)
        self.body_text = "\n".join(p.get_text(" ", strip=True) for p in text.find_all("p"))
        self.language = soup.html.get("lang")


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
