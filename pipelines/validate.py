"""First pipeline step: drop items that cannot make a catalogue row, and count them."""
from __future__ import annotations

import logging

from scrapy.exceptions import DropItem

from scrapers.items import CrawledPage, GonePage
from scrapers.sources import sources

logger = logging.getLogger(__name__)


def problems(item: CrawledPage) -> list[str]:
    """What is wrong with a crawled page, in words an operator can act on."""
    found = []
    if not item.url.startswith(("http://", "https://")):
        found.append(f"url is not absolute: {item.url!r}")
    if not item.title or not item.title.strip():
        found.append("no title")
    if not item.body_text or len(item.body_text.strip()) < 20:
        found.append("empty body")
    if item.source not in sources():
        found.append(f"unknown source {item.source!r}")
    return found


class ValidatePipeline:
    @classmethod
    def from_crawler(cls, crawler):
        pipeline = cls()
        pipeline.stats = crawler.stats
        return pipeline

    def process_item(self, item, spider=None):
        if isinstance(item, GonePage):
            return item
        found = problems(item)
        if found:
            self.stats.inc_value("items/dropped_invalid")
            raise DropItem(f"{item.url}: {'; '.join(found)}")
        return item
