"""The service's validation texts become plain sentences under the field (the editors of this package)."""

from __future__ import annotations

import pytest

from app.services.core.validation import normalise_country, normalise_email, normalise_phone, require_text
from app.views.common.field_messages import human_message


def _raw(error) -> str:
    assert error is not None
    return error.message


@pytest.mark.parametrize(
    ("raw", "label", "expected"),
    [
        (
            _raw(require_text("", "last_name", 100, required=True)),
            "Last name *",
            "Please enter the last name.",
        ),
        (_raw(require_text("x" * 101, "city", 100)), "City", "Too long: 101 characters, at most 100 fit."),
        (
            _raw(normalise_country("Germany")[1]),
            "Country",
            "Use the two-letter country code, e.g. DE for Germany or US for the United States.",
        ),
        (
            _raw(normalise_phone("call me")[1]),
            "Phone",
            "Not a phone number. Type it with its country code, e.g. +49 30 1234567.",
        ),
        (
            "a contact can have only one primary account",
            "accounts",
            "A contact can have only one primary account.",
        ),
    ],
)
def test_known_messages_read_as_sentences(raw, label, expected):
    assert human_message(raw, label) == expected


def test_an_email_message_keeps_the_reason_without_quoting_the_value():
    raw = _raw(normalise_email("ada.example.com")[1])
    text = human_message(raw, "Email")
    assert text.startswith("Not an email address yet. ") and "@" in text
    assert "ada.example.com" not in text
