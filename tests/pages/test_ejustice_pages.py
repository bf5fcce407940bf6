"""Justel page objects on the saved snapshot bytes and fault fixtures.

The snapshot files are read as raw bytes (cp1252 on disk, as served), so the
tests exercise the same decoding path as a crawl.  Expected summaries sit
beside this file in ``expected/``.
"""
from __future__ import annotations

import importlib.util
import json
import sys
import urllib.robotparser
from datetime import date
from functools import partial
from pathlib import Path

import pytest

from opportunities.snapshot import EJUSTICE_HOST, SNAPSHOT_DIR
from scrapers.pages.ejustice import (
    Amendment,
    JustelActPage,
    JustelSearchPage,
    NonContentPage,
    PageLayoutError,
    decode_html,
    detect_non_content,
    is_student_scheme_title,
    keyword_languages,
    legacy_article_url,
    other_language_eli,
    parse_amendment,
    parse_justel_date,
    search_url,
)
from tests.conftest import snapshot_file as site_file

REPO = Path(__file__).resolve().parents[2]
SNAPSHOT = SNAPSHOT_DIR / EJUSTICE_HOST
FIXTURES = REPO / "tests" / "fixtures" / "ejustice"
EXPECTED = Path(__file__).resolve().parent / "expected"
LIVE = "https://www.ejustice.just.fgov.be"

FR_ELI = "/eli/arrete/2016/12/09/2016036668/justel"
NL_ELI = "/eli/besluit/2016/12/09/2016036668/justel"
HELP_ELI = "/eli/arrete/2016/12/09/2016099999/justel"
NO_TEXT_ELI = "/eli/arrete/2017/03/10/2017030500/justel"
FALLBACK = "/cgi_loi/article.pl?language=fr&lg_txt=f&cn_search=2017031001&caller=eli&view_numac=2017031001fr"


snapshot_file = partial(site_file, EJUSTICE_HOST)


def snapshot_bytes(url_path: str) -> bytes:
    return snapshot_file(url_path).read_bytes()


@pytest.fixture(scope="module")
def fr_page() -> JustelActPage:
    return JustelActPage(LIVE + FR_ELI, snapshot_bytes(FR_ELI))


@pytest.fixture(scope="module")
def nl_page() -> JustelActPage:
    return JustelActPage(LIVE + NL_ELI, snapshot_bytes(NL_ELI))


# --------------------------------------------------------------------------
# Bytes and decoding
# --------------------------------------------------------------------------
def test_snapshot_html_is_cp1252_with_meta_charset():
    raw = snapshot_bytes(FR_ELI)
    assert b'<meta charset="iso-8859-1"' in raw[:2048]
    assert b"\x92" in raw  # ’ as cp1252 byte
    assert "é".encode("latin-1") in raw and "é".encode("utf-8") not in raw
    assert b"&eacute;" in raw  # both spellings of accents occur, as live


@pytest.mark.parametrize(
    "body, declared, expected",
    [
        pytest.param('<meta charset="iso-8859-1"><p>d’Etat</p>'.encode("cp1252"), None, "d’Etat", id="meta-latin1-as-cp1252"),
        pytest.param(b'<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">\xe9', None, "é", id="http-equiv"),
        pytest.param('<meta charset="utf-8">é'.encode("utf-8"), "iso-8859-1", "é", id="meta-beats-header"),
        pytest.param("<p>é</p>".encode("cp1252"), "iso-8859-1", "é", id="header-when-no-meta"),
        pytest.param("<p>é</p>".encode("utf-8"), None, "é", id="default-utf8"),
        pytest.param("<p>€</p>".encode("cp1252"), None, "€", id="undeclared-cp1252-fallback"),
        pytest.param('<meta charset="utf-8"><p>é</p>'.encode("cp1252"), None, "é", id="meta-the-bytes-contradict"),
    ],
)
def test_decode_html(body, declared, expected):
    assert expected in decode_html(body, declared)


def test_cp1252_character_decoded_in_parsed_fields(fr_page):
    assert fr_page.external_links[0][0] == "Conseil d’Etat"
    assert "\x92" not in decode_html(snapshot_bytes(FR_ELI))


# --------------------------------------------------------------------------
# The FR consolidated page
# --------------------------------------------------------------------------
def test_fr_metadata(fr_page):
    assert fr_page.layout == "2024"
    assert fr_page.numac == "2016036668"
    assert fr_page.language == "fr"  # although <html lang="en">
    assert fr_page.eli == LIVE + FR_ELI
    assert fr_page.title == (
        "Arrêté du Gouvernement flamand relatif au subventionnement de stages auprès des organisations multilatérales"
    )
    assert fr_page.title_note.endswith("mise à jour au 29-09-2022")
    assert fr_page.act_type == "arrete"
    assert fr_page.act_date == date(2016, 12, 9)
    assert fr_page.source_authority == "AUTORITE FLAMANDE"
    assert fr_page.publication_date == date(2016, 12, 23)
    assert fr_page.publication_page == 89499
    assert fr_page.dossier_number == "2016-12-09/02"
    assert fr_page.cn == "2016120902"
    assert fr_page.entry_into_force == date(2017, 1, 1)
    assert fr_page.end_of_validity is None
    assert fr_page.modifies == ["2011035139"]
    assert fr_page.consolidation_date == date(2022, 9, 29)
    assert fr_page.versions_archived == 2


def test_pdf_links_are_absolute_and_stripped(fr_page):
    assert fr_page.pdf_original == LIVE + "/mopdf/2016/12/23_1.pdf#Page123"
    assert fr_page.pdf_consolidated == LIVE + "/img_l/pdf/2016/12/09/2016036668_F.pdf"


def test_links_resolve_against_the_snapshot_host():
    page = JustelActPage("http://127.0.0.1:8001" + FR_ELI, snapshot_bytes(FR_ELI))
    assert page.pdf_original == "http://127.0.0.1:8001/mopdf/2016/12/23_1.pdf#Page123"
    assert page.eli == LIVE + FR_ELI  # the canonical ELI is spelled out by the page


def test_toc(fr_page):
    assert fr_page.toc[:2] == ["CHAPITRE 1er. - Définitions et champ d'application", "Art. 1-2"]
    assert fr_page.toc[-1] == "Art. 14-17"
    assert len(fr_page.toc) == 16


def test_seventeen_articles(fr_page):
    assert [a.number for a in fr_page.articles] == ["1er"] + [str(n) for n in range(2, 18)]


def test_article_texts(fr_page):
    assert "au plus tard le jour avant le début du stage" in fr_page.article("4").text
    assert "35 ans" in fr_page.article("5").text
    assert fr_page.article("1er").text.startswith("Dans le présent arrêté, on entend par :\n1° département : le [1 ")
    assert "[1 Département de la Chancellerie et des Affaires étrangères]1" in fr_page.article("1er").text
    assert not fr_page.article("4").text.startswith("Art.")


def test_amendments(fr_page):
    assert fr_page.article("1er").amendments == [
        Amendment(1, "AGF 2020-09-11/13", "58", "2020-09-01", "AGF 2020-09-11/13, art. 58, 002; En vigueur : 01-09-2020"),
        Amendment(2, "AGF 2022-09-09/05", "1", "2023-01-01", "AGF 2022-09-09/05, art. 1, 003; En vigueur : 01-01-2023"),
    ]
    art5 = fr_page.article("5").amendments
    assert [(a.number, a.article, a.in_force, a.dossier) for a in art5] == [(1, "4", "2023-01-01", "2022-09-09/05")]
    assert fr_page.article("4").amendments == []


def test_repealed_article(fr_page):
    article = fr_page.article("11")
    assert article.repealed
    assert article.amendments[0].number is None
    assert article.amendments[0].in_force == "2023-01-01"
    assert not fr_page.article("10").repealed


def test_body_text(fr_page):
    lines = fr_page.body_text.splitlines()
    assert lines[0] == "CHAPITRE 1er. - Définitions et champ d'application"
    assert lines[1] == "Article 1er. Dans le présent arrêté, on entend par :"
    assert "Art. 4. Pour chaque subvention permettant d'accomplir un stage auprès d'une organisation multilatérale, " \
        "un arrêté de subvention individuel est pris en faveur d'un candidat." in lines
    assert any(
        line.startswith("La demande de subventionnement peut être introduite au plus tôt six mois")
        and "doit être introduite au plus tard le jour avant le début du stage." in line
        for line in lines
    )
    assert "En vigueur" not in fr_page.body_text.replace("<Abrogé par AGF 2022-09-09/05, art. 7, 003; En vigueur : 01-01-2023>", "")
    assert "----------" not in fr_page.body_text
    assert "&eacute;" not in fr_page.body_text and "\xa0" not in fr_page.body_text
    assert lines[-1].startswith("Art. 17. Le Ministre flamand ayant la politique extérieure")


def test_fingerprint_ignores_markup_but_not_text(fr_page):
    raw = snapshot_bytes(FR_ELI)
    reindented = JustelActPage(LIVE + FR_ELI, raw.replace(b"<BR>&nbsp;&nbsp;1\xb0", b"<BR>\n&nbsp;&nbsp;1\xb0"))
    assert reindented.content_fingerprint() == fr_page.content_fingerprint()
    edited = JustelActPage(LIVE + FR_ELI, raw.replace(b"35 ans", b"36 ans"))
    assert edited.content_fingerprint() != fr_page.content_fingerprint()


# --------------------------------------------------------------------------
# NL page and the legacy fallback
# --------------------------------------------------------------------------
def test_nl_page(nl_page, fr_page):
    assert nl_page.language == "nl"
    assert nl_page.numac == fr_page.numac
    assert nl_page.title == "Besluit van de Vlaamse Regering betreffende de subsidiëring van stages bij multilaterale organisaties"
    assert nl_page.act_type == "arrete"  # besluit ⇄ arrete
    assert nl_page.source_authority == "VLAAMSE OVERHEID"
    assert nl_page.publication_date == date(2016, 12, 23)
    assert nl_page.entry_into_force == date(2017, 1, 1)
    assert nl_page.dossier_number == "2016-12-09/02"
    assert nl_page.modifies == ["2011035139"]
    assert nl_page.consolidation_date == date(2022, 9, 29)
    assert nl_page.pdf_consolidated == LIVE + "/img_l/pdf/2016/12/09/2016036668_N.pdf"
    assert [a.number for a in nl_page.articles] == ["1", "3", "4", "5", "7"]
    assert "uiterlijk de dag voor de aanvang van de stage" in nl_page.article("4").text
    assert "35 jaar" in nl_page.article("5").text
    assert nl_page.article("7").amendments[0].in_force == "2023-01-01"


def test_legacy_fallback_page():
    page = JustelActPage(LIVE + FALLBACK, snapshot_bytes(FALLBACK))
    assert page.layout == "legacy"
    assert page.numac == "2017030500"
    assert page.language == "fr"
    assert page.eli is None
    assert page.act_type == "arrete"
    assert page.act_date == date(2017, 3, 10)
    assert page.publication_date == date(2017, 4, 5)
    assert page.entry_into_force == date(2017, 4, 15)
    assert page.dossier_number == "2017-03-10/01"
    assert page.source_authority == "MINISTERE DE LA COMMUNAUTE FRANCAISE"
    assert [a.number for a in page.articles] == ["1er", "2", "3"]
    assert page.body_text.splitlines()[1].startswith("Art. 2. La demande est introduite au plus tard le 31 mars")


@pytest.mark.parametrize(
    "name, url_path",
    [("decree-2016036668-fr", FR_ELI), ("decree-2016036668-nl", NL_ELI), ("fallback-2017030500-fr", FALLBACK)],
)
def test_expected_summary(name, url_path):
    page = JustelActPage(LIVE + url_path, snapshot_bytes(url_path))
    expected = json.loads((EXPECTED / f"ejustice-{name}.json").read_text(encoding="utf-8"))
    assert page.to_dict() == expected


# --------------------------------------------------------------------------
# Non-content answers
# --------------------------------------------------------------------------
@pytest.mark.parametrize(
    "source, kind",
    [
        pytest.param(lambda: snapshot_bytes(HELP_ELI), "eli_help", id="help-page"),
        pytest.param(lambda: snapshot_bytes(NO_TEXT_ELI), "no_text", id="no-text-shell"),
        pytest.param(lambda: (FIXTURES / "tspd.html").read_bytes(), "bot_challenge", id="tspd"),
        pytest.param(lambda: (FIXTURES / "error_select.html").read_bytes(), "server_error", id="error-select"),
    ],
)
def test_non_content_kinds(source, kind):
    body = source()
    assert detect_non_content(decode_html(body)) == kind
    with pytest.raises(NonContentPage) as raised:
        JustelActPage(LIVE + "/eli/arrete/2016/12/09/2016099999/justel", body)
    assert raised.value.kind == kind


@pytest.mark.parametrize(
    "html",
    [
        "<p>(NOTA : geen tekst beschikbaar)</p>",
        "<p>La version int&eacute;grale et consolid&eacute;e de ce texte n'est pas disponible.</p>",
        "<p>De geconsolideerde versie van deze tekst is niet beschikbaar.</p>",
    ],
)
def test_no_text_marker_variants(html):
    assert detect_non_content(html) == "no_text"


def test_text_mentioning_unavailability_is_content():
    legacy = snapshot_bytes(FALLBACK).replace(b"dans le cadre de son cursus", b"si le formulaire n'est pas disponible")
    assert detect_non_content(decode_html(legacy)) is None


@pytest.mark.parametrize("url_path", [FR_ELI, NL_ELI, FALLBACK])
def test_act_pages_are_content(url_path):
    assert detect_non_content(decode_html(snapshot_bytes(url_path))) is None


def test_no_text_shell_points_to_its_fallback_in_the_snapshot():
    with pytest.raises(NonContentPage) as raised:
        JustelActPage(LIVE + NO_TEXT_ELI, snapshot_bytes(NO_TEXT_ELI))
    assert raised.value.fallback_url == LIVE + FALLBACK
    assert snapshot_file(FALLBACK).is_file()


def test_unknown_layout_is_an_error():
    with pytest.raises(PageLayoutError):
        JustelActPage(LIVE + FR_ELI, b"<html><body><p>Maintenance</p></body></html>")


def test_legacy_article_url():
    assert legacy_article_url("2016120902", "nl") == (
        LIVE + "/cgi_loi/article.pl?language=nl&lg_txt=n&cn_search=2016120902&caller=eli&view_numac=2016120902nl"
    )


# --------------------------------------------------------------------------
# Small parsers
# --------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, expected",
    [
        ("23 décembre 2016", date(2016, 12, 23)),
        ("1er janvier 2017", date(2017, 1, 1)),
        ("12 mei 2016", date(2016, 5, 12)),
        ("9 DECEMBRE 2016", date(2016, 12, 9)),
        ("1 januari 2017", date(2017, 1, 1)),
        ("3 août 2020", date(2020, 8, 3)),
        ("01-01-2017", date(2017, 1, 1)),
        ("31 février 2017", None),
        ("bientôt", None),
        ("", None),
    ],
)
def test_parse_justel_date(text, expected):
    assert parse_justel_date(text) == expected


@pytest.mark.parametrize(
    "note, reference, article, in_force",
    [
        ("(1)<AGF 2022-09-09/05, art. 2, 003; En vigueur : 01-01-2023>", "AGF 2022-09-09/05", "2", "2023-01-01"),
        ("(1)<L 2018-06-18/03, art. 2, 082; En vigueur : 31-03-2019>", "L 2018-06-18/03", "2", "2019-03-31"),
        ("(3)<Inséré par L 1994-07-14/57, art. 2; En vigueur : 31-10-1994>", "L 1994-07-14/57", "2", "1994-10-31"),
        ("(2)<BVR 2022-09-09/05, art. 1, 003; Inwerkingtreding : 01-01-2023>", "BVR 2022-09-09/05", "1", "2023-01-01"),
        ("<Abrogé par AGF 2022-09-09/05, art. 7, 003; En vigueur : 01-01-2023>", "AGF 2022-09-09/05", "7", "2023-01-01"),
    ],
)
def test_parse_amendment(note, reference, article, in_force):
    amendment = parse_amendment(note)
    assert (amendment.reference, amendment.article, amendment.in_force) == (reference, article, in_force)


def test_parse_amendment_rejects_plain_text():
    assert parse_amendment("<19-12-1980, art. 84>") is None
    assert parse_amendment("La subvention est payée en deux tranches.") is None


# --------------------------------------------------------------------------
# The rest of the snapshot: robots.txt, PDFs, and the generator
# --------------------------------------------------------------------------
def test_robots_txt_disallows_legislation_paths():
    robots = urllib.robotparser.RobotFileParser()
    robots.parse(snapshot_bytes("/robots.txt").decode("ascii").splitlines())
    for path in (FR_ELI, FALLBACK, "/mopdf/2016/12/23_1.pdf", "/cgi_wet/summary.pl", "/loi/x", "/wet/x", "/eli_cgi/x"):
        assert not robots.can_fetch("opportunities", LIVE + path), path
    assert robots.can_fetch("opportunities", LIVE + "/cgi/welcome.pl")


@pytest.mark.parametrize("url_path", ["/mopdf/2016/12/23_1.pdf", "/img_l/pdf/2016/12/09/2016036668_F.pdf"])
def test_pdfs_are_tiny_valid_pdfs(url_path):
    data = snapshot_bytes(url_path)
    assert data.startswith(b"%PDF-1.4") and data.rstrip().endswith(b"%%EOF")
    startxref = int(data.rsplit(b"startxref", 1)[1].split()[0])
    assert data[startxref:].startswith(b"xref")


def test_snapshot_matches_its_generator():
    spec = importlib.util.spec_from_file_location("build_ejustice", REPO / "data" / "snapshot" / "build_ejustice.py")
    build = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = build  # dataclasses look their module up while the file executes
    try:
        spec.loader.exec_module(build)
    finally:
        del sys.modules[spec.name]
    generated = build.snapshot_files()
    on_disk = {str(path.relative_to(SNAPSHOT)) for path in SNAPSHOT.rglob("*") if path.is_file()}
    assert on_disk == set(generated), "stray or missing snapshot files: run data/snapshot/build_ejustice.py"
    for relative, data in generated.items():
        assert (SNAPSHOT / relative).read_bytes() == data, relative


# --------------------------------------------------------------------------
# Discovery: search result lists, the title filter, FR ⇄ NL ELIs
# --------------------------------------------------------------------------
WINDOW = (date(2016, 1, 1), date(2017, 12, 31))  # the snapshot's search window


def search_page(keyword: str, language: str, page: int = 1) -> JustelSearchPage:
    url = search_url(keyword, language, *WINDOW)
    if page > 1:
        url = url.replace("&page=&", f"&page={page}&")
    return JustelSearchPage(url, snapshot_bytes(url.removeprefix(LIVE)))


def test_search_url_is_the_attested_list_url_with_a_latin1_keyword():
    url = search_url("étudiant", "fr", *WINDOW)
    assert url == (
        LIVE + "/cgi_loi/list.pl?language=fr&sum_date=&trier=promulgation&fr=f&dt=&chercher=c&text1=%E9tudiant"
        "&choix1=et&choix2=et&pdd=2016-01-01&pdf=2017-12-31&page=&view_numac="
    )
    assert "text1=stagiair&" in search_url("nl:stagiair", "nl", *WINDOW)


def test_search_results_first_page():
    page = search_page("stage", "fr")
    assert [e.numac for e in page.entries] == ["2017030500", "2016036668", "2016099930"]
    decree = page.entries[1]
    assert decree.title == ("Arrêté du Gouvernement flamand relatif au subventionnement de stages auprès des "
                            "organisations multilatérales")
    assert (decree.act_type, decree.promulgation_date) == ("arrete", date(2016, 12, 9))
    assert (decree.publication_date, decree.publication_page) == (date(2016, 12, 23), 89499)
    assert decree.source_authority == "AUTORITE FLAMANDE"
    assert decree.eli == LIVE + "/eli/arrete/2016/12/09/2016036668/justel"
    assert decree.url.startswith(LIVE + "/cgi_loi/article.pl?language=fr") and "numac_search=2016036668" in decree.url
    # The title's NOTE is not part of the title, and does not make the list a "no text" answer.
    assert page.entries[0].title.endswith("stages à l'étranger")
    assert [e.is_student_scheme for e in page.entries] == [True, True, False]
    assert page.next_page_url == search_url("stage", "fr", *WINDOW).replace("&page=&", "&page=2&")


def test_search_results_last_page_has_no_next():
    page = search_page("stage", "fr", page=2)
    assert page.page_number == 2
    assert [(e.numac, e.act_type, e.is_student_scheme) for e in page.entries] == [("2016099910", "decret", False)]
    assert page.next_page_url is None


def test_dutch_search_results_link_dutch_elis():
    page = search_page("stage", "nl")
    assert page.language == "nl"
    assert [e.eli for e in page.entries] == [
        LIVE + "/eli/besluit/2017/02/03/2017099960/justel",
        LIVE + "/eli/besluit/2016/12/09/2016036668/justel",
    ]
    assert [e.is_student_scheme for e in page.entries] == [False, True]
    assert page.entries[1].act_type == "arrete", "act types are the French ELI words"


@pytest.mark.parametrize("keyword, language", [("étudiant", "fr"), ("stagiair", "nl"), ("beurs", "nl")])
def test_empty_search_results(keyword, language):
    page = search_page(keyword, language)
    assert page.entries == [] and page.next_page_url is None


def live_list_page(count: int, *, next_href: str | None = None, language: str = "fr") -> str:
    """A result page in the live list's markup as other scrapers read it.

    ``div.list-item`` > ``a.list-item--title`` (``numac_search=``), a long-form
    ``p.list-item--date``, the numac in ``div.list-item--button a``, and an
    ``a.pagination-next`` when ``next_href`` is given.
    """
    months = ["janvier", "février", "mars"] if language == "fr" else ["januari", "februari", "maart"]
    items = "".join(
        f'<div class="list-item"><div class="list-item--content">'
        f'<a class="list-item--title" href="article.pl?language={language}&numac_search=2024{i:06d}&caller=list">'
        f"{i % 28 + 1} JANVIER 2024. - Arrêté relatif aux bourses de stage n° {i}</a>"
        f'<p class="list-item--date">{i % 28 + 1} {months[i % 3]} 2024</p></div>'
        f'<div class="list-item--button"><a href="article.pl?numac_search=2024{i:06d}">2024{i:06d}</a></div></div>'
        for i in range(count)
    )
    pager = f'<div class="pagination"><a class="pagination-next" href="{next_href}">Suivant</a></div>' if next_href else ""
    return f"<html><body><div class='list'><div class='box'>{items}{pager}</div></div></body></html>"


def test_live_list_markup_gives_numacs_long_dates_and_elis():
    url = search_url("stage", "fr", *WINDOW)
    page = JustelSearchPage(url, live_list_page(4))
    assert [e.numac for e in page.entries] == ["2024000000", "2024000001", "2024000002", "2024000003"]
    assert [e.publication_date for e in page.entries] == [
        date(2024, 1, 1), date(2024, 2, 2), date(2024, 3, 3), date(2024, 1, 4)]
    assert page.entries[1].eli == LIVE + "/eli/arrete/2024/01/02/2024000001/justel"
    assert page.next_page_url is None  # a short page without a next link is the last one


def test_dutch_long_dates_on_the_live_list_markup():
    page = JustelSearchPage(search_url("stage", "nl", *WINDOW), live_list_page(2, language="nl"))
    assert [e.publication_date for e in page.entries] == [date(2024, 1, 1), date(2024, 2, 2)]


def test_next_link_of_the_live_pager_is_followed():
    url = search_url("stage", "fr", *WINDOW)
    page = JustelSearchPage(url, live_list_page(30, next_href="list.pl?language=fr&text1=stage&page=2"))
    assert len(page.entries) == 30
    assert page.next_page_url == LIVE + "/cgi_loi/list.pl?language=fr&text1=stage&page=2"


def test_a_full_page_without_next_link_still_has_a_successor():
    url = search_url("stage", "fr", *WINDOW)
    first = JustelSearchPage(url, live_list_page(30))
    assert first.next_page_url == url.replace("&page=&", "&page=2&")
    second = JustelSearchPage(first.next_page_url, live_list_page(30))
    assert second.next_page_url == url.replace("&page=&", "&page=3&")
    assert JustelSearchPage(second.next_page_url, live_list_page(29)).next_page_url is None


def test_search_page_faults():
    with pytest.raises(NonContentPage) as caught:
        JustelSearchPage(LIVE + "/cgi_loi/list.pl?language=fr", (FIXTURES / "tspd.html").read_bytes())
    assert caught.value.kind == "bot_challenge"
    with pytest.raises(PageLayoutError):  # an act page is not a result list
        JustelSearchPage(LIVE + "/cgi_loi/list.pl?language=fr", snapshot_bytes(FR_ELI))


@pytest.mark.parametrize(
    "title, expected",
    [
        # snapshot search results
        ("Arrêté du Gouvernement flamand relatif au subventionnement de stages auprès des organisations "
         "multilatérales", True),
        ("Besluit van de Vlaamse Regering betreffende de subsidiëring van stages bij multilaterale organisaties", True),
        ("Arrêté du Gouvernement de la Communauté française relatif aux bourses d'études pour des stages à "
         "l'étranger", True),
        ("Arrêté du Gouvernement wallon relatif aux subventions octroyées aux communes pour des travaux "
         "d'entretien de voirie", False),
        ("Loi modifiant diverses dispositions relatives aux marchés d'instruments financiers", False),
        ("Besluit van de Vlaamse Regering betreffende de signalisatie van wegenwerken", False),
        # other titles
        ("Décret relatif aux allocations d’études", True),
        ("Decreet betreffende de studietoelagen", True),
        ("Arrêté fixant le statut des étudiants-jobistes", True),
        ("Arrêté royal relatif à la Bourse de commerce", False),
        ("Décret relatif aux études d'incidences sur l'environnement", False),
    ],
)
def test_is_student_scheme_title(title, expected):
    assert is_student_scheme_title(title) is expected


@pytest.mark.parametrize(
    "keyword, languages",
    [("stage", ("fr", "nl")), ("bourse", ("fr",)), ("étudiant", ("fr",)), ("stagiaire", ("fr",)),
     ("stagiair", ("nl",)), ("beurs", ("nl",)), ("subvention", ("fr",)), ("nl:subsidie", ("nl",))],
)
def test_keyword_languages(keyword, languages):
    assert keyword_languages(keyword) == languages


def test_other_language_eli():
    assert other_language_eli(LIVE + FR_ELI) == LIVE + NL_ELI
    assert other_language_eli(NL_ELI) == FR_ELI
    assert other_language_eli("/eli/wet/2016/04/22/2016003166/justel") == "/eli/loi/2016/04/22/2016003166/justel"
    assert other_language_eli("/cgi_loi/article.pl?language=fr") is None


def test_archived_versions_link(fr_page):
    assert fr_page.versions_archived_url == (
        LIVE + "/cgi_loi/article.pl?language=fr&arch=002&lg_txt=fr&type=&sort=&numac_search=2016036668"
        "&cn_search=2016120902&caller=eli&&view_numac=2016120902fr"
    )
