"""The columns an import fills beyond what the editors' forms take: postal address, salutation, birthday,
a second phone and email, an account's revenue and size, and every record's id in its source system."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from app.models.money import to_minor
from app.services.core.errors import FieldError
from app.services.core.person_fields import LONGEST, birthday_error, employees_error
from app.services.core.validation import normalise_email
from app.services.importing.cells import phone, row_country
from app.services.importing.parsing import ISO, parse_day, parse_money

_PERSON_CELLS = frozenset(
    ("street", "postal_code", "region", "salutation", "birthday", "other_phone", "other_email")
)
_NO_PERSON_EXTRAS: dict[str, Any] = {
    "street": "",
    "postal_code": "",
    "region": "",
    "salutation": "",
    "birthday": None,
    "other_phone": "",
    "other_phone_display": "",
    "other_email": "",
}
LENGTHS = {**LONGEST, "external_id": 100}  # the editors' limits (core/person_fields.py)


def _text(cells: Mapping[str, str], name: str, errors: list[FieldError]) -> str:
    value = cells.get(name, "").strip()
    if len(value) > LENGTHS[name]:
        errors.append(FieldError(name, f"is too long ({len(value)} characters, at most {LENGTHS[name]})"))
    return value


def source_id(cells: Mapping[str, str], errors: list[FieldError]) -> str:
    """The record's id in the system the file comes from ('' when the file has none)."""
    return _text(cells, "external_id", errors)


def person_extras(
    cells: Mapping[str, str], found: Any, errors: list[FieldError], review: list[FieldError]
) -> dict[str, Any]:
    """Address, salutation, birthday, second phone and email of a contact or lead."""
    if not _PERSON_CELLS.intersection(cells):
        return {**_NO_PERSON_EXTRAS, "external_id": source_id(cells, errors)}
    out: dict[str, Any] = {
        name: _text(cells, name, errors) for name in ("street", "postal_code", "region", "salutation")
    }
    out["external_id"] = source_id(cells, errors)
    fmt = found.date_formats.get("birthday", ISO)
    try:
        out["birthday"] = parse_day(cells.get("birthday", ""), fmt)
    except ValueError as exc:
        errors.append(FieldError("birthday", str(exc)))
        out["birthday"] = None
    if (err := birthday_error(out["birthday"])) is not None:
        errors.append(err)
    out["other_phone"], out["other_phone_display"] = phone(
        cells.get("other_phone", ""), row_country(cells), found.region, "other_phone", review, errors
    )
    email, problem = normalise_email(cells.get("other_email", ""), "other_email")
    if problem:
        errors.append(problem)
    out["other_email"] = email
    return out


def account_extras(cells: Mapping[str, str], found: Any, errors: list[FieldError]) -> dict[str, Any]:
    """Postal code, region, annual revenue (money: minor units and currency) and employee count."""
    out: dict[str, Any] = {name: _text(cells, name, errors) for name in ("postal_code", "region")}
    out["external_id"] = source_id(cells, errors)
    out["annual_revenue_minor"], out["annual_revenue_currency"] = 0, ""
    revenue = cells.get("annual_revenue", "").strip()
    if revenue:
        try:
            amount, named = parse_money(revenue, found.decimal_marks.get("annual_revenue", ""))
            currency = (cells.get("currency", "").strip() or named or found.currency).upper()
            out["annual_revenue_minor"] = to_minor(amount, currency)
            out["annual_revenue_currency"] = currency
        except (ValueError, ArithmeticError) as exc:
            errors.append(FieldError("annual_revenue", f"'{revenue}' is not an amount ({exc})"))
    size = cells.get("employee_count", "").strip().replace(",", "").replace(".", "").replace(" ", "")
    if size and not size.isdigit():
        errors.append(FieldError("employee_count", f"'{cells['employee_count']}' is not a whole number"))
    out["employee_count"] = int(size) if size.isdigit() else 0
    if (err := employees_error(out["employee_count"])) is not None:
        errors.append(err)
    return out
