"""Validation messages as a person reads them next to a field: the service's text made plain.

The services word their errors for logs and import reports ("'abc' is not a phone number (...)", "is
required"); an editor shows them beside the field, where the value and the field's name are already in
view, so these sentences say what is wrong and how to fix it instead.
"""

from __future__ import annotations

import re

_TOO_LONG = re.compile(r"is too long \((\d+) characters, at most (\d+)\)")
_EMAIL = re.compile(r"'.*' is not a valid email address \((.*)\)$", re.DOTALL)


def human_message(message: str, label: str) -> str:
    """The sentence shown under a field whose validation failed with `message`; `label` names the field."""
    name = label.rstrip(" *:").lower()
    if message == "is required":
        return f"Please enter the {name}."
    if found := _TOO_LONG.fullmatch(message):
        return f"Too long: {found[1]} characters, at most {found[2]} fit."
    if found := _EMAIL.match(message):
        reason = found[1].strip()
        return f"Not an email address yet. {reason}" if reason else "Not an email address yet."
    if "is not a phone number" in message:
        return "Not a phone number. Type it with its country code, e.g. +49 30 1234567."
    if "wrong number of digits for a phone number" in message:
        return "This phone number has too few or too many digits."
    if "two-letter ISO country code" in message:
        return "Use the two-letter country code, e.g. DE for Germany or US for the United States."
    text = message[:1].upper() + message[1:]
    return text if text.endswith((".", "!", "?")) else f"{text}."
