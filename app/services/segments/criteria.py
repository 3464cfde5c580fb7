"""Segment criteria: the tree format, the fields a condition can name, validation and a readable summary.

A criteria tree is JSON:

    group     = {"match": "all" | "any", "items": [group | condition, ...]}     (AND / OR)
    condition = {"field": NAME, "operator": OP, "value": VALUE, "negate": false}

NAME is a built-in column of the entity ("country", "status", "created_at" ...), `custom.<key>` for a
custom field (its kind read from the field's definition), or a related fact: `open_deal` (has an open deal
over an amount), `won_value` (sum of won deals), `last_activity`, `tag`, `lifecycle` (contacts and
accounts: of the lead converted into them), `tag` (by tag id) and `nps` (the category of the contact's latest answer).
OP is one of OPERATORS, allowed per kind (KIND_OPERATORS). VALUE is a string, a number, a list (for
`in`), a pair (for `between`), a day count (`within_last_days`), a date as "yyyy-mm-dd" for dates and
times (compared by UTC date), `{"amount": "1000.00", "currency": "EUR"}` for money facts, nothing for
`is_empty`. `negate` turns a condition into its opposite: `last_activity within_last_days 90` negated is
"no activity in 90 days". A condition on a missing (NULL) value is false, and its negation true.
`sql_filter` compiles a tree to SQL.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Account, Contact, CustomField, Entity, Lead
from app.models.custom_field import FieldKind
from app.models.customer_value import RFM_SEGMENTS
from app.models.money import to_minor
from app.services.core.errors import FieldError, ValidationError
from app.services.core.validation import control_character_error

OPERATORS = (
    "equals",
    "contains",
    "starts_with",
    "in",
    "greater",
    "less",
    "between",
    "is_empty",
    "within_last_days",
)
MAX_TEXT_VALUE = 1000  # characters of one text value: longer is no one's search, and LIKE refuses ~50,000
MAX_LIST_VALUES = 1000  # values of one "is one of"
MAX_NUMBER = Decimal(10) ** 15
MAX_DAYS = 100_000  # "within the last N days": some 270 years
OPERATOR_LABELS = {
    "equals": "is",
    "contains": "contains",
    "starts_with": "starts with",
    "in": "is one of",
    "greater": "greater than",
    "less": "less than",
    "between": "between",
    "is_empty": "is empty",
    "within_last_days": "within the last N days",
}
_TEXT = ("equals", "contains", "starts_with", "in", "is_empty")
_NUMBER = ("equals", "greater", "less", "between", "in", "is_empty")
_DATE = ("equals", "greater", "less", "between", "within_last_days", "is_empty")
KIND_OPERATORS: dict[str, tuple[str, ...]] = {
    "text": _TEXT,
    "choice": ("equals", "in", "is_empty"),
    "number": _NUMBER,
    "money": _NUMBER,
    "date": _DATE,
    "datetime": ("greater", "less", "between", "within_last_days"),
    "checkbox": ("equals", "is_empty"),
    "multi_choice": ("contains", "in", "is_empty"),
    "open_deal": ("greater",),
    "won_value": ("greater", "less", "between"),
    "last_activity": ("within_last_days", "is_empty"),
    "tag": ("equals", "in", "is_empty"),
    "nps": ("equals", "in", "is_empty"),
    "rfm_segment": ("equals", "in", "is_empty"),  # customer value (account_values)
    "account_score": ("greater", "less", "between"),
}
NPS_CATEGORIES = ("promoter", "passive", "detractor")
MODELS: dict[str, type[Entity]] = {"contact": Contact, "account": Account, "lead": Lead}
SEGMENT_ENTITIES = tuple(MODELS)
_LIFECYCLES = (
    "subscriber",
    "lead",
    "marketing_qualified",
    "sales_qualified",
    "opportunity",
    "customer",
    "evangelist",
)


@dataclass(frozen=True)
class FieldSpec:
    """A field a condition can test: its name in the tree, label, kind and, for choices, the choices."""

    name: str
    label: str
    kind: str
    choices: tuple[str, ...] = ()
    currency: str = ""
    custom_kind: FieldKind | None = None  # custom fields: the definition's kind
    never_empty: bool = False  # a required column (a status): "is empty" would always be false

    @property
    def operators(self) -> tuple[str, ...]:
        ops = KIND_OPERATORS[self.kind]
        return tuple(o for o in ops if o != "is_empty") if self.never_empty else ops


def _enum(name: str, label: str, model: Any) -> FieldSpec:
    col = getattr(model, name)
    required = not col.property.columns[0].nullable
    return FieldSpec(name, label, "choice", tuple(col.type.enums), never_empty=required)


_COMMON_DATES = (
    FieldSpec("created_at", "Created", "datetime"),
    FieldSpec("updated_at", "Updated", "datetime"),
)
_RELATED_DEALS = (
    FieldSpec("open_deal", "Open deal amount", "open_deal"),
    FieldSpec("won_value", "Won deals total", "won_value"),
)
_RELATED = (
    FieldSpec("last_activity", "Activity", "last_activity"),
    FieldSpec("tag", "Tagged", "tag"),
)
BUILTIN_FIELDS: dict[str, tuple[FieldSpec, ...]] = {
    "contact": (
        FieldSpec("first_name", "First name", "text"),
        FieldSpec("last_name", "Last name", "text"),
        FieldSpec("email", "Email", "text"),
        FieldSpec("title", "Title", "text"),
        FieldSpec("company_name", "Company", "text"),
        FieldSpec("city", "City", "text"),
        FieldSpec("country", "Country", "text"),
        _enum("status", "Status", Contact),
        *_COMMON_DATES,
        *_RELATED_DEALS,
        *_RELATED,
        FieldSpec("lifecycle", "Lifecycle stage", "choice", _LIFECYCLES),
        FieldSpec("nps", "NPS category", "nps", NPS_CATEGORIES),
    ),
    "account": (
        FieldSpec("name", "Name", "text"),
        FieldSpec("domain", "Domain", "text"),
        FieldSpec("industry", "Industry", "text"),
        FieldSpec("email", "Email", "text"),
        FieldSpec("city", "City", "text"),
        FieldSpec("country", "Country", "text"),
        _enum("status", "Status", Account),
        *_COMMON_DATES,
        *_RELATED_DEALS,
        *_RELATED,
        FieldSpec("lifecycle", "Lifecycle stage", "choice", _LIFECYCLES),
        FieldSpec("rfm_segment", "RFM segment", "rfm_segment", RFM_SEGMENTS),
        FieldSpec("engagement", "Engagement score", "account_score"),
        FieldSpec("churn_risk", "Churn risk", "account_score"),
    ),
    "lead": (
        FieldSpec("first_name", "First name", "text"),
        FieldSpec("last_name", "Last name", "text"),
        FieldSpec("company", "Company", "text"),
        FieldSpec("title", "Title", "text"),
        FieldSpec("email", "Email", "text"),
        FieldSpec("source", "Source", "text"),
        FieldSpec("industry", "Industry", "text"),
        FieldSpec("company_size", "Company size", "number"),
        FieldSpec("score", "Score", "number"),
        _enum("status", "Status", Lead),
        _enum("lifecycle", "Lifecycle stage", Lead),
        *_COMMON_DATES,
        *_RELATED,
    ),
}
_CUSTOM_KINDS = {
    FieldKind.TEXT: "text",
    FieldKind.LONG_TEXT: "text",
    FieldKind.URL: "text",
    FieldKind.EMAIL: "text",
    FieldKind.PHONE: "text",
    FieldKind.NUMBER: "number",
    FieldKind.MONEY: "money",
    FieldKind.DATE: "date",
    FieldKind.CHECKBOX: "checkbox",
    FieldKind.CHOICE: "choice",
    FieldKind.MULTI_CHOICE: "multi_choice",
}


def field_specs(session: Session, entity: str) -> dict[str, FieldSpec]:
    """Every field a condition on `entity` may name: built-in, related and the live custom fields."""
    if entity not in MODELS:
        raise ValidationError(FieldError("entity", f"segments are for {', '.join(SEGMENT_ENTITIES)}"))
    specs = {f.name: f for f in BUILTIN_FIELDS[entity]}
    stmt = (
        select(CustomField)
        .where(CustomField.entity_type == entity, CustomField.deleted_at.is_(None))
        .order_by(CustomField.position, CustomField.label)
    )
    for cf in session.scalars(stmt):
        choices = tuple(str(c) for c in (cf.options or {}).get("choices", ()))
        name = f"custom.{cf.key}"
        currency = str((cf.options or {}).get("currency", ""))
        specs[name] = FieldSpec(name, cf.label, _CUSTOM_KINDS[cf.kind], choices, currency, cf.kind)
    return specs


# --- validation ---------------------------------------------------------------------------------------
def validate(tree: Any, specs: dict[str, FieldSpec]) -> None:
    """Raise one ValidationError naming every bad condition (by its path, e.g. `criteria.items[2]`)."""
    errors: list[FieldError] = []
    _check(tree, specs, "criteria", errors, 0)
    if errors:
        raise ValidationError(errors)


def _check(node: Any, specs: dict[str, FieldSpec], path: str, errors: list[FieldError], depth: int) -> None:
    if not isinstance(node, dict):
        errors.append(FieldError(path, "must be a group or a condition"))
    elif "items" in node:
        if node.get("match", "all") not in ("all", "any"):
            errors.append(FieldError(path, "match must be 'all' or 'any'"))
        if depth > 8:
            errors.append(FieldError(path, "groups nest at most 8 deep"))
        elif not isinstance(node["items"], list):
            errors.append(FieldError(path, "items must be a list"))
        else:
            for i, item in enumerate(node["items"]):
                _check(item, specs, f"{path}.items[{i}]", errors, depth + 1)
    else:
        spec = specs.get(str(node.get("field")))
        if spec is None:
            errors.append(FieldError(path, f"unknown field {node.get('field')!r}"))
            return
        op = node.get("operator")
        if op not in spec.operators:
            allowed = ", ".join(OPERATOR_LABELS[o] for o in spec.operators)
            errors.append(FieldError(path, f"{spec.label}: use one of {allowed}"))
            return
        try:
            convert_value(spec, op, node.get("value"))
        except ValueError as exc:
            errors.append(FieldError(path, f"{spec.label} {OPERATOR_LABELS[op]}: {exc}"))


def convert_value(spec: FieldSpec, op: str, raw: Any) -> Any:
    """The condition's value converted for SQL; ValueError with a readable reason."""
    if op == "is_empty":
        return None
    if op == "within_last_days":
        if isinstance(raw, bool) or not isinstance(raw, int) or not 0 <= raw <= MAX_DAYS:
            raise ValueError(f"give a whole number of days from 0 to {MAX_DAYS:,}")
        return raw
    if op == "in":
        if not isinstance(raw, list) or not raw:
            raise ValueError("give a non-empty list of values")
        if len(raw) > MAX_LIST_VALUES:
            raise ValueError(f"give at most {MAX_LIST_VALUES} values ({len(raw)} given)")
        return [_scalar(spec, v) for v in raw]
    if op == "between":
        if not isinstance(raw, list) or len(raw) != 2:
            raise ValueError("give two values, low and high")
        return [_scalar(spec, v) for v in raw]
    return _scalar(spec, raw)


def _scalar(spec: FieldSpec, raw: Any) -> Any:
    kind = spec.kind
    if kind in ("open_deal", "won_value"):
        if not isinstance(raw, dict):
            raise ValueError('give {"amount": "...", "currency": "EUR"}')
        currency = str(raw.get("currency", "")).upper()
        if len(currency) != 3 or not currency.isalpha():
            raise ValueError("give a three-letter currency code")
        return (to_minor(_decimal(raw.get("amount")), currency), currency)
    if kind in ("number", "money", "account_score"):
        number = _decimal(raw)
        return to_minor(number, spec.currency) if kind == "money" else number
    if kind in ("date", "datetime"):
        try:
            return date.fromisoformat(str(raw))
        except ValueError:
            raise ValueError(f"{raw!r} is not a date (yyyy-mm-dd)") from None
    if kind == "tag":  # by id, so renaming a tag keeps its segments; a trashed tag matches nothing
        try:
            return uuid.UUID(str(raw))
        except ValueError:
            raise ValueError(f"{raw!r} is not a tag id") from None
    if kind == "checkbox":
        if not isinstance(raw, bool):
            raise ValueError("give true or false")
        return raw
    if not isinstance(raw, str) or (kind in ("text",) and raw == ""):
        raise ValueError("give a non-empty text")
    if len(raw) > MAX_TEXT_VALUE:
        raise ValueError(f"the text is too long ({len(raw)} characters, at most {MAX_TEXT_VALUE})")
    if (problem := control_character_error(raw, "value", multiline=False)) is not None:
        raise ValueError(f"the text {problem.message}")
    if spec.choices and raw not in spec.choices:
        raise ValueError(f"{raw!r} is not one of {', '.join(spec.choices)}")
    return raw


def _decimal(raw: Any) -> Decimal:
    if isinstance(raw, (bool, float)):
        raise ValueError("give the number as text or an integer (never a float)")
    try:
        value = Decimal(str(raw).strip())
    except InvalidOperation:
        raise ValueError(f"{raw!r} is not a number") from None
    if not value.is_finite():
        raise ValueError(f"{raw!r} is not a number")
    if abs(value) >= MAX_NUMBER:  # SQLite integers stop at 2**63; number fields keep 15 digits
        raise ValueError(f"{raw!r} is too large (at most 15 digits before the point)")
    return value


def describe(tree: Any, specs: dict[str, FieldSpec]) -> str:
    """A one-line reading of the tree, e.g. `Country is one of DE, AT and Status is active`."""
    if "items" in tree:
        joiner = " and " if tree.get("match", "all") == "all" else " or "
        parts = [describe(i, specs) for i in tree["items"]]
        text = joiner.join(f"({p})" if " and " in p or " or " in p else p for p in parts)
        return text or "everything"
    spec = specs.get(tree.get("field", ""))
    label = spec.label if spec else tree.get("field", "?")
    op = OPERATOR_LABELS.get(tree.get("operator", ""), tree.get("operator", ""))
    value = tree.get("value")
    shown = "" if value is None else " " + _show(value)
    return f"{'not ' if tree.get('negate') else ''}{label} {op}{shown}"


def _show(value: Any) -> str:
    if isinstance(value, dict):
        return f"{value.get('amount')} {value.get('currency')}"
    if isinstance(value, list):
        return ", ".join(_show(v) for v in value)
    return str(value)


def all_fields(session: Session, entity: str) -> Sequence[FieldSpec]:
    return tuple(field_specs(session, entity).values())
