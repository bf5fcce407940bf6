"""Build the bundled eJustice/Justel snapshot from the seed decree.

Run from anywhere: ``python data/snapshot/build_ejustice.py``.  The output is
deterministic (no clock, no randomness), so re-running it on an unchanged seed
gives byte-identical files and ``git diff`` stays empty.

Why a generator rather than hand-edited HTML: the consolidated French text
lives once, in ``tests/fixtures/seeds/ejustice-decree-2016036668.md``; the
generator dresses it in the 2024 Justel markup described in
/work/shared/SOURCES.md §2.2 (upper-case anchors, ``<BR>`` breaks, NBSP
indents, duplicate ids, hrefs with trailing spaces…).  What is confirmed and
what is inferred is listed in docs/snapshot-ejustice.md.

File layout: the snapshot server's rule, ``opportunities.snapshot.path_for``
(a URL with query ``q`` is ``<root>/<path>/index@<q>.html``).  HTML is written
as cp1252 bytes (the site declares ISO-8859-1; cp1252 is its superset).
"""

from __future__ import annotations

import html
import re
import sys
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
if str(REPO) not in sys.path:  # run as a script: make the project importable
    sys.path.insert(0, str(REPO))

# The search pages are written at the very URLs the spider asks for.
from opportunities.snapshot import path_for  # noqa: E402
from scrapers.pages.ejustice import keyword_languages, search_url  # noqa: E402
from scrapers.spiders.ejustice import DEFAULT_SEARCH_KEYWORDS, SNAPSHOT_SEARCH_WINDOW  # noqa: E402
SEED = REPO / "tests" / "fixtures" / "seeds" / "ejustice-decree-2016036668.md"
ROOT = Path(__file__).resolve().parent / "www.ejustice.just.fgov.be"
HOST = "https://www.ejustice.just.fgov.be"

NUMAC = "2016036668"
CN = "2016120902"  # dossier 2016-12-09/02 without separators (§2.4)

ROBOTS_TXT = """User-agent: *
Disallow: /eli/
Disallow: /eli_cgi/
Disallow: /cgi_loi/
Disallow: /cgi_wet/
Disallow: /loi/
Disallow: /wet/
Disallow: /mopdf/
"""


# --------------------------------------------------------------------------
# Text model
# --------------------------------------------------------------------------
@dataclass
class Article:
    number: str  # "1er", "2", …
    paragraphs: list[str] = field(default_factory=list)
    footnotes: list[str] = field(default_factory=list)  # "(1)<AGF …>"


@dataclass
class Chapter:
    number: str  # "1er", "2", …
    title: str
    articles: list[Article] = field(default_factory=list)


def read_seed(path: Path = SEED) -> tuple[dict[str, str], list[Chapter]]:
    """Split the seed into front matter and chapters of articles.

    Markdown conventions of the seed: ``### Chapitre N. Title``,
    ``**Art. N.** first paragraph``, numbered points ``1. …`` (Justel writes
    ``1° …``), lettered points indented by three spaces, and back-quoted notes:
    ``(n)<…>`` footnotes or a bare ``Abrogé par …`` for a repealed article.
    """
    raw = path.read_text(encoding="utf-8")
    _, front, body = raw.split("---\n", 2)
    meta = {}
    for line in front.splitlines():
        key, _, value = line.partition(":")
        meta[key.strip()] = value.strip().strip('"')
    chapters: list[Chapter] = []
    for line in body.splitlines():
        stripped = line.strip()
        if not stripped:
            continue
        if m := re.match(r"### Chapitre (\S+)\. (.+)", stripped):
            chapters.append(Chapter(m[1], m[2]))
        elif m := re.match(r"\*\*Art(?:icle|\.) (\S+)\.\*\*\s*(.*)", stripped):
            article = Article(m[1])
            chapters[-1].articles.append(article)
            if m[2]:
                article.paragraphs.append(m[2])
        elif stripped.startswith("`"):
            note = stripped.strip("`")
            article = chapters[-1].articles[-1]
            if note.startswith("("):
                article.footnotes.append(note)
            else:  # Justel prints a repeal as the article's only line
                article.paragraphs.append(f"<{note}>")
        elif m := re.match(r"(\d+)\. (.*)", stripped):
            chapters[-1].articles[-1].paragraphs.append(f"{m[1]}° {m[2]}")
        else:
            chapters[-1].articles[-1].paragraphs.append(stripped)
    return meta, chapters


# --------------------------------------------------------------------------
# Encoding helpers
# --------------------------------------------------------------------------
NAMED = {"é": "&eacute;", "è": "&egrave;", "à": "&agrave;", "ê": "&ecirc;", "ô": "&ocirc;"}


def esc(text: str, *, named_entities: bool = False) -> str:
    """HTML-escape; optionally spell accents as named entities.

    The live pages mix both spellings (§2.6), so the snapshot does too and
    decoders are exercised on each.
    """
    out = html.escape(text, quote=False)
    if named_entities:
        for char, entity in NAMED.items():
            out = out.replace(char, entity)
    return out


def write_bytes(relative: str, data: bytes) -> None:
    path = ROOT / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)


def tiny_pdf(label: str) -> bytes:
    """A one-page PDF 1.4 with a correct xref table, small but valid."""
    stream = f"BT /F1 12 Tf 72 720 Td ({label}) Tj ET".encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


# --------------------------------------------------------------------------
# 2024 Justel design
# --------------------------------------------------------------------------
@dataclass
class Labels:
    """Every language-dependent string of the 2024 page (§2.2)."""

    code: str  # "fr" / "nl"
    letter: str  # lg_txt letter
    article_word: str  # "Article" / "Artikel" (first article only)
    chapter_word: str
    home: str
    moniteur: str
    annexes: str
    justel: str
    breadcrumb: str
    dossier_crumb: str
    top: str
    title: str
    toc: str
    text: str
    source: str
    publication: str
    number: str
    page: str
    dossier: str
    in_force: str
    modifies: str
    archived: str
    signatures: str
    preamble: str
    links: str
    copy_link: str
    image: str
    consolidated_pdf: str
    external: str
    terms: str
    terms_pdf: str
    general: str
    useful: str
    copyright: str
    fod_logo: str
    fod_url: str
    other_info: str
    separator_note: str = ""


FR = Labels(
    code="fr", letter="f", article_word="Article", chapter_word="CHAPITRE",
    home="Accueil", moniteur="Moniteur belge", annexes="Annexes des<br> Personnes morales",
    justel="Banque de donn&eacute;es <br>Justel", breadcrumb="Fil d'Ariane",
    dossier_crumb="Dossier numéro", top="Vers le haut",
    title="Titre", toc="Table des matières", text="Texte",
    source="Source", publication="Publication", number="Numéro", page="page",
    dossier="Dossier numéro", in_force="Entrée en vigueur",
    modifies="Ce texte modifie les textes suivants:", archived="versions archivées",
    signatures="Signatures", preamble="Préambule", links="Liens", copy_link="Copier le lien",
    image="Image de la publication officielle", consolidated_pdf="PDF version consolidée",
    external="Liens externes", terms="Conditions d'utilisation",
    terms_pdf="/img_2024/pdf/GebruiksvoorwaardenFR.pdf", general="Informations générales",
    useful="Liens utiles", copyright="Copyright © 2024 Services Publics Fédéraux belges",
    fod_logo="/img_2024/logos/fod-fr.svg", fod_url="https://justice.belgium.be/fr",
    other_info="Autres informations et services officiels:",
)
NL = Labels(
    code="nl", letter="n", article_word="Artikel", chapter_word="HOOFDSTUK",
    home="Home", moniteur="Belgisch Staatsblad", annexes="Bijlage van de<br> Rechtspersonen",
    justel="Justel <br>databank", breadcrumb="Kruimelpad",
    dossier_crumb="Dossiernummer", top="Naar boven",
    title="Titel", toc="Inhoudstafel", text="Tekst",
    source="Bron", publication="Publicatie", number="Nummer", page="bladzijde",
    dossier="Dossiernummer", in_force="Inwerkingtreding",
    modifies="Deze tekst heeft de volgende teksten gewijzigd:", archived="gearchiveerde versies",
    signatures="Handtekening", preamble="Aanhef", links="Links", copy_link="Link kopiëren",
    image="Beeld van de officiële publicatie", consolidated_pdf="PDF geconsolideerde versie",
    external="Externe links", terms="Gebruiksvoorwaarden",
    terms_pdf="/img_2024/pdf/GebruiksvoorwaardenNL.pdf", general="Algemene informatie",
    useful="Nuttige links", copyright="Copyright © 2024 Belgische Federale Overheidsdiensten",
    fod_logo="/img_2024/logos/fod-nl.svg", fod_url="https://justitie.belgium.be/nl",
    other_info="Andere informatie en diensten van de overheid:",
)


def language_switch(lab: Labels, cn: str) -> str:
    items = []
    for code, letter in (("nl", "n"), ("fr", "f"), ("de", "d")):
        active = "active" if code == lab.code else ""
        items.append(
            '              <li class="nav-language-item">\n'
            f'                <a href="/cgi_loi/article.pl?language={code}&lg_txt={letter}&type=&sort='
            f'&numac_search=&cn_search={cn}&caller=eli&&view_numac={cn}{lab.code}" '
            f'class="nav__language-button {active}">{code.upper()}</a>\n'
            "              </li>"
        )
    return "\n".join(items)


def page_head(lab: Labels, cn: str, comment: str, *, switch: str | None = None, crumb: str | None = None) -> str:
    """Everything above the content: head, tools bar, menu, breadcrumb.

    ``switch`` and ``crumb`` replace the act's language links and its
    "Dossier numéro" breadcrumb (the search result pages use both).
    """
    switch = language_switch(lab, cn) if switch is None else switch
    crumb = f"{lab.dossier_crumb} : {cn}" if crumb is None else crumb
    return f"""<!-- {comment} -->
<!doctype html>
<html lang="en">
  <head>
    <meta charset="iso-8859-1" />
    <link
      rel="icon"
      type="image/svg+xml"
      href="/img_2024/logos/justitie_favicon.svg"
    />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <title>Justel databank</title>
    <script type="module" crossorigin src="/css_2024/article.js"></script>
    <script type="module" crossorigin src="/css_2024/index.js"></script>
    <link rel="stylesheet" crossorigin href="/css_2024/index.css">
    <link rel="stylesheet" crossorigin href="/css_2024/article.css">
   </head>
  <body>
    <div class="page">
      <div class="page__wrapper page__wrapper--tools no-print">
        <div class="page__section page__section--tools">
          <nav>
            <ul>
{switch}
            </ul>
          </nav>
          <div>
            <small class="nav__federalheader__link"
              >{lab.other_info}
              <a href="https://www.belgium.be/{lab.code}">www.belgium.be</a> 
              </small>
              <a href="https://www.belgium.be/{lab.code}">
              <img src="/img_2024/logos/logo-be_black.svg"
              alt="Logo of the Belgian Federal Authorities"
              class="nav__federalheader__logo"
            />
            </a>
          </div>
        </div>
      </div>

      <div class="page__wrapper page__wrapper--header no-print">
        <header class="page__section page__section--header">
          <div class="justice-logo">
            <a href="{lab.fod_url}" title="Return to the homepage" rel="home">
              <img
                src="{lab.fod_logo}"
                class="site-name"
                alt="Return to the homepage"
                width="168"
                height="36"
              />
            </a>
          </div>
          <button
            id="headerCollapsibleButton"
            type="button"
            class="button button--toggler close"
            aria-controls="headerCollapsible"
            aria-expanded="false"
            style="cursor: pointer"
          >
            <span class="label">Menu</span>
            <span class="menu-icon"></span>
          </button>
          <div class="region region--header-collapsible" id="headerCollapsible">
            <nav
              id="block-header"
              aria-label="Header"
              class="block block--menu block--menu--header block--region-header-collapsible"
            >
              <div class="block__content">
                <ul class="menu menu-level-0">
                  <li class="menu-item">
                    <a href="/cgi/welcome.pl?language={lab.code}">{lab.moniteur}</a>
                  </li>

                  <li class="menu-item menu-item--collapsed">
                    <a href="/cgi_tsv_pub/welcome.pl?language={lab.code}">{lab.annexes}</a>
                  </li>
                  <li class="menu-item menu-item--collapsed">
                    <a href="/cgi_loi/welcome.pl?language={lab.code}&view_numac={cn}{lab.code}">{lab.justel}</a>
                  </li>
                 <li class="menu-item menu-item--collapsed">
                    <a href="/cgi/faq.pl?language={lab.code}">FAQ</a>
                  </li>
                </ul>
              </div>
            </nav>
          </div>
        </header>
      </div>

       <div class="page__wrapper page__wrapper--breadcrumb no-print">
         <div class="page__section page__section--breadcrumb">
           <div
             id="block-justice-theme-breadcrumbs"
             class="block block--system block--system--justice-theme-breadcrumbs block--system--breadcrumb"
           >
             <div class="block__content">
               <nav class="breadcrumb" aria-label="{lab.breadcrumb}">
                 <ol>
                   <li><a href="https://www.ejustice.just.fgov.be/cgi/welcome.pl?language={lab.code}" title="Home" class="item">{lab.home}</a></li>
                   <li>
                     <span class="item"><a href="/cgi_loi/welcome.pl?language={lab.code}&view_numac={cn}{lab.code}" title="Home">Justel databank</a></span>
                   </li>
                   <li>
                     <span class="item">{crumb}</span>
                   </li>
                 </ol>
               </nav>
             </div>
           </div>
         </div>
       </div>
  <script type="module" crossorigin src="/css_2024/justelDetail.js"></script>
 <link rel="stylesheet" crossorigin href="/css_2024/justelDetail.css">
      <div class="page__wrapper page__wrapper--top">
        <div class="page__section page__section--top with-editions">
         
        </div>
      </div>
    </div>

    <div class="page__wrapper page__wrapper--content">
      <div class="page__section page__section--content">
        <main class="page__inner page__inner--content" role="main">
          <div class="list-content">
            <div popover id="sidenav-popover" class="mobile-side-bar no-print">
              <div class="toc-mobile"></div>
              <button class="back-to-top-button no-print">{lab.top}</button>
            </div>
            <button
              popovertarget="sidenav-popover"
              class="side-bar-mobile-button no-print"
            ></button>

            <div class="list-side-bar">
              <div class="toc-desktop"></div>
              <button class="back-to-top-button side-bar--item">
                {lab.top}
              </button>
            </div>
            <div class="list">
"""


def page_foot(lab: Labels) -> str:
    return f"""

</DIV></DIV>
          
             
              
    
        </main>
      </div>
    </div>
    <footer class="page__wrapper page__wrapper--footer no-print">
      <div class="page__section page__section--footer">
        <nav class="block-footer" aria-label="Footer">
          <div>
            <p class="footer-title">{lab.general}</p>
            <ul class="footer-menu">
              <li class="menu-item">
                <a href="{lab.terms_pdf}" target="_blank">{lab.terms}</a>
              </li>
            </ul>
          </div>
          <div>
            <p class="footer-title">{lab.useful}</p>
            <ul class="footer-menu">
              <li class="menu-item">
                <a href="{lab.fod_url}" target="_blank">SPF Justice / FOD Justitie</a>
              </li>
              <li class="menu-item">
                <a href="https://www.om-mp.be/{lab.code}" target="_blank">Minist&egrave;re public / Openbaar Ministerie</a>
              </li>
            </ul>
          </div>
        </nav>
        <div class="copyright">
           {lab.copyright}
        </div>
      </div>
    </footer>
  </body>
</html>



"""


@dataclass
class Act:
    """Metadata of one act as the title box shows it."""

    numac: str
    cn: str
    heading: str  # "9 DECEMBRE 2016. - Arrêté … (NOTE : …)"
    source: str
    publication: str  # long form, "23 décembre 2016"
    page: str
    dossier: str
    in_force: str | None
    modifies: list[str]
    archived: int | None
    eli: str
    pdf_image: str | None  # href as printed, trailing spaces included
    pdf_consolidated: str | None


def title_box(lab: Labels, act: Act) -> str:
    rows = [
        f"<p><strong>{esc(lab.source)}: </strong>{esc(act.source)}</p>                     ",
        f"                      <p><strong>{esc(lab.publication)}: </strong>{esc(act.publication)}</p>",
        f"                      <p><strong>{esc(lab.number)}: </strong>{act.numac}</p>",
        f"                      <p><strong>{esc(lab.page)}: </strong>{act.page} </p>",
        f"                      <p><strong>{esc(lab.dossier, named_entities=True)}:</strong>  {act.dossier}</p>",
    ]
    if act.in_force:
        rows.append(
            f"<p><strong>{esc(lab.in_force, named_entities=True)} :</strong> {esc(act.in_force)} </p>"
        )
    rows.append("\n\n")
    if act.modifies:
        tags = "  ".join(
            f'<span class="tag-small"><a href="/cgi_loi/article.pl?language={lab.code}'
            f'&numac_search={numac}" target="_blank">{numac}</a></span>'
            for numac in act.modifies
        )
        rows.append(f"<p><strong>{esc(lab.modifies)}</strong></p>   {tags}\n")
    if act.archived:
        # The live link (real pages in tests/fixtures/justel/): article.pl with a zero-padded arch=N.
        rows.append(
            f"<p><strong><a href=\"/cgi_loi/article.pl?language={lab.code}&arch={act.archived:03d}"
            f"&lg_txt={lab.code}&type=&sort=&numac_search={act.numac}&cn_search={act.cn}&caller=eli"
            f"&&view_numac={act.cn}{lab.code}\">{act.archived} {esc(lab.archived)} </a></strong></p>"
        )
    metadata = "\n".join(rows)
    return f"""              <div id="list-title-1" class="box">
                <h2 class="list-title" id="list-link-1">{lab.title}</h2>
                <div class="list-item">
                  <div class="list-item--content">
                    <span class="tag">{act.numac}</span>
                    <p class="list-item--subtitle">
                      
                    </p>
                    <p class="list-item--title">
                      {esc(act.heading)}
                    </p>
                    <div class="plain-text">
{metadata}

             </div>
                </div>
              </div>
</div>
"""


def toc_box(lab: Labels, chapters: list[Chapter], toc_id: str) -> str:
    parts = []
    for index, chapter in enumerate(chapters, start=1):
        numbers = [a.number for a in chapter.articles]
        first = numbers[0].removesuffix("er")
        last = numbers[-1].removesuffix("er")
        span = first if first == last else f"{first}-{last}"
        parts.append(
            f"<A NAME='LNKR{index:04d}' HREF='#LNK{index:04d}'>{lab.chapter_word} {chapter.number}.</A>"
            f" - {esc(chapter.title)}<BR>Art. {span}"
        )
    body = "<BR>".join(parts)
    return f"""              
              <div id="list-title-2" class="box plain-text">
                <h2 id="{toc_id}" class="list-title" id="list-link-2">{lab.toc}</h2> 
                  {body}   
              </div>
"""


def text_box(lab: Labels, chapters: list[Chapter], chapter_numbers: list[int]) -> str:
    """The consolidated text: one long run of inline HTML, as on the live site.

    ``chapter_numbers`` gives each chapter's position in the full TOC, so a
    shortened text (the NL page) keeps the anchors of the complete act.
    """
    # Anchor targets in document order: chapter headings and articles.
    sequence: list[tuple[str, object]] = []
    for index, chapter in zip(chapter_numbers, chapters):
        sequence.append((f"LNK{index:04d}", chapter))
        for article in chapter.articles:
            sequence.append((f"Art.{article.number}", article))
    article_names = [name for name, item in sequence if isinstance(item, Article)]

    chunks = []
    for position, (name, item) in enumerate(sequence):
        following = sequence[position + 1][0] if position + 1 < len(sequence) else None
        if isinstance(item, Chapter):
            lead = "" if position == 0 else "&nbsp;&nbsp;"
            chunks.append(
                f"{lead}<A NAME='{name}' HREF='#LNKR{name[3:]}'>{lab.chapter_word} {item.number}.</A>"
                f" - {esc(item.title)}<BR><BR>"
            )
            continue
        article = item
        # Odd-numbered articles spell accents as entities, even ones as raw
        # latin-1 bytes: both occur on the live site (§2.6).
        digits = re.match(r"\d+", article.number)
        named = bool(digits and int(digits[0]) % 2)
        link_next = f" <A HREF='#{following}'> {article.number}</A>" if following else f" {article.number}"
        index_in_articles = article_names.index(name)
        if index_in_articles == 0:
            label = f"<A NAME='{name}'></A>{lab.article_word}{link_next}"
        else:
            previous = article_names[index_in_articles - 1]
            label = f"<A NAME='{name}' HREF='#{previous}'>Art.</A>{link_next}"
        paragraphs = [esc(p, named_entities=named) for p in article.paragraphs]
        first = paragraphs[0] if paragraphs else ""
        lines = [f"&nbsp;&nbsp;{label}. {first}"]
        lines += [f"&nbsp;&nbsp;{p}" for p in paragraphs[1:]]
        if article.footnotes:
            lines.append("&nbsp;&nbsp;----------")
            lines += [f"&nbsp;&nbsp;{esc(note)}" for note in article.footnotes]
        chunks.append("<BR>".join(lines) + "<BR><BR>")
    body = "".join(chunks).removesuffix("<BR><BR>")
    return f"""              <div id="list-title-3" class="box plain-text">
                <h2 id="text" class="list-title" id="list-link-3">{lab.text}</h2> 
                  {body}
              </div>
"""


def extra_boxes(lab: Labels, signatures: str, preamble: str) -> str:
    return f"""                
               


<div id="list-title-sw_sign" class="box">
<h2 id="sw_sign" class="list-title" id="list-link-sw_sign" >{lab.signatures}</h2>
<p class="plain-text">
&nbsp;&nbsp;&nbsp;{signatures}
</p>
</div>
<div id="list-title-sw_prev" class="box">
<h2 id="sw_prev" class="list-title" id="list-link-sw_prev">{lab.preamble}</h2>
<p class="plain-text">
&nbsp;&nbsp;&nbsp;{preamble}
</p>
</div>
"""


def links_box(lab: Labels, act: Act, external: list[tuple[str, str]]) -> str:
    pdfs = ""
    if act.pdf_image:
        pdfs += f"""<p>&nbsp;</p>              <a
                 class="links-link"
                 href="{act.pdf_image}"
 target=_blank              >
                 {lab.image}
               </a>
"""
    if act.pdf_consolidated:
        pdfs += f"""              <a
                 class="links-link"
                 href="{act.pdf_consolidated}"
 target=_blank              >
                 {lab.consolidated_pdf}
               </a>
"""
    externals = "\n".join(
        f'               <a href="{href}" target=_blank title="{title}">{title}</a>'
        for title, href in external
    )
    return f"""   <div class="links no-print">
             <div class="links-box">
               <h2 class="links-title" id="list-link-lien_1">{lab.links} </h2>
  <a id="link-text" class="links-link" href="{act.eli}">{act.eli}</a> 
              <button class="button button-outlined" id="link-button" data-clipboard-target="#link-text">{lab.copy_link}</button>
{pdfs}             </div>
             <div class="links-box external-links no-print">
               <h2 class="links-title" id="list-link-lien_2">{lab.external}</h2>
{externals}
             </div>
           </div>
 
"""


# --------------------------------------------------------------------------
# The decree, FR (from the seed) and NL (reconstructed, shortened)
# --------------------------------------------------------------------------
FR_MONTHS = [
    "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
    "septembre", "octobre", "novembre", "décembre",
]


def long_fr(iso: str) -> str:
    year, month, day = (int(x) for x in iso.split("-"))
    return f"{'1er' if day == 1 else day} {FR_MONTHS[month - 1]} {year}"


FR_PREAMBLE = (
    "Le Gouvernement flamand,<br>&nbsp;&nbsp;&nbsp;Vu le décret du 8 juillet 2011 réglant le budget, la "
    "comptabilité, l'attribution de subventions et le contrôle de leur utilisation, et le contrôle par la "
    "Cour des comptes ;<br>&nbsp;&nbsp;&nbsp;Vu l’avis de l’Inspection des Finances ;<br>&nbsp;&nbsp;&nbsp;"
    "Sur la proposition du Ministre-Président du Gouvernement flamand et Ministre flamand de la Politique "
    "extérieure et du Patrimoine immobilier ;<br>&nbsp;&nbsp;&nbsp;Après délibération,<br>&nbsp;&nbsp;&nbsp;"
    "Arrête :"
)
FR_SIGNATURES = (
    "Bruxelles, le 9 d&eacute;cembre 2016.<BR>Le Ministre-Président du Gouvernement flamand et Ministre "
    "flamand de la Politique extérieure et du Patrimoine immobilier,<BR>G. BOURGEOIS"
)
NL_PREAMBLE = (
    "De Vlaamse Regering,<br>&nbsp;&nbsp;&nbsp;Gelet op het advies van de Inspectie van Financiën;"
    "<br>&nbsp;&nbsp;&nbsp;Op voorstel van de minister-president van de Vlaamse Regering en Vlaams "
    "minister van Buitenlands Beleid en Onroerend Erfgoed;<br>&nbsp;&nbsp;&nbsp;Na beraadslaging,"
    "<br>&nbsp;&nbsp;&nbsp;Besluit :"
)
NL_SIGNATURES = (
    "Brussel, 9 december 2016.<BR>De minister-president van de Vlaamse Regering en Vlaams minister van "
    "Buitenlands Beleid en Onroerend Erfgoed,<BR>G. BOURGEOIS"
)
# ’ (0x92) and the accents below are cp1252 bytes on disk: a latin-1 decoder
# turns 0x92 into a C1 control character, which the tests catch.
EXTERNAL_FR = [("Conseil d’Etat", "http://reflex.raadvst-consetat.be/reflex/?lang=fr")]
EXTERNAL_NL = [("Raad van State", "http://reflex.raadvst-consetat.be/reflex/?lang=nl")]

NL_CHAPTER_TITLES = [
    "Definities en toepassingsgebied",
    "Subsidiëring van stages bij multilaterale organisaties",
    "Financieringsvoorwaarden voor de kandidaat",
    "Omvang van de subsidiëring",
    "Verlenging van stages",
    "Betaling en verantwoording van de subsidiëring",
    "Modellen",
    "Slotbepalingen",
]
NL_NOTE_2022 = "(1)<BVR 2022-09-09/05, art. {art}, 003; Inwerkingtreding : 01-01-2023>"
# Reconstructed Dutch wording of articles 1, 3, 4, 5 and 7 (the Dutch text
# is the original of this Flemish act, but no copy of it was available).
NL_ARTICLES = {
    "1": Article("1", [
        "In dit besluit wordt verstaan onder:",
        "1° departement: het [1 Departement Kanselarij en Buitenlandse Zaken]1;",
        "2° kandidaat: een persoon die een beroep wil doen op een subsidie voor een stage;",
        "3° minister: de Vlaamse minister, bevoegd voor het buitenlands beleid en Europese aangelegenheden;",
        "4° multilaterale organisatie: een intergouvernementeel orgaan met internationale "
        "rechtspersoonlijkheid en eigen besluitvormingsorganen, dat door meer dan twee staten bij verdrag is opgericht;",
        "5° [2 ...]2",
    ], [
        "(1)<BVR 2020-09-11/13, art. 58, 002; Inwerkingtreding : 01-09-2020>",
        "(2)<BVR 2022-09-09/05, art. 1, 003; Inwerkingtreding : 01-01-2023>",
    ]),
    "3": Article("3", [
        "[1 De subsidies worden toegekend binnen de perken van de begrotingskredieten, in de volgorde "
        "waarin de aanvragen worden ingediend.",
        "Een derde van het krediet wordt bij voorrang aangewend voor stages die verband houden met een "
        "project of programma dat gefinancierd wordt door de Vlaamse Gemeenschap of het Vlaamse Gewest, "
        "en voor verlengingen van stages als vermeld in artikel 8, die al goedgekeurd zijn.]1",
    ], [NL_NOTE_2022.format(art=3)]),
    "4": Article("4", [
        "Voor elke subsidie om een stage bij een multilaterale organisatie te volbrengen, wordt een "
        "individueel subsidiebesluit genomen ten gunste van een kandidaat.",
        "Een kandidaat die voldoet aan de voorwaarden van dit besluit, kan een subsidieaanvraag indienen "
        "via het elektronische formulier dat beschikbaar is op de website van het departement.",
        "De subsidieaanvraag kan ten vroegste zes maanden voor de aanvang van de stage worden ingediend "
        "en moet uiterlijk de dag voor de aanvang van de stage worden ingediend. Na de aanvang van de "
        "stage kan alleen een subsidie worden toegekend voor de periode die ingaat op de dag na de "
        "indiening van een volledige aanvraag met het elektronische formulier, als de resterende periode "
        "minimaal twee maanden bedraagt.",
        "Als de financiële middelen van de daarvoor ingeschreven kredieten nog niet uitgeput zijn, "
        "onderzoekt de minister of aan de voorwaarden van dit besluit is voldaan.",
    ]),
    "5": Article("5", [
        "Om in aanmerking te komen voor een financiering moet een kandidaat:",
        "1° voldoen aan de voorwaarden die de multilaterale organisatie waar hij zijn stage wil "
        "volbrengen, heeft vastgesteld;",
        "2° beschikken over een stageaanbod van een multilaterale organisatie;",
        "3° [1 houder zijn van een diploma secundair onderwijs, uitgereikt door een instelling die door "
        "de Vlaamse Gemeenschap gefinancierd, gesubsidieerd of erkend is, of houder zijn van een diploma "
        "hoger onderwijs, uitgereikt door een ambtshalve geregistreerde instelling als vermeld in artikel "
        "II.1 van de Codex Hoger Onderwijs van 11 oktober 2013]1;",
        "4° bij de aanvang van de stage de leeftijd van 35 jaar nog niet bereikt hebben.",
    ], [NL_NOTE_2022.format(art=4)]),
    "7": Article("7", [
        "§ 1. De subsidie geldt voor de duur van de stage, met een maximale duur van zes maanden en een "
        "minimale duur van twee maanden. [1 De maximale duur van de stage kan op uitdrukkelijk verzoek van "
        "de multilaterale organisatie in kwestie verlengd worden tot negen maanden, op voorwaarde dat de "
        "stage verband houdt met een project of programma dat gefinancierd wordt door de Vlaamse "
        "Gemeenschap of het Vlaamse Gewest.]1",
        "Ze omvat een vergoeding voor de levens- en verblijfskosten en een reisvergoeding.",
        "§ 2. Voor de levens- en verblijfskosten wordt een maandelijks bedrag toegekend. Voor onvolledige "
        "stagemaanden wordt het bedrag toegekend naar rata van het aantal stagedagen.",
        "[1 Het maandelijkse bedrag wordt berekend volgens de volgende formule: vergoeding = basiskosten x "
        "coëfficiënt van de gaststad, waarbij:  1° basiskosten: het basisbedrag voor de kosten van "
        "levensonderhoud in België, dat overeenkomt met de gemiddelde kosten van levensonderhoud in België "
        "op basis van de meest recente cijfers van Statbel over het huishoudbudget per maand en per "
        "persoon;  2° coëfficiënt van de gaststad: de wiskundige weergave van de vergelijking tussen de "
        "kosten van levensonderhoud in de buitenlandse stad waar de opleiding gevolgd zal worden en de "
        "kosten van levensonderhoud in België. De coëfficiënt van de kosten van levensonderhoud wordt "
        "bepaald op basis van de Mercer-index]",
        "Hetzelfde maandelijkse bedrag geldt voor de volledige gesubsidieerde periode, ook als die zich "
        "over twee kalenderjaren uitstrekt.",
        "[1 Als de stage in België plaatsvindt, worden alleen de basiskosten toegekend.]",
        "§ 3. [1 Als de stagiair voor dezelfde stage een vergoeding of financiële tegemoetkoming ontvangt "
        "van een andere Belgische of buitenlandse overheid of van de multilaterale organisatie in kwestie, "
        "wordt het bedrag van de subsidie verminderd met het bedrag van die vergoeding of tegemoetkoming]1.",
        "§ 4. Als de kandidaat in het verleden al een subsidie heeft ontvangen voor een stage bij een "
        "multilaterale organisatie, kan hem voor een nieuwe stage alleen een nieuwe subsidie toegekend "
        "worden voor een duur die maximaal gelijk is aan het verschil tussen de zes maanden en de duur van "
        "de al toegekende subsidie, als de resterende periode minimaal twee maanden bedraagt.",
        "In het geval, vermeld in het eerste lid, wordt geen reisvergoeding toegekend als de nieuwe "
        "stageperiode aansluit bij de al gefinancierde stageperiode en als de kandidaat zijn stage in "
        "dezelfde stad volbrengt.",
    ], [NL_NOTE_2022.format(art=5)]),
}


def decree_act(meta: dict[str, str], lab: Labels, eli_type: str, heading: str, source: str,
               publication: str, in_force: str) -> Act:
    image_href = meta["pdf-original"].removeprefix(HOST) + "   "  # trailing spaces as live (§2.2)
    consolidated = meta["pdf-consolidated"].removeprefix(HOST)
    if lab.code == "nl":
        consolidated = consolidated.replace("_F.pdf", "_N.pdf")
    return Act(
        numac=meta["number"], cn=CN, heading=heading, source=source, publication=publication,
        page=meta["page"], dossier=meta["case"], in_force=in_force, modifies=[meta["modifies"]],
        archived=2, eli=f"{HOST}/eli/{eli_type}/2016/12/09/{NUMAC}/justel",
        pdf_image=image_href, pdf_consolidated=consolidated,
    )


def build_decree_fr(meta: dict[str, str], chapters: list[Chapter]) -> str:
    title = meta["title-fr"].replace("multilatérales(NOTE", "multilatérales (NOTE")
    day, month, year = meta["starts"].split("-")
    act = decree_act(
        meta, FR, "arrete", heading=f"9 DECEMBRE 2016. - {title}", source=meta["source"],
        publication=long_fr(meta["publication"]), in_force=long_fr(f"{year}-{month}-{day}"),
    )
    return (
        page_head(FR, CN, "Snapshot: built by data/snapshot/build_ejustice.py from the seed decree; "
                  "see docs/snapshot-ejustice.md")
        + title_box(FR, act)
        + toc_box(FR, chapters, toc_id="tabmat")
        + text_box(FR, chapters, list(range(1, len(chapters) + 1)))
        + extra_boxes(FR, FR_SIGNATURES, FR_PREAMBLE)
        + links_box(FR, act, EXTERNAL_FR)
        + page_foot(FR)
    )


def build_decree_nl(meta: dict[str, str], chapters_fr: list[Chapter]) -> str:
    full = [
        Chapter(str(i), title, [Article(a.number.removesuffix("er")) for a in chapter.articles])
        for i, (title, chapter) in enumerate(zip(NL_CHAPTER_TITLES, chapters_fr), start=1)
    ]
    kept, kept_numbers = [], []
    for index, chapter in enumerate(full, start=1):
        articles = [NL_ARTICLES[a.number] for a in chapter.articles if a.number in NL_ARTICLES]
        if articles:
            kept.append(Chapter(chapter.number, chapter.title, articles))
            kept_numbers.append(index)
    act = decree_act(
        meta, NL, "besluit",
        heading="9 DECEMBER 2016. - Besluit van de Vlaamse Regering betreffende de subsidiëring van "
        "stages bij multilaterale organisaties (NOTA : Raadpleging van vroegere versies vanaf 23-12-2016 "
        "en tekstbijwerking tot 29-09-2022)",
        source="VLAAMSE OVERHEID", publication="23 december 2016", in_force="1 januari 2017",
    )
    return (
        page_head(NL, CN, "Snapshot: reconstructed Dutch version, shortened (art. 1, 3, 4, 5, 7); "
                  "see docs/snapshot-ejustice.md")
        + title_box(NL, act)
        + toc_box(NL, full, toc_id="inhoud")
        + text_box(NL, kept, kept_numbers)
        + extra_boxes(NL, NL_SIGNATURES, NL_PREAMBLE)
        + links_box(NL, act, EXTERNAL_NL)
        + page_foot(NL)
    )


# --------------------------------------------------------------------------
# Non-content answers and the fictional fallback act
# --------------------------------------------------------------------------
FICTIONAL_NUMAC = "2017030500"
FICTIONAL_CN = "2017031001"


def build_no_text_shell() -> str:
    """A /justel answer with a title box but no text box (§2.2 no-text markers)."""
    act = Act(
        numac=FICTIONAL_NUMAC, cn=FICTIONAL_CN,
        heading="10 MARS 2017. - Arrêté du Gouvernement de la Communauté française relatif aux bourses "
        "d'études pour des stages à l'étranger (NOTE : pas de texte disponible)",
        source="MINISTERE DE LA COMMUNAUTE FRANCAISE", publication="5 avril 2017", page="45123",
        dossier="2017-03-10/01", in_force=None, modifies=[], archived=None,
        eli=f"{HOST}/eli/arrete/2017/03/10/{FICTIONAL_NUMAC}/justel", pdf_image=None, pdf_consolidated=None,
    )
    return (
        page_head(FR, FICTIONAL_CN, "Snapshot: FICTIONAL test fixture (no-text shell); "
                  "see docs/snapshot-ejustice.md")
        + title_box(FR, act)
        + links_box(FR, act, [])
        + page_foot(FR)
    )


def build_legacy_fallback() -> str:
    """The /cgi_loi/article.pl fallback in the pre-2024 table layout (§2.3).

    be_law_tools reads metadata from ``body > table[1] th[1]`` and the text
    from ``body > table[3]``; this page keeps those positions.
    """
    text = "<BR>".join([
        "&nbsp;&nbsp;<A NAME='Art.1er'></A>Article <A HREF='#Art.2'> 1er</A>. Une bourse d'&eacute;tudes "
        "peut &ecirc;tre octroy&eacute;e &agrave; l'&eacute;tudiant qui accomplit un stage &agrave; "
        "l'&eacute;tranger dans le cadre de son cursus.",
        "<BR>&nbsp;&nbsp;<A NAME='Art.2' HREF='#Art.1er'>Art.</A> <A HREF='#Art.3'> 2</A>. La demande est "
        "introduite au plus tard le 31 mars de l'année académique concernée.",
        "<BR>&nbsp;&nbsp;<A NAME='Art.3' HREF='#Art.2'>Art.</A> 3. Le présent arrêté entre en vigueur le "
        "15 avril 2017.",
    ])
    return f"""<!-- Snapshot: FICTIONAL test fixture (legacy article.pl fallback); see docs/snapshot-ejustice.md -->
<HTML>
<HEAD>
<meta charset="iso-8859-1">
<TITLE>LOI - WET</TITLE>
</HEAD>
<BODY BGCOLOR=#FFFFFF>
<table width=100% border=0><tr><td align=center><font size=2>Justel - L&eacute;gislation consolid&eacute;e</font></td></tr></table>
<table width=100% border=0 cellpadding=5>
<tr><th width=15% valign=top><A HREF='/cgi_loi/change_lg.pl?language=nl&la=N&cn={FICTIONAL_CN}&table_name=wet'>Nederlands</A></th>
<th align=left>
<font size=2 color=blue><b>10 MARS 2017. - Arr&ecirc;t&eacute; du Gouvernement de la Communaut&eacute; fran&ccedil;aise relatif aux bourses d'&eacute;tudes pour des stages &agrave; l'&eacute;tranger</b></font><BR>
(NOTE : Consultation des versions ant&eacute;rieures &agrave; partir du 05-04-2017 et mise &agrave; jour au 05-04-2017)<BR><BR>
<font size=2>Publication : 05-04-2017 num&eacute;ro : {FICTIONAL_NUMAC} page : 45123<BR>Dossier num&eacute;ro : 2017-03-10/01<BR>Entr&eacute;e en vigueur : 15-04-2017<BR>Source : MINISTERE DE LA COMMUNAUTE FRANCAISE</font>
</th></tr></table>
<table width=100% border=0><tr><td align=center><A HREF='#texte'>Texte</A> <A HREF='#tabmat'>Table des mati&egrave;res</A> <A HREF='#hit1'>D&eacute;but</A></td></tr></table>
<table width=100% border=0><tr><td>
<A NAME='texte'></A>
{text}
</td></tr></table>
</BODY>
</HTML>
"""


def build_help_page() -> str:
    """The bilingual ELI help page answered (HTTP 200) for an unknown ELI (§2.1).

    The Dutch half follows the real fixture (rechtspraak-mcp); the French half
    is its counterpart, worded by us.
    """
    return """<HTML VERSION=".//IETF//DTD HTML 3.0//EN">
<HEAD><TITLE>ELI  - BELGIE  </TITLE>
<meta charset="iso-8859-1">
<meta http-equiv='X-UA-Compatible' content='IE=EmulateIE7' ></HEAD>
<BODY background = /img_l/fond5.jpg text=black alink=blue vlink=blue>
<FONT FACE="Verdana, Arial, Helvetica, sans-serif" SIZE=2>
 <center><FONT SIZE=6>Aide ELI (European Legislation Identifier)</font></center>
 <br>
 <br>Désolé, la recherche que vous avez formulée via la barre d'adresse n'a pas trouvé de réponse dans notre base de données.
 <br>
 <br>Veuillez adapter les données de la barre d'adresse.
 <br>
 <br>ELI : http://www.ejustice.just.fgov.be/eli/type/AAAA/MM/JJ/numac/version (moniteur ou justel). La version Justel est une version consolidée sans caractère authentique ou officiel.
 <br>
 <br>
 <center><FONT SIZE=6>Help Eli (European Legislation Identifier)</font></center>
 <br>
 <br>Sorry, de opzoeking die u hebt geformuleerd via de adresbalk heeft geen resultaat opgeleverd in onze databank.
 <br>
 <br>Gelieve de gegevens in de adresbalk aan te passen.
 <br>
 <br>ELI : http://www.ejustice.just.fgov.be/eli/DT/JJJJ/MM/DD/unieke identificatiecode/versie van de tekst (staatsblad of justel).
 <br>
 <br>Voor alle bijkomende informatie kan u een mail sturen naar <a href="mailto:justel@just.fgov.be"> justel@just.fgov.be </a>
 <br>
 <br></BODY></HTML>
"""


# --------------------------------------------------------------------------
# Search result lists (/cgi_loi/list.pl) for discovery
# --------------------------------------------------------------------------
SEARCH_FROM = date.fromisoformat(SNAPSHOT_SEARCH_WINDOW["OPPORTUNITIES_EJUSTICE_SEARCH_FROM"])
SEARCH_TO = date.fromisoformat(SNAPSHOT_SEARCH_WINDOW["OPPORTUNITIES_EJUSTICE_SEARCH_TO"])


@dataclass(frozen=True)
class Hit:
    """One act in a result list."""

    numac: str
    heading: str  # "9 DECEMBRE 2016. - Arrêté …", month in capitals without accents (§2.1)
    source: str
    published: str  # DD-MM-YYYY
    page: str
    fictional: bool = True


DECREE_FR = Hit(NUMAC, "9 DECEMBRE 2016. - Arrêté du Gouvernement flamand relatif au subventionnement de stages "
                "auprès des organisations multilatérales", "AUTORITE FLAMANDE", "23-12-2016", "89499", fictional=False)
DECREE_NL = Hit(NUMAC, "9 DECEMBER 2016. - Besluit van de Vlaamse Regering betreffende de subsidiëring van stages "
                "bij multilaterale organisaties", "VLAAMSE OVERHEID", "23-12-2016", "89499", fictional=False)
# The fictional no-text act of the snapshot (see build_no_text_shell).
GRANTS_2017 = Hit(FICTIONAL_NUMAC, "10 MARS 2017. - Arrêté du Gouvernement de la Communauté française relatif aux "
                  "bourses d'études pour des stages à l'étranger (NOTE : pas de texte disponible)",
                  "MINISTERE DE LA COMMUNAUTE FRANCAISE", "05-04-2017", "45123")
# Fictional acts that are not student schemes: the title filter must skip them.
ROAD_WORKS = Hit("2016099910", "16 JUIN 2016. - Décret relatif aux chantiers sur la voirie régionale et à la "
                 "coordination des impétrants", "SERVICE PUBLIC DE WALLONIE", "14-07-2016", "43210")
ROAD_SIGNS = Hit("2016099930", "24 NOVEMBRE 2016. - Arrêté royal modifiant diverses dispositions relatives à la "
                 "signalisation des chantiers sur la voie publique", "SERVICE PUBLIC FEDERAL MOBILITE ET TRANSPORTS",
                 "09-12-2016", "84567")
ROAD_SUBSIDIES = Hit("2017099920", "2 FEVRIER 2017. - Arrêté du Gouvernement wallon relatif aux subventions "
                     "octroyées aux communes pour des travaux d'entretien de voirie", "SERVICE PUBLIC DE WALLONIE",
                     "01-03-2017", "31234")
MARKETS = Hit("2017099940", "12 OCTOBRE 2017. - Loi modifiant diverses dispositions relatives aux marchés "
              "d'instruments financiers", "SERVICE PUBLIC FEDERAL FINANCES", "30-10-2017", "96543")
ROAD_SIGNS_NL = Hit("2017099960", "3 FEBRUARI 2017. - Besluit van de Vlaamse Regering betreffende de signalisatie "
                    "van wegenwerken", "VLAAMSE OVERHEID", "24-02-2017", "28765")
# A student scheme published after the window: the server returned it anyway
# (the live form was seen to ignore its dates, §2.5), the spider must skip it.
GRANT_AMOUNTS_2018 = Hit("2018099950", "14 DECEMBRE 2017. - Arrêté du Gouvernement de la Communauté française "
                         "fixant le montant des bourses d'études pour l'année académique 2018-2019",
                         "MINISTERE DE LA COMMUNAUTE FRANCAISE", "15-01-2018", "1234")

#: (keyword, language) → result pages, each a list of hits, newest promulgation first.
#: Searches the spider makes that are not listed here get one empty page.
SEARCH_HITS: dict[tuple[str, str], list[list[Hit]]] = {
    ("stage", "fr"): [[GRANTS_2017, DECREE_FR, ROAD_SIGNS], [ROAD_WORKS]],
    ("stage", "nl"): [[ROAD_SIGNS_NL, DECREE_NL]],
    ("bourse", "fr"): [[GRANT_AMOUNTS_2018, MARKETS, GRANTS_2017]],
    ("subvention", "fr"): [[ROAD_SUBSIDIES, DECREE_FR]],
}
SEARCHES: dict[tuple[str, str], list[list[Hit]]] = {
    (keyword, language): SEARCH_HITS.get((keyword, language), [[]])
    for keyword in DEFAULT_SEARCH_KEYWORDS
    for language in keyword_languages(keyword)
}
PER_PAGE = 3  # [I] small, so that the snapshot needs a second page

SEARCH_LABELS = {
    "fr": {"heading": "Résultats de la recherche", "count": "texte(s) trouvé(s) pour",
           "pages": "page {n} de {total}", "published": "Publié le", "page": "page",
           "empty": "Aucun texte ne correspond à votre recherche.", "crumb": "Résultats de la recherche"},
    "nl": {"heading": "Zoekresultaten", "count": "tekst(en) gevonden voor", "pages": "bladzijde {n} van {total}",
           "published": "Gepubliceerd op", "page": "bladzijde",
           "empty": "Geen tekst komt overeen met uw zoekopdracht.", "crumb": "Zoekresultaten"},
}


def search_page_url(keyword: str, language: str, number: int) -> str:
    """Result page ``number``: the spider's first URL (``page=`` empty), then ``page=N``."""
    url = search_url(keyword, language, SEARCH_FROM, SEARCH_TO, base=HOST)
    return url if number == 1 else url.replace("&page=&", f"&page={number}&")


NL_MONTHS = [
    "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
    "september", "oktober", "november", "december",
]


def long_date(iso: str, language: str) -> str:
    """``2017-03-01`` → ``1er mars 2017`` / ``1 maart 2017``, as the live result list prints dates."""
    if language == "fr":
        return long_fr(iso)
    year, month, day = (int(x) for x in iso.split("-"))
    return f"{day} {NL_MONTHS[month - 1]} {year}"


def search_hit(lab: Labels, hit: Hit) -> str:
    """One entry in the live list's markup as other scrapers read it (title link, long-form date, numac button)."""
    labels = SEARCH_LABELS[lab.code]
    day, month, year = hit.published.split("-")
    href = (f"article.pl?language={lab.code}&lg_txt={lab.letter}&sum_date=&pd_search={year}-{month}-{day}"
            f"&numac_search={hit.numac}&caller=list&view_numac={hit.numac}{lab.letter}")
    comment = "<!-- FICTIONAL act, see docs/snapshot-ejustice.md -->\n" if hit.fictional else ""
    return f"""                {comment}<div class="list-item">
                  <div class="list-item--content">
                    <p class="list-item--subtitle">{esc(hit.source)}</p>
                    <a class="list-item--title" href="{esc(href)}">{esc(hit.heading, named_entities=True)}</a>
                    <p class="list-item--date">{esc(labels["published"])} {esc(long_date(f"{year}-{month}-{day}", lab.code))} - {labels["page"]} {hit.page}</p>
                  </div>
                  <div class="list-item--button"><a class="button" href="{esc(href)}">{hit.numac}</a></div>
                </div>
"""


def search_switch(lab: Labels, keyword: str) -> str:
    """Language links of a result page: the same search in the other language [I]."""
    items = []
    for code in ("nl", "fr", "de"):
        url = search_url(keyword, code, SEARCH_FROM, SEARCH_TO, base=HOST).removeprefix(HOST)
        active = "active" if code == lab.code else ""
        items.append(
            '              <li class="nav-language-item">\n'
            f'                <a href="{esc(url)}" class="nav__language-button {active}">{code.upper()}</a>\n'
            "              </li>"
        )
    return "\n".join(items)


def build_search_page(keyword: str, language: str, number: int, total: int, hits: list[Hit]) -> str:
    """One page of Justel's result list, in the 2024 design (markup [I], see docs/snapshot-ejustice.md)."""
    lab = FR if language == "fr" else NL
    labels = SEARCH_LABELS[language]
    count = sum(len(page) for page in SEARCHES[(keyword, language)])
    if hits:
        body = (f'                <p class="list-item--subtitle">{count} {esc(labels["count"])} '
                f'&laquo; {esc(keyword)} &raquo; : {labels["pages"].format(n=number, total=total)}</p>\n'
                + "".join(search_hit(lab, hit) for hit in hits))
    else:
        body = f'                <p class="plain-text">{esc(labels["empty"])}</p>\n'
    pager = ""
    if total > 1:
        links = []
        if number > 1:
            links.append((number - 1, "&lt;"))
        links += [(n, str(n)) for n in range(1, total + 1)]
        if number < total:
            links.append((number + 1, "&gt;"))
        anchors = "".join(
            f'<a class="{"pagination-next" if text == "&gt;" else "pagination-button"}'
            f'{" active" if n == number and text.isdigit() else ""}" '
            f'href="{esc(search_page_url(keyword, language, n).removeprefix(HOST + "/cgi_loi/"))}">{text}</a>'
            for n, text in links
        )
        pager = f'                <div class="pagination-container">{anchors}</div>\n'
    fictional = any(hit.fictional for hit in hits)
    comment = ("Snapshot: Justel search result list built by data/snapshot/build_ejustice.py; markup inferred"
               + ("; lists FICTIONAL acts" if fictional else "") + "; see docs/snapshot-ejustice.md")
    return (
        page_head(lab, "", comment, switch=search_switch(lab, keyword), crumb=labels["crumb"])
        + f"""              <div id="list-title-1" class="box">
                <h2 class="list-title" id="list-link-1">{esc(labels["heading"])}</h2>
{body}{pager}              </div>
"""
        + page_foot(lab)
    )


def snapshot_files() -> dict[str, bytes]:
    """Every snapshot file, relative path → bytes."""
    meta, chapters = read_seed()
    files = {
        f"eli/arrete/2016/12/09/{NUMAC}/justel/index.html": build_decree_fr(meta, chapters),
        f"eli/besluit/2016/12/09/{NUMAC}/justel/index.html": build_decree_nl(meta, chapters),
        "robots.txt": ROBOTS_TXT.encode("ascii"),
        "mopdf/2016/12/23_1.pdf": tiny_pdf("Moniteur belge 23-12-2016 - snapshot placeholder"),
        f"img_l/pdf/2016/12/09/{NUMAC}_F.pdf": tiny_pdf(f"Justel {NUMAC} FR - snapshot placeholder"),
        f"img_l/pdf/2016/12/09/{NUMAC}_N.pdf": tiny_pdf(f"Justel {NUMAC} NL - snapshot placeholder"),
        "eli/arrete/2016/12/09/2016099999/justel/index.html": build_help_page(),
        f"eli/arrete/2017/03/10/{FICTIONAL_NUMAC}/justel/index.html": build_no_text_shell(),
        f"cgi_loi/article.pl/index@language=fr&lg_txt=f&cn_search={FICTIONAL_CN}&caller=eli"
        f"&view_numac={FICTIONAL_CN}fr.html": build_legacy_fallback(),
    }
    for (keyword, language), pages in SEARCHES.items():
        for number, hits in enumerate(pages, start=1):
            url = search_page_url(keyword, language, number)
            files[path_for(url).as_posix()] = build_search_page(keyword, language, number, len(pages), hits)
    # HTML as cp1252 bytes, the rest already bytes
    return {path: data if isinstance(data, bytes) else data.encode("cp1252") for path, data in files.items()}


def main() -> None:
    for relative, data in snapshot_files().items():
        write_bytes(relative, data)


if __name__ == "__main__":
    main()
