"""Response times of the student site and feed build time on a large generated catalogue.

    python -m bench.catalogue [--opportunities 100000] [--requests 50] [--db PATH] [--keep]

Generates a catalogue with the real schema (``pipelines.schema.migrate``: the
same tables, views, indexes, FTS table and triggers) holding ``--opportunities``
rows with realistic shares of kinds, statuses, levels, deadlines around the
catalogue date, hosts and countries, and page-sized French bodies; then times,
through Datasette's in-process client with the site's configuration and
settings (``opportunities.site.SETTINGS``, ``data/`` metadata, templates and
plugins), ``--requests`` requests of each page a student uses:

- Datasette's own pages (``?_dev=1``, what developers reach): the opportunities
  table page with its six facets, filtered, sorted, and the closing-soon view;
- full-text search: the ``search`` canned query (landing page box) and the
  table's own ``_search`` with facets, over a rotation of French words;
- the eligibility finder (``/finder``): everything open, a master student's
  internships, a stipend and deadline search, words with a level, and the
  live RSS and iCalendar feeds of a search;
- the lists the landing page links to, as students get them (the finder's
  cards, ``opportunities.student_lists``): views, a canned query, the table by kind;

and reports p50/p95 per page (target p95 < 200 ms), then the time to build
every feed. The in-process client skips the network but runs everything else
(routing, SQL, facets, templates). Results go to bench/results/catalogue.json.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import random
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

import sqlite_utils

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results" / "catalogue.json"
AS_OF = date(2025, 2, 20)
TARGET_P95_MS = 200
SEED = 20250220

KINDS = [("internship", 35), ("scholarship", 25), ("call_for_projects", 14), ("competition", 5),
         ("summer_school", 6), ("training", 6), ("legal_scheme", 3), ("job", 3), ("event", 3)]
STATUSES = [("open", 30), ("closed", 48), ("rolling", 8), ("withdrawn", 5), ("unknown", 9)]
LEVELS = [("bachelor", 40), ("master", 55), ("phd", 20), ("postdoc", 8), ("graduate", 35), ("researcher", 8),
          ("staff", 5), ("secondary", 3)]
HOSTS = [("FAO", "Bruxelles", "BE"), ("UNESCO", "Paris", "FR"), ("OIF", "Paris", "FR"), ("CITF", "Québec", "CA"),
         ("VIAA", "Riga", "LV"), ("OMS", "Genève", "CH"), ("PNUD", "New York", "US"), ("UNICEF", "Dakar", "SN"),
         ("AUF", "Montréal", "CA"), ("OCDE", "Paris", "FR"), (None, "Kinshasa", "CD"), (None, "Bruxelles", "BE"),
         (None, "Namur", "BE"), (None, "Liège", "BE"), (None, None, None), (None, None, None)]
SENTENCES = [
    "Le bureau fait partie du réseau mondial des bureaux de liaison de l'organisation.",
    "Le ou la stagiaire apporte un soutien à l'équipe communication sur les réseaux sociaux.",
    "Wallonie-Bruxelles International octroie une bourse d'un montant forfaitaire mensuel.",
    "Les candidatures sont à envoyer par courriel avant la date limite, à minuit.",
    "Être inscrit dans un établissement d'enseignement supérieur de la Fédération Wallonie-Bruxelles.",
    "Être âgé de moins de 35 ans au moment du dépôt de la candidature.",
    "Le programme soutient la mobilité des étudiants et des jeunes diplômés.",
    "Les frais de voyage aller-retour sont remboursés sur présentation des justificatifs.",
    "La connaissance de l'anglais est requise, celle de l'espagnol est un atout.",
    "Le stage se déroule au siège de l'organisation, pour une durée de six mois.",
    "Les projets multilatéraux de création et de circulation théâtrale sont éligibles.",
    "Un jury indépendant sélectionne les lauréats sur la base de l'excellence du dossier.",
    "La bourse couvre les frais de séjour et une assurance pendant toute la durée du séjour.",
    "Les chercheurs étrangers peuvent suivre une formation de haut niveau en Wallonie ou à Bruxelles.",
    "La simulation des négociations internationales forme aux enjeux de la diplomatie.",
    "Le dossier comprend un curriculum vitae, une lettre de motivation et le dernier diplôme obtenu.",
    "Les résultats de la sélection sont communiqués aux candidats par courrier électronique.",
    "L'agriculture, la sécurité alimentaire et la biodiversité sont au cœur des priorités du bureau.",
]
TITLES = ["Offre de stage au {org} à {city}", "Bourse d'excellence pour étudiants en {field}",
          "Appel à projets {field} {year}", "Stage en communication au {org}", "École d'été en {field} à {city}",
          "Concours de plaidoirie {year}", "Bourses de mobilité vers {city}"]
FIELDS = ["sciences politiques", "agronomie", "droit international", "communication", "théâtre", "physique",
          "relations internationales", "santé publique", "informatique", "architecture"]
SEARCH_WORDS = ["reseau", "stage", "bourse", "FAO", "étudiantes", "diplomatie", "theatre", "biodiversité",
                "agronomie", "UNESCO", "jeunes diplômés", "négociations"]


def weighted(rng: random.Random, choices):
    values, weights = zip(*choices)
    return rng.choices(values, weights=weights)[0]


def generate(path: Path, count: int) -> float:
    """Write ``count`` opportunities with their child rows into a new catalogue; return seconds taken."""
    from pipelines.schema import migrate

    started = time.perf_counter()
    rng = random.Random(SEED)
    db = sqlite_utils.Database(path)
    migrate(db)
    db.execute("pragma journal_mode = off")
    db.execute("pragma synchronous = off")
    db["catalogue_info"].insert_all([{"key": "as_of", "value": AS_OF.isoformat()}, {"key": "mode", "value": "bench"}])
    batch = 2000
    with db.atomic():
        for start in range(0, count, batch):
            opportunities, deadlines, stipends, eligibility = [], [], [], []
            for n in range(start, min(start + batch, count)):
                opp_id = f"bench-{n:06d}"
                kind = weighted(rng, KINDS)
                status = weighted(rng, STATUSES)
                org, city, country = rng.choice(HOSTS)
                levels = sorted({weighted(rng, LEVELS) for _ in range(rng.randint(1, 3))})
                if status == "open":
                    day = AS_OF + timedelta(days=int(rng.expovariate(1 / 45)))
                elif status in ("closed", "withdrawn"):
                    day = AS_OF - timedelta(days=rng.randint(1, 700))
                else:
                    day = None
                deadline = f"{day.isoformat()}T23:59" if day else None
                monthly = rng.choice([None, None, 500, 750, 1000, 1200, 1400, 1600, 2120])
                body = " ".join(rng.choice(SENTENCES) for _ in range(rng.randint(8, 24)))
                title = rng.choice(TITLES).format(org=org or "Délégation Wallonie-Bruxelles", city=city or "Bruxelles",
                                                  field=rng.choice(FIELDS), year=rng.randint(2020, 2026))
                eligibility_text = rng.choice(SENTENCES[4:6]) + " " + rng.choice(SENTENCES[8:9])
                opportunities.append({
                    "id": opp_id, "source": "ejustice" if kind == "legal_scheme" else "wbi",
                    "url": f"https://www.wbi.be/fr/actualites/bench-{n}", "title": title, "kind": kind,
                    "language": "fr", "status": status, "summary": body[:280], "body": body,
                    "next_deadline": deadline if status == "open" else None, "last_deadline": deadline,
                    "deadline_rule": "au plus tard un mois avant le départ" if status == "rolling" else None,
                    "stipend_monthly_eur": monthly,
                    "stipend_summary": f"{monthly} €/mois" if monthly else None,
                    "duration_min_months": rng.choice([None, 1, 3, 6]), "duration_max_months": rng.choice([None, 6, 12]),
                    "age_max": rng.choice([None, None, 30, 35]), "requires_fwb": rng.choice([None, 1]),
                    "graduated_within_years": rng.choice([None, None, 2, 3]),
                    "levels": json.dumps(levels), "languages": json.dumps(["fr"]), "contact_emails": "[]",
                    "organisation": org, "city": city, "country": country,
                    "eligibility_text": eligibility_text,
                    "published": (AS_OF - timedelta(days=rng.randint(0, 900))).isoformat(),
                    "first_seen": f"{(AS_OF - timedelta(days=rng.randint(0, 900))).isoformat()}T03:00:00+00:00",
                    "last_seen": f"{AS_OF.isoformat()}T03:00:00+00:00",
                    "updated": f"{(AS_OF - timedelta(days=rng.randint(0, 300))).isoformat()}T03:00:00+00:00",
                    "attribution": "Wallonie-Bruxelles International (WBI) – www.wbi.be", "record": "{}",
                })
                if day:
                    deadlines.append({"id": f"{opp_id}:0", "opportunity_id": opp_id, "date": day.isoformat(),
                                      "time": "23:59", "datetime": f"{day.isoformat()}T23:59:00+01:00",
                                      "kind": "application", "rule": None,
                                      "evidence": f"Date limite : {day.strftime('%d/%m/%Y')} à minuit."})
                if monthly:
                    stipends.append({"id": f"{opp_id}:0", "opportunity_id": opp_id, "amount": monthly,
                                     "currency": "EUR", "period": "month", "is_maximum": 0, "applies_to": None,
                                     "monthly_eur": monthly, "evidence": f"Une bourse de {monthly} euros par mois."})
                eligibility += [{"id": f"{opp_id}:level:{level}", "opportunity_id": opp_id, "criterion": "level",
                                 "value": level, "evidence": eligibility_text} for level in levels]
            db["opportunities"].insert_all(opportunities, batch_size=batch)
            db["deadlines"].insert_all(deadlines, batch_size=batch)
            db["stipends"].insert_all(stipends, batch_size=batch)
            db["eligibility"].insert_all(eligibility, batch_size=batch)
    db.execute("analyze")
    db.close()
    return time.perf_counter() - started


def site(db_path: Path, feeds_dir: Path):
    # Repeated requests would be answered by the page cache: time what a page costs to compute.
    os.environ["OPPORTUNITIES_PAGE_CACHE_MB"] = "0"
    from opportunities.site import datasette_site

    return datasette_site(db_path, feeds_dir=feeds_dir)


async def time_pages(ds, pages: dict[str, list[str]], requests: int) -> dict[str, dict]:
    results = {}
    for name, paths in pages.items():
        await ds.client.get(paths[0])  # warm-up: connections, templates, SQLite page cache
        timings = []
        for i in range(requests):
            path = paths[i % len(paths)]
            started = time.perf_counter()
            response = await ds.client.get(path)
            timings.append((time.perf_counter() - started) * 1000)
            if response.status_code != 200:
                raise RuntimeError(f"{path}: HTTP {response.status_code}")
            if "facet" in name and "timed out" in response.text.lower():
                print(f"warning: a facet timed out on {path}", file=sys.stderr)
        timings.sort()
        results[name] = {
            "path": paths[0],
            "requests": requests,
            "p50_ms": round(statistics.median(timings), 1),
            "p95_ms": round(timings[max(0, int(round(0.95 * len(timings))) - 1)], 1),
            "max_ms": round(timings[-1], 1),
        }
    return results


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--opportunities", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=50)
    parser.add_argument("--db", type=Path, help="reuse (or keep) the generated catalogue at this path")
    parser.add_argument("--keep", action="store_true", help="keep the temporary directory")
    args = parser.parse_args(argv)
    if args.db and args.db.name != "catalogue.db":
        parser.error("--db must name a file called catalogue.db: Datasette names the database after the file")

    from feeds import build_feeds

    work = Path(tempfile.mkdtemp(prefix="bench-catalogue-"))
    db_path = args.db or work / "catalogue.db"
    generated_s = None
    if not db_path.exists():
        generated_s = generate(db_path, args.opportunities)
        print(f"generated {args.opportunities} opportunities in {generated_s:.1f} s ({db_path.stat().st_size / 2**20:.0f} MiB)")
    feeds_dir = work / "feeds"
    started = time.perf_counter()
    written = build_feeds(db_path, feeds_dir)
    feeds_s = time.perf_counter() - started
    feeds_bytes = sum(p.stat().st_size for p in written)
    print(f"feeds: {len(written)} files, {feeds_bytes / 2**20:.1f} MiB in {feeds_s:.2f} s")

    words = [w.replace(" ", "+") for w in SEARCH_WORDS]
    pages = {
        # Datasette's own pages (developers; "API / données" links add _dev=1)
        "Datasette's table page with facets (?_dev=1)": ["/catalogue/opportunities?_dev=1"],
        "Datasette's table page, filtered (status=open, kind=internship)": [
            "/catalogue/opportunities?status=open&kind=internship&_dev=1"],
        "Datasette's closing_30_days view page (?_dev=1)": ["/catalogue/closing_30_days?_dev=1"],
        "Datasette's table page, sorted and faceted (_sort=title&_facet=kind)": [
            "/catalogue/opportunities?_sort=title&_facet=kind"],
        "full-text search (search query)": [f"/catalogue/search?q={w}" for w in words],
        "full-text search (table _search with facets)": [f"/catalogue/opportunities?_search={w}" for w in words],
        "finder, no criteria (/finder)": ["/finder"],
        "finder: master, 24, FWB, internships": ["/finder?level=master&age=24&fwb=1&kind=internship"],
        "finder: master, >= 1 000 EUR/month, deadline by 31/03/2025": [
            "/finder?level=master&min_stipend=1+000&deadline_before=31/03/2025"],
        "finder with words and a level (q=…&level=master)": [f"/finder?q={w}&level=master" for w in words],
        "finder feed, RSS (/finder.rss?level=master&kind=internship)": ["/finder.rss?level=master&kind=internship"],
        "finder feed, iCalendar (/finder.ics?level=master&kind=internship)": [
            "/finder.ics?level=master&kind=internship"],
        # the lists the landing page links to, as students get them (opportunities.student_lists)
        "students' list: open_now (cards)": ["/catalogue/open_now"],
        "students' list: closing_30_days (cards)": ["/catalogue/closing_30_days"],
        "students' list: closing_7_days (cards)": ["/catalogue/closing_7_days"],
        "students' list: min_stipend query (amount=1 000)": ["/catalogue/min_stipend?amount=1+000"],
        "students' list: opportunities of a kind (?kind=internship)": ["/catalogue/opportunities?kind=internship"],
        "students' list: open opportunities (?status=open)": ["/catalogue/opportunities?status=open"],
        "opportunity page": [f"/catalogue/opportunities/bench-{n:06d}" for n in range(0, 100_000, 1999)
                             if n < args.opportunities],
    }
    ds = site(db_path, feeds_dir)
    results = asyncio.run(time_pages(ds, pages, args.requests))
    print(f"\n| page | p50 (ms) | p95 (ms) | max (ms) |\n|---|---|---|---|")
    for name, r in results.items():
        print(f"| {name} | {r['p50_ms']} | {r['p95_ms']} | {r['max_ms']} |")
    missed = [name for name, r in results.items() if r["p95_ms"] >= TARGET_P95_MS]
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps({
        "opportunities": args.opportunities, "requests": args.requests, "generated_s": generated_s,
        "feeds": {"files": len(written), "bytes": feeds_bytes, "seconds": round(feeds_s, 2)},
        "pages": results, "target_p95_ms": TARGET_P95_MS, "missed": missed,
        "machine": {"python": platform.python_version(), "platform": platform.platform(), "cpus": os.cpu_count()},
    }, indent=2, ensure_ascii=False))
    print(f"\nfeeds built in {feeds_s:.2f} s; results in {RESULTS.relative_to(ROOT)}")
    if missed:
        print(f"p95 target ({TARGET_P95_MS} ms) missed: {', '.join(missed)}")
    if not args.keep and args.db is None:
        import shutil

        shutil.rmtree(work, ignore_errors=True)
    return 2 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
