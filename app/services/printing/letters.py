"""Mail-merge letters: one letter a contact or account of a list, from a subject and a body with merge
fields (app/services/core/merge_templates.py), laid out for a window envelope (app/services/printing/
letters_pdf.py). Nothing is printed while one recipient lacks a value the template prints."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from app.services.core.errors import FieldError, ValidationError
from app.services.core.merge_templates import MergeTemplate, MissingValue, Problem, compile_template
from app.services.core.postal import postal_lines
from app.services.printing.addresses import CompanyAddresses, recipients_addresses

FIELDS: dict[str, tuple[str, ...]] = {
    "contact": ("salutation", "first_name", "last_name", "full_name", "title", "email", "phone", "city"),
    "account": ("name", "city", "country"),
    "me": ("name", "email"),
    "our": ("name", "phone", "email"),
    "letter": ("date",),
}

# A line break prints where it is typed; a blank line starts a new paragraph.
EXAMPLE_SUBJECT = "Our new service plans for {{ account.name }}"
EXAMPLE_BODY = """Dear {% if contact.salutation %}{{ contact.salutation }} {{ contact.last_name }}{% else %}{{ contact.full_name }}{% endif %},

thank you for working with {{ our.name }}. From January we offer service plans that include on-site visits and a guaranteed response within a day.

I will call you next week to see whether one suits {{ account.name }}.

Kind regards,
{{ me.name }}
"""


@dataclass(frozen=True)
class Letter:
    recipient: str
    address: tuple[str, ...]
    subject: str
    body: str


@dataclass
class LetterRun:
    letters: list[Letter] = field(default_factory=list)
    missing: list[Problem] = field(default_factory=list)  # recipients the template lacks a value for
    without_address: list[str] = field(default_factory=list)


def templates(subject: str, body: str) -> tuple[MergeTemplate, MergeTemplate]:
    """Both templates checked; a ValidationError names the field (subject or body), line and problem."""
    errors: list[FieldError] = []
    compiled = []
    for name, source in (("subject", subject), ("body", body)):
        try:
            compiled.append(compile_template(source, FIELDS, name))
        except ValidationError as exc:
            errors += exc.errors
    if not body.strip():
        errors.append(FieldError("body", "the letter has no text"))
    if errors:
        raise ValidationError(errors)
    return compiled[0], compiled[1]


def context(
    row: Any, me: tuple[str, str], ours: tuple[str, str, str], today: date
) -> dict[str, dict[str, Any]]:
    """The merge fields of one contact or account row."""
    if hasattr(row, "first_name"):
        person = {
            "salutation": row.salutation,
            "first_name": row.first_name,
            "last_name": row.last_name,
            "full_name": f"{row.first_name} {row.last_name}".strip(),
            "title": row.title,
            "email": row.email,
            "phone": row.phone,
            "city": row.city,
        }
        account = {"name": row.company, "city": "", "country": ""}
    else:
        person = dict.fromkeys(FIELDS["contact"], "")
        account = {"name": row.name, "city": row.city, "country": row.country}
    return {
        "contact": person,
        "account": account,
        "me": {"name": me[0], "email": me[1]},
        "our": {"name": ours[0], "phone": ours[1], "email": ours[2]},
        "letter": {"date": f"{today:%d %B %Y}".lstrip("0")},
    }


def merge(
    rows: Iterable[Any],
    subject: MergeTemplate,
    body: MergeTemplate,
    me: tuple[str, str],
    ours: tuple[str, str, str],
    home_country: str,
    today: date,
    company_addresses: CompanyAddresses | None = None,
) -> LetterRun:
    """Every letter, or (when `missing` is not empty) the recipients and fields to fix first."""
    run = LetterRun()
    for row, address in recipients_addresses(rows, company_addresses):
        values = context(row, me, ours, today)
        name = address.name or address.organisation
        if address.is_empty:
            run.without_address.append(name)
            continue
        try:
            text = (subject.render(values).strip(), body.render(values).strip())
        except MissingValue as exc:
            run.missing.append(Problem(name, str(exc)))
            continue
        block = postal_lines(address, home_country=home_country, postal_case=True)
        run.letters.append(Letter(name, block, *text))
    return run
