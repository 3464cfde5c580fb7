"""Consistent forms for the values people type: country names to ISO codes, names and cities in one case."""

from __future__ import annotations

from functools import lru_cache

from app.services.validation import normalize_country

# English and a few native names of the countries most often written out in full in exported files.
_COUNTRY_NAMES = {
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
    code, err = normalize_country(cleaned)
    if err is None:
        return code
    return _COUNTRY_NAMES.get(" ".join(cleaned.lower().split()), "")
