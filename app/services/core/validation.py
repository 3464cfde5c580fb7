"""Field normalisation and validation shared by every service that takes user input.

phonenumbers and email-validator are imported on first use: they cost ~50 ms, and start-up needs neither.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import cache, lru_cache
from typing import Any

from app.models.money import minor_digits, parse_decimal, scaled
from app.services.core.errors import FieldError

DEFAULT_REGION = "US"
# A strict subset of what email-validator accepts: plain ASCII dot-atoms and a letters-only TLD.
_PLAIN_EMAIL = re.compile(
    r"[A-Za-z0-9_%+\-]{1,64}(?:\.[A-Za-z0-9_%+\-]+)*@(?:[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?\.)+"
    r"([A-Za-z]{2,24})"
)
_SPECIAL_TLDS = frozenset({"arpa", "invalid", "local", "localhost", "onion", "test", "internal", "alt"})


@dataclass(frozen=True)
class Phone:
    e164: str
    display: str


def normalise_email(raw: str, field: str = "email") -> tuple[str, FieldError | None]:
    """Trim, validate syntax (no DNS lookup) and lower-case; '' stays ''."""
    text = raw.strip()
    if not text:
        return "", None
    fast = _PLAIN_EMAIL.fullmatch(text)
    if fast and len(text) <= 254 and text.index("@") <= 64 and fast.group(1).lower() not in _SPECIAL_TLDS:
        return text.lower(), None  # the common case, checked without email-validator's ~35 us
    from email_validator import EmailNotValidError, validate_email

    try:
        info = validate_email(text, check_deliverability=False)
    except EmailNotValidError as exc:
        return text, FieldError(field, f"'{text}' is not a valid email address ({exc})")
    return info.normalized.lower(), None


def normalise_phone(raw: str, region: str = "", field: str = "phone") -> tuple[Phone, FieldError | None]:
    """Parse a phone number to E.164, keeping what the user typed for display."""
    text = raw.strip()
    if not text:
        return Phone("", ""), None
    fast = _plain_international(text) or _plain_north_american(text, (region or DEFAULT_REGION).upper())
    if fast:
        return Phone(fast, text), None
    import phonenumbers

    try:
        number = phonenumbers.parse(text, (region or DEFAULT_REGION).upper())
    except phonenumbers.NumberParseException as exc:
        return Phone("", text), FieldError(field, f"'{text}' is not a phone number ({exc})")
    if not phonenumbers.is_possible_number(number):
        return Phone("", text), FieldError(
            field, f"'{text}' has the wrong number of digits for a phone number"
        )
    e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    return Phone(e164, text), None


def _plain_international(text: str) -> str:
    """E.164 of '+<digits and single spaces>' when phonenumbers would surely give exactly that, else ''.

    phonenumbers.parse costs ~30 us a number, most of an import's validation. For a number written
    '+' country code, national number, it keeps the national digits unchanged unless the national
    prefix pattern matches at their start or they start with 0 (Italian leading zero); the number is
    possible when its length is one of the country's possible lengths. Anything else takes the full path.
    tests/services/core/test_validation_fast.py compares both paths over every country code.
    """
    if not _PLAIN_PLUS.fullmatch(text):
        return ""
    digits = text[1:].replace(" ", "")
    for size in (1, 2, 3):
        rules = _country_rules(digits[:size])
        if rules is not None:
            break
    else:
        return ""
    prefix, lengths = rules
    national = digits[size:]
    if national[:1] in ("", "0") or len(national) not in lengths or (prefix and prefix.match(national)):
        return ""
    return "+" + digits


_PLAIN_PLUS = re.compile(r"\+[1-9][0-9]*(?: [0-9]+)*")
# '(415) 555-0123', '415-555-0123', '415.555.0123', '415 555 0123': ten digits, the area code not 0 or 1
_NORTH_AMERICAN = re.compile(r"(?:\(([2-9][0-9]{2})\) ?|([2-9][0-9]{2})[ .-]?)([0-9]{3})[ .-]?([0-9]{4})")


def _plain_north_american(text: str, region: str) -> str:
    """E.164 of a ten-digit number written the North American way in a +1 region, else ''.

    US and Canadian exports write national numbers; phonenumbers reads such a number as +1 and the ten
    digits whenever the area code does not start with 0 or 1 (no national prefix, no IDD to strip), and
    ten digits is a possible length in every +1 region. tests/services/core/test_validation_fast.py
    compares both paths over every +1 region.
    """
    if region not in _north_american_regions():
        return ""
    match = _NORTH_AMERICAN.fullmatch(text)
    if match is None:
        return ""
    return "+1" + "".join(part for part in match.groups() if part)


@cache
def _north_american_regions() -> frozenset[str]:
    import phonenumbers

    return frozenset(phonenumbers.COUNTRY_CODE_TO_REGION_CODE[1])


@cache
def _country_rules(code: str) -> tuple[re.Pattern[str] | None, frozenset[int]] | None:
    """(national prefix pattern, possible national lengths) of a calling code, None if not one."""
    import phonenumbers
    from phonenumbers.phonenumberutil import ValidationResult, _test_number_length

    if code not in (str(c) for c in phonenumbers.COUNTRY_CODE_TO_REGION_CODE):
        return None
    number = int(code)
    metadata = phonenumbers.PhoneMetadata.metadata_for_region_or_calling_code(
        number, phonenumbers.region_code_for_country_code(number)
    )
    if metadata is None:
        return None
    possible = (ValidationResult.IS_POSSIBLE, ValidationResult.IS_POSSIBLE_LOCAL_ONLY)
    lengths = frozenset(n for n in range(2, 18) if _test_number_length("9" * n, metadata) in possible)
    prefix = metadata.national_prefix_for_parsing
    return (re.compile(prefix) if prefix else None), lengths


@lru_cache(maxsize=4096)  # FieldError is frozen, so a cached answer can be shared
def normalise_country(raw: str, field: str = "country") -> tuple[str, FieldError | None]:
    """Accept an ISO 3166-1 alpha-2 code (any case); '' stays ''."""
    text = raw.strip().upper()
    if not text:
        return "", None
    if len(text) != 2 or not text.isalpha() or text not in _regions():
        return text, FieldError(
            field, f"'{raw.strip()}' is not a two-letter ISO country code such as DE or US"
        )
    return text, None


# C0 controls, DEL and C1 controls: invisible, refused by XML (XLSX export) and, for NUL, by PostgreSQL.
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_CONTROL_BUT_LINES = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")  # keeps tab, LF, CR
_LINE_BREAKS = re.compile(r"[\t\r\n]+")
# The Text columns: the only fields that may hold tabs and line breaks.
MULTILINE_FIELDS = frozenset({"notes", "address", "description", "body", "comment", "lost_reason"})


def control_character_error(value: str, field: str, multiline: bool | None = None) -> FieldError | None:
    """An error naming the first control character in `value` (tab and line breaks allowed when multiline).

    `multiline` None: decided by the field's name (MULTILINE_FIELDS).
    """
    lines = field.rsplit(".", 1)[-1] in MULTILINE_FIELDS if multiline is None else multiline
    found = (_CONTROL_BUT_LINES if lines else _CONTROL).search(value)
    if found is None:
        return None
    char = found.group()
    where = f"(U+{ord(char):04X}) at position {found.start() + 1}"
    if char == "\x00":
        return FieldError(field, f"contains a NUL byte {where}; remove it")
    if char in "\t\n\r":
        return FieldError(
            field, f"contains a tab or line break {where}; only notes and descriptions span lines"
        )
    return FieldError(field, f"contains a control character {where}; remove it")


def strip_control_characters(value: str, multiline: bool) -> tuple[str, int]:
    """`value` without control characters (keeping tab and line breaks when multiline) and how many went.

    For imports, which clean what they read and say so in their report instead of refusing the row.
    """
    if multiline:
        return _CONTROL_BUT_LINES.subn("", value)
    spaced, breaks = _LINE_BREAKS.subn(" ", value)  # a line break in a one-line field becomes a space
    cleaned, others = _CONTROL.subn("", spaced)
    return cleaned, breaks + others


def require_text(value: str, field: str, max_length: int, required: bool = False) -> FieldError | None:
    if required and not value.strip():
        return FieldError(field, "is required")
    if len(value) > max_length:
        return FieldError(field, f"is too long ({len(value)} characters, at most {max_length})")
    return control_character_error(value, field)


def country_codes() -> frozenset[str]:
    """Every ISO 3166-1 alpha-2 code the country fields accept."""
    return _regions()


@cache
def _regions() -> frozenset[str]:
    """ISO country codes: those with phone numbering plus the few uninhabited ones without."""
    import phonenumbers

    return frozenset(phonenumbers.SUPPORTED_REGIONS) | {"AQ", "BV", "GS", "HM", "PN", "TF", "UM"}


def check_lengths(data: object, limits: tuple[tuple[str, int, bool], ...]) -> list[FieldError]:
    """Errors for the text fields of `data` that are missing (when required) or too long, and for any
    of its other text fields holding a control character."""
    if _clean(data):  # no control character anywhere (every import row): lengths only, no scan per field
        errors: list[FieldError] = []
        for name, limit, required in limits:
            value = getattr(data, name)
            if (required and not value.strip()) or len(value) > limit:
                errors += [e for e in (require_text(value, name, limit, required),) if e]
        return errors
    found = (require_text(getattr(data, name), name, limit, required) for name, limit, required in limits)
    errors = [err for err in found if err]
    return errors + text_field_errors(data, _unlimited(_class(data), limits))


def _clean(data: object) -> bool:
    """Whether no text attribute of `data` holds a control character (one scan of them all)."""
    every = getattr(data, "__dict__", None)  # the fast path reads every text at once, checked or not
    values = every.values() if every is not None else (getattr(data, n) for n in _field_names(_class(data)))
    joined = "".join([v for v in values if type(v) is str])
    return joined.isprintable() or not _CONTROL.search(joined)


def text_field_errors(data: object, names: tuple[str, ...] | None = None) -> list[FieldError]:
    """A control-character error for each text attribute (of `names`, default all) of the input dataclass
    `data` that holds one."""
    if _clean(data):  # the clean case (every import row) in one scan
        return []
    fields = names or _field_names(_class(data))
    found = (control_character_error(v, n) for n in fields if type(v := getattr(data, n)) is str)
    return [err for err in found if err]


def _class(data: object) -> Any:
    return type(data)


@cache
def _field_names(cls: Any) -> tuple[str, ...]:
    return tuple(getattr(cls, "__dataclass_fields__", {}))


@cache
def _unlimited(cls: Any, limits: tuple[tuple[str, int, bool], ...]) -> tuple[str, ...]:
    """The fields of `cls` that `limits` does not check (their control characters still are)."""
    checked = {name for name, _, _ in limits}
    return tuple(n for n in _field_names(cls) if n not in checked)


def normalise_reach(
    email: str, phone: str, country: str | None, errors: list[FieldError]
) -> tuple[str, Phone, str]:
    """Normalise a record's email, phone and (when it has one) country, appending any errors.

    The country is checked first because a national phone number is read in that country's format.
    """
    clean_email, err = normalise_email(email)
    errors += [err] if err else []
    clean_country = ""
    if country is not None:
        clean_country, err = normalise_country(country)
        errors += [err] if err else []
    clean_phone, err = normalise_phone(phone, clean_country)
    errors += [err] if err else []
    return clean_email, clean_phone, clean_country


def money_field(value: str | Decimal, name: str, currency: str, errors: list[FieldError]) -> int:
    """Minor units of a user's amount; notes an error (and returns 0) if it is not exactly one."""
    amount = parse_decimal(value)
    minor = scaled(amount, minor_digits(currency)) if amount is not None else None
    if amount is None or minor is None:
        errors.append(FieldError(name, f"'{value}' is not an amount in {currency} (e.g. 12.50)"))
        return 0
    if amount < 0:
        errors.append(FieldError(name, "must not be negative"))
    return minor


def rate_field(value: str | Decimal, name: str, errors: list[FieldError]) -> int:
    """Basis points of a percentage between 0 and 100 with at most two decimals."""
    rate = parse_decimal(value)
    bp = scaled(rate, 2) if rate is not None else None
    if rate is None or bp is None or not 0 <= rate <= 100:
        errors.append(FieldError(name, "a percentage from 0 to 100, at most two decimals"))
        return 0
    return bp
