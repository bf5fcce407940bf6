"""Page objects: a URL and its HTML in, fields out; no network, no Scrapy."""
from scrapers.pages.wbi import Attachment, Link, MarkupChanged, WbiArticlePage, WbiListingPage

__all__ = ["Attachment", "Link", "MarkupChanged", "WbiArticlePage", "WbiListingPage"]
