"""Reading one cell of an import row: a choice from a fixed set, a phone number, the row's country.

A value that cannot be normalised but is not wrong (an unusual phone number) is kept as typed and
reported for review; a value outside a fixed set is refused with the file's own spelling and the
allowed values.
"""

from __future__ import annotations

import locale
from collections.abc import Mapping, Sequence

from app.services.core.errors import FieldError
from app.services.core.validation import normalise_country, normalise_phone
from app.services.quality.standard_forms import country_code


def as_key(text: str) -> str:
    """'Online Form' -> 'online_form' (how statuses, sources and lifecycles are stored)."""
    return text.strip().lower().replace(" ", "_")


def choice(
    cells: Mapping[str, str],
    name: str,
    allowed: Sequence[str],
    what: str,
    default: str,
    errors: list[FieldError],
) -> str:
    """The stored key of the cell `name` if it is one of `allowed`; else `default` and an error naming
    the file's value and the allowed values."""
    raw = cells.get(name, "").strip()
    if not raw:
        return default
    key = as_key(raw)
    if key in allowed:
        return key
    errors.append(FieldError(name, f"'{raw}' is not {what}; allowed: {', '.join(allowed)}"))
    return default


def row_country(cells: Mapping[str, str]) -> str:
    """The row's country as an ISO code when it names one (a code or a common name), else as written."""
    country = cells.get("country", "").strip()
    return (country_code(country) or country) if country else ""


PHONE_TYPED_MAX = 64  # the length of a phone's display column


def phone(
    raw: str, country: str, region: str, name: str, review: list[FieldError], errors: list[FieldError]
) -> tuple[str, str]:
    """(E.164, as typed) of a phone cell. A national number is read in the row's country, else in
    `region` (the company's); a number that is not one is kept as typed, with a review note (unless it
    is too long to keep: an error)."""
    text = raw.strip()
    if not text:
        return "", ""
    if len(text) > PHONE_TYPED_MAX:
        errors.append(FieldError(name, f"is too long ({len(text)} characters, at most {PHONE_TYPED_MAX})"))
        return "", ""
    code, problem = normalise_country(country) if country else ("", None)
    number, error = normalise_phone(text, (code if not problem else "") or region, name)
    if error:
        review.append(FieldError(name, f"{error.message}: kept as typed"))
        return "", text
    return number.e164, text


def locale_region() -> str:
    """The territory of the user's locale ('de_DE.UTF-8' -> 'DE'), '' when it names none."""
    try:
        name = locale.getlocale()[0] or locale.setlocale(locale.LC_CTYPE) or ""
    except (ValueError, locale.Error):
        return ""
    territory = name.split(".")[0].partition("_")[2]
    return territory.upper() if len(territory) == 2 and territory.isalpha() else ""
