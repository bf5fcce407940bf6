"""The registry of sources: every site the catalogue reads, declared once.

A source is one module — its spider and a ``SOURCE = Source(...)``
declaration (start paths, page objects by URL pattern, id scheme, pace) —
plus its page objects. Whatever needs to know the sites asks this registry
instead of naming them: the CLI (``--source``, ``--<name>-url``), the crawl
(which spiders, which settings), validation (known sources), the store
(ids), ``opportunities extract`` (which page object reads a saved page), the
snapshot server and the benchmarks. Adding a site is adding its module to
``SOURCE_MODULES`` (or, without editing the project, naming it in the
``OPPORTUNITIES_SOURCE_MODULES`` environment variable); docs/sources.md
shows a small example.

(web-poet's ``@handle_urls`` registry is the idea; a dataclass per source is
all this project needs of it.)
"""
from __future__ import annotations

import hashlib
import importlib
import os
import re
from dataclasses import dataclass
from functools import cache
from typing import Callable
from urllib.parse import urlsplit

#: The modules that declare a ``SOURCE``, in the order their spiders run and
#: their snapshot servers take ports.
SOURCE_MODULES = ("scrapers.spiders.wbi", "scrapers.spiders.ejustice")
#: More source modules (comma-separated import paths), read once per process.
EXTRA_MODULES_ENV = "OPPORTUNITIES_SOURCE_MODULES"


def slug_id(source: str, url: str, legal_act: dict | None = None) -> str:
    """The usual id scheme: the source and the last part of the page's path."""
    path = urlsplit(url).path.rstrip("/")
    slug = path.rsplit("/", 1)[-1] or hashlib.sha1(url.encode()).hexdigest()[:12]
    return f"{source}-{slug}"


def numac_id(source: str, url: str, legal_act: dict | None = None) -> str:
    """Official acts: the source and the act's numac, whatever the URL (ELI, legacy view, language)."""
    if legal_act and legal_act.get("numac"):
        return f"{source}-{legal_act['numac']}"
    return slug_id(source, url)


@dataclass(frozen=True)
class Source:
    """What the project knows about one site."""

    name: str
    #: The Scrapy spider class that navigates the site.
    spider: type
    #: Where students are sent, whatever was crawled (ids and links use it).
    live_url: str
    #: Paths the spider starts from (listings and pages alike: ``pages`` tells them apart).
    start_paths: tuple[str, ...]
    #: Page objects by URL pattern (a regular expression searched in the URL's path and
    #: query), first match wins. A page object takes ``(url, html)``.
    pages: tuple[tuple[str, type], ...]
    #: Politeness: seconds between request starts on the live site.
    delay: float
    #: Items a first run must store, or the first_run_items monitor fails (opportunities.monitors).
    first_run_items: int = 1
    #: ``(source name, url, legal_act) -> opportunity id``.
    id_scheme: Callable[[str, str, dict | None], str] = slug_id
    #: Whether the first bytes of a saved page look like this site's markup (its URL unknown).
    recognises: Callable[[bytes], bool] | None = None
    #: The Content-Type the site sends with HTML (the snapshot server imitates it).
    html_content_type: str = "text/html; charset=UTF-8"
    #: Settings a crawl of the bundled snapshot needs, given the site's loopback base URL.
    snapshot_settings: Callable[[str], dict] | None = None

    @property
    def host(self) -> str:
        return urlsplit(self.live_url).hostname or ""

    @property
    def url_setting(self) -> str:
        """The setting (and environment variable) that points the spider at the live site or a copy."""
        return f"OPPORTUNITIES_{self.name.upper()}_URL"

    @property
    def delay_setting(self) -> str:
        return f"OPPORTUNITIES_{self.name.upper()}_DELAY"

    def default_settings(self) -> dict:
        """Base URL and pace, from the environment when set there, else the live defaults."""
        return {
            self.url_setting: os.environ.get(self.url_setting) or self.live_url,
            self.delay_setting: float(os.environ.get(self.delay_setting) or self.delay),
        }

    def owns(self, url: str | None) -> bool:
        """Whether ``url`` is on this site (with or without ``www.``)."""
        host = urlsplit(url or "").hostname or ""
        return bool(host) and host.removeprefix("www.") == self.host.removeprefix("www.")

    def page_for(self, url: str) -> type | None:
        """The page object that reads ``url`` (an absolute URL or a path), or None."""
        parts = urlsplit(url)
        where = parts.path + (f"?{parts.query}" if parts.query else "")
        return next((page for pattern, page in self.pages if re.search(pattern, where)), None)

    def opportunity_id(self, url: str, legal_act: dict | None = None) -> str:
        return self.id_scheme(self.name, url, legal_act)


@cache
def sources() -> dict[str, Source]:
    """Every registered source by name, in declaration order."""
    extra = [name.strip() for name in os.environ.get(EXTRA_MODULES_ENV, "").split(",") if name.strip()]
    found: dict[str, Source] = {}
    for module_name in (*SOURCE_MODULES, *extra):
        declared = getattr(importlib.import_module(module_name), "SOURCE", None)
        if not isinstance(declared, Source):
            raise ImportError(f"{module_name} declares no SOURCE = Source(...); see docs/sources.md")
        found[declared.name] = declared
    return found


def source(name: str) -> Source:
    """The source called ``name``; a clear error for a name nobody registered."""
    try:
        return sources()[name]
    except KeyError:
        raise KeyError(f"unknown source {name!r} (registered: {', '.join(sources())})") from None


def source_for_url(url: str | None) -> Source | None:
    """The source whose site ``url`` is on, or None."""
    return next((found for found in sources().values() if found.owns(url)), None)


def no_delays() -> dict:
    """Settings that drop every source's delay (local servers and replays only)."""
    return {found.delay_setting: 0 for found in sources().values()}
