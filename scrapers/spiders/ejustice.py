"""Fetch the configured eJustice/Justel acts (ELI URLs).

eJustice's robots.txt disallows every legislation path. This spider asks
for the configured acts through the normal downloader, where the robots
middleware refuses each one with a clear message unless the operator put it
on the explicit allowlist (SOURCES.md policy, docs/sources.md). Parsing is in
``scrapers.pages.ejustice``; the live site's non-content answers (bot
challenge, ELI help page with status 200, "no text" shells, SQL errors) are
failures here, never pages.
"""
from __future__ import annotations

import scrapy

from scrapers.items import CrawledPage
from scrapers.pages.ejustice import JustelActPage, NonContentPage, PageLayoutError
from scrapers.spiders.base import SiteSpider


class EjusticeSpider(SiteSpider):
    name = "ejustice"
    source = "ejustice"
    live_base_url = "https://www.ejustice.just.fgov.be"
    base_url_setting = "OPPORTUNITIES_EJUSTICE_URL"
    delay_setting = "OPPORTUNITIES_EJUSTICE_DELAY"

    async def start(self):
        for path in self.settings.getlist("OPPORTUNITIES_EJUSTICE_ELIS"):
            yield scrapy.Request(self.absolute(path), callback=self.parse_act, errback=self.on_error,
                                 cb_kwargs={"eli_path": path})

    def parse_act(self, response, eli_path: str, fallback: bool = False):
        if response.status in (404, 410):
            yield self.gone(response)
            return
        try:
            page = JustelActPage(response.url, response.body)
        except NonContentPage as exc:
            self.crawler.stats.inc_value(f"pages/non_content/{exc.kind}")
            if exc.kind == "no_text" and exc.fallback_url and not fallback:
                # The legacy article view often still has the text (SOURCES.md §2.2).
                self.logger.warning("%s has no consolidated text; trying %s", response.url, exc.fallback_url)
                yield scrapy.Request(exc.fallback_url, callback=self.parse_act, errback=self.on_error,
                                     cb_kwargs={"eli_path": eli_path, "fallback": True})
                return
            self.logger.error("Skipped %s: eJustice answered with a %s page, not an act", response.url, exc.kind)
            return
        except PageLayoutError as exc:
            self.crawler.stats.inc_value("pages/markup_changed")
            self.logger.error("Skipped %s: page markup no longer matches (%s)", response.url, exc)
            return
        meta = self.page_metadata(response)
        eli = self.canonical(page.eli or self.absolute(eli_path))
        yield CrawledPage(
            source=self.source,
            title=page.title,
            body_text=page.body_text,
            content_hash=page.content_fingerprint(),
            language=page.language,
            published=page.publication_date.isoformat() if page.publication_date else None,
            kind_hint="legal_scheme",
            attachments=[
                {"url": self.canonical(url), "title": title}
                for url, title in (
                    (page.pdf_original, "Image de la publication officielle (PDF, seule version authentique)"),
                    (page.pdf_consolidated, "PDF version consolidée (non officielle)"),
                )
                if url
            ],
            legal_act={
                "eli": eli,
                "numac": page.numac,
                "title": page.title,
                "act_type": page.act_type,
                "act_date": page.act_date.isoformat() if page.act_date else None,
                "source_authority": page.source_authority,
                "publication_date": page.publication_date.isoformat() if page.publication_date else None,
                "publication_page": page.publication_page,
                "dossier_number": page.dossier_number,
                "entry_into_force": page.entry_into_force.isoformat() if page.entry_into_force else None,
                "modifies": list(page.modifies),
                "consolidation_date": page.consolidation_date.isoformat() if page.consolidation_date else None,
                "pdf_original": page.pdf_original and self.canonical(page.pdf_original),
                "pdf_consolidated": page.pdf_consolidated and self.canonical(page.pdf_consolidated),
            },
            **{**meta, "url": eli},
        )
