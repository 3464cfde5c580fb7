"""Consistent forms for the values people type: country names to ISO codes, names and cities in one case."""

from __future__ import annotations

from functools import lru_cache

from app.services.core.validation import normalise_country

# English and a few native names of the countries most often written out in full in exported files.
COUNTRY_NAMES = {
    "germany": "DE",
    "deutschland": "DE",
    "france": "FR",
    "united kingdom": "GB",
    "uk": "GB",
    "great britain": "GB",
    "england": "GB",
    "scotland": "GB",
    "wales": "GB",
    "united states": "US",
    "united states of america": "US",
    "usa": "US",
    "u.s.a.": "US",
    "u.s.": "US",
    "america": "US",
    "austria": "AT",
    "österreich": "AT",
    "switzerland": "CH",
    "schweiz": "CH",
    "suisse": "CH",
    "italy": "IT",
    "italia": "IT",
    "spain": "ES",
    "españa": "ES",
    "portugal": "PT",
    "netherlands": "NL",
    "the netherlands": "NL",
    "holland": "NL",
    "nederland": "NL",
    "belgium": "BE",
    "belgique": "BE",
    "belgië": "BE",
    "luxembourg": "LU",
    "denmark": "DK",
    "danmark": "DK",
    "sweden": "SE",
    "sverige": "SE",
    "norway": "NO",
    "norge": "NO",
    "finland": "FI",
    "suomi": "FI",
    "ireland": "IE",
    "poland": "PL",
    "polska": "PL",
    "czech republic": "CZ",
    "czechia": "CZ",
    "hungary": "HU",
    "greece": "GR",
    "romania": "RO",
    "bulgaria": "BG",
    "croatia": "HR",
    "canada": "CA",
    "mexico": "MX",
    "méxico": "MX",
    "brazil": "BR",
    "brasil": "BR",
    "argentina": "AR",
    "chile": "CL",
    "colombia": "CO",
    "australia": "AU",
    "new zealand": "NZ",
    "japan": "JP",
    "china": "CN",
    "india": "IN",
    "singapore": "SG",
    "south korea": "KR",
    "korea": "KR",
    "israel": "IL",
    "turkey": "TR",
    "türkiye": "TR",
    "south africa": "ZA",
    "russia": "RU",
    "ukraine": "UA",
    "united arab emirates": "AE",
    "uae": "AE",
    "egypt": "EG",
    "nigeria": "NG",
}


@lru_cache(maxsize=4096)  # an import asks for the same few countries 100,000 times
def country_code(text: str) -> str:
    """An ISO 3166-1 alpha-2 code for a code or a common country name; '' when unknown."""
    cleaned = text.strip()
    if not cleaned:
        return ""
    code, err = normalise_country(cleaned)
    if err is None:
        return code
    return COUNTRY_NAMES.get(" ".join(cleaned.lower().split()), "")


# Lower-case name particles (not as the first word): "Ludwig van Beethoven", "Rio de Janeiro".
_PARTICLES = frozenset(
    [
        "van",
        "von",
        "der",
        "den",
        "de",
        "del",
        "della",
        "di",
        "da",
        "das",
        "dos",
        "du",
        "la",
        "le",
        "ten",
        "ter",
        "am",
        "im",
        "zu",
        "y",
        "e",
        "bin",
        "al",
    ]
)


def proper_case(text: str, surname: bool = False) -> str:
    """Names and cities in consistent case. Only a value written all in lower or all in upper case is
    changed, so a deliberate "McDonald", "DeSantis" or "iRobot" stays as written.

    'JOHN MCDONALD' -> 'John McDonald', "o'neil" -> "O'Neil", 'jean-luc' -> 'Jean-Luc', 'FRANKFURT AM
    MAIN' -> 'Frankfurt am Main'. A surname may start with its particle, as Dutch and German surnames are
    written after a first name: 'VAN DER BERG' -> 'van der Berg'; a city's first word is capitalised.
    """
    stripped = " ".join(text.split())
    letters = [ch for ch in stripped if ch.isalpha()]
    if not letters or not (stripped == stripped.lower() or stripped == stripped.upper()):
        return stripped
    words = stripped.lower().split(" ")
    out = []
    for i, word in enumerate(words):
        if word in _PARTICLES and i < len(words) - 1 and (i > 0 or surname):
            out.append(word)
        else:
            out.append(_cap_word(word))
    return " ".join(out)


def _cap_word(word: str) -> str:
    parts = []
    for chunk in word.split("-"):
        pieces = chunk.split("'")
        capped = [p[:1].upper() + p[1:] for p in pieces]
        joined = "'".join(capped)
        if joined.startswith("Mc") and len(joined) > 2:
            joined = "Mc" + joined[2].upper() + joined[3:]
        parts.append(joined)
    return "-".join(parts)


def national_format(e164: str) -> str:
    """The national display form of an E.164 number ('+49301234567' -> '030 1234567'); '' if none."""
    if not e164:
        return ""
    import phonenumbers

    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return ""
    return str(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL))
