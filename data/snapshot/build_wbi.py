"""Build the bundled www.wbi.be snapshot from the seed page texts.

Usage (from the repository root)::

    .venv/bin/python data/snapshot/build_wbi.py

The machines that run the project cannot reach wbi.be, so the crawler is
exercised on a copy of the site: these pages carry the real URL paths and
the Drupal markup conventions recorded in ../shared/SOURCES.md §1, and their
text is the seed text of tests/fixtures/seeds/ (the exact body texts of the
live pages). The HTML is generated rather than hand-written so that every
page shares one template, and a seed correction reaches the snapshot by
re-running this script.

Two pages also have an English version (``/en/news/<slug>``), as on the
live site where a node can be translated. Their text is OUR translation of
the seed, kept line for line in data/snapshot/translations/<seed>.en.txt
(not in the seeds folder: the seeds are live texts only), so that the same
``Page`` markup settings (headings, labels, links) apply to both versions.

The output is deterministic: no clock, no randomness, sorted iteration, and
fixed timestamps inside the .docx archive. The script deletes and rewrites
``data/snapshot/www.wbi.be/`` entirely; never hand-edit files there.

URL -> file layout: the snapshot server's rule,
``opportunities.snapshot.path_for`` (a path without a query is
``<root>/<path>/index.html``; robots.txt and attachments are files at their
own path).
"""
from __future__ import annotations

import html
import io
import re
import shutil
import zipfile
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path

from opportunities.snapshot import path_for

REPO = Path(__file__).resolve().parents[2]
SEEDS = REPO / "tests" / "fixtures" / "seeds"
#: Our English translations of some seeds, line for line (see the docstring).
TRANSLATIONS = Path(__file__).resolve().parent / "translations"
#: Real texts of standing programmes, from stored public copies (programmes/README.md).
PROGRAMMES = Path(__file__).resolve().parent / "programmes"
ROOT = Path(__file__).resolve().parent / "www.wbi.be"
ORIGIN = "https://www.wbi.be"

#: Marker lines of the seed texts: they name Drupal blocks, not body text.
DOCUMENTS_MARKER = "Documents liés"
#: The label of the same field, per language (the translations end with the English one).
DOCUMENTS_LABEL = {"fr": DOCUMENTS_MARKER, "en": "Related documents"}

LOGO = "/sites/default/files/2024-08/image_logo_site_wbi.png"
# A 1x1 transparent PNG: the logo is referenced as on the live site, but WBI
# images are not ours to copy (legal notice), so the file is a placeholder.
PLACEHOLDER_PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000001e221bc330000000049454e44ae426082"
)


@dataclass(frozen=True)
class Term:
    tid: int
    name: str
    name_en: str | None = None

    @property
    def path(self) -> str:
        return f"/fr/taxonomy/term/{self.tid}"

    def link(self, lang: str) -> tuple[str, str]:
        """(href, name) of the term as printed on a page in ``lang``."""
        if lang == "fr" or not self.name_en:
            return self.path, self.name
        return f"/{lang}/taxonomy/term/{self.tid}", self.name_en


RESEARCH = Term(843, "Recherche et innovation")
SCHOLARSHIPS = Term(312, "Bourses")
INTERNSHIPS = Term(318, "Stages", "Internships")
INTERNATIONAL_ORGS = Term(327, "Organisations internationales", "International organisations")
CULTURE = Term(301, "Culture")
ECONOMY = Term(305, "Économie")
HIGHER_EDUCATION = Term(309, "Enseignement supérieur")
# The three other research indices the YouthOpp adapter reads (SOURCES.md §1.1 [C]); their names
# and which pages they list are our inference.
RESEARCH_MOBILITY = Term(844, "Mobilité des chercheurs", "Researcher mobility")
RESEARCH_PROGRAMMES = Term(846, "Programmes de recherche", "Research programmes")
RESEARCH_COOPERATION = Term(847, "Coopération scientifique", "Scientific cooperation")


@dataclass(frozen=True)
class Document:
    """A file of the "Documents liés" field (or linked from the body)."""

    path: str
    title: str
    text: str  # the one line printed in the placeholder file
    title_en: str | None = None  # the file's description on the English version of the node

    def title_in(self, lang: str) -> str:
        return self.title_en if lang == "en" and self.title_en else self.title

    @property
    def filename(self) -> str:
        return self.path.rsplit("/", 1)[1]


@dataclass
class Page:
    """One seed page and how it is laid out on the site."""

    seed: str
    path: str
    nid: int
    title: str
    published: datetime
    kind: str  # Drupal bundle: "actualite" or "aide_service"
    tags: list[Term]
    card_teaser: str
    caption: str
    is_opportunity: bool = False
    title_en: str | None = None
    teaser_en: str | None = None
    teaser_lines: int = 0  # leading seed lines that form the chapo field
    headings: dict[int, str] = field(default_factory=dict)  # seed line -> h2 | h3 | strong | em
    label_lines: set[int] = field(default_factory=set)  # paragraphs that start with a <strong> label
    nested: set[int] = field(default_factory=set)  # list items nested under the item above
    quote_lines: set[int] = field(default_factory=set)
    links: dict[int, list[tuple[str, str]]] = field(default_factory=dict)  # seed line -> (phrase, href)
    before: dict[int, str] = field(default_factory=dict)  # raw HTML inserted before a seed line
    body_end: str = ""  # raw HTML appended to the body (editor residue, buttons)
    documents: list[Document] = field(default_factory=list)
    more_link: str | None = None  # "En savoir plus" button block
    updated: datetime | None = None
    show_time_element: bool = True  # some pages print the date as plain text only
    decoy_first: bool = True  # print-utility body block before (True) or after the real body
    service_tabs: list[tuple[str, str]] = field(default_factory=list)
    lang: str = "fr"
    text_dir: Path = SEEDS  # TRANSLATIONS for our English versions
    translation_of: str | None = None  # path of the French node this page translates

    @property
    def seed_lines(self) -> list[str]:
        return (self.text_dir / self.seed).read_text(encoding="utf-8").splitlines()


def _fr_date(moment: datetime) -> str:
    return moment.strftime("%d/%m/%Y")


def _iso(moment: datetime) -> str:
    # Belgian local time: CET (+01:00) in winter, CEST (+02:00) from the last
    # Sunday of March to the last Sunday of October. Good enough for the
    # dates used here.
    offset = "+02:00" if 4 <= moment.month <= 10 or (moment.month == 3 and moment.day >= 31) else "+01:00"
    return moment.strftime("%Y-%m-%dT%H:%M:%S") + offset


# ---------------------------------------------------------------- inline text

_URL = re.compile(r"https?://\S+?(?=[.,;:)]?(?:\s|$))")
_BITLY = re.compile(r"\bbit\.ly/\S+?(?=[.,;:)]?(?:\s|$))")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}")
_LABEL = re.compile(r"^([^:]{1,45}?\s?:)(\s)")


def _text(value: str) -> str:
    return html.escape(value, quote=False)


def _attr(value: str) -> str:
    return html.escape(value, quote=True)


def _inline(text: str, phrases: list[tuple[str, str]]) -> str:
    """Escape a seed line and turn URLs, e-mails and given phrases into links."""
    spans: list[tuple[int, int, str]] = []

    def free(start: int, end: int) -> bool:
        return all(end <= s or start >= e for s, e, _ in spans)

    for phrase, href in phrases:
        start = text.find(phrase)
        if start >= 0 and free(start, start + len(phrase)):
            spans.append((start, start + len(phrase), href))
    for pattern, make_href in (
        (_URL, lambda m: m),
        (_BITLY, lambda m: "https://" + m),
        (_EMAIL, lambda m: "mailto:" + m),
    ):
        for match in pattern.finditer(text):
            if free(match.start(), match.end()):
                spans.append((match.start(), match.end(), make_href(match.group(0))))
    out, position = [], 0
    for start, end, href in sorted(spans):
        out.append(_text(text[position:start]))
        out.append(f'<a href="{_attr(href)}">{_text(text[start:end])}</a>')
        position = end
    out.append(_text(text[position:]))
    return "".join(out)


def _labelled(text: str, phrases: list[tuple[str, str]]) -> str:
    """`<strong>Label :</strong> value`, the CKEditor habit for "label: value" lines."""
    match = _LABEL.match(text)
    if not match or "http" in match.group(1):
        return _inline(text, phrases)
    return f"<strong>{_text(match.group(1))}</strong>{match.group(2)}{_inline(text[match.end():], phrases)}"


# ---------------------------------------------------------------- body markup


def _render_lines(page: Page, first: int, last: int) -> str:
    """CKEditor-style HTML for seed lines first..last (1-based, inclusive).

    One block element per line so that diffs of the snapshot stay readable.
    """
    lines = page.seed_lines
    out: list[str] = []
    items: list[tuple[str, list[str]]] = []  # open <ul>: (item html, nested item html)
    in_quote = False

    def close_list() -> None:
        if not items:
            return
        out.append("<ul>")
        for content, children in items:
            if children:
                nested = "\n".join(f"<li>{child}</li>" for child in children)
                out.append(f"<li>{content}\n<ul>\n{nested}\n</ul>\n</li>")
            else:
                out.append(f"<li>{content}</li>")
        out.append("</ul>")
        items.clear()

    for number in range(first, last + 1):
        raw = lines[number - 1].strip()
        if number in page.before:
            close_list()
            out.append(page.before[number])
        if not raw:
            continue
        phrases = page.links.get(number, [])
        if raw.startswith("- "):
            content = _labelled(raw[2:], phrases)
            if number in page.nested:
                items[-1][1].append(content)
            else:
                items.append((content, []))
            continue
        close_list()
        if in_quote and number not in page.quote_lines:
            out.append("</blockquote>")
            in_quote = False
        if number in page.quote_lines and not in_quote:
            out.append("<blockquote>")
            in_quote = True
        kind = page.headings.get(number)
        if kind in ("h2", "h3"):
            out.append(f"<{kind}>{_inline(raw, phrases)}</{kind}>")
        elif kind == "strong":
            out.append(f"<p><strong>{_inline(raw, phrases)}</strong></p>")
        elif kind == "em":
            out.append(f"<p><em>{_inline(raw, phrases)}</em></p>")
        elif number in page.label_lines:
            out.append(f"<p>{_labelled(raw, phrases)}</p>")
        else:
            out.append(f"<p>{_inline(raw, phrases)}</p>")
    close_list()
    if in_quote:
        out.append("</blockquote>")
    return "\n".join(out)


# ---------------------------------------------------------------- page chrome

MAIN_MENU_FR = [("/fr", "Accueil"), ("/fr/actualites", "Actualités"), ("/fr/bourses", "Bourses et stages"),
                (RESEARCH.path, RESEARCH.name)]
MAIN_MENU_EN = [("/en", "Home"), ("/en/bourses", "Scholarships and internships")]


def _layout(*, lang: str, title: str, path: str, content: str, body_class: str,
            switcher: dict[str, str], head_extra: str = "", description: str | None = None) -> str:
    menu = MAIN_MENU_FR if lang == "fr" else MAIN_MENU_EN
    active = ' class="is-active" aria-current="page"'
    menu_html = "\n".join(
        f'<li class="menu-item{" menu-item--active-trail" if href == path else ""}"><a href="{href}"'
        f'{active if href == path else ""}>{_text(label)}</a></li>'
        for href, label in menu
    )
    switch_html = "\n".join(
        f'<li hreflang="{code}" data-drupal-link-system-path="{_attr(href.lstrip("/"))}" class="{code}'
        f'{" is-active" if code == lang else ""}"><a href="{href}" class="language-link'
        f'{" is-active" if code == lang else ""}" hreflang="{code}">{code}</a></li>'
        for code, href in switcher.items()
    )
    skip = "Aller au contenu principal" if lang == "fr" else "Skip to main content"
    legal = "Mentions légales" if lang == "fr" else "Legal notice"
    description_html = f'<meta name="description" content="{_attr(description)}">\n' if description else ""
    return f"""<!DOCTYPE html>
<html lang="{lang}" dir="ltr" prefix="og: https://ogp.me/ns#">
<head>
<meta charset="utf-8">
{description_html}<link rel="canonical" href="{ORIGIN}{path}">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<meta name="MobileOptimized" content="width">
<meta name="HandheldFriendly" content="true">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
{head_extra}<title>{_text(title)} | WBI</title>
</head>
<body class="{body_class}">
<a href="#main-content" class="visually-hidden focusable skip-link">{skip}</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<header role="banner" class="header">
<div class="region region-header">
<div id="block-wbi-branding" class="block block-system block-system-branding-block">
<a href="/{lang}" title="{"Accueil" if lang == "fr" else "Home"}" rel="home" class="site-logo"><img src="{LOGO}" alt="Wallonie-Bruxelles International"></a>
</div>
<div class="language-switcher-language-url block block-language" id="block-wbi-languageswitcher" role="navigation">
<ul class="links">
{switch_html}
</ul>
</div>
<nav role="navigation" aria-labelledby="block-wbi-main-menu-menu" id="block-wbi-main-menu" class="block block-menu navigation menu--main">
<h2 class="visually-hidden" id="block-wbi-main-menu-menu">{"Navigation principale" if lang == "fr" else "Main navigation"}</h2>
<ul class="menu">
{menu_html}
</ul>
</nav>
</div>
</header>
<main role="main">
<a id="main-content" tabindex="-1"></a>
<div class="region region-content">
<div data-drupal-messages-fallback class="hidden"></div>
{content}
</div>
</main>
<footer role="contentinfo" class="footer">
<div class="region region-footer">
<div id="block-wbi-footer" class="block block-block-content">
<p><strong>Wallonie-Bruxelles International</strong><br>Place Sainctelette 2, 1080 Bruxelles</p>
<ul class="menu">
<li class="menu-item"><a href="/fr/mentions-legales-0">{legal}</a></li>
</ul>
</div>
</div>
</footer>
</div>
</body>
</html>
"""


def _title_block(title: str) -> str:
    return (
        '<div id="block-wbi-page-title" class="block block-core block-page-title-block">\n'
        f'<h1 class="page-title"><span class="field field--name-title field--type-string field--label-hidden">'
        f"{_text(title)}</span></h1>\n</div>"
    )


def _date_html(moment: datetime, with_time: bool) -> str:
    shown = _fr_date(moment)
    inner = f'<time datetime="{_iso(moment)}" class="datetime">{shown}</time>' if with_time else shown
    return (
        '<div class="field field--name-field-date field--type-datetime field--label-hidden field__item">'
        f"{inner}</div>"
    )


BODY_CLASSES = "clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item"

# The print/share utility block: on the live site a second block carries the
# body field classes and holds a.printButton (SOURCES.md §1.3); parsers must
# pick the other one.
DECOY_BODY = f"""<div class="{BODY_CLASSES}">
<div class="node__tools"><a href="#" class="printButton" onclick="window.print(); return false;">Imprimer</a>
<a href="mailto:?subject=WBI" class="shareButton">Partager par e-mail</a></div>
</div>"""
DECOY_BODY_EN = (DECOY_BODY.replace(">Imprimer<", ">Print<")
                 .replace(">Partager par e-mail<", ">Share by e-mail<"))

#: Interface strings of the article template, per language (ours for "en").
LABELS = {
    "fr": {"updated": "Mis à jour le", "contents": "Sommaire", "more": "En savoir plus", "decoy": DECOY_BODY},
    "en": {"updated": "Updated on", "contents": "Contents", "more": "Read more", "decoy": DECOY_BODY_EN},
}


def _article(page: Page) -> str:
    labels = LABELS[page.lang]
    lines = page.seed_lines
    last = len(lines)
    while last and (not lines[last - 1].strip() or lines[last - 1].strip() in DOCUMENTS_LABEL.values()):
        last -= 1
    parts = [f'<article role="article" class="node node--type-{page.kind.replace("_", "-")} node--view-mode-full">',
             '<a id="top"></a>', '<div class="node__meta">', _date_html(page.published, page.show_time_element)]
    if page.updated:
        parts.append(
            '<div class="field field--name-changed field--label-inline">'
            f'<span class="field__label">{labels["updated"]}</span> '
            f'<time datetime="{_iso(page.updated)}" class="datetime">{_fr_date(page.updated)}</time></div>'
        )
    parts.append("</div>")
    parts.append('<div class="node__content">')
    if page.service_tabs:
        tabs = "\n".join(f'<li><a href="#{anchor}">{_text(label)}</a></li>' for anchor, label in page.service_tabs)
        parts.append(f'<nav class="service-tabs" aria-label="{labels["contents"]}">\n<ul>\n{tabs}\n</ul>\n</nav>')
    if page.decoy_first:
        parts.append(labels["decoy"])
    if page.teaser_lines:
        parts.append(
            '<div class="clearfix text-formatted field field--name-field-chapo field--type-text-long '
            'field--label-hidden field__item">\n' + _render_lines(page, 1, page.teaser_lines) + "\n</div>"
        )
    body = "\n".join(part for part in (_render_lines(page, page.teaser_lines + 1, last), page.body_end) if part)
    parts.append(f'<div class="{BODY_CLASSES}">\n{body}\n</div>')
    if not page.decoy_first:
        parts.append(labels["decoy"])
    if page.documents:
        items = "\n".join(
            '<div class="field__item"><span class="file file--mime-'
            f'{_mime(doc.path).replace("/", "-")} file--{_icon(doc.path)}">'
            f'<a href="{doc.path}" type="{_mime(doc.path)}" title="{_attr(doc.filename)}">{_text(doc.title_in(page.lang))}</a>'
            "</span></div>"
            for doc in page.documents
        )
        parts.append(
            '<div class="field field--name-field-documents field--type-file field--label-above">\n'
            f'<div class="field__label">{DOCUMENTS_LABEL[page.lang]}</div>\n<div class="field__items">\n{items}\n</div>\n</div>'
        )
    if page.more_link:
        parts.append(
            '<div class="field field--name-field-lien field--type-link field--label-hidden field__item">'
            f'<a href="{_attr(page.more_link)}" class="btn btn-primary">{labels["more"]}</a></div>'
        )
    tags = "\n".join(f'<div class="field__item"><a href="{href}" hreflang="{page.lang}">{_text(name)}</a></div>'
                     for href, name in (t.link(page.lang) for t in page.tags))
    parts.append(
        '<div class="field field--name-field-tags field--type-entity-reference field--label-hidden field__items">\n'
        f"{tags}\n</div>"
    )
    parts.append("</div>\n</article>")
    return "\n".join(parts)


def _mime(path: str) -> str:
    if path.endswith(".pdf"):
        return "application/pdf"
    if path.endswith(".docx"):
        return "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    raise ValueError(path)


def _icon(path: str) -> str:
    return "application-pdf" if path.endswith(".pdf") else "x-office-document"


def versions(page: Page) -> dict[str, str]:
    """Language -> path of every version of the node of ``page`` ("fr" first)."""
    original = page.translation_of or page.path
    found = {"fr": original}
    for translation in TRANSLATED_PAGES:
        if translation.translation_of == original:
            found[translation.lang] = translation.path
    return found


def english_version(page: Page) -> Page | None:
    return next((t for t in TRANSLATED_PAGES if t.translation_of == page.path and t.lang == "en"), None)


def article_html(page: Page) -> str:
    content = "\n".join([
        _title_block(page.title),
        '<div id="block-wbi-content" class="block block-system block-system-main-block">',
        _article(page),
        "</div>",
    ])
    # content_translation prints one alternate link per translation, the
    # page's own language included; the language switcher links the
    # translations and falls back to the language's front page.
    languages = versions(page)
    head = "".join(f'<link rel="alternate" hreflang="{code}" href="{ORIGIN}{href}">\n'
                   for code, href in languages.items())
    head += f'<link rel="shortlink" href="{ORIGIN}/{page.lang}/node/{page.nid}">\n'
    return _layout(lang=page.lang, title=page.title, path=page.path, content=content,
                   body_class=f"path-node page-node-type-{page.kind.replace('_', '-')}",
                   switcher={"fr": languages["fr"], "en": languages.get("en", "/en")}, head_extra=head,
                   description=page.card_teaser)


# ---------------------------------------------------------------- listings


def _card(page: Page, *, lang: str) -> str:
    title = page.title_en if lang == "en" and page.title_en else page.title
    teaser = page.teaser_en if lang == "en" and page.teaser_en else page.card_teaser
    # The English listing links a translated node to its English version,
    # and an untranslated one to the French page.
    english = english_version(page) if lang == "en" else None
    href, href_lang = (english.path, "en") if english else (page.path, "fr")
    # The live teaser prints the image credit twice (alt text rendered as a
    # caption and the caption field) and the teaser twice (SOURCES.md §1.2).
    tags = "\n".join(f'<a href="{t.path}" hreflang="fr">{_text(t.name)}</a>' for t in page.tags)
    return f"""<div class="search-result views-row">
<article class="node node--type-{page.kind.replace("_", "-")} node--view-mode-teaser">
<h3 class="search-result__title"><a href="{href}" hreflang="{href_lang}">{_text(title)}</a></h3>
<div class="search-result__date"><time datetime="{_iso(page.published)}" class="datetime">{_fr_date(page.published)}</time></div>
<figure class="search-result__media">
<span class="media-credit">{_text(page.caption)}</span>
<figcaption>{_text(page.caption)}</figcaption>
</figure>
<div class="search-result__teaser field--name-field-chapo"><p>{_text(teaser)}</p></div>
<div class="search-result__teaser search-result__teaser--body"><p>{_text(teaser)}</p></div>
<div class="search-result__tags">
{tags}
</div>
</article>
</div>"""


def _pager(current: int, count: int, lang: str) -> str:
    """Drupal core full pager (pager.html.twig): pages are counted from 0."""
    if count <= 1:
        return ""
    fr = lang == "fr"
    items: list[str] = []
    if current > 0:
        items.append(f'<li class="pager__item pager__item--first"><a href="?page=0" title="{"Aller à la première page" if fr else "Go to first page"}">'
                     f'<span class="visually-hidden">{"Première page" if fr else "First page"}</span><span aria-hidden="true">«</span></a></li>')
        items.append(f'<li class="pager__item pager__item--previous"><a href="?page={current - 1}" title="{"Aller à la page précédente" if fr else "Go to previous page"}" rel="prev">'
                     f'<span class="visually-hidden">{"Page précédente" if fr else "Previous page"}</span><span aria-hidden="true">‹</span></a></li>')
    for number in range(count):
        if number == current:
            items.append(f'<li class="pager__item is-active"><a href="?page={number}" title="{"Page courante" if fr else "Current page"}" aria-current="page">'
                         f'<span class="visually-hidden">{"Page courante" if fr else "Current page"}</span>{number + 1}</a></li>')
        else:
            items.append(f'<li class="pager__item"><a href="?page={number}" title="{"Aller à la page" if fr else "Go to page"} {number + 1}">'
                         f'<span class="visually-hidden">Page </span>{number + 1}</a></li>')
    if current < count - 1:
        items.append(f'<li class="pager__item pager__item--next"><a href="?page={current + 1}" title="{"Aller à la page suivante" if fr else "Go to next page"}" rel="next">'
                     f'<span class="visually-hidden">{"Page suivante" if fr else "Next page"}</span><span aria-hidden="true">›</span></a></li>')
        items.append(f'<li class="pager__item pager__item--last"><a href="?page={count - 1}" title="{"Aller à la dernière page" if fr else "Go to last page"}" rel="last">'
                     f'<span class="visually-hidden">{"Dernière page" if fr else "Last page"}</span><span aria-hidden="true">»</span></a></li>')
    joined = "\n".join(items)
    return f"""<nav class="pager" role="navigation" aria-labelledby="pagination-heading">
<h4 id="pagination-heading" class="visually-hidden">Pagination</h4>
<ul class="pager__items js-pager__items">
{joined}
</ul>
</nav>"""


def listing_pages(*, path: str, lang: str, title: str, view: str, pages: list[Page],
                  per_page: int, switcher: dict[str, str]) -> dict[str, str]:
    """Files of one Drupal view page, keyed by URL (path + optional query)."""
    chunks = [pages[i:i + per_page] for i in range(0, len(pages), per_page)] or [[]]
    files: dict[str, str] = {}
    for number, chunk in enumerate(chunks):
        cards = "\n".join(_card(page, lang=lang) for page in chunk)
        content = "\n".join([
            _title_block(title),
            '<div id="block-wbi-content" class="block block-system block-system-main-block">',
            f'<div class="views-element-container"><div class="view view-{view} view-id-{view} view-display-id-page_1">',
            f'<div class="view-content">\n{cards}\n</div>',
            _pager(number, len(chunks), lang),
            "</div></div>",
            "</div>",
        ])
        rendered = _layout(lang=lang, title=title, path=path, content=content,
                           body_class=f"path-{view}", switcher=switcher)
        if number == 0:
            files[path] = rendered
            if len(chunks) > 1:
                # Drupal links page 1 as ?page=0; the live server answers it
                # with the same list, so the snapshot does too.
                files[f"{path}?page=0"] = rendered
        else:
            files[f"{path}?page={number}"] = rendered
    return files


# ---------------------------------------------------------------- the pages

FAO_OFFER = Document("/sites/default/files/2025-02/offre-stage-fao.pdf",
                     "Offre de stage - Bureau de liaison de la FAO à Bruxelles",
                     "Offre de stage - Bureau de liaison de la FAO a Bruxelles (FAOLOB)",
                     "Internship offer - FAO Liaison Office in Brussels")
UNESCO_OFFERS = [
    Document("/sites/default/files/2025-02/offre-stage-unesco-politiques-science-technologie-innovation.pdf",
             "Offre 1 - Section des politiques de la science, de la technologie et de l'innovation",
             "UNESCO - Stage 1 - Politiques de la science, de la technologie et de l'innovation",
             "Offer 1 - Section of Science, Technology and Innovation Policy"),
    Document("/sites/default/files/2025-02/offre-stage-unesco-centre-patrimoine-mondial.pdf",
             "Offre 2 - Centre du patrimoine mondial, Unité Europe et Amérique du Nord",
             "UNESCO - Stage 2 - Centre du patrimoine mondial, Unite Europe et Amerique du Nord",
             "Offer 2 - World Heritage Centre, Europe and North America Unit"),
    Document("/sites/default/files/2025-02/offre-stage-unesco-diversite-expressions-culturelles.pdf",
             "Offre 3 - Entité de la diversité des expressions culturelles",
             "UNESCO - Stage 3 - Entite de la diversite des expressions culturelles",
             "Offer 3 - Diversity of Cultural Expressions Entity"),
]
CDM_FORM = Document("/sites/default/files/2025-01/fiche-de-renseignements-citoyens-du-monde-2025.docx",
                    "Fiche de renseignements - Citoyens du Monde 2025",
                    "Fiche de renseignements - Citoyens du Monde 2025")
UK_PRIORITIES = Document("/sites/default/files/2025-02/axes-prioritaires-recherche-innovation-royaume-uni.pdf",
                         "Axes prioritaires Recherche et Innovation - Royaume-Uni",
                         "Axes prioritaires Recherche et Innovation - Delegation generale Wallonie-Bruxelles a Londres")

CAPTION_VAN_BELLE = "Photo : J. Van Belle - WBI | Graphisme : Octopus"
CAPTION_WBI = "Photo : WBI | Graphisme : Octopus"
CAPTION_STOCK = "Photo : Adobe Stock - WBI | Graphisme : Octopus"

BACK_TO_TOP = '<p class="back-to-top"><a href="#top">Retour au début</a></p>'

PAGES: list[Page] = [
    Page(
        seed="fao-liaison-internship.txt",
        path="/fr/actualites/offre-stage-bureau-liaison-fao-bruxelles",
        nid=25873,
        title="Offre de stage au Bureau de liaison de la FAO à Bruxelles",
        title_en="Internship at the FAO Liaison Office in Brussels",
        teaser_en="A six-month internship (15 April to 15 October 2025) at the FAO Liaison Office in Brussels. Apply by 14 March 2025.",
        published=datetime(2025, 2, 24, 10, 12),
        kind="actualite",
        is_opportunity=True,
        tags=[INTERNSHIPS, INTERNATIONAL_ORGS],
        card_teaser="La FAO, Organisation des Nations unies pour l’alimentation et l’agriculture est une organisation spécialisée du système des Nations Unies, créée en 1945.",
        caption=CAPTION_VAN_BELLE,
        teaser_lines=8,
        headings={1: "h2", 7: "h2", 9: "h2", 15: "h2", 19: "h2", 34: "strong", 37: "h2", 39: "strong",
                  45: "strong", 51: "h3", 55: "h2", 58: "h2"},
        body_end="<p>Last edited il y a 3 minutes</p>",
        documents=[FAO_OFFER],
    ),
    Page(
        seed="unesco-internships.txt",
        path="/fr/actualites/offres-stage-unesco-paris",
        nid=25791,
        title="Offres de stage à l'UNESCO à Paris",
        title_en="Internships at UNESCO in Paris",
        teaser_en="Three six-month internships are available at UNESCO in Paris for graduates of a Wallonia-Brussels Federation higher education institution.",
        published=datetime(2025, 2, 5, 11, 45),
        kind="actualite",
        is_opportunity=True,
        tags=[INTERNSHIPS, INTERNATIONAL_ORGS],
        card_teaser="Vous êtes diplômé.e d'une institution d'enseignement supérieur de la Fédération Wallonie-Bruxelles et vous souhaitez effectuer un stage dans un organisme international? 3 offres de stage de 6 mois sont disponibles à l'UNESCO à Paris.",
        caption=CAPTION_WBI,
        teaser_lines=1,
        headings={3: "h3", 7: "h3", 10: "h3", 13: "h2", 17: "h2", 21: "strong"},
        label_lines={14, 15, 16, 22},
        links={6: [("en annexe", UNESCO_OFFERS[0].path)], 9: [("en annexe", UNESCO_OFFERS[1].path)],
               12: [("en annexe", UNESCO_OFFERS[2].path)]},
        body_end="Last edited il y a 1 jour",
        documents=UNESCO_OFFERS,
        decoy_first=False,
    ),
    Page(
        seed="latvia-scholarships.txt",
        path="/fr/actualites/bourses-etat-letton-etudes-recherche-cours-dete",
        nid=25812,
        title="Bourses de l’État letton : études, recherche et cours d’été",
        title_en="Latvian State scholarships: studies, research and summer schools",
        teaser_en="The Latvian State offers scholarships for studies, research and summer schools at its universities to nationals of more than forty countries, including Belgium.",
        published=datetime(2025, 2, 10, 9, 30),
        kind="actualite",
        is_opportunity=True,
        tags=[SCHOLARSHIPS, RESEARCH],
        card_teaser="L’État Letton offre des bourses d’études, de recherche et pour des cours d’été dans ses universités à des ressortissants de plus de quarante pays à travers le monde, dont la Belgique.",
        caption=CAPTION_STOCK,
        teaser_lines=1,
        headings={3: "h2", 7: "h2", 11: "h2", 13: "strong", 17: "h2", 25: "h3", 28: "h3"},
        label_lines={26, 27, 29, 30},
        nested={19, 20, 21},
        show_time_element=False,
    ),
    Page(
        seed="citoyens-du-monde.txt",
        path="/fr/aide-service/participer-simulations-organisations-internationales-concours-plaidoirie-citoyens-monde",
        nid=21457,
        title="Participer à des simulations d’organisations internationales ou à un concours de plaidoirie – Citoyens du Monde",
        title_en="Take part in international organisation simulations or a moot court competition – Citoyens du Monde",
        teaser_en="International relations students of a Wallonia-Brussels Federation institution: submit your simulation or moot court project by 15 March 2025.",
        published=datetime(2025, 1, 15, 8, 45),
        updated=datetime(2025, 2, 3, 16, 20),
        kind="aide_service",
        is_opportunity=True,
        tags=[SCHOLARSHIPS, HIGHER_EDUCATION],
        card_teaser="Vous êtes étudiant.e en relations internationales dans une institution d'enseignement supérieur de la Fédération Wallonie-Bruxelles et vous souhaitez participer à des simulations en organisations internationales ou à un concours de plaidoirie?",
        caption=CAPTION_VAN_BELLE,
        teaser_lines=2,
        headings={2: "strong", 4: "strong", 5: "h2", 12: "h2", 13: "h3", 15: "h3", 17: "h2", 18: "h3",
                  20: "strong", 30: "h3", 39: "h2", 47: "h2", 48: "h3", 50: "h3"},
        links={26: [("fiche de renseignements", CDM_FORM.path)]},
        before={5: '<a id="notre-soutien"></a>', 12: BACK_TO_TOP, 17: BACK_TO_TOP + '\n<a id="votre-projet"></a>',
                39: BACK_TO_TOP, 47: BACK_TO_TOP},
        body_end=BACK_TO_TOP + "\n<p>Last edited il y a 2 heures</p>",
        documents=[CDM_FORM],
        service_tabs=[("notre-soutien", "Notre soutien"), ("votre-projet", "Votre projet")],
    ),
    Page(
        seed="citf-theatre.txt",
        path="/fr/actualites/commission-internationale-theatre-francophone-citf-appel-projets",
        nid=25702,
        title="Commission internationale du théâtre francophone (CITF) : appel à projets",
        title_en="International Commission for Francophone Theatre (CITF): call for projects",
        teaser_en="The CITF supports multilateral theatre creation and touring projects. Applications to its two programmes close on 1 April 2025.",
        published=datetime(2025, 1, 28, 14, 5),
        kind="actualite",
        is_opportunity=True,
        tags=[CULTURE],
        card_teaser="La Commission Internationale du Théâtre Francophone (CITF) a été créée en 1987 afin de soutenir la réalisation de projets multilatéraux de création et de circulation théâtrale.",
        caption=CAPTION_WBI,
        teaser_lines=2,
        links={10: [("Webinaire – Présentation des programmes de la CITF – CITF", "https://citf.org/webinaire/")]},
        more_link="https://citf.org/",
    ),
    Page(
        seed="alain-aspect-conference.txt",
        path="/fr/actualites/conference-alain-aspect-revolutions-quantiques-umons",
        nid=25688,
        title="Conférence d’Alain Aspect sur les révolutions quantiques à l’UMONS",
        published=datetime(2025, 1, 21, 15, 0),
        kind="actualite",
        tags=[RESEARCH],
        card_teaser="Dans le cadre de l’Année internationale des sciences et des technologies quantiques (UNESCO 2025), l’UMONS accueille Alain Aspect, Prix Nobel de Physique 2022, pour une conférence exceptionnelle sur les révolutions quantiques.",
        caption=CAPTION_STOCK,
        links={6: [("site internet de l'Umons", "https://web.umons.ac.be/")],
               7: [("chaîne Youtube de l'UMons", "https://www.youtube.com/@umons")]},
        show_time_element=False,
    ),
    Page(
        seed="tatiana-wolska-exhibition.txt",
        path="/fr/actualites/exposition-belladone-tatiana-wolska-drawing-lab-paris",
        nid=24936,
        title="Exposition « Belladone » de Tatiana Wolska au Drawing Lab à Paris",
        published=datetime(2024, 3, 14, 10, 0),
        kind="actualite",
        tags=[CULTURE],
        card_teaser="\"Il s’agit de la première exposition monographique dédiée à Tatiana Wolska, plasticienne, qui programmée à plusieurs reprises au Centre Wallonie-Bruxelles et qui investira les espaces de 200 m2 du Drawing lab, situé entre Le Louvre et Opéra, à la faveur de l’édition 2024 de la prestigieuse foire internationale du dessin à Paris.",
        caption=CAPTION_WBI,
        headings={6: "em"},
        quote_lines={1, 3, 4, 5},
        more_link="https://www.cwb.fr/",
        decoy_first=False,
    ),
    Page(
        seed="biotech-life-sciences.txt",
        path="/fr/actualites/sciences-vivant-biowin-medvia-signent-premiere-collaboration-strategique",
        nid=25514,
        title="Sciences du vivant : BioWin et MEDVIA signent une première collaboration stratégique",
        published=datetime(2024, 12, 12, 9, 15),
        kind="actualite",
        tags=[ECONOMY, RESEARCH],
        card_teaser="Le secteur des sciences du vivant, en Wallonie et à Bruxelles, est envié aujourd’hui dans le monde entier.",
        caption=CAPTION_STOCK,
        teaser_lines=1,
        headings={5: "h2", 7: "h2", 9: "h2", 14: "h2", 17: "h2", 21: "em", 22: "em"},
    ),
    Page(
        seed="wallonie-nrw-cooperation.txt",
        path="/fr/actualites/wallonie-rhenanie-nord-westphalie-cooperation-porte-fruits",
        nid=25699,
        title="Wallonie – Rhénanie-du-Nord-Westphalie : une coopération qui porte ses fruits",
        published=datetime(2025, 1, 30, 11, 0),
        kind="actualite",
        tags=[RESEARCH],
        card_teaser="La collaboration entre la Wallonie et la Rhénanie-du-Nord-Westphalie (NRW) illustre parfaitement comment des coopérations régionales ciblées peuvent stimuler l'innovation, la durabilité et le développement technologique.",
        caption=CAPTION_VAN_BELLE,
        teaser_lines=1,
        headings={3: "h2", 5: "h3", 8: "h3", 15: "h2", 17: "h2", 21: "h2", 25: "h2"},
    ),
    Page(
        seed="uk-research-innovation.txt",
        path="/fr/actualites/recherche-innovation-royaume-uni-axes-prioritaires",
        nid=25850,
        title="Recherche et innovation au Royaume-Uni : les axes prioritaires",
        published=datetime(2025, 2, 20, 14, 30),
        kind="actualite",
        tags=[RESEARCH],
        card_teaser="Découvrez les axes prioritaires de la Délégation générale Wallonie-Bruxelles en matière de Recherche et Innovation pour renforcer les coopérations entre la Wallonie, la Fédération Wallonie-Bruxelles et les partenaires britanniques.",
        caption=CAPTION_WBI,
        teaser_lines=1,
        # A teaser-only item: the body holds nothing but the CKEditor button
        # that opens the document.
        body_end=f'<p><a class="btn btn-primary" href="{UK_PRIORITIES.path}">En savoir plus</a></p>',
    ),
]

#: Standing programmes (``aide_service`` nodes) and one call, with real WBI texts from stored public
#: copies (programmes/README.md). The /en/bourses catalogue links them, as the live one does. Slugs
#: and dates marked [I] in docs/snapshot.md are inferred; three texts are English, as the live node
#: /fr/node/24549 serves English under /fr.
PROGRAMME_PAGES: list[Page] = [
    Page(
        seed="auxiliaire-conversation.txt",
        text_dir=PROGRAMMES,
        path="/fr/aide-service/devenir-auxiliaire-conversation-langue-francaise-letranger-wbi",
        nid=4150,
        title="Devenir auxiliaire de conversation en langue française à l’étranger (WBI)",
        title_en="Become a French conversation assistant abroad (WBI)",
        teaser_en="French conversation assistants support the teaching of French abroad for 8 to 11 months. Apply by 15 January.",
        published=datetime(2024, 10, 1, 9, 0),
        kind="aide_service",
        is_opportunity=True,
        tags=[HIGHER_EDUCATION],
        card_teaser="Les auxiliaires de conversation en langue française sélectionné(e)s par WBI sont appelé(e)s à soutenir l’enseignement du français avec les professeurs locaux.",
        caption=CAPTION_WBI,
        teaser_lines=1,
        headings={2: "h2", 4: "h2", 11: "h2", 13: "h2", 15: "h2", 17: "h2"},
        before={4: BACK_TO_TOP, 11: BACK_TO_TOP, 17: BACK_TO_TOP},
    ),
    Page(
        seed="excellence-world.txt",
        text_dir=PROGRAMMES,
        lang="en",
        path="/fr/aide-service/obtenir-bourse-projet-recherche-international-excellence-world",
        nid=24549,
        title="Obtain a grant for an international research project - Excellence WORLD",
        published=datetime(2024, 9, 16, 10, 0),
        kind="aide_service",
        is_opportunity=True,
        tags=[RESEARCH, RESEARCH_MOBILITY],
        card_teaser="This scholarship programme was set up by Wallonia-Brussels International (WBI) in 2008 within a context of increased mobility and globalisation.",
        caption=CAPTION_VAN_BELLE,
        headings={4: "h2", 5: "h3", 11: "h3"},
        before={4: '<a id="notre-soutien"></a>'},
        service_tabs=[("notre-soutien", "Our support")],
    ),
    Page(
        seed="in-wbi.txt",
        text_dir=PROGRAMMES,
        lang="en",
        path="/fr/aide-service/obtenir-bourse-dexcellence-in-wbi",
        nid=24551,
        title="Excellence grants IN.WBI and WBI.World",
        published=datetime(2024, 9, 16, 10, 5),
        kind="aide_service",
        is_opportunity=True,
        tags=[RESEARCH, RESEARCH_MOBILITY, RESEARCH_PROGRAMMES],
        card_teaser="Postdoctoral scholarships for foreign researchers in a university of Wallonia-Brussels: 2.120 euros a month.",
        caption=CAPTION_STOCK,
        headings={2: "h2", 11: "h3", 14: "h3", 19: "h3"},
        nested={22, 23, 24},
    ),
    Page(
        seed="master-in-wbi.txt",
        text_dir=PROGRAMMES,
        lang="en",
        path="/fr/aide-service/bourse-master-in-wbi",
        nid=24560,
        title="Master IN – WBI grants",
        published=datetime(2024, 11, 4, 9, 30),
        kind="aide_service",
        is_opportunity=True,
        tags=[HIGHER_EDUCATION, RESEARCH_PROGRAMMES],
        card_teaser="Master's grants (Master 60 or 120) for international students in a higher education institution of the Wallonia-Brussels Federation.",
        caption=CAPTION_WBI,
        headings={2: "h2", 4: "h2", 6: "h2", 12: "h3"},
    ),
    Page(
        seed="devenez-auxiliaire-2023.txt",
        text_dir=PROGRAMMES,
        path="/fr/actualites/devenez-auxiliaire-conversation-langue-francaise-letranger",
        nid=4146,
        title="Devenez auxiliaire de conversation en langue française à l’étranger",
        title_en="Become a French conversation assistant abroad",
        teaser_en="A call for French conversation assistants abroad, closing on 15 February 2023.",
        published=datetime(2022, 11, 23, 12, 58),
        kind="actualite",
        is_opportunity=True,
        tags=[HIGHER_EDUCATION, RESEARCH_COOPERATION],
        card_teaser="Vous souhaitez devenir auxiliaire de conversation en langue française pour soutenir l’enseignement du français avec les professeurs locaux ?",
        caption=CAPTION_STOCK,
        teaser_lines=1,
        headings={3: "h2", 9: "h2", 13: "h2"},
    ),
]



def _english(original_path: str, *, path: str, links: dict[int, list[tuple[str, str]]] | None = None) -> Page:
    """The English version of a French page: our translation, same node, same markup settings.

    The translation file keeps the seed's line numbers, so headings, labels
    and nesting carry over; link phrases are given again in English. No
    editor residue ("Last edited il y a …"): it is copy-paste residue of the
    French text, not part of a translation.
    """
    original = next(page for page in PAGES if page.path == original_path)
    return replace(
        original,
        seed=original.seed.replace(".txt", ".en.txt"),
        text_dir=TRANSLATIONS,
        lang="en",
        path=path,
        translation_of=original.path,
        title=original.title_en,
        card_teaser=original.teaser_en,
        title_en=None,
        teaser_en=None,
        links=links or {},
        body_end="",
    )


#: Our English versions (SOURCES.md §1.1: the live site has fr and en only).
#: Paths are pathauto-style English slugs under /en/news/: inferred.
TRANSLATED_PAGES: list[Page] = [
    _english("/fr/actualites/offre-stage-bureau-liaison-fao-bruxelles",
             path="/en/news/internship-fao-liaison-office-brussels"),
    _english("/fr/actualites/offres-stage-unesco-paris",
             path="/en/news/internships-unesco-paris",
             links={6: [("in the annex", UNESCO_OFFERS[0].path)], 9: [("in the annex", UNESCO_OFFERS[1].path)],
                    12: [("in the annex", UNESCO_OFFERS[2].path)]}),
]


def _newest_first(pages: list[Page]) -> list[Page]:
    return sorted(pages, key=lambda page: (page.published, page.path), reverse=True)


# ---------------------------------------------------------------- other pages


def home_html(lang: str) -> str:
    if lang == "fr":
        links = [("/fr/actualites", "Toutes les actualités"), ("/fr/bourses", "Bourses et stages"),
                 (RESEARCH.path, RESEARCH.name), ("/en/bourses", "Scholarships (English)")]
        title, heading = "Accueil", "Wallonie-Bruxelles International"
    else:
        links = [("/en/bourses", "Scholarships and internships"), ("/fr", "Français")]
        title, heading = "Home", "Wallonie-Bruxelles International"
    items = "\n".join(f'<li><a href="{href}">{_text(label)}</a></li>' for href, label in links)
    content = (f'<div id="block-wbi-content" class="block block-system block-system-main-block">\n'
               f'<h1 class="visually-hidden">{heading}</h1>\n<ul class="home-links">\n{items}\n</ul>\n</div>')
    return _layout(lang=lang, title=title, path=f"/{lang}", content=content, body_class="path-frontpage",
                   switcher={"fr": "/fr", "en": "/en"})


def legal_notice_html() -> str:
    # Only the terms summarised in SOURCES.md §1.4 (from YouthOpp's reading of
    # the live page); the real page is longer.
    body = "\n".join([
        "<h2>Droits d’auteur</h2>",
        "<p>La reproduction des informations textuelles et chiffrées de ce site est autorisée, moyennant mention "
        "de la source, pour un usage non commercial et non publicitaire.</p>",
        "<p>Toute utilisation commerciale ou publicitaire, ainsi que la reproduction des images et des autres "
        'éléments protégés, requiert l’autorisation préalable de WBI : <a href="mailto:multimedia@wbi.be">'
        "multimedia@wbi.be</a>.</p>",
    ])
    content = "\n".join([
        _title_block("Mentions légales"),
        '<div id="block-wbi-content" class="block block-system block-system-main-block">',
        '<article role="article" class="node node--type-page node--view-mode-full"><div class="node__content">',
        f'<div class="{BODY_CLASSES}">\n{body}\n</div>',
        "</div></article>",
        "</div>",
    ])
    return _layout(lang="fr", title="Mentions légales", path="/fr/mentions-legales-0", content=content,
                   body_class="path-node page-node-type-page", switcher={"fr": "/fr/mentions-legales-0", "en": "/en"})


# Drupal 10 core's default robots.txt (core/assets/scaffold/files/robots.txt).
# WBI's own file was not found (SOURCES.md §1.4): this is an inference.
ROBOTS_TXT = """#
# robots.txt
#
# This file is to prevent the crawling and indexing of certain parts
# of your site by web crawlers and spiders run by sites like Yahoo!
# and Google. By telling these "robots" where not to go on your site,
# you save bandwidth and server resources.
#
# This file will be ignored unless it is at the root of your host:
# Used:    http://example.com/robots.txt
# Ignored: http://example.com/site/robots.txt
#
# For more information about the robots.txt standard, see:
# http://www.robotstxt.org/robotstxt.html

User-agent: *
# CSS, JS, Images
Allow: /core/*.css$
Allow: /core/*.css?
Allow: /core/*.js$
Allow: /core/*.js?
Allow: /core/*.gif
Allow: /core/*.jpg
Allow: /core/*.jpeg
Allow: /core/*.png
Allow: /core/*.svg
Allow: /profiles/*.css$
Allow: /profiles/*.css?
Allow: /profiles/*.js$
Allow: /profiles/*.js?
Allow: /profiles/*.gif
Allow: /profiles/*.jpg
Allow: /profiles/*.jpeg
Allow: /profiles/*.png
Allow: /profiles/*.svg
# Directories
Disallow: /core/
Disallow: /profiles/
# Files
Disallow: /README.md
Disallow: /composer/Metapackage/README.txt
Disallow: /composer/Plugin/ProjectMessage/README.md
Disallow: /composer/Plugin/Scaffold/README.md
Disallow: /composer/Plugin/VendorHardening/README.txt
Disallow: /composer/Template/README.txt
Disallow: /modules/README.txt
Disallow: /sites/README.txt
Disallow: /themes/README.txt
Disallow: /web.config
# Paths (clean URLs)
Disallow: /admin/
Disallow: /comment/reply/
Disallow: /filter/tips
Disallow: /node/add/
Disallow: /search/
Disallow: /user/register
Disallow: /user/password
Disallow: /user/login
Disallow: /user/logout
Disallow: /media/oembed
Disallow: /*/media/oembed
# Paths (no clean URLs)
Disallow: /index.php/admin/
Disallow: /index.php/comment/reply/
Disallow: /index.php/filter/tips
Disallow: /index.php/node/add/
Disallow: /index.php/search/
Disallow: /index.php/user/password
Disallow: /index.php/user/register
Disallow: /index.php/user/login
Disallow: /index.php/user/logout
Disallow: /index.php/media/oembed
Disallow: /index.php/*/media/oembed
"""


# ---------------------------------------------------------------- attachments


def minimal_pdf(line: str) -> bytes:
    """A valid one-page PDF printing one ASCII line (Helvetica, no compression)."""
    escaped = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    stream = f"BT /F1 11 Tf 56 780 Td ({escaped}) Tj ET".encode("ascii")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def minimal_docx(line: str) -> bytes:
    """A valid Word document with one paragraph; fixed timestamps keep it byte-stable."""
    parts = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/word/document.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
            "</Types>"
        ),
        "_rels/.rels": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" '
            'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
            'Target="word/document.xml"/></Relationships>'
        ),
        "word/document.xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
            f"<w:body><w:p><w:r><w:t>{_text(line)}</w:t></w:r></w:p></w:body></w:document>"
        ),
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as archive:
        for name, text in parts.items():
            info = zipfile.ZipInfo(name, date_time=(2025, 1, 15, 0, 0, 0))
            archive.writestr(info, text.encode("utf-8"))
    return buffer.getvalue()


# ---------------------------------------------------------------- output


def site() -> dict[str, str | bytes]:
    """Every snapshot file, keyed by URL."""
    files: dict[str, str | bytes] = {"/robots.txt": ROBOTS_TXT, LOGO: PLACEHOLDER_PNG}
    for page in PAGES + PROGRAMME_PAGES + TRANSLATED_PAGES:
        files[page.path] = article_html(page)
    news = _newest_first(PAGES)
    opportunities = [page for page in news if page.is_opportunity]
    research = [page for page in news if RESEARCH in page.tags]
    # The English catalogue lists the standing programmes first, then the calls (the live one has 15
    # cards, most of them /fr/aide-service/ pages: SOURCES.md §1.1).
    catalogue = [page for page in _newest_first(PROGRAMME_PAGES) if page.kind == "aide_service"] + _newest_first(
        opportunities + [page for page in PROGRAMME_PAGES if page.kind != "aide_service"])
    files.update(listing_pages(path="/fr/actualites", lang="fr", title="Actualités", view="actualites",
                               pages=news, per_page=6, switcher={"fr": "/fr/actualites", "en": "/en"}))
    bourses_switch = {"fr": "/fr/bourses", "en": "/en/bourses"}
    files.update(listing_pages(path="/fr/bourses", lang="fr", title="Bourses et stages", view="bourses",
                               pages=opportunities, per_page=3, switcher=bourses_switch))
    files.update(listing_pages(path="/en/bourses", lang="en", title="Scholarships and internships", view="bourses",
                               pages=catalogue, per_page=6, switcher=bourses_switch))
    research_switch = {"fr": RESEARCH.path, "en": RESEARCH.path.replace("/fr/", "/en/", 1)}
    files.update(listing_pages(path=RESEARCH.path, lang="fr", title=RESEARCH.name, view="taxonomy-term",
                               pages=research, per_page=10, switcher=research_switch))
    # The research index the YouthOpp adapter reads is the English one (SOURCES.md §1.1).
    files.update(listing_pages(path=research_switch["en"], lang="en", title="Research and innovation",
                               view="taxonomy-term", pages=research, per_page=10, switcher=research_switch))
    for term in (RESEARCH_MOBILITY, RESEARCH_PROGRAMMES, RESEARCH_COOPERATION):
        listed = [page for page in _newest_first(PAGES + PROGRAMME_PAGES) if term in page.tags]
        english = term.path.replace("/fr/", "/en/", 1)
        files.update(listing_pages(path=english, lang="en", title=term.name_en, view="taxonomy-term", pages=listed,
                                   per_page=10, switcher={"fr": term.path, "en": english}))
    files["/"] = files["/fr"] = home_html("fr")
    files["/en"] = home_html("en")
    files["/fr/mentions-legales-0"] = legal_notice_html()
    for page in PAGES:
        for doc in page.documents:
            files[doc.path] = minimal_docx(doc.text) if doc.path.endswith(".docx") else minimal_pdf(doc.text)
    files[UK_PRIORITIES.path] = minimal_pdf(UK_PRIORITIES.text)
    return files


def build(root: Path = ROOT) -> list[Path]:
    """Delete ``root`` and write every snapshot file into it."""
    if root.exists():
        shutil.rmtree(root)
    written = []
    for url, content in sorted(site().items()):
        target = root / path_for(url)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
        written.append(target)
    return written


if __name__ == "__main__":
    for written in build():
        print(written.relative_to(ROOT.parent))
