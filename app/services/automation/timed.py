"""Time rules: a date reached (N days before or after, yearly for birthdays), no activity for N days, a
task overdue. Found in SQL; each (rule, record, period) acts once, however many runners run at once:
its run key is inserted first (ON CONFLICT DO NOTHING), and only the records whose key went in are acted
on, in the same transaction. The dry run finds the same records the same way, without the keys.
"""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import Date, and_, exists, extract, func, not_, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from app.models import (
    Activity,
    ActivityKind,
    AutomationRule,
    AutomationRunKey,
    Entity,
    Ticket,
    TicketStatus,
    utcnow,
    uuid7_many,
)
from app.services.automation.capture import MODELS
from app.services.automation.engine import RunResult, chunks, conditions, execute, matching
from app.services.core.errors import FieldError, ValidationError
from app.services.core.uow import Work

_ACTIVITY_LINK = {"contact": "contact_id", "account": "account_id", "lead": "lead_id", "deal": "deal_id"}


def due(session: Session, rule: AutomationRule, now: datetime) -> dict[uuid.UUID, str]:
    """The records the rule acts on now and each one's period key, those already acted on left out."""
    found = _candidates(session, rule, now)
    if not found:
        return {}
    done: set[uuid.UUID] = set()
    ids = list(found)
    for part in chunks(ids):
        rows = session.execute(
            select(AutomationRunKey.record_id, AutomationRunKey.period_key).where(
                AutomationRunKey.rule_id == rule.id, AutomationRunKey.record_id.in_(part)
            )
        )
        done.update(r for r, key in rows if found.get(r) == key)
    return {r: key for r, key in found.items() if r not in done}


def _candidates(session: Session, rule: AutomationRule, now: datetime) -> dict[uuid.UUID, str]:
    model: Any = MODELS[rule.entity_type]
    params = rule.trigger_params or {}
    where = [model.deleted_at.is_(None), *conditions(session, rule, now)]
    if rule.trigger == "date_reached":
        column = _date_column(model, str(params["field"]))
        target = now.date() - timedelta(days=int(params.get("days", 0)))
        if params.get("yearly"):
            day = extract("day", column)
            where += [extract("month", column) == target.month, day == target.day]
        else:
            where.append(_on_date(column, target))
        stmt = select(model.id).where(*where)
        return {r: target.isoformat() for r in session.scalars(stmt)}
    if rule.trigger == "sla_near":
        return _sla_near(session, where, params, now)
    if rule.trigger == "task_overdue":
        stmt = select(Activity.id, Activity.due_at).where(
            *where, Activity.kind == ActivityKind.TASK, Activity.done_at.is_(None), Activity.due_at < now
        )
        return {r: _day(due_at) for r, due_at in session.execute(stmt) if due_at is not None}
    # no_activity: quiet for `days`, keyed by the last activity (or the creation) so it fires once per spell
    since = now - timedelta(days=int(params["days"]))
    link = getattr(Activity, _ACTIVITY_LINK[rule.entity_type])
    recent = exists().where(link == model.id, Activity.deleted_at.is_(None), Activity.occurred_at >= since)
    stmt = select(model.id, model.created_at).where(*where, model.created_at < since, not_(recent))
    quiet: dict[uuid.UUID, datetime] = {r: created for r, created in session.execute(stmt)}
    last: dict[uuid.UUID, datetime] = {}
    for part in chunks(list(quiet)):
        rows = session.execute(
            select(link, func.max(Activity.occurred_at))
            .where(link.in_(part), Activity.deleted_at.is_(None))
            .group_by(link)
        )
        last.update({r: when for r, when in rows})
    return {r: "quiet:" + _day(last.get(r) or created) for r, created in quiet.items()}


def _sla_near(
    session: Session, where: list[Any], params: dict[str, Any], now: datetime
) -> dict[uuid.UUID, str]:
    """Running tickets (not waiting, not resolved) whose target falls due within `minutes` of now, or is
    past it. Keyed by the due time, so a ticket re-timed (raised priority, a pause) can fire again."""
    target = str(params.get("target", "resolution"))
    due_at = Ticket.first_response_due if target == "first_response" else Ticket.resolution_due
    met = Ticket.first_response_at if target == "first_response" else Ticket.resolved_at
    horizon = now + timedelta(minutes=int(params.get("minutes", 0)))
    stmt = select(Ticket.id, due_at).where(
        *where,
        Ticket.status.in_((TicketStatus.NEW, TicketStatus.OPEN)),
        met.is_(None),
        due_at.is_not(None),
        due_at <= horizon,
    )
    tag = "f" if target == "first_response" else "r"  # run keys hold 40 characters: the due time in seconds
    return {r: f"sla:{tag}:{int(when.timestamp())}" for r, when in session.execute(stmt) if when is not None}


def _date_column(model: Any, name: str) -> Any:
    column = model.__table__.columns.get(name)
    if column is None or "date" not in type(column.type).__name__.lower():  # Date, UTCDateTime
        raise ValidationError(FieldError("trigger_params.field", f"no date field '{name}'"))
    return getattr(model, name)


def _on_date(column: Any, target: date) -> Any:
    if isinstance(column.type, Date):
        return column == target
    start = datetime(target.year, target.month, target.day, tzinfo=UTC)
    return and_(column >= start, column < start + timedelta(days=1))


def _day(when: datetime | date) -> str:
    return when.date().isoformat() if isinstance(when, datetime) else when.isoformat()


def claim(session: Session, rule: AutomationRule, keys: dict[uuid.UUID, str]) -> list[uuid.UUID]:
    """Insert the run keys; the records whose key went in (another runner's already in: not ours)."""
    if not keys:
        return []
    dialect = session.get_bind().dialect.name
    builder = pg_insert if dialect == "postgresql" else sqlite_insert
    now = utcnow()
    won: list[uuid.UUID] = []
    items = list(keys.items())
    for start in range(0, len(items), 2000):
        part = items[start : start + 2000]
        rows = [
            {
                "id": i,
                "rule_id": rule.id,
                "record_id": r,
                "period_key": k,
                "version": 1,
                "created_at": now,
                "updated_at": now,
                "custom": {},
            }
            for i, (r, k) in zip(uuid7_many(len(part)), part, strict=True)
        ]
        stmt = builder(AutomationRunKey).on_conflict_do_nothing().returning(AutomationRunKey.record_id)
        won += list(session.scalars(stmt, rows))
    return won


def run_time_rule(work: Work, rule: AutomationRule, now: datetime) -> RunResult | None:
    """Act on the records due now (claimed by run key); None when there are none."""
    keys = due(work.session, rule, now)
    records: list[Entity] = matching(work.session, rule, claim(work.session, rule, keys), now)
    if not records:
        return None
    return execute(work, rule, rule.trigger, sorted(records, key=lambda o: o.id.int), 0, now)


def dry_run(session: Session, rule: AutomationRule, now: datetime) -> list[Entity]:
    """The records `run_time_rule` would act on at `now`, in the same order."""
    keys = due(session, rule, now)
    return sorted(matching(session, rule, list(keys), now), key=lambda o: o.id.int)
