"""The Datasette site configured by data/ (metadata.yaml, templates/, plugins/, static/)."""
from __future__ import annotations

import asyncio
import importlib.util
import re
import sys
from datetime import datetime, timezone
from pathlib import Path

import pytest
import sqlite_utils
import yaml
from datasette.app import Datasette

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
# pytest puts tests/ on sys.path, where tests/feeds/ (no __init__.py) would be imported as a namespace
# package named "feeds" instead of the project's feeds/ (installed editable, found later). The project
# root first fixes it; `pythonpath = ["."]` in [tool.pytest.ini_options] does the same for every test.
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from feeds import build_feeds  # noqa: E402


def _load_sample_catalogue():
    # The same sample catalogue as the feed tests (tests/ is not a package).
    spec = importlib.util.spec_from_file_location("sample_catalogue", ROOT / "tests" / "feeds" / "sample_catalogue.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


sample = _load_sample_catalogue()


def metadata() -> dict:
    return yaml.safe_load((DATA / "metadata.yaml").read_text(encoding="utf-8"))


@pytest.fixture
def catalogue(tmp_path: Path) -> Path:
    return sample.build_sample_catalogue(tmp_path / "catalogue.db")


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


def test_landing_page(datasette):
    response = get(datasette, "/")
    assert response.status_code == 200
    html = response.text
    assert '<link rel="alternate" type="application/rss+xml" title="Dates limites à venir (RSS)" href="/feeds/deadlines.rss">' in html
    assert 'type="application/atom+xml"' in html and 'href="/feeds/deadlines.atom"' in html
    assert "Wallonie-Bruxelles International (WBI) – www.wbi.be" in html
    assert "seule l&#39;image PDF du Moniteur fait foi" in html or "seule l'image PDF du Moniteur fait foi" in html
    assert 'action="/catalogue/opportunities"' in html and 'name="_search"' in html
    assert "2025-02-15T10:05:00+00:00" in html  # last finished crawl
    assert "5 opportunités dans le catalogue, dont 3 ouvertes" in html
    assert "3 avec une date limite à venir (au 2025-02-20)" in html
    for name in ("closing_soon", "internships_with_stipend", "open_to_level", "min_stipend", "deadline_before"):
        assert f'href="/catalogue/{name}' in html
    assert 'href="/feeds/deadlines.ics"' in html and 'href="/feeds/deadlines-internship.rss"' in html


def test_feeds_are_served(datasette):
    response = get(datasette, "/feeds/deadlines.rss")
    assert response.status_code == 200
    assert sample.FAO_URL in response.text


def test_opportunities_table_facets_and_sort(datasette):
    data = get(datasette, "/catalogue/opportunities.json").json()
    assert set(data["facet_results"]) == {"kind", "status", "source", "levels"}
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
    assert tables["_migrations"] and tables["opportunities_fts"]
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
