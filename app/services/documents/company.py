"""Company settings: the letterhead printed on documents, defaults for new documents, number formats.

Stored in the `settings` table (app/services/core/settings_store.py) under one key, so a new setting needs no
migration; saved like any record, audited.
"""

from __future__ import annotations

import uuid
from dataclasses import asdict, dataclass, field, fields, replace
from typing import Any

from app.services.core import guard, settings_store
from app.services.core.changes import ChangeKind, Outcome
from app.services.core.errors import FieldError, ValidationError
from app.services.core.locale_format import LANGUAGES
from app.services.core.postal import PostalAddress, postal_lines
from app.services.core.uow import UnitOfWorkFactory
from app.services.core.validation import normalise_country

KEY = "company"
ENTITY = "settings"
SETTINGS_ID = uuid.UUID(int=1)  # the one settings record, for change records and the audit trail

DEFAULT_FORMATS = {
    "quote": "Q-{year}-{n:04d}",
    "sales_order": "SO-{year}-{n:04d}",
    "purchase_order": "PO-{year}-{n:04d}",
}


@dataclass(frozen=True)
class CompanySettings:
    name: str = "Your Company"
    address: str = ""
    email: str = ""
    phone: str = ""
    tax_id: str = ""
    bank_details: str = ""
    logo_path: str = ""  # a PNG or JPEG file printed at the top left
    default_currency: str = "EUR"
    country: str = ""  # ISO code: national phone numbers in imports are read as this country's
    payment_terms: str = "Payable within 30 days"
    language: str = ""  # documents' language for customers whose own is unknown ('' = English)
    # `{device}` in a format is this machine's prefix: an offline laptop gets its own counter and
    # numbers that cannot collide with the office's (see docs/documents.md).
    device: str = ""
    number_formats: dict[str, str] = field(default_factory=lambda: dict(DEFAULT_FORMATS))

    def number_format(self, doc_type: str) -> str:
        return self.number_formats.get(doc_type) or DEFAULT_FORMATS[doc_type]


def address_lines(
    street: str, city: str = "", country: str = "", postal_code: str = "", region: str = ""
) -> tuple[str, ...]:
    """A postal address block in the layout of its country (app/services/core/postal.py), country named."""
    return postal_lines(PostalAddress(street, postal_code, city, region, country))


def format_number(fmt: str, doc_type: str, year: int, n: int, device: str) -> str:
    return fmt.format(year=year, n=n, device=device, type=doc_type)


def validate(data: CompanySettings) -> CompanySettings:
    errors: list[FieldError] = []
    if not data.name.strip():
        errors.append(FieldError("name", "the company name is required"))
    if len(data.default_currency.strip()) != 3:
        errors.append(FieldError("default_currency", "a three-letter ISO code such as EUR"))
    country, problem = normalise_country(data.country)
    errors += [problem] if problem else []
    if data.language and data.language not in LANGUAGES:
        errors.append(FieldError("language", f"documents can be printed in {', '.join(sorted(LANGUAGES))}"))
    for doc_type, fmt in data.number_formats.items():
        try:
            sample = format_number(fmt, doc_type, 2026, 42, data.device)
        except (KeyError, ValueError, IndexError) as exc:
            errors.append(FieldError(f"format_{doc_type}", f"not a valid format: {exc}"))
            continue
        if "{n" not in fmt:
            errors.append(FieldError(f"format_{doc_type}", "the format must contain {n} (the counter)"))
        elif data.device and "{device" not in fmt:
            errors.append(FieldError(f"format_{doc_type}", "with a device prefix the format needs {device}"))
        elif len(sample) > 40:
            errors.append(FieldError(f"format_{doc_type}", "numbers may have at most 40 characters"))
    if errors:
        raise ValidationError(errors)
    return replace(
        data, name=data.name.strip(), default_currency=data.default_currency.strip().upper(), country=country
    )


def from_json(value: Any) -> CompanySettings:
    known = {f.name for f in fields(CompanySettings)}
    data = {k: v for k, v in (value or {}).items() if k in known}
    return CompanySettings(**data)


class CompanyService:
    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self.uow = uow

    def get(self) -> CompanySettings:
        with self.uow.read() as session:
            return from_json(settings_store.load(session, KEY))

    def save(self, data: CompanySettings) -> Outcome[CompanySettings]:
        clean = validate(data)
        with self.uow() as work:
            guard.require(work.session, "edit", "company setting")
            settings_store.store(work, KEY, asdict(clean))
            work.changed(ENTITY, ChangeKind.UPDATED, [SETTINGS_ID])
        return Outcome(clean, work.changes)
