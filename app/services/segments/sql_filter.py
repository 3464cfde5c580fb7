"""Compile a segment's criteria tree (format: app/services/segments/criteria.py) to one SQL WHERE clause.

Everything is SQL: correlated EXISTS or scalar subqueries for related data, `custom_values` expressions
(which the custom fields' expression indexes match) for custom fields. Nothing is filtered in Python.
A condition on a missing (NULL) value is false, never NULL, so its negation is exact.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import and_, exists, false, func, literal, not_, or_, select, true
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from app.models import AccountValue, Activity, Deal, Lead, NpsResponse, Stage, Tag, Tagging
from app.services.core import custom_values
from app.services.core.custom_values import escape_like
from app.services.segments.criteria import MODELS, FieldSpec, convert_value, field_specs, validate


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
        cond = self.condition(spec, op, convert_value(spec, op, node.get("value")))
        return not_(cond) if node.get("negate") else cond

    def condition(self, spec: FieldSpec, op: str, value: Any) -> ColumnElement[bool]:
        if spec.kind == "account_score":
            return self._account_score(spec.name, op, value)
        related = getattr(self, f"_{spec.kind}", None) if spec.kind in _RELATED_KINDS else None
        if related is not None:
            return related(op, value)  # type: ignore[no-any-return]
        if spec.name == "lifecycle" and self.entity != "lead":
            return self._converted_lifecycle(op, value)
        expr = self.expression(spec)
        if spec.kind == "multi_choice":
            return self._multi(spec, op, value)
        if spec.custom_kind is not None and op != "is_empty":
            # Compare the never-NULL sort key, which the field's own expression index holds (see
            # custom_values.create_index_sql); the presence test keeps empty values out, so `negate` is exact.
            key = custom_values.sort_expression(
                self.model.custom, spec.name[7:], spec.custom_kind, self.dialect
            )
            match = _match(key, spec.kind, op, value, self.now)
            values = value if op == "in" else [value]
            if op in ("equals", "in") and not any(custom_values.may_equal_empty(v) for v in values):
                # The key of a missing value is the fill literal, which this value never equals: the
                # presence test is implied, and leaving it out lets a covering index answer without
                # reading the row (1M contacts: a 17,818-member count 75 ms -> a few ms).
                return match
            return and_(expr.is_not(None), match)
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
        ids = value if op == "in" else [value]
        return exists().where(*where, Tagging.tag_id.in_(ids))

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

    def _rfm_segment(self, op: str, value: Any) -> ColumnElement[bool]:
        segment = (
            select(AccountValue.rfm_segment).where(AccountValue.account_id == self.model.id).scalar_subquery()
        )
        if op == "is_empty":
            return func.coalesce(segment, "") == ""
        wanted = value if op == "in" else [value]
        return and_(segment.is_not(None), segment.in_(wanted))

    def _account_score(self, name: str, op: str, value: Any) -> ColumnElement[bool]:
        """Engagement or churn risk of the last recompute; an account never scored matches nothing."""
        score = (
            select(getattr(AccountValue, name))
            .where(AccountValue.account_id == self.model.id)
            .scalar_subquery()
        )
        if op == "between":
            return and_(score.is_not(None), score.between(_num(value[0]), _num(value[1])))
        cond = score > _num(value) if op == "greater" else score < _num(value)
        return and_(score.is_not(None), cond)

    def _converted_lifecycle(self, op: str, value: Any) -> ColumnElement[bool]:
        link = Lead.converted_contact_id if self.entity == "contact" else Lead.converted_account_id
        where = [link == self.model.id, Lead.deleted_at.is_(None)]
        if op == "is_empty":
            return ~exists().where(*where)
        wanted = value if op == "in" else [value]
        return exists().where(*where, Lead.lifecycle.in_(wanted))


_RELATED_KINDS = frozenset({"open_deal", "won_value", "last_activity", "tag", "nps", "rfm_segment"})


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
