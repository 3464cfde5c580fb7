"""Segment criteria: the tree format, its validation, and its compilation to one SQL WHERE clause.

A criteria tree is JSON:

    group     = {"match": "all" | "any", "items": [group | condition, ...]}     (AND / OR)
    condition = {"field": NAME, "operator": OP, "value": VALUE, "negate": false}

NAME is a built-in column of the entity ("country", "status", "created_at" ...), `custom.<key>` for a
custom field (its kind read from the field's definition), or a related fact: `open_deal` (has an open deal
over an amount), `won_value` (sum of won deals), `last_activity`, `tag`, `lifecycle` (contacts and
accounts: of the lead converted into them) and `nps` (the category of the contact's latest answer).
OP is one of OPERATORS, allowed per kind (KIND_OPERATORS). VALUE is a string, a number, a list (for
`in`), a pair (for `between`), a day count (`within_last_days`), a date as "yyyy-mm-dd" for dates and
times (compared by UTC date), `{"amount": "1000.00", "currency": "EUR"}` for money facts, nothing for
`is_empty`. `negate` turns a condition into its opposite: `last_activity within_last_days 90` negated is
"no activity in 90 days". A condition on a missing (NULL) value is false, and its negation true.

Everything is SQL: correlated EXISTS or scalar subqueries for related data, `custom_values` expressions
(which expression indexes match) for custom fields. Nothing is filtered in Python.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import and_, exists, false, func, literal, not_, or_, select, true
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from app.models import (
    Account,
    Activity,
    Contact,
    CustomField,
    Deal,
    Entity,
    Lead,
    NpsResponse,
    Stage,
    Tag,
    Tagging,
)
from app.models.custom_field import FieldKind
from app.models.money import to_minor
from app.services import custom_values
from app.services.errors import FieldError, ValidationError
from app.services.listing import escape_like

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

    @property
    def operators(self) -> tuple[str, ...]:
        return KIND_OPERATORS[self.kind]


def _enum(name: str, label: str, model: Any) -> FieldSpec:
    col = getattr(model, name)
    return FieldSpec(name, label, "choice", tuple(col.type.enums))


_COMMON_DATES = (
    FieldSpec("created_at", "Created", "datetime"),
    FieldSpec("updated_at", "Updated", "datetime"),
)
_RELATED_DEALS = (
    FieldSpec("open_deal", "Has an open deal over", "open_deal"),
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
            _value(spec, op, node.get("value"))
        except ValueError as exc:
            errors.append(FieldError(path, f"{spec.label} {OPERATOR_LABELS[op]}: {exc}"))


def _value(spec: FieldSpec, op: str, raw: Any) -> Any:
    """The condition's value converted for SQL; ValueError with a readable reason."""
    if op == "is_empty":
        return None
    if op == "within_last_days":
        if isinstance(raw, bool) or not isinstance(raw, int) or raw < 0:
            raise ValueError("give a whole number of days (0 or more)")
        return raw
    if op == "in":
        if not isinstance(raw, list) or not raw:
            raise ValueError("give a non-empty list of values")
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
    if kind in ("number", "money"):
        number = _decimal(raw)
        return to_minor(number, spec.currency) if kind == "money" else number
    if kind in ("date", "datetime"):
        try:
            return date.fromisoformat(str(raw))
        except ValueError:
            raise ValueError(f"{raw!r} is not a date (yyyy-mm-dd)") from None
    if kind == "checkbox":
        if not isinstance(raw, bool):
            raise ValueError("give true or false")
        return raw
    if not isinstance(raw, str) or (kind in ("text",) and raw == ""):
        raise ValueError("give a non-empty text")
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
    return value


# --- compilation --------------------------------------------------------------------------------------
def compile_criteria(
    session: Session, entity: str, tree: Any, now: datetime | None = None
) -> ColumnElement[bool]:
    """The WHERE clause selecting `entity` rows that match `tree` (validated first)."""
    specs = field_specs(session, entity)
    validate(tree, specs)
    compiler = _Compiler(
        MODELS[entity], entity, specs, session.get_bind().dialect.name, now or datetime.now(UTC)
    )
    return compiler.node(tree)


@dataclass(frozen=True)
class _Compiler:
    model: Any
    entity: str
    specs: dict[str, FieldSpec]
    dialect: str
    now: datetime

    def node(self, node: dict[str, Any]) -> ColumnElement[bool]:
        if "items" in node:
            parts = [self.node(item) for item in node["items"]]
            if node.get("match", "all") == "any":
                return or_(false(), *parts)
            return and_(true(), *parts)
        spec = self.specs[node["field"]]
        op = node["operator"]
        cond = self.condition(spec, op, _value(spec, op, node.get("value")))
        return not_(cond) if node.get("negate") else cond

    def condition(self, spec: FieldSpec, op: str, value: Any) -> ColumnElement[bool]:
        related = getattr(self, f"_{spec.kind}", None) if spec.kind in _RELATED_KINDS else None
        if related is not None:
            return related(op, value)  # type: ignore[no-any-return]
        if spec.name == "lifecycle" and self.entity != "lead":
            return self._converted_lifecycle(op, value)
        expr = self.expression(spec)
        if spec.kind == "multi_choice":
            return self._multi(spec, op, value)
        return _compare(expr, spec, op, value, self.now, nullable=spec.custom_kind is not None)

    def expression(self, spec: FieldSpec) -> ColumnElement[Any]:
        if spec.custom_kind is not None:
            return custom_values.value_expression(
                self.model.custom, spec.name[7:], spec.custom_kind, self.dialect
            )
        return getattr(self.model, spec.name)  # type: ignore[no-any-return]

    def _multi(self, spec: FieldSpec, op: str, value: Any) -> ColumnElement[bool]:
        key = spec.name[7:]
        if op == "is_empty":
            return custom_values.multi_is_empty(self.model.custom, key, self.dialect)
        options = value if op == "in" else [value]
        return custom_values.multi_contains_any(self.model.custom, key, options, self.dialect)

    # related facts -------------------------------------------------------------------------------
    def _deal_link(self) -> ColumnElement[bool]:
        col = Deal.contact_id if self.entity == "contact" else Deal.account_id
        return and_(col == self.model.id, Deal.deleted_at.is_(None))

    def _open_deal(self, op: str, value: tuple[int, str]) -> ColumnElement[bool]:
        minor, currency = value
        stmt = (
            select(Deal.id)
            .join(Stage, Stage.id == Deal.stage_id)
            .where(
                self._deal_link(),
                Stage.is_won.is_(False),
                Stage.is_lost.is_(False),
                Deal.currency == currency,
                Deal.amount_minor > minor,
            )
        )
        return stmt.exists()

    def _won_value(self, op: str, value: Any) -> ColumnElement[bool]:
        currency = value[0][1] if op == "between" else value[1]
        total = (
            select(func.coalesce(func.sum(Deal.amount_minor), 0))
            .join(Stage, Stage.id == Deal.stage_id)
            .where(self._deal_link(), Stage.is_won.is_(True), Deal.currency == currency)
            .scalar_subquery()
        )
        if op == "between":
            return and_(total >= value[0][0], total <= value[1][0])
        cond: ColumnElement[bool] = total > value[0] if op == "greater" else total < value[0]
        return cond

    def _last_activity(self, op: str, days: int | None) -> ColumnElement[bool]:
        col = {"contact": Activity.contact_id, "account": Activity.account_id, "lead": Activity.lead_id}
        where = [col[self.entity] == self.model.id, Activity.deleted_at.is_(None)]
        if op == "is_empty":
            return ~exists().where(*where)
        assert days is not None
        where += [Activity.occurred_at >= self.now - timedelta(days=days), Activity.occurred_at <= self.now]
        return exists().where(*where)

    def _tag(self, op: str, value: Any) -> ColumnElement[bool]:
        where = [
            Tagging.entity_type == self.entity,
            Tagging.entity_id == self.model.id,
            Tagging.deleted_at.is_(None),
            Tag.id == Tagging.tag_id,
            Tag.deleted_at.is_(None),
        ]
        if op == "is_empty":
            return ~exists().where(*where)
        names = value if op == "in" else [value]
        return exists().where(*where, Tag.name.in_(names))

    def _nps(self, op: str, value: Any) -> ColumnElement[bool]:
        latest = (
            select(NpsResponse.score)
            .where(NpsResponse.contact_id == self.model.id, NpsResponse.deleted_at.is_(None))
            .order_by(NpsResponse.answered_on.desc(), NpsResponse.created_at.desc(), NpsResponse.id.desc())
            .limit(1)
            .scalar_subquery()
        )
        if op == "is_empty":
            return latest.is_(None)
        ranges = {"promoter": (9, 10), "passive": (7, 8), "detractor": (0, 6)}
        cats = value if op == "in" else [value]
        return and_(latest.is_not(None), or_(false(), *(latest.between(*ranges[c]) for c in cats)))

    def _converted_lifecycle(self, op: str, value: Any) -> ColumnElement[bool]:
        link = Lead.converted_contact_id if self.entity == "contact" else Lead.converted_account_id
        where = [link == self.model.id, Lead.deleted_at.is_(None)]
        if op == "is_empty":
            return ~exists().where(*where)
        wanted = value if op == "in" else [value]
        return exists().where(*where, Lead.lifecycle.in_(wanted))


_RELATED_KINDS = frozenset({"open_deal", "won_value", "last_activity", "tag", "nps"})


def _compare(
    expr: ColumnElement[Any], spec: FieldSpec, op: str, value: Any, now: datetime, nullable: bool
) -> ColumnElement[bool]:
    """`expr OP value`; a NULL value makes the condition false (not NULL), so `negate` is exact."""
    kind = spec.kind
    if op == "is_empty":
        if kind in ("text", "choice"):
            return or_(expr.is_(None), expr == "") if nullable else expr == ""
        return expr.is_(None)
    cond = _match(expr, kind, op, value, now)
    return and_(expr.is_not(None), cond) if nullable else cond


def _match(expr: ColumnElement[Any], kind: str, op: str, value: Any, now: datetime) -> ColumnElement[bool]:
    if kind == "datetime":
        return _datetime_match(expr, op, value, now)
    if kind == "date":  # ISO text: compares as text
        value = [d.isoformat() for d in value] if isinstance(value, list) else value
        value = value.isoformat() if isinstance(value, date) else value
        if op == "within_last_days":
            today = now.astimezone(UTC).date()
            return and_(expr >= (today - timedelta(days=value)).isoformat(), expr <= today.isoformat())
    if kind in ("number", "money"):
        value = [_num(v) for v in value] if isinstance(value, list) else _num(value)
    if op == "equals":
        return expr == value  # type: ignore[no-any-return]
    if op == "in":
        return expr.in_(value)
    if op == "greater":
        return expr > value  # type: ignore[no-any-return]
    if op == "less":
        return expr < value  # type: ignore[no-any-return]
    if op == "between":
        return expr.between(value[0], value[1])
    lowered = func.lower(expr)
    if op == "contains":
        return lowered.like(f"%{escape_like(value.lower())}%", escape="\\")
    return lowered.like(f"{escape_like(value.lower())}%", escape="\\")  # starts_with


def _num(value: Decimal | int) -> Any:
    """Integers bind as integers; other decimals as NUMERIC literals (never a Python float)."""
    if isinstance(value, int) or value == value.to_integral_value():
        return literal(int(value))
    return literal(value)


def _datetime_match(expr: ColumnElement[Any], op: str, value: Any, now: datetime) -> ColumnElement[bool]:
    def start(d: date) -> datetime:
        return datetime.combine(d, time(), tzinfo=UTC)

    if op == "within_last_days":
        return and_(expr >= now - timedelta(days=value), expr <= now)
    if op == "greater":
        return expr >= start(value + timedelta(days=1))
    if op == "less":
        return expr < start(value)
    return and_(expr >= start(value[0]), expr < start(value[1] + timedelta(days=1)))  # between


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
