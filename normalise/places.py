"""Host organisation and location (city, country) of an opportunity.

Where a page says it, in order of trust: a labelled line of the body ("Lieu
d'affectation: Bruxelles", "Lieu: Siège de l'UNESCO, Paris.", "Division /
département: Bureau de Liaison de la FAO …"), then the title ("Offre de stage
au Bureau de liaison de la FAO à Bruxelles"), then the lead paragraph.
Organisations are recognised by their acronym (a short list of the hosts WBI
pages name); cities and countries by name, from a table that gives each city
its ISO 3166-1 alpha-2 country. Free text is never guessed into a place: a
name that is in no table is left out.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass


@dataclass(frozen=True)
class Host:
    organisation: str | None
    city: str | None
    country: str | None  # ISO 3166-1 alpha-2
    evidence: str


#: Acronyms of the hosts and funders WBI pages name, with the spellings that mean them.
ORGANISATIONS: dict[str, tuple[str, ...]] = {
    "FAO": ("FAO", "FAOLOB"),
    "UNESCO": ("UNESCO",),
    "OIF": ("OIF", "Organisation internationale de la Francophonie"),
    "CITF": ("CITF", "Commission internationale du théâtre francophone"),
    "VIAA": ("VIAA",),
    "AUF": ("AUF", "Agence universitaire de la Francophonie"),
    "CIRC": ("CIRC", "IARC", "Centre international de recherche sur le cancer"),
    "OMS": ("OMS", "WHO", "Organisation mondiale de la santé"),
    "OIT": ("OIT", "ILO", "Organisation internationale du travail"),
    "UNICEF": ("UNICEF",),
    "PNUD": ("PNUD", "UNDP"),
    "PNUE": ("PNUE", "UNEP"),
    "HCR": ("HCR", "UNHCR"),
    "PAM": ("PAM", "WFP", "Programme alimentaire mondial"),
    "ONUDI": ("ONUDI", "UNIDO"),
    "CNUCED": ("CNUCED", "UNCTAD"),
    "OCDE": ("OCDE", "OECD"),
    "OMC": ("OMC", "WTO"),
    "ONU": ("ONU", "Nations unies", "United Nations"),
    "UNRWA": ("UNRWA",),
    "OSCE": ("OSCE",),
    "Conseil de l'Europe": ("Conseil de l'Europe", "Council of Europe"),
    "Parlement européen": ("Parlement européen", "European Parliament"),
    "Commission européenne": ("Commission européenne", "European Commission"),
    "WBI": ("WBI", "Wallonie-Bruxelles International"),
    "AWEX": ("AWEX",),
    "UMONS": ("UMONS",),
    "ULB": ("ULB",),
    "UCLouvain": ("UCLouvain",),
    "ULiège": ("ULiège", "ULiege"),
    "UNamur": ("UNamur",),
}

#: City → ISO country: Belgian cities, European and world capitals, and the other cities WBI pages name.
CITIES: dict[str, str] = {
    # Belgium (French, Dutch and English names)
    "Bruxelles": "BE", "Brussel": "BE", "Brussels": "BE", "Liège": "BE", "Luik": "BE", "Namur": "BE",
    "Mons": "BE", "Charleroi": "BE", "Louvain-la-Neuve": "BE", "Louvain": "BE", "Leuven": "BE",
    "Gand": "BE", "Gent": "BE", "Anvers": "BE", "Antwerpen": "BE", "Bruges": "BE", "Brugge": "BE",
    "Arlon": "BE", "Tournai": "BE", "Wavre": "BE", "Nivelles": "BE", "Verviers": "BE", "Gembloux": "BE",
    "Eupen": "BE", "Hasselt": "BE", "Mouscron": "BE", "La Louvière": "BE", "Ottignies": "BE",
    # Europe
    "Paris": "FR", "Lyon": "FR", "Marseille": "FR", "Lille": "FR", "Strasbourg": "FR", "Bordeaux": "FR",
    "Toulouse": "FR", "Nice": "FR", "Montpellier": "FR", "Avignon": "FR",
    "Berlin": "DE", "Munich": "DE", "München": "DE", "Francfort": "DE", "Frankfurt": "DE", "Cologne": "DE",
    "Köln": "DE", "Düsseldorf": "DE", "Aix-la-Chapelle": "DE", "Aachen": "DE", "Hambourg": "DE", "Bonn": "DE",
    "Rome": "IT", "Roma": "IT", "Milan": "IT", "Turin": "IT", "Florence": "IT", "Venise": "IT",
    "Madrid": "ES", "Barcelone": "ES", "Barcelona": "ES", "Lisbonne": "PT", "Lisboa": "PT", "Porto": "PT",
    "Londres": "GB", "London": "GB", "Édimbourg": "GB", "Edinburgh": "GB", "Dublin": "IE",
    "Amsterdam": "NL", "La Haye": "NL", "Den Haag": "NL", "The Hague": "NL", "Rotterdam": "NL", "Maastricht": "NL",
    "Luxembourg": "LU", "Vienne": "AT", "Wien": "AT", "Vienna": "AT", "Berne": "CH", "Bern": "CH",
    "Genève": "CH", "Geneva": "CH", "Lausanne": "CH", "Zurich": "CH",
    "Varsovie": "PL", "Warsaw": "PL", "Cracovie": "PL", "Prague": "CZ", "Praha": "CZ", "Bratislava": "SK",
    "Budapest": "HU", "Ljubljana": "SI", "Zagreb": "HR", "Belgrade": "RS", "Bucarest": "RO", "Bucharest": "RO",
    "Sofia": "BG", "Athènes": "GR", "Athens": "GR", "Riga": "LV", "Tallinn": "EE", "Vilnius": "LT",
    "Helsinki": "FI", "Stockholm": "SE", "Oslo": "NO", "Copenhague": "DK", "Copenhagen": "DK",
    "Reykjavik": "IS", "Kiev": "UA", "Kyiv": "UA", "Chisinau": "MD", "Tirana": "AL", "Skopje": "MK",
    "Sarajevo": "BA", "Podgorica": "ME", "Pristina": "XK", "La Valette": "MT", "Valletta": "MT",
    "Nicosie": "CY", "Nicosia": "CY", "Monaco": "MC", "Andorre-la-Vieille": "AD", "Vaduz": "LI",
    "Saint-Marin": "SM", "Minsk": "BY", "Moscou": "RU", "Moscow": "RU", "Istanbul": "TR", "Ankara": "TR",
    # Americas
    "New York": "US", "Washington": "US", "La Nouvelle-Orléans": "US", "New Orleans": "US",
    "Lafayette": "US", "Montréal": "CA", "Québec": "CA", "Ottawa": "CA", "Toronto": "CA", "Moncton": "CA",
    "Mexico": "MX", "La Havane": "CU", "Port-au-Prince": "HT", "Bogota": "CO", "Bogotá": "CO", "Lima": "PE",
    "Santiago": "CL", "Buenos Aires": "AR", "Brasilia": "BR", "São Paulo": "BR", "Sao Paulo": "BR",
    "Rio de Janeiro": "BR", "Quito": "EC", "La Paz": "BO", "Montevideo": "UY", "Asuncion": "PY",
    "Caracas": "VE",
    # Africa and the Middle East
    "Kinshasa": "CD", "Lubumbashi": "CD", "Bukavu": "CD", "Kigali": "RW", "Bujumbura": "BI",
    "Dakar": "SN", "Abidjan": "CI", "Cotonou": "BJ", "Ouagadougou": "BF", "Bamako": "ML", "Niamey": "NE",
    "Yaoundé": "CM", "Douala": "CM", "Libreville": "GA", "Brazzaville": "CG", "Lomé": "TG",
    "Conakry": "GN", "Nouakchott": "MR", "Antananarivo": "MG", "Nairobi": "KE", "Addis-Abeba": "ET",
    "Kampala": "UG", "Dar es Salaam": "TZ", "Maputo": "MZ", "Pretoria": "ZA", "Johannesburg": "ZA",
    "Le Cap": "ZA", "Cape Town": "ZA", "Rabat": "MA", "Casablanca": "MA", "Tunis": "TN", "Alger": "DZ",
    "Le Caire": "EG", "Cairo": "EG", "Beyrouth": "LB", "Beirut": "LB", "Jérusalem": "IL", "Tel Aviv": "IL",
    "Ramallah": "PS", "Amman": "JO", "Dubaï": "AE", "Dubai": "AE",
    # Asia and Oceania
    "Pékin": "CN", "Beijing": "CN", "Shanghai": "CN", "Hong Kong": "HK", "Tokyo": "JP", "Séoul": "KR",
    "Seoul": "KR", "New Delhi": "IN", "Mumbai": "IN", "Hanoï": "VN", "Hanoi": "VN",
    "Hô Chi Minh-Ville": "VN", "Bangkok": "TH", "Singapour": "SG", "Singapore": "SG", "Jakarta": "ID",
    "Manille": "PH", "Canberra": "AU", "Sydney": "AU", "Melbourne": "AU", "Wellington": "NZ",
    "Nouméa": "NC",
}

#: Country (and region) names → ISO code, for pages that name a country but no city.
COUNTRIES: dict[str, str] = {
    "Belgique": "BE", "België": "BE", "Belgium": "BE", "Wallonie": "BE", "Flandre": "BE",
    "France": "FR", "Allemagne": "DE", "Rhénanie-du-Nord-Westphalie": "DE", "Italie": "IT",
    "Espagne": "ES", "Portugal": "PT", "Royaume-Uni": "GB", "Irlande": "IE", "Pays-Bas": "NL",
    "Grand-Duché du Luxembourg": "LU", "Autriche": "AT", "Suisse": "CH", "Pologne": "PL",
    "Tchéquie": "CZ", "République tchèque": "CZ", "Slovaquie": "SK", "Hongrie": "HU", "Slovénie": "SI",
    "Croatie": "HR", "Serbie": "RS", "Roumanie": "RO", "Bulgarie": "BG", "Grèce": "GR",
    "Lettonie": "LV", "Estonie": "EE", "Lituanie": "LT", "Finlande": "FI", "Suède": "SE",
    "Norvège": "NO", "Danemark": "DK", "Islande": "IS", "Ukraine": "UA", "Moldavie": "MD",
    "Canada": "CA", "Québec": "CA", "États-Unis": "US", "Louisiane": "US", "Mexique": "MX",
    "Cuba": "CU", "Haïti": "HT", "Chili": "CL", "Argentine": "AR", "Brésil": "BR", "Pérou": "PE",
    "Colombie": "CO", "Bolivie": "BO", "Équateur": "EC",
    "République démocratique du Congo": "CD", "RDC": "CD", "Rwanda": "RW", "Burundi": "BI",
    "Sénégal": "SN", "Côte d'Ivoire": "CI", "Bénin": "BJ", "Burkina Faso": "BF", "Mali": "ML",
    "Niger": "NE", "Cameroun": "CM", "Maroc": "MA", "Tunisie": "TN", "Algérie": "DZ", "Égypte": "EG",
    "Liban": "LB", "Palestine": "PS", "Israël": "IL", "Madagascar": "MG", "Kenya": "KE",
    "Afrique du Sud": "ZA", "Chine": "CN", "Japon": "JP", "Corée du Sud": "KR", "Inde": "IN",
    "Vietnam": "VN", "Viêt Nam": "VN", "Australie": "AU",
}
#: Adjectives that name a country's state ("l'État letton").
DEMONYMS: dict[str, str] = {
    "letton": "LV", "lettonne": "LV", "estonien": "EE", "lituanien": "LT", "polonais": "PL", "tchèque": "CZ",
    "slovaque": "SK", "hongrois": "HU", "roumain": "RO", "bulgare": "BG", "québécois": "CA",
}

# Labels of the lines that state a place or a host, and which of the two they state.
_LABEL = re.compile(
    r"^[\s\-•*–]*(?P<label>Lieu d'affectation|Lieu de (?:stage|travail|la mission)|Lieu|Localisation|Localité|"
    r"Ville|Pays|Duty station|Location|Standplaats|Division\s*/\s*département|Département|Division|Service|"
    r"Organisation(?: d'accueil)?|Organisme(?: d'accueil)?|Institution d'accueil|Employeur|Organization)"
    r"\s*:\s*(?P<value>.+?)\s*$",
    re.IGNORECASE | re.MULTILINE,
)
_PLACE_LABELS = ("lieu", "localisation", "localité", "ville", "pays", "duty station", "location", "standplaats")


def _fold_char(c: str) -> str:
    base = "".join(x for x in unicodedata.normalize("NFKD", c) if not unicodedata.combining(x)).lower()
    return base if len(base) == 1 else c.lower()


def _fold(text: str) -> str:
    """Lower case without accents, apostrophes straight, one character for one: positions match the text."""
    return "".join(_fold_char(c) for c in text.replace("\u2019", "'"))


def _name_pattern(names, *, after: str = "") -> re.Pattern:
    # Longest first, so "Louvain-la-Neuve" wins over "Louvain"; bounded by non-letters.
    alternatives = sorted(set(names), key=len, reverse=True)
    return re.compile(after + r"(?<![\w-])(" + "|".join(re.escape(a) for a in alternatives) + r")(?![\w-])")


# Outside a labelled line a place counts only after a locative ("à Paris", "au Québec", "en Lettonie"):
# "la Fédération Wallonie-Bruxelles" or "les membres fondateurs sont la France" name no host.
_LOCATIVE = r"(?<!\w)(?:a|au|aux|en|in|dans|te|im)\s+(?:la\s+|le\s+|les\s+|l')?"
# A state named by its adjective: "l'État letton".
_STATE = r"(?<!\w)(?:etat|gouvernement)\s+"


def _is_acronym(spelling: str) -> bool:
    return " " not in spelling and sum(c.isupper() for c in spelling) >= 2


# Acronyms match as written ("FAO", never "fao" or "Pam" inside a sentence); full names in any case.
_ACRONYMS = {s: a for a, spellings in ORGANISATIONS.items() for s in spellings if _is_acronym(s)}
_ACRONYM_PATTERN = _name_pattern(_ACRONYMS)
_ORG_NAMES = {_fold(s): a for a, spellings in ORGANISATIONS.items() for s in spellings if not _is_acronym(s)}
_ORG_NAME_PATTERN = _name_pattern(_ORG_NAMES)
_CITY_BY_FOLDED = {_fold(city): (city, country) for city, country in CITIES.items()}
_CITY_PATTERN = _name_pattern(_CITY_BY_FOLDED)
_CITY_AFTER_LOCATIVE = _name_pattern(_CITY_BY_FOLDED, after=_LOCATIVE)
_COUNTRY_BY_FOLDED = {_fold(name): code for name, code in COUNTRIES.items()}
_COUNTRY_PATTERN = _name_pattern(_COUNTRY_BY_FOLDED)
_COUNTRY_AFTER_LOCATIVE = _name_pattern(_COUNTRY_BY_FOLDED, after=_LOCATIVE)
_DEMONYM_BY_FOLDED = {_fold(name): code for name, code in DEMONYMS.items()}
_STATE_PATTERN = _name_pattern(_DEMONYM_BY_FOLDED, after=_STATE)


def _organisation_in(text: str) -> str | None:
    """The known organisation named first in ``text``."""
    found = []
    if match := _ACRONYM_PATTERN.search(text):
        found.append((match.start(), _ACRONYMS[match.group(1)]))
    if match := _ORG_NAME_PATTERN.search(_fold(text)):
        found.append((match.start(), _ORG_NAMES[match.group(1)]))
    return min(found)[1] if found else None


def _city_in(text: str, *, labelled: bool) -> tuple[str, str] | None:
    """The first known city in ``text``, written with a capital (a city is a proper noun: not "nice")."""
    pattern = _CITY_PATTERN if labelled else _CITY_AFTER_LOCATIVE
    for match in pattern.finditer(_fold(text)):
        if text[match.start(1)].isupper():
            return _CITY_BY_FOLDED[match.group(1)]
    return None


def _country_in(text: str, *, labelled: bool) -> str | None:
    folded = _fold(text)
    match = (_COUNTRY_PATTERN if labelled else _COUNTRY_AFTER_LOCATIVE).search(folded)
    if match:
        return _COUNTRY_BY_FOLDED[match.group(1)]
    match = _STATE_PATTERN.search(folded)
    return _DEMONYM_BY_FOLDED[match.group(1)] if match else None


def _lead(text: str, limit: int = 400) -> str:
    """The first paragraph of the body: where a page introduces its host."""
    first = next((line for line in text.splitlines() if len(line.split()) > 3), "")
    return first[:limit]


def parse_host(text: str, *, title: str | None = None) -> Host | None:
    """The host organisation and its city and country, or None when the page names none.

    >>> parse_host("- Lieu d'affectation: Bruxelles", title="Offre de stage au Bureau de liaison de la FAO à Bruxelles")
    Host(organisation='FAO', city='Bruxelles', country='BE', evidence="Lieu d'affectation: Bruxelles | Offre de stage au Bureau de liaison de la FAO à Bruxelles")
    """
    text = text or ""
    organisation = city = country = None
    evidence: list[str] = []

    def note(source: str) -> None:
        if source not in evidence:
            evidence.append(source)

    for match in _LABEL.finditer(text):
        label, value = match.group("label"), match.group("value")
        line = f"{label}: {value}"
        is_place = _fold(label).startswith(tuple(_fold(p) for p in _PLACE_LABELS))
        if organisation is None and (found := _organisation_in(value)):
            organisation = found
            note(line)
        if is_place and city is None and (found := _city_in(value, labelled=True)):
            city, country = found
            note(line)
        if is_place and country is None and (found := _country_in(value, labelled=True)):
            country = found
            note(line)
    for source in (title or "", _lead(text)):
        if not source:
            continue
        if organisation is None and (found := _organisation_in(source)):
            organisation = found
            note(source)
        if city is None and (found := _city_in(source, labelled=False)):
            if country is None or country == found[1]:
                city, country = found
                note(source)
        if country is None and (found := _country_in(source, labelled=False)):
            country = found
            note(source)
    if organisation is None and city is None and country is None:
        return None
    return Host(organisation=organisation, city=city, country=country, evidence=" | ".join(evidence))
