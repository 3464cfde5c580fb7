"""The fast paths of validation give exactly what the libraries give."""

from __future__ import annotations

import random

import phonenumbers
import pytest
from email_validator import EmailNotValidError, validate_email

from app.services.core.validation import (
    _plain_international,
    _plain_north_american,
    normalise_email,
    normalise_phone,
)


def _library_phone(text: str, region: str) -> str:
    """E.164 as phonenumbers gives it, '' when it refuses the number."""
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return ""
    if not phonenumbers.is_possible_number(number):
        return ""
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def test_plain_international_numbers_match_phonenumbers_for_every_country_code() -> None:
    rng = random.Random(11)
    taken = 0
    for code in sorted(phonenumbers.COUNTRY_CODE_TO_REGION_CODE):
        for length in range(1, 19):
            for _ in range(6):
                national = "".join(rng.choice("0123456789") for _ in range(length))
                spaced = " ".join(national[i : i + 3] for i in range(0, len(national), 3))
                for text in (f"+{code}{national}", f"+{code} {spaced}"):
                    fast = _plain_international(text)
                    if fast:
                        taken += 1
                        assert fast == _library_phone(text, "US"), text
                    phone, error = normalise_phone(text, "DE")
                    assert phone.e164 == _library_phone(text, "DE"), text
                    assert (error is None) == bool(phone.e164), text
    assert taken > 5_000  # the fast path is really the common one


@pytest.mark.parametrize(
    "text",
    ["+49 30 1234567", "+1 512 5550100", "+44 20 7946 0958", "+39 06 1234 5678", "+7 8 495 123 45 67"],
)
def test_common_numbers_normalise_as_before(text: str) -> None:
    phone, error = normalise_phone(text, "US")
    assert error is None
    assert phone.e164 == _library_phone(text, "US")
    assert phone.display == text


def test_not_plain_numbers_take_the_library_path() -> None:
    assert _plain_international("+49  30 123") == ""  # double space
    assert _plain_international("030 1234567") == ""  # national format
    assert _plain_international("+39 06 1234 5678") == ""  # Italian leading zero
    assert normalise_phone("030 1234567", "DE")[0].e164 == "+49301234567"
    assert normalise_phone("+49 (0)30 1234567", "")[0].e164 == _library_phone("+49 (0)30 1234567", "US")


@pytest.mark.parametrize(
    "text",
    [
        "anna@example.com",
        "Anna.Berg+crm@Example.CO.UK",
        "a@b.c",
        "a..b@example.com",
        ".a@example.com",
        "a.@example.com",
        "anna@example",
        "anna@-example.com",
        "anna@example-.com",
        "anna@exa_mple.com",
        "anna@example.test",
        "anna@example.local",
        "ann a@example.com",
        "anna@@example.com",
        "x" * 64 + "@example.com",
        "x" * 65 + "@example.com",
        "a@" + "b" * 63 + ".com",
        "a@" + "b" * 64 + ".com",
        "a@" + ".".join(["b" * 60] * 5) + ".com",
        '"quoted"@example.com',
        "müller@example.de",
        "anna@münchen.de",
        "anna@example.c0m",
        "anna@123.45.67.89",
        "anna%x@example.com",
        "-anna@example.com",
    ],
)
def test_email_answers_match_email_validator(text: str) -> None:
    try:
        expected: str | None = validate_email(text, check_deliverability=False).normalized.lower()
    except EmailNotValidError:
        expected = None
    value, error = normalise_email(text)
    assert (error is None) == (expected is not None), text
    if expected is not None:
        assert value == expected


def test_north_american_national_numbers_match_phonenumbers_in_every_plus_one_region() -> None:
    rng = random.Random(16)
    regions = sorted(phonenumbers.COUNTRY_CODE_TO_REGION_CODE[1])
    taken = 0
    for region in [*regions, "DE", "GB"]:
        for _ in range(300):
            digits = "".join(rng.choice("0123456789") for _ in range(10))
            a, b, c = digits[:3], digits[3:6], digits[6:]
            for text in (
                f"({a}) {b}-{c}",
                f"({a}){b}-{c}",
                f"{a}-{b}-{c}",
                f"{a}.{b}.{c}",
                f"{a} {b} {c}",
                digits,
            ):
                phone, error = normalise_phone(text, region)
                assert phone.e164 == _library_phone(text, region), (text, region)
                assert (error is None) == bool(phone.e164), (text, region)
                taken += bool(_plain_north_american(text, region))
    assert taken > 10_000
    assert _plain_north_american("(415) 555-0123", "DE") == ""  # not a +1 region: the library decides
    assert _plain_north_american("(415 555-0123", "US") == ""  # unbalanced: the library decides
