"""A large WBI-like site for the crawl benchmark, generated and served from memory.

    python -m bench.large_snapshot --articles 5000 --port 8900   # serve it by hand

The spider's start listings (``scrapers.spiders.wbi.LISTING_PATHS``) each
get a share of the listing pages (10 cards each, a Drupal pager with first,
previous, a window of page numbers, next and last, as on wbi.be), and every
card leads to an article page built like the snapshot's: one ``<h1>``, a
print-button decoy and the real ``div.field--name-body``, a date field, and
French text with a deadline, a stipend, a duration and an age limit whose
values vary from page to page. Pages are made on request from their number
and a seed, so 5,000 of them cost no disk and little memory, and the same
path always gets the same bytes (ETag and 304 work as on the live site).
"""
from __future__ import annotations

import argparse
import hashlib
import math
import random
import threading
import time
import unicodedata
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

from scrapers.spiders.wbi import LISTING_PATHS, STANDING_PROGRAMME_PATHS

CARDS_PER_PAGE = 10
PAGER_WINDOW = 4
ROBOTS_TXT = b"User-agent: *\nDisallow: /user/login\nDisallow: /search/\n"
_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"]
_KINDS = [
    ("Offre de stage", "Le stage se déroule à {city} pendant {months} mois."),
    ("Bourse d'excellence", "La bourse couvre un séjour de {months} mois à {city}."),
    ("Appel à candidatures", "Le projet retenu est soutenu pendant {months} mois à {city}."),
]
_CITIES = ["Paris", "Québec", "Dakar", "Genève", "Rome", "Hanoï", "Kinshasa", "Montréal", "Bruxelles", "Namur"]
_FILLER = ("La Fédération Wallonie-Bruxelles soutient la mobilité internationale des étudiants et des jeunes "
           "diplômés. Les candidats présentent un projet clair, un budget et une lettre de motivation. Le dossier "
           "complet est envoyé par courriel au service des bourses. Une réponse est communiquée dans les six "
           "semaines qui suivent la clôture de l'appel.").split(". ")


@dataclass(frozen=True)
class LargeSnapshot:
    """``articles`` article pages behind ceil(articles / 10) listing pages."""

    articles: int
    seed: int = 2025

    @property
    def listing_pages(self) -> int:
        return math.ceil(self.articles / CARDS_PER_PAGE)

    @property
    def total_pages(self) -> int:
        """Everything the spider fetches: robots.txt, listing pages, articles, standing programmes."""
        return 1 + self.listing_pages + self.articles + len(STANDING_PROGRAMME_PATHS)

    # -- layout ----------------------------------------------------------------
    def pages_in(self, section: int) -> int:
        """Listing pages of start listing ``section`` (global page j goes to section j % 5)."""
        return len(range(section, self.listing_pages, len(LISTING_PATHS)))

    def listing_path(self, section: int, page: int) -> str:
        return f"{LISTING_PATHS[section]}?page={page}"

    def article_path(self, number: int) -> str:
        # Pathauto-style slug: accents dropped (SOURCES.md §1.1).
        city = unicodedata.normalize("NFKD", _CITIES[number % len(_CITIES)]).encode("ascii", "ignore").decode()
        return f"/fr/actualites/offre-{number:05d}-{city.lower()}"

    def article_paths(self) -> list[str]:
        return [self.article_path(n) for n in range(self.articles)]

    def listing_paths(self) -> list[str]:
        return [self.listing_path(s, p) for s in range(len(LISTING_PATHS)) for p in range(self.pages_in(s))]

    # -- pages -----------------------------------------------------------------
    def page(self, raw_path: str) -> tuple[bytes, str] | None:
        """(body, content type) of a path, or None for a 404."""
        parts = urlsplit(raw_path)
        path = parts.path.rstrip("/") or "/"
        if path == "/robots.txt":
            return ROBOTS_TXT, "text/plain; charset=UTF-8"
        if path in LISTING_PATHS:
            page = int(parts.query.removeprefix("page=")) if parts.query.startswith("page=") else 0
            section = LISTING_PATHS.index(path)
            if 0 <= page < max(1, self.pages_in(section)):
                return self._listing(section, page).encode(), "text/html; charset=UTF-8"
            return None
        if path in STANDING_PROGRAMME_PATHS:
            return self._article(self.articles, path).encode(), "text/html; charset=UTF-8"
        if path.startswith("/fr/actualites/offre-"):
            try:
                number = int(path.split("-")[1])
            except (IndexError, ValueError):
                return None
            if 0 <= number < self.articles and path == self.article_path(number):
                return self._article(number, path).encode(), "text/html; charset=UTF-8"
        return None

    def _listing(self, section: int, page: int) -> str:
        base = LISTING_PATHS[section]
        global_page = page * len(LISTING_PATHS) + section
        first = global_page * CARDS_PER_PAGE
        cards = "\n".join(self._card(n) for n in range(first, min(first + CARDS_PER_PAGE, self.articles)))
        last = max(0, self.pages_in(section) - 1)
        links = []
        if page > 0:
            links += [f'<li class="pager__item pager__item--first"><a href="?page=0">« Premier</a></li>',
                      f'<li class="pager__item pager__item--previous"><a href="?page={page - 1}" rel="prev">‹</a></li>']
        for number in range(max(0, page - PAGER_WINDOW), min(last, page + PAGER_WINDOW) + 1):
            links.append(f'<li class="pager__item"><a href="?page={number}">{number + 1}</a></li>')
        if page < last:
            links += [f'<li class="pager__item pager__item--next"><a href="?page={page + 1}" rel="next">›</a></li>',
                      f'<li class="pager__item pager__item--last"><a href="?page={last}">Dernier »</a></li>']
        return _document("fr", f"Actualités – page {page + 1}", f"""
<div class="view-content">
{cards}
</div>
<nav class="pager" role="navigation" aria-labelledby="pagination-heading">
<h4 id="pagination-heading" class="visually-hidden">Pagination</h4>
<ul class="pager__items js-pager__items">
{chr(10).join(links)}
</ul>
</nav>""", canonical=base)

    def _card(self, number: int) -> str:
        title, day = self._title(number), self._published(number)
        return f"""<div class="search-result views-row">
<article class="node node--type-actualite node--view-mode-teaser">
<h3 class="search-result__title"><a href="{self.article_path(number)}" hreflang="fr">{title}</a></h3>
<div class="search-result__date"><time datetime="{day}T10:00:00+01:00" class="datetime">{_dmy(day)}</time></div>
<div class="search-result__teaser field--name-field-chapo"><p>{title} : les candidatures sont ouvertes.</p></div>
</article>
</div>"""

    def _title(self, number: int) -> str:
        label = _KINDS[number % len(_KINDS)][0]
        return f"{label} n° {number} à {_CITIES[number % len(_CITIES)]}"

    def _published(self, number: int) -> str:
        return f"2025-{1 + number % 2:02d}-{1 + number % 28:02d}"

    def _article(self, number: int, path: str) -> str:
        rng = random.Random(self.seed * 1_000_003 + number)
        where = _KINDS[number % len(_KINDS)][1]
        city = _CITIES[number % len(_CITIES)]
        months = rng.choice([2, 3, 6, 9, 12])
        amount = rng.choice([800, 1000, 1200, 1400, 1600, 2120])
        age = rng.choice([26, 30, 35])
        deadline_day, deadline_month = rng.randint(1, 28), rng.randint(3, 12)
        filler = " ".join(f"<p>{rng.choice(_FILLER)}.</p>" for _ in range(rng.randint(4, 10)))
        published = self._published(number)
        body = f"""
<h2>Informations générales</h2>
<p>{where.format(city=city, months=months)}</p>
<p>Le montant de la bourse est de {amount} euros par mois.</p>
<h2>Conditions</h2>
<p>Être âgé de moins de {age} ans et être inscrit dans un établissement de la Fédération Wallonie-Bruxelles.</p>
<h2>Candidature</h2>
<p>Date limite : le {deadline_day} {_MONTHS[deadline_month - 1]} 2025 à 23h59.</p>
{filler}
<p>Contact : bourses@wbi.be</p>"""
        return _document("fr", self._title(number), f"""
<article role="article" class="node node--type-actualite node--view-mode-full">
<div class="node__meta">
<div class="field field--name-field-date field--type-datetime field--label-hidden field__item"><time datetime="{published}T10:00:00+01:00" class="datetime">{_dmy(published)}</time></div>
</div>
<div class="node__content">
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
<div class="node__tools"><a href="#" class="printButton" onclick="window.print(); return false;">Imprimer</a></div>
</div>
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">{body}
</div>
</div>
</article>""", canonical=path, h1=True)


def _dmy(iso: str) -> str:
    year, month, day = iso.split("-")
    return f"{day}/{month}/{year}"


def _document(lang: str, title: str, content: str, *, canonical: str, h1: bool = False) -> str:
    heading = f'<h1 class="page-title"><span class="field field--name-title">{title}</span></h1>' if h1 else \
        f'<h2 class="page-title">{title}</h2>'
    return f"""<!DOCTYPE html>
<html lang="{lang}" dir="ltr">
<head>
<meta charset="utf-8">
<link rel="canonical" href="https://www.wbi.be{canonical}">
<title>{title} | WBI</title>
</head>
<body class="path-node">
<a href="#main-content" class="visually-hidden focusable skip-link">Aller au contenu principal</a>
<header role="banner" class="header"><nav class="menu--main"><ul class="menu">
<li class="menu-item"><a href="/fr">Accueil</a></li><li class="menu-item"><a href="/fr/actualites">Actualités</a></li>
</ul></nav></header>
<main role="main">
<a id="main-content" tabindex="-1"></a>
<div class="region region-content">
{heading}
{content}
</div>
</main>
<footer class="footer"><p>Wallonie-Bruxelles International – Place Sainctelette 2, 1080 Bruxelles</p></footer>
</body>
</html>
"""


# -- serving -------------------------------------------------------------------------

class _Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 256  # the crawler opens 16 connections at once


def serve(site: LargeSnapshot, port: int = 0) -> ThreadingHTTPServer:
    """Serve ``site`` on 127.0.0.1 in a background thread; ``server.server_address[1]`` is the port."""

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format, *args):  # noqa: A002 - signature from the base class
            pass

        def do_GET(self):
            found = site.page(self.path)
            if found is None:
                body, ctype, status = b"<html><body><h1>Page introuvable</h1></body></html>", "text/html", 404
            else:
                (body, ctype), status = found, 200
            etag = '"%s"' % hashlib.sha1(body).hexdigest()[:16]
            if status == 200 and self.headers.get("If-None-Match") == etag:
                self.send_response(304)
                self.send_header("ETag", etag)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.send_header("ETag", etag)
            self.end_headers()
            self.wfile.write(body)

    server = _Server(("127.0.0.1", port), Handler)
    threading.Thread(target=server.serve_forever, name="large-snapshot", daemon=True).start()
    return server


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=5000)
    parser.add_argument("--port", type=int, default=8900)
    args = parser.parse_args(argv)
    site = LargeSnapshot(args.articles)
    server = serve(site, args.port)
    print(f"{site.total_pages} pages on http://127.0.0.1:{server.server_address[1]} (Ctrl+C to stop)")
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        server.shutdown()


if __name__ == "__main__":
    main()
