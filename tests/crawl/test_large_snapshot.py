"""The crawl benchmark's generated site (bench/large_snapshot.py) is a site the spider can read.

The benchmark itself is not a test (``python -m bench.crawl``); this only
checks that the generator makes N article pages the page objects accept,
all reachable from the start listings through cards and pagers.
"""
from urllib.parse import urlsplit

from bench.large_snapshot import LargeSnapshot
from scrapers.pages.wbi import WbiArticlePage, WbiListingPage
from scrapers.spiders.wbi import LISTING_PATHS

ORIGIN = "http://127.0.0.1:8900"


def test_generator_makes_n_articles_reachable_through_listings():
    site = LargeSnapshot(articles=95)
    assert site.total_pages == 1 + 10 + 95 + 1
    seen_listings, found_articles = set(), set()
    queue = [ORIGIN + path for path in LISTING_PATHS]
    while queue:
        url = queue.pop()
        path = url[len(ORIGIN):]
        if path in seen_listings:
            continue
        seen_listings.add(path)
        body, _ = site.page(path)
        listing = WbiListingPage(url, body)
        found_articles.update(urlsplit(u).path for u in listing.detail_urls)
        queue.extend(listing.pager_urls)
    assert found_articles == set(site.article_paths())
    assert set(site.listing_paths()) <= seen_listings


def test_generated_articles_parse_and_differ():
    site = LargeSnapshot(articles=30)
    texts = set()
    for path in site.article_paths():
        body, content_type = site.page(path)
        page = WbiArticlePage(ORIGIN + path, body)
        assert page.is_complete and page.title and "Date limite" in page.body_text
        texts.add(page.body_text)
    assert len(texts) == 30
    assert site.page("/fr/actualites/offre-99999-paris") is None
