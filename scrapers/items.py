"""What the spiders hand to the pipelines: one crawled page, parsed, not yet normalised."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class CrawledPage:
    source: str                       # wbi | ejustice
    url: str
    status: int
    title: str
    body_text: str
    fetched_at: str                   # ISO UTC
    content_hash: str
    fetched_url: str | None = None    # what was requested (the snapshot or the live site)
    language: str | None = None
    published: str | None = None      # ISO date the page shows
    updated: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    bytes: int = 0
    from_cache: bool = False          # the site answered 304 / nothing changed on the wire
    kind_hint: str | None = None      # a source that knows what it holds (legal_scheme)
    parser: str = "page_object"       # page_object | fallback (the page object refused the page)
    attachments: list[dict] = field(default_factory=list)   # {url, title}
    tags: list[str] = field(default_factory=list)
    external_links: list[dict] = field(default_factory=list)
    alternates: dict[str, str] = field(default_factory=dict)
    legal_act: dict | None = None     # Justel metadata for eJustice acts
    record: dict | None = None        # filled by the normalise pipeline
    # Resolved with the record (pipelines.normalise.resolve), so that the store only writes:
    host: dict | None = None          # organisation, organisation_full_name, city, country the page names
    stipends_monthly_eur: list[float | None] = field(default_factory=list)  # one per record stipend

    def __repr__(self) -> str:
        # Scrapy logs items on errors; the body would flood the log.
        return f"CrawledPage({self.source!r}, {self.url!r}, status={self.status})"


@dataclass
class GonePage:
    """A page that answered 404/410: what was seen before becomes withdrawn."""

    source: str
    url: str
    status: int
    fetched_at: str
