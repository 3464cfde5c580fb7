"""Custom field values: the definition DTO, parsing and validation per kind, and the text shown for a value.

Stored JSON per kind: text/long_text/url/email/phone/choice as strings, number as a JSON number,
money as integer minor units (currency in the definition's options), date as 'yyyy-mm-dd', checkbox as
true/false, multi_choice as a list in the definition's choice order. An empty value is not stored at all.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any
from urllib.parse import urlsplit

from app.models.custom_field import FieldKind
from app.models.money import from_minor, to_minor
from app.services.core.errors import FieldError
from app.services.core.validation import normalise_email, normalise_phone

__all__ = ["FieldDef", "FieldKind", "display", "edit_text", "normalise", "resolve"]

TEXT_LIMITS = {FieldKind.TEXT: 500, FieldKind.LONG_TEXT: 20_000, FieldKind.URL: 2_000}
_TRUE = frozenset({"1", "true", "yes", "y", "x", "on", "checked"})
_FALSE = frozenset({"0", "false", "no", "n", "off", ""})


@dataclass(frozen=True)
class FieldDef:
    """One custom field definition as the views and other services see it."""

    id: uuid.UUID
    version: int
    entity_type: str
    key: str
    label: str
    kind: FieldKind
    required: bool = False
    default_value: Any = None
    options: Mapping[str, Any] = field(default_factory=dict)
    position: int = 0
    deleted_at: datetime | None = None

    @property
    def name(self) -> str:
        """The name validation errors and form widgets use for this field."""
        return f"custom.{self.key}"

    @property
    def choices(self) -> tuple[str, ...]:
        return tuple(str(c) for c in self.options.get("choices", ()))

    @property
    def currency(self) -> str:
        return str(self.options.get("currency") or "EUR")


class _Invalid(ValueError):
    pass


def _is_empty(raw: Any) -> bool:
    return (
        raw is None
        or (isinstance(raw, str) and not raw.strip())
        or (isinstance(raw, (list, tuple)) and not raw)
    )


def _decimal(raw: Any) -> Decimal:
    if isinstance(raw, float):
        raise _Invalid("must be a decimal number, not a float")
    if isinstance(raw, bool):
        raise _Invalid("must be a number")
    text = str(raw).strip().replace(" ", "").replace("\u00a0", "")
    # "12,50" has a decimal comma; in "1,234.50" the comma groups thousands
    text = text.replace(",", ".") if "," in text and "." not in text else text.replace(",", "")
    try:
        value = Decimal(text)
    except InvalidOperation:
        raise _Invalid(f"'{raw}' is not a number") from None
    if not value.is_finite():
        raise _Invalid(f"'{raw}' is not a number")
    return value


def _number_json(value: Decimal) -> int | float:
    """A JSON number: integral values as int; others as the float whose repr is the same decimal."""
    if not value.is_finite():
        raise _Invalid("is not a number")
    if value == value.to_integral_value():
        return int(value)
    result = float(value)
    if Decimal(repr(result)) != value.normalize():
        raise _Invalid(f"{value} has more digits than a number field keeps (15)")
    return result


def _choice_list(raw: Any) -> list[str]:
    if isinstance(raw, str):
        return [p.strip() for p in raw.replace(";", ",").split(",") if p.strip()]
    return [str(p).strip() for p in raw if str(p).strip()]


def normalise(defn: FieldDef, raw: Any) -> Any:
    """The JSON value to store for `raw` (None when empty), or raise ValueError with a message."""
    if _is_empty(raw):
        return None
    kind = defn.kind
    if kind in (FieldKind.TEXT, FieldKind.LONG_TEXT):
        text = str(raw).strip() if kind == FieldKind.TEXT else str(raw).rstrip()
        if len(text) > TEXT_LIMITS[kind]:
            raise _Invalid(f"is longer than {TEXT_LIMITS[kind]} characters")
        return text
    if kind == FieldKind.NUMBER:  # a float is the stored form of a number (undo passes it back)
        return _number_json(Decimal(repr(raw)) if isinstance(raw, float) else _decimal(raw))
    if kind == FieldKind.MONEY:
        return int(raw) if isinstance(raw, int) and not isinstance(raw, bool) else _money(defn, raw)
    if kind == FieldKind.DATE:
        return _date(raw)
    if kind == FieldKind.CHECKBOX:
        if isinstance(raw, bool):
            return raw
        text = str(raw).strip().lower()
        if text in _TRUE or text in _FALSE:
            return text in _TRUE
        raise _Invalid(f"'{raw}' is not yes or no")
    if kind == FieldKind.CHOICE:
        text = str(raw).strip()
        match = next((c for c in defn.choices if c.lower() == text.lower()), None)
        if match is None:
            raise _Invalid(f"'{text}' is not one of: {', '.join(defn.choices)}")
        return match
    if kind == FieldKind.MULTI_CHOICE:
        wanted = {p.lower(): p for p in _choice_list(raw)}
        unknown = [p for k, p in wanted.items() if k not in {c.lower() for c in defn.choices}]
        if unknown:
            raise _Invalid(f"{', '.join(repr(u) for u in unknown)} not among: {', '.join(defn.choices)}")
        return [c for c in defn.choices if c.lower() in wanted] or None
    if kind == FieldKind.URL:
        return _url(str(raw).strip())
    if kind == FieldKind.EMAIL:
        email, error = normalise_email(str(raw), defn.name)
        if error is not None:
            raise _Invalid(error.message)
        return email
    if kind == FieldKind.PHONE:
        phone, perror = normalise_phone(str(raw), "", defn.name)
        if perror is not None:
            raise _Invalid(perror.message)
        return phone.e164
    raise _Invalid(f"unknown field kind {kind}")


def _money(defn: FieldDef, raw: Any) -> int:
    text = str(raw).strip()
    currency = defn.currency
    for code in (currency, currency.lower()):
        text = text.replace(code, "")
    return to_minor(_decimal(text.replace("€", "").replace("$", "").replace("£", "")), currency)


def _date(raw: Any) -> str:
    if isinstance(raw, datetime):
        return raw.date().isoformat()
    if isinstance(raw, date):
        return raw.isoformat()
    text = str(raw).strip()
    try:
        return date.fromisoformat(text[:10]).isoformat()
    except ValueError:
        raise _Invalid(f"'{text}' is not a date (yyyy-mm-dd)") from None


def _url(text: str) -> str:
    if "://" not in text:
        text = f"https://{text}"
    parts = urlsplit(text)
    host = parts.hostname or ""
    if parts.scheme not in ("http", "https") or "." not in host or " " in text:
        raise _Invalid(f"'{text}' is not a web address")
    if len(text) > TEXT_LIMITS[FieldKind.URL]:
        raise _Invalid(f"is longer than {TEXT_LIMITS[FieldKind.URL]} characters")
    return text


def resolve(
    defs: Sequence[FieldDef],
    given: Mapping[str, Any] | None,
    current: Mapping[str, Any],
    creating: bool,
) -> tuple[dict[str, Any], list[FieldError]]:
    """The record's new `custom` JSON and the errors, each naming its field by label.

    `given` replaces the values of every live field (a field it leaves out is cleared); None leaves them
    as they are. Keys of trashed fields and keys no definition owns (an import's external id) are kept
    from `current` whatever `given` says. On create, a field left out of `given` gets its default.
    """
    live = {d.key: d for d in defs if d.deleted_at is None}
    result = {k: v for k, v in current.items() if k not in live}
    errors: list[FieldError] = []
    for key, defn in live.items():
        if given is None:
            raw = defn.default_value if creating else current.get(key)
        elif key in given:
            raw = given[key]
        else:
            raw = defn.default_value if creating else None
        try:
            value = normalise(defn, raw)
        except ValueError as exc:
            errors.append(FieldError(defn.name, f"{defn.label}: {exc}"))
            continue
        if value is None:
            if defn.required:
                errors.append(FieldError(defn.name, f"{defn.label} is required"))
            continue
        result[key] = value
    return result, errors


def display(defn: FieldDef, value: Any) -> str:
    """The text a list, an export or an editor shows for a stored value."""
    if value is None:
        return ""
    kind = defn.kind
    if kind == FieldKind.MONEY and isinstance(value, int):
        return f"{from_minor(value, defn.currency):,} {defn.currency}"
    if kind == FieldKind.NUMBER and isinstance(value, (int, float)):
        return f"{Decimal(repr(value)).normalize():f}" if isinstance(value, float) else str(value)
    if kind == FieldKind.CHECKBOX:
        return "Yes" if value else "No"
    if kind == FieldKind.MULTI_CHOICE and isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)


def edit_text(defn: FieldDef, value: Any) -> str:
    """The text an input box starts with (money without grouping, so it parses back the same)."""
    if defn.kind == FieldKind.MONEY and isinstance(value, int):
        return f"{from_minor(value, defn.currency)}"
    if defn.kind == FieldKind.CHECKBOX:
        return "yes" if value else ""
    return display(defn, value)
