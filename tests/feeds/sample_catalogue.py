"""A small, realistic catalogue shared by the feed and Datasette tests, built as a crawl builds one.

Four WBI opportunities and one eJustice scheme, each a crawled page whose
record the extraction core reads from its text, stored by the store
(``pipelines.store.Catalogue``) over seven nightly runs, statuses computed
for ``AS_OF``: the FAO internship of the seeds (its deadline moved from
7 to 14 March 2025 at midnight, 1.200 euros a month), an excellence
scholarship with two all-day sessions, an internship withdrawn (410) on the
last run, a call whose scraped title and evidence carry a ``<script>``, and
a decree with a rule but no fixed date. Every row is one the store
writes, so the feeds and the site are tested on the catalogue they serve.
"""
from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

from normalise.record import extract_record
from pipelines.normalise import resolve
from pipelines.store import Catalogue
from scrapers.items import CrawledPage, GonePage

FAO_ID = "wbi-offre-stage-bureau-liaison-fao-bruxelles"
FAO_URL = "https://www.wbi.be/fr/actualites/offre-stage-bureau-liaison-fao-bruxelles"
SCHOLARSHIP_ID = "wbi-obtenir-bourse-dexcellence-in-wbi"
SCHOLARSHIP_URL = "https://www.wbi.be/fr/aide-service/obtenir-bourse-dexcellence-in-wbi"
WITHDRAWN_ID = "wbi-offre-stage-centre-international-recherche-cancer-circ"
WITHDRAWN_URL = "https://www.wbi.be/fr/actualites/offre-stage-centre-international-recherche-cancer-circ"
SCRIPT_ID = "wbi-appel-candidatures-formateur-louisiane"
SCRIPT_URL = "https://www.wbi.be/fr/actualites/appel-candidatures-formateur-louisiane"
DECREE_ID = "ejustice-2016036668"
DECREE_ELI = "https://www.ejustice.just.fgov.be/eli/decret/2016/12/22/2016036668/justel"
SCRIPT = "<script>alert(1)</script>"
FAO_TITLE = "Offre de stage au Bureau de liaison de la FAO à Bruxelles"
#: When the last run stored something (the CIRC internship answered 410).
LATEST_UPDATE = "2025-02-15T10:00:00+00:00"
AS_OF = "2025-02-20"

FAO_TEXT = (
    "Le Bureau de liaison de la FAO à Bruxelles offre un stage de 6 mois, du 15 avril au 15 octobre 2025.\n"
    "Apporter un soutien à l'équipe communication pour la promotion de notre bureau et de la FAO sur les "
    "réseaux sociaux ainsi que dans notre newsletter. Le bureau de Bruxelles fait partie du réseau mondial "
    "des bureaux de liaison de la FAO.\n"
    "Wallonie-Bruxelles International octroie une bourse d’un montant forfaitaire mensuel de 1.200 euros /mois.\n"
    "Être étudiant de premier ou de deuxième cycle, ou être récemment diplômé(e) depuis moins de deux ans.\n"
    "Les candidatures sont à envoyer pour vendredi {deadline}, à minuit à bourses@wbi.be"
)

#: (run, fetched at, what the crawl handed the store) in the order the nights stored them.
NIGHTS = [
    (1, "2025-01-02T08:00:00+00:00", "decree"),
    (2, "2025-01-05T08:00:00+00:00", "scholarship"),
    (3, "2025-02-01T09:00:00+00:00", "withdrawn"),
    (4, "2025-02-10T09:00:00+00:00", "fao-7-march"),
    (5, "2025-02-12T09:00:00+00:00", "fao-14-march"),
    (6, "2025-02-14T09:00:00+00:00", "script"),
    (7, LATEST_UPDATE, "gone"),
]
LAST_RUN = NIGHTS[-1][0]


def _page(source: str, url: str, title: str, text: str, fetched_at: str, *, published: str | None = None,
          kind_hint: str | None = None, legal_act: dict | None = None, attachments: list | None = None) -> CrawledPage:
    """A crawled page with the record the normalise pipeline would give it."""
    reference = date.fromisoformat(published or fetched_at[:10])
    page = CrawledPage(source=source, url=url, status=200, title=title, body_text=text, fetched_at=fetched_at,
                       content_hash=hashlib.sha256(text.encode()).hexdigest(), language="fr", published=published,
                       kind_hint=kind_hint, legal_act=legal_act, attachments=attachments or [], bytes=len(text))
    page.record = extract_record(text, title=title, url=url, reference_date=reference, language="fr",
                                 kind_hint=kind_hint)
    return resolve(page)


def crawled(what: str, fetched_at: str) -> CrawledPage | GonePage:
    """What one night's crawl handed the store."""
    if what == "decree":
        return _page(
            "ejustice", DECREE_ELI, "Décret relatif aux bourses d'études (Fédération Wallonie-Bruxelles)",
            "Article 1er. Le Gouvernement octroie des allocations d'études aux étudiants de la Communauté française.\n"
            "Art. 2. La demande est introduite au plus tard deux mois avant le début des études.",
            fetched_at, published="2017-01-10", kind_hint="legal_scheme",
            legal_act={"eli": DECREE_ELI, "numac": "2016036668", "title": "22 DECEMBRE 2016. - Décret",
                       "act_type": "decret", "act_date": "2016-12-22", "source_authority": "Communauté française",
                       "publication_date": "2017-01-10", "publication_page": 1234, "dossier_number": "2016-12-22/10",
                       "entry_into_force": "2017-01-01", "modifies": [], "consolidation_date": None,
                       "pdf_original": "https://www.ejustice.just.fgov.be/mopdf/2017/01/10_1.pdf#Page12",
                       "pdf_consolidated": None, "versions_archived": None, "articles": [], "translations": []},
        )
    if what == "scholarship":
        return _page(
            "wbi", SCHOLARSHIP_URL, "Obtenir une bourse d'excellence IN.WBI",
            "Les bourses d'excellence IN.WBI permettent à des chercheurs étrangers, doctorants ou post-doctorants, "
            "d'effectuer un séjour de recherche de 3 à 12 mois en Wallonie ou à Bruxelles.\n"
            "Le montant de la bourse est de 2.120 euros par mois.\n"
            "Dates limites de dépôt des candidatures : 15 janvier 2025 et 1er mars 2025.",
            fetched_at,
        )
    if what == "withdrawn":
        return _page(
            "wbi", WITHDRAWN_URL, "Offre de stage au Centre international de recherche sur le cancer (CIRC)",
            "Le CIRC à Lyon offre un stage à un étudiant de master.\n"
            "Le stagiaire reçoit une bourse de 1.400 euros par mois.\n"
            "Les candidatures sont à envoyer au plus tard le 5 mars 2025 à 23h59.",
            fetched_at, published="2025-02-01",
        )
    if what.startswith("fao-"):
        deadline = {"fao-7-march": "7 mars 2025", "fao-14-march": "14 mars 2025"}[what]
        return _page("wbi", FAO_URL, FAO_TITLE, FAO_TEXT.format(deadline=deadline), fetched_at,
                     published="2025-02-10")
    if what == "script":
        return _page(
            "wbi", SCRIPT_URL, f"Appel à projets {SCRIPT} : formateurs en Louisiane",
            f"Appel à projets {SCRIPT} : les associations peuvent introduire un projet de formation d'enseignants "
            "en Louisiane, ouvert aux jeunes diplômés.\n"
            f"Les projets sont à introduire au plus tard le 30 avril 2025 à 12h00 {SCRIPT}.",
            fetched_at, published="2025-02-14",
        )
    return GonePage("wbi", WITHDRAWN_URL, 410, fetched_at)


def build_sample_catalogue(path: Path) -> Path:
    """Store the seven nights into a catalogue at ``path`` and compute its statuses for ``AS_OF``."""
    for run_id, fetched_at, what in NIGHTS:
        catalogue = Catalogue(path, run_id=run_id, now=fetched_at)
        catalogue.store(crawled(what, fetched_at), extractor_version="sample")
        catalogue.refresh_statuses(date.fromisoformat(fetched_at[:10]))
        catalogue.record_run(run_id, started=fetched_at, finished=fetched_at, sources=("wbi", "ejustice"),
                             pages=1, items=1, errors=0, bytes=1000, duration_s=1.0, status="ok", details={})
        catalogue.close()
    catalogue = Catalogue(path, run_id=LAST_RUN, now=LATEST_UPDATE)
    catalogue.refresh_statuses(date.fromisoformat(AS_OF))
    catalogue.close()
    return path
