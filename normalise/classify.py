"""Is this page an opportunity a student can apply to, and of which kind?

A page is an opportunity when it *invites the reader to apply or submit*
("Déposez votre projet pour le 15 mars", "Les candidatures sont à envoyer
pour…", "uiterlijk op…", "Deadline: …"). Words that merely name a kind of
opportunity are not enough: a news report mentions "stagiaires", a
cooperation report mentions "futurs appels à projets", a conference page has
dates and "Inscription obligatoire". So the decision is made in two steps:

1. count *invitation* cues (application verbs, deadlines next to an
   application word, offers) against *event* and *news* cues;
2. only for opportunities, pick the kind whose cues weigh most.

The title weighs three times the body (it is the editor's own summary of the
page) and the URL slug twice; body cues count once per occurrence. Matching
is done on accent-folded lower-case text so "Déposez" and "deposez" agree.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from dataclasses import dataclass

from normalise import languages
from normalise.literals import Prefilter
from normalise.patterns import literal_alternation

KINDS = (
    "internship", "scholarship", "call_for_projects", "competition", "summer_school",
    "training", "job", "event", "news", "legal_scheme", "other",
)

_TITLE_WEIGHT = 3
_URL_WEIGHT = 2
#: An explicit request to apply weighs more than an offer merely named.
_REQUEST_WEIGHT = 2
#: Invitation weight needed to call a page an opportunity.
_OPPORTUNITY_THRESHOLD = 2


@dataclass(frozen=True)
class Classification:
    """Whether a page is an opportunity, its kind, and the cue that decided."""

    is_opportunity: bool
    kind: str
    reason: str
    #: The weights the rules counted (invitation = 2 × request + offer), for the model in
    #: ``normalise.opportunity_model`` that weighs them with the page's words.
    request: int = 0
    offer: int = 0
    event: int = 0
    news: int = 0
    #: The kind whose cues weigh most, and what the page is if it is not an opportunity: the other
    #: verdict's kind when the model overrules the rules.
    opportunity_kind: str = "other"
    report_kind: str = "news"


@lru_cache(maxsize=8)
def _fold(text: str) -> str:
    """Lower-case, accents removed, typographic apostrophes made plain.

    Cached for the last few texts: the classifier and the opportunity model fold the same page.
    """
    text = text.replace("\u2019", "'").replace("\u2018", "'")
    if text.isascii():
        return text.lower()
    # Decomposed accents are dropped with every other non-ASCII sign ("€",
    # "œ"), none of which any cue needs.
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()


def _cues(*patterns: str) -> re.Pattern[str]:
    """One regex for a family of cues, built so the regex engine can skip ahead.

    Python's engine scans fast only when every branch of an alternation opens
    with a literal character: it then jumps over every position whose
    character opens no branch. A cue written ``\\bdate limite`` opens with a
    word boundary, which disables that scan, so each cue is rewritten with its
    boundary *after* the first letter (``d(?<!\\wd)ate limite``, which
    matches exactly the same text) and the cues are grouped by that letter.
    A group that opens a cue (``\\b(?:envoyer|introduire) …``) is first
    distributed into one cue per alternative. Cues keep their order within a
    letter, and cues of different letters cannot match at the same place, so
    ``finditer`` returns exactly what the plain alternation returned.
    """
    expanded = [cue for pattern in patterns for cue in _distribute(pattern)]
    plain = "|".join(f"(?:{p})" for p in patterns)
    groups: dict[str, list[str]] = {}
    prefixes: list[str] = []
    for cue in expanded:
        head = re.match(r"\\b([a-z0-9])", cue)
        if head is None:
            return re.compile(plain)  # a cue that cannot be rewritten: keep the plain form
        letter = head.group(1)
        groups.setdefault(letter, []).append(cue[head.end():])
        prefixes.append(letter + _literal_prefix(cue[head.end():]))
    fast = re.compile("|".join(
        f"{letter}(?<!\\w{letter})(?:{'|'.join(f'(?:{rest})' for rest in rests)})"
        for letter, rests in groups.items()
    ))
    _PREFIXES[id(fast)] = tuple(prefixes)
    return fast


#: The literal text every match of a rewritten family opens with, one per cue, by the family's ``id``: a pattern's
#: own hash reads its whole compiled code (26 µs for the invitation cues), and the families are looked up on every
#: page. The families are module constants, so their ids stay theirs.
_PREFIXES: dict[int, tuple[str, ...]] = {}


def _literal_prefix(rest: str) -> str:
    """The plain characters a cue's remainder opens with ("ate limite" of "ate limite\\b")."""
    prefix = []
    for index, char in enumerate(rest):
        if not (char.isalnum() or char in " '-,"):
            break
        if rest[index + 1 : index + 2] in ("?", "*", "+", "{"):
            break  # an optional character ends what is certain
        prefix.append(char)
    return "".join(prefix)


def _candidate_finder(patterns: list[re.Pattern[str]]) -> re.Pattern[str]:
    """Word starts where a cue of any rewritten family may begin: one scan for every family."""
    by_letter: dict[str, list[str]] = {}
    for pattern in patterns:
        for prefix in _PREFIXES.get(id(pattern), ()):
            by_letter.setdefault(prefix[0], []).append(prefix[1:])
    # Every cue opens a word: "(?<!\w)" first rejects the inside of a word before any branch is tried.
    return re.compile("(?<!\\w)(?:" + "|".join(
        f"{re.escape(letter)}{literal_alternation(rests, shortest=True)}"
        for letter, rests in sorted(by_letter.items())
    ) + ")")


def _syntax(pattern: str):
    """(index, character, depth) of each character of ``pattern`` that is regex syntax.

    Escapes and character classes are skipped; ``depth`` counts the groups
    open around the character (a group's own parentheses are at the depth
    outside it).
    """
    depth, index, in_class = 0, 0, False
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            index += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == ")":
            depth -= 1
            yield index, char, depth
        else:
            yield index, char, depth
            if char == "(":
                depth += 1
        index += 1


def _closing(pattern: str, opening: int) -> int:
    """Index of the parenthesis that closes the one at ``opening``."""
    outside = None
    for index, char, depth in _syntax(pattern):
        if index == opening:
            outside = depth
        elif outside is not None and char == ")" and depth == outside:
            return index
    raise ValueError(f"unbalanced pattern: {pattern!r}")


def _top_level_alternatives(pattern: str) -> list[str]:
    """``pattern`` split at its top-level ``|``."""
    bars = [index for index, char, depth in _syntax(pattern) if char == "|" and depth == 0]
    return [pattern[start + 1 : end] for start, end in zip([-1, *bars], [*bars, len(pattern)])]


def _distribute(pattern: str) -> list[str]:
    """``\\b(?:a|b)rest`` as ``[\\barest, \\bbrest]``, recursively; other patterns as they are."""
    alternatives = _top_level_alternatives(pattern)
    if len(alternatives) > 1:
        return [cue for alternative in alternatives for cue in _distribute(alternative)]
    if not pattern.startswith("\\b(?:"):
        return [pattern]
    close = _closing(pattern, 2)
    rest = pattern[close + 1 :]
    inners = _top_level_alternatives(pattern[5:close])
    if rest.startswith("?") and not rest.startswith("??"):
        # "(?:job )?vacancy": with the group first, then without, as the engine tries them.
        rest = rest[1:]
        inners = [*inners, ""]
    elif rest[:1] in ("?", "*", "+", "{"):
        return [pattern]  # a repeated group: kept as it is
    return [cue for inner in inners for cue in _distribute("\\b" + inner + rest)]


# Patterns are written against folded text (no accents, lower case).
_DATE_WORDS = (
    r"(?:\d{1,2}(?:er)?\s+(?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre"
    r"|januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"
    r"|january|february|march|may|june|july|august|october)|\d{1,2}/\d{1,2}(?:/\d{2,4})?"
    r"|(?:january|february|march|april|may|june|july|august|september|october|november|december) \d{1,2}\b"
    r"|(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|maandag|dinsdag|woensdag|donderdag|vrijdag"
    r"|monday|tuesday|wednesday|thursday|friday),?\s+(?:\d|(?:january|february|march|april|may|june|july"
    r"|august|september|october|november|december) \d))"
)

#: Cues that the page asks the reader to apply or submit something (weight 2).
_INVITATION = _cues(
    # French
    # "La date limite tombe souvent en février" (an interview's advice) names no date.
    r"\bdate limite\b(?=\D{0,80}\d)", r"\bdate de cloture\b", r"\bcloture de l'appel\b",
    r"\bpostule[rz]?\b", r"\bcandidatez\b", r"\bdeposez votre (?:projet|candidature|dossier|demande)\b",
    r"\bdeposer (?:un|votre|son) (?:projet|dossier|demande)\b", r"\bdeposer une demande\b",
    r"\bintroduction des candidatures\b", r"\b(?:candidatures?|demandes?) (?:doivent|doit|sont a|est a|peuvent)\b",
    r"\b(?:candidatures?|demandes?|dossiers?) (?:sont|seront) (?:recues|acceptees|recevables)\b",
    r"\b(?:candidatures?|demandes?|dossiers?) (?:sont|est|seront|sera) (?:introduite?s?|deposee?s?|envoyee?s?|adressee?s?)\b",
    r"\b(?:envoyer|envoyez|introduire|introduisez|soumettre|soumettez) (?:votre|vos|sa|ses|leurs?|une|un|les) "
    r"(?:candidature|dossier|demande|projet|texte|oeuvre|manuscrit|essai|film|portfolio|cv)",
    # "La candidature à ce dispositif d'aide est désormais ouverte", "les inscriptions sont ouvertes".
    r"\b(?:candidatures?|inscriptions?|appel) [^.\n]{0,50}?(?:est|sont|reste|restent) (?:desormais |maintenant "
    r"|a present )?ouverte?s?\b",
    # "Les intéressés doivent s'enregistrer en ligne", "peuvent s'inscrire".
    r"\b(?:doivent|doit|peuvent|peut) s'(?:enregistrer|inscrire)\b",
    # A call's closing in a steps block: "ouverture en mars – fermeture en juin".
    r"\bfermeture (?:de l'appel |des candidatures )?(?:en|le|au)\b",
    # A job profile: "Profil du poste de chargé·e de projet", "Functieomschrijving", "Job description".
    r"\bprofil du poste\b", r"\bdescription (?:du poste|de (?:la )?fonction)\b", r"\bfunctieomschrijving\b",
    r"\bjob description\b", r"\bstellenbeschreibung\b",
    # "comment poser votre candidature ?", "Les candidatures sont attendues pour le 30 octobre".
    r"\bposer (?:votre|sa|leur|une|ta) candidature\b",
    r"\b(?:candidatures?|dossiers?|demandes?) (?:sont|seront|est|sera) attendue?s? (?:pour|avant|jusqu|au plus tard|d'ici)",
    # The reader addressed as a would-be applicant: "Vous souhaitez devenir auxiliaire de conversation ?",
    # "vous souhaitez effectuer un stage", "Would you like to receive a grant".
    r"\bvous (?:souhaitez|desirez|voulez) (?:devenir|effectuer|realiser|obtenir|beneficier|partir|poursuivre"
    r"|suivre|faire (?:un|une) (?:stage|sejour|formation))\b",
    r"\bwould you like to (?:receive|obtain|apply|undertake|carry out|do an? (?:internship|traineeship))\b",
    # An eligibility section: who may apply (a programme page, not a report on one).
    r"\bcriteres (?:de recevabilite|d'admissibilite|d'eligibilite)\b",
    r"\bconditions (?:de recevabilite|d'admissibilite|d'eligibilite)\b",
    r"\beligibility (?:criteria|conditions|requirements)\b", r"\b(?:to be|pour etre) eligibles?\b",
    r"\bwho can apply\b", r"\bqui peut (?:postuler|introduire|poser|candidater)\b",
    r"\b(?:is|are) (?:now )?(?:receiving|accepting) (?:candidacies|candidatures|applications)\b",
    r"\b(?:a envoyer|a introduire|a deposer|a renvoyer) (?:pour|avant|au plus tard|jusqu)",
    r"\bdossiers? (?:de candidature )?(?:sont|est) (?:acceptes?|a deposer|a introduire|a envoyer)",
    r"\binscri(?:s|vez)[- ](?:toi|vous|ton|votre)\b",
    r"\b(?:dossiers?|projets?|propositions?) (?:de candidature )?(?:doivent|doit) etre "
    r"(?:rentre|introdui|envoye|depose|soumis|transmis|remis|adresse)",
    r"\bcandidatures? (?:sont (?:ouvertes|acceptees|recevables) )?(?:jusqu'au|avant le|au plus tard)\b",
    # "Les candidatures pour les départs de septembre sont ouvertes jusqu'au 31 mars".
    r"\bcandidatures? [^.\n]{0,50}?(?:sont|seront) (?:ouvertes|acceptees|recevables) (?:jusqu'au|avant le|au plus tard)\b",
    r"\b(?:pour|avant) le " + _DATE_WORDS + r"(?: \d{4})? au plus tard\b",
    r"\bau plus tard (?:le|pour le) " + _DATE_WORDS,
    r"\b(?:pour|avant) le " + _DATE_WORDS + r"[^.\n]{0,30}(?:a minuit|\d{1,2}h)",
    # Dutch
    r"\bsolliciteren\b", r"\bsolliciteer\b", r"\bkandidaturen (?:moeten|kunnen|worden)\b",
    r"\bdien (?:je|uw) (?:aanvraag|kandidatuur|project)\b", r"\baanvragen (?:kunnen|moeten)\b",
    r"\buiterlijk (?:op|tot)\b", r"\bschrijf je in\b", r"\buiterste (?:indienings)?datum\b",
    r"\b(?:project|aanvraag|dossier|kandidatuur|aanvragen|kandidaturen|projecten) (?:in te dienen|indienen)\b",
    r"\bdien (?:je|uw|jullie) (?:aanvraag|kandidatuur|project|dossier) in\b",
    r"\bindienen (?:voor|tot|uiterlijk|ten laatste|tegen)\b", r"\bkandidaatstellen\b",
    r"\b(?:verstuur|stuur|bezorg) (?:je|uw) (?:kandidatuur|aanvraag|cv|dossier)\b",
    r"\bafsluiting van de oproep\b", r"\bafsluitingsdatum\b", r"\bstel (?:je|u) kandidaat\b",
    # "U moet uw beursaanvraag … indienen", "nieuwe aanvragen ingediend worden", "Subsidies kunnen
    # aangevraagd worden ten laatste op…", "De aanvraag voor een subsidie moet gebeuren via…".
    r"\b(?:uw|je|jouw) (?:beurs|subsidie|stage)?aanvraag\b",
    r"\b(?:aanvragen|aanvraag|kandidaturen|kandidatuur) (?:[a-z]+ ){0,2}?ingediend (?:worden|kan|kunnen|moet|moeten)\b",
    r"\b(?:kunnen|kan|moet|moeten) (?:[a-z]+ )?aangevraagd worden\b",
    r"\baanvraag voor (?:een|de) [a-z]+ moet\b", r"\bten laatste (?:op|tegen)\b",
    r"\buiterlijk (?:een|twee|drie|vier|\d+) (?:dag|dagen|week|weken|maand|maanden) (?:voor|na)\b",
    # Who may apply, in Dutch: "Wie komt in aanmerking?", "Voor wie is deze subsidie bedoeld?", "De
    # financiering is bedoeld voor kandidaten die…", a "Voorwaarden (kandidaatstelling)" heading line.
    r"\bwie komt in aanmerking\b", r"\bvoor wie is (?:deze|de|dit|het) [a-z]+ bedoeld\b",
    r"\b(?:is|zijn) bedoeld voor (?:kandidaten|studenten|jongeren|aanvragers)\b",
    r"\bvoorwaarden(?<![^\n]voorwaarden)(?: kandidaatstelling| voor (?:subsidiering|de beurs|deelname))?\s*\n",
    # English
    # Not "the first calls for applications are expected": a call announced is not yet open.
    r"\bdeadlines?\b", r"\bapply\b",
    r"\bapplication(?<!for application)s? (?:must|should|are|is|can|will be accepted|close|closes)\b"
    r"(?! (?:expected|foreseen))",
    r"\b(?:candidates|applicants) (?:must|should|are invited to|can|may) (?:send|submit|apply|register)\b",
    r"\bsubmit (?:your|an|a|their)\b",
    r"\bcall for (?:applications|proposals|projects|candidates)\b(?! (?:is|are) (?:expected|foreseen|planned))",
    r"\bclosing date\b", r"\bclosing of the call\b",
    r"\bwho (?:is|are) eligible\b", r"\b(?:is|are) eligible to (?:apply|receive|participate)\b",
    # A job advertisement's gender marker: "Assistant en gestion archivistique (m/f/x)", "(m/w/d)".
    r"\b(?:m|h|f|v|w)/(?:f|h|v|w|m)/(?:x|d)\)",
    # How to take part: "Hoe deelnemen?", "Comment postuler ?", "How to apply", "Wie bewerbe ich mich?"
    r"\bhoe (?:deelnemen|aanvragen|indienen|inschrijven|solliciteren)\b",
    r"\bcomment (?:postuler|participer|candidater|s'inscrire|introduire)\b", r"\bhow to (?:participate|enter)\b",
    r"\bwie bewerbe ich mich\b", r"\b(?:aanvraagtermijn|indieningstermijn)\b",
    # The reader told what they can get: "vous pouvez bénéficier d'une aide", "et si j'y avais droit ?"
    r"\bvous pouvez (?:obtenir|beneficier|recevoir|demander|introduire|solliciter)\b",
    r"\b(?:vous avez|y avais|y avez) droit\b",
    r"\bapplication (?:form|process|procedure|portal|period)\b",
    # A lookahead: "by <date> at midnight" after it is a second cue, not consumed by this one.
    r"\bto be (?:sent|submitted|returned|e-?mailed|received)(?= (?:by|before|no later than|until)\b)",
    r"\bsend (?:your|an|the|a) (?:application|cv|candidacy|proposal|project)\b",
    r"\b(?:by|before|no later than) (?:the )?" + _DATE_WORDS
    + r"[^.\n]{0,30}(?:midnight|noon|\d{1,2}(?:[:.]\d\d| ?[ap]\.?m))",
    r"\b(?:voor|tegen|tot en met) " + _DATE_WORDS + r"[^.\n]{0,30}(?:middernacht|\d{1,2}(?:[:.]\d\d)? ?u(?:ur)?\b)",
    # German (folded: "Anträge" reads "antrage", "können" "konnen")
    r"\bbewerbungsschluss\b", r"\bbewerben sie sich\b", r"\bjetzt bewerben\b",
    r"\bbewerbungs(?:frist|unterlagen|verfahren|formular|portal|zeitraum)\b",
    r"\b(?:konnen|durfen|sollten|mussen) sich [a-z ]{0,40}?bewerben\b", r"\bwer kann sich bewerben\b",
    r"\bantrags(?:frist|formular|schluss|berechtigt|stellung)\b", r"\bantrage (?:konnen|sind|mussen|werden)\b",
    r"\bantrag (?:stellen|einreichen|kann|muss)\b", r"\b(?:einzureichen|eingereicht werden)\b",
    r"\bteilnahmebedingungen\b", r"\b(?:aufforderung|aufruf) zur einreichung\b", r"\bforderaufruf\b",
    # Probed (v119): the reader told how to apply in words the lists above missed: "remplissez le formulaire", "Le
    # dossier de candidature comprend …", "Je kan een beurs aanvragen via …", "Meld je aan via het formulier",
    # "Interessierte melden sich per E-Mail", "Interested candidates should email their CV".
    r"\bremplir le formulaire\b", r"\bremplissez le formulaire\b",
    r"\bdossier de candidature (?:comprend|doit|contient|se compose|est compose)\b",
    r"\b(?:kan|kunt|kunnen|mag|mogen) (?:je |u |jullie )?(?:een |de |het |jouw |je |uw )?[a-z]+ aanvragen\b",
    r"\bmeld (?:je|u) (?:dan )?aan\b",
    r"\binteressierte (?:melden sich|wenden sich|senden)\b", r"\bmelden sie sich\b", r"\bmelde dich\b",
    r"\b(?:e-?mail|send) (?:your|their|a|an) (?:cv|application|resume|portfolio)\b",
)

#: Weaker cues (weight 1): an offer or a call named, not yet an explicit request.
_OFFER = _cues(
    # "Appel à candidature", "appel annuel à candidatures": the singular and an adjective too.
    r"\boffres? de stage\b", r"\bappel (?:[a-z]+ ){0,2}?a (?:candidatures?|projets|propositions)\b",
    r"\b(?:offre|octroie|propose|accorde)n?t? (?:une|des|un programme de) bourses?\b", r"\bprojectoproep\b",
    r"\bbourses?\b(?:\s+[\w']+){0,3}?\s+offertes?\s+(?:par|aux?)\b", r"\bcette bourse (?:vous )?est destinee\b",
    r"\boffres? de stage\b[^.\n]{0,40}\b(?:sont|est) disponibles?\b",
    # The fields of a posting ("Fonction: Stagiaire", "Lieu d'affectation: Bruxelles").
    r"\bfonction ?: ?stagiaire\b", r"\blieu d'affectation ?:",
    # A programme page's own section headings, at a line start ("Objectif de l'aide", "Type of grant",
    # "Financial terms"): a news report does not open sections with them.
    *(
        rf"\b{first}(?<![^\n]{first}) (?:{rest})\b"
        for first, rest in (
            ("objectif", "de l'aide"), ("nature", "du soutien"), ("notre", "soutien"), ("our", "support"),
            ("type", "of grant|de bourse|of programmes?|de programmes?"), ("types", "of programmes?|de programmes?"),
            ("financial", "terms|arrangements"), ("modalites", "financieres"),
            ("what", "is the support"),
        )
    ),
    # A page title that offers: "Obtenir une bourse d'excellence…", "Obtain a grant for…".
    *(
        rf"\b{first}(?<![^\n]{first}) (?:{rest})\b"
        for first, rest in (
            ("obtenir", "une (?:bourse|aide|subvention)|un (?:soutien|financement)"),
            ("obtain", "an? (?:grant|scholarship|fellowship)"),
            ("beneficier", "d'une (?:bourse|aide|subvention)"),
        )
    ),
    # A programme described to its public: "permettent de recevoir une aide financière", "Le soutien du
    # BIJ consiste en une aide financière", "biedt … beurzen aan".
    r"\bpermet(?:tent)? de (?:recevoir|beneficier d'|obtenir) une aide financiere\b",
    r"\bsoutien (?:du|de la|de l'|de) ?[a-z]+ consiste en\b",
    r"\bbiedt (?:[a-z()]+ ){0,5}?(?:beurzen|subsidies?|een beurs|een subsidie) aan\b",
    r"\bvacature\b", r"\boffre d'emploi\b", r"\b(?:job )?vacancy\b", r"\bis recruiting\b",
    # A heading that names the offer: "Internship at the FAO…", "Stage bij…", "Beurzen voor…",
    # "Oproep tot kandidaturen" (at a line start, so a news sentence about "an internship at" does not
    # count). The line-start test is a lookbehind after the word: a pattern that opens with a literal
    # keeps the regex engine's fast scan for its first characters.
    *(
        rf"\b{word}(?<![^\n]{word})s? (?:{after})\b"
        for words, after in (
            (("internship", "traineeship"), "at|in|with"),
            (("stage",), "bij|in|aan|op"),
            (("scholarship", "fellowship", "grant"), "for|to|in|at"),
            (("beurs", "studiebeurs"), "voor|in|aan"),
        )
        for word in words
    ),
    r"\bbeurzen(?<![^\n]beurzen) (?:voor|in|aan)\b", r"\bstudiebeurzen(?<![^\n]studiebeurzen) (?:voor|in|aan)\b",
    r"\boproep (?:tot|voor) (?:kandidaturen|kandidaten|projecten|voorstellen)\b",
    # English and Dutch: what is funded, a call in the plural
    r"\bwhat we (?:will )?fund\b", r"\b(?:scholarships?|fellowships?|grants?|traineeships?|internships?|awards?) "
    r"(?:are|is) (?:available|offered|open)\b", r"\boproepen (?:tot|voor) (?:voorstellen|kandidaturen|projecten)\b",
    # German: a call named, a programme offered ("Ausschreibung", "vergibt … Stipendien", "gefördert werden")
    r"\bausschreibung\b", r"\bvergibt\b", r"\bgefordert werden\b", r"\bwir bieten\b", r"\bfordert\b",
)

#: Registering counts as applying only for a course (summer school,
#: training); registering for a conference or a webinar does not.
_REGISTRATION = _cues(
    r"\binscriptions? (?:gratuites? |obligatoires? |en ligne |sont ouvertes |est ouverte )?"
    r"(?:jusqu'au|avant le|au plus tard)",
    r"\binschrijven kan tot\b", r"\bregister by\b", r"\bregistration deadline\b",
)
_COURSE_KINDS = ("summer_school", "training")

#: Cues that the page reports on something or announces an event.
_EVENT = _cues(
    r"\bexposition\b", r"\bvernissage\b", r"\bconference\b", r"\bcolloque\b", r"\bseminaire\b",
    r"\bwebinaire\b", r"\bwebinar\b", r"\bfestival\b", r"\bconcert\b", r"\bspectacle\b", r"\bsalon\b",
    r"\bfoire\b", r"\bcommissaire d'exposition\b", r"\btentoonstelling\b", r"\bexhibition\b",
    r"\bsymposium\b", r"\bjournee d'etude\b", r"\bstudiedag\b", r"\bausstellung\b", r"\bconferentie\b",
    r"\bcongres\b", r"\blezing\b", r"\bkonferenz\b",
)
_NEWS = _cues(
    r"\blaureats?\b", r"\bretour sur\b", r"\ba souligne\b", r"\bsouligne-t-il\b", r"\bprecise-t-il\b",
    # Not "partenariat", "coopération", "samenwerking": programmes are named after them ("Appel à projets de
    # partenariat pour le développement"); a report says more than that word.
    r"\bcet article\b", r"\binterview\b", r"\bentretien avec\b",
    r"\bpar(?<![^\n]par) [a-z]+ [a-z]+\n", r"\bont ete (?:selectionnes|recompenses|soutenus)\b",
    r"\bdecouvrez\b", r"\bwinners?\b", r"\bwere awarded\b", r"\bterugblik\b", r"\bwerden geselecteerd\b",
    r"\bsigned an? (?:agreement|memorandum|convention|partnership)\b", r"\bondertekend\b",
    r"\baldus\b", r"\blook(?:s|ed)? back\b", r"\btook place\b", r"\bvond plaats\b",
    # Interviews and testimonies of former beneficiaries; results of a call in English.
    r"\bpropos recueillis\b", r"\brencontre avec\b", r"\btemoign(?:e|age|ages)\b",
    r"\bancien(?:ne)?s? (?:boursier|boursiere|stagiaire|laureat)", r"\b(?:qu'|comment )avez-vous\b",
    r"\blaureates?\b", r"\bsaid the\b", r"\b(?:were|have been|has been) selected\b",
    # Probed (v120): press releases, grants received, calls closed and testimonies in the four languages.
    r"\bcommunique de presse\b", r"\bpersbericht\b", r"\bpressemitteilung\b", r"\bpress release\b",
    r"\bont (?:recu|obtenu) (?:une|un|des|leur) (?:bourse|prix|subside|subvention)",
    r"\bkregen (?:een|hun) (?:beurs|prijs|subsidie)\b", r"\berhielten (?:ein|einen|eine|das|den|die) [a-z]*(?:stipendium|preis|forderung)\b",
    r"\breceived (?:a|an|the|their) (?:scholarship|grant|award|prize|fellowship)s?\b",
    r"\bl'appel (?:est|a ete) (?:cloture|clos|termine|ferme)\b", r"\bde oproep is (?:afgesloten|gesloten|beeindigd)\b",
    r"\bausschreibung ist (?:beendet|abgeschlossen|geschlossen)\b", r"\bthe call (?:is|has) (?:now )?(?:closed|ended)\b",
    r"\bnous raconte\b", r"\bvertelt over\b", r"\bgetuigenis\b", r"\berfahrungsbericht\b", r"\berzahlt von\b",
    r"\btestimonials?\b", r"\btells us about\b", r"\bretour en images\b",
    r"\bwinnaars? (?:van|zijn)\b", r"\bpreistrager(?:innen)?(?: und preistrager)? stehen fest\b",
)

#: Kind cues: (kind, pattern, weight). Stronger phrases weigh more.
_KIND_CUES: tuple[tuple[str, re.Pattern[str], int], ...] = (
    # English "stage" ("every stage of creation") is not an internship.
    ("internship", _cues(r"\bstage(?<!every stage)(?<!each stage)(?<!this stage)(?<!that stage)(?<!early stage)"
                         r"(?<!final stage)s?\b(?! of\b)",
                         r"\bstagiaires?\b", r"\binternships?\b", r"\bintern\b",
                         r"\bstagiairs?\b", r"\bpraktikum\b"), 1),
    ("scholarship", _cues(r"\bbourses?\b", r"\bscholarships?\b", r"\bfellowships?\b", r"\b(?:studie)?beurs\b",
                          r"\b(?:studie|onderzoeks|reis|zomer)?beurzen\b",
                          r"\bstipendi(?:um|en)\b", r"\bgrants?\b"), 1),
    ("call_for_projects", _cues(r"\bappels? a projets\b", r"\bdeposez votre projet\b", r"\bdeposer un projet\b",
                                r"\bcloture de l'appel\b", r"\bcall for (?:proposals|projects)\b",
                                r"\bprojectoproep\b", r"\bappel a propositions\b", r"\bsubmit (?:a|your) project\b",
                                r"\b(?:een|je|uw) project (?:in te dienen|indienen)\b",
                                r"\bdien (?:je|uw) project in\b",
                                r"\bclosing (?:date )?of the call\b", r"\bafsluiting(?:sdatum)? van de oproep\b",
                                r"\boproep (?:tot|voor) (?:projecten|voorstellen)\b",
                                r"\b(?:par|per) proje(?:c)?t\b"), 3),
    ("competition", _cues(r"\bconcours\b", r"\bprix\b", r"\bwedstrijd\b", r"\bcompetition\b", r"\bcontest\b",
                          r"\bprijs\b", r"\bwettbewerb\b"), 1),
    ("summer_school", _cues(r"\bcours d'ete\b", r"\buniversite d'ete\b", r"\becole d'ete\b",
                            r"\bsummer ?schools?\b", r"\bzomerschool\b", r"\bzomercursus\b",
                            r"\bsommerschule\b", r"\bsommerkurs\b"), 2),
    ("training", _cues(r"\bformations?\b", r"\bopleiding\b", r"\btraining\b", r"\bworkshop\b",
                       r"\bweiterbildung\b"), 1),
    ("job", _cues(r"\boffres? d'emploi\b", r"\bvacatures?\b", r"\brecrutement\b", r"\brecrute\b",
                  r"\bjob offer\b", r"\bvacancy\b", r"\bis recruiting\b", r"\bwe are hiring\b", r"\bstellenangebot\b",
                  r"\bcontrat a duree\b", r"\bcdd\b", r"\bcdi\b"), 2),
)

#: Where a cue of any family may begin (see ``_cues``).
_CANDIDATE = _candidate_finder(
    [_INVITATION, _OFFER, _REGISTRATION, _EVENT, _NEWS, *(pattern for _, pattern, _ in _KIND_CUES)]
)
#: The families (``id`` of their pattern) whose cues open with these two characters (one, for a cue whose certain
#: prefix is a letter).
_FAMILIES_AT: dict[str, tuple[int, ...]] = {}
for _family, _prefixes in _PREFIXES.items():
    for _head in {prefix[:2] for prefix in _prefixes}:
        _FAMILIES_AT[_head] = (*_FAMILIES_AT.get(_head, ()), _family)

#: Tie-break between kinds of equal weight: the more specific kind first.
#: An event named as what a grant pays for: it does not count against the page.
_PAID_EVENT = Prefilter(re.compile(
    r"\b(?:pour|to|for|voor|um|afin de|für)\s+(?:(?:presenter|participer|assister|se rendre|present|attend|participate"
    r"|deel te nemen|bij te wonen|teilzunehmen|vorzustellen)\b[^.\n]{0,50}?"
    r"|(?:un|une|le|la|les|des|a|an|the|een|de|het|einen|eine|den|die)\s+)"
    r"(?:congres|conference|colloque|seminaire|symposium|congress|workshop|kongress|konferenz|conferentie)"
))
_KIND_PRIORITY = ("call_for_projects", "summer_school", "job", "internship", "scholarship", "competition", "training")

# Competition cues that are not a competition: a "Prix Nobel" laureate, a price.
_NOT_COMPETITION = Prefilter(re.compile(r"\bprix nobel\b|\bnobelprijs\b|\ba prix\b|\bprix d'achat\b|\bprix de (?:vente|revient)\b"))


def _weighted_count(
    pattern: re.Pattern[str], parts: list[tuple[str, int]], candidates: list[dict[int, list[int]]] | None = None
) -> tuple[int, str | None]:
    """Total weight of matches over (text, weight) parts, and the first cue found.

    ``candidates`` (one mapping per part, from ``_candidates``) lets a rewritten
    family be matched only where one of its cues may begin.
    """
    total, first = 0, None
    fast = candidates is not None and id(pattern) in _PREFIXES
    for index, (text, weight) in enumerate(parts):
        matches = _matches_at(pattern, text, candidates[index].get(id(pattern), ())) if fast else pattern.finditer(text)
        for match in matches:
            total += weight
            first = first or match.group(0)
    return total, first


def _candidates(text: str) -> dict[int, list[int]]:
    """Every position where a cue of a rewritten family may begin (overlaps included), in order, by family.

    One scan finds where any family's cue may begin; the first two characters there (or the first, for a
    one-letter prefix) say whose. Families are keyed by ``id``: a pattern's own hash reads its whole code.
    """
    found: dict[int, list[int]] = {}
    search = _CANDIDATE.search
    match = search(text)
    while match:
        start = match.start()
        families = _FAMILIES_AT.get(text[start : start + 2], ())
        if single := _FAMILIES_AT.get(text[start]):
            families = tuple(dict.fromkeys(families + single))
        for family in families:
            found.setdefault(family, []).append(start)
        match = search(text, start + 1)
    return found


def _matches_at(pattern: re.Pattern[str], text: str, candidates: list[int]):
    """What ``pattern.finditer(text)`` returns, trying only the candidate positions.

    ``finditer`` returns the leftmost match, then searches again from its end;
    every match begins at a candidate, so trying the candidates in order from
    that end finds the same matches.
    """
    position = 0
    match_at = pattern.match
    for start in candidates:
        if start < position:
            continue
        match = match_at(text, start)
        if match:
            yield match
            position = max(match.end(), start + 1)


def _leading_heading(text: str) -> str | None:
    """The first line when it reads like a title: short, no final full stop."""
    first = text.lstrip().split("\n", 1)[0].strip()
    if first and len(first) <= 120 and not re.search(r"[.!?:;,]$", first):
        return first
    return None


def _head_kind(title: str) -> str | None:
    """The kind whose cue comes first in a title."""
    folded = _fold(title)
    first: tuple[int, str] | None = None
    for kind, pattern, _ in _KIND_CUES:
        text = _NOT_COMPETITION.sub(" ", folded) if kind == "competition" else folded
        match = pattern.search(text)
        if match and (first is None or match.start() < first[0]):
            first = (match.start(), kind)
    return first[1] if first else None


#: The title of a legal act ("Arrêté du Gouvernement de la Communauté française…", "Besluit van de Vlaamse
#: Regering…", "Decreet betreffende…"), read on folded text.
_LEGAL_ACT_TITLE = re.compile(
    r"^(?:\d{1,2}(?:er)? [a-z]+ \d{4}\.? -\s*)?(?:arrete|decret|ordonnance|loi|besluit|decreet|ordonnantie|wet"
    r"|ministerieel besluit|koninklijk besluit|erlass|dekret)\b"
)
#: An act that creates a scheme someone can apply to (not any law).
_SCHEME_WORD = re.compile(
    r"\b(?:bourses?|subventions?|subventionnement|allocations?|primes?|stages?|aides?|mobilite|soutien"
    r"|subsidie\w*|toelagen?|premies?|tegemoetkoming\w*|stipendi\w*|\w*beur(?:s|zen)\w*)\b"
)
#: The articles of an act ("Article 1er.", "Art. 2.", "Artikel 1.").
_ARTICLES = re.compile(r"(?m)^\W*(?:article 1er|art(?:ikel|\.)? ?\d+\.?)", re.IGNORECASE)
_RECITALS = re.compile(r"(?m)^\W*(?:vu|gelet op|considerant)\b", re.IGNORECASE)
#: The Moniteur belge's title line of an act: its date in capitals, a dash, the act ("18 NOVEMBRE 2021. - Décret …",
#: "23 APRIL 2020. - Besluit van de Regering …").
_JOURNAL_TITLE_LINE = re.compile(
    r"(?m)^\d{1,2}(?:ER)?\s+[A-ZÉÛÄ]{3,9}\s+\d{4}\.\s+-\s+(?:Arrêté|Décret|Ordonnance|Loi|Besluit|Decreet|Ordonnantie|Wet"
    r"|Ministerieel|Koninklijk|Erlass|Dekret)\b"
)
_LEGAL_SOURCE = re.compile(r"ejustice\.just\.fgov\.be|/eli/(?:arrete|decret|loi|besluit|decreet|wet)")


def is_legal_scheme(title: str, text: str, url: str | None = None) -> bool:
    """A legal act (Justel, Moniteur) that creates a grant or internship scheme.

    A plain-text act has no source to say so: its title (the page title or
    its first line) names an act and a scheme, and its body is a list of
    articles.
    """
    if url and _LEGAL_SOURCE.search(url):
        return True
    if title:
        headings = [_fold(title)]
    else:
        # A relay of the Moniteur opens with a line or two ("publié le 21 octobre 2008") before the title.
        lines = [line.strip() for line in (text or "").lstrip().split("\n", 4)[:4] if line.strip()]
        headings = [_fold(line[:300]) for line in lines[:3]]
    if not any(_LEGAL_ACT_TITLE.match(h) and _SCHEME_WORD.search(h) for h in headings):
        return False
    articles = len(_ARTICLES.findall(text[:20000]))
    # A stored act may be cut after its first article, or before it: its recitals ("Vu …", "Gelet op …") still
    # show it, and so does the Moniteur's own dated title line ("23 AVRIL 2020. - Arrêté du Gouvernement …").
    return (articles >= 2 or articles + len(_RECITALS.findall(text[:20000])) >= 2
            or _JOURNAL_TITLE_LINE.search(text[:3000]) is not None)


def _slug(url: str | None) -> str:
    if not url:
        return ""
    path = re.sub(r"^[a-z]+://[^/]+", "", url.lower())
    return _fold(re.sub(r"[-_/]+", " ", path))


def classify(
    title: str,
    text: str,
    *,
    url: str | None = None,
    language: str = "fr",
    kind_hint: str | None = None,
) -> Classification:
    """Classify a page from its title, body text and URL.

    ``kind_hint`` comes from a source that knows what it holds: a Justel act
    creating a scheme is a ``legal_scheme`` whatever its wording. ``language``
    is accepted like the other normalisers' but not needed: the cue lists
    cover French, Dutch, English and German at once, as pages mix them.

    >>> classify("Offre de stage à la FAO", "Candidatures pour le 14 mars 2025 à minuit").kind
    'internship'
    """
    if kind_hint == "legal_scheme":
        return Classification(True, "legal_scheme", "source: legal act creating a scheme")
    if kind_hint == "legal_act":
        return Classification(False, "other", "source: legal act governing no grant or internship scheme")
    if kind_hint is None and is_legal_scheme(title, text, url):
        return Classification(True, "legal_scheme", "wording: legal act creating a scheme")
    parts = [(_fold(title or ""), _TITLE_WEIGHT), (_slug(url), _URL_WEIGHT), (_fold(text or ""), 1)]
    if not title:
        heading = _leading_heading(text or "")
        if heading:
            # Counted once more on top of the body: a plain-text body often
            # starts with the page title.
            parts.append((_fold(heading), _TITLE_WEIGHT - 1))

    # One scan for where any cue may begin; each family is then tried there only.
    candidates = [_candidates(part) for part, _ in parts]
    request, request_cue = _weighted_count(_INVITATION, parts, candidates)
    offer, offer_cue = _weighted_count(_OFFER, parts, candidates)
    invitation, invitation_cue = _REQUEST_WEIGHT * request + offer, request_cue or offer_cue
    event, event_cue = _weighted_count(_EVENT, parts, candidates)
    # "allocations de 500 € pour présenter un poster à un congrès": the event is what the grant pays for.
    event = max(0, event - sum(weight * len(_PAID_EVENT.findall(part)) for part, weight in parts))
    news, news_cue = _weighted_count(_NEWS, parts, candidates)

    kind_scores: dict[str, int] = {}
    kind_cue: dict[str, str] = {}
    for kind, pattern, weight in _KIND_CUES:
        cleaned, cleaned_candidates = parts, candidates
        if kind == "competition":
            cleaned = [(_NOT_COMPETITION.sub(" ", t), w) for t, w in parts]
            # (``Prefilter.sub`` gives the text itself back when nothing matched: the candidates still hold.)
            if any(new is not old for (new, _), (old, _) in zip(cleaned, parts)):
                cleaned_candidates = None  # other text: scanned in full
        score, cue = _weighted_count(pattern, cleaned, cleaned_candidates)
        if score:
            kind_scores[kind] = kind_scores.get(kind, 0) + score * weight
            kind_cue.setdefault(kind, cue or "")

    if kind_scores and max(kind_scores, key=kind_scores.get) in _COURSE_KINDS:
        registration, registration_cue = _weighted_count(_REGISTRATION, parts, candidates)
        invitation += _REQUEST_WEIGHT * registration
        invitation_cue = invitation_cue or registration_cue

    # The head noun of the title names the thing offered: "Bourses pour
    # des cours d'été" is a scholarship, "Stage d'été" an internship.
    head = _head_kind(title or _leading_heading(text or "") or "")
    if head in kind_scores:
        kind_scores[head] += 2 * _TITLE_WEIGHT

    # A report or an event page may still carry one stray invitation-like
    # phrase ("Inscription obligatoire", "futurs appels à projets"); it takes
    # clearly more invitation than reporting to call it an opportunity.
    background = max(event, news)
    best_kind = (
        max(kind_scores, key=lambda k: (kind_scores[k], -_KIND_PRIORITY.index(k))) if kind_scores else "other"
    )
    weights = {"request": request, "offer": offer, "event": event, "news": news, "opportunity_kind": best_kind,
               "report_kind": "event" if event > news else "news"}
    if invitation >= _OPPORTUNITY_THRESHOLD and invitation * 2 > background:
        if kind_hint in KINDS and kind_hint not in ("event", "news", "other"):
            return Classification(True, kind_hint, f"hint: {kind_hint}; invitation: {invitation_cue!r}", **weights)
        if kind_scores:
            return Classification(True, best_kind, f"invitation: {invitation_cue!r}; kind cue: {kind_cue[best_kind]!r}",
                                  **weights)
        return Classification(True, "other", f"invitation: {invitation_cue!r}; no kind cue", **weights)
    if kind_hint in ("event", "news"):
        return Classification(False, kind_hint, f"hint: {kind_hint}", **weights)
    if event > news:
        return Classification(False, "event", f"event cue: {event_cue!r}; invitation weight {invitation}", **weights)
    if news > 0:
        return Classification(False, "news", f"news cue: {news_cue!r}; invitation weight {invitation}", **weights)
    return Classification(False, "news", f"no invitation to apply (weight {invitation})", **weights)


_STOP_WORDS = languages.stop_words()
_WORD = re.compile(r"[a-zà-öø-ÿ]+")


def detect_language(text: str) -> str:
    """The page language ("fr", "nl", "en", "de") by stop-word counts.

    Only the first ~2000 characters are read; a tie or an empty text gives
    "fr", the language of most pages in the catalogue.

    >>> detect_language("De kandidaturen moeten uiterlijk op 15 maart worden ingediend.")
    'nl'
    """
    words = _WORD.findall(text[:2000].lower())
    counts = {lang: sum(1 for w in words if w in stops) for lang, stops in _STOP_WORDS.items()}
    best = max(counts, key=lambda lang: (counts[lang], lang == "fr"))
    return best if counts[best] > 0 else "fr"
