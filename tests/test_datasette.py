"""The Datasette site configured by data/ (metadata.yaml, templates/, plugins/, static/)."""
from __future__ import annotations

import asyncio
import json
import os
import re
import sys
from datetime import datetime, timezone
from pathlib import Path

import pytest
import sqlite_utils
import yaml
from datasette.app import Datasette
from datasette.plugins import get_plugins

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
# pytest puts tests/ on sys.path, where tests/feeds/ (no __init__.py) would be imported as a namespace
# package named "feeds" instead of the project's feeds/ (installed editable, found later). The project
# root first fixes it; `pythonpath = ["."]` in [tool.pytest.ini_options] does the same for every test.
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from feeds import build_feeds  # noqa: E402
from tests.feeds import sample_catalogue as sample  # noqa: E402  (the feed tests' catalogue)




def metadata() -> dict:
    return yaml.safe_load((DATA / "metadata.yaml").read_text(encoding="utf-8"))


@pytest.fixture
def catalogue(sample_catalogue: Path) -> Path:
    return sample_catalogue


@pytest.fixture
def datasette(catalogue: Path, tmp_path: Path) -> Datasette:
    feeds_dir = tmp_path / "feeds"
    build_feeds(catalogue, feeds_dir, now=datetime(2025, 2, 20, tzinfo=timezone.utc))
    return Datasette(
        [str(catalogue)],
        metadata=metadata(),
        template_dir=str(DATA / "templates"),
        plugins_dir=str(DATA / "plugins"),
        static_mounts=[("static", str(DATA / "static")), ("feeds", str(feeds_dir))],
    )


def get(datasette: Datasette, path: str):
    return asyncio.run(datasette.client.get(path))


def ids(response) -> list[str]:
    assert response.status_code == 200, response.text
    return [row["id"] for row in response.json()]


def test_landing_page_names_the_failed_monitors_of_the_last_run(catalogue, datasette):
    assert "Contrôles en échec" not in get(datasette, "/").text
    monitors = [{"name": "listing_cards", "ok": False, "message": "/en/bourses has 4 cards, expected at least 10"},
                {"name": "error_rate", "ok": True, "message": "0 errors for 42 responses"}]
    sqlite_utils.Database(catalogue)["crawl_runs"].update(sample.LAST_RUN, {"details": json.dumps({"monitors": monitors})})
    html = get(datasette, "/").text
    assert "Contrôles en échec" in html
    assert "<strong>listing_cards</strong> : /en/bourses has 4 cards, expected at least 10" in html
    assert "error_rate" not in html


def test_landing_page(datasette):
    response = get(datasette, "/")
    assert response.status_code == 200
    html = response.text
    assert '<link rel="alternate" type="application/rss+xml" title="Dates limites à venir (RSS)" href="/feeds/deadlines.rss">' in html
    assert 'type="application/atom+xml"' in html and 'href="/feeds/deadlines.atom"' in html
    assert "Wallonie-Bruxelles International (WBI) – www.wbi.be" in html
    assert "seule l&#39;image PDF du Moniteur fait foi" in html or "seule l'image PDF du Moniteur fait foi" in html
    assert 'action="/catalogue/search"' in html and 'name="q"' in html
    assert "Dernière mise à jour : 15/02/2025 à 11:00 (heure de Bruxelles)" in html  # the last run, 10:00 UTC
    assert "5 opportunités dans le catalogue, dont 3 ouvertes" in html
    assert "3 avec une date limite à venir (au 20/02/2025, date du catalogue)" in html
    assert not re.search(r"\d{4}-\d{2}-\d{2}", html.replace("-level-", ""))  # no ISO date anywhere a student reads
    for name in ("closing_soon", "internships_with_stipend", "open_to_level", "min_stipend", "deadline_before"):
        assert f'href="/catalogue/{name}' in html
    assert 'href="/feeds/deadlines.ics"' in html and 'href="/feeds/deadlines-internship.rss"' in html
    assert 'href="/feeds/deadlines-level-master.rss"' in html and 'href="/feeds/deadlines-level-phd.ics"' in html
    for view in ("open_now", "closing_7_days", "closing_30_days", "by_level"):
        assert f'href="/catalogue/{view}' in html
    assert 'data="/feeds/timeline.svg"' in html


def test_landing_page_in_english_embeds_the_english_timeline(datasette):
    html = get(datasette, "/?lang=en").text
    assert 'data="/feeds/timeline-en.svg"' in html and 'src="/feeds/timeline-en.svg"' in html


def test_landing_counts_are_the_rows_their_links_list(datasette):
    # "Stage (2)" beside "où postuler maintenant" is the number of rows the link shows, for kinds and levels.
    html = get(datasette, "/").text.replace("&amp;", "&")
    counted = re.findall(r'<a href="(/catalogue/(?:opportunities\?kind|by_level\?level)=[^"]+)">[^<]+</a> \((\d+)\)', html)
    assert len(counted) >= 4
    for link, count in counted:
        path, _, query = link.partition("?")
        assert len(get(datasette, f"{path}.json?{query}&_shape=array").json()) == int(count), link


def test_feeds_are_served(datasette):
    response = get(datasette, "/feeds/deadlines.rss")
    assert response.status_code == 200
    assert sample.FAO_URL in response.text


@pytest.mark.parametrize(("language", "title"), [("nl", "Kansen voor studenten – uiterste datums"),
                                                 ("en", "Student opportunities – deadlines")])
def test_the_landing_page_offers_the_feeds_in_its_language(datasette, language, title):
    """Every feed link of the Dutch or English landing page is a feed in that language, and it is served."""
    html = get(datasette, f"/?lang={language}").text
    links = set(re.findall(r'href="(/feeds/[^"]+)"', html))
    assert f"/feeds/{language}/deadlines.rss" in links and f"/feeds/{language}/deadlines-level-master.ics" in links
    assert all(link.startswith(f"/feeds/{language}/") for link in links), links
    for link in sorted(links):
        assert get(datasette, link).status_code == 200, link
    assert f"<title>{title}</title>" in get(datasette, f"/feeds/{language}/deadlines.rss").text


def test_opportunities_table_facets_and_sort(datasette):
    data = get(datasette, "/catalogue/opportunities.json").json()
    assert set(data["facet_results"]) == {"kind", "status", "organisation", "country", "source", "levels"}
    # Where the pages say the host is: Brussels (FAO), Wallonia or Brussels (IN.WBI), Lyon, Louisiana.
    assert {f["value"]: f["count"] for f in data["facet_results"]["country"]["results"]} == {"BE": 2, "FR": 1, "US": 1}
    levels = {f["value"]: f["count"] for f in data["facet_results"]["levels"]["results"]}
    assert levels["master"] >= 2
    assert data["human_description_en"] == "sorted by next_deadline"


def test_search_ignores_accents(datasette):
    assert sample.FAO_ID in ids(get(datasette, "/catalogue/opportunities.json?_search=reseau&_shape=array"))


@pytest.mark.parametrize(
    "path",
    [
        "internships_with_stipend.json?_shape=array",
        "open_to_level.json?level=master&_shape=array",
        "min_stipend.json?amount=1000&_shape=array",
        "deadline_before.json?date=2025-04-01&_shape=array",
    ],
)
def test_canned_queries_return_fao(datasette, path):
    assert sample.FAO_ID in ids(get(datasette, f"/catalogue/{path}"))


def test_canned_queries_filter(datasette):
    assert sample.FAO_ID not in ids(get(datasette, "/catalogue/open_to_level.json?level=phd&_shape=array"))
    assert sample.FAO_ID not in ids(get(datasette, "/catalogue/min_stipend.json?amount=1500&_shape=array"))
    assert sample.FAO_ID not in ids(get(datasette, "/catalogue/deadline_before.json?date=2025-03-10&_shape=array"))
    assert sample.WITHDRAWN_ID not in ids(get(datasette, "/catalogue/deadline_before.json?date=2025-12-31&_shape=array"))


def test_closing_soon_counts_from_the_catalogue_date(datasette):
    # as_of is 2025-02-20: 1 and 14 March are within 30 days, 30 April is not.
    assert ids(get(datasette, "/catalogue/closing_soon.json?_shape=array")) == [sample.SCHOLARSHIP_ID, sample.FAO_ID]
    assert get(datasette, "/catalogue/closing_soon").status_code == 200


def test_scraped_script_is_escaped(datasette):
    for path in ("/catalogue/opportunities", f"/catalogue/opportunities/{sample.SCRIPT_ID}",
                 "/catalogue/opportunities?_search=louisiane", "/catalogue/deadlines"):
        response = get(datasette, path)
        assert response.status_code == 200, path
        assert "alert(1)" in response.text, path
        assert "<script>alert(1)" not in response.text, path
        assert "&lt;script&gt;alert(1)" in response.text, path


def test_internal_tables_hidden(datasette):
    tables = {t["name"]: t["hidden"] for t in get(datasette, "/catalogue.json").json()["tables"]}
    assert tables["_sqlite_migrations"] and tables["opportunities_fts"]
    assert not tables["opportunities"]


def schema_columns(catalogue: Path) -> dict[str, list[str]]:
    db = sqlite_utils.Database(catalogue)
    return {
        t.name: [c.name for c in t.columns]
        for t in db.tables
        if not t.name.startswith("_") and not t.name.startswith("opportunities_fts")
    }


def test_every_column_described_in_metadata(catalogue):
    tables = metadata()["databases"]["catalogue"]["tables"]
    for table, columns in schema_columns(catalogue).items():
        assert tables[table]["description"], table
        assert set(tables[table]["columns"]) == set(columns), table


def test_every_table_and_column_in_docs(catalogue):
    docs = (ROOT / "docs" / "catalogue.md").read_text(encoding="utf-8")
    for table, columns in schema_columns(catalogue).items():
        section = re.search(rf"^### `{table}`\n(.*?)(?=^### |\Z)", docs, re.S | re.M)
        assert section, f"docs/catalogue.md has no section for {table}"
        for column in columns:
            assert f"`{column}`" in section.group(1), f"{table}.{column} is not documented"
    for query in metadata()["databases"]["catalogue"]["queries"]:
        assert f"`{query}`" in docs


# --- views of migration m002 -------------------------------------------------------------------------


def test_views_answer_the_students_questions(datasette):
    # as_of is 2025-02-20: 1 March is 9 days away, 14 March 22, 30 April 69.
    assert ids(get(datasette, "/catalogue/closing_30_days.json?_shape=array")) == [sample.SCHOLARSHIP_ID, sample.FAO_ID]
    assert ids(get(datasette, "/catalogue/closing_7_days.json?_shape=array")) == []
    open_now = get(datasette, "/catalogue/open_now.json?_shape=array").json()
    assert [r["id"] for r in open_now] == [sample.SCHOLARSHIP_ID, sample.FAO_ID, sample.SCRIPT_ID, sample.DECREE_ID]
    assert [r["days_left"] for r in open_now] == [9, 22, 69, None]
    masters = ids(get(datasette, "/catalogue/by_level.json?level=master&_shape=array"))
    assert sample.FAO_ID in masters and sample.SCHOLARSHIP_ID not in masters


def test_closing_7_days_follows_the_catalogue_date(catalogue, tmp_path):
    db = sqlite_utils.Database(catalogue)
    db["catalogue_info"].upsert({"key": "as_of", "value": "2025-03-10"}, pk="key")
    db.close()
    ds = Datasette([str(catalogue)], metadata=metadata())
    assert ids(get(ds, "/catalogue/closing_7_days.json?_shape=array")) == [sample.FAO_ID]


# --- search ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("q", ["FAO", "reseaux", "RÉSEAU", "stages", "récemment diplômée", "Bruxelles"])
def test_search_query_finds_fao(datasette, q):
    assert sample.FAO_ID in ids(get(datasette, f"/catalogue/search.json?q={q}&_shape=array"))


def test_search_query_covers_eligibility_text(datasette):
    # "diplômé(e) depuis moins de deux ans" is only in eligibility_text
    assert ids(get(datasette, "/catalogue/search.json?q=deux+ans&_shape=array")) == [sample.FAO_ID]


@pytest.mark.parametrize("q", ["", "l'", '"', "AND OR NOT", "*", "zzzz"])
def test_search_query_never_breaks(datasette, q):
    response = get(datasette, "/catalogue/search.json?_shape=array&q=" + q.replace(" ", "+"))
    assert response.status_code == 200, response.text
    assert response.json() == []


def test_search_page_lists_announcements_with_links(datasette):
    html = get(datasette, "/catalogue/search?q=stage").text
    assert f'href="/catalogue/opportunities/{sample.FAO_ID}"' in html
    assert "Date limite : 14/03/2025 à 23:59" in html
    assert "&lt;script&gt;" not in html or "<script>alert(1)" not in html


# --- opportunity pages ---------------------------------------------------------------------------------


def page(datasette, opp_id: str) -> str:
    response = get(datasette, f"/catalogue/opportunities/{opp_id}")
    assert response.status_code == 200, response.text
    return response.text


def test_opportunity_page_reads_like_an_announcement(datasette):
    html = page(datasette, sample.FAO_ID)
    deadline, stipend, duration, eligibility, source = (
        html.index('class="deadline"'), html.index('class="stipend"'), html.index('class="duration"'),
        html.index('class="eligibility"'), html.index('class="source"'),
    )
    assert deadline < stipend < duration < eligibility < source  # deadline first
    assert "vendredi 14/03/2025 à 23:59" in html and "(heure de Bruxelles)" in html
    assert "Plus que 22 jours (au 20/02/2025" in html
    assert "1 200 €/mois" in html
    assert "6 mois, du 15/04/2025 au 15/10/2025" in html
    assert "Niveau : master (2e cycle)" in html
    assert "« Les candidatures sont à envoyer pour vendredi 14 mars 2025, à minuit à bourses@wbi.be »" in html
    assert "offre un stage de 6 mois, du 15 avril au 15 octobre 2025. »" in html
    assert f'class="source-link" href="{sample.FAO_URL}"' in html
    assert 'data-status="open"' in html
    assert "FAO – Bruxelles (BE)" in html
    assert "Wallonie-Bruxelles International (WBI) – www.wbi.be" in html


@pytest.mark.parametrize("as_of, opp_id, badge", [
    ("2025-02-20", sample.FAO_ID, "open"),
    ("2025-03-10", sample.FAO_ID, "closing_soon"),
    ("2025-02-20", sample.WITHDRAWN_ID, "withdrawn"),
    ("2025-02-20", sample.DECREE_ID, "rolling"),
])
def test_status_badges(catalogue, tmp_path, as_of, opp_id, badge):
    db = sqlite_utils.Database(catalogue)
    db["catalogue_info"].upsert({"key": "as_of", "value": as_of}, pk="key")
    db.close()
    ds = Datasette([str(catalogue)], metadata=metadata(), template_dir=str(DATA / "templates"),
                   plugins_dir=str(DATA / "plugins"))
    assert f'data-status="{badge}"' in page(ds, opp_id)


def test_legal_scheme_page_says_only_the_pdf_is_authentic(datasette):
    html = page(datasette, sample.DECREE_ID)
    assert "Seule l&#39;image PDF du Moniteur belge fait foi" in html
    assert 'href="https://www.ejustice.just.fgov.be/mopdf/2017/01/10_1.pdf#Page12"' in html
    assert "au plus tard deux mois avant le début des études" in html
    assert "La demande est introduite au plus tard deux mois avant le début des études. »" in html, \
        "a rule shows its evidence too"


def test_opportunity_page_escapes_scraped_markup(datasette):
    html = page(datasette, sample.SCRIPT_ID)
    assert "<script>alert(1)" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_status_badge_in_lists(datasette):
    html = get(datasette, "/catalogue/opportunities?_dev=1").text  # Datasette's own table page
    assert '<span class="badge badge-withdrawn">Retiré</span>' in html
    html = get(datasette, "/catalogue/opportunities?_dev=1&lang=en").text
    assert '<span class="badge badge-withdrawn">Withdrawn</span>' in html


# --- read-only serving that follows the nightly file --------------------------------------------------


def test_datasette_argv_is_read_only_and_bounded(tmp_path):
    from opportunities.site import datasette_argv

    argv = datasette_argv(tmp_path / "catalogue.db", port=8123)
    assert "-i" not in argv and "--immutable" not in argv  # the file is replaced nightly
    settings = dict(zip(argv[argv.index("--setting") + 1::3], argv[argv.index("--setting") + 2::3]))
    assert settings["sql_time_limit_ms"] == "1000" and settings["suggest_facets"] == "off"
    assert argv[argv.index("--plugins-dir") + 1] == str(DATA / "plugins")


def test_only_our_plugins_and_no_write_plugin(datasette):
    # /-/plugins is hidden from the public (opportunities.hardening); the registry is asked directly.
    plugins = {p["name"] for p in get_plugins() if not p["name"].startswith("datasette.")}
    assert plugins == {"catalogue_accuracy.py", "catalogue_finder.py", "catalogue_i18n.py", "catalogue_landing.py",
                       "catalogue_opportunity.py",
                       "catalogue_site.py"}
    response = asyncio.run(datasette.client.post("/catalogue/-/create", json={}))
    assert response.status_code in (403, 404, 405)


def test_replaced_catalogue_is_served_without_restart(catalogue, datasette, tmp_path):
    """The nightly job publishes by os.replace: the next request reads the new file."""
    path = f"/catalogue/opportunities/{sample.FAO_ID}.json?_shape=array"
    old_title = "Offre de stage au Bureau de liaison de la FAO à Bruxelles"
    for _ in range(4):  # open a connection on every SQL thread
        assert get(datasette, path).json()[0]["title"] == old_title
    new = sample.build_sample_catalogue(tmp_path / "new.db")
    db = sqlite_utils.Database(new)
    db["opportunities"].update(sample.FAO_ID, {"title": "Stage FAO (nouvelle édition)"})
    db["opportunities"].insert({**db["opportunities"].get(sample.SCHOLARSHIP_ID), "id": "wbi-nouvelle-bourse",
                                "url": "https://www.wbi.be/x", "title": "Nouvelle bourse"})
    db.close()
    os.replace(new, catalogue)
    for _ in range(4):
        assert get(datasette, path).json()[0]["title"] == "Stage FAO (nouvelle édition)"
    assert get(datasette, "/catalogue/opportunities.json?_shape=array&_size=max").json()[-1]
    assert "wbi-nouvelle-bourse" in ids(get(datasette, "/catalogue/open_now.json?_shape=array&_size=max"))
    assert sample.FAO_ID in ids(get(datasette, "/catalogue/search.json?q=nouvelle+edition&_shape=array"))


def test_landing_page_says_how_often_the_facts_are_right(datasette):
    from normalise.scoring import load_scorecard

    card = load_scorecard()
    html = get(datasette, "/").text
    deadlines = round(100 * card["ours"]["fields"]["deadlines"])
    assert f"les dates limites sont justes à {deadlines} %" in html
    # A duration an entry shows is right this often (not "nothing" right on the pages that state none).
    right, shown = card["ours"]["shown"]["duration"]
    assert f"les durées affichées à {round(100 * right / shown)} %" in html
    assert f"{card['pages']:,} pages réelles".replace(",", " ") in html  # "1 197": French thousands
    assert 'href="/accuracy"' in html


def test_accuracy_page_shows_each_fact_beside_the_naive_reading(datasette):
    from normalise.scoring import load_scorecard

    card = load_scorecard()
    response = get(datasette, "/accuracy")
    assert response.status_code == 200
    html = response.text
    assert "<th scope=\"row\">Dates limites</th><td>" + f"{round(100 * card['ours']['fields']['deadlines'])} %" in html
    assert f"<td>{round(100 * card['naive']['fields']['stipends'])} %</td>" in html
    right, total = card["ours"]["stated"]["requires_fwb"]
    assert f"une attache à la FWB {right} fois sur {total}" in html
    right, total = card["ours"]["shown"]["duration"]
    assert "Et quand une fiche affiche une de ces informations, elle est juste :" in html
    assert f"une durée {right} fois sur {total}" in html
