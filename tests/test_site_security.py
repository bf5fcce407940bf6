"""The public site under attack: stored XSS, heavy queries, internals, writes (opportunities.hardening)."""
from __future__ import annotations

import asyncio
import sys
from pathlib import Path
from urllib.parse import quote

import pytest
import sqlite_utils
from datasette.app import Datasette

from opportunities.hardening import MAX_RESULT_BYTES, MAX_VALUE_BYTES
from scrapers.pages.links import web_url
from tests.feeds import sample_catalogue as sample
from tests.test_hostile_text import assert_no_executable_markup

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"


@pytest.fixture
def catalogue(sample_catalogue: Path) -> Path:
    path = sample_catalogue
    db = sqlite_utils.Database(path)
    # What an adversarial crawl stored before page objects checked addresses.
    db["translations"].insert({"url": "javascript://%0aalert(document.domain)", "opportunity_id": sample.FAO_ID,
                               "language": "en"})
    db["translations"].insert({"url": "https://www.wbi.be/nl/nieuws/fao", "opportunity_id": sample.FAO_ID,
                               "language": "nl"})
    db["documents"].insert({"id": "d1", "opportunity_id": sample.FAO_ID, "url": "data:text/html,<script>x</script>",
                            "title": "Règlement"})
    db["legal_acts"].update(sample.DECREE_ELI, {"pdf_original": "vbscript:msgbox(1)"})
    db.close()
    return path


@pytest.fixture
def site(catalogue: Path, tmp_path: Path) -> Datasette:
    (tmp_path / "feeds").mkdir()
    (tmp_path / "feeds" / "deadlines.rss").write_text("<rss/>")
    return Datasette([str(catalogue)], metadata=__import__("yaml").safe_load((DATA / "metadata.yaml").read_text()),
                     template_dir=str(DATA / "templates"), plugins_dir=str(DATA / "plugins"),
                     static_mounts=[("static", str(DATA / "static")), ("feeds", str(tmp_path / "feeds"))])


def get(site: Datasette, path: str):
    return asyncio.run(site.client.get(path))


def sql(site: Datasette, query: str):
    return get(site, f"/catalogue.json?sql={quote(query)}&_shape=array")


@pytest.mark.parametrize("href, base, expected", [
    ("javascript://%0aalert(document.domain)", "https://www.wbi.be/fr/x", None),
    (" JaVaScRiPt:alert(1)", None, None),
    ("java\tscript:alert(1)", "https://www.wbi.be/", None),
    ("data:text/html,x", None, None),
    ("https://www.wbi.be/en/news/x ", None, "https://www.wbi.be/en/news/x"),
    ("/sites/default/files/r.pdf", "https://www.wbi.be/fr/x", "https://www.wbi.be/sites/default/files/r.pdf"),
    ("//evil.example/x", "https://www.wbi.be/", "https://evil.example/x"),
    ("http:///nohost", None, None),
    ("http://[::1", None, None),
])
def test_only_web_addresses_pass(href, base, expected):
    assert web_url(href, base) == expected


def test_opportunity_page_links_only_to_web_addresses(site):
    page = get(site, f"/catalogue/opportunities/{sample.FAO_ID}")
    assert page.status_code == 200
    assert "javascript" not in page.text and "data:text/html" not in page.text
    assert 'href="https://www.wbi.be/nl/nieuws/fao"' in page.text  # the web alternate is still shown
    assert_no_executable_markup(page)
    decree = get(site, f"/catalogue/opportunities/{sample.DECREE_ID}")
    assert "vbscript" not in decree.text
    assert_no_executable_markup(decree)


@pytest.mark.parametrize("path", [
    "/", "/catalogue", "/catalogue/opportunities", "/catalogue/opportunities?_facet=kind",
    f"/catalogue/opportunities/{sample.FAO_ID}", "/catalogue/search?q=stage", "/catalogue?sql=select+1",
    "/catalogue/opportunities.json", "/feeds/deadlines.rss", "/static/catalogue.css", "/accuracy", "/nowhere",
])
def test_every_response_carries_the_security_headers_and_runs_only_allowed_scripts(site, path):
    response = get(site, path)
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["referrer-policy"] == "strict-origin-when-cross-origin"
    assert "default-src 'none'" in response.headers["content-security-policy"]
    if response.headers["content-type"].startswith("text/html"):
        assert_no_executable_markup(response)


@pytest.mark.parametrize("path", ["/-/versions", "/-/versions.json", "/-/threads.json", "/-/plugins.json",
                                  "/-/databases.json", "/-/settings.json", "/-/actor.json"])
def test_internals_are_not_public(site, catalogue, path):
    response = get(site, path)
    assert response.status_code == 404
    assert str(catalogue.parent) not in response.text


def test_writes_are_refused_with_405(site):
    for path in ("/catalogue/search", "/catalogue/open_to_level", "/catalogue/opportunities"):
        response = asyncio.run(site.client.post(path, data={"q": "stage"}))
        assert response.status_code == 405
        assert response.headers["allow"] == "GET, HEAD"


@pytest.mark.parametrize("query, message", [
    ("select length(hex(zeroblob(400000000)))", "not authorized"),
    ("select zeroblob(200000000)", "not authorized"),
    ("select fts3_tokenizer('simple')", "not authorized"),
    (f"select length(replace(printf('%.*c', {MAX_VALUE_BYTES // 2}, 'x'), 'x', 'xyz'))", "too big"),
])
def test_heavy_or_risky_sql_is_refused(site, query, message):
    response = sql(site, query)
    assert response.status_code == 400
    assert message in response.json()["error"]


def test_result_bytes_are_capped(site):
    rows = MAX_RESULT_BYTES // 4_000_000 + 2
    response = sql(site, f"with recursive n(i) as (select 1 union all select i + 1 from n limit {rows}) "
                         "select printf('%.*c', 4000000, 'x') from n")
    assert response.status_code == 400
    assert "larger than" in response.json()["error"]
    assert sql(site, "select title from opportunities").status_code == 200


def test_the_production_asgi_app_is_the_same_hardened_site(catalogue, tmp_path, monkeypatch):
    import importlib

    import httpx

    monkeypatch.setenv("OPPORTUNITIES_DB", str(catalogue))
    monkeypatch.setenv("OPPORTUNITIES_FEEDS_DIR", str(tmp_path))
    monkeypatch.delitem(sys.modules, "opportunities.asgi", raising=False)  # it reads the environment on import
    app = importlib.import_module("opportunities.asgi").app

    async def fetch(path):
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://site") as client:
            return await client.get(path)

    page = asyncio.run(fetch(f"/catalogue/opportunities/{sample.FAO_ID}"))
    assert page.status_code == 200 and "Offre de stage au Bureau de liaison" in page.text
    assert_no_executable_markup(page)
    assert asyncio.run(fetch("/-/databases.json")).status_code == 404


def test_the_production_asgi_app_refuses_a_damaged_catalogue(tmp_path, monkeypatch):
    import importlib

    from opportunities.catalogue import CorruptCatalogue

    damaged = tmp_path / "catalogue.db"
    damaged.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    monkeypatch.setenv("OPPORTUNITIES_DB", str(damaged))
    monkeypatch.delitem(sys.modules, "opportunities.asgi", raising=False)
    with pytest.raises(CorruptCatalogue, match="opportunities reextract"):
        importlib.import_module("opportunities.asgi")
