"""Justel page objects and `opportunities extract` on real pages of the live site.

The pages (tests/fixtures/justel/README.md says where each comes from) are
acts that create no student scheme: a code, the Constitution, ordinary laws,
a Flemish regulation, a Dutch law. They must be read completely (numac,
dates, articles, change notes, PDFs) and must not come out as
opportunities with stipends or deadlines.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from opportunities.cli import cli
from scrapers.pages.ejustice import JustelActPage, NonContentPage

REPO = Path(__file__).resolve().parents[2]
FIXTURES = REPO / "tests" / "fixtures" / "justel"
EXPECTED = Path(__file__).resolve().parent / "expected"
LIVE = "https://www.ejustice.just.fgov.be"
SCHEME_DECREE = REPO / "data" / "snapshot" / "www.ejustice.just.fgov.be" / "eli" / "arrete" / "2016" / "12" / "09" \
    / "2016036668" / "justel" / "index.html"

#: (fixture name, the ELI it was saved from)
REAL_PAGES = [
    ("sample-code", "/eli/loi/1867/06/08/1867060850/justel"),
    ("sample-constitution", "/eli/constitution/1994/02/17/1994021048/justel"),
    ("sample-ordinary-law", "/eli/loi/2024/01/07/2024000164/justel"),
    ("sample-regulation", "/eli/arrete/2024/01/12/2024001284/justel"),
    ("sample-with-tables", "/eli/loi/2013/02/28/2013011134/justel"),
    ("wet-2016003166-nl", "/eli/wet/2016/04/22/2016003166/justel"),
]


def summary(page: JustelActPage) -> dict:
    """What the expected files pin down: every metadata field, and the articles by number and change notes."""
    full = page.to_dict()
    articles = full.pop("articles")
    full.pop("toc")
    full.pop("content_fingerprint")
    return {
        **full,
        "kind_hint": page.kind_hint,
        "article_numbers": [a["number"] for a in articles],
        "amendments": sum(len(a["amendments"]) for a in articles),
        "amendments_in_force": sum(1 for a in articles for m in a["amendments"] if m["in_force"]),
        "body_chars": len(page.body_text),
    }


@pytest.fixture(scope="module")
def pages() -> dict[str, JustelActPage]:
    return {name: JustelActPage(LIVE + eli, (FIXTURES / f"{name}.html").read_bytes()) for name, eli in REAL_PAGES}


@pytest.mark.parametrize("name", [name for name, _ in REAL_PAGES])
def test_real_page_matches_its_expected_summary(pages, name):
    expected = json.loads((EXPECTED / f"justel-real-{name}.json").read_text(encoding="utf-8"))
    assert summary(pages[name]) == expected


def test_a_second_title_note_leaves_the_title(pages):
    code = pages["sample-code"]
    assert code.title == "CODE PENAL."
    assert code.title_note.startswith("Voir la loi du 10 juillet 1996")
    assert code.title_note.endswith("mise à jour au 18-02-2026")
    assert code.consolidation_date.isoformat() == "2026-02-18"


def test_archived_versions_link_is_the_article_view_with_arch(pages):
    code = pages["sample-code"]
    assert code.versions_archived == 166
    assert code.versions_archived_url.startswith(LIVE + "/cgi_loi/article.pl?language=fr&arch=166&")


def test_a_raw_change_note_stays_text(pages):
    """``<L 1999-05-07/61, …>`` printed unescaped in the Code pénal is a change note, not a tag."""
    text = pages["sample-code"].body_text
    assert "sans jugement; <L 1999-05-07/61, art. 2, 025; En vigueur : 01-07-1999>" in text


def test_dutch_law_metadata(pages):
    wet = pages["wet-2016003166-nl"]
    assert (wet.language, wet.numac, wet.act_type) == ("nl", "2016003166", "loi")
    assert wet.publication_date.isoformat() == "2016-05-12"
    assert wet.modifies == ["1998003685", "2008003450", "2014003194", "2002003392"]
    assert wet.pdf_original == LIVE + "/mopdf/2016/05/12_1.pdf#Page9"


def test_eli_help_page_is_not_an_act():
    with pytest.raises(NonContentPage) as refused:
        JustelActPage(LIVE + "/eli/wet/2016/05/04/2016A03340/justel", (FIXTURES / "eli-help-nl.html").read_bytes())
    assert refused.value.kind == "eli_help"


def test_only_the_scheme_decree_governs_a_student_scheme(pages):
    assert {page.kind_hint for page in pages.values()} == {"legal_act"}
    decree = JustelActPage(LIVE + "/eli/arrete/2016/12/09/2016036668/justel", SCHEME_DECREE.read_bytes())
    assert decree.kind_hint == "legal_scheme"


# -- `opportunities extract` -------------------------------------------------
def extract(path: Path, url: str) -> dict:
    result = CliRunner().invoke(cli, ["extract", str(path), "--url", url])
    assert result.exit_code == 0, result.output
    [record] = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    return record


@pytest.fixture(scope="module")
def records() -> dict[str, dict]:
    return {name: extract(FIXTURES / f"{name}.html", LIVE + eli) for name, eli in REAL_PAGES}


@pytest.mark.parametrize("name", [name for name, _ in REAL_PAGES])
def test_unrelated_act_is_no_opportunity_and_has_no_facts(records, name):
    record = records[name]
    assert record["is_opportunity"] is False
    assert record["kind"] != "legal_scheme"
    assert record["stipends"] == [] and record["deadlines"] == [] and record["duration"] is None


@pytest.mark.parametrize("name", [name for name, _ in REAL_PAGES])
def test_unrelated_act_keeps_its_title_and_language(records, pages, name):
    record = records[name]
    assert record["title"] == pages[name].title
    assert record["language"] == pages[name].language


@pytest.mark.parametrize("name", ["sample-code", "sample-constitution"])
def test_unrelated_act_kind_is_other(records, name):
    assert records[name]["kind"] == "other"


def test_scheme_decree_is_still_a_legal_scheme():
    record = extract(SCHEME_DECREE, LIVE + "/eli/arrete/2016/12/09/2016036668/justel")
    assert record["is_opportunity"] is True and record["kind"] == "legal_scheme"
