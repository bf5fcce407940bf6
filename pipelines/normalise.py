"""Second pipeline step: run the extraction core on pages that changed, and resolve what the store writes.

A page whose content hash and extractor version match what the catalogue
already holds is not extracted again (``record`` stays None and the store
only marks it seen): an unchanged nightly run costs almost nothing. A page
that is extracted also gets its places (host organisation, city, country)
and its stipends' monthly equivalents here, so the store only stores.
"""
from __future__ import annotations

import logging
from datetime import date

from scrapy.exceptions import DropItem

from normalise.places import ORGANISATIONS, parse_host
from normalise.record import EXTRACTOR_VERSION, extract_record
from pipelines.store import Catalogue
from scrapers.items import CrawledPage

logger = logging.getLogger(__name__)


def resolve(item: CrawledPage) -> CrawledPage:
    """Fill in the places the page names, and each stipend's euros per month as the record states it."""
    host = parse_host(item.body_text, title=item.title)
    organisation = host.organisation if host else None
    spellings = ORGANISATIONS.get(organisation, ()) if organisation else ()
    item.host = {
        "organisation": organisation,
        # The full name when the places table knows one ("Organisation internationale de la Francophonie").
        "organisation_full_name": next((spelling for spelling in spellings if " " in spelling), None),
        "city": host.city if host else None,
        "country": host.country if host else None,
    }
    item.stipends_monthly_eur = [stipend.get("monthly_eur") for stipend in item.record["stipends"]]
    return item


class NormalisePipeline:
    def __init__(self, db_path: str, today: date, force: bool = False):
        self.db_path, self.today, self.force = db_path, today, force
        self.catalogue: Catalogue | None = None

    @classmethod
    def from_crawler(cls, crawler):
        today = crawler.settings.get("OPPORTUNITIES_TODAY")
        pipeline = cls(crawler.settings.get("OPPORTUNITIES_DB_PATH"), date.fromisoformat(today) if today else date.today(),
                       force=crawler.settings.getbool("OPPORTUNITIES_FORCE_EXTRACT"))
        pipeline.stats = crawler.stats
        return pipeline

    def open_spider(self, spider=None):
        self.catalogue = Catalogue(self.db_path)

    def close_spider(self, spider=None):
        if self.catalogue:
            self.catalogue.close()

    def process_item(self, item, spider=None):
        if not isinstance(item, CrawledPage):
            return item
        state = self.catalogue.page_state(item.url)
        unchanged = state and state["content_hash"] == item.content_hash and state["extractor_version"] == EXTRACTOR_VERSION
        if unchanged and not self.force:
            self.stats.inc_value("items/unchanged")
            return item
        reference = date.fromisoformat(item.published) if item.published else self.today
        try:
            item.record = extract_record(
                item.body_text, title=item.title, url=item.url, reference_date=reference,
                language=item.language, kind_hint=item.kind_hint,
            )
            resolve(item)
        except Exception as exc:  # an extractor bug must cost one page, not the night
            self.stats.inc_value("items/extract_failed")
            logger.exception("Extraction failed for %s; the catalogue keeps what it had", item.url)
            raise DropItem(f"extraction failed: {exc}") from exc
        else:
            self.stats.inc_value("items/extracted")
            if item.record.get("extraction_errors"):
                # One field left empty by a parser's error: the page is kept, the error counted and named.
                self.stats.inc_value("items/field_errors")
                self.stats.set_value("items/field_error_urls",
                                     [*(self.stats.get_value("items/field_error_urls") or []), item.url])
                logger.warning("Some fields of %s could not be read: %s", item.url,
                               "; ".join(item.record["extraction_errors"]))
        return item
