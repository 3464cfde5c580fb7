"""Running a rule on a set of records: its conditions (the segments' criteria, in SQL), its actions on
each record in order, and the run log (one run, one item per action and record)."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from app.models import AutomationRule, AutomationRun, AutomationRunItem, Entity, utcnow, uuid7, uuid7_many
from app.services.automation.actions import Acting, ActionFailed, convert, describe, run_action
from app.services.automation.capture import MODELS
from app.services.automation.spec import CONDITION_ENTITIES, EVENT_TRIGGERS, PlannedAction
from app.services.core.uow import Work
from app.services.segments.sql_filter import compile_criteria

CHUNK = 500  # ids per IN (...) list


def chunks(ids: Sequence[uuid.UUID]) -> Iterable[Sequence[uuid.UUID]]:
    for start in range(0, len(ids), CHUNK):
        yield ids[start : start + CHUNK]


def active_rules(session: Session, event: bool) -> list[AutomationRule]:
    """The enabled, unpaused rules: the event rules or the time rules."""
    stmt = select(AutomationRule).where(
        AutomationRule.enabled.is_(True),
        AutomationRule.paused_reason == "",
        AutomationRule.deleted_at.is_(None),
    )
    rules = session.scalars(stmt.order_by(AutomationRule.name)).all()
    return [r for r in rules if (r.trigger in EVENT_TRIGGERS) == event]


def matching(session: Session, rule: AutomationRule, ids: Sequence[uuid.UUID], now: datetime) -> list[Entity]:
    """The live records among `ids` that meet the rule's conditions, in the order of `ids`."""
    model: Any = MODELS[rule.entity_type]
    where = [model.deleted_at.is_(None)]
    where += conditions(session, rule, now)
    found: dict[uuid.UUID, Entity] = {}
    for part in chunks(list(dict.fromkeys(ids))):
        for obj in session.scalars(select(model).where(model.id.in_(part), *where)):
            found[obj.id] = obj
    return [found[i] for i in dict.fromkeys(ids) if i in found]


def conditions(session: Session, rule: AutomationRule, now: datetime) -> list[Any]:
    """The rule's "if" as SQL: its segment criteria, and `trigger_params["only"]` ({column: value}
    equalities, for the records the criteria editor does not cover: deals, tasks, documents)."""
    model: Any = MODELS[rule.entity_type]
    where = []
    if rule.conditions and rule.entity_type in CONDITION_ENTITIES:
        where.append(compile_criteria(session, rule.entity_type, rule.conditions, now))
    for name, value in ((rule.trigger_params or {}).get("only") or {}).items():
        where.append(getattr(model, name) == convert(model, name, value, setting=False))
    return where


def plan(rule: AutomationRule, records: Sequence[Entity]) -> list[PlannedAction]:
    """What the rule's actions would do to each record (the dry run)."""
    steps = rule.actions.get("items", [])
    return [PlannedAction(rule.entity_type, obj.id, a["type"], describe(a)) for obj in records for a in steps]


@dataclass(frozen=True)
class RunResult:
    run_id: uuid.UUID
    acted: int
    failed: int


def execute(
    work: Work,
    rule: AutomationRule,
    trigger: str,
    records: Sequence[Entity],
    depth: int,
    now: datetime | None = None,
) -> RunResult:
    """Run the rule's actions on each record, log the run; an action that fails is logged, the rest go on."""
    now = now or utcnow()
    s = work.session
    run = AutomationRun(
        id=uuid7(),
        rule_id=rule.id,
        trigger=trigger,
        started_at=now,
        depth=depth,
        status="done",
        user_id=work.user_id,
    )
    s.add(run)
    s.flush()  # before the rows that name it (an outbox row has no ORM relationship to order it by)
    acting = Acting(work, rule, run.id, now)
    items: list[dict[str, Any]] = []
    failed = 0
    for obj in records:
        for index, action in enumerate(rule.actions.get("items", [])):
            try:
                result = run_action(acting, rule.entity_type, obj, action, index)
                items.append(
                    _item(run.id, rule.entity_type, obj.id, action["type"], result.outcome, "", result.undo)
                )
            except ActionFailed as exc:
                failed += 1
                items.append(_item(run.id, rule.entity_type, obj.id, action["type"], "failed", str(exc), {}))
    if failed:
        run.status = "failed" if failed == len(items) else "partly"
        run.note = f"{failed} of {len(items)} actions failed"
    s.flush()  # the actions' own rows
    for ident, item in zip(sorted(uuid7_many(len(items))), items, strict=True):  # ids in action order
        item["id"] = ident
    for part in range(0, len(items), 5000):
        s.execute(insert(AutomationRunItem), items[part : part + 5000])
    return RunResult(run.id, len(records), failed)


def log_cut(work: Work, rule: AutomationRule, trigger: str, depth: int, count: int) -> None:
    """Say in the log that a rule was not run because the chain of rules got too deep."""
    work.session.add(
        AutomationRun(
            id=uuid7(),
            rule_id=rule.id,
            trigger=trigger,
            started_at=utcnow(),
            depth=depth,
            status="cut",
            note=f"not run on {count} record(s): rules triggering rules stopped at depth {depth}",
            user_id=work.user_id,
        )
    )


def _item(
    run_id: uuid.UUID,
    entity: str,
    record_id: uuid.UUID,
    action: str,
    outcome: str,
    error: str,
    undo: dict[str, Any],
) -> dict[str, Any]:
    now = utcnow()
    return {
        "run_id": run_id,
        "record_type": entity,
        "record_id": record_id,
        "action": action,
        "outcome": outcome,
        "error": error,
        "undo": undo,
        "version": 1,
        "created_at": now,
        "updated_at": now,
        "custom": {},
    }
