"""The postal address, salutation, birthday and second phone and email a contact and a lead share,
and an account's annual revenue and size (migration 0016): their validation in one place."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from app.services.core.errors import FieldError
from app.services.core.validation import check_lengths, money_field, normalise_email, normalise_phone

# field name -> longest text (the column's length; the street is a Text column, bounded here)
ADDRESS_LIMITS: tuple[tuple[str, int, bool], ...] = (
    ("street", 2000, False),  # as the importer allows
    ("postal_code", 20, False),
    ("region", 100, False),
)
PERSON_LIMITS: tuple[tuple[str, int, bool], ...] = (*ADDRESS_LIMITS, ("salutation", 40, False))
LONGEST = {name: longest for name, longest, _required in PERSON_LIMITS}
MAX_EMPLOYEES = 10_000_000  # more than any employer has; keeps typos out of an INTEGER column
MAX_MINOR = 2**63 - 1  # a BIGINT


def birthday_error(day: date | None, today: date | None = None) -> FieldError | None:
    """A birthday may not be in the future (the editors' and the importer's rule)."""
    if day is not None and day > (today or date.today()):
        return FieldError("birthday", f"{day.isoformat()} is in the future")
    return None


def employees_error(count: int) -> FieldError | None:
    if count < 0:
        return FieldError("employee_count", "must not be negative")
    if count > MAX_EMPLOYEES:
        return FieldError("employee_count", f"is more than {MAX_EMPLOYEES:,} employees")
    return None


def person_values(
    data: Any, country: str, errors: list[FieldError], today: date | None = None
) -> dict[str, Any]:
    """Column values of `data`'s address, salutation, birthday, other phone and other email.

    The other phone is read in the record's `country` like its main phone; a birthday must be a date
    that is not in the future.
    """
    errors += check_lengths(data, PERSON_LIMITS)
    birthday = data.birthday
    if birthday is not None and not isinstance(birthday, date):
        errors.append(FieldError("birthday", f"'{birthday}' is not a date"))
        birthday = None
    elif (err := birthday_error(birthday, today)) is not None:
        errors.append(err)
    other_email, err = normalise_email(data.other_email, "other_email")
    errors += [err] if err else []
    other_phone, err = normalise_phone(data.other_phone, country, "other_phone")
    errors += [err] if err else []
    return {
        "street": data.street.strip(),
        "postal_code": data.postal_code.strip(),
        "region": data.region.strip(),
        "salutation": data.salutation.strip(),
        "birthday": birthday,
        "other_phone": other_phone.e164,
        "other_phone_display": other_phone.display,
        "other_email": other_email,
    }


def account_figures(
    revenue: str | Decimal, currency: str, employees: int | str, errors: list[FieldError]
) -> dict[str, Any]:
    """Annual revenue (minor units and currency; '' for both when not known) and employee count."""
    out: dict[str, Any] = {"annual_revenue_minor": 0, "annual_revenue_currency": "", "employee_count": 0}
    code = currency.strip().upper()
    given = revenue.strip() if isinstance(revenue, str) else revenue
    if isinstance(given, float):
        errors.append(FieldError("annual_revenue", "money must be a Decimal, not a float"))
    elif given != "":
        if len(code) != 3 or not code.isalpha():
            errors.append(FieldError("annual_revenue_currency", "a three-letter ISO code such as EUR"))
        else:
            minor = money_field(given, "annual_revenue", code, errors)
            if minor > MAX_MINOR:
                errors.append(FieldError("annual_revenue", "is too large"))
            else:
                out["annual_revenue_minor"], out["annual_revenue_currency"] = minor, code
    size = employees.strip().replace(",", "") if isinstance(employees, str) else employees
    if isinstance(size, str) and size and not size.isdigit():
        errors.append(FieldError("employee_count", f"'{employees}' is not a whole number of employees"))
    elif (err := employees_error(int(size or 0))) is not None:
        errors.append(err)
    else:
        out["employee_count"] = int(size or 0)
    return out
