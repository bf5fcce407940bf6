"""WBI page objects on the bundled snapshot, and the snapshot against its seeds.

The snapshot pages are the saved HTML; tests/pages/expected/wbi-*.json hold
the fields each page object must return. After a deliberate change to the
snapshot or the parser, rewrite them with::

    UPDATE_EXPECTED=1 .venv/bin/pytest tests/pages/test_wbi_pages.py

and review the diff.
"""
from __future__ import annotations

import dataclasses
import importlib.util
import json
import os
import re
import sys
from datetime import date
from functools import partial
from pathlib import Path

import pytest

from normalise.text import clean_text
from scrapers.pages.html_text import element_text
from opportunities.snapshot import SNAPSHOT_DIR, WBI_HOST, path_for
from scrapers.pages.tree import find, parse, select, select_one, text_of
from scrapers.pages.wbi import Attachment, MarkupChanged, WbiArticlePage, WbiListingPage, decode
from tests.conftest import SEEDS, snapshot_file as site_file

REPO = Path(__file__).resolve().parents[2]
SNAPSHOT = SNAPSHOT_DIR / WBI_HOST
EXPECTED = Path(__file__).resolve().parent / "expected"
ORIGIN = "https://www.wbi.be"

# seed file -> snapshot URL path, publication date (DD/MM/YYYY as printed)
ARTICLES = {
    "fao-liaison-internship.txt": ("/fr/actualites/offre-stage-bureau-liaison-fao-bruxelles", "2025-02-24"),
    "unesco-internships.txt": ("/fr/actualites/offres-stage-unesco-paris", "2025-02-05"),
    "latvia-scholarships.txt": ("/fr/actualites/bourses-etat-letton-etudes-recherche-cours-dete", "2025-02-10"),
    "citoyens-du-monde.txt": (
        "/fr/aide-service/participer-simulations-organisations-internationales-concours-plaidoirie-citoyens-monde",
        "2025-01-15",
    ),
    "citf-theatre.txt": ("/fr/actualites/commission-internationale-theatre-francophone-citf-appel-projets", "2025-01-28"),
    "alain-aspect-conference.txt": ("/fr/actualites/conference-alain-aspect-revolutions-quantiques-umons", "2025-01-21"),
    "tatiana-wolska-exhibition.txt": ("/fr/actualites/exposition-belladone-tatiana-wolska-drawing-lab-paris", "2024-03-14"),
    "biotech-life-sciences.txt": (
        "/fr/actualites/sciences-vivant-biowin-medvia-signent-premiere-collaboration-strategique",
        "2024-12-12",
    ),
    "wallonie-nrw-cooperation.txt": ("/fr/actualites/wallonie-rhenanie-nord-westphalie-cooperation-porte-fruits", "2025-01-30"),
    "uk-research-innovation.txt": ("/fr/actualites/recherche-innovation-royaume-uni-axes-prioritaires", "2025-02-20"),
}
#: Our English versions (data/snapshot/translations/, line for line with the seed):
#: translation file -> (snapshot URL path, publication date, French seed).
TRANSLATIONS = REPO / "data" / "snapshot" / "translations"
ENGLISH = {
    "fao-liaison-internship.en.txt": ("/en/news/internship-fao-liaison-office-brussels", "2025-02-24",
                                      "fao-liaison-internship.txt"),
    "unesco-internships.en.txt": ("/en/news/internships-unesco-paris", "2025-02-05", "unesco-internships.txt"),
}
#: Seed lines that name a Drupal block rather than body text ("Related documents" in the translations).
MARKER_LINES = {"Documents liés", "Related documents"}
FAO = "fao-liaison-internship.txt"
FAO_PATH = ARTICLES[FAO][0]


snapshot_file = partial(site_file, WBI_HOST)


def load(url_path: str) -> bytes:
    return snapshot_file(url_path).read_bytes()


def article(seed: str) -> WbiArticlePage:
    path = ARTICLES[seed][0]
    return WbiArticlePage(ORIGIN + path, load(path))


def listing(url_path: str) -> WbiListingPage:
    return WbiListingPage(ORIGIN + url_path, load(url_path))


def english(name: str) -> WbiArticlePage:
    path = ENGLISH[name][0]
    return WbiArticlePage(ORIGIN + path, load(path))


def seed_text(seed: str, folder: Path = SEEDS) -> str:
    lines = (folder / seed).read_text(encoding="utf-8").splitlines()
    return "\n".join(line for line in lines if line.strip() not in MARKER_LINES)


def as_json(page: WbiArticlePage) -> dict:
    return {
        "url": page.url,
        "title": page.title,
        "published": page.published.isoformat() if page.published else None,
        "updated": page.updated.isoformat() if page.updated else None,
        "language": page.language,
        "teaser_first_line": page.teaser.splitlines()[0] if page.teaser else None,
        "attachments": [dataclasses.asdict(a) for a in page.attachments],
        "tags": page.tags,
        "external_links": [dataclasses.asdict(link) for link in page.external_links],
        "alternates": page.alternates,
        "is_complete": page.is_complete,
        "content_fingerprint": page.content_fingerprint(),
    }


# ---------------------------------------------------------------- articles


@pytest.mark.parametrize("seed", sorted(ARTICLES))
def test_article_fields_match_expected_json(seed):
    actual = as_json(article(seed))
    expected_file = EXPECTED / f"wbi-{Path(seed).stem}.json"
    if os.environ.get("UPDATE_EXPECTED"):
        expected_file.parent.mkdir(exist_ok=True)
        expected_file.write_text(json.dumps(actual, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    assert actual == json.loads(expected_file.read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", sorted(ENGLISH))
def test_english_article_fields_match_expected_json(name):
    actual = as_json(english(name))
    expected_file = EXPECTED / f"wbi-{Path(name).stem}.json"  # wbi-<seed>.en.json
    if os.environ.get("UPDATE_EXPECTED"):
        expected_file.write_text(json.dumps(actual, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    assert actual == json.loads(expected_file.read_text(encoding="utf-8"))


@pytest.mark.parametrize("seed", sorted(ARTICLES))
def test_article_title_date_and_language(seed):
    page = article(seed)
    assert page.title and "\n" not in page.title
    assert page.published.isoformat() == ARTICLES[seed][1]
    assert page.language == "fr"
    assert page.is_complete


@pytest.mark.parametrize("seed", sorted(ARTICLES))
def test_body_text_is_the_seed_text_read_once(seed):
    page = article(seed)
    expected = clean_text(seed_text(seed))
    assert page.body_text == expected
    lines, wanted = page.body_text.splitlines(), expected.splitlines()
    for line in wanted:
        # as often as the seed has it: once, except UNESCO's thrice-repeated "en annexe" sentence
        assert lines.count(line) == wanted.count(line), line


#: Pages whose chapo is repeated as the body's lead (the UK item is a chapo only).
REPEATED_TEASER = sorted(set(ARTICLES) - {"alain-aspect-conference.txt", "tatiana-wolska-exhibition.txt",
                                          "uk-research-innovation.txt"})


@pytest.mark.parametrize("seed", REPEATED_TEASER)
def test_repeated_teaser_is_read_once(seed):
    page = article(seed)
    first_teaser_line = page.teaser.splitlines()[0]
    raw_lines = element_text_raw(page)
    assert raw_lines.count(first_teaser_line) == 2, "the snapshot must repeat the teaser as on the live site"
    assert page.body_text.splitlines().count(first_teaser_line) == 1


def element_text_raw(page: WbiArticlePage) -> list[str]:
    """Lines of the page's main region without the repeated-block clean-up."""
    text = text_of(select_one(parse(page.html), "main"), "\n")
    return [" ".join(line.split()).replace("\u2019", "'") for line in text.splitlines() if line.strip()]


def test_print_utility_body_block_is_ignored():
    page = article(FAO)
    html = page.html
    assert html.count("field--name-body ") == 2 and "printButton" in html
    assert "Imprimer" not in page.body_text
    assert "Partager" not in page.body_text


def test_print_button_block_after_the_body_is_ignored_too():
    page = article("unesco-internships.txt")
    assert page.html.index("printButton") > page.html.index("Introduction des candidatures")
    assert "Imprimer" not in page.body_text


def test_editor_residue_is_in_some_bodies_and_never_in_body_text():
    with_residue = [seed for seed in ARTICLES if "Last edited il y a" in article(seed).html]
    assert len(with_residue) >= 3
    for seed in with_residue:
        assert "Last edited" not in article(seed).body_text


def test_editor_residue_does_not_change_the_fingerprint():
    html = load(FAO_PATH).decode("utf-8")
    later = html.replace("Last edited il y a 3 minutes", "Last edited il y a 2 heures")
    assert later != html
    before = WbiArticlePage(ORIGIN + FAO_PATH, html).content_fingerprint()
    assert WbiArticlePage(ORIGIN + FAO_PATH, later).content_fingerprint() == before


def test_a_content_edit_changes_the_fingerprint():
    html = load(FAO_PATH).decode("utf-8")
    edited = html.replace("1.200 euros", "1.400 euros")
    assert edited != html
    assert (WbiArticlePage(ORIGIN + FAO_PATH, edited).content_fingerprint()
            != WbiArticlePage(ORIGIN + FAO_PATH, html).content_fingerprint())


def test_related_documents_are_listed_with_titles_once():
    page = article("unesco-internships.txt")
    # Each offer is linked twice (the "en annexe" link in the body and the
    # "Documents liés" field); it is listed once, with the field's title.
    assert page.html.count("offre-stage-unesco-centre-patrimoine-mondial.pdf") >= 2
    assert [a.title for a in page.attachments] == [
        "Offre 1 - Section des politiques de la science, de la technologie et de l'innovation",
        "Offre 2 - Centre du patrimoine mondial, Unité Europe et Amérique du Nord",
        "Offre 3 - Entité de la diversité des expressions culturelles",
    ]
    assert all(a.url.startswith(ORIGIN + "/sites/default/files/2025-02/") for a in page.attachments)


def test_fao_offer_and_citoyens_du_monde_form():
    assert article(FAO).attachments == [Attachment(
        ORIGIN + "/sites/default/files/2025-02/offre-stage-fao.pdf",
        "Offre de stage - Bureau de liaison de la FAO à Bruxelles",
    )]
    (form,) = article("citoyens-du-monde.txt").attachments
    assert form.url.endswith(".docx") and form.title.startswith("Fiche de renseignements")


def test_a_file_behind_a_generic_button_is_named_after_the_file():
    (document,) = article("uk-research-innovation.txt").attachments
    assert document.title == "axes-prioritaires-recherche-innovation-royaume-uni.pdf"


@pytest.mark.parametrize("seed", sorted(ARTICLES))
def test_every_attachment_is_a_real_file_in_the_snapshot(seed):
    for attachment in article(seed).attachments:
        data = load(attachment.url.removeprefix(ORIGIN))
        assert data.startswith(b"%PDF-1.4") and data.rstrip().endswith(b"%%EOF") or data.startswith(b"PK\x03\x04")


def test_external_links_leave_wbi_and_skip_mail_and_site_links():
    links = article("latvia-scholarships.txt").external_links
    urls = [link.url for link in links]
    assert "https://scholarships.viaa.gov.lv/en/login" in urls
    assert len(urls) == len(set(urls))
    assert not any("wbi.be" in url or url.startswith("mailto:") for url in urls)
    assert "https://www.wbi.be/fr/aide-service/apprendre-ou-se-perfectionner-langue-etrangere-wbi" in article(
        "latvia-scholarships.txt").html


def test_more_button_is_an_external_link():
    assert ("https://citf.org/", "En savoir plus") in [
        (link.url, link.text) for link in article("citf-theatre.txt").external_links
    ]


def test_service_page_has_update_date_sections_and_back_to_top_links():
    page = article("citoyens-du-monde.txt")
    assert page.updated.isoformat() == "2025-02-03"
    assert page.html.count("Retour au début") >= 4
    assert "Notre soutien" in page.html and "Votre projet" in page.html
    assert "Retour au début" not in page.body_text


def test_latvia_nested_list_items_are_lines_of_their_own():
    lines = article("latvia-scholarships.txt").body_text.splitlines()
    index = lines.index("- Bourses d'études :")
    assert lines[index + 1 : index + 4] == [
        "- étudiants en bac : 500€/mois",
        "- étudiants en master : 600€/mois",
        "- doctorants : 700 €/mois",
    ]


def test_tags_and_alternates():
    page = article("latvia-scholarships.txt")
    assert page.tags == ["Bourses", "Recherche et innovation"]
    assert page.alternates == {"fr": ORIGIN + ARTICLES["latvia-scholarships.txt"][0]}


# ---------------------------------------------------------------- broken pages


def test_truncated_html_is_detected():
    html = load(FAO_PATH).decode("utf-8")
    cut = html[: html.index("</footer>")]
    page = WbiArticlePage(ORIGIN + FAO_PATH, cut)
    assert not page.is_complete
    assert page.title  # still readable: the caller decides what to do with it


@pytest.mark.parametrize("ending", ["</body></html>", "</body>\n</html>\n\n", "</BODY>  ", "</body>"])
def test_complete_endings(ending):
    html = load(FAO_PATH).decode("utf-8")
    head = html[: html.rindex("</body>")]
    assert WbiArticlePage(ORIGIN + FAO_PATH, head + ending).is_complete


def test_residue_after_html_makes_a_page_incomplete():
    html = load(FAO_PATH).decode("utf-8") + "Last edited il y a 9 minutes\n\n\nPublish"
    assert not WbiArticlePage(ORIGIN + FAO_PATH, html).is_complete


def test_two_h1_raise_markup_changed():
    html = load(FAO_PATH).decode("utf-8").replace("<h2>Financement</h2>", "<h1>Financement</h1>")
    with pytest.raises(MarkupChanged, match="exactly one <h1>, found 2"):
        WbiArticlePage(ORIGIN + FAO_PATH, html)


def test_no_h1_raises_markup_changed():
    html = re.sub(r"<h1.*?</h1>", "", load(FAO_PATH).decode("utf-8"), flags=re.S)
    with pytest.raises(MarkupChanged, match="found 0"):
        WbiArticlePage(ORIGIN + FAO_PATH, html)


def test_missing_body_raises_markup_changed():
    html = load(FAO_PATH).decode("utf-8").replace("field--name-body", "field--name-field-texte")
    with pytest.raises(MarkupChanged, match="field--name-body"):
        WbiArticlePage(ORIGIN + FAO_PATH, html)


def test_bytes_in_cp1252_are_read():
    html = load(FAO_PATH).decode("utf-8").replace('<meta charset="utf-8">', "")
    page = WbiArticlePage(ORIGIN + FAO_PATH, html.encode("cp1252", errors="replace"))
    assert page.title == "Offre de stage au Bureau de liaison de la FAO à Bruxelles"


# ---------------------------------------------------------------- listings

LISTINGS = {
    # url path: (cards, next page or None)
    "/fr/actualites": (6, "/fr/actualites?page=1"),
    "/fr/actualites?page=0": (6, "/fr/actualites?page=1"),
    "/fr/actualites?page=1": (4, None),
    "/fr/bourses": (3, "/fr/bourses?page=1"),
    "/fr/bourses?page=1": (2, None),
    "/en/bourses": (6, "/en/bourses?page=1"),
    "/en/bourses?page=1": (4, None),
    "/fr/taxonomy/term/843": (5, None),
    "/en/taxonomy/term/844": (2, None),
    "/en/taxonomy/term/846": (2, None),
    "/en/taxonomy/term/847": (1, None),
}


@pytest.mark.parametrize("url_path", sorted(LISTINGS))
def test_listing_cards_and_next_page(url_path):
    cards, next_path = LISTINGS[url_path]
    page = listing(url_path)
    assert len(page.cards) == len(page.detail_urls) == cards
    assert page.next_url == (ORIGIN + next_path if next_path else None)
    # /en/ listings link translated nodes to their English version, the others to the French page.
    prefixes = (ORIGIN + "/fr/", ORIGIN + "/en/news/") if url_path.startswith("/en/") else (ORIGIN + "/fr/",)
    for card in page.cards:
        assert card["url"].startswith(prefixes)
        assert "/taxonomy/" not in card["url"]
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", card["date"])
        assert card["title"] and card["teaser"] and "Photo :" not in card["teaser"]


def test_listing_cards_match_expected_json():
    actual = {path: listing(path).cards for path in sorted(LISTINGS)}
    expected_file = EXPECTED / "wbi-listings.json"
    if os.environ.get("UPDATE_EXPECTED"):
        expected_file.write_text(json.dumps(actual, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    assert actual == json.loads(expected_file.read_text(encoding="utf-8"))


def test_pager_links_are_absolute_and_counted_from_zero():
    page = listing("/fr/actualites")
    assert page.pager_urls == [ORIGIN + "/fr/actualites?page=0", ORIGIN + "/fr/actualites?page=1"]
    assert listing("/fr/taxonomy/term/843").pager_urls == []


@pytest.mark.parametrize("start", ["/fr/actualites", "/fr/bourses", "/en/bourses"])
def test_following_next_visits_every_page_once_and_stops(start):
    seen, url = [], ORIGIN + start
    while url:
        assert url not in seen and len(seen) < 10
        seen.append(url)
        url = listing(url.removeprefix(ORIGIN)).next_url
    assert len(seen) == 2


def test_the_news_river_lists_every_seed_page_once():
    urls = listing("/fr/actualites").detail_urls + listing("/fr/actualites?page=1").detail_urls
    assert sorted(urls) == sorted(ORIGIN + path for path, _ in ARTICLES.values())


def test_english_catalogue_links_translated_nodes_to_their_english_version():
    french = listing("/fr/bourses").cards + listing("/fr/bourses?page=1").cards
    english = listing("/en/bourses").cards + listing("/en/bourses?page=1").cards
    to_english = {ORIGIN + fr_path: ORIGIN + en_path
                  for en_path, _, seed in ENGLISH.values() for fr_path in [ARTICLES[seed][0]]}
    english_urls = [c["url"] for c in english]
    assert {to_english.get(c["url"], c["url"]) for c in french} <= set(english_urls)
    fao = next(c for c in english if c["url"] == ORIGIN + ENGLISH["fao-liaison-internship.en.txt"][0])
    assert fao["title"] == "Internship at the FAO Liaison Office in Brussels"
    assert sum("/en/news/" in url for url in english_urls) == len(ENGLISH)


def test_english_catalogue_links_the_standing_programmes_as_the_live_one_does():
    english = listing("/en/bourses").detail_urls + listing("/en/bourses?page=1").detail_urls
    assert len(set(english)) >= 10
    programmes = [url for url in english if url.startswith(ORIGIN + "/fr/aide-service/")]
    assert len(programmes) >= 5
    for url in programmes:  # every programme page is in the snapshot and reads as an article
        page = WbiArticlePage(url, load(url.removeprefix(ORIGIN)))
        assert page.title and page.body_text and page.published


def test_french_listings_keep_linking_to_the_french_pages():
    for path in ("/fr/bourses", "/fr/bourses?page=1", "/fr/actualites", "/fr/actualites?page=1"):
        assert all(url.startswith(ORIGIN + "/fr/") for url in listing(path).detail_urls), path


def test_card_title_link_wins_over_tag_links():
    html = load("/fr/bourses").decode("utf-8")
    assert "/fr/taxonomy/term/318" in html
    assert all("/taxonomy/" not in url for url in listing("/fr/bourses").detail_urls)


def test_a_card_without_heading_uses_its_first_content_link():
    html = """<main><div class="search-result"><a href="/fr/taxonomy/term/1">Bourses</a>
    <a href="/fr/actualites/x">Un titre</a><p>01/02/2025</p></div></main>"""
    page = WbiListingPage(ORIGIN + "/fr/bourses", html)
    assert page.cards == [{"url": ORIGIN + "/fr/actualites/x", "title": "Un titre", "date": "2025-02-01", "teaser": None}]


# ---------------------------------------------------------------- the snapshot itself


def _all_html_pages() -> list[Path]:
    return sorted(SNAPSHOT.rglob("*.html"))


def _article_pages() -> list[Path]:
    """Pages with a body field; listings quote teasers, so a one-line seed is on them too."""
    return [path for path in _all_html_pages() if "field--name-body" in path.read_text(encoding="utf-8")]


def _page_lines(path: Path) -> list[str]:
    return element_text(find(parse(decode(path.read_bytes())), "body")).splitlines()


def _is_subsequence(needle: list[str], haystack: list[str]) -> bool:
    position = iter(haystack)
    return all(any(line == candidate for candidate in position) for line in needle)


@pytest.mark.parametrize("seed", sorted(p.name for p in SEEDS.glob("*.txt")))
def test_every_seed_text_is_in_exactly_one_snapshot_page(seed):
    """Guards the snapshot against drifting from the seeds (or a seed being dropped)."""
    wanted = clean_text(seed_text(seed)).splitlines()
    holders = [path for path in _article_pages() if _is_subsequence(wanted, _page_lines(path))]
    assert [p.relative_to(SNAPSHOT).as_posix() for p in holders] == [
        snapshot_file(ARTICLES[seed][0]).relative_to(SNAPSHOT).as_posix()
    ]
    if "Documents liés" in (SEEDS / seed).read_text(encoding="utf-8"):
        assert "Documents liés" in holders[0].read_text(encoding="utf-8")


def test_every_link_inside_the_snapshot_resolves_to_a_file():
    """Cards, pagers, menus and attachments all point at pages the snapshot serves.

    Taxonomy terms other than 843, the /en fallback for untranslated nodes
    and external sites are outside the snapshot on purpose.
    """
    missing = set()
    for path in _all_html_pages():
        directory = path.parent.relative_to(SNAPSHOT).as_posix()
        for link in select(parse(decode(path.read_bytes())), "a[href]"):
            href = link.get("href")
            if href.startswith("?"):
                href = f"/{directory}{href}"
            if not href.startswith("/") or "/taxonomy/term/" in href and "/843" not in href:
                continue
            if not snapshot_file(href.split("#")[0]).is_file():
                missing.add(href)
    assert not missing


def test_robots_txt_is_drupal_default_without_crawl_delay():
    from protego import Protego

    text = load("/robots.txt").decode("utf-8")
    robots = Protego.parse(text)
    assert robots.crawl_delay("opportunities") is None
    assert robots.can_fetch(ORIGIN + "/fr/bourses?page=1", "opportunities")
    assert robots.can_fetch(ORIGIN + "/sites/default/files/2025-02/offre-stage-fao.pdf", "opportunities")
    for path in ("/user/login", "/index.php/user/login", "/search/node", "/admin/content", "/core/install.php"):
        assert not robots.can_fetch(ORIGIN + path, "opportunities"), path


#: Programme nodes whose real text is English, served under /fr/ as the live /fr/node/24549 is.
ENGLISH_UNDER_FR = {
    "/fr/aide-service/obtenir-bourse-projet-recherche-international-excellence-world",
    "/fr/aide-service/obtenir-bourse-dexcellence-in-wbi",
    "/fr/aide-service/bourse-master-in-wbi",
}


def test_pages_are_french_utf8_drupal_with_skip_link_and_legal_notice():
    for path in _all_html_pages():
        html = path.read_text(encoding="utf-8")
        url_path = "/" + str(path.relative_to(SNAPSHOT).parent)
        lang = "en" if path.relative_to(SNAPSHOT).parts[0] == "en" or url_path in ENGLISH_UNDER_FR else "fr"
        assert f'<html lang="{lang}"' in html
        assert ("Aller au contenu principal" if lang == "fr" else "Skip to main content") in html
        assert 'href="/fr/mentions-legales-0"' in html
        assert html.count("<h1") == 1
        # No WBI image is copied: the only <img> is the site logo (a local placeholder).
        assert re.findall(r'<img src="([^"]+)"', html) == ["/sites/default/files/2024-08/image_logo_site_wbi.png"]


def test_snapshot_is_what_the_generator_builds():
    """The committed files are the generator's output, byte for byte (no hand edits, no stale files)."""
    spec = importlib.util.spec_from_file_location("build_wbi", REPO / "data" / "snapshot" / "build_wbi.py")
    build_wbi = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = build_wbi  # dataclasses look their module up while the file runs
    try:
        spec.loader.exec_module(build_wbi)
    finally:
        del sys.modules[spec.name]
    expected = {
        path_for(url).as_posix(): content if isinstance(content, bytes)
        else content.encode("utf-8")
        for url, content in build_wbi.site().items()
    }
    on_disk = {p.relative_to(SNAPSHOT).as_posix(): p.read_bytes() for p in SNAPSHOT.rglob("*") if p.is_file()}
    assert sorted(on_disk) == sorted(expected)
    changed = [name for name in expected if on_disk[name] != expected[name]]
    assert not changed, "run: .venv/bin/python data/snapshot/build_wbi.py"


# ---------------------------------------------------------------- English versions (our translation)


@pytest.mark.parametrize("name", sorted(ENGLISH))
def test_english_version_title_date_and_language(name):
    path, published, seed = ENGLISH[name]
    page = english(name)
    assert page.language == "en"
    assert page.published.isoformat() == published == ARTICLES[seed][1]
    assert page.is_complete
    assert page.title == {
        "fao-liaison-internship.en.txt": "Internship at the FAO Liaison Office in Brussels",
        "unesco-internships.en.txt": "Internships at UNESCO in Paris",
    }[name]
    assert '<html lang="en"' in page.html


@pytest.mark.parametrize("name", sorted(ENGLISH))
def test_english_body_text_is_the_translation_read_once(name):
    page = english(name)
    assert page.body_text == clean_text(seed_text(name, TRANSLATIONS))
    assert "Print" not in page.body_text and "Share by e-mail" not in page.body_text
    assert "Related documents" in page.html and "Related documents" not in page.body_text


def test_english_fao_page_states_the_same_facts_in_english():
    body = english("fao-liaison-internship.en.txt").body_text
    for fact in ("To be sent by Friday 14 March 2025, at midnight to bourses@wbi.be",
                 "1,200 euros / month", "15 April to 15 October 2025", "- Duration: 6 months"):
        assert fact in body, fact
    assert "mars" not in body


def test_english_unesco_page_states_the_same_facts_in_english():
    body = english("unesco-internships.en.txt").body_text
    for fact in ("Applications must be sent by Thursday 20 February at midnight to bourses@wbi.be",
                 "1,600 euros / month", "from 1 April 2025 to 30 September 2025 (6 months)", "500 euros",
                 "12 June 2025"):
        assert fact in body, fact


@pytest.mark.parametrize("name", sorted(ENGLISH))
def test_translation_keeps_the_seed_line_structure(name):
    """Line for line, so the French page's markup settings apply; the chapo repeats as in French."""
    seed = ENGLISH[name][2]
    french = (SEEDS / seed).read_text(encoding="utf-8").splitlines()
    translated = (TRANSLATIONS / name).read_text(encoding="utf-8").splitlines()
    assert len(translated) == len(french)
    assert [line.startswith("- ") for line in translated] == [line.startswith("- ") for line in french]
    first_teaser_line = english(name).teaser.splitlines()[0]
    assert element_text_raw(english(name)).count(first_teaser_line) == 2


@pytest.mark.parametrize("name", sorted(ENGLISH))
def test_alternates_point_at_each_other(name):
    en_path, _, seed = ENGLISH[name]
    fr_path = ARTICLES[seed][0]
    both = {"fr": ORIGIN + fr_path, "en": ORIGIN + en_path}
    assert english(name).alternates == both
    assert article(seed).alternates == both
    # The language switcher links the other version too.
    for page, other in ((english(name), fr_path), (article(seed), en_path)):
        switcher = select(parse(page.html), "#block-wbi-languageswitcher a.language-link")
        assert {a.get("hreflang"): a.get("href") for a in switcher} == {"fr": fr_path, "en": en_path}
        assert other in [a.get("href") for a in switcher]


@pytest.mark.parametrize("name", sorted(ENGLISH))
def test_english_version_links_the_same_files_with_english_titles(name):
    page, original = english(name), article(ENGLISH[name][2])
    assert [a.url for a in page.attachments] == [a.url for a in original.attachments]
    assert all(a.title != b.title for a, b in zip(page.attachments, original.attachments))
    assert page.tags and page.tags != original.tags


def test_english_fao_offer_title():
    assert english("fao-liaison-internship.en.txt").attachments == [Attachment(
        ORIGIN + "/sites/default/files/2025-02/offre-stage-fao.pdf",
        "Internship offer - FAO Liaison Office in Brussels",
    )]


@pytest.mark.parametrize("name", sorted(ENGLISH))
def test_every_translation_text_is_in_exactly_one_snapshot_page(name):
    wanted = clean_text(seed_text(name, TRANSLATIONS)).splitlines()
    holders = [path for path in _article_pages() if _is_subsequence(wanted, _page_lines(path))]
    assert [p.relative_to(SNAPSHOT).as_posix() for p in holders] == [
        snapshot_file(ENGLISH[name][0]).relative_to(SNAPSHOT).as_posix()
    ]


def test_untranslated_pages_still_have_only_a_french_alternate():
    translated = {seed for _, _, seed in ENGLISH.values()}
    for seed in sorted(set(ARTICLES) - translated):
        assert article(seed).alternates == {"fr": ORIGIN + ARTICLES[seed][0]}, seed


@pytest.mark.parametrize(
    "head, above_body, expected",
    [
        pytest.param('<meta property="article:published_time" content="2025-02-05T09:00:00+01:00">', "", date(2025, 2, 5),
                     id="drupal-metatag"),
        pytest.param("", "<p class=\"meta\">Publié le 05/02/2025</p>", date(2025, 2, 5), id="printed-above-body"),
        pytest.param("", "", None, id="no-date-anywhere"),
    ],
)
def test_publication_date_of_an_unknown_template(head, above_body, expected):
    html = (f"<html lang='fr'><head>{head}</head><body><main><h1>Offre</h1>{above_body}"
            "<div class='field--name-body'><p>Texte publié le 31/12/2030.</p></div></main></body></html>")
    assert WbiArticlePage("https://www.wbi.be/fr/actualites/x", html).published == expected


# ---------------------------------------------------------------- pagers the crawl cannot follow

def test_last_page_is_the_pagers_highest_page():
    assert listing("/fr/actualites").last_page == 1
    assert listing("/fr/taxonomy/term/843").last_page == 0
    assert listing("/fr/actualites").unread_pager is None


def test_page_links_outside_the_pager_are_reported():
    html = load("/fr/actualites").decode("utf-8").replace('<nav class="pager"', '<nav class="pagination"')
    page = WbiListingPage(ORIGIN + "/fr/actualites", html)
    assert page.pager_urls == [] and page.last_page == 0
    assert page.unread_pager == "a link to ?page=1 outside 'nav.pager a[href]'"


def test_a_load_more_pager_is_reported():
    html = load("/fr/taxonomy/term/843").decode("utf-8").replace(
        "</main>", '<ul class="pager pager--load-more"><li><a class="button">Charger plus</a></li></ul></main>')
    page = WbiListingPage(ORIGIN + "/fr/taxonomy/term/843", html)
    assert page.unread_pager.startswith("a load-more pager")
