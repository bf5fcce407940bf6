"""Feeds for students: RSS 2.0, Atom and iCalendar built from the catalogue.

Definitions are SQL (``queries.py``); ``items.py`` turns rows into feed items;
``rss.py`` and ``ical.py`` render them; ``build.py`` writes the files.
"""
from .build import build_feeds

__all__ = ["build_feeds"]
