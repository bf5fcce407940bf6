"""Scrapy settings: polite defaults for the live sites.

The same spiders crawl the live sites and the bundled snapshot; only the
``OPPORTUNITIES_<SOURCE>_URL`` settings (or environment variables of the same
name) and the pacing change. Each source declares its address and pace in
its module (scrapers.sources: 6 s between requests to WBI, so at most 10 a
minute, 10 s for eJustice); ``opportunities.crawl.crawl_settings`` adds them
to these defaults, the live policy of SOURCES.md: robots.txt obeyed, one
request at a time per site, a 30 s timeout, a 5 MB cap and a User-Agent that
says who we are and how to reach us.
"""
import os

from scrapers.pages.html_text import MAX_PAGE_BYTES

BOT_NAME = "opportunities"
SPIDER_MODULES = ["scrapers.spiders"]
NEWSPIDER_MODULE = "scrapers.spiders"

CONTACT_URL = "https://github.com/wbi-opportunities/catalogue#contact"
USER_AGENT = f"opportunities-catalogue/0.1 (+{CONTACT_URL}; student opportunities catalogue)"

#: Explicit operator opt-in (SOURCES.md): URLs robots.txt forbids that we may
#: still fetch, slowly. Empty by default: nothing disallowed is fetched.
OPPORTUNITIES_ROBOTS_ALLOWLIST = [
    item for item in os.environ.get("OPPORTUNITIES_ROBOTS_ALLOWLIST", "").split(",") if item
]


def _env_float(name: str, default: float) -> float:
    return float(os.environ.get(name, default))


def _env_int(name: str, default: int) -> int:
    return int(os.environ.get(name, default))


ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS = 4
CONCURRENT_REQUESTS_PER_DOMAIN = 1
DOWNLOAD_DELAY = 6  # each spider sets its source's delay (scrapers.spiders.base.SiteSpider)
DOWNLOAD_DELAY_JITTER = 0  # a randomised 6 s delay can fall to 3 s
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0
AUTOTHROTTLE_MAX_DELAY = 60
#: robots.txt ``Crawl-delay`` raises the pace floor of its host (never lowers
#: it), clamped to this many seconds (scrapers.extensions.CrawlDelay).
OPPORTUNITIES_CRAWL_DELAY_MAX = _env_float("OPPORTUNITIES_CRAWL_DELAY_MAX", 60)

# Faults (docs/crawling.md). Each limit can be lowered from the environment,
# which is how the fault tests keep their runs short.
DOWNLOAD_TIMEOUT = _env_float("OPPORTUNITIES_DOWNLOAD_TIMEOUT", 30)
DOWNLOAD_MAXSIZE = _env_int("OPPORTUNITIES_DOWNLOAD_MAXSIZE", MAX_PAGE_BYTES)
DOWNLOAD_WARNSIZE = min(2 * 1024 * 1024, DOWNLOAD_MAXSIZE)
REDIRECT_MAX_TIMES = _env_int("OPPORTUNITIES_REDIRECT_MAX_TIMES", 5)
RETRY_ENABLED = True
RETRY_TIMES = _env_int("OPPORTUNITIES_RETRY_TIMES", 3)
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]
#: Exponential backoff before retry n (1, 2, 3…): base × 2^(n-1) seconds,
#: at most the maximum (scrapers.middlewares.PoliteRetryMiddleware).
OPPORTUNITIES_RETRY_BACKOFF_BASE = _env_float("OPPORTUNITIES_RETRY_BACKOFF_BASE", 2)
OPPORTUNITIES_RETRY_BACKOFF_MAX = _env_float("OPPORTUNITIES_RETRY_BACKOFF_MAX", 60)
#: The longest Retry-After we wait for. A longer one pauses the host for this
#: long and gives the URL up for this run instead of retrying it early.
OPPORTUNITIES_RETRY_AFTER_MAX = _env_float("OPPORTUNITIES_RETRY_AFTER_MAX", 120)
#: Seconds between progress lines on a terminal; 0 turns the display off
#: (scrapers.extensions.ProgressDisplay; never printed when stderr is not a terminal).
OPPORTUNITIES_PROGRESS_INTERVAL = _env_float("OPPORTUNITIES_PROGRESS_INTERVAL", 10)

# Budgets (docs/crawling.md): a crawl that meets a trap (an endless pager, a
# farm of on-site links) stops instead of running for days, and says so: a
# spider closed by a budget does not finish "finished", which the
# crawl_finished monitor reports.
#: Pages of one listing's pager followed (a listing page is depth 0).
OPPORTUNITIES_MAX_PAGER_DEPTH = _env_int("OPPORTUNITIES_MAX_PAGER_DEPTH", 100)
#: Responses one source (spider) may receive in a run (Scrapy's CLOSESPIDER_PAGECOUNT).
CLOSESPIDER_PAGECOUNT = _env_int("OPPORTUNITIES_MAX_PAGES_PER_SOURCE", 5000)
#: Responses all sources together may receive in a run (scrapers.extensions.RunPageBudget).
OPPORTUNITIES_MAX_PAGES_PER_RUN = _env_int("OPPORTUNITIES_MAX_PAGES_PER_RUN", 8000)
COOKIES_ENABLED = False
TELNETCONSOLE_ENABLED = False
LOG_INSTALL_ROOT_HANDLER = True
LOG_LEVEL = os.environ.get("OPPORTUNITIES_LOG_LEVEL") or "INFO"

# Re-fetch only what changed: every page is kept in Scrapy's HTTP cache and
# revalidated with If-None-Match / If-Modified-Since on the next run.
HTTPCACHE_ENABLED = True
HTTPCACHE_POLICY = "scrapers.cache.RevalidatingPolicy"
HTTPCACHE_STORAGE = "scrapy.extensions.httpcache.FilesystemCacheStorage"
HTTPCACHE_GZIP = True
HTTPCACHE_DIR = os.environ.get(
    "OPPORTUNITIES_HTTPCACHE_DIR",
    os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "var", "httpcache"),
)

DOWNLOADER_MIDDLEWARES = {
    # Before robots.txt (100): both hosts of a site share one download slot.
    "scrapers.middlewares.SiteSlotMiddleware": 40,
    "scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware": None,
    "scrapers.middlewares.AllowlistRobotsTxtMiddleware": 100,
    # Redirects stay on the site, never loop, and refusals are counted and logged.
    "scrapy.downloadermiddlewares.redirect.MetaRefreshMiddleware": None,
    "scrapers.middlewares.SiteMetaRefreshMiddleware": 580,
    "scrapy.downloadermiddlewares.redirect.RedirectMiddleware": None,
    "scrapers.middlewares.SiteRedirectMiddleware": 600,
    # Between the HTTP cache (900) and the network: retries of Scrapy's
    # RetryMiddleware (550) wait here (Retry-After, exponential backoff), and
    # a 5xx is seen before the cache answers with its stored copy.
    "scrapers.middlewares.PoliteRetryMiddleware": 940,
    "scrapers.middlewares.TransferStatsMiddleware": 950,
}

EXTENSIONS = {
    # After AutoThrottle (0), whose delay adjustments it must not be undercut by.
    "scrapers.extensions.CrawlDelay": 500,
    "scrapers.extensions.ProgressDisplay": 510,
    "scrapers.extensions.RunPageBudget": 520,
    "scrapers.capture.CaptureSample": 530,  # only with OPPORTUNITIES_CAPTURE_DIR (crawl --capture)
}

ITEM_PIPELINES = {
    "pipelines.validate.ValidatePipeline": 100,
    "pipelines.normalise.NormalisePipeline": 300,
    "pipelines.store.StorePipeline": 800,
}

REQUEST_FINGERPRINTER_IMPLEMENTATION = "2.7"
FEED_EXPORT_ENCODING = "utf-8"
