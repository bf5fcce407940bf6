"""A small, realistic catalogue shared by the feed and Datasette tests.

Four WBI opportunities and one eJustice scheme: the FAO internship of the
seeds (deadline 14 March 2025 at midnight, 1.200 euros a month), an
excellence scholarship with an all-day deadline, a withdrawn internship, a
call whose scraped title and evidence carry a ``<script>``, and a decree with
a rule but no fixed date.
"""
from __future__ import annotations

import json
from pathlib import Path

import sqlite_utils

from pipelines.schema import migrate

FAO_ID = "wbi-offre-stage-bureau-liaison-fao-bruxelles"
FAO_URL = "https://www.wbi.be/fr/actualites/offre-stage-bureau-liaison-fao-bruxelles"
SCHOLARSHIP_ID = "wbi-obtenir-bourse-dexcellence-in-wbi"
WITHDRAWN_ID = "wbi-offre-stage-centre-international-recherche-cancer-circ"
SCRIPT_ID = "wbi-appel-candidatures-formateur-louisiane"
DECREE_ID = "ejustice-2016036668"
SCRIPT = "<script>alert(1)</script>"
ATTRIBUTION = "Wallonie-Bruxelles International (WBI) – www.wbi.be"
LATEST_UPDATE = "2025-02-15T10:00:00+00:00"
AS_OF = "2025-02-20"


def _opportunity(**fields):
    base = {
        "source": "wbi",
        "language": "fr",
        "status": "open",
        "summary": None,
        "body": "",
        "next_deadline": None,
        "last_deadline": None,
        "deadline_rule": None,
        "stipend_monthly_eur": None,
        "stipend_summary": None,
        "duration_min_months": None,
        "duration_max_months": None,
        "start_date": None,
        "end_date": None,
        "age_max": None,
        "requires_fwb": None,
        "graduated_within_years": None,
        "levels": "[]",
        "languages": "[]",
        "contact_emails": "[]",
        "published": None,
        "content_hash": None,
        "attribution": ATTRIBUTION,
        "record": "{}",
    }
    base.update(fields)
    base.setdefault("last_seen", base.get("updated"))
    return base


OPPORTUNITIES = [
    _opportunity(
        id=FAO_ID,
        url=FAO_URL,
        title="Offre de stage au Bureau de liaison de la FAO à Bruxelles",
        kind="internship",
        summary="Stage de 6 mois au Bureau de liaison de la FAO (FAOLOB) à Bruxelles.",
        body=(
            "Apporter un soutien à l'équipe communication pour la promotion de notre bureau "
            "et de la FAO sur les réseaux sociaux ainsi que dans notre newsletter. "
            "Le bureau de Bruxelles fait partie du réseau mondial des bureaux de liaison de la FAO. "
            "Wallonie-Bruxelles International octroie une bourse d’un montant forfaitaire "
            "mensuel de 1.200 euros /mois."
        ),
        next_deadline="2025-03-14T23:59",
        last_deadline="2025-03-14T23:59",
        stipend_monthly_eur=1200.0,
        stipend_summary="1.200 euros par mois",
        duration_min_months=6.0,
        duration_max_months=6.0,
        start_date="2025-04-15",
        end_date="2025-10-15",
        requires_fwb=1,
        graduated_within_years=2,
        levels=json.dumps(["bachelor", "master", "graduate"]),
        languages=json.dumps(["en", "fr"]),
        contact_emails=json.dumps(["bourses@wbi.be"]),
        organisation="FAO",
        city="Bruxelles",
        country="BE",
        eligibility_text="de premier ou de deuxième cycle, ou être récemment diplômé(e) depuis moins de deux ans",
        published="2025-02-10",
        first_seen="2025-02-10T09:00:00+00:00",
        updated="2025-02-12T09:00:00+00:00",
    ),
    _opportunity(
        id=SCHOLARSHIP_ID,
        url="https://www.wbi.be/fr/aide-service/obtenir-bourse-dexcellence-suivre-formation-haut-niveau-wallonie-ou-bruxelles",
        title="Obtenir une bourse d'excellence IN.WBI",
        kind="scholarship",
        body="Bourse de 2.120 euros par mois pour des chercheurs étrangers.",
        next_deadline="2025-03-01T00:00",
        last_deadline="2025-03-01T00:00",
        stipend_monthly_eur=2120.0,
        stipend_summary="2.120 euros par mois",
        duration_min_months=3.0,
        duration_max_months=12.0,
        levels=json.dumps(["phd", "postdoc"]),
        languages=json.dumps(["fr"]),
        first_seen="2025-01-05T08:00:00+00:00",
        updated="2025-01-05T08:00:00+00:00",
    ),
    _opportunity(
        id=WITHDRAWN_ID,
        url="https://www.wbi.be/fr/actualites/offre-stage-centre-international-recherche-cancer-circ",
        title="Offre de stage au Centre international de recherche sur le cancer (CIRC)",
        kind="internship",
        status="withdrawn",
        body="Stage au CIRC à Lyon.",
        next_deadline="2025-03-05T23:59",
        stipend_monthly_eur=1400.0,
        stipend_summary="1.400 euros par mois",
        levels=json.dumps(["master"]),
        first_seen="2025-02-01T09:00:00+00:00",
        updated=LATEST_UPDATE,
    ),
    _opportunity(
        id=SCRIPT_ID,
        url="https://www.wbi.be/fr/actualites/appel-candidatures-devenir-formateurtrice-enseignante-louisiane",
        title=f"Appel à candidatures {SCRIPT} : devenir formateur en Louisiane",
        kind="call_for_projects",
        summary=f"Résumé avec {SCRIPT}",
        body=f"Texte de la page {SCRIPT} avec un script injecté.",
        next_deadline="2025-04-30T12:00",
        levels=json.dumps(["graduate"]),
        first_seen="2025-02-14T09:00:00+00:00",
        updated="2025-02-14T09:00:00+00:00",
    ),
    _opportunity(
        id=DECREE_ID,
        source="ejustice",
        url="https://www.ejustice.just.fgov.be/eli/decret/2016/12/22/2016036668/justel",
        title="Décret relatif aux bourses d'études (Fédération Wallonie-Bruxelles)",
        kind="legal_scheme",
        status="rolling",
        body="Le Gouvernement octroie des allocations d'études.",
        deadline_rule="Demande à introduire chaque année avant le 31 octobre",
        attribution="Moniteur belge / Justel (SPF Justice)",
        first_seen="2025-01-02T08:00:00+00:00",
        updated="2025-01-02T08:00:00+00:00",
    ),
]

DEADLINES = [
    {"id": f"{FAO_ID}:0", "opportunity_id": FAO_ID, "date": "2025-03-14", "time": "23:59",
     "datetime": "2025-03-14T23:59:00+01:00", "kind": "application", "rule": None,
     "evidence": "A envoyer pour vendredi 14 mars 2025, à minuit à bourses@wbi.be"},
    {"id": f"{SCHOLARSHIP_ID}:0", "opportunity_id": SCHOLARSHIP_ID, "date": "2025-01-15", "time": None,
     "datetime": "2025-01-15T00:00:00+01:00", "kind": "application", "rule": None,
     "evidence": "Première session : 15 janvier 2025"},
    {"id": f"{SCHOLARSHIP_ID}:1", "opportunity_id": SCHOLARSHIP_ID, "date": "2025-03-01", "time": None,
     "datetime": "2025-03-01T00:00:00+01:00", "kind": "application", "rule": None,
     "evidence": "Deuxième session : 1er mars 2025"},
    {"id": f"{WITHDRAWN_ID}:0", "opportunity_id": WITHDRAWN_ID, "date": "2025-03-05", "time": "23:59",
     "datetime": "2025-03-05T23:59:00+01:00", "kind": "application", "rule": None,
     "evidence": "Candidatures jusqu'au 5 mars 2025 à 23h59"},
    {"id": f"{SCRIPT_ID}:0", "opportunity_id": SCRIPT_ID, "date": "2025-04-30", "time": "12:00",
     "datetime": "2025-04-30T12:00:00+02:00", "kind": "application", "rule": None,
     "evidence": f"Date limite {SCRIPT} le 30 avril 2025 à midi"},
    {"id": f"{DECREE_ID}:0", "opportunity_id": DECREE_ID, "date": None, "time": None,
     "datetime": None, "kind": "application", "rule": "chaque année avant le 31 octobre",
     "evidence": "La demande est introduite avant le 31 octobre."},
]

STIPENDS = [
    {"id": f"{FAO_ID}:0", "opportunity_id": FAO_ID, "amount": 1200.0, "currency": "EUR", "period": "month",
     "is_maximum": 0, "applies_to": None, "monthly_eur": 1200.0,
     "evidence": "une bourse d’un montant forfaitaire mensuel de 1.200 euros /mois"},
]

CHANGES = [
    {"id": 1, "run_id": 1, "opportunity_id": FAO_ID, "at": "2025-02-10T09:00:00+00:00",
     "change": "new", "field": None, "old": None, "new": None},
    {"id": 2, "run_id": 2, "opportunity_id": FAO_ID, "at": "2025-02-12T09:00:00+00:00",
     "change": "changed", "field": "next_deadline", "old": "2025-03-07T23:59", "new": "2025-03-14T23:59"},
    {"id": 3, "run_id": 2, "opportunity_id": FAO_ID, "at": "2025-02-12T09:00:00+00:00",
     "change": "changed", "field": "body", "old": "ancien texte", "new": "nouveau texte"},
    {"id": 4, "run_id": 3, "opportunity_id": WITHDRAWN_ID, "at": LATEST_UPDATE,
     "change": "withdrawn", "field": "status", "old": "open", "new": "withdrawn"},
]


def build_sample_catalogue(path: Path) -> Path:
    """Create the sample catalogue at ``path`` through the project's migrations."""
    db = sqlite_utils.Database(path)
    migrate(db)
    db["opportunities"].insert_all(OPPORTUNITIES)
    db["deadlines"].insert_all(DEADLINES)
    db["stipends"].insert_all(STIPENDS)
    db["durations"].insert(
        {"opportunity_id": FAO_ID, "min_months": 6.0, "max_months": 6.0, "start": "2025-04-15",
         "end": "2025-10-15", "evidence": "Dates du stage: 15 avril au 15 octobre 2025"}
    )
    db["eligibility"].insert_all(
        [
            {"id": f"{FAO_ID}:level:{level}", "opportunity_id": FAO_ID, "criterion": "level", "value": level,
             "evidence": "de premier ou de deuxième cycle, ou être récemment diplômé(e)"}
            for level in ("bachelor", "master", "graduate")
        ]
        + [
            {"id": f"{opp_id}:level:{level}", "opportunity_id": opp_id, "criterion": "level", "value": level,
             "evidence": None}
            for opp_id, level in ((SCHOLARSHIP_ID, "phd"), (SCHOLARSHIP_ID, "postdoc"), (WITHDRAWN_ID, "master"),
                                  (SCRIPT_ID, "graduate"))
        ]
    )
    db["legal_acts"].insert(
        {"eli": "http://www.ejustice.just.fgov.be/eli/decret/2016/12/22/2016036668/justel",
         "opportunity_id": DECREE_ID, "numac": "2016036668", "title": "22 DECEMBRE 2016. - Décret",
         "act_type": "decret", "act_date": "2016-12-22", "source_authority": "Communauté française",
         "publication_date": "2017-01-10", "publication_page": 1234, "dossier_number": "2016-12-22/10",
         "entry_into_force": "2017-01-01", "modifies": "[]", "consolidation_date": None,
         "pdf_original": "https://www.ejustice.just.fgov.be/mopdf/2017/01/10_1.pdf#Page12",
         "pdf_consolidated": None, "content_hash": None}
    )
    db["pages"].insert(
        {"url": FAO_URL, "source": "wbi", "title": OPPORTUNITIES[0]["title"], "is_opportunity": 1,
         "kind": "internship", "opportunity_id": FAO_ID, "language": "fr", "published": "2025-02-10",
         "status_code": 200, "etag": None, "last_modified": None, "content_hash": "abc", "bytes": 20480,
         "first_fetched": "2025-02-10T09:00:00+00:00", "last_fetched": "2025-02-15T10:00:00+00:00",
         "text": OPPORTUNITIES[0]["body"]}
    )
    db["crawl_runs"].insert_all(
        [
            {"id": 1, "started": "2025-02-10T08:55:00+00:00", "finished": "2025-02-10T09:05:00+00:00",
             "sources": '["wbi"]', "pages": 40, "items": 3, "errors": 0, "bytes": 800000,
             "duration_s": 600.0, "status": "ok", "details": "{}"},
            {"id": 3, "started": "2025-02-15T09:55:00+00:00", "finished": "2025-02-15T10:05:00+00:00",
             "sources": '["wbi", "ejustice"]', "pages": 42, "items": 5, "errors": 0, "bytes": 820000,
             "duration_s": 610.0, "status": "ok", "details": "{}"},
        ]
    )
    db["changes"].insert_all(CHANGES)
    db["catalogue_info"].insert_all([{"key": "as_of", "value": AS_OF}, {"key": "last_run", "value": "3"}])
    db.close()
    return path
