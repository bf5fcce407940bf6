"""Arbitrary scraped text and addresses, from a page through the store to the site and the feeds.

Hypothesis writes WBI article pages with any Unicode title and body and any
alternate-language and document address; each page goes through the page
object, the store, the opportunity page of the Datasette site and every
feed. Whatever the text, the feeds are well-formed XML and iCalendar, the
page runs no script but Datasette's own (whose hashes the CSP lists) and
links only to web addresses.
"""
from __future__ import annotations

import asyncio
import base64
import hashlib
import html
import tempfile
import xml.etree.ElementTree as ET
from datetime import date, datetime, timezone
from html.parser import HTMLParser
from pathlib import Path

import feedparser
import icalendar
from datasette.app import Datasette
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from feeds import build_feeds
from normalise.record import EXTRACTOR_VERSION
from pipelines.normalise import resolve
from pipelines.store import Catalogue
from scrapers.sources import source
from scrapers.items import CrawledPage
from scrapers.pages.wbi import WbiArticlePage

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
PAGE_URL = "https://www.wbi.be/fr/actualites/appel-hostile"
TODAY = date(2025, 2, 20)
HOSTILE_URLS = [
    "javascript://%0aalert(document.domain)",
    "javascript:alert(1)",
    " JaVaScRiPt:alert(1)",
    "java\tscript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)",
    "\x01javascript:alert(1)",
    '" onmouseover="alert(1)',
    "https://www.wbi.be/en/news/call",
    "//evil.example/x",
]
# Any text but lone surrogates, which no decoded page can contain.
TEXT = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=120)
URLS = st.one_of(st.sampled_from(HOSTILE_URLS), TEXT)
WEB_SCHEMES = ("http://", "https://", "mailto:")


def article_html(title: str, body: str, alternate: str, document: str) -> str:
    return (
        f'<html lang="fr"><head><link rel="alternate" hreflang="en" href="{html.escape(alternate)}"></head>'
        f"<body><main><h1>{html.escape(title)}</h1><div class=\"field--name-body\"><p>{html.escape(body)}</p>"
        f'<p><a href="{html.escape(document)}.pdf">Règlement</a></p></div></main></body></html>'
    )


def store_page(catalogue: Path, page: WbiArticlePage) -> str:
    """The page stored as an opportunity with one deadline whose evidence is the scraped body."""
    item = CrawledPage(
        source="wbi", url=PAGE_URL, status=200, title=page.title, body_text=page.body_text,
        fetched_at="2025-02-15T10:00:00+00:00", content_hash=page.content_fingerprint(), language=page.language,
        attachments=[{"url": a.url, "title": a.title} for a in page.attachments],
        alternates=dict(page.alternates),
        record={"is_opportunity": True, "kind": "internship", "language": "fr",
                "deadlines": [{"date": "2025-03-14", "time": "23:59", "rule": None, "evidence": page.body_text}],
                "stipends": [], "duration": None, "eligibility": {}, "contact_emails": []},
    )
    store = Catalogue(catalogue, run_id=1, now=item.fetched_at)
    store.store(resolve(item), extractor_version=EXTRACTOR_VERSION)
    store.refresh_statuses(TODAY)
    store.close()
    return source("wbi").opportunity_id(PAGE_URL)


class PageMarkup(HTMLParser):
    """Inline scripts and every attribute of a rendered page."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.scripts: list[str] = []
        self.attributes: list[tuple[str, str]] = []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        self.attributes += [(name, value or "") for name, value in attrs]
        if tag == "script" and not dict(attrs).get("src"):
            self._in_script = True
            self.scripts.append("")

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_script = False

    def handle_data(self, data):
        if self._in_script:
            self.scripts[-1] += data


def script_hash(body: str) -> str:
    return f"'sha256-{base64.b64encode(hashlib.sha256(body.encode()).digest()).decode()}'"


def assert_no_executable_markup(response) -> None:
    policy = response.headers["content-security-policy"]
    script_sources = next(part for part in policy.split("; ") if part.startswith("script-src"))
    assert "'unsafe-inline'" not in script_sources
    markup = PageMarkup()
    markup.feed(response.text)
    for body in markup.scripts:
        assert script_hash(body) in script_sources, f"inline script not allowed by the CSP: {body[:80]!r}"
    for name, value in markup.attributes:
        assert not name.startswith("on"), (name, value)
        if name in ("href", "src", "action", "formaction"):
            assert value.startswith(("/", "?", "#", *WEB_SCHEMES)), (name, value)


def assert_valid_feeds(feeds_dir: Path) -> None:
    for path in sorted(p for p in feeds_dir.rglob("*") if p.is_file()):  # every language's folder too
        data = path.read_bytes()
        if path.suffix in (".rss", ".atom", ".svg"):
            ET.fromstring(data)  # well-formed XML or ParseError
        if path.suffix in (".rss", ".atom"):
            assert not feedparser.parse(data).bozo, path.name
        if path.suffix == ".ics":
            calendar = icalendar.Calendar.from_ical(data)
            assert all(event["uid"] for event in calendar.walk("VEVENT"))
    deadlines = feedparser.parse((feeds_dir / "deadlines.rss").read_bytes())
    assert len(deadlines.entries) == 1  # the hostile opportunity is published, not dropped
    assert deadlines.entries[0].link.startswith(("http://", "https://"))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(title=TEXT, body=TEXT, alternate=URLS, document=URLS)
@example(title="Stage\x08 au bureau", body="Candidatures jusqu'au 14 mars 2025.\x0c",
         alternate="javascript://%0aalert(document.domain)", document="javascript:alert(1)//x")
@example(title="<script>alert(1)</script>", body="</p><img src=x onerror=alert(1)>",
         alternate='" onmouseover="alert(1)', document="data:text/html,<script>alert(1)</script>")
def test_any_scraped_text_gives_valid_feeds_and_a_page_without_executable_markup(title, body, alternate, document):
    with tempfile.TemporaryDirectory() as tmp:
        catalogue, feeds_dir = Path(tmp) / "catalogue.db", Path(tmp) / "feeds"
        page = WbiArticlePage(PAGE_URL, article_html(title, body, alternate, document))
        assert all(url.startswith(("http://", "https://")) for url in page.alternates.values())
        assert all(a.url.startswith(("http://", "https://")) for a in page.attachments)
        opp_id = store_page(catalogue, page)

        build_feeds(catalogue, feeds_dir, site_url="https://opportunites.example.org",
                    now=datetime(2025, 2, 20, tzinfo=timezone.utc))
        assert_valid_feeds(feeds_dir)

        site = Datasette([str(catalogue)], template_dir=str(DATA / "templates"), plugins_dir=str(DATA / "plugins"))
        response = asyncio.run(site.client.get(f"/catalogue/opportunities/{opp_id}"))
        assert response.status_code == 200
        assert_no_executable_markup(response)
