"""Running a rule on a set of records: its conditions (the segments' criteria, in SQL), its actions on
each record in order, and the run log (one run, one item per action and record)."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import and_, case, select, true
from sqlalchemy.orm import Session

from app.models import AutomationRule, AutomationRun, AutomationRunItem, Entity, utcnow, uuid7, uuid7_many
from app.services.automation.acting import Acting, ActionFailed
from app.services.automation.actions import convert, describe, run_action, write_new_activities
from app.services.automation.capture import MODELS
from app.services.automation.rules_cache import (
    RuleSnapshot,
    active_snapshots,
    compiled,
    custom_field_revision,
    minute,
)
from app.services.automation.spec import CONDITION_ENTITIES, EVENT_TRIGGERS, PlannedAction
from app.services.core import bulk
from app.services.core.changes import ChangeKind
from app.services.core.uow import Work
from app.services.segments.sql_filter import compile_criteria

CHUNK = 500  # ids per IN (...) list


def chunks(ids: Sequence[uuid.UUID]) -> Iterable[Sequence[uuid.UUID]]:
    for start in range(0, len(ids), CHUNK):
        yield ids[start : start + CHUNK]


def active_rules(session: Session, event: bool) -> list[RuleSnapshot]:
    """The enabled, unpaused rules: the event rules or the time rules."""
    return [r for r in active_snapshots(session) if (r.trigger in EVENT_TRIGGERS) == event]


Rule = AutomationRule | RuleSnapshot


def matching(session: Session, rule: Rule, ids: Sequence[uuid.UUID], now: datetime) -> list[Entity]:
    """The live records among `ids` that meet the rule's conditions, in the order of `ids`."""
    return matching_many(session, [(rule, ids)], now, cache=False)[0]


def matching_many(
    session: Session, wanted: Sequence[tuple[Rule, Sequence[uuid.UUID]]], now: datetime, cache: bool = True
) -> list[list[Entity]]:
    """For each (rule, ids): the live records among the ids that meet the rule's conditions, in the order
    of its ids. One query per entity and chunk tests every rule's conditions at once (a column each)."""
    results: list[list[Entity]] = [[] for _ in wanted]
    by_entity: dict[str, list[int]] = {}
    for i, (rule, _ids) in enumerate(wanted):
        by_entity.setdefault(rule.entity_type, []).append(i)
    for entity, indexes in by_entity.items():
        model: Any = MODELS[entity]
        conditional = cache and any(wanted[i][0].conditions for i in indexes)
        revision = custom_field_revision(session) if conditional else None  # once for all the rules
        tests = [conditions(session, wanted[i][0], now, revision) for i in indexes]
        columns = [case((and_(true(), *test), 1), else_=0) for test in tests]
        everything = list(dict.fromkeys(x for i in indexes for x in wanted[i][1]))
        hits: dict[int, set[uuid.UUID]] = {i: set() for i in indexes}
        found: dict[uuid.UUID, Any] = {}
        # actions that only read the record get plain rows, ten times cheaper than ORM objects to load
        plain = _reads_only(wanted[i][0] for i in indexes)
        if not any(tests):  # no "if" anywhere: the live records are the matches (one query, not two)
            for part in chunks(everything):
                query = _select(model, plain).where(model.id.in_(part), model.deleted_at.is_(None))
                found.update((obj.id, obj) for obj in _records(session, query, not plain))
            hits = {i: set(found) for i in indexes}
        else:
            for part in chunks(everything):
                query = select(model.id, *columns).where(model.id.in_(part), model.deleted_at.is_(None))
                for row in session.execute(query):
                    for k, i in enumerate(indexes):
                        if row[k + 1]:
                            hits[i].add(row[0])
            for part in chunks(list(set().union(*hits.values()))):
                query = _select(model, plain).where(model.id.in_(part))
                found.update((obj.id, obj) for obj in _records(session, query, not plain))
        for i in indexes:
            mine = hits[i]
            results[i] = [found[x] for x in dict.fromkeys(wanted[i][1]) if x in mine and x in found]
    return results


READ_ONLY_ACTIONS = frozenset({"create_task", "notify", "add_tag", "remove_tag"})


def _reads_only(rules: Iterable[Rule]) -> bool:
    return all(a["type"] in READ_ONLY_ACTIONS for rule in rules for a in rule.actions.get("items", []))


# What the read-only actions read of a record (its links, its owner, its label): only these are loaded,
# since converting every column (times, JSON) of 100,000 new contacts cost more than the actions.
READ_COLUMNS = (
    "id",
    "owner_id",
    "account_id",
    "contact_id",
    "lead_id",
    "deal_id",
    "name",
    "subject",
    "first_name",
    "last_name",
)


def _select(model: Any, plain: bool) -> Any:
    """The ORM objects, or (`plain`) rows of the columns the read-only actions use."""
    if not plain:
        return select(model)
    table = model.__table__
    return select(*(table.c[n] for n in READ_COLUMNS if n in table.c))


def _records(session: Session, query: Any, orm: bool) -> Iterable[Any]:
    return session.scalars(query) if orm else session.execute(query)


def conditions(
    session: Session, rule: Rule, now: datetime, custom_revision: tuple[Any, ...] | None = None
) -> list[Any]:
    """The rule's "if" as SQL: its segment criteria, and `trigger_params["only"]` ({column: value}
    equalities, for the records the criteria editor does not cover: deals, tasks, documents).
    Given the custom fields' revision, the compiled form is reused for this rule version and minute."""
    if custom_revision is None or not rule.conditions:
        return _conditions(session, rule, now)
    key = (rule.id, rule.version, custom_revision, minute(now))
    return compiled(session, key, lambda: _conditions(session, rule, now))


def _conditions(session: Session, rule: Rule, now: datetime) -> list[Any]:
    model: Any = MODELS[rule.entity_type]
    where = []
    if rule.conditions and rule.entity_type in CONDITION_ENTITIES:
        where.append(compile_criteria(session, rule.entity_type, rule.conditions, now))
    for name, value in ((rule.trigger_params or {}).get("only") or {}).items():
        where.append(getattr(model, name) == convert(model, name, value, setting=False))
    return where


def plan(rule: Rule, records: Sequence[Entity]) -> list[PlannedAction]:
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
    rule: Rule,
    trigger: str,
    records: Sequence[Entity],
    depth: int,
    now: datetime | None = None,
) -> RunResult:
    """Run the rule's actions on each record, log the run; an action that fails is logged, the rest go on."""
    now = now or utcnow()
    s = work.session
    if not isinstance(rule, AutomationRule):  # a cached snapshot: act with the row itself
        row = s.get(AutomationRule, rule.id)
        assert row is not None
        rule = row
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
    work.changed("automation_run", ChangeKind.CREATED, [run.id])
    s.flush()  # before the rows that name it (an outbox row has no ORM relationship to order it by)
    acting = Acting(work, rule, run.id, now)
    items: list[dict[str, Any]] = []
    failed = 0
    for obj in records:
        for index, action in enumerate(rule.actions.get("items", [])):
            try:
                result = run_action(acting, rule.entity_type, obj, action, index)
                why = (
                    result.summary if result.outcome == "skipped" else ""
                )  # the log says why nothing was done
                items.append(
                    _item(run.id, rule.entity_type, obj.id, action["type"], result.outcome, why, result.undo)
                )
            except ActionFailed as exc:
                failed += 1
                items.append(_item(run.id, rule.entity_type, obj.id, action["type"], "failed", str(exc), {}))
    if failed:
        run.status = "failed" if failed == len(items) else "partly"
        run.note = f"{failed} of {len(items)} actions failed"
    write_new_activities(acting)
    s.flush()  # the actions' own rows
    for ident, item in zip(
        sorted(uuid7_many(len(items)), key=_as_int), items, strict=True
    ):  # ids in action order
        item["id"] = ident
    bulk.insert_rows(s, AutomationRunItem, items)
    return RunResult(run.id, len(records), failed)


def log_cut(work: Work, rule: Rule, trigger: str, depth: int, count: int) -> None:
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
        "deleted_at": None,
    }


def _as_int(value: uuid.UUID) -> int:
    """Sort key for UUIDs (their own comparison is ten times slower: 100,000 ids in one run)."""
    return value.int
