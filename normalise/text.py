"""Text clean-up and sentence splitting shared by every normaliser.

Every extracted fact keeps the sentence it came from as evidence, so the
normalisers work sentence by sentence: this module decides once what a
"sentence" is (a line of the page body, split further at sentence ends) and
removes the page furniture that would otherwise be read as facts twice
(the teaser that Drupal repeats as the first body paragraph) or make a page
look changed when it is not ("Last edited il y a 3 minutes").
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from normalise import languages
from normalise.languages import de

#: Editor residue that WBI leaves inside some bodies (SOURCES.md §1.3).
TRANSIENT_TEXT = re.compile(r"Last edited il y a \d+ (?:minutes?|heures?|jours?)", re.IGNORECASE)

#: Widget labels that are not content ("Bouton - en savoir plus").
_FURNITURE_LINES = re.compile(
    r"^(?:Bouton\s*-\s*en savoir plus|En savoir plus|Retour au début|Back to top|Imprimer|Print)$",
    re.IGNORECASE,
)

# A sentence ends at . ! ? followed by a space and an upper-case letter, a
# digit, an opening quote or the "[" that opens an amendment in Justel acts;
# but not after abbreviations that Belgian pages use mid-sentence ("art. 2",
# "p. 33419", "n° 5", "Mme. X").
_ABBREVIATIONS = (
    "art", "al", "pp", "no", "nr", "cf", "ex", "etc", "mr", "mme", "dr", "prof",
    "st", "vol", "min", "max", "env", "approx", "chap", "sect", "ch",
    # German and Dutch mid-sentence abbreviations: "zwischen 73,00 EUR (z. B. Ungarn) und …", "bzw.", "bv."
    "bzw", "ca", "usw", "evtl", "ggf", "vgl", "inkl", "zzgl", "bspw", "sog", "bv", "resp", "cfr", "vs",
    # "von mind. 8 Wochen", "mtl. 300 Euro", "2 Mio. Euro", "bijv. Erasmus", "ong. 3 maanden", "incl. reis"
    "mind", "mtl", "zw", "mio", "mrd", "mln", "bijv", "ong", "vb", "incl", "excl",
    # currencies written as abbreviations: "Rs. 15,000/- per month", "Fr. 3000.–"
    "rs", "fr", "sfr",
    # A single letter: an initial ("J. Dupont") or the end of "e.g.", "i.e.", "z. B.", "o.a.", "m.b.t.".
    *"abcdefghijklmnopqrstuvwxyz",
)
#: Month names and abbreviations of every language ("sept", "févr", "okt").
_MONTH_NAMES = frozenset(languages.months())
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"«“(\[A-ZÀ-ÖØ-Þ0-9])")
_WORD_BEFORE = re.compile(r"(\w+) ?\.$")
#: German writes ordinals with a full stop ("15. März 2026", "1. Oktober", "30. Lebensjahr"): the full stop
#: after a small number followed by a month name or a counted noun does not end a sentence.
_GERMAN_DAY_MONTH = re.compile(
    "(?:" + "|".join(name.capitalize() for names in de.MONTHS.values() for name in names)
    # and other German ordinals: "bis zum vollendeten 30. Lebensjahr", "ab dem 3. Semester"
    + r"|Lebensjahr(?:es)?|Geburtstag(?:es)?|Semester|Studienjahr(?:es)?|Jahrhundert)\b",
    re.IGNORECASE,  # "BEWERBUNGSSCHLUSS: 15. MÄRZ 2026" in capitals is one sentence too
)
#: The rest of a German numeric date spaced after its dots ("15. 3. 2023", "15.3. 2023"): no sentence ends inside.
_DATE_REST = re.compile(r"(?:[01]?\d\.\s?)?(?:19|20)\d\d(?!\d)")
_SPACE_RUNS = re.compile(r"[ \t\f\v]{2,}|[\t\f\v]")


@dataclass(frozen=True)
class Sentence:
    """One unit of evidence: its text and the heading it sits under."""

    text: str
    heading: str | None = None
    line: int = 0
    #: Where the sentence stands in the text it was split from (``text[start:end]`` is the sentence as
    #: written, bullet and all): the span a fact's evidence points to.
    start: int = 0
    end: int = 0
    #: The label over the heading's own label: "Application deadlines:" above "EU students:" above "1 February"
    #: (lists of dates per group of applicants). None for a heading that stands alone.
    group: str | None = None
    #: The header row of the table a row sits in ("Level | Monthly amount" over "PhD | €1,200"): the rows of
    #: figures above a row are its ``heading``, and only the header says what every row's column holds.
    table_header: str | None = None


def normalise_spaces(text: str) -> str:
    """NFC, no-break and thin spaces as plain spaces, runs of spaces folded."""
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\u00a0", " ").replace("\u202f", " ").replace("\u2009", " ")
    text = text.replace("\u2019", "'").replace("\u2018", "'")
    # The substitution scans every character; most bodies need none.
    if "  " in text or "\t" in text or "\f" in text or "\v" in text:
        text = _SPACE_RUNS.sub(" ", text)
    return text


def clean_text(text: str) -> str:
    """Body text ready for extraction and hashing.

    Strips transient editor text and widget labels, and removes blocks of
    lines that repeat the block just before them (the Drupal teaser that is
    printed again as the lead paragraph), so a fact is read once.
    """
    text = TRANSIENT_TEXT.sub("", normalise_spaces(text))
    lines = [line.strip() for line in text.splitlines()]
    lines = [line for line in lines if line and not _FURNITURE_LINES.match(line)]
    return "\n".join(_drop_repeated_blocks(lines))


def _drop_repeated_blocks(lines: list[str], longest: int = 12) -> list[str]:
    """Remove a block of lines printed twice in a row, keeping the second copy.

    The second copy may end with a longer paragraph than the first (the
    teaser is a cut-down lead paragraph), so its last line only has to start
    with the first copy's last line.
    """
    out: list[str] = []
    for line in lines:
        out.append(line)
        for size in range(1, min(longest, len(out) // 2) + 1):
            if size > 1 and out[-2 * size] != out[-size]:
                continue  # the blocks differ in their first line (the common case, tested first)
            first, second = out[-2 * size : -size], out[-size:]
            if first[:-1] != second[:-1]:
                continue
            if first[-1] == second[-1] or (len(first[-1]) >= 30 and second[-1].startswith(first[-1])):
                out[-2 * size :] = second
                break
    return out


def split_sentences(line: str) -> list[str]:
    """Split one line at sentence ends, keeping abbreviations whole."""
    pieces: list[str] = []
    start = 0
    for match in _SENTENCE_END.finditer(line):
        before = line[start : match.start()]
        # Only the last token can be an abbreviation; searching the whole
        # piece made long lines quadratic.
        tokens = before.rsplit(None, 2)
        # "Donnerstag, 5 . Mai 2016": a full stop set apart from its number is still the number's
        last = f"{tokens[-2]} ." if tokens[-1] == "." and len(tokens) > 1 else tokens[-1]
        word = _WORD_BEFORE.search(last)
        if word and word.group(1).lower() in _ABBREVIATIONS:
            continue
        if word and word.group(1).isdigit() and len(word.group(1)) <= 2 and (
                _GERMAN_DAY_MONTH.match(line, match.end()) or _DATE_REST.match(line, match.end())):
            continue
        if word and word.group(1).lower() in _MONTH_NAMES and line[match.end() : match.end() + 1].isdigit():
            continue  # "Next deadline Sept. 12, 2018": an abbreviated month before its day
        pieces.append(before.strip())
        start = match.end()
    pieces.append(line[start:].strip())
    return [piece for piece in pieces if piece]


def _looks_like_heading(line: str) -> bool:
    """Short lines without final punctuation are section headings on these sites.

    A line with a date is not ("15 mars 2025"), but a line naming deadlines
    with their year is: "Deadlines 2020", "Die Fristen im Jahr 2026" head the
    dates listed below. (Any line with a year would also make "Ausschreibung …
    im Jahr 2023" the heading of the amounts below, read as yearly.)
    """
    stripped = line.rstrip()
    if len(stripped) > 80 or stripped.startswith(("-", "•", "*")) or stripped.endswith((".", ";", ",", "!", "?")):
        return False
    if _LIST_JOINER.fullmatch(stripped):
        return False  # "en" between two bullets joins them: the label above still heads the second
    if not _FOUR_DIGITS.search(stripped):
        return True
    # … and so is a timeline's: "Calendrier 2024", "Tijdlijn 2024", "Zeitplan 2024" over dates without their year
    return _YEAR_HEADING.fullmatch(stripped) is not None and (
        _DEADLINES_NAMED.search(stripped.lower()) is not None or _TIMELINE_NAMED.match(stripped) is not None)


_LIST_JOINER = languages.cue_pattern("list_joiner")
_FOUR_DIGITS = re.compile(r"\d{4}")
_DIGIT = re.compile(r"\d")
#: A list item's bullet, dropped from its text.
_BULLET = re.compile(r"^[-•*–]\s*")
#: A heading naming its year: words and one year, no other number.
_YEAR_HEADING = re.compile(r"[^\W\d_][^\d.;,!?:]{0,60}?\s(?:19|20)\d\d")
#: The deadline cues, compiled as ``normalise.dates`` compiles them (one pattern, read on lower-case text).
_DEADLINES_NAMED = languages.cue_pattern("deadline_cue", flags=0)
#: A timeline by its name, then its year.
_TIMELINE_NAMED = re.compile(r"(?:calendrier|calendar|timeline|tijdlijn|tijdschema|kalender|zeitplan|planning)\s+(?:19|20)\d\d$",
                             re.IGNORECASE)


#: How long a header row's cell may be: a label, not a sentence.
_HEADER_CELL = 40


def _header_row(row: str) -> str | None:
    """A table's first row when it is its header, short labels without figures ("Level | Monthly amount"), else None."""
    cells = [cell.strip() for cell in row.split("|")]
    if _DIGIT.search(row) or any(len(cell) > _HEADER_CELL or "." in cell for cell in cells):
        return None
    return row


def sentences(text: str) -> list[Sentence]:
    """Sentences of a cleaned body, each with the nearest heading above it.

    List items ("- étudiants en bac : 500€/mois") are sentences of their own;
    the leading bullet is dropped. A line ending with a colon ("Bourses
    d'études :") is kept as a sentence and also becomes the heading of the
    items below it, which is how per-level amounts learn what they apply to.
    A label followed at once by another label ("Application deadlines:",
    "EU students:") is the ``group`` of that label and of its siblings below,
    until a sentence or a section title (a heading-like line without digits)
    ends the list.
    """
    return list(_sentences(text))


def body_sentences(text: str) -> list[Sentence]:
    """``sentences(normalise_spaces(text))``, cached for the last few bodies.

    ``extract_record`` hands the same body to the deadline, stipend and
    duration normalisers, which each used to normalise and split it again.
    """
    return list(_body_sentences(text))


# A small cache (``Sentence`` is immutable): it serves the normalisers of one
# page, not a page read again later (the extraction benchmark cycles through
# more distinct pages than this, so it measures no cross-page reuse).
_CACHE_SIZE = 4


@lru_cache(maxsize=_CACHE_SIZE)
def _body_sentences(text: str) -> tuple[Sentence, ...]:
    return _sentences(normalise_spaces(text))


def _sentences(text: str) -> tuple[Sentence, ...]:
    result: list[Sentence] = []
    heading: str | None = None
    group: str | None = None
    label_before = False  # the line just before was a label ending with a colon
    table_header: str | None = None  # the header row of the table being read
    in_table = False  # the line before was a row of the same table
    position = 0
    for number, raw in enumerate(text.splitlines()):
        line_start = text.find(raw, position)
        position = line_start + len(raw)
        line = raw.strip()
        if not line:
            continue
        item = _BULLET.sub("", line)
        if "|" not in item:
            table_header, in_table = None, False
        elif not in_table:
            table_header, in_table = _header_row(item), True
        cursor = line_start
        for piece in split_sentences(item):
            start = text.find(piece, cursor)
            cursor = start + len(piece)
            result.append(Sentence(piece, heading, number, start, cursor, group,
                                   table_header if "|" in item and item != table_header else None))
        if line.endswith(":"):
            if label_before:
                group = heading
            heading, label_before = item.rstrip(" :"), True
            continue
        label_before = False
        heading_like = _looks_like_heading(line)
        # "1 February" under "EU students:" keeps the list open, and so does a bullet with its date ("- 2 mai 2024 –
        # projet se déroulant entre le 13 juin et le 31 décembre ;"); a sentence or a title ends it
        if not (heading_like or item != line) or not _DIGIT.search(line):
            group = None
        if heading_like:
            heading = item.rstrip(" :")
    return tuple(result)
