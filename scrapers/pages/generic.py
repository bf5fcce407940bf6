"""Any other HTML page: the main text found without site-specific selectors.

Used by `opportunities extract` for pages saved from sites we have no page
object for; it drops navigation, headers, footers, scripts and forms, then
keeps the largest of <main>, <article> or <body>.
"""
from __future__ import annotations

import re
from datetime import date

from bs4 import BeautifulSoup

from scrapers.pages.html_text import element_text
from scrapers.pages.links import web_url

_NOISE = ["script", "style", "noscript", "nav", "header", "footer", "form", "aside", "iframe", "svg", "template"]


class GenericPage:
    def __init__(self, url: str, html: str):
        self.url = url
        soup = BeautifulSoup(html, "lxml")
        for tag in soup(_NOISE):
            tag.decompose()
        h1 = soup.find("h1")
        title_tag = soup.find("title")
        self.title = (h1.get_text(" ", strip=True) if h1 else None) or (
            title_tag.get_text(" ", strip=True) if title_tag else None)
        html_tag = soup.find("html")
        lang = (html_tag.get("lang") or "") if html_tag else ""
        self.language = lang[:2].lower() or None
        canonical = soup.find("link", rel="canonical")
        self.canonical_url = web_url(canonical.get("href"), url or None) if canonical else None
        candidates = [tag for tag in (soup.find("main"), soup.find("article"), soup.find("body"), soup) if tag]
        main = max(candidates[:-1] or candidates, key=lambda tag: len(tag.get_text()))
        self.body_text = element_text(main)
        time_tag = soup.find("time", attrs={"datetime": True})
        self.published = _parse_published(time_tag.get("datetime") if time_tag else None)


def _parse_published(datetime_attr: str | None) -> date | None:
    if datetime_attr:
        try:
            return date.fromisoformat(datetime_attr[:10])
        except ValueError:
            pass
    return None
