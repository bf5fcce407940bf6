"""Fetch eJustice/Justel acts: the configured ELIs, plus those Justel's search finds.

eJustice's robots.txt disallows every legislation path, the search
(``/cgi_loi/``) included; only the operator's explicit allowlist lets a
request through (docs/sources.md).

What a run asks for:

* each act of ``OPPORTUNITIES_EJUSTICE_ELIS`` (ELI paths, ``…/justel``;
  by default the source's ``start_paths``), always: the robots middleware refuses a configured act that is not
  allowlisted with an ERROR that says what to do;
* with ``OPPORTUNITIES_EJUSTICE_DISCOVER``, one search per keyword and
  language over a publication window, every result page of it, and the ELI
  of each listed act whose title names a student scheme and that is not
  already known (by numac);
* for each act, its version in the other language (FR ⇄ NL ELI), attached to
  the act's item as ``legal_act["translations"]``: one opportunity, two
  language versions.

Searches, discovered acts and other-language versions are optional: the
spider sends them only when they are on the allowlist (``/cgi_loi/list.pl*``
enables the search), and otherwise says once, at INFO level, what it left
out. A nightly run with a narrow allowlist therefore logs no refusal for
them and the error-rate monitor stays meaningful.

"Following consolidation updates" needs no extra request: the HTTP cache
revalidates each ELI page every night, and the store compares the new
consolidation date and article texts with the stored ones.

Parsing is in ``scrapers.pages.ejustice``; the live site's non-content
answers (bot challenge, ELI help page with status 200, "no text" shells, SQL
errors) are failures here, never pages.
"""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

import scrapy

from scrapers.items import CrawledPage
from scrapers.middlewares import is_allowlisted
from scrapers.pages.ejustice import (
    ELI_PATH,
    JustelActPage,
    JustelSearchPage,
    NonContentPage,
    PageLayoutError,
    act_kind_hint,
    keyword_languages,
    other_language_eli,
    search_url,
)
from scrapers.sources import Source, numac_id
from scrapers.spiders.base import SiteSpider

DEFAULT_SEARCH_KEYWORDS = ["stage", "bourse", "subvention", "étudiant", "stagiair", "beurs", "stagiaire"]
DEFAULT_SEARCH_DAYS = 365

#: The publication window the bundled snapshot holds search results for
#: (docs/snapshot-ejustice.md). A crawl of the snapshot sets these settings.
SNAPSHOT_SEARCH_WINDOW = {
    "OPPORTUNITIES_EJUSTICE_SEARCH_FROM": "2016-01-01",
    "OPPORTUNITIES_EJUSTICE_SEARCH_TO": "2017-12-31",
}


def snapshot_allowlist(base_url: str, eli_paths: list[str]) -> list[str]:
    """What a crawl of the bundled snapshot puts on the robots allowlist, as an operator would.

    The configured acts, their other-language versions and the search pages
    (one prefix entry). Not the acts discovery finds: those are only
    reported until someone allowlists them, which the demo shows.
    """
    entries = []
    for path in eli_paths:
        entries.append(base_url + path)
        if other := other_language_eli(path):
            entries.append(base_url + other)
    entries.append(base_url + "/cgi_loi/list.pl*")
    return entries


class EjusticeSpider(SiteSpider):
    name = "ejustice"
    source = "ejustice"

    async def start(self):
        self.known_numacs: set[str] = set()
        self.crawler.stats.set_value("coverage/site", self.live_base_url)  # how monitors name the source
        for path in self.settings.getlist("OPPORTUNITIES_EJUSTICE_ELIS") or self.registered().start_paths:
            numac = (ELI_PATH.search(path) or {"numac": None})["numac"]
            if numac in self.known_numacs:
                continue  # the same act configured in both languages: one opportunity
            if numac:
                self.known_numacs.add(numac)
            yield self.act_request(self.absolute(path), path)
        if not self.settings.getbool("OPPORTUNITIES_EJUSTICE_DISCOVER", True):
            return
        # Acts the operator reviewed and turned down: discovery stays quiet about them.
        self.ignored_numacs = set(self.settings.getlist("OPPORTUNITIES_EJUSTICE_IGNORE_NUMACS"))
        date_from, date_to = self.search_window()
        searches = [
            (keyword, search_url(keyword, language, date_from, date_to, base=self.base_url))
            for keyword in self.settings.getlist("OPPORTUNITIES_EJUSTICE_SEARCH_KEYWORDS", DEFAULT_SEARCH_KEYWORDS)
            for language in keyword_languages(keyword)
        ]
        allowed = [(keyword, url) for keyword, url in searches if self.allowlisted(url)]
        if len(allowed) < len(searches):
            self.crawler.stats.inc_value("discovery/search_not_allowlisted", len(searches) - len(allowed))
            self.logger.info(
                "Discovery skips %d of %d Justel searches: robots.txt disallows /cgi_loi/ and they are not on "
                "OPPORTUNITIES_ROBOTS_ALLOWLIST (add %s/cgi_loi/list.pl* to enable them; see docs/sources.md)",
                len(searches) - len(allowed), len(searches), self.base_url,
            )
        if allowed:
            self.logger.info("Searching Justel for new acts published %s to %s", date_from, date_to)
        for keyword, url in allowed:
            yield scrapy.Request(url, callback=self.parse_search, errback=self.on_error,
                                 cb_kwargs={"keyword": keyword, "window": (date_from, date_to)})

    def allowlisted(self, url: str) -> bool:
        """Whether an optional request may go: robots.txt disallows it unless the operator allowlisted it."""
        return is_allowlisted(url, self.settings.getlist("OPPORTUNITIES_ROBOTS_ALLOWLIST"))

    def search_window(self) -> tuple[date, date]:
        """OPPORTUNITIES_EJUSTICE_SEARCH_FROM/_TO, by default the 365 days up to the crawl's today."""
        today = date.fromisoformat(self.settings.get("OPPORTUNITIES_TODAY") or date.today().isoformat())
        date_to = date.fromisoformat(self.settings.get("OPPORTUNITIES_EJUSTICE_SEARCH_TO") or today.isoformat())
        configured_from = self.settings.get("OPPORTUNITIES_EJUSTICE_SEARCH_FROM")
        date_from = date.fromisoformat(configured_from) if configured_from else date_to - timedelta(DEFAULT_SEARCH_DAYS)
        return date_from, date_to

    def act_request(self, url: str, eli_path: str, **kwargs) -> scrapy.Request:
        return scrapy.Request(url, callback=self.parse_act, errback=self.on_error,
                              cb_kwargs={"eli_path": eli_path, **kwargs})

    # -- discovery ---------------------------------------------------------
    def parse_search(self, response, keyword: str, window: tuple[date, date]):
        stats = self.crawler.stats
        if response.status in (404, 410):
            stats.inc_value("discovery/search_failed")
            self.logger.warning("Search %r answered %s at %s: no discovery from it", keyword, response.status, response.url)
            return
        try:
            page = JustelSearchPage(response.url, response.body)
        except (NonContentPage, PageLayoutError) as exc:
            stats.inc_value("discovery/search_failed")
            self.logger.error("Search %r gave no result list at %s: %s", keyword, response.url, exc)
            return
        stats.inc_value("discovery/search_pages")
        for entry in page.entries:
            stats.inc_value("discovery/entries")
            if entry.publication_date:
                stats.inc_value("discovery/dated")  # the search_dates monitor's share
            elif (url := self.canonical(response.url)) not in (undated := stats.get_value("discovery/undated_pages", [])):
                stats.set_value("discovery/undated_pages", [*undated, url][:20])
            if entry.publication_date and not window[0] <= entry.publication_date <= window[1]:
                # The live form has been seen to ignore its date fields (SOURCES.md §2.5).
                stats.inc_value("discovery/outside_window")
                continue
            if not entry.is_student_scheme:
                stats.inc_value("discovery/not_student")
                self.logger.debug("Search %r: skipped %s, not a student scheme: %s", keyword, entry.numac, entry.title)
                continue
            if entry.numac in self.known_numacs:
                stats.inc_value("discovery/known")
                continue
            if entry.numac in self.ignored_numacs:
                stats.inc_value("discovery/ignored")
                continue
            if not entry.eli:
                stats.inc_value("discovery/no_eli")
                self.logger.warning("Search %r: cannot build the ELI of %s (%s)", keyword, entry.numac, entry.title_raw)
                continue
            self.known_numacs.add(entry.numac)
            path = self.canonical(entry.eli).removeprefix(self.live_base_url)
            url = self.absolute(path)
            fetching = self.allowlisted(url)
            stats.inc_value("discovery/followed" if fetching else "discovery/not_allowlisted")
            self.logger.warning(
                "Discovered act %s through the search %r: %s (%s). %s To follow it, add %s to OPPORTUNITIES_EJUSTICE_ELIS "
                "and to OPPORTUNITIES_ROBOTS_ALLOWLIST; if it is no student scheme, add %s to "
                "OPPORTUNITIES_EJUSTICE_IGNORE_NUMACS.",
                entry.numac, keyword, entry.title, url,
                "Fetching it (allowlisted)." if fetching else "Not fetched: robots.txt disallows /eli/.",
                path, entry.numac,
            )
            if fetching:
                yield self.act_request(url, path)
        if page.next_page_url and (depth := self.within_pager_depth(response)) is not None:
            yield response.follow(page.next_page_url, callback=self.parse_search, errback=self.on_error,
                                  cb_kwargs={"keyword": keyword, "window": window}, meta={"pager_depth": depth})

    # -- acts --------------------------------------------------------------
    def parse_act(self, response, eli_path: str, fallback: bool = False):
        page = self.act_page(response, eli_path, fallback)
        if not isinstance(page, JustelActPage):
            if page is not None:
                yield page
            return
        item = self.act_item(response, page, eli_path)
        other = other_language_eli(eli_path)
        if not other or not self.settings.getbool("OPPORTUNITIES_EJUSTICE_TRANSLATIONS", True):
            yield item
            return
        if not self.allowlisted(self.absolute(other)):
            self.crawler.stats.inc_value("translations/not_allowlisted")
            self.logger.info("%s is stored without its other-language version: %s is not on "
                             "OPPORTUNITIES_ROBOTS_ALLOWLIST", item.url, self.absolute(other))
            yield item
            return
        # The item waits for its other-language version; dont_filter, so that a
        # URL seen before cannot swallow the item.
        yield scrapy.Request(self.absolute(other), callback=self.parse_translation, errback=self.translation_failed,
                             cb_kwargs={"item": item}, dont_filter=True)

    def act_page(self, response, eli_path: str, fallback: bool):
        """The parsed act, or what to yield instead (a fallback request, a gone page) or None."""
        if response.status in (404, 410):
            return self.gone(response)
        if self.served_stale(response):
            return None
        try:
            return JustelActPage(response.url, response.body)
        except NonContentPage as exc:
            self.crawler.stats.inc_value(f"pages/non_content/{exc.kind}")
            if exc.kind == "no_text" and exc.fallback_url and not fallback:
                # The legacy article view often still has the text (SOURCES.md §2.2).
                self.logger.warning("%s has no consolidated text; trying %s", response.url, exc.fallback_url)
                return self.act_request(exc.fallback_url, eli_path, fallback=True)
            self.logger.error("Skipped %s: eJustice answered with a %s page, not an act", response.url, exc.kind)
        except PageLayoutError as exc:
            item = self.fallback_item(response, exc)
            if item is not None:
                # Without the act's metadata, only its wording can say whether it is a student scheme.
                item.kind_hint = act_kind_hint(item.title, item.body_text)
            return item
        return None

    def act_item(self, response, page: JustelActPage, eli_path: str) -> CrawledPage:
        meta = self.page_metadata(response)
        eli = self.canonical(page.eli or self.absolute(eli_path))
        return CrawledPage(
            source=self.source,
            title=page.title,
            body_text=page.body_text,
            content_hash=page.content_fingerprint(),
            language=page.language,
            published=page.publication_date.isoformat() if page.publication_date else None,
            kind_hint=page.kind_hint,
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
                "versions_archived": page.versions_archived,
                # Plain article texts ([1 … ]1 markers kept), for the store's article diff.
                "articles": [{"number": a.number, "text": a.text} for a in page.articles],
                "translations": [],
            },
            **{**meta, "url": eli},
        )

    # -- the other-language version -----------------------------------------
    def parse_translation(self, response, item: CrawledPage):
        if response.status in (404, 410):
            self.logger.warning("%s answered %s: %s is stored without its other-language version",
                                response.url, response.status, item.url)
            yield item
            return
        try:
            page = JustelActPage(response.url, response.body)
        except (NonContentPage, PageLayoutError) as exc:
            self.crawler.stats.inc_value("translations/unreadable")
            self.logger.warning("%s is stored without its other-language version: %s", item.url, exc)
            yield item
            return
        url = self.canonical(page.eli or response.url)
        self.crawler.stats.inc_value("translations/attached")
        yield replace(
            item,
            alternates={**item.alternates, page.language: url},
            legal_act={**item.legal_act, "translations": [{
                "language": page.language,
                "url": url,
                "title": page.title,
                "consolidation_date": page.consolidation_date.isoformat() if page.consolidation_date else None,
                "content_hash": page.content_fingerprint(),
            }]},
        )

    def translation_failed(self, failure):
        """The act is stored all the same, without its other-language version."""
        item = failure.request.cb_kwargs["item"]
        self.on_error(failure)  # a robots refusal or an offsite drop is logged where it happens
        self.crawler.stats.inc_value("translations/missing")
        yield item


#: eJustice acts followed by default, as ELI paths. robots.txt disallows /eli/ on eJustice;
#: these are fetched only if also on the operator's allowlist (OPPORTUNITIES_ROBOTS_ALLOWLIST).
DEFAULT_ELIS = ("/eli/arrete/2016/12/09/2016036668/justel",)
_JUSTEL_MARKERS = re.compile(rb"ejustice|Justel|numac|/eli/", re.IGNORECASE)


def looks_like_justel(head: bytes) -> bool:
    """A saved page whose URL is unknown: Justel's words, and its box titles or numac."""
    return bool(_JUSTEL_MARKERS.search(head)) and (b"list-title" in head or b"numac" in head.lower())


def snapshot_settings(base_url: str) -> dict:
    """A crawl of the bundled snapshot: its acts allowlisted as an operator would, its search window."""
    return {"OPPORTUNITIES_ROBOTS_ALLOWLIST": snapshot_allowlist(base_url, list(DEFAULT_ELIS)),
            **SNAPSHOT_SEARCH_WINDOW}


SOURCE = Source(
    name="ejustice",
    spider=EjusticeSpider,
    live_url="https://www.ejustice.just.fgov.be",
    start_paths=DEFAULT_ELIS,
    pages=((r"^/cgi_loi/list\.pl", JustelSearchPage), ("", JustelActPage)),
    delay=10,  # SOURCES.md: one request per 10 s or slower
    id_scheme=numac_id,
    recognises=looks_like_justel,
    html_content_type="text/html",  # the live server declares no charset (the page says ISO-8859-1 in a meta tag)
    snapshot_settings=snapshot_settings,
)
