"""Who may apply: age limit, FWB institution, study levels, languages, fields.

Each fact is read clause by clause (a sentence split at ";") and every
sentence that gave one is kept as evidence. Choices a reader of the output
should know:

- **Requirements only.** A clause that states a preference or an asset ("La
  préférence ira aux candidats … de troisième cycle", "une bonne
  connaissance de l'anglais est un atout", "preferably") contributes
  nothing: the FAO internship does not *require* a doctorate, so ``phd`` is
  not among its levels.
- **requires_fwb** is True when applicants must come from a Fédération
  Wallonie-Bruxelles (or "belge francophone") institution: the mention must
  follow closely a word about the applicant's studies (inscrit, étudiant,
  diplômé, titulaire, employés…), with no word of a stay in between.
  "Wallonie-Bruxelles International (agence … pour la Fédération
  Wallonie-Bruxelles) octroie une bourse", "les membres fondateurs sont … la
  Fédération Wallonie-Bruxelles" and "des chercheurs étrangers … un séjour
  dans une université de la Fédération Wallonie-Bruxelles" (FWB is the host)
  do not count. The value is never False: a page that asks for another
  community's diploma (the Flemish decree) says nothing about FWB, so it
  stays None.
- **age_max** is the number the page states, whether the limit is exclusive
  ("moins de 35 ans", "ne pas avoir atteint 35 ans", "jonger dan 30 jaar")
  or inclusive ("âgé de 35 ans au plus", "aged 30 or under"), as CONTRACT.md
  asks; the evidence keeps the exact wording. The first limit on the page
  wins (later ones are usually exceptions).
- **levels** name who applies, not what they already hold: holding a
  degree ("titulaire d'un master", "master's degree", "masterdiploma",
  "diplômé.e") is ``graduate``; holding a doctorate is ``postdoc``; holding
  a bachelor's degree is the entry ticket to a master and gives no level.
  Enrolment ("étudiants en master", "inscrits en doctorat", "doctorants")
  gives the level itself; per-level amounts ("étudiants en master :
  600€/mois") count, since a page that pays master students admits them.
  In a clause that names a doctoral level, a held master is its
  prerequisite, not a second public ("titulaires d'un master et inscrits en
  doctorat" is ``phd`` only). "Chercheurs" gives ``researcher`` only on a
  page that names no doctoral or postdoctoral level. Students of higher
  education without a level ("étudiant.e.s régulièrement inscrit.e.s dans un
  établissement d'enseignement supérieur") are ``bachelor`` and ``master``
  when nothing on the page is more precise.
- **languages** need a requirement cue in the clause ("Langues :",
  "maîtrise", "connaissance", "fluent", "kennis van", "spreekt vlot"), so a
  programme taught "en anglais" is not a language requirement.
- **fields** are read after a field cue ("dans les domaines du", "étudiant.e
  en", "degree in") from a small vocabulary, lower case, in page order.

Speed: one scan of each line for literal trigger words decides which
families of patterns a line needs; most lines need none.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from normalise import languages
from normalise.numbers import NUMBER, NUMBER_WORD, parse_number
from normalise.literals import Literals, Prefilter
from normalise.patterns import Branches, compiled, literal_alternation, waking_words
from normalise.text import body_sentences

LEVELS = ("bachelor", "master", "phd", "postdoc", "graduate", "researcher", "staff", "secondary")


@dataclass(frozen=True)
class Eligibility:
    """Who may apply; every list is JSON-able through ``dataclasses.asdict``."""

    age_max: int | None = None
    requires_fwb: bool | None = None
    levels: list[str] = field(default_factory=list)
    graduated_within_years: int | None = None
    languages: list[str] = field(default_factory=list)
    fields: list[str] = field(default_factory=list)
    evidence: list[str] = field(default_factory=list)


def _compile(pattern: str) -> re.Pattern[str]:
    # Every pattern is written in lower case and matched against lower-cased
    # text: IGNORECASE makes these alternations two to three times slower.
    return compiled(pattern)


_PREFERENCE = Prefilter(re.compile(literal_alternation(languages.fragments("preference"))))
_CLAUSE_SPLIT = re.compile(r"\s*;\s*")

# --- Fédération Wallonie-Bruxelles -------------------------------------------------
_FWB = Prefilter(_compile(
    # "Fédération Wallonie- Bruxelles", "Wallonie – Bruxelles": the hyphen as pages really write it.
    r"f[ée]d[ée]ration[\s-]+wallonie\s*[-–]?\s*bruxelles|\bfwb\b|belges?\s+francophones?|communauté\s+française"
    r"|wallonia[-\s]brussels\s+federation|french[-\s]speaking\s+(?:belgian|community)|french\s+community\s+of\s+belgium"
    r"|federatie\s+wallonië[-\s]brussel|franse\s+gemeenschap|franstalige\s+belgische"
    # The FWB universities by name: "avoir obtenu son doctorat de l'ULB".
    r"|\bulb\b|\buclouvain\b|\buli[èe]ge\b|\bumons\b|\bunamur\b|université\s+libre\s+de\s+bruxelles"
    r"|université\s+catholique\s+de\s+louvain|université\s+de\s+(?:liège|mons|namur)"
    # The FWB's hautes écoles and Saint-Louis by their usual names: "étudiant à la HEPL".
    r"|\bhepl\b|\bhelmo\b|\bhe2b\b|\bhers\b|\bhenallux\b|\bhelha\b|\bheh\b|\bephec\b|\bichec\b|\bhel\b"
    r"|\bhe\s+vinci\b|haute\s+école\s+(?:léonard\s+de\s+vinci|galilée|francisco\s+ferrer|de\s+la\s+province|libre"
    r"|robert\s+schuman|condorcet|louvain\s+en\s+hainaut|ilya\s+prigogine|lucia\s+de\s+brouckère|bruxelles-brabant)"
    r"|\busaint-louis\b|université\s+saint-louis"
    # Institutions named by their region: "researchers at a Brussels university or college"
    r"|(?:brussels|walloon)\s+(?:universit(?:y|ies)|colleges?|higher\s+education\s+institutions?)"
    r"|universités?\s+(?:bruxelloises?|wallonnes?)|hautes?\s+écoles?\s+(?:bruxelloises?|wallonnes?)"
    # "Les chercheurs doivent appartenir à des organismes de recherche bruxellois", "entreprises wallonnes"
    r"|(?:organismes?|institutions?|établissements?|centres?|entreprises?|pme|écoles?)"
    r"\s+(?:de\s+recherche\s+|d'enseignement\s+(?:supérieur\s+)?)?(?:bruxellois|wallon)(?:e|es|s|nes?)?\b"
    r"|brusselse\s+(?:universiteit|hogeschool|hogescholen|universiteiten)"
    # The FWB's arts schools and more hautes écoles by name ("ESA" alone is also the space agency)
    r"|école\s+supérieure\s+des\s+arts|\bla\s+cambre\b|\binsas\b|\biad\b|\barba\b"
    r"|académie\s+royale\s+des\s+beaux[-\s]arts\s+de\s+bruxelles|\bheph\b|\bheaj\b"
    r"|haute\s+école\s+(?:de\s+la\s+ville\s+de\s+liège|albert\s+jacquard|charlemagne|en\s+hainaut)"
    r"|franstalige\s+(?:universiteit|universiteiten|hogeschool|hogescholen)"
    # "une université francophone belge", "French-speaking universities in Belgium", German "Föderation
    # Wallonie-Brüssel", "Französische Gemeinschaft"
    # "un établissement francophone de Belgique", "des établissements d'enseignement supérieur francophones"
    r"|(?:universités?|hautes?\s+écoles?|écoles?|établissements?(?:\s+d'enseignement(?:\s+supérieur)?)?)\s+francophones?"
    r"\s+(?:belges?|de\s+belgique)"
    r"|french[-\s]speaking\s+(?:universit(?:y|ies)|colleges?|institutions?)\s+in\s+belgium|french[-\s]speaking\s+community"
    # Institutions named with their region after them: "Studierende einer Hochschule in der Wallonie oder in Brüssel"
    r"|(?:hochschulen?|universitäten?|universität|hogescholen|hogeschool|universiteit(?:en)?|universit(?:y|ies)|colleges?)"
    r"\s+(?:in|à|en)\s+(?:der\s+)?(?:wallonie|wallonië|wallonia|brüssel|brussel|brussels|bruxelles)\b"
    r"|föderation\s+wallonie[\s-]+brüssel|französischen?\s+gemeinschaft"
    # "étudiant dans un établissement d'enseignement supérieur en Belgique francophone"
    r"|\b(?:en|de)\s+belgique\s+francophone"
))
# Words about the applicant's own studies or post; the FWB mention must follow one.
_APPLICANT_WORD = Prefilter(_compile(
    r"inscrit|réinscri|ordre\s+d'inscription|diplôm|étudi|doctorant|titulaire|posséd|obtenu|issue?s?\b|employés|personnel|\bees\b"
    r"|enrolled|degree|graduat|student|obtained|\bhold(?:s|ers?|ing)?\b|ingeschreven|diploma|afgestudeerd|behaald"
    r"|délivr|awarded\s+by|issued\s+by|uitgereikt|défendue?s?\b|soutenue?s?\b|defended"
    # "vous poursuivez votre cursus … au sein d'un établissement de la FWB"
    r"|\bcursus\b|poursui\w*\s+(?:vos|votre|ses|leurs|des)\s+études"
    r"|\bresearchers?\b|\bchercheu(?:r|rs|se|ses)\b|\bonderzoekers?\b|\bforscher"
    r"|eingeschrieben|\bstudierende|antragsberechtigt|teilnahmeberechtigt|bewerbungsberechtigt|\beligible\s+(?:applicants|candidates|are)\b|\bstudee?r(?:t|de|den)?\b"
    # People named by what they are: "les jeunes de la Fédération Wallonie-Bruxelles", "artiste de la FWB".
    r"|\bjeunes\b|\bartistes?\b|\bcandidat|\bauteur|\bécrivain|\bcréat(?:eur|rice)|\bartists?\b|\bauthors?\b"
    # "Être rattaché à une institution de la FWB", "kunstenaars uit de Federatie Wallonië-Brussel" (not teachers:
    # "les enseignants avec qui ils travaillent dans les écoles de la FWB" are the hosts)
    r"|rattachée?s?\b|affiliée?s?\b|\baffiliated|\bverbonden\s+aan|\bkunstenaars?\b|\bkünstler"
    # Whom a call is for: "L'appel est ouvert aux écoles de la FWB" (the schools apply; "des animations dans les écoles
    # de la FWB" has them as the place); a body recognised by it: "Être une ASBL reconnue par la FWB"
    r"|\b(?:ouverte?s?|réservée?s?|destinée?s?)\s+(?:aux|à)\b|\bs'adresse\s+(?:aux|à)\b|\bopen\s+to\b|\breserved\s+for\b"
    r"|\brich(?:t|ten)\s+zich\s+(?:tot|naar)\b|\bvoorbehouden\s+aan\b|\brichtet\s+sich\s+an\b"
    r"|\bêtre\s+(?:une?\s+)?(?:[\w'-]+\s+){0,3}?reconnue?s?\s+par\b"
    # A member of an institution: "déposé par une personne membre d'un établissement … en FWB", "a staff member of a
    # higher education institution of the Wallonia-Brussels Federation" (not a jury's members)
    r"|\b(?:être|personnes?|promoteur\w*|candidat\w*|demandeu\w*)\s+(?:\w+\s+){0,2}?membres?\s+(?:du\s+personnel\s+)?d(?:'|e\s|u\s)"
    r"|\b(?:be|is|applicants?|candidates?)\s+(?:an?\s+)?(?:\w+\s+)?(?:staff\s+)?members?\s+of\b"
    r"|\b(?:zijn|is|aanvrager\w*)\s+(?:\w+\s+)?(?:personeels)?lid\s+van\b|\bals\s+mitglied\s+(?:einer|eines)\b"
))
#: CONTRACT.md: living (an organisation: based) in Wallonia or Brussels also attaches the applicant to the
#: FWB: "résidant en Wallonie ou à Bruxelles", "implantée à Bruxelles ou en Wallonie", "living in Wallonia".
#: The Walloon provinces and the Brussels region by their names in the four languages: "en province de Namur".
_PROVINCES = (
    r"(?:province\s+(?:de\s+(?:namur|liège|hainaut|luxembourg)|du\s+(?:hainaut|luxembourg|brabant\s+wallon))"
    r"|brabant\s+wallon|bruxelles-capitale|provincie\s+(?:namen|luik|henegouwen|waals-brabant)"
    r"|brussels[-\s]capital\s+region|brussels(?:e)?\s+hoofdstedelijke?\s+gewest)"
)
_WALLONIA_BRUSSELS = (
    r"(?:\bof\s+(?:the\s+)?(?:wallonia|brussels|walloon\s+region)\b|"  # "residents of Wallonia or Brussels"
    # the region's communes: "l'une des 19 communes bruxelloises", "een van de 19 Brusselse gemeenten", "one of the 19
    # municipalities of Brussels"
    r"\b(?:(?:in|à|dans|van)\s+)?(?:(?:een|één)\s+(?:van\s+de\s+)?|l'une\s+des\s+|(?:one\s+)?of\s+the\s+|une\s+)?(?:19\s+)?"
    r"(?:communes\s+(?:bruxelloises|wallonnes)|commune\s+(?:bruxelloise|wallonne)|(?:brusselse|waalse)\s+gemeenten?"
    r"|municipalities\s+of\s+(?:brussels|wallonia))\b|"
    r"(?<=originaire\s)de\s+(?:wallonie|bruxelles)\b|(?<=originaires\s)de\s+(?:wallonie|bruxelles)\b|"
    r"\b(?:en|à|in|dans\s+la|de\s+la|van)\s+(?:la\s+|the\s+|het\s+|der\s+)?(?:wallonie|région\s+wallonne|bruxelles|région\s+de\s+bruxelles"
    r"|région\s+bruxelloise|wallonia|brussels|wallonië|brussel|brüssel|walloon\s+region|belgique\s+francophone"
    # "au moins 50% des membres du projet domiciliés en FWB"
    r"|fwb|fédération\s+wallonie[\s-]+bruxelles|" + _PROVINCES + r")\b)"
)
#: Who may apply by where they live or are based (and ``_RESIDENTS_BY_NAME``). A person's residence always counts
#: ("résidant en Wallonie ou à Bruxelles", "Être domicilié.e en Wallonie"); an organisation's seat only when the organisation is
#: the applicant named generically ("associations établies en Wallonie", "non-profit organisations based
#: in Wallonia"), not a host named in a list ("l'Organisation mondiale des Douanes, établie à Bruxelles").
_RESIDENT_IN_WALLONIA_BRUSSELS = Branches(
    # "Avoir son domicile en Région wallonne", "residing in Wallonia", "Wohnsitz in der Wallonie"
    # The first place named after the word is where one lives: not "résidant à Paris, exposent à Bruxelles".
    # "\b": the "résident" in "président du Parlement de la FWB" is nobody's residence.
    # (not an artists' residency: "Une résidence à Bruxelles pour des artistes internationaux")
    r"(?:(?<!\bune\s)(?<!\bdes\s)\brésid|domicil|habit|living|resident|residing|resides?\b|(?:legal|main|principal|permanent)\s+residence"
    # "Aanvragers moeten hun woonplaats in het Brussels Gewest hebben"
    r"|woonplaats|verblijfplaats|\bverblijf(?:t|en)\s+(?:legaal|wettig)"
    # "Aanvragers moeten hun zetel hebben in het Brussels Gewest"
    r"|\b(?:hun|haar|zijn)\s+(?:maatschappelijke\s+)?zetel\s+(?:hebben|heeft)"
    # "Applicants must live in Brussels or Wallonia", "Je woont in het Brussels Gewest", "Sie wohnen in der Wallonie"
    # (English "live" only as a condition: not "to live for a few months in Brussels")
    r"|\b(?:must|should|need\s+to|have\s+to|has\s+to|who|that|you)\s+live[s]?\b|\bwoon(?:t|en)?\b|\bwonen\b|\bwohn(?:en|t|st)\b"
    # "Enkel voor inwoners van het Brussels Hoofdstedelijk Gewest"
    r"|\binwoners?\b"
    r"|wonend|woonachtig|wohnhaft|wohnsitz|gedomicilieerd"
    # "Être établi en Wallonie ou à Bruxelles" (a person), "Avoir son siège social en Région wallonne"
    r"|\bêtre\s+établie?s?|\b(?:avoir|ayant)\s+(?:son|leur)\s+siège"
    # "exercer leur activité en Wallonie ou à Bruxelles", "Être originaire de Wallonie"
    r"|\bexerc\w*\s+(?:leur|son|ses|une)\s+activités?|\boriginaires?)"
    r"(?:(?!\b(?:à|en|in|op|im)\s)(?:[^.;]|\.(?=\w))){0,40}?" + _WALLONIA_BRUSSELS
    # (not partners: "theses carried out together with companies based in the Brussels-Capital Region")
    + r"|(?<!with\s)(?<!avec\s)(?<!met\s)(?<!mit\s)\b(?:associations?|asbl|organisations?|organizations?|opérateurs?"
    r"|structures?|entreprises?|non-profits?"
    # Schools applying: "l'appel à projets vise les écoles maternelles et primaires situées en Wallonie" (not the
    # place of an activity: "des animations dans les écoles situées en Wallonie")
    r"|(?<!dans\sles\s)(?<!dans\sdes\s)(?<!\bin\s)(?<!\bin\sthe\s)(?:écoles?|schools?|scholen|schulen)"
    r"|compan(?:y|ies)|businesses|smes?"
    # People said to be based somewhere: "Artists based in Brussels or Wallonia are eligible"
    r"|artists?|artistes?|kunstenaars?|künstler(?:innen)?|researchers?|creators?|créat(?:eur|rice)s?"
    r"|candidats?|applicants?|promoteurs?|porteurs?|bénéficiaires?|organisaties?|vereniging(?:en)?|aanvragers?"
    r"|antragsteller\w*|vereine?|einrichtung(?:en)?|unternehmen|vereinigung(?:en)?|organisation(?:en)?|verbände)"
    r"(?:\s+[\w'-]+){0,8}?\s+(?:établie?s?|implantée?s?|basée?s?|installée?s?|située?s?|actifs|actives?|opérant|dont\s+le\s+siège\s+(?:social\s+|d'activités?\s+|d'exploitation\s+)?est(?:\s+situé)?"
    r"|ayant\s+(?:son|leur)\s+siège|based|located|established|registered|gevestigd|ansässig|werkzaam|actief|actieve"
    # "Antragsteller müssen ihren Sitz in Brüssel haben"
    r"|(?:ihren|seinen|ihrem|seinem|mit)\s+(?:haupt)?sitz"
    # "a company … with at least one office in the Brussels-Capital Region"
    r"|with\s+(?:at\s+least\s+)?(?:an?|one)\s+(?:office|seat|branch)|met\s+(?:minstens\s+)?(?:een|één)\s+vestiging"
    # "Organisaties met maatschappelijke zetel in het Brussels Gewest", "with its registered office in Wallonia"
    r"|met\s+(?:hun\s+|haar\s+|een\s+)?(?:maatschappelijke\s+)?zetel"
    # "Je organisatie heeft haar zetel in Brussel"
    r"|(?:heeft|hebben|moet|moeten)\s+(?:zijn|haar|hun)\s+(?:maatschappelijke\s+)?zetel|(?:with|having|have|has)\s+(?:its|their|a)\s+(?:registered\s+|head\s+)?(?:office|seat))(?:[^.;]|\.(?=\w)){0,30}?"
    + _WALLONIA_BRUSSELS
)
#: "… kunnen een aanvraag indienen", "… kan een project indienen": the words before are the applicants.
_MAY_APPLY_NL = (r"(?:\s+(?:kunnen|kan|mogen|mag)\s+(?:[\w']+\s+){0,3}?"
                 r"(?:aanvra|indienen|deelnemen|zich\s+kandidaat|kandid|subsidie|een\s+aanvraag)"
                 # "Brusselse organisaties komen in aanmerking"
                 r"|\s+(?:komen|komt)\s+(?:\w+\s+)?in\s+aanmerking)")
#: People, groups and bodies named by their region or from where they come.
_RESIDENTS_BY_NAME = Branches(
    # "les acteurs wallons et bruxellois", "une commune … de Wallonie"
    r"\b(?:acteurs|opérateurs|organisations|associations|jeunes|artistes|étudiants|chercheurs|créateurs|stagiaires?"
    r"|demandeurs?\s+d'emploi|habitants|citoyens|diplômée?s)\s+(?:wallons|bruxellois|francophones\s+de\s+belgique)"
    # Bodies named by their region as the ones who may apply: "Les communes wallonnes peuvent introduire leur
    # candidature", "Les entreprises bruxelloises peuvent participer"
    r"|\b(?:entreprises|communes|associations|asbl|organisations|structures|opérateurs|pme|écoles|institutions|acteurs"
    r"|villes|provinces|pouvoirs\s+locaux|cpas|intercommunales)\s+(?:wallonnes|wallons|bruxellois|bruxelloises)\s+"
    r"(?:\w+\s+){0,2}?(?:peuvent|pourront|sont\s+invitée?s\s+à)\s+"
    r"(?:\w+\s+){0,2}?(?:participer|introduire|postuler|déposer|soumettre|candidat|s'inscrire|répondre|rentrer"
    r"|présenter|bénéficier|obtenir|demander)"
    # … or by the region they are of: "Les écoles fondamentales et secondaires de Bruxelles-Capitale peuvent participer"
    r"|\b(?:écoles|établissements\s+scolaires|communes|associations|asbl|organisations|structures|opérateurs)\b[^.;]{0,40}?"
    r"\b(?:de|en)\s+(?:wallonie|bruxelles(?:-capitale)?|la\s+région\s+(?:wallonne|bruxelloise|de\s+bruxelles-capitale))\s+"
    r"(?:\w+\s+){0,2}?(?:peuvent|pourront|sont\s+invitée?s\s+à)\s+(?:\w+\s+){0,2}?"
    r"(?:participer|introduire|postuler|déposer|soumettre|candidat|s'inscrire|répondre|rentrer|présenter)"
    # … or the call is for them: "l'appel à projets est renouvelé pour les écoles fondamentales et secondaires de
    # Bruxelles-Capitale"
    r"|\b(?:pour|aux)\s+(?:les\s+)?(?:écoles|établissements\s+scolaires|associations|asbl|organisations|structures"
    r"|opérateurs|acteurs|communes|pouvoirs\s+locaux)\b[^.;]{0,40}?\b(?:de|en)\s+(?:wallonie|bruxelles(?:-capitale)?"
    r"|la\s+région\s+(?:wallonne|bruxelloise|de\s+bruxelles-capitale))\b"
    # Dutch, the call addressed to them: "Het project richt zich tot Brusselse scholen"
    r"|\brich(?:t|ten)\s+zich\s+(?:\w+\s+){0,2}?(?:tot|naar|op)\s+(?:de\s+)?(?:brusselse|waalse)\b"
    # One person named by the region: "Être un jeune Wallon ou Bruxellois", "Vous êtes Bruxellois", "Tu es un jeune
    # bruxellois ?"
    r"|\b(?:être|vous\s+êtes|tu\s+es|es-tu|êtes-vous)\s+(?:une?\s+)?(?:jeunes?\s+)?(?:wallon(?:ne)?|bruxellois(?:e)?)s?\b"
    r"|\b(?:commune|province|intercommunale|asbl|association|organisation|opérateur)s?\b"
    r"[^.;]{0,40}?\b(?:de|en)\s+(?:wallonie|bruxelles|la\s+fédération\s+wallonie|la\s+région\s+(?:wallonne|bruxelloise))"
    # People named by where they come from: "Destiné aux jeunes de 10 à 23 ans de Wallonie et de Bruxelles"
    # "porté par des artistes ou des collectifs de la province de Namur", "tout artisan exerçant … en province de Namur"
    r"|\b(?:jeunes|étudiants|artistes|artisans?|habitants|citoyens)\b[^.;]{0,30}?\bde\s+(?:wallonie|bruxelles)\b"
    r"|\b(?:jeunes|étudiants|artistes|artisans?|habitants|citoyens|personnes|collectifs|associations)\b[^.;]{0,40}?"
    r"\b(?:de\s+la|en|dans\s+la)\s+" + _PROVINCES +
    r"|\byoung\s+(?:people\s+)?from\s+(?:brussels|wallonia)"
    # People and groups named by their region: "Encourager des Bruxellois à …", "Brussels-based artists", "Walloon
    # SMEs"
    r"|\b(?:encourager|soutenir|aider|accompagner|destinée?s?\s+aux|s'adresse\s+aux|réservée?s?\s+aux|ouverte?s?\s+aux"
    # "Pour les Bruxellois de 18 à 35 ans"
    r"|pour\s+les)"
    r"\s+(?:des\s+|les\s+)?(?:jeunes\s+)?(?:bruxellois|wallons)\b"
    # … and bodies so named as those a call is for: "Cet appel est destiné aux start-ups bruxelloises", "Sont
    # éligibles les communes wallonnes" (not "a permis de soutenir les entreprises wallonnes": whom it helped)
    r"|\b(?:destinée?s?\s+aux|s'adresse\s+aux|réservée?s?\s+aux|ouverte?s?\s+aux|sont\s+éligibles)"
    r"\s+(?:des\s+|les\s+)?(?:entreprises|communes|associations|asbl|organisations|structures|opérateurs|pme"
    r"|écoles|institutions|acteurs|villes|pouvoirs\s+locaux|start-?ups|artistes|étudiants|chercheurs)\s+"
    r"(?:bruxellois(?:es)?|wallon(?:ne)?s)\b"
    r"|\bbrussels-based\b|\b(?:brussels|walloon)\s+(?:residents?|citizens?|artists|youth|students|researchers|companies"
    r"|smes|organisations|organizations|associations|start-?ups|non-profits|schools)\b"
    # The region's people named as those who apply: "Les Bruxellois et associations intéressés ont jusqu'au 20 juin",
    # "Alle Brusselaars, organisaties en verenigingen kunnen een voorstel indienen"
    r"|\bles\s+(?:bruxellois|wallons)\b(?:\s+[\w']+){0,3}?\s+(?:intéressée?s|peuvent|pourront|ont\s+jusqu)"
    r"|\balle\s+(?:brusselaars|walen)\b[^.;]{0,60}?" + _MAY_APPLY_NL +
    # Dutch, where support goes straight to them: "ondersteunt Brusselse Nederlandstalige jeugdwerkinitiatieven",
    # "sterke ideeën van jonge Brusselaars steunt" (not "projecten die … Brusselse jongeren informeren": whom a
    # project reaches)
    r"|\b(?:ondersteunt|steunt|subsidieert|ondersteunen|steunen|subsidiëren)\s+(?:\w+\s+)?(?:brusselse|waalse)\s"
    r"|\b(?:ideeën|projecten|initiatieven|aanvragen)\s+van\s+(?:jonge\s+)?(?:brusselaars|walen)\b"
    # "Ben je Brusselaar en tussen 18 en 30 jaar?", "Deze beurs is bestemd voor Brusselaars"
    r"|\b(?:ben\s+je|bent\s+u|je\s+bent|u\s+bent|bestemd\s+voor|enkel\s+voor|alleen\s+voor|uitsluitend\s+voor)\s+(?:een\s+)?"
    r"(?:jonge\s+)?(?:brusselaars?|walen|waal)\b"
    # "De subsidie is bestemd voor Brusselse jeugdwerkinitiatieven" (not "ben je een Brusselse jongere, heb jij een
    # band met …": one way in among others)
    r"|\b(?:bestemd|enkel|alleen|uitsluitend|is\s+er|zijn\s+er|open|bedoeld)\s+voor\s+(?:nederlandstalige\s+)?(?:brusselse|waalse)\s"
    # "Voor jonge Brusselaars van 16 tot 25 jaar"
    r"|\bvoor\s+(?:jonge\s+)?(?:brusselaars|walen)\s+(?:van|tussen)\s+\d"
    r"|\b(?:je|u)\s+bent\s+(?:een\s+)?(?:brusselse|waalse)\s"
    # "Organisaties met een werking in het Brussels Hoofdstedelijk Gewest", "Je organisatie heeft een Brusselse werking"
    r"|\b(?:met|heeft|hebben)\s+(?:een|hun|haar|zijn)\s+(?:brusselse\s+werking|werking\s+in\s+(?:het\s+)?(?:brussel\b"
    r"|brussels(?:e)?\s+hoofdstedelijke?\s+gewest))"
    # The applicants named by their region: "Brusselse verenigingen kunnen een aanvraag indienen", "gedragen door een
    # Brusselse vereniging", "porté par une association bruxelloise"
    # "Brusselse jongeren tussen 12 en 25 jaar kunnen een project indienen"
    r"|\b(?:brusselse|waalse)\s+(?:[\w']+\s+){0,5}?[\w']+" + _MAY_APPLY_NL +
    # "Nederlandstalige scholen in Brussel kunnen een aanvraag indienen", "Jongeren uit Brussel kunnen een project
    # indienen"
    r"|\b[\w']+\s+(?:uit|in)\s+(?:het\s+)?(?:brussel|wallonië|brussels(?:e)?\s+hoofdstedelijke?\s+gewest)" + _MAY_APPLY_NL +
    # Support straight to them: "De VGC ondersteunt Nederlandstalige jeugdinitiatieven in Brussel"
    r"|\b(?:ondersteunt|steunt|subsidieert|ondersteunen|steunen|subsidiëren)\s+(?:[\w']+\s+){1,3}?in\s+(?:het\s+)?"
    r"(?:brussel|wallonië|brussels(?:e)?\s+hoofdstedelijke?\s+gewest)\b"
    # Recognised by the Brussels commissions: "Je organisatie is erkend door de VGC", "een door de Vlaamse
    # Gemeenschapscommissie erkende organisatie"
    r"|\b(?:erkend|erkende|gesubsidieerd|gesubsidieerde)\s+(?:\w+\s+){0,3}?door\s+de\s+(?:vgc|vlaamse\s+gemeenschapscommissie)\b"
    r"|\bdoor\s+de\s+(?:vgc|vlaamse\s+gemeenschapscommissie)\s+(?:\w+\s+){0,2}?(?:erkende|gesubsidieerde)\b"
    r"|\b(?:gedragen|ingediend|aangevraagd|georganiseerd|opgezet)\s+door\s+(?:een\s+)?(?:brusselse|waalse)\s"
    # "Être une asbl bruxelloise"
    r"|\bêtre\s+(?:une?|des)\s+(?:associations?|asbl|organisations?|structures?|opérateurs?|entreprises?)"
    r"\s+(?:\w+\s+)?(?:bruxellois|wallon)(?:e|es|s|nes?)?\b"
    r"|\b(?:portée?s?|introduite?s?|déposée?s?|présentée?s?)\s+par\s+(?:une?|des)\s+(?:associations?|asbl|organisations?"
    r"|structures?|collectifs?|opérateurs?|artistes?|jeunes)\s+(?:\w+\s+)?(?:bruxellois|wallon)(?:e|es|s|nes?)?\b"
    # Dutch and German put the verb last: "in Wallonië of Brussel wonen", "in der Wallonie wohnen"
    r"|" + _WALLONIA_BRUSSELS + r"(?:\s+(?:of|en|oder|und)\s+(?:in\s+)?(?:der\s+)?(?:wallonië|wallonie|brussel|brüssel))?"
    r"\s+(?:wonen|woont|wohnen|wohnt|leben|lebt|wohnende[nrs]?|lebende[nrs]?|wonende|woonachtige)\b"
    # … and put the seat last too: "De organisatie moet in Brussel gevestigd zijn", "De aanvrager is een in Brussel
    # gevestigde vzw", "Der Verein muss in Brüssel ansässig sein" (the applicant named before it, not a host)
    r"|(?<!onze\s)(?<!unser\s)(?<!unsere\s)\b(?:organisaties?|vereniging(?:en)?|vzw'?s?|aanvragers?|kandida(?:at|ten)"
    r"|instellingen?|initiatiefnemers?|je|u|jullie|organisation(?:en)?|antragsteller\w*|bewerber\w*|vereine?"
    r"|einrichtung(?:en)?)(?:\s+(?:moet(?:en)?|bent|is|zijn|dient|dienen|een|muss|müssen|ist|sind|soll(?:en)?|eine?)){0,3}\s+"
    + _WALLONIA_BRUSSELS + r"\s+(?:gevestigd\w*|ansässig\w*|actief|werkzaam|tätig)\b"
    r"|\bressortissante?s?\s+de\s+la\s+(?:fwb|fédération\s+wallonie[\s-]+bruxelles|communauté\s+française)"
    # Recognised or funded by it, and then allowed to apply: "Les organisations de jeunesse reconnues par la
    # Fédération Wallonie-Bruxelles peuvent introduire un dossier"
    r"|\b(?:reconnue?s?|agréée?s?|subventionnée?s?)\s+(?:\w+\s+){0,2}?par\s+(?:la\s+)?(?:fwb|fédération\s+wallonie[\s-]+bruxelles"
    r"|communauté\s+française)[^.;]{0,30}?\b(?:peuvent|peut|pourront|sont\s+invitée?s)\b"
    # Recognised by it, as a condition: "votre association doit être agréée par la Communauté française comme
    # Organisation de jeunesse" (not "le service est agréé par …", the employer described)
    r"|\b(?:doit|doivent|devez|devra|devront)\s+être\s+(?:\w+\s+)?(?:agréée?s?|reconnue?s?)\s+(?:\w+\s+){0,2}?par\s+(?:la\s+)?"
    # "Vous êtes une organisation de jeunesse reconnue par la FWB", "Être reconnu par la Communauté française comme …"
    r"|(?:(?:^|[.;:]\s*)être\s+|\bvous\s+êtes\s+(?:une?\s+)?(?:[\w'-]+\s+){0,4}?)(?:agréée?s?|reconnue?s?)\s+par\s+(?:la\s+)?"
    r"(?:communauté\s+française|fédération\s+wallonie[\s-]+bruxelles|fwb|cocof|commission\s+communautaire\s+française"
    r"|région\s+wallonne|wallonie)"
    # "les étudiants d'une haute école en Wallonie ou à Bruxelles", "students of universities in Wallonia"
    r"|\b(?:étudiants?|students?|affiliated\s+with|affiliée?s?\s+à|rattachée?s?\s+à|verbonden\s+aan)\s+(?:d'une?|des|de\s+l'|of|at|an?|une?|een)\s+(?:\w+\s+){0,3}?(?:haute\s+école|hautes\s+écoles"
    r"|université|universités|universit(?:y|ies)|école|écoles|institution)\s+(?:\w+\s+){0,2}?"
    r"(?:en|à|in)\s+(?:wallonie|bruxelles|wallonia|brussels)"
)
#: Flanders named beside them: "organisations établies en Wallonie, à Bruxelles et en Flandre" is all of Belgium.
_ALSO_FLANDERS = _compile(r"\bflandres?\b|\bflanders\b|\bflandern\b|\bvlaanderen\b|région\s+flamande|flemish\s+region"
                          # "des artistes wallons et flamands"
                          r"|\bflamand(?:e|s|es)?\b"
                          r"|nederlandse\s+taalgebied|région\s+de\s+langue\s+néerlandaise")
#: The enrolment named right after the institution ("… der Föderation Wallonie-Brüssel eingeschrieben").
_ENROLLED_AFTER = _compile(r"[^.;]{0,30}?\b(?:eingeschrieben|immatrikuliert|ingeschreven)\b")
# A stay or placement between that word and FWB makes FWB the host, not the origin.
# So does a wish to go there: "with a doctoral degree from a foreign institution and wanting to follow a
# programme in institutions organised by the FWB".
_STAY_WORD = Prefilter(_compile(
    r"séjour|stages?\b|accueil|\bstays?\b|\bvisit|\bhost|verblijf|aufenthalt|praktik(?:um|a)\b"
    # "Appel aux candidatures pour les emplois vacants … à pourvoir à l'Université de Mons": the employer
    r"|à\s+pourvoir|\bvacant"
    r"|\bwanting\s+to|\bwishing\s+to|\bwho\s+wish|désireu(?:x|se)s?\b|souhaitant|qui\s+souhaitent"
    # "s'adresse aux jeunes qui veulent découvrir la FWB": where they go
    r"|\bqui\s+veulent|découvrir|\bdiscover|ontdekken|entdecken"
    # "a student grant for post-doctoral training … provided by the university network of the FWB"
    r"|\bgrants?\s+for\b|\bprovided\s+by\b"
))
_FWB_CONTEXT_WIDTH = 120
# "a higher education institution recognised by the FWB where the master will be taken": the FWB
# institution is where the applicant is going, not where they come from.
_TO_BE_TAKEN_THERE = _compile(
    r"[^;.]{0,40}?\b(?:where|in\s+which|at\s+which|où|dans\s+lequel|waar)\b[^;.]{0,40}?"
    r"\b(?:will\s+be\s+(?:taken|followed|pursued|done|completed)|will\s+(?:take|follow|pursue|study)"
    r"|sera\s+(?:suivi|effectué|réalisé)|suivra|gevolgd\s+(?:zal\s+)?wordt)"
)
# "… d'une école supérieure des arts de la FWB, ou artiste autodidacte": another way in, no diploma needed.
_OTHER_WAY_IN = _compile(r"[^;]{0,60}?(?:,\s*|\s)(?:ou|or|of)\s+(?:\S+\s+){0,2}?(?:autodidact|self-taught)")

# --- Levels ------------------------------------------------------------------------
# (stem, level, what follows the stem). At one place the first entry that
# matches wins, so held degrees come first: "titulaire d'un master" is read
# as a degree before "master" alone could be read as enrolment. A held
# bachelor's degree is the ticket to a master and gives no level (None).
_SECONDARY_TAIL = r"\s+(?:du\s+|de\s+l'enseignement\s+|d'enseignement\s+)?secondaire"
_SECONDARY_AFTER = r"s?" + _SECONDARY_TAIL
_STAFF_AFTER = r"\s+(?:académiques?|scientifiques?|enseignants?)"
_LEVEL_PHRASES = (
    ("titulaire", "postdoc", r"s?\s+d'un\s+doctorat\b"),
    ("titulaire", None, r"s?\s+d'un\s+(?:diplôme\s+de\s+)?bachelier\b"),
    ("titulaire", "secondary", r"s?\s+d'un\s+diplôme" + _SECONDARY_TAIL),
    ("titulaire", "graduate", r"s?\s+d'un\s+(?:diplôme(?:\s+de\s+(?:master|mastère))?|master|mastère)\b"),
    ("obtenu", "postdoc", r"\s+(?:son|un|leur)\s+doctorat\b"),
    ("obtained", "postdoc", r"\s+(?:a|their|his|her)\s+(?:ph\.?\s?d|doctorate)\b"),
    ("hold", "postdoc", r"(?:s|ing)?\s+a\s+(?:ph\.?\s?d|doctorate)\b"),
    ("hold", "postdoc", r"ers?\s+of\s+a\s+(?:ph\.?\s?d|doctorate)\b"),
    ("hold", "graduate", r"(?:s|ing)?\s+a\s+(?:master|degree|university\s+degree)\b"),
    ("doctorate", "postdoc", r"\s+holders?\b"),
    ("phd", "postdoc", r"\s+holders?\b"),
    ("gepromoveerd", "postdoc", ""),
    ("bachelor", None, r"'?s\s+degree\b"),
    ("bachelordiploma", None, ""),
    ("diplôme", None, r"\s+de\s+bachelier\b"),
    ("diplôme", "secondary", _SECONDARY_AFTER),
    ("diplôme", "graduate", r"\s+de\s+(?:master|mastère)\b"),
    ("enseignement", "secondary", _SECONDARY_AFTER),
    ("élève", "secondary", _SECONDARY_AFTER),
    ("études", "secondary", _SECONDARY_AFTER),
    ("secondary", "secondary", r"\s+(?:school|education)\b"),
    ("secundair", "secondary", r"\s+onderwijs\b"),
    ("posséd", "graduate", r"\w*\s+un\s+diplôme\b"),
    ("master", "graduate", r"(?:'?s\s+(?:degree|diploma)|\s+degree)\b"),
    ("masterdiploma", "graduate", ""),
    ("diplômé", "graduate", r"(?:e?(?:\.e)?(?:\.?s)?\b|\(e\)s?)(?:\s+d'une?\s+(?:master|mastère)\b)?"),
    ("recent", "graduate", r"\s+graduates?\b"),
    ("graduated", "graduate", r"\b"),
    ("graduate", "graduate", r"s?\b(?!\s+(?:students?|school|programmes?|programs?))"),
    ("afgestudeerd", "graduate", ""),
    ("profil", "graduate", r"\s*:\s*(?:un\s+)?master\b"),
    ("postdoc", "postdoc", ""),
    ("post-doc", "postdoc", ""),
    ("doctorant", "phd", ""),
    ("doctorat", "phd", r"\b"),
    ("doctoral", "phd", r"\s+(?:students?|candidates?)\b"),
    ("troisième cycle", "phd", r"\b"),
    ("phd", "phd", r"\b"),
    ("ph.d", "phd", ""),
    ("ph. d", "phd", ""),
    ("doctoraat", "phd", ""),
    ("doctorand", "phd", ""),
    ("master", "master", r"s?\b"),
    ("mastère", "master", r"s?\b"),
    ("deuxième cycle", "master", r"\b"),
    ("masteropleiding", "master", ""),
    ("masterstudent", "master", ""),
    ("bac", "bachelor", r"\b"),
    ("bachelier", "bachelor", r"s?\b"),
    ("bachelière", "bachelor", r"s?\b"),
    ("bachelor", "bachelor", r"s?\b"),
    ("bachelorstudent", "bachelor", ""),
    ("bacheloropleiding", "bachelor", ""),
    ("undergraduate", "bachelor", r"s?\b"),
    # "de premier ou de deuxième cycle": both levels, so do not consume "deuxième".
    ("premier", "bachelor", r"(?:\s+cycle\b|(?=\s+(?:ou|et)\s+(?:de\s+|du\s+)?(?:deuxième|second)\s+cycle\b))"),
    ("first", "bachelor", r"(?:[-\s]cycle\b|(?=-?\s+(?:or|and)\s+second[-\s]cycle\b))"),
    ("second", "master", r"[-\s]cycle\b"),
    ("chercheu", "researcher", r"(?:r|se|rs|ses)\b(?!\s+d'emploi)"),
    ("researcher", "researcher", r"s?\b"),
    ("onderzoeker", "researcher", r"s?\b"),
    ("forscher", "researcher", r"(?:innen)?\b"),
    ("employés", "staff", _STAFF_AFTER),
    ("personnel", "staff", _STAFF_AFTER),
    ("membres du personnel", "staff", ""),
    ("academic staff", "staff", r"\b"),
    ("academic and scientific staff", "staff", r"\b"),
    ("academisch en wetenschappelijk personeel", "staff", ""),
    ("staff member", "staff", r"s?\b"),
    ("academisch personeel", "staff", ""),
)


class _PhraseMatcher:
    """Phrases that each open with a literal stem, found fast in lower-case text.

    One prefix-tree regex finds the stems at word starts; only there are the
    phrase patterns tried, in table order. A flat alternation of all phrases
    would try every one of them at every position of every sentence.
    """

    def __init__(self, phrases: tuple[tuple[str, str | None, str], ...]):
        self._by_stem: dict[str, list[tuple[str | None, re.Pattern[str]]]] = {}
        for stem, label, after in phrases:
            self._by_stem.setdefault(stem, []).append((label, re.compile(re.escape(stem) + after)))
        self._stems = re.compile(literal_alternation(list(self._by_stem)))
        # A stem found may extend shorter stems ("masteropleiding", "master"): try all, longest first.
        self._candidates = {
            found: sorted((stem for stem in self._by_stem if found.startswith(stem)), key=len, reverse=True)
            for found in self._by_stem
        }

    def find(self, low: str, start: int = 0, end: int | None = None) -> list[tuple[str | None, re.Match[str]]]:
        end = len(low) if end is None else end
        found: list[tuple[str | None, re.Match[str]]] = []
        consumed = start
        for hit in self._stems.finditer(low, start, end):
            where = hit.start()
            if where < consumed or (where > 0 and low[where - 1].isalnum()):
                continue
            match = self._first_phrase(low, hit.group(), where, end)
            if match:
                found.append(match)
                consumed = match[1].end()
        return found

    def _first_phrase(self, low: str, stem_found: str, where: int, end: int):
        for stem in self._candidates[stem_found]:
            for label, pattern in self._by_stem[stem]:
                match = pattern.match(low, where, end)
                if match:
                    return label, match
        return None


_LEVEL = _PhraseMatcher(_LEVEL_PHRASES)
# Students of higher education, no level said.
_HIGHER_EDUCATION_STUDENTS = _compile(
    r"étudiant\S*\s[^;]{0,80}?(?:enseignement\s+supérieur|universit|haute\s+école|\bees\b)"
    r"|students?\s[^;]{0,60}?(?:higher\s+education|universit)"
    r"|student(?:en|e)?\s[^;]{0,80}?(?:hoger\s+onderwijs|universiteit|hogeschool)"
)
_STUDENT_LEVELS = frozenset({"bachelor", "master", "phd", "postdoc"})
# Enrolment at a higher education institution, with or without the word "student".
_ENROLLED_IN_HIGHER_EDUCATION = _compile(
    r"(?:inscrit|enrolled|registered|ingeschreven|eingeschrieben)[^;]{0,60}?"
    r"(?:enseignement\s+supérieur|higher\s+education|hoger\s+onderwijs|universit|haute\s+école|hogeschool|hochschule)"
)

# "doctorant(e) ou jeune chercheur(se)", "PhD students or early-career researchers": two publics.
_DOCTORAL = r"(?:doctorant|doctorat|docteur|phd|ph\.\s?d|post-?doc|doctoral|doctorand|doctoraat)\S*"
_RESEARCHER = r"(?:chercheu|researcher|onderzoeker|forscher)\S*"
_RESEARCHER_ALTERNATIVE = _compile(
    rf"{_DOCTORAL}(?:\s+\S+)?\s+(?:ou|or|of|oder)\s+(?:\S+\s+){{0,2}}?{_RESEARCHER}"
    rf"|{_RESEARCHER}(?:\s+\S+)?\s+(?:ou|or|of|oder)\s+(?:\S+\s+){{0,2}}?{_DOCTORAL}"
)

# --- Graduated within N years --------------------------------------------------------
_N = rf"(?P<n>{NUMBER})"
_N2 = rf"(?P<n2>{NUMBER})"  # the number of a second wording in the same pattern
_DIPLOMA_WORD = _compile(
    r"diplôm|graduat|afgestudeerd|diploma|abschluss|obtenu|obtained|behaald|doctorat|\bdegree\b|\bph\.?d\b"
    r"|terminé\s+(?:ses|leurs|vos|tes|les)\s+études|(?:completed|finished)\s+(?:their|your|the)\s+studies"
    # A thesis defended counts as the diploma: "ayant défendu leur thèse depuis moins de cinq ans".
    r"|thèse|thesis|proefschrift|gepromoveerd|promoviert|promotion|abgeschlossen|afstuderen|staatsexamen"
    # "nach Erlangung des Doktorats"; not "Doktorand", the candidate still working on it
    r"|doktorat|doktorgrad|doktortitel"
    # "Absolventinnen und Absolventen der letzten zwei Jahre", "Maximaal 5 jaar na het doctoraat"
    r"|absolvent|doctoraat"
    # "De promotie mag maximaal 8 jaar geleden zijn", "Je promoveerde …", "Je studeerde maximaal 2 jaar geleden af"
    # (not "promotieonderzoek", the doctorate still under way)
    r"|promotie(?:datum)?\b|promoveerde|\bstudeerde(?:n)?\s+[^.;]{0,40}?\baf\b"
    # "Die Prüfungsleistung darf nicht länger als zwei Jahre in der Vergangenheit liegen"
    r"|prüfungsleistung"
)
#: A diploma older than N years, excluded: "vous ne pouvez pas introduire de demande si vous avez obtenu votre
#: diplôme il y a plus de 7 ans", "You cannot apply if you graduated more than 2 years ago", "als je meer dan 2 jaar
#: geleden afgestudeerd bent … niet", "Wer seinen Abschluss vor mehr als zwei Jahren erworben hat, kann nicht …":
#: graduated within N years. Read only beside a negation (``_EXCLUDED``).
_OLDER_THAN = _compile(
    r"(?:il\s+y\s+a\s+plus\s+de|\bmore\s+than|\bmeer\s+dan|\bvor\s+(?:mehr\s+als|über))\s+" + _N
    + r"\s+(?:ans\b|years?\s+ago\b|jaar\s+geleden\b|jahren\b)"
)
_EXCLUDED = _compile(r"\b(?:ne|pas|not|cannot|ineligible|excluded|exclus|niet|geen|nicht|kein\w*)\b|\bn'|n't\b")
_WITHIN_YEARS = _compile(
    r"(?:moins\s+de|au\s+plus(?:\s+tard)?|maximum|pas\s+plus\s+de|au\s+cours\s+des|dans\s+les"
    # "obtained their PhD at most 6 years before the deadline", "Afgestudeerd zijn sinds max. 1 jaar"
    r"|at\s+most|sinds\s+(?:max(?:imaal|imum|\.)?|ten\s+hoogste|minder\s+dan)|weniger\s+als"
    r"|within(?:\s+the\s+(?:last|past))?|less\s+than|no[t]?\s+(?:more|longer)\s+than|in\s+the\s+(?:last|past)"
    r"|minder\s+dan|maximaal|niet\s+(?:meer|langer)\s+dan|ten\s+hoogste|hoogstens|in\s+de\s+(?:laatste|afgelopen)"
    # "ten vroegste drie jaar voor de uiterste indiendatum behaald": at the earliest N years before
    r"|ten\s+vroegste|höchstens|vor\s+(?:höchstens|maximal)|innerhalb\s+der\s+letzten|nicht\s+länger\s+als"
    # "in den letzten zwei Jahren", "vor nicht mehr als zwei Jahren abgeschlossen", "seit höchstens 2 Jahren"
    r"|in\s+den\s+letzten|vor\s+(?:nicht\s+mehr|weniger)\s+als|\bder\s+letzten"
    r"|seit\s+(?:höchstens|maximal|weniger\s+als|nicht\s+mehr\s+als))\s+"
    + _N + r"\s+(?:dernières\s+)?(?:ans?|années?|years?|jaar|jahre?n?)\b"
    # "less than 5 years of research experience" is seniority, not a graduation window.
    + r"(?!\s+(?:of\s+(?:[\w-]+\s+){0,3}experience|d'expérience|(?:\w+\s+)?ervaring))"
)
# "up to five years after the end of the PhD", "max 8 years passed from defence of the PhD": a bound then
# "after/since", not "up to 4 years" of funding.
_YEARS_AFTER = _compile(
    # "spätestens 1 Jahr nach Studienabschluss", "au plus tard 2 ans après"
    r"(?:up\s+to|max(?:imum|imal|imaal|\.)?|at\s+most|jusqu'à|tot|bis(?:\s+zu)?|spätestens|uiterlijk|au\s+plus\s+tard|at\s+the\s+latest"
    # "Der Studienabschluss liegt maximal zwei Jahre zurück", "Maximaal 5 jaar na het doctoraat"
    r"|höchstens|hoogstens|ten\s+hoogste"
    # "binnen 2 jaar na het behalen", "innerhalb von 2 Jahren nach dem Abschluss", "deren Abschluss nicht mehr als
    # zwei Jahre zurückliegt"
    r"|binnen|innerhalb\s+von|nicht\s+mehr\s+als"
    # "in the first 5 years after your PhD"
    r"|(?:with)?in\s+the\s+first|in\s+de\s+eerste|in\s+den\s+ersten|dans\s+les\s+premières"
    # "awarded a Ph.D. … but not for more than five years prior to July 1", "(0 to 3-year post-PhD)"
    r"|not\s+(?:for\s+)?more\s+than|\b\d{1,2}\s+(?:to|-|–))\s+"
    + _N
    # "received their master/PhD max. 5 years ago", "tot drie jaar nadat je afgestudeerd bent", "up to 8 years post-PhD"
    + r"(?:\s+|-)(?:years?|ans?|années|jaar|jahre?n?)\s+(?:passed\s+|have\s+passed\s+)?(?:(?:after|since|from|après|depuis|na|sinds|nach"
    r"|seit|nadat|ago|geleden)\b|zurück|post-?ph\.?d\b"
    # "up to three years past the Ph.D.", "bis zu zwei Jahre vor der Bewerbung abgeschlossen", "prior to July 1"
    r"|past\s+(?:the\s+|their\s+|your\s+)?ph\.?\s?d\b|prior\s+to\b"
    r"|vor\s+(?:der|dem)\s+(?:bewerbung|antrag|einreichung|stichtag|ausschreibung))"
)
#: "PhD awarded between 2 and 7 years before the call deadline" (the ERC's Starting Grants): the later bound.
_YEARS_BETWEEN = _compile(
    r"\b(?:between|entre|tussen|zwischen)\s+\d{1,2}\s+(?:and|et|en|und)\s+" + _N
    + r"\s+(?:years?|ans|jaar|jahren?)\s+(?:before|after|since|prior|avant|après|depuis|voor|na|sinds|vor|nach|seit)\b"
)
#: The thesis or diploma no older than N years: "Eingereichte Abschlussarbeiten dürfen nicht älter als zwei Jahre
#: sein", "The thesis must not be older than two years", "Le mémoire ne doit pas dater de plus de deux ans", "Het
#: diploma mag niet ouder zijn dan 1 jaar", "Je doctoraatsdiploma is maximum 6 jaar oud". (Not any work: an artwork's
#: age is not the diploma's.)
_THESIS_NOT_OLDER = Branches(
    r"(?:abschlussarbeit|bachelorarbeit|masterarbeit|diplomarbeit|dissertation|thesis|theses|thèses?|mémoires?|scriptie"
    r"|masterproef|proefschrift|diplom|diplôm|abschluss|degree|doctora|promoti|phd)\w*\b[^.;]{0,40}?"
    r"(?:(?:nicht\s+älter\s+als|(?:not|no)\s+(?:be\s+)?older\s+than|niet\s+ouder\s+(?:zijn\s+)?dan"
    r"|(?:ne\s+)?(?:doit|doivent|peut|peuvent)\s+pas\s+dater\s+de\s+plus\s+de|dat(?:e|ent)\s+de\s+moins\s+de)\s+"
    + _N + r"\s+(?:ans?|années?|years?|jaar|jahre?n?)\b"
    r"|(?:max(?:imum|imaal|imal|\.)?|hoogstens|ten\s+hoogste|höchstens)\s+" + _N2 + r"\s+(?:jaar\s+oud|jahre\s+alt)\b)"
)
#: "students and graduates (of up to two years)", "Graduates of up to one year may also apply", "Je bent recent
#: afgestudeerd (max. 1 jaar)", "Absolventen (bis 2 Jahre)".
_GRADUATES_OF = Branches(
    r"\b(?:graduates?|afgestudeerd\w*|diplômé\w*|absolvent\w*)\s+\(?(?:of\s+)?(?:up\s+to|max(?:imum|imaal|imal)?\.?|at\s+most"
    r"|no\s+more\s+than|bis(?:\s+zu)?|tot)\s+" + _N + r"\s+(?:years?|jaar|jahre?|ans?)\b"
)
#: Research experience counted from the doctorate is a window since it (the MSCA Postdoctoral Fellowships: "at
#: most 8 years of full-time equivalent research experience, counted from the date of award of the PhD", "au maximum
#: 8 ans d'expérience de recherche … après l'obtention du doctorat", "maximal acht Jahre Forschungserfahrung ab dem
#: Datum der Promotion"; "d'expérience de recherche post-doctorale").
_EXPERIENCE_SINCE_DOCTORATE = Branches(
    r"(?:(?:at\s+most|maximum(?:\s+of)?|max\.?|no\s+more\s+than|up\s+to|less\s+than|au\s+(?:maximum|plus)|maximaal"
    r"|ten\s+hoogste|hoogstens|höchstens|maximal|bis\s+zu)\s+" + _N + r"\s+(?:years?'?|ans|jaar|jahre)"
    r"|" + _N2 + r"\s+ans\s+(?:au\s+)?maximum)"
    r"[^.;]{0,50}?(?:experience|expérience|ervaring|erfahrung)[^.;]{0,80}?"
    r"(?:\b(?:from|since|after|après|depuis|na|sinds|vanaf|nach|ab|seit)\b[^.;]{0,40}?(?:doctora|ph\.?d|promotion|promotie|doktor)"
    r"|\bpost-?(?:doctora|ph\.?d))"
)
#: A window for some applicants only: "If you are older than 31 years old on October 1, you must have obtained your
#: Master's degree no longer than 5 years previously".
_FOR_THE_OLDER_ONLY = _compile(
    r"\b(?:if\s+you\s+are|si\s+vous\s+avez|als\s+je|wenn\s+sie)\s+(?:older\s+than|plus\s+de|ouder\s+(?:bent\s+)?dan|älter\s+als)"
)
# "diplômé.e.s depuis 2 ans au maximum", "sinds maximaal 2 jaar": the bound after the years.
_SINCE_YEARS = _compile(
    # "diplômés depuis 5 ans et moins"
    # "avoir obtenu son master il y a 2 ans au plus"
    r"(?:depuis|sinds|since|il\s+y\s+a)\s+" + _N + r"\s+(?:ans?|années?|years?|jaar)\s+(?:au\s+(?:maximum|plus)|maximum|at\s+most"
    r"|maximaal|ten\s+hoogste|(?:et|ou|or|of)\s+(?:moins|less|minder))\b"
)
#: A diploma still to be earned: "(so that they can) obtain a doctoral degree within 4 years", "om binnen 4 jaar
#: een doctoraat te behalen", "pour obtenir le doctorat en 4 ans", "um innerhalb von 3 Jahren zu promovieren".
_DIPLOMA_TO_COME = _compile(
    r"\b(?:to|can|will|could|should|must)\s+(?:\w+\s+)?(?:obtain|complete|finish|earn)\b|\bpour\s+(?:obtenir|terminer|achever)"
    r"|\bte\s+(?:behalen|voltooien|beëindigen)|\bom\s+(?:\w+\s+){0,4}?(?:te\s+)?(?:behalen|voltooien)|\bzu\s+promovieren"
)
_AGE_WORD_BEFORE = _compile(r"âg|\bage|\bleeftijd|\balter")
#: A length, not a time since the diploma, right before the bound: "a second term of maximum 2 years".
_LENGTH_BEFORE = _compile(
    r"\b(?:terms?|periods?|duration|durée|dure|durent|duur|duurt|looptijd|dauer|dauert|lasts?|mandat|mandaat"
    r"|contracts?|contrat|pendant|during|gedurende)\s+(?:(?:of|de|van|von|a|une?|een|au)\s+)?$"
)
#: A loan repaid within N years of graduating: "renteloze lening (terug te betalen binnen 2 jaar na afstuderen)".
_REPAYMENT = _compile(r"terug\s+te\s+betalen|terugbetal|rembours|repa(?:y|id)|zurück(?:zu)?zahl|zurückgezahlt")
#: A year said in words: "diplômé depuis moins d'un an", "avoir terminé ses études durant l'année qui précède
#: l'inscription", "graduated within the year preceding the application".
_WITHIN_ONE_YEAR = _compile(
    # "durant l'année académique précédant le concours"
    r"(?:depuis\s+)?moins\s+d'un\s+an\b(?!\s+(?:de|d')\s)|(?:dans|durant|pendant|au\s+cours\s+de|de)\s+l'année\s+(?:(?:académique|civile|scolaire)\s+)?"
    r"(?:qui\s+précède|précédente|précédant)"
    r"|within\s+(?:the|one|a)\s+(?:last\s+|past\s+)?year|in\s+the\s+(?:last|past|previous)\s+year"
    r"|less\s+than\s+(?:a|one)\s+year|weniger\s+als\s+ein(?:em)?\s+jahr|binnen\s+(?:een|één|1)\s+jaar\s+na"
    r"|during\s+the\s+(?:last|past|previous)\s+year|binnen\s+het\s+(?:jaar|afgelopen\s+jaar)"
    r"|minder\s+dan\s+(?:een|één)\s+jaar|innerhalb\s+(?:eines|des\s+(?:letzten|ersten))\s+jahres|im\s+letzten\s+jahr"
    # The previous (academic) year named: "Je bent vorig academiejaar afgestudeerd", "afgestudeerd in het voorbije
    # academiejaar", "Graduates of the past academic year", "au cours de la dernière année académique", "im ersten
    # Jahr nach dem Abschluss", "in juni van dit jaar of vorig jaar"
    # (Dutch, only next to the graduating: not "creditbewijzen … die je vorig academiejaar opnam")
    r"|\b(?:afgestudeerd\w*|afstuderen|diploma|studeerde\w*)\b[^.;]{0,40}?(?:\b(?:vorig|vorige|voorbije|voorgaande|afgelopen)"
    r"\s+(?:academie|school|studie)jaar\b|\b(?:in|van|tijdens|gedurende)\s+het\s+(?:vorige|voorbije|voorgaande|afgelopen)"
    r"\s+(?:academie|school|studie)?jaar\b|\bdit\s+jaar\s+of\s+vorig\s+jaar\b)"
    r"|\b(?:vorig|vorige|voorbije|voorgaande|afgelopen)\s+(?:academie|school|studie)jaar\s+(?:afgestudeerd|af\b)"
    r"|\b(?:of|in|during)\s+the\s+(?:past|last|previous|preceding)\s+academic\s+year\b"
    r"|\bau\s+cours\s+de\s+la\s+dernière\s+année\s+(?:académique|universitaire)\b|\bim\s+ersten\s+jahr\s+nach\b"
)
#: Months that make whole years: "graduated within the last 12 months", "12 months prior to the start",
#: "innerhalb von 12 Monaten nach Studienabschluss".
_WITHIN_MONTHS = _compile(
    r"(?P<within>within\s+(?:the\s+)?(?:last\s+|past\s+)?|in\s+the\s+(?:last|past)\s+|dans\s+les\s+|innerhalb\s+von\s+"
    r"|au\s+cours\s+des\s+|depuis\s+moins\s+de\s+|binnen\s+(?:de\s+)?(?:laatste\s+)?|in\s+den\s+letzten\s+"
    r"|in\s+de\s+(?:laatste|afgelopen)\s+"
    r"|innerhalb\s+der\s+letzten\s+)?"
    + _N + r"\s+(?:derniers\s+)?(?:months?|mois|maanden|monaten?)\b(?P<prior>\s+(?:prior|before|avant|voor|vor)\b)?"
)

# --- Age -------------------------------------------------------------------------------
# Inclusive and plural endings: "âgé.e.s", "âgé(e)s", "âgée", "âgés".
_INCLUSIVE = r"(?:\.?e)?(?:\.?s)?(?:\(e\)s?)?"
_NOT_AGE_AFTER = r"(?!\s+(?:d'expérience|d'ancienneté|ervaring|of\s+experience))"
_AGE_PATTERNS = (
    # "au moins de 21 ans" is a minimum age
    r"(?<!au\s)\bmoins\s+de\s+{n}\s+ans\b" + _NOT_AGE_AFTER,
    # "être âgé au moins de 21 ans et au plus de 34 ans", "avoir 24 ans au moins et 32 ans au plus"
    r"\bau\s+plus\s+de\s+{n}\s+ans\b",
    r"\b{d}\s+ans\s+au\s+(?:plus|maximum)\b",
    # "Doctorants de 30 ans maximum au moment de l'inscription"
    r"\b{d}\s+ans\s+maximum\b",
    r"(?:\bpas|\bn'ayant\s+pas|\bjamais)\b[^.]{{0,25}}?\batteint\s+(?:l'âge\s+de\s+)?{n}\s+ans",
    r"\bâgé" + _INCLUSIVE + r"\s+de\s+(?:maximum|au\s+maximum|au\s+plus|tout\s+au\s+plus)\s+{n}\s+ans",
    r"\bâgé" + _INCLUSIVE + r"\s+de\s+{n}\s+ans\s+(?:au\s+plus|maximum|au\s+maximum)",
    r"\b(?:âge\s+(?:maximum|maximal|limite)|limite\s+d'âge)\s*(?:est\s+)?(?:fixée?\s+)?(?::|à|de)?\s*{n}\s+ans",
    r"\b(?:entre|de)\s+\d{{1,2}}\s+(?:et|à)\s+{n}\s+ans\b" + _NOT_AGE_AFTER,
    r"\bjusqu'à\s+(?:l'âge\s+de\s+)?{n}\s+ans\b",
    r"\bpas\s+(?:avoir\s+|être\s+âgé\S*\s+de\s+)?plus\s+de\s+{n}\s+ans\b" + _NOT_AGE_AFTER,
    # "niet jonger dan 15 jaar en niet ouder dan 29 jaar": the first is a minimum age.
    r"(?<!niet\s)\bjonger\s+(?:zijn\s+|is\s+|bent\s+|moeten\s+zijn\s+)?dan\s+{n}",
    r"\bleeftijd\s*:\s*(?:\w+\s+)?(?:tot|tot\s+en\s+met|max(?:imaal|imum)?)\s+{n}\s+jaar",
    r"\btussen\s+(?:de\s+)?\d{{1,2}}\s*(?:en|tot|[-–])\s*{n}\s+jaar",
    r"\baged?\s+(?:between|from)\s+\d{{1,2}}\s+(?:and|to)\s+{n}\b(?!\s*(?:%|months?|weeks?|days?))",
    r"\bniet\s+ouder\s+(?:zijn\s+|worden\s+)?dan\s+{n}",
    r"\bonder\s+de\s+{n}\s+jaar",
    r"\bleeftijd\s+van\s+{n}\s+jaar\s+(?:nog\s+)?niet",
    r"\b{d}\s+jaar\s+(?:oud\s+)?of\s+jonger",
    r"\b(?:below|under)\s+the\s+age\s+of\s+{n}",
    r"\bunder\s+{n}(?!\s*(?:%|per\b|days?|months?|weeks?|hours?|€|euros?|eur\b|students|participants|people))",
    r"\b{d}\s+(?:years\s+(?:old|of\s+age)\s+)?or\s+(?:under|younger|below)\b",
    r"\byounger\s+than\s+{n}",
    r"\bnot\s+(?:be\s+)?(?:older\s+than|over(?:\s+the\s+age\s+of)?)\s+{n}",
    # "the maximum age for a master candidate is 35 years"
    r"\bmaximum\s+age\s+(?:of\s+|is\s+|for\s+[^.;:\d]{{1,60}}?\s+is\s+)?{n}",
    r"\bnot\s+(?:yet\s+)?(?:have\s+)?reached\s+the\s+age\s+of\s+{n}",
    r"\bunter\s+{n}\s+jahren?\b",
    r"\bjünger\s+als\s+{n}",
    r"\bnicht\s+älter\s+als\s+{n}",
    # "junge Menschen zwischen 18 und 30 Jahren", "höchstens 30 Jahre alt", "bis 30 Jahre"
    r"\bzwischen\s+\d{{1,2}}\s+und\s+{n}\s+jahren?\b",
    r"\bhöchstens\s+{n}\s+jahre\s+alt",
    r"\b(?:less|no\s+more|not\s+more)\s+than\s+{n}\s+years\s+(?:old|of\s+age)",
    # "bis zum vollendeten 30. Lebensjahr", "das 30. Lebensjahr noch nicht vollendet"
    r"\bbis\s+zum\s+vollendeten\s+{n}\.\s+lebensjahr",
    r"\b{n}\.\s+lebensjahr\s+noch\s+nicht\s+vollendet",
    # "should be maximum 32 years old", "between ages 16 and 18", "between 16 – 18 years of age"
    r"\bmax(?:imum|\.)?\s+{n}\s+years\s+(?:old|of\s+age)",
    r"\bbetween\s+(?:the\s+)?ages?\s+(?:of\s+)?\d{{1,2}}\s+(?:and|to|-|–)\s+{n}\b",
    r"\bbetween\s+\d{{1,2}}\s*[-–]\s*{n}\s+years\s+(?:old|of\s+age)",
    # "journalists aged 17 to 35", "for 18-30 year olds", "bis zum Alter von 35 Jahren"
    r"\baged\s+\d{{1,2}}\s*(?:to|and|-|–)\s*{n}\b(?!\s*(?:%|months?|weeks?|days?))",
    r"\b\d{{1,2}}\s*[-–]\s*{n}[-\s]years?[-\s]olds?\b",
    r"\bbis\s+zum\s+alter\s+von\s+{n}\b",
    # An age limit named as such: "leeftijdsgrens van 30 jaar", "Die Altersgrenze liegt bei 30 Jahren", "above
    # the age limit of 26".
    r"\b(?:leeftijdsgrens|altersgrenze|age\s+limit)\s+(?:van|von|of|is|ist|liegt\s+bei|ligt\s+op)\s+{n}\b",
    # A range after the word for age: "Alter bei Programmteilnahme: 15 bis 17 Jahre", "im Alter von 15 bis 18
    # Jahren". A bare range ("jongeren van 6 tot 25 jaar") is as often the public of an organisation's project
    # as the applicants' age: an absent value is better than a guessed one.
    r"\balter\b[^.;\d]{{0,30}}?\d{{1,2}}\s*(?:bis|[-–])\s*{n}\s+jahre?n?\b",
    r"\bim\s+alter\s+(?:von\s+)?\d{{1,2}}\s+bis\s+{n}\b",
    # Open ranges: "jongeren tot 21 jaar", "Heistse jongeren (- 26 jaar)", "jeunes professionnels de maximum 30 ans".
    r"\b(?:jongeren|kinderen|jonge\s+\w+|kandidaten|deelnemers|iedereen|personen)\s+tot\s+(?:en\s+met\s+)?{n}\s+jaar\b",
    r"\(\s*[-–]\s*{d}\s+(?:jaar|ans)\b",
    r"\bde\s+(?:maximum|max\.?)\s+{n}\s+ans\b",
    # "nog geen 30 jaar oud zijn", "be no older than 35 years old", "below 40 years of age", "vor Vollendung des
    # 45. Lebensjahres"
    r"\bnog\s+geen\s+{n}\s+jaar\b",
    r"\bno\s+older\s+than\s+{n}\b",
    r"\bbelow\s+{n}\s+years\b",
    r"\bvor\s+(?:der\s+)?vollendung\s+des\s+{n}\.\s+lebensjahr",
    # A label and its value: "Max. age: 30", "Age limit: 30 years", "Höchstalter: 30 Jahre", "Leeftijdsgrens: 30"
    r"\b(?:max(?:imum|\.)?\s+age|age\s+limit|höchstalter|altersgrenze|maximumleeftijd|maximale\s+leeftijd"
    r"|leeftijdsgrens|âge\s+limite)\s*:\s*{n}\b",
    # "Maximum 30 jaar oud", "avoir au maximum 30 ans", "maximal 27 Jahre alt", "up to 30 years old",
    # "up to the age of 30", "junge Menschen bis 27 Jahre"
    r"\b(?:maximum|maximaal|max\.?|hoogstens|ten\s+hoogste)\s+{n}\s+jaar\s+oud\b",
    # "avoir au plus 35 ans" (not "au plus 3 ans après", a graduation window: "avoir" says it is an age)
    r"\bau\s+maximum\s+{n}\s+ans\b", r"\bavoir\s+(?:tout\s+)?au\s+plus\s+{n}\s+ans\b",
    r"\b(?:maximal|max\.)\s+{n}\s+jahre\s+alt\b",
    # "Applicants must be at most 30 years old"
    r"\bat\s+most\s+{n}\s+years?\s+(?:old|of\s+age)\b",
    r"\bbetween\s+\d{{1,2}}\s+and\s+{n}\s+years\s+(?:old|of\s+age)",
    r"\bup\s+to\s+the\s+age\s+of\s+{n}\b",
    r"\bup\s+to\s+{d}\s+years?\s+(?:old|of\s+age)",
    r"\b(?:jugendliche|junge\s+menschen|junge\s+erwachsene|teilnehmende)\s+(?:\w+\s+)?bis\s+{n}\s+jahren?\b",
    # The word for age, then a range or the limit further on: "age 18 to 30 years", "The upper age limit for the
    # fellowship is 35 years", "Die Altersgrenze für Projekte des Solidaritätskorps liegt bei 30 Jahren", "Âge :
    # avoir entre 18 ans et 45 ans", "Künstlerinnen und Künstler bis 40 Jahre"
    r"\bage\s+\d{{1,2}}\s*(?:to|[-–])\s*{n}\s+years\b",
    r"\b(?:upper\s+)?age\s+limit\s+(?:for\s+[^.;:\d]{{1,60}}?\s+)?is\s+{n}\b",
    r"\baltersgrenze\s+[^.;:\d]{{1,60}}?\s+liegt\s+bei\s+{n}\s+jahren?\b",
    r"\bâge\s*:\s*(?:avoir\s+)?entre\s+\d{{1,2}}\s+ans\s+et\s+{n}\s+ans\b",
    r"\bkünstler(?:innen)?\s+(?:und\s+künstler(?:innen)?\s+)?bis\s+{n}\s+jahre?n?\b",
    # A range after the young people it names, from 12 up: "jongeren van 16 tot 26 jaar", "toute la jeunesse
    # (11-25 ans)" is not (from 11: as often an organisation's public, "kinderen en jongeren van 6 tot 25 jaar");
    # and a line that is only a range: "- 17-30 ANS".
    r"\b(?:jongeren|jeunes|jeunesse|young\s+people|jugendliche)\s+(?:van|de|tussen|entre|between|zwischen|aged)?\s*\(?\s*"
    r"(?:1[2-9]|[2-6]\d)\s*(?:tot|à|et|en|and|to|und|bis|[-–])\s*(?:en\s+met\s+)?{n}\s+(?:jaar|ans|years|jahren?)\b",
    r"^\W*(?:1[2-9]|[2-6]\d)\s*[-–]\s*{n}\s+(?:ans|jaar|years|jahre)\W*$",
    # Probed forms (extractor v113): "Les candidats ne peuvent avoir atteint l'âge de 35 ans" (no "pas"), "Je bent
    # maximaal 30 jaar", "not have reached their 35th birthday", "Das Höchstalter beträgt 30 Jahre", the age as the
    # subject of its cap: "L'âge des candidats ne peut dépasser 30 ans", "The age of applicants may not exceed 30
    # years", "Das Alter der Bewerber darf 30 Jahre nicht überschreiten", "De leeftijd … mag 30 jaar niet
    # overschrijden"
    r"\bne\s+(?:peu(?:t|vent)|doi(?:t|vent))\s+(?:pas\s+)?avoir\s+atteint\s+(?:l'âge\s+de\s+)?{n}\s+ans\b",
    r"\b(?:(?:je|u)\s+(?:bent|mag\s+(?:\w+\s+)?zijn)|(?:kandidaten|deelnemers|aanvragers)\s+(?:zijn|mogen\s+(?:\w+\s+)?zijn)"
    r"|(?:de\s+)?(?:kandidaat|aanvrager|deelnemer)\s+(?:is|mag\s+(?:\w+\s+)?zijn))"
    r"\s+(?:maximaal|max\.?|maximum|hoogstens|ten\s+hoogste)\s+{n}\s+jaar\b"
    r"(?!\s+(?:\w+\s+)?(?:afgestudeerd|gepromoveerd|geleden|ervaring|werkzaam|actief|in\s+dienst))",
    # (and the bound after a minimum, the verb last: "De aanvrager … moet minimaal 14 en maximaal 29 jaar zijn")
    r"\b(?:kandidaat|aanvrager|deelnemer|kandidaten|aanvragers|deelnemers)\b[^.;]{{0,100}}?\bmaximaal\s+{n}\s+jaar\s+"
    r"(?:oud\s+)?zijn\b",
    r"\bnot\s+(?:yet\s+)?(?:have\s+)?reached\s+(?:their|his|her|your|the)\s+{d}(?:st|nd|rd|th)\s+birthday\b",
    r"\b(?:höchstalter|maximumleeftijd|maximale\s+leeftijd)\s+(?:beträgt|liegt\s+bei|ist|bedraagt|is)\s+{n}\b",
    r"\b(?:âge|age)\b[^.;\d]{{0,40}}?(?:ne\s+(?:peut|doit|pourra)\s+(?:pas\s+)?(?:dépasser|excéder)"
    r"|(?:may|must|should|shall)\s+not\s+exceed|cannot\s+exceed)\s+{n}\s+(?:ans|years)\b",
    r"\b(?:alter|leeftijd)\b[^.;\d]{{0,40}}?\b(?:darf|mag|kann)\s+{n}\s+(?:jahre|jaar)\s+(?:nicht|niet)\s+"
    r"(?:überschreiten|übersteigen|overschrijden|overstijgen)\b",
    # Probed forms (extractor v128): "das 30. Lebensjahr nicht überschritten haben"; a limit's name without a colon
    # ("Altersgrenze 30 Jahre"); "Das Höchstalter für Bewerbungen liegt bei 30 Jahren"; "junge Erwachsene bis
    # einschließlich 27 Jahre"; a range after the word for age as a label ("Leeftijd: 18-30 jaar", "Age: 18–30",
    # "Âge : 18 à 30 ans")
    r"\bdas\s+{d}\.\s+lebensjahr\s+(?:noch\s+)?nicht\s+überschritten\b",
    r"\b(?:altersgrenze|höchstalter|leeftijdsgrens|maximumleeftijd)\s+{n}\s+(?:jahre|jaar)\b",
    r"\bhöchstalter\s+[^.;:\d]{{1,60}}?\s+liegt\s+bei\s+{n}\s+jahren?\b",
    r"\b(?:jugendliche|junge\s+menschen|junge\s+erwachsene)\s+bis\s+(?:einschließlich|inklusive|einschl\.)\s+{n}\s+jahre?n?\b",
    r"(?:^|\n|[.;]\s)\W*(?:leeftijd|age|âge|alter)\s*:\s*(?:1[2-9]|[2-6]\d)\s*(?:-|–|à|tot|to|bis)\s*{n}"
    r"(?:\s+(?:jaar|ans|years|jahre))?\b",
    # From round thirteen (extractor v168): the word for age and a dashed range in a list of criteria ("Dutch
    # nationality; age 15–29; first study"); a range with its unit on both bounds ("Être âgé entre 18 ans et 26 ans
    # révolus", "âgé de 18 ans à 26 ans")
    r"(?:^|\n|[.;:,]\s)\W*(?:leeftijd|age|âge|alter)\s+(?:1[2-9]|[2-6]\d)\s*[-–]\s*{n}\b"
    r"(?!\s*(?:%|months?|weeks?|days?|mois|maanden|monate))",
    r"\b(?:âgée?s?|avoir)\s+(?:de|entre)\s+(?:1[2-9]|[2-6]\d)\s+ans\s+(?:et|à)\s+{n}\s+ans\b",
)
# {n}: digits or a word of one to three parts, read by ``age_limit`` with ``parse_number`` (a word that is no
# number is no age); {d}: digits only, where the number opens the pattern; \d{{1,2}}: the lower end of a range.
# Spelling out every number word of four languages at each place made this one regex 130,000 characters: 0.2 s
# to compile in every process, and slow to scan.
_NUMBER_TOKEN = r"(?<![\w.,])\d{1,3}(?:[.,]\d+)?(?![\w])|(?<![\w-])[^\W\d_]+(?:[-\s][^\W\d_]+){0,2}(?![\w])"
_AGE = Branches("|".join(
    "(?:" + pattern.format(n=f"(?P<n{index}>{_NUMBER_TOKEN})", d=f"(?P<n{index}>" + r"\d{1,2})") + ")"
    for index, pattern in enumerate(_AGE_PATTERNS)
))
_AGE_RANGE = range(14, 71)
#: A bracketed aside with no digit in it ("(vor Beginn des jeweiligen Semesters)").
_WORDS_ASIDE = _compile(r"\s*\([^()\d]{0,80}\)")
#: Every age pattern holds a number: a clause with no digit and no number word is not searched with ``_AGE``
#: (some 130,000 characters of number words in every position they may take).
_MAY_STATE_AN_AGE = _compile(rf"\d|{NUMBER_WORD}")
# "diplômé depuis moins de 3 ans" is a graduation window, not an age.
_DIPLOMA_BEFORE = _compile(r"(?:diplôm\w*|obtenu\w*)\s+(?:depuis|il\s+y\s+a)\s*$")

# --- Languages -------------------------------------------------------------------------
_LANGUAGE_CUE = _compile(
    r"\blangues?\s*:|\bmaîtris|\bconnaissances?\b|\bcompétences?\s+linguistiques?|\bparl(?:er|ant|é)\b"
    r"|\bcapacités?\s+de\s+communication\s+en\b|\bniveau\s+[abc][12]\b|\bcourant\b|\bbilingue"
    r"|\bfluen(?:t|cy)\b|\bproficien|\bcommand\s+of\b|\bknowledge\s+of\b|\blanguages?\s*:|\bspeak"
    r"|\bkennis\s+van\b|\bbeheers|\bvloeiend|\bvlot\b|\bspreekt\b|\btalen\s*:|\bkenntnisse|\bfließend"
    r"|\bsprachen?\s*:"
)
_LANGUAGE_PATTERNS = (
    # "French-speaking artists" names a community, not a language requirement.
    ("fr", r"\bfrançais\b|\blangue\s+française\b|\bfrench\b(?![-\s]speaking)|\bfrans\b|\bfranzösisch"),
    ("en", r"\banglais\b|\benglish\b|\bengels\b|\benglisch"),
    ("nl", r"\bnéerlandais\b|\bdutch\b|\bnederlands\b|\bniederländisch"),
    ("de", r"\ballemand\b|\bgerman\b|\bduits\b|\bdeutsch"),
    ("es", r"\bespagnol\b|\bspanish\b|\bspaans\b|\bspanisch"),
    ("it", r"\bitalien\b|\bitalian\b|\bitaliaans\b|\bitalienisch"),
    ("pt", r"\bportugais\b|\bportuguese\b|\bportugees\b|\bportugiesisch"),
    ("ar", r"\barabe\b|\barabic\b|\barabisch"),
    ("ru", r"\brusse\b|\brussian\b|\brussisch"),
    ("zh", r"\bchinois\b|\bchinese\b|\bchinees\b|\bchinesisch"),
    ("lv", r"\bletton\b|\blatvian\b"),
    ("pl", r"\bpolonais\b|\bpolish\b|\bpools\b"),
    ("ja", r"\bjaponais\b|\bjapanese\b|\bjapans\b"),
)
_LANGUAGE = _compile("|".join(f"(?P<{code}>{pattern})" for code, pattern in _LANGUAGE_PATTERNS))

# --- Fields of study ---------------------------------------------------------------------
_FIELD_CUE = _compile(
    r"\bdomaines?\s+(?:du|de\s+la|de\s+l'|des|d')|\bétudiant(?:\.?e)?(?:\.?s)?\s+en\b|\bétudes\s+en\b"
    r"|\bétudie\w*\s+(?:le|la|les|l')|\bdiplômée?(?:\.?e)?(?:\.?s)?\s+en\b"
    r"|\bdiplôme\s+(?:de\s+(?:master|bachelier)\s+)?en\b|\bmaster\s+en\b|\bbachelier\s+en\b|\bformation\s+en\b"
    r"|\bfilières?\b|\bdegree\s+in\b|\bstudies\s+in\b|\bstudents?\s+(?:of|in)\b|\bbackground\s+in\b"
    r"|\bmajor(?:ing)?\s+in\b|\bstudenten\b|\bopleiding\b"
)
_FIELD_WINDOW = 160
_FIELD_PHRASES = (
    ("droit", "droit", r"\b(?!\s+(?:de|d'|à|aux?)\b)"),
    ("science", "sciences politiques", r"s?\s+politiques?\b"),
    ("science", "sciences économiques", r"s?\s+économiques?\b"),
    ("science", "sciences sociales", r"s?\s+sociales?\b"),
    ("science", "sciences de l'ingénieur", r"s?\s+de\s+l'ingénieur"),
    ("ingénieur", "sciences de l'ingénieur", ""),
    ("relations internationales", "relations internationales", r"\b"),
    ("économie", "économie", r"\b"),
    ("gestion", "gestion", r"\b"),
    ("communication", "communication", r"\b"),
    ("journalisme", "journalisme", r"\b"),
    ("traduction", "traduction", r"\b"),
    ("interprétation", "interprétation", r"\b"),
    ("histoire", "histoire", r"\b"),
    ("philosophie", "philosophie", r"\b"),
    ("psychologie", "psychologie", r"\b"),
    ("sociologie", "sociologie", r"\b"),
    ("agronomi", "agronomie", ""),
    ("informatique", "informatique", r"\b"),
    ("médecine", "médecine", r"\b"),
    ("santé publique", "santé publique", r"\b"),
    ("architecture", "architecture", r"\b"),
    ("environnement", "environnement", r"\b"),
    ("coopération au développement", "coopération au développement", r"\b"),
    ("études européennes", "études européennes", r"\b"),
    ("law", "law", r"\b"),
    ("political science", "political science", r"s?\b"),
    ("international relations", "international relations", r"\b"),
    ("economics", "economics", r"\b"),
    ("rechten", "rechten", r"\b"),
    ("politieke wetenschappen", "politieke wetenschappen", r"\b"),
    ("internationale betrekkingen", "internationale betrekkingen", r"\b"),
)
_FIELD = _PhraseMatcher(_FIELD_PHRASES)

# --- Which lines need which patterns ---------------------------------------------------
# Lower-case literals (fast to scan) that any fact of a family must contain.
_TRIGGERS = {
    "age": ("moins de", "atteint", "âgé", "âge", " ans", "jaar", " age", "aged", "under ", "younger", "older",
            "jahr", "jünger", "älter", "jonger", "ouder", "years old", "years of age", "lebensjahr", "jahre alt",
            "year olds", "year-olds", "birthday"),
    "fwb": ("wallonie", "wallon", "walloon", "waals", "walen", "vgc", "gemeenschapscommissie", "cocof", "bruxell", "brussel", "brüssel", "wallonia", "wallonië", "fwb", "francophone", "française",
            "franstalig", "französisch",
            "french-speaking",
            "french speaking", "french community", "franse gemeenschap", "ulb", "uclouvain", "liège", "liege", "umons", "unamur",
            # Triggers are read as substrings: no short acronym that hides in common words ("hel", "hers").
            "hepl", "helmo", "he2b", "henallux", "helha", "ephec", "ichec", "vinci", "haute école", "saint-louis",
            "supérieure des arts", "la cambre", "insas", "arba", "beaux-arts", "beaux arts",
            "heph", "heaj",
            "université libre", "université catholique", "université de mons", "université de namur",
            # The provinces: "en province de Namur", "provincie Henegouwen"
            "province", "provincie"),
    "levels": ("bac", "master", "mastère", "cycle", "academic and", "academisch", "inscrit", "enrolled",
               "registered", "ingeschreven", "eingeschrieben", "degree", "premier cycle", "premier ou", "premier et",
               "deuxième cycle",
               "troisième cycle", "doctor", "phd", "ph.d", "ph. d", "postdoc", "post-doc", "diplôm", "graduat",
               "afgestudeerd", "chercheu", "research", "onderzoek", "forscher", "employés", "personnel acad",
               "personnel scien", "personnel ens", "membres du personnel", "staff", "secondaire", "secondary",
               "secundair", "titulaire", "undergrad", "étudiant", "student", "gepromoveerd", "profil"),
    "within": ("diplôm", "graduat", "afgestudeerd", "diploma", "abschluss", "obtenu", "obtained", "behaald",
               "doctorat", "terminé", "phd", "ph.d", "doctora", "doktor", "abgeschlossen", "afstuderen",
               "defence", "defense", "thèse", "thesis", "promo", "degree", "staatsexamen", "completed", "finished",
               "mémoire", "scriptie", "masterproef", "arbeit", "dissertation", "absolvent", "studeerde", "prüfungsleistung"),
    "languages": ("langue", "language", "maîtris", "connaissance", "linguisti", "parler", "parlant", "parlé",
                  "communication en", "niveau a", "niveau b", "niveau c", "courant", "bilingue", "fluen",
                  "proficien", "command of", "knowledge of", "speak",
                  "kennis", "beheers", "vloeiend", "vlot", "spreekt", "talen", "kenntnis", "fließend",
                  "sprache"),
    # Living somewhere, and a seat (``lives_in_a_walloon_or_brussels_place``): read in the same pass as the others.
    "living": ("habit", "domicil", "résid", "resid", "won", "woon", "inwoner", "wohn", "ansässig", " live ", " lives ",
               " living "),
    "seat": ("établie", "établis", "implanté", "basé", "installé", "based", "located", "registered", "gevestigd",
             "ansässig"),
    "fields": ("domaine", "étudiant", "étudie", "études en", "diplôm", "master en", "bachelier en",
               "formation en", "filière", "degree in", "studies in", "student", "background in", "major",
               "studenten", "opleiding"),
}
# Every sentence an age or graduation pattern can match must wake its family: the words its patterns need are added
# to the hand-kept ones (``patterns.waking_words``), so a wording added later is never asleep ("Applicants must not
# be over 30", "below 30 years" woke nothing until v114). A trigger with a space after it ("under ") stands only for
# itself. (The FWB family keeps its hand list: its patterns name short acronyms, "HEL", "HERS", that would wake it on
# "help" and "others".)
for _family, _patterns in (
    ("age", _AGE.branches),
    ("within", (*_THESIS_NOT_OLDER.branches, *_GRADUATES_OF.branches, *_EXPERIENCE_SINCE_DOCTORATE.branches)),
):
    _known = tuple(word.lstrip() for word in _TRIGGERS[_family] if not word.endswith(" "))
    _TRIGGERS[_family] += waking_words(_known, _patterns)
# The scan reports the longest trigger at a place ("master en", not "master"),
# so a trigger also stands for every family of the triggers it contains.
_FAMILIES_OF_TRIGGER: dict[str, set[str]] = {
    word: {family for family, words in _TRIGGERS.items() if any(other in word for other in words)}
    for words in _TRIGGERS.values()
    for word in words
}


_TRIGGER = Literals(_FAMILIES_OF_TRIGGER)


@dataclass
class _Findings:
    age_max: int | None = None
    requires_fwb: bool | None = None
    graduated_within: int | None = None
    levels: set[str] = field(default_factory=set)
    languages: set[str] = field(default_factory=set)
    fields: dict[str, None] = field(default_factory=dict)
    #: Evidence sentence -> its position on the page.
    evidence: dict[str, int] = field(default_factory=dict)
    higher_education_students: list[tuple[str, int]] = field(default_factory=list)
    enrolled_students: bool = False
    #: A researcher offered as an alternative to a doctoral level ("doctorant(e) ou jeune chercheur(se)").
    researcher_alternative: bool = False


def parse_eligibility(text: str, *, language: str = "fr") -> Eligibility:
    """Who may apply, as stated on the page; empty when the page says nothing.

    ``language`` is accepted for symmetry with the other normalisers; French,
    Dutch, English and German wordings are all recognised.
    """
    if not text or not text.strip():
        return Eligibility()
    found = _Findings()
    # The page's sentences as the date and duration readers split them (cached: split once a page).
    for position, sentence in enumerate(body_sentences(text)):
        low = sentence.text.lower()
        families = _families_needed(low)
        living, seat = "living" in families, "seat" in families
        families -= {"living", "seat"}
        if families:
            _read_sentence(sentence.text, position, families, found)
        if (found.requires_fwb is None and (living or (seat and _APPLICANT_WORDS.search(low)))
                and lives_in_a_walloon_or_brussels_place(sentence.text)):
            found.requires_fwb = True
            found.evidence.setdefault(sentence.text, position)
    levels = found.levels
    if levels & {"phd", "postdoc"} and not found.researcher_alternative:
        levels.discard("researcher")  # "jeunes chercheurs" on a doctoral programme
    # Students of higher education with no level are bachelor and master
    # students; when the page says they must be *enrolled*, also on a page that
    # admits recent graduates besides them.
    general = _STUDENT_LEVELS | ({"graduate"} if not found.enrolled_students else set())
    if not levels & general and found.higher_education_students:
        levels |= {"bachelor", "master"}
        for sentence, position in found.higher_education_students:
            found.evidence.setdefault(sentence, position)
    return Eligibility(
        age_max=found.age_max,
        requires_fwb=found.requires_fwb,
        levels=[level for level in LEVELS if level in levels],
        graduated_within_years=found.graduated_within,
        languages=sorted(found.languages),
        fields=list(found.fields),
        evidence=sorted(found.evidence, key=found.evidence.__getitem__),
    )


def _families_needed(low: str) -> set[str]:
    """The fact families whose triggers a lower-cased sentence holds."""
    families: set[str] = set()
    # A space before the line: triggers such as " age" also find a line that opens with the word ("Age limit: 30").
    for _, trigger in _TRIGGER.longest(" " + low):
        families |= _FAMILIES_OF_TRIGGER[trigger]
    return families


def _read_sentence(sentence: str, position: int, families: set[str], found: _Findings) -> None:
    contributed = False
    for clause in _CLAUSE_SPLIT.split(sentence.lower()):
        if not clause or _PREFERENCE.search(clause):
            continue
        if "age" in families and found.age_max is None:
            age = age_limit(clause)
            if age is not None:
                found.age_max, contributed = age, True
        if "fwb" in families and mentions_fwb_institution(clause):
            found.requires_fwb, contributed = True, True
        if "within" in families and found.graduated_within is None:
            within = graduated_within_years(clause)
            if within is not None:
                found.graduated_within, contributed = within, True
        if "levels" in families:
            levels = study_levels(clause)
            if levels:
                found.levels.update(levels)
                contributed = True
                if "researcher" in levels and _RESEARCHER_ALTERNATIVE.search(clause):
                    found.researcher_alternative = True
            # "enrolled at a higher education institution … or a recent graduate": the
            # graduate level does not say which students; one of bachelor/master would.
            enrolled = not set(levels) & _STUDENT_LEVELS and _ENROLLED_IN_HIGHER_EDUCATION.search(clause)
            # "leerlingen van het secundair onderwijs en studenten van het hoger onderwijs": the secondary
            # pupils do not say which students.
            if enrolled or (not set(levels) & _STUDENT_LEVELS and _HIGHER_EDUCATION_STUDENTS.search(clause)):
                found.higher_education_students.append((sentence, position))
                found.enrolled_students |= bool(enrolled)
        if "languages" in families:
            languages = required_languages(clause)
            if languages:
                found.languages.update(languages)
                contributed = True
        if "fields" in families:
            for name in fields_of_study(clause):
                found.fields.setdefault(name, None)
                contributed = True
    if contributed:
        found.evidence.setdefault(sentence, position)


def _leading_number(words: str) -> int | float | None:
    """The number the words open with: "thirty five years" -> 35 (the longest run of words that is one)."""
    ends = [len(words), *reversed([separator.start() for separator in _WORD_SEPARATOR.finditer(words)])]
    return next((value for end in ends if (value := parse_number(words[:end])) is not None), None)


_WORD_SEPARATOR = re.compile(r"[-\s]")


#: Minors who may apply with their parents' consent: "les candidats de moins de 18 ans devront joindre une autorisation
#: parentale" opens the call to them, it sets no limit.
#: A reduced price by age is a tariff, not who may apply: "Jongeren tot 25 jaar krijgen 50% korting", "Les jeunes
#: de moins de 26 ans bénéficient d'une réduction", "Studenten jonger dan 25 jaar betalen een verminderd tarief".
_PRICE_REDUCTION = _compile(
    r"\bkorting\b|\b(?:verminderd|gereduceerd|voordelig)\w*\s+tarief|\bréduction\b|\btarifs?\s+réduits?|\bdiscount"
    r"|\breduced\s+(?:fee|rate|price|tariff|fare)s?|ermäßig|\brabatt"
)
_MINORS_WITH_CONSENT = _compile(
    r"[^.]{0,120}?(?:autorisation\s+parentale|accord\s+(?:des\s+parents|parental)|parental\s+(?:consent|permission|approval)"
    r"|(?:consent|permission)\s+(?:of|from)\s+(?:a\s+|their\s+|the\s+)?(?:parent|guardian)|gesetzliche\w*\s+vertreter"
    r"|(?:zustimmung|einverständnis)\w*\s+(?:der|des|ihrer|seiner)\s+(?:eltern|erziehungsberechtigten)"
    r"|toestemming\s+van\s+(?:de\s+|hun\s+|een\s+|je\s+)?ouder|ouderlijke\s+toestemming)"
)
#: Whose age it is, when not the applicant's: one member of a group or half its board ("au moins un jeune de moins
#: de 26 ans", "een bestuur met de helft jonger dan 35 jaar"), or the applicant's children ("Kinderzulage für
#: Kinder unter 18 Jahren"); or the public of the activities a call funds, where organisations apply ("We steunen
#: activiteiten voor en door jongeren tussen 12 en 25 jaar", "Het project richt zich naar kinderen en jongeren tussen
#: 6 en 25 jaar", "Le projet doit associer des jeunes de 16 à 30 ans", "jongeren van de beoogde doelgroep").
_NOT_THE_APPLICANTS_AGE = _compile(
    r"(?:\bau\s+moins\s+(?:un|une)|\bat\s+least\s+(?:one|half)|\bminstens\s+(?:één|een)|\bmindestens\s+(?:ein|eine|einer)"
    r"|\bde\s+helft|\bla\s+moitié|\bhalf\s+of|\bdie\s+hälfte)\b[^.;]{0,40}$"
    # activities for them (not "projecten van jongeren", theirs; not a programme, which they join)
    r"|\b(?:activiteit|activité|activit(?:y|ies)|aktivität|initiatie|initiative|jeugdwerk|werking)\w*\s+(?:\w+\s+){0,2}?"
    r"(?:voor|met|pour|avec|aux?|for|with|für|mit)(?:\s+(?:en|et|and|und)\s+(?:door|par|by|von|voor|met|pour|avec))?"
    r"\s+(?:(?:alle|tous\s+les|all|les|des|de|het|the|die)\s+)?(?:\w+\s+(?:(?:en|et|and|und|of|ou|or)\s+\w+\s+)?(?:de\s+|van\s+|von\s+)?)?$"
    # organisations that work with them: "organisaties die met jongeren … werken", "Vereine, die mit Jugendlichen …
    # arbeiten", "Organisations working with young people aged 13 to 30"
    r"|\b(?:organisatie|organisation|organization|vereniging|association|verein|verband|einrichtung)(?:s|en|e)?,?\s+"
    r"(?:(?:die|qui|that|which|who)\s+(?:\w+\s+){0,3}?|(?:working|active|actives?|actief|actieve|tätige?n?)\s+)"
    r"(?:voor|met|pour|avec|for|with|für|mit)(?:\s+(?:en|et|and|und)\s+(?:voor|met|pour|avec|for|with))?\s+"
    r"(?:(?:des|les|de|the|die|den)\s+)?(?:\w+\s+){0,2}$"
    # a project that is aimed at them, involves them
    r"|\b(?:project|projet|projekt|activiteit|activité|initiatie|initiative)\w*\b[^.;]{0,25}?\b(?:richt\s+zich\s+(?:naar|tot)"
    r"|s'adresse\s+(?:à|aux)|(?:is\s+)?aimed\s+at|targets|richtet\s+sich\s+an|doit\s+associer|associe|involves?)\b[^.;]{0,30}$"
    # the target group named
    r"|\b(?:doelgroep|target\s+group|public\s+cible|zielgruppe)\b[^.;]{0,60}$"
    r"|(?:kinderzulage|kindergeld|allocations?\s+familiales?|family\s+allowance|child(?:ren)?'?s?\s+allowance|kinderbijslag"
    r"|kindertoeslag|(?:zulage|allocation|allowance|toeslag|supplément|supplement)\s+(?:für|pour|for|voor)\s+(?:jedes\s+|chaque\s+"
    r"|each\s+|elk\s+)?(?:kind|enfant|child))[^.;]{0,30}$"
)


def age_limit(text: str) -> int | None:
    """The maximum age a sentence states ("moins de 35 ans" -> 35), or None."""
    text = text.lower()
    if not _MAY_STATE_AN_AGE.search(text) or _PRICE_REDUCTION.search(text):
        return None
    if "(" in text:
        # An aside without a number between the words of a limit: "das 26. Lebensjahr (vor Beginn des jeweiligen
        # Semesters) noch nicht vollendet haben" (not "(11-25 ans)": that one is the age).
        text = _WORDS_ASIDE.sub("", text)
    position = 0
    while (match := _AGE.search(text, position)) is not None:
        number = next(value for name, value in match.groupdict().items() if value is not None)
        value = _leading_number(number)
        if value is None:
            # A word that is no number ("Altersgrenze von unter 26 Jahren"): another pattern may start inside.
            position = match.start() + 1
            continue
        position = match.end()
        if int(value) in _AGE_RANGE and not _DIPLOMA_BEFORE.search(text, max(0, match.start() - 30), match.start()) and not (
                _MINORS_WITH_CONSENT.match(text, match.end())
                or _NOT_THE_APPLICANTS_AGE.search(text, max(0, match.start() - 80), match.start())):
            return int(value)
    return None


def mentions_fwb_institution(text: str) -> bool:
    """True when applicants must come from an FWB institution or live (be based) in Wallonia or Brussels.

    Not when the FWB is an organisation or a host.
    """
    text = text.lower()
    if (_RESIDENT_IN_WALLONIA_BRUSSELS.matches(text) or _RESIDENTS_BY_NAME.matches(text)) and not _ALSO_FLANDERS.search(text):
        return True
    for match in _FWB.finditer(text):
        before = text[max(0, match.start() - _FWB_CONTEXT_WIDTH) : match.start()]
        applicant = None
        for applicant in _APPLICANT_WORD.finditer(before):
            pass
        if applicant is not None and not _STAY_WORD.search(before, applicant.end()):
            if _OTHER_WAY_IN.match(text, match.end()) or _TO_BE_TAKEN_THERE.match(text, match.end()):
                continue
            return True
        # German and Dutch put the enrolment last: "an einer Hochschule der Föderation Wallonie-Brüssel eingeschrieben"
        if _ENROLLED_AFTER.match(text, match.end()) and not _STAY_WORD.search(before):
            return True
    return False


def graduated_within_years(text: str) -> int | None:
    """How recent the last diploma must be ("au plus tard 2 ans avant le début du stage" -> 2)."""
    text = text.lower()
    # Searched only where their words are (``Branches``): the "within" family wakes on every sentence with a year.
    for pattern in (_THESIS_NOT_OLDER, _GRADUATES_OF, _EXPERIENCE_SINCE_DOCTORATE):
        if (match := pattern.search(text)) and isinstance(
            value := parse_number(match.group("n") or match.group("n2")), int
        ) and 0 < value <= 10:
            return value
    if not _DIPLOMA_WORD.search(text) or _FOR_THE_OLDER_ONLY.search(text):
        return None
    for match in [*_WITHIN_YEARS.finditer(text), *_SINCE_YEARS.finditer(text), *_YEARS_AFTER.finditer(text),
                  *_YEARS_BETWEEN.finditer(text)]:
        value = parse_number(match.group("n"))
        before = text[max(0, match.start() - 25) : match.start()]
        if _DIPLOMA_TO_COME.search(text[max(0, match.start() - 60) : match.start()]):
            continue  # "so that they can obtain a doctoral degree within 4 years": the grant's aim, not a condition
        if _REPAYMENT.search(text, max(0, match.start() - 40), match.start()):
            continue
        if _LENGTH_BEFORE.search(before):
            continue  # "a second term of maximum 2 years", "Le doctorat dure au maximum 4 ans": how long, not how recent
        if isinstance(value, int) and 0 < value <= 10 and not _AGE_WORD_BEFORE.search(before):
            return value
    if _EXCLUDED.search(text):
        for match in _OLDER_THAN.finditer(text):
            value = parse_number(match.group("n"))
            if isinstance(value, int) and 0 < value <= 10:
                return value
    if _WITHIN_ONE_YEAR.search(text):
        return 1
    for match in _WITHIN_MONTHS.finditer(text):
        if not (match.group("within") or match.group("prior")):
            continue  # a bare "12 months" is a length, not a window since graduation
        value = parse_number(match.group("n"))
        if isinstance(value, int) and value % 12 == 0 and 0 < value <= 120:
            return value // 12
    return None


def study_levels(text: str) -> list[str]:
    """Study levels one clause names, in LEVELS order (see the module notes)."""
    levels = {level for level, _ in _LEVEL.find(text.lower()) if level}
    if levels & {"phd", "postdoc"}:
        levels.discard("graduate")  # the master held by a doctoral candidate
    return [level for level in LEVELS if level in levels]


def required_languages(text: str) -> list[str]:
    """ISO 639-1 codes of the languages a clause requires, sorted."""
    text = text.lower()
    if not _LANGUAGE_CUE.search(text):
        return []
    return sorted({match.lastgroup for match in _LANGUAGE.finditer(text) if match.lastgroup})


def fields_of_study(text: str) -> list[str]:
    """Fields of study named after a field cue, in the order written."""
    low = text.lower()
    names: dict[str, None] = {}
    position = 0
    for cue in _FIELD_CUE.finditer(low):
        start = max(cue.end(), position)
        for name, match in _FIELD.find(low, start, min(len(low), cue.end() + _FIELD_WINDOW)):
            names.setdefault(name, None)
            position = match.end()
    return list(names)


#: An act of the French Community or of Wallonia creates a scheme for those attached to it.
_FWB_AUTHORITY = re.compile(
    r"communauté\s+française|fédération\s+wallonie\s*[-–]?\s*bruxelles|gouvernement\s+wallon|région\s+wallonne"
    r"|commission\s+communautaire\s+française|parlement\s+de\s+la\s+communauté\s+française",
    re.IGNORECASE,
)


def fwb_authority_line(title: str | None, text: str) -> str | None:
    """The line naming the French Community or Wallonia as the author of an act, at its head, else None.

    A legal scheme of the Fédération Wallonie-Bruxelles (or of Wallonia) is
    for students and people attached to it (CONTRACT.md ``requires_fwb``),
    whether or not an article says so again.
    """
    head = [title or "", *text[:600].splitlines()[:6]]
    return next((line.strip() for line in head if _FWB_AUTHORITY.search(line)), None)


#: The applicants named generically, whose seat ``_SEATED_IN`` reads; asked only of a sentence with a seat word.
_APPLICANT_WORDS = re.compile("associations|asbl|organisations|organizations|entreprises|structures|opérateurs|candidats"
                              "|porteurs|applicants|companies|verenigingen|organisaties|vereine|unternehmen")


#: The web hosts of the FWB's universities, hautes écoles and arts schools (and their older names).
_FWB_INSTITUTION_HOST = re.compile(
    r"https?://(?:[\w-]+\.)*(?:ulb\.be|ulb\.ac\.be|uclouvain\.be|ucl\.ac\.be|uliege\.be|ulg\.ac\.be|umons\.ac\.be|unamur\.be"
    r"|fundp\.ac\.be|usaintlouis\.be|heldb\.be|helmo\.be|hepl\.be|he2b\.be|henallux\.be|helha\.be|heh\.be|ephec\.be"
    r"|ichec\.be|vinci\.be|galilee\.be|condorcet\.be|ecam\.be|hers\.be|ihecs\.be|heaj\.be|heph\.be|lacambre\.be"
    r"|arba-esa\.be|insas\.be)(?::\d+)?/",
    re.IGNORECASE,
)
#: Students leaving for a stay abroad: "Mobilité des doctorants (Erasmus)", "séjour à l'étranger", "study abroad".
_OUTGOING_MOBILITY = re.compile(
    r"erasmus|mobilit[éy]|séjours?\s+à\s+l'étranger|study\s+abroad|partir\s+(?:à\s+l'étranger|en\s+erasmus)"
    r"|stages?\s+à\s+l'étranger|outgoing|sortante?s?\b",
    re.IGNORECASE,
)

#: Enrolment asked of the applicant ("doit être inscrit·e comme élève régulier·e"), and enrolment somewhere else.
_ENROLLED = languages.cue_pattern("enrolled")
_ENROLLED_ELSEWHERE = languages.cue_pattern("enrolled_elsewhere")


#: The localities of Wallonia and Brussels (a data file, with its source in its header).
_PLACES_PATH = Path(__file__).with_name("data") / "walloon_brussels_places.txt"
#: A locality's name as written: capitalised, its parts joined by hyphens ("Braine-l'Alleud").
_PLACE_NAME = r"[A-ZÀ-Ý][\w'’]+(?:-[\w'’]+)*"
#: Living somewhere, then the place named: "Habiter Crisnée", "habitants domiciliés à Houyet", "wonen in Doornik".
_LIVES_IN = re.compile(
    # (every person of the verb: "Tu habites à Verviers", "Vous habitez Namur", "Je woont in Luik", "who live in Mons")
    r"\b(?:[Hh]abit(?:er|ent|es|ez|e|ants?|antes?)|[Dd]omiciliée?s?|[Rr]ésid(?:ant|ent|er|ez|es|e|ante|ants)"
    r"|[Ww]on(?:en|end|t)|[Ww]oon(?:t|achtig)?|[Ii]nwoners?|[Ww]ohn(?:en|t|st|haft)|[Rr]esidents?|[Rr]esiding"
    r"|(?:[Ll]ive[sd]?|[Ll]iving)\s+in)"
    rf"(?:\s+(?:à|en|in|te|op|de|of|van|dans\s+la\s+commune\s+de))?\s+(?P<place>{_PLACE_NAME})"
    # Dutch and German put the word of living after the place: "in Lüttich wohnhaft", "in Namen wonen"
    rf"|\b(?:in|te)\s+(?P<place_before>{_PLACE_NAME})\s+(?:wohnhaft|ansässig|woonachtig|wonen|wohnen|gedomicilieerd)\b"
)


#: The applicants' seat in a locality, named generically (not a host: "l'Organisation mondiale des Douanes, établie à
#: Bruxelles", "Le Secrétariat, actuellement basé à Namur"): "une ou plusieurs associations établies à Liège".
_SEATED_IN = re.compile(
    r"\b(?:[Aa]ssociations|ASBL|asbl|[Oo]rganisations|[Oo]rganizations|[Ee]ntreprises|[Ss]tructures|[Oo]pérateurs"
    r"|[Cc]andidats|[Pp]orteurs|[Aa]pplicants|[Cc]ompanies|[Vv]erenigingen|[Oo]rganisaties|[Vv]ereine|[Uu]nternehmen)"
    r"\s+(?:[\w'-]+\s+){0,2}?(?:établie?s|implantée?s|basée?s|installée?s|based|located|registered|gevestigd|ansässig)"
    rf"\s+(?:à|in|te)\s+(?P<place>{_PLACE_NAME})"
)


@lru_cache(maxsize=1)
def _places() -> frozenset[str]:
    lines = _PLACES_PATH.read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip().lower() for line in lines if line.strip() and not line.startswith("#"))


def lives_in_a_walloon_or_brussels_place(sentence: str) -> bool:
    """Whether the sentence names living in a locality of Wallonia or Brussels ("habitants domiciliés à Houyet").

    A commune's call for its own inhabitants names the commune, not the region: the place is looked up in the
    list of the localities' names.
    """
    seated = _SEATED_IN.finditer(sentence) if _APPLICANT_WORDS.search(sentence.lower()) else ()
    return any((match.groupdict().get("place") or match.groupdict().get("place_before")).lower() in _places()
               for match in (*_LIVES_IN.finditer(sentence), *seated))


def own_students_line(url: str | None, text: str) -> str | None:
    """On an FWB institution's own site, the first sentence about its students' stays abroad or about the enrolment
    it asks of them, else None.

    "Mobilité des doctorants (Erasmus)" on ulb.be is for the ULB's doctoral
    students, and "L'étudiant·e doit être inscrit·e comme élève régulier·e" on
    its page of financial aid means enrolled at the ULB, though no sentence
    names it: the page is the institution speaking to its own (CONTRACT.md
    ``requires_fwb``: enrolled at one of its institutions). Not enrolment
    elsewhere ("inscrits dans une université étrangère").
    """
    if not url or not _FWB_INSTITUTION_HOST.match(url):
        return None
    return next((sentence.text for sentence in body_sentences(text)
                 if _OUTGOING_MOBILITY.search(sentence.text)
                 or (_ENROLLED.search(sentence.text) and not _ENROLLED_ELSEWHERE.search(sentence.text))), None)
