"""RSS 2.0 and Atom rendering of feed items with feedgen.

feedgen's defaults are set explicitly: entries are appended (``add_entry``
prepends by default) and every date comes from the data (feed and entry dates
default to the clock), so the same catalogue gives byte-identical files.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from feedgen.feed import FeedGenerator

from .items import EJUSTICE_ATTRIBUTION, WBI_ATTRIBUTION, FeedItem

RIGHTS = (
    f"Textes et chiffres : {WBI_ATTRIBUTION}, réutilisés avec attribution, usage non commercial ; "
    f"textes légaux : {EJUSTICE_ATTRIBUTION}, seule l'image PDF du Moniteur fait foi."
)


@dataclass(frozen=True)
class FeedMeta:
    id: str             # stable URN of the feed (Atom id)
    title: str
    subtitle: str
    link: str           # the human page (the catalogue table)
    self_url: str       # where the file is served
    updated: datetime   # latest change in the data, never the clock


def _generator(meta: FeedMeta, items: list[FeedItem]) -> FeedGenerator:
    fg = FeedGenerator()
    fg.id(meta.id)
    fg.title(meta.title)
    fg.subtitle(meta.subtitle)
    # feedgen uses the last link as the RSS <link>: the human page goes last.
    fg.link(href=meta.self_url, rel="self")
    fg.link(href=meta.link, rel="alternate")
    fg.language("fr")
    fg.author({"name": "Catalogue des opportunités étudiantes Wallonie-Bruxelles"})
    fg.rights(RIGHTS)
    fg.updated(meta.updated)
    for item in items:
        entry = fg.add_entry(order="append")
        entry.id(item.guid)
        entry.guid(item.guid, permalink=False)
        entry.title(item.title)
        entry.link(href=item.link)
        entry.summary(item.html, type="html")
        entry.published(item.published)
        entry.updated(item.updated)
        if item.category:
            entry.category(term=item.category)
    return fg


def render_rss(meta: FeedMeta, items: list[FeedItem]) -> bytes:
    return _generator(meta, items).rss_str(pretty=True)


def render_atom(meta: FeedMeta, items: list[FeedItem]) -> bytes:
    return _generator(meta, items).atom_str(pretty=True)
