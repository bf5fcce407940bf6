"""Scrapy settings: polite defaults for the live sites.

The same spiders crawl the live sites and the bundled snapshot; only the
``OPPORTUNITIES_*_URL`` settings (or environment variables of the same
name) and the pacing change. The defaults here are the live policy of
SOURCES.md: robots.txt obeyed, one request at a time per site, at least 6 s
between requests to WBI (so at most 10 a minute), 10 s for eJustice, a 30 s
timeout, a 5 MB cap and a User-Agent that says who we are and how to reach us.
"""
import os

BOT_NAME = "opportunities"
SPIDER_MODULES = ["scrapers.spiders"]
NEWSPIDER_MODULE = "scrapers.spiders"

CONTACT_URL = "https://github.com/wbi-opportunities/catalogue#contact"
USER_AGENT = f"opportunities-catalogue/0.1 (+{CONTACT_URL}; student opportunities catalogue)"

# Where to crawl: the live sites unless told otherwise.
OPPORTUNITIES_WBI_URL = os.environ.get("OPPORTUNITIES_WBI_URL", "https://www.wbi.be")
OPPORTUNITIES_EJUSTICE_URL = os.environ.get("OPPORTUNITIES_EJUSTICE_URL", "https://www.ejustice.just.fgov.be")

# Pacing per site, in seconds between request starts (SOURCES.md policy).
OPPORTUNITIES_WBI_DELAY = float(os.environ.get("OPPORTUNITIES_WBI_DELAY", "6"))
OPPORTUNITIES_EJUSTICE_DELAY = float(os.environ.get("OPPORTUNITIES_EJUSTICE_DELAY", "10"))

# eJustice acts to follow, as ELI paths. robots.txt disallows /eli/ on
# eJustice; these are fetched only if also on the operator allowlist below.
OPPORTUNITIES_EJUSTICE_ELIS = [
    "/eli/arrete/2016/12/09/2016036668/justel",
]
#: Explicit operator opt-in (SOURCES.md): URLs robots.txt forbids that we may
#: still fetch, slowly. Empty by default: nothing disallowed is fetched.
OPPORTUNITIES_ROBOTS_ALLOWLIST = [
    item for item in os.environ.get("OPPORTUNITIES_ROBOTS_ALLOWLIST", "").split(",") if item
]

ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS = 4
CONCURRENT_REQUESTS_PER_DOMAIN = 1
DOWNLOAD_DELAY = OPPORTUNITIES_WBI_DELAY
DOWNLOAD_DELAY_JITTER = 0  # a randomised 6 s delay can fall to 3 s
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0
AUTOTHROTTLE_MAX_DELAY = 60
DOWNLOAD_TIMEOUT = 30
DOWNLOAD_MAXSIZE = 5 * 1024 * 1024
DOWNLOAD_WARNSIZE = 2 * 1024 * 1024
REDIRECT_MAX_TIMES = 5
RETRY_ENABLED = True
RETRY_TIMES = 3
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]
COOKIES_ENABLED = False
TELNETCONSOLE_ENABLED = False
LOG_INSTALL_ROOT_HANDLER = True
LOG_LEVEL = os.environ.get("OPPORTUNITIES_LOG_LEVEL", "INFO")

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
    "scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware": None,
    "scrapers.middlewares.AllowlistRobotsTxtMiddleware": 100,
    "scrapers.middlewares.TransferStatsMiddleware": 950,
}

ITEM_PIPELINES = {
    "pipelines.validate.ValidatePipeline": 100,
    "pipelines.normalise.NormalisePipeline": 300,
    "pipelines.store.StorePipeline": 800,
}

REQUEST_FINGERPRINTER_IMPLEMENTATION = "2.7"
FEED_EXPORT_ENCODING = "utf-8"
