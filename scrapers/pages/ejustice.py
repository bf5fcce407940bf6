"""Page objects for eJustice / Justel: one act page in, typed fields out.

Parsing only: no network, no Scrapy.  The same code reads the live site and
the bundled snapshot (docs/snapshot-ejustice.md), and is tested on saved bytes.

Two layouts are understood (/work/shared/SOURCES.md §2.2 and §2.3):

* the 2024 Justel design (``/eli/<type>/…/justel``): ``div.list`` holding
  ``div.box`` blocks, each opened by an ``h2.list-title``;
* the pre-2024 table layout, still served by the ``/cgi_loi/article.pl``
  fallback: metadata in ``body > table[1] th[1]``, text in ``body > table[3]``.

Boxes are chosen by their heading text (FR/NL/DE), then by position: the ids
on the live pages are unreliable (duplicated ``id`` attributes, ``inhoud`` on
NL pages but something else on FR ones).  Every selector is a module constant
so that a markup change is a one-line fix, and a page that matches neither
layout raises ``PageLayoutError`` instead of returning empty fields.

``JustelSearchPage`` reads a result list of Justel's search
(``/cgi_loi/list.pl``, §2.5): one ``div.list-item`` per act, as on the
Moniteur summaries.  ``search_url``, ``is_student_scheme_title`` and
``other_language_eli`` are the pure helpers the spider's discovery uses.
"""
from __future__ import annotations

import hashlib
import html as html_lib
import re
import unicodedata
from dataclasses import asdict, dataclass
from datetime import date
from urllib.parse import parse_qs, quote, urljoin, urlsplit

from lxml import etree

from normalise.classify import is_legal_scheme
from scrapers.pages import NotContent
from scrapers.pages.encoding import decode_html
from scrapers.pages.links import web_url
from scrapers.pages.tree import PRESERVE_WHITESPACE, classes, find, is_element, parse, select, select_one, string, text_of

LIVE_BASE = "https://www.ejustice.just.fgov.be"

# --------------------------------------------------------------------------
# Selectors and label tables (change here when the site changes)
# --------------------------------------------------------------------------
SEL_BOX = "div.list div.box"
SEL_BOX_HEADING = "h2.list-title"
SEL_NUMAC_TAG = "span.tag"
SEL_TITLE = "p.list-item--title"
SEL_METADATA = "div.plain-text"
SEL_MODIFIED_NUMAC = "span.tag-small a"
SEL_ACTIVE_LANGUAGE = "a.nav__language-button.active"
SEL_CANONICAL_ELI = "a#link-text"
SEL_EXTERNAL_LINKS = "div.links-box.external-links a[href]"
SEL_ARTICLE_ANCHOR = re.compile(r"^Art\.(.+)$")  # <A NAME='Art.1er'>
SEL_HEADING_ANCHOR = re.compile(r"^LNK\d+$")  # <A NAME='LNK0001'> (text side of the TOC)
PDF_ORIGINAL_PATH = "/mopdf/"
PDF_CONSOLIDATED_PATH = "/img_l/pdf/"
#: The archived-versions list: ``article.pl?…&arch=166…`` on the live pages (tests/fixtures/justel/).
ARCHIVED_VERSIONS_LINK = re.compile(r"/cgi_loi/article\.pl\?(?:[^#]*&)?arch=\d+")

BOX_HEADINGS = {
    "title": {"titre", "titel"},
    "toc": {"table des matieres", "inhoudstafel", "inhaltsverzeichnis"},
    "text": {"texte", "tekst", "text"},
}
# Position of each box in div.list when a heading is not recognised.
BOX_POSITIONS = {"title": 0, "toc": 1, "text": 2}

# Metadata labels of the title box, accents stripped, lower case, no colon.
METADATA_LABELS = {
    "source": "source", "bron": "source", "quelle": "source",
    "publication": "publication", "publicatie": "publication", "veroffentlichung": "publication",
    "numero": "number", "nummer": "number",
    "page": "page", "bladzijde": "page", "seite": "page",
    "dossier numero": "dossier", "dossiernummer": "dossier", "aktenzeichen": "dossier",
    "entree en vigueur": "in_force", "inwerkingtreding": "in_force", "inkrafttreten": "in_force",
    "fin de validite": "end_of_validity", "einde geldigheid": "end_of_validity",
    "ende der gultigkeit": "end_of_validity",
}
MODIFIES_LABEL = re.compile(r"^(ce texte modifie|deze tekst (heeft|wijzigt)|dieser text (andert|hat))")
LABEL_LANGUAGE = {"publication": "fr", "publicatie": "nl", "veroffentlichung": "de"}

# Legacy layout: one text block of "Label : value" pieces.
LEGACY_FIELDS = {
    "publication": r"Publi(?:cation|catie|katie)\s*:\s*(\d{2}-\d{2}-\d{4})",
    "number": r"(?:num[ée]ro|nummer)\s*:\s*([0-9AB]{10})",
    "page": r"(?:page|bladzijde)\s*:\s*(\d+)",
    "dossier": r"(?:Dossier\s*num[ée]ro|Dossiernummer)\s*:\s*(\d{4}-\d{2}-\d{2}/\d+)",
    "in_force": r"(?:vigueur|Inwerkingtreding)\s*:\s*(\d{2}-\d{2}-\d{4})",
    "end_of_validity": r"(?:Fin de validit[ée]|Einde geldigheid)\s*:\s*(\d{2}-\d{2}-\d{4})",
    "source": r"(?:Source|Bron)\s*:\s*(.+)",
}

# ELI type words; FR and NL ELIs of one act normalise to the same French word.
ACT_TYPES = {
    "constitution": "constitution", "grondwet": "constitution",
    "loi": "loi", "wet": "loi",
    "decret": "decret", "decreet": "decret",
    "ordonnance": "ordonnance", "ordonnantie": "ordonnance",
    "arrete": "arrete", "besluit": "arrete",
}
ELI_PATH = re.compile(r"/eli/(?P<type>[a-z]+)/(?P<y>\d{4})/(?P<m>\d{2})/(?P<d>\d{2})/(?P<numac>[0-9AB]{10})", re.I)

NON_CONTENT_MARKERS = {
    # F5 "TSPD" bot-defence shell (SOURCES.md §2.7).
    "bot_challenge": re.compile(r"\bTSPD\b|bobcmn"),
    # Server-side SQL failure; be_law_tools checks this exact string.
    "server_error": re.compile(r"error select", re.I),
    # ELI help page, answered with HTTP 200 for an unknown ELI (§2.1).
    "eli_help": re.compile(
        r"<title>\s*ELI\s+-\s+BELGIE|<FONT SIZE=6>\s*(?:Help Eli|Aide ELI)"
        r"|n'a pas trouvé de réponse|heeft geen resultaat opgeleverd",
        re.I,
    ),
    # Justel knows the act but has no consolidated text (§2.2).
    # Full attested phrases only: an article may well say "n'est pas disponible".
    "no_text": re.compile(
        r"\((?:NOTE|NOTA)\s*:\s*(?:pas de texte disponible|geen tekst beschikbaar)\)"
        r"|version intégrale et consolidée de ce texte n['’]est pas disponible"
        r"|geconsolideerde versie van deze tekst is niet beschikbaar",
        re.I,
    ),
}
TEXT_BOX_ID = re.compile(r"""\bid\s*=\s*["']?text["'\s>]""", re.I)

MONTHS = {
    # French (accents stripped), Dutch, German.
    "janvier": 1, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7,
    "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "decembre": 12,
    "januari": 1, "februari": 2, "maart": 3, "april": 4, "mei": 5, "juni": 6, "juli": 7,
    "augustus": 8, "oktober": 10, "december": 12,
    "januar": 1, "februar": 2, "marz": 3, "august": 8, "dezember": 12,
}
LONG_DATE = re.compile(r"\b(\d{1,2})(?:er|e)?\s+([^\W\d_]+)\s+(\d{4})\b")
SHORT_DATE = re.compile(r"\b(\d{2})-(\d{2})-(\d{4})\b")
TITLE_NOTE = re.compile(r"\s*\((?:NOTE|NOTA|ANMERKUNG)\s*:\s*(?P<note>[^)]*)\)\s*$")
#: A change note printed raw in the text (``; <L 1999-05-07/61, art. 2, 025; …>``): HTML parsers
#: would take ``<L …>`` for a tag and drop it, so it is escaped before parsing.
RAW_CHANGE_NOTE = re.compile(r"<(?=[A-Z][A-Za-z]{0,5}\s+\d{2,4}-\d{2}-\d{2,4}\b)")
TITLE_DATE_PREFIX = re.compile(r"^\s*\d{1,2}(?:er|ER)?\s+[^\W\d_]+\s+\d{4}\.\s*-\s*")
CONSOLIDATED_ON = re.compile(r"(?:mise à jour au|tekstbijwerking tot|aktualisiert am)\s*(\d{2}-\d{2}-\d{4})", re.I)
ARCHIVED_VERSIONS = re.compile(r"(\d+)\s+(?:versions? archivées?|gearchiveerde versies?|archivierte Fassung)", re.I)
FOOTNOTE = re.compile(r"^\((?P<number>\d+)\)\s*<(?P<body>.*)>\s*$")
INLINE_NOTE = re.compile(r"^<(?P<body>[^<>]*\d{4}-\d{2}-\d{2}/\d+[^<>]*)>$")
AMENDING_ACT = re.compile(r"\b(?P<reference>[A-Z][A-Za-z]{0,5}\s+(?P<dossier>\d{4}-\d{2}-\d{2}/\d+))")
AMENDED_ARTICLE = re.compile(r"\bart\.\s*(?P<article>[^,;>]+)")
AMENDMENT_IN_FORCE = re.compile(r"(?:En vigueur|Inwerkingtreding|Inkrafttreten)\s*:\s*(\d{2}-\d{2}-\d{4})")
SEPARATOR = re.compile(r"^-{5,}$")

_ARTICLE_MARK = "\x00ART:"
_ARTICLE_MARK_RE = re.compile(r"\x00ART:([^\x00]*)\x00")
_HEADING_MARK = "\x00HEAD\x00"


# --------------------------------------------------------------------------
# Non-content answers (decoding: scrapers.pages.encoding)
# --------------------------------------------------------------------------
class NonContentPage(NotContent):
    """eJustice answered, but not with an act (help page, bot wall, error…).

    ``kind`` is one of ``bot_challenge``, ``eli_help``, ``no_text``,
    ``server_error``.  For ``no_text`` shells, ``fallback_url`` is the legacy
    ``/cgi_loi/article.pl`` view built from the shell's own dossier number,
    which may still carry the text (§2.2).
    """

    def __init__(self, kind: str, url: str, fallback_url: str | None = None):
        self.kind = kind
        self.url = url
        self.fallback_url = fallback_url
        super().__init__(f"{url}: eJustice answered with a {kind} page, not an act")


class PageLayoutError(ValueError):
    """The page is neither the 2024 Justel design nor the legacy layout.

    Raised instead of returning empty fields, so that a redesign of the site
    shows up as an error in the crawl, not as silently empty records.
    """


def detect_non_content(html: str, kinds: tuple[str, ...] = ("bot_challenge", "server_error", "eli_help", "no_text")) -> str | None:
    """The kind of non-content answer, or None for what looks like an act page.

    ``kinds`` limits the check: a search result list legitimately quotes
    "(NOTE : pas de texte disponible)" in its titles and has no text box.
    """
    text = html_lib.unescape(html)
    for kind in ("bot_challenge", "server_error", "eli_help"):
        if kind in kinds and NON_CONTENT_MARKERS[kind].search(text):
            return kind
    if "no_text" in kinds and NON_CONTENT_MARKERS["no_text"].search(text) and not TEXT_BOX_ID.search(html):
        return "no_text"
    return None


def legacy_article_url(cn: str, language: str = "fr", base: str = LIVE_BASE) -> str:
    """The ``/cgi_loi/article.pl`` view of dossier ``cn`` (e.g. ``2016120902``)."""
    letter = language[0]
    return urljoin(
        base,
        f"/cgi_loi/article.pl?language={language}&lg_txt={letter}&cn_search={cn}"
        f"&caller=eli&view_numac={cn}{language}",
    )


# --------------------------------------------------------------------------
# Small parsers (return None on bad input)
# --------------------------------------------------------------------------
def _fold(text: str) -> str:
    """Lower case, accents stripped, whitespace collapsed: for label matching."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(plain.lower().split())


def _clean(text: str) -> str:
    """Collapse whitespace, NBSP included."""
    return " ".join(text.split())


def parse_justel_date(text: str | None) -> date | None:
    """``23 décembre 2016``, ``1er janvier 2017``, ``12 mei 2016``, ``9 DECEMBRE 2016`` or ``01-01-2017``."""
    if not text:
        return None
    try:
        if match := SHORT_DATE.search(text):
            return date(int(match[3]), int(match[2]), int(match[1]))
        if match := LONG_DATE.search(text):
            month = MONTHS.get(_fold(match[2]))
            if month:
                return date(int(match[3]), month, int(match[1]))
    except ValueError:
        return None
    return None


def split_title_notes(title: str) -> tuple[str, list[str]]:
    """A printed title without its trailing ``(NOTE : …)`` notes, and the notes in order.

    The Code pénal prints two ("Voir la loi du …" then the consolidation
    note); all of them leave the title.
    """
    notes: list[str] = []
    while note := TITLE_NOTE.search(title):
        notes.insert(0, note["note"].strip())
        title = title[: note.start()]
    return title, notes


def _iso(text: str | None) -> str | None:
    parsed = parse_justel_date(text)
    return parsed.isoformat() if parsed else None


# --------------------------------------------------------------------------
# Value objects
# --------------------------------------------------------------------------
@dataclass(frozen=True)
class Amendment:
    """One Justel change note: ``(1)<AGF 2022-09-09/05, art. 2, 003; En vigueur : 01-01-2023>``.

    ``number`` links the note to the ``[1 … ]1`` markers of the text; it is
    None for an unnumbered inline note such as ``<Abrogé par AGF …>``.
    """

    number: int | None
    reference: str | None  # "AGF 2022-09-09/05"
    article: str | None  # "2"
    in_force: str | None  # ISO date
    raw: str  # the note as printed, without the brackets

    @property
    def dossier(self) -> str | None:
        """Dossier number of the amending act, e.g. ``2022-09-09/05`` (§2.4)."""
        match = AMENDING_ACT.search(self.reference or "")
        return match["dossier"] if match else None


def parse_amendment(note: str) -> Amendment | None:
    """``(1)<…>`` or ``<Abrogé par …>`` → Amendment; None when it is neither."""
    note = _clean(note)
    if match := FOOTNOTE.match(note):
        number, body = int(match["number"]), match["body"]
    elif match := INLINE_NOTE.match(note):
        number, body = None, match["body"]
    else:
        return None
    act = AMENDING_ACT.search(body)
    article = AMENDED_ARTICLE.search(body[act.end():] if act else body)
    return Amendment(
        number=number,
        reference=act["reference"] if act else None,
        article=article["article"].strip() if article else None,
        in_force=_iso((AMENDMENT_IN_FORCE.search(body) or [None, None])[1]),
        raw=body,
    )


@dataclass(frozen=True)
class Article:
    """One article: ``text`` is its plain text without the ``Art. N.`` label
    or the footnotes, paragraphs one per line, ``[1 … ]1`` markers kept."""

    number: str  # "1er", "2", "3bis"
    text: str
    amendments: list[Amendment]

    @property
    def repealed(self) -> bool:
        return self.text.startswith("<") and any(a.number is None for a in self.amendments)


# --------------------------------------------------------------------------
# The act page
# --------------------------------------------------------------------------
def _lines(node: etree._Element) -> list[str]:
    """Plain-text lines of an inline-HTML block: ``<BR>`` and blocks break lines.

    Article and heading anchors are kept as in-band marks so that the text
    can be split on the site's own anchors rather than on guessed wording.
    """
    out: list[str] = []

    def walk(element: etree._Element, preserve: bool) -> None:
        preserve = preserve or element.tag in PRESERVE_WHITESPACE
        if element.text:
            out.append(string(element.text, preserve))
        for child in element:
            if not is_element(child):
                pass
            elif child.tag == "br":
                out.append("\n")
            elif child.tag == "h2":
                pass
            elif child.tag == "a" and (name := child.get("name")):
                if match := SEL_ARTICLE_ANCHOR.match(name):
                    out.append(f"{_ARTICLE_MARK}{match[1]}\x00")
                elif SEL_HEADING_ANCHOR.match(name):
                    out.append(_HEADING_MARK)
                walk(child, preserve)
            elif child.tag in ("p", "div", "table", "tr", "li"):
                out.append("\n")
                walk(child, preserve)
                out.append("\n")
            else:
                walk(child, preserve)
            if child.tail:
                out.append(string(child.tail, preserve))

    walk(node, any(ancestor.tag in PRESERVE_WHITESPACE for ancestor in node.iterancestors()))
    return [line.strip() for line in "".join(out).split("\n") if line.strip()]


def _split_articles(lines: list[str]) -> tuple[list[Article], list[str]]:
    """Articles and body-text lines (footnotes and separators left out)."""
    articles: list[Article] = []
    body: list[str] = []
    current: dict | None = None

    def close() -> None:
        if current is not None:
            articles.append(Article(current["number"], "\n".join(current["lines"]), current["notes"]))

    for raw in lines:
        heading = _HEADING_MARK in raw
        line = _clean(_ARTICLE_MARK_RE.sub("", raw.replace(_HEADING_MARK, "")))
        if not line:
            continue
        if heading:
            close()
            current = None
            body.append(line)
            continue
        if match := _ARTICLE_MARK_RE.search(raw):
            close()
            number = match[1]
            label = re.compile(rf"^(?:Art(?:icle|ikel)?\.?)\s*{re.escape(number)}\s*\.\s*")
            first = label.sub("", line, count=1)
            current = {"number": number, "lines": [first] if first else [], "notes": []}
            body.append(line)
            if note := parse_amendment(first):
                current["notes"].append(note)
            continue
        if SEPARATOR.match(line):
            continue
        if FOOTNOTE.match(line):
            if current is not None and (note := parse_amendment(line)):
                current["notes"].append(note)
            continue
        body.append(line)
        if current is not None:
            current["lines"].append(line)
            if note := parse_amendment(line):
                current["notes"].append(note)
    close()
    return articles, body


class JustelActPage:
    """One Justel act page (2024 design or legacy ``article.pl`` layout).

    Fields are plain attributes computed once.  Dates are ``datetime.date``;
    URLs are absolute, resolved against ``url`` (so snapshot pages give
    loopback URLs, except the canonical ELI which the page spells out).
    Raises ``NonContentPage`` for help pages, bot walls, errors and no-text
    shells, and ``PageLayoutError`` for anything else that is not an act.
    """

    def __init__(self, url: str, html: str | bytes):
        page_text = decode_html(html) if isinstance(html, bytes) else html
        self.url = url
        kind = detect_non_content(page_text)
        root = parse(RAW_CHANGE_NOTE.sub("&lt;", page_text))
        if kind:
            raise NonContentPage(kind, url, self._fallback_for(root, url) if kind == "no_text" else None)
        boxes = self._boxes(root)
        if "title" in boxes:
            self.layout = "2024"
            fields, title_text, title_box_text = self._metadata_2024(boxes["title"])
            self.toc = _lines(boxes["toc"]) if "toc" in boxes else []
            text_lines = _lines(boxes["text"]) if "text" in boxes else []
            self.language = self._language_2024(root, fields.pop("_labels"))
        else:
            legacy = self._legacy_tables(root)
            if legacy is None:
                raise PageLayoutError(f"{url}: neither the 2024 Justel design nor the legacy layout")
            self.layout = "legacy"
            meta_cell, text_table = legacy
            fields, title_text, title_box_text = self._metadata_legacy(meta_cell)
            self.toc = []
            text_lines = _lines(text_table)
            self.language = self._language_from_url(url) or "fr"

        self.title_raw = title_text
        without_note, notes = split_title_notes(title_text)
        self.title_note = "; ".join(notes) or None
        self.title = TITLE_DATE_PREFIX.sub("", without_note).strip()
        self.numac = fields.get("number") or ""
        if not self.numac:
            raise PageLayoutError(f"{url}: no numac found; the page layout may have changed")
        self.source_authority = fields.get("source")
        self.publication_date = parse_justel_date(fields.get("publication"))
        page = re.search(r"\d+", fields.get("page") or "")
        self.publication_page = int(page[0]) if page else None
        self.dossier_number = fields.get("dossier")
        self.entry_into_force = parse_justel_date(fields.get("in_force"))
        self.end_of_validity = parse_justel_date(fields.get("end_of_validity"))
        self.modifies = fields.get("modifies", [])
        consolidated = CONSOLIDATED_ON.search(title_text)
        self.consolidation_date = parse_justel_date(consolidated[1]) if consolidated else None
        archived = ARCHIVED_VERSIONS.search(title_box_text)
        self.versions_archived = int(archived[1]) if archived else None
        self.versions_archived_url = self._link(root, url, ARCHIVED_VERSIONS_LINK)

        self.eli = self._eli(root, url)
        eli_match = ELI_PATH.search(self.eli or "")
        if eli_match:
            self.act_type = ACT_TYPES.get(eli_match["type"].lower(), eli_match["type"].lower())
            self.act_date = date(int(eli_match["y"]), int(eli_match["m"]), int(eli_match["d"]))
        else:
            first_word = _fold(self.title.split(" ", 1)[0]) if self.title else ""
            self.act_type = ACT_TYPES.get(first_word, first_word or None)
            self.act_date = parse_justel_date(without_note.split(".", 1)[0])

        self.pdf_original = self._link(root, url, PDF_ORIGINAL_PATH)
        self.pdf_consolidated = self._link(root, url, PDF_CONSOLIDATED_PATH)
        self.external_links = [
            (_clean(text_of(a)), link) for a in select(root, SEL_EXTERNAL_LINKS) if (link := web_url(a.get("href"), url))
        ]
        self.articles, body_lines = _split_articles(text_lines)
        self.body_text = "\n".join(body_lines)

    # -- derived values ----------------------------------------------------
    @property
    def published(self) -> date | None:
        """The publication in the Moniteur: when the page's text became public."""
        return self.publication_date

    @property
    def canonical_url(self) -> str | None:
        return self.eli

    @property
    def kind_hint(self) -> str:
        return act_kind_hint(self.title, self.body_text)

    @property
    def cn(self) -> str | None:
        """Dossier number without separators (``2016120902``), as in legacy URLs."""
        return self.dossier_number.replace("-", "").replace("/", "") if self.dossier_number else None

    def article(self, number: str) -> Article | None:
        return next((a for a in self.articles if a.number == number), None)

    def content_fingerprint(self) -> str:
        """SHA-256 over what a reader sees: numac, language, title and text.

        Whitespace is collapsed so that markup-only changes (indents, line
        breaks in the HTML source) do not count as a new version.
        """
        payload = "\n".join([self.numac, self.language, _clean(self.title_raw), _clean(self.body_text)])
        return hashlib.sha256(payload.encode("utf-8")).hexdigest()

    def to_dict(self) -> dict:
        """JSON-ready summary (used by the expected-output tests)."""
        return {
            "url": self.url, "layout": self.layout, "eli": self.eli, "language": self.language,
            "numac": self.numac, "title": self.title, "title_note": self.title_note,
            "act_type": self.act_type, "act_date": _isodate(self.act_date),
            "source_authority": self.source_authority,
            "publication_date": _isodate(self.publication_date), "publication_page": self.publication_page,
            "dossier_number": self.dossier_number, "entry_into_force": _isodate(self.entry_into_force),
            "end_of_validity": _isodate(self.end_of_validity), "modifies": self.modifies,
            "consolidation_date": _isodate(self.consolidation_date), "versions_archived": self.versions_archived,
            "pdf_original": self.pdf_original, "pdf_consolidated": self.pdf_consolidated,
            "external_links": [list(link) for link in self.external_links], "toc": self.toc,
            "articles": [
                {"number": a.number, "text": a.text, "amendments": [asdict(m) for m in a.amendments]}
                for a in self.articles
            ],
            "content_fingerprint": self.content_fingerprint(),
        }

    # -- 2024 design -------------------------------------------------------
    @staticmethod
    def _boxes(root: etree._Element) -> dict[str, etree._Element]:
        found: dict[str, etree._Element] = {}
        boxes = select(root, SEL_BOX)
        for box in boxes:
            heading = select_one(box, SEL_BOX_HEADING)
            label = _fold(text_of(heading)) if heading is not None else ""
            for role, names in BOX_HEADINGS.items():
                if label in names and role not in found:
                    found[role] = box
        for role, position in BOX_POSITIONS.items():
            if role not in found and len(boxes) > position and boxes[position] not in found.values():
                found[role] = boxes[position]
        if "title" in found and select_one(found["title"], SEL_TITLE) is None:
            del found["title"]
        return found

    @staticmethod
    def _metadata_2024(box: etree._Element) -> tuple[dict, str, str]:
        fields: dict = {"_labels": []}
        numac = select_one(box, SEL_NUMAC_TAG)
        if numac is not None:
            fields["number"] = _clean(text_of(numac))
        title = _clean(text_of(select_one(box, SEL_TITLE)))
        block = select_one(box, SEL_METADATA)
        label_role = None
        for element in block.iterdescendants("p", "span") if block is not None else []:
            strong = find(element, "strong") if element.tag == "p" else None
            if strong is not None:
                label = _fold(text_of(strong)).rstrip(": ").strip()
                fields["_labels"].append(label)
                if MODIFIES_LABEL.match(label):
                    label_role = "modifies"
                    fields.setdefault("modifies", [])
                    continue
                label_role = METADATA_LABELS.get(label)
                if label_role:
                    value = _clean(text_of(element).replace(text_of(strong), "", 1))
                    fields.setdefault(label_role, value)
            elif element.tag == "span" and label_role == "modifies" and "tag-small" in classes(element):
                numac_text = _clean(text_of(element))
                if re.fullmatch(r"[0-9AB]{10}", numac_text):
                    fields["modifies"].append(numac_text)
        return fields, title, _clean(text_of(box, " "))

    @staticmethod
    def _language_2024(root: etree._Element, labels: list[str]) -> str:
        """The active language button; the ``<html lang>`` attribute is always "en"."""
        active = select_one(root, SEL_ACTIVE_LANGUAGE)
        if active is not None and _clean(text_of(active)).lower() in ("fr", "nl", "de"):
            return _clean(text_of(active)).lower()
        for label in labels:
            if label in LABEL_LANGUAGE:
                return LABEL_LANGUAGE[label]
        return "fr"

    # -- legacy layout -----------------------------------------------------
    @staticmethod
    def _legacy_tables(root: etree._Element) -> tuple[etree._Element, etree._Element] | None:
        body = find(root, "body")
        tables = body.findall("table") if body is not None else []
        if len(tables) < 4:
            return None
        cells = list(tables[1].iterdescendants("th"))
        if len(cells) < 2:
            return None
        return cells[1], tables[3]

    @staticmethod
    def _metadata_legacy(cell: etree._Element) -> tuple[dict, str, str]:
        lines = _lines(cell)
        text = "\n".join(lines)
        fields: dict = {}
        for role, pattern in LEGACY_FIELDS.items():
            if match := re.search(pattern, text, re.I):
                fields[role] = _clean(match[1])
        bold = find(cell, "b")
        title = _clean(text_of(bold)) if bold is not None else (lines[0] if lines else "")
        note = next((line for line in lines if TITLE_NOTE.search(" " + line)), None)
        if note and note not in title:
            title = f"{title} {_clean(note)}"
        return fields, title, _clean(text)

    @staticmethod
    def _language_from_url(url: str) -> str | None:
        language = parse_qs(urlsplit(url).query).get("language", [None])[0]
        return language if language in ("fr", "nl", "de") else None

    # -- links -------------------------------------------------------------
    @staticmethod
    def _eli(root: etree._Element, url: str) -> str | None:
        link = select_one(root, SEL_CANONICAL_ELI)
        if link is not None and (eli := web_url(link.get("href"), url)):
            return eli
        if ELI_PATH.search(urlsplit(url).path):
            return urljoin(LIVE_BASE, urlsplit(url).path)
        return None

    @staticmethod
    def _link(root: etree._Element, url: str, path_part: str | re.Pattern) -> str | None:
        """First web link into ``path_part`` (a substring or a pattern); web_url strips the trailing spaces
        hrefs carry on the live site."""
        for anchor in select(root, "a[href]"):
            href = anchor.get("href")
            if (path_part.search(href) if isinstance(path_part, re.Pattern) else path_part in href) \
                    and (found := web_url(href, url)):
                return found
        return None

    @staticmethod
    def _fallback_for(root: etree._Element, url: str) -> str | None:
        """Legacy view of a no-text shell, from its dossier number (cn)."""
        dossier = re.search(r"(\d{4})-(\d{2})-(\d{2})/(\d+)", text_of(root, " "))
        if not dossier:
            return None
        cn = f"{dossier[1]}{dossier[2]}{dossier[3]}{int(dossier[4]):02d}"
        eli = ELI_PATH.search(url)
        language = "nl" if eli and eli["type"].lower() in ("wet", "decreet", "ordonnantie", "besluit", "grondwet") else "fr"
        return legacy_article_url(cn, language, base=url)


def _isodate(value: date | None) -> str | None:
    return value.isoformat() if value else None


# --------------------------------------------------------------------------
# Discovery: Justel's search, the student-scheme title filter, FR ⇄ NL ELIs
# --------------------------------------------------------------------------
SEARCH_PATH = "/cgi_loi/list.pl"
SEL_SEARCH_ITEM = "div.list-item"
SEL_SEARCH_TITLE = "a.list-item--title"
SEL_SEARCH_SUBTITLE = "p.list-item--subtitle"
#: The numac of an entry, in its button block (the markup other scrapers of the live list read).
SEL_SEARCH_NUMAC = "div.list-item--button a"
#: The entry's publication date, printed long-form ("17 janvier 2024", "12 mei 2016").
SEL_SEARCH_DATE = "p.list-item--date"
SEL_NEXT_PAGE = "a.pagination-next[href]"
#: Justel lists 30 acts a page: a full page without a next link still has a successor.
RESULTS_PER_PAGE = 30
# Empty result list. NL is the wording of the annexes search (§2.5); FR is ours.
NO_RESULTS = re.compile(r"Aucun texte ne correspond|Geen tekst komt overeen", re.I)
SEARCH_PAGE_NUMBER = re.compile(r"(?:bladzijde|page|seite)\s*:?\s*(\d+)", re.I)

# FR ELI type word → NL one (§2.1); the reverse map is derived.
ELI_TYPE_NL = {"constitution": "grondwet", "loi": "wet", "decret": "decreet", "ordonnance": "ordonnantie",
               "arrete": "besluit"}
ELI_TYPE_FR = {nl: fr for fr, nl in ELI_TYPE_NL.items()}

# Words of a title that make an act a candidate student scheme, per language
# (matched on folded text: lower case, no accents).  "subvention"/"subsidie"
# are search keywords but not enough on their own: most subsidy acts fund
# municipalities, roads or companies.  "bourse"/"beurs" also name the stock
# exchange, hence the exclusions.
STUDENT_TERMS = {
    "fr": re.compile(
        r"\b(?:stages?|stagiaires?|etudiant(?:e|s|es)?|allocations? d'etudes?"
        r"|bourses?(?! (?:de commerce|des valeurs|de bruxelles)))\b"
    ),
    "nl": re.compile(
        r"\b(?:stages?|stagiairs?|student(?:e|en)?|studietoelagen?|studiefinanciering"
        r"|(?:studie|reis|stage|mobiliteits)?beurs(?:en)?(?! van))\b"
    ),
}


def is_student_scheme_title(title: str) -> bool:
    """Whether an act's title names students, internships or study grants.

    A first, cheap filter on search results (FR or NL titles); what an act
    really offers is decided later by the extraction of its text.
    """
    folded = _fold(title).replace("’", "'")
    return any(pattern.search(folded) for pattern in STUDENT_TERMS.values())


def act_kind_hint(title: str, text: str) -> str:
    """What an act is for the extraction core: ``legal_scheme`` or, for any unrelated act, ``legal_act``.

    A scheme's title names students, internships or study grants and reads
    as an act creating a scheme (``normalise.classify.is_legal_scheme`` on
    title and articles, without the URL, which every act shares). A code, a
    constitution or a subsidy to an association is not one: it is no
    opportunity, and its amounts (fines, taxes, thresholds) and terms are no
    stipends or durations (``normalise.record``). An explicit hint rather
    than none keeps the core from calling every Justel URL a scheme.
    """
    return "legal_scheme" if is_student_scheme_title(title) and is_legal_scheme(title, text) else "legal_act"


def keyword_languages(keyword: str) -> tuple[str, ...]:
    """The languages a search keyword is searched in.

    ``nl:subsidie`` says it outright; a bare word goes to every language
    whose title vocabulary holds it ("stage" is French and Dutch,
    "stagiair" Dutch), and to French when none does ("subvention").
    """
    language, sep, word = keyword.partition(":")
    if sep and language in ("fr", "nl", "de"):
        return (language,)
    folded = _fold(keyword)
    found = tuple(lang for lang, pattern in STUDENT_TERMS.items() if pattern.fullmatch(folded))
    return found or ("fr",)


def search_url(keyword: str, language: str, date_from: date, date_to: date, base: str = LIVE_BASE) -> str:
    """First result page of Justel's word search, restricted to a publication window.

    The parameters are those of the attested ``list.pl`` URL (§2.5); the
    window reuses the Moniteur list's ``pdd``/``pdf`` (publication date from/to),
    which is our inference for Justel, and the live form was seen to ignore
    its date fields, so callers also filter results by date.  The keyword is
    percent-encoded as ISO-8859-1, the charset of Justel's search form.
    """
    word = keyword.partition(":")[2] if ":" in keyword else keyword
    query = (
        f"language={language}&sum_date=&trier=promulgation&fr=f&dt=&chercher=c"
        f"&text1={quote(word, safe='', encoding='latin-1', errors='xmlcharrefreplace')}&choix1=et&choix2=et"
        f"&pdd={date_from.isoformat()}&pdf={date_to.isoformat()}&page=&view_numac="
    )
    return urljoin(base, f"{SEARCH_PATH}?{query}")


def other_language_eli(eli: str) -> str | None:
    """The ELI of the same act in the other language (FR ⇄ NL), or None.

    ``/eli/arrete/2016/12/09/2016036668/justel`` ⇄ ``/eli/besluit/…/justel``:
    only the type word changes (§2.1).
    """
    match = ELI_PATH.search(eli or "")
    if not match:
        return None
    word = match["type"].lower()
    other = ELI_TYPE_NL.get(word) or ELI_TYPE_FR.get(word)
    if not other:
        return None
    return eli[: match.start("type")] + other + eli[match.end("type"):]


@dataclass(frozen=True)
class SearchEntry:
    """One act in a Justel result list."""

    numac: str
    title: str  # without the "9 DECEMBRE 2016. - " prefix
    title_raw: str  # as printed
    act_type: str | None  # French ELI type word ("arrete"), whatever the list's language
    promulgation_date: date | None
    publication_date: date | None
    publication_page: int | None
    source_authority: str | None
    url: str  # the entry's own link (article.pl), absolute
    eli: str | None  # the act's ELI (justel version) in the list's language, absolute

    @property
    def is_student_scheme(self) -> bool:
        return is_student_scheme_title(self.title)


class JustelSearchPage:
    """A result page of Justel's search (``/cgi_loi/list.pl``).

    ``entries`` are the listed acts; ``next_page_url`` the following result
    page or None.  The ELI of an entry is the one the entry links, else it is
    built from the type word of its title, its promulgation date and its
    numac, all printed in the entry (§2.1).  Raises ``NonContentPage`` for a
    bot wall or a server error and ``PageLayoutError`` for a page that is
    neither a result list nor an empty one.
    """

    def __init__(self, url: str, html: str | bytes):
        page_text = decode_html(html) if isinstance(html, bytes) else html
        self.url = url
        kind = detect_non_content(page_text, kinds=("bot_challenge", "server_error"))
        if kind:
            raise NonContentPage(kind, url)
        root = parse(page_text)
        query = parse_qs(urlsplit(url).query)
        self.language = (query.get("language") or ["fr"])[0]
        self.page_number = int((query.get("page") or ["1"])[0] or 1)
        items = [item for item in select(root, SEL_SEARCH_ITEM) if select_one(item, SEL_SEARCH_TITLE) is not None]
        if not items and not NO_RESULTS.search(text_of(root, " ")):
            raise PageLayoutError(f"{url}: neither a Justel result list nor an empty one")
        self.entries = [entry for item in items if (entry := self._entry(item)) is not None]
        self.next_page_url = self._next_page(root, len(items))

    def _entry(self, item: etree._Element) -> SearchEntry | None:
        link = select_one(item, SEL_SEARCH_TITLE)
        href = urljoin(self.url, link.get("href", "").strip())
        title_raw = _clean(text_of(link, " "))
        numac_tag = select_one(item, SEL_SEARCH_NUMAC)
        numac = _clean(text_of(numac_tag)) if numac_tag is not None else ""
        if not re.fullmatch(r"[0-9AB]{10}", numac):
            numac = (parse_qs(urlsplit(href).query).get("numac_search") or [""])[0]
        if not re.fullmatch(r"[0-9AB]{10}", numac):
            return None
        subtitle = select_one(item, SEL_SEARCH_SUBTITLE)
        date_tag = select_one(item, SEL_SEARCH_DATE)
        date_text = _clean(text_of(date_tag, " ")) if date_tag is not None else ""
        page = SEARCH_PAGE_NUMBER.search(date_text)
        without_note, _ = split_title_notes(title_raw)
        title = TITLE_DATE_PREFIX.sub("", without_note).strip()
        promulgated = parse_justel_date(without_note.split(".", 1)[0])
        act_type = next((ACT_TYPES[w] for w in map(_fold, title.split()[:3]) if w in ACT_TYPES), None)
        return SearchEntry(
            numac=numac, title=title, title_raw=title_raw, act_type=act_type,
            promulgation_date=promulgated,
            publication_date=parse_justel_date(date_text),
            publication_page=int(page[1]) if page else None,
            source_authority=_clean(text_of(subtitle)) if subtitle is not None and _clean(text_of(subtitle)) else None,
            url=href, eli=self._eli(item, act_type, promulgated, numac),
        )

    def _eli(self, item: etree._Element, act_type: str | None, promulgated: date | None, numac: str) -> str | None:
        for anchor in select(item, "a[href]"):
            if ELI_PATH.search(anchor.get("href")) and (eli := web_url(anchor.get("href"), self.url)):
                return eli
        if not (act_type and promulgated):
            return None
        word = ELI_TYPE_NL[act_type] if self.language == "nl" else act_type
        return urljoin(self.url, f"/eli/{word}/{promulgated:%Y/%m/%d}/{numac}/justel")

    def _next_page(self, root: etree._Element, listed: int) -> str | None:
        """The following result page: the pager's next link, else page n+1 after a full page.

        A full page (``RESULTS_PER_PAGE`` acts) without a next link is read
        as a pager that failed to render, not as the end: one request more
        is cheaper than a discovery cut after page one.
        """
        anchor = select_one(root, SEL_NEXT_PAGE)
        if anchor is not None and anchor.get("href").strip():
            return urljoin(self.url, anchor.get("href").strip())
        if listed < RESULTS_PER_PAGE:
            return None
        parts = urlsplit(self.url)
        page = f"page={self.page_number + 1}"
        query, found = re.subn(r"(?<![^&])page=[^&]*", page, parts.query)
        return parts._replace(query=query if found else f"{parts.query}&{page}".lstrip("&")).geturl()
