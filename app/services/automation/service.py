"""AutomationService: the rules (list, edit, enable), the dry run, the time-rule runner, the outbox
delivery, the run log and the undo of one run."""

from __future__ import annotations

import builtins
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import AutomationRule, AutomationRun, AutomationRunItem, Stage, utcnow
from app.services.automation import assign, events, outbox, timed, webhooks
from app.services.automation.acting import ActionFailed, label_of
from app.services.automation.actions import convert, settable
from app.services.automation.builtins import BUILTINS
from app.services.automation.capture import MODELS, rules_paused
from app.services.automation.engine import active_rules, conditions, plan
from app.services.automation.spec import (
    CONDITION_ENTITIES,
    TIME_TRIGGERS,
    PlannedAction,
    RuleDetail,
    RuleInput,
    RunDetail,
    RunItemDetail,
    validate_shape,
)
from app.services.automation.undo import check_rights, undo_items
from app.services.core import guard, writes
from app.services.core.changes import ChangeKind, Outcome
from app.services.core.errors import ConflictError, FieldError, NotFoundError, RapportError, ValidationError
from app.services.core.uow import UnitOfWorkFactory, Work
from app.services.segments.criteria import field_specs, validate

ENTITY = "automation_rule"
DRY_RUN_SHOWN = 200  # records listed by a dry run of an event rule


@dataclass(frozen=True)
class DryRun:
    """Which records the rule would act on now and what it would do to each."""

    rule_id: uuid.UUID
    record_ids: tuple[uuid.UUID, ...]
    labels: tuple[str, ...]
    actions: tuple[PlannedAction, ...]
    note: str


@dataclass(frozen=True)
class TimeRun:
    rule_name: str
    run_id: uuid.UUID | None
    acted: int
    failed: int
    error: str = ""  # the rule could not run at all


@dataclass(frozen=True)
class UndoResult:
    run_id: uuid.UUID
    kept: tuple[str, ...]  # what could not be undone, and why


def _detail(rule: AutomationRule) -> RuleDetail:
    return RuleDetail(
        rule.id,
        rule.name,
        rule.entity_type,
        rule.trigger,
        dict(rule.trigger_params or {}),
        dict(rule.conditions or {}),
        tuple((rule.actions or {}).get("items", [])),
        rule.enabled,
        rule.paused_reason,
        rule.failure_count,
        rule.builtin_key,
        rule.version,
    )


class AutomationService:
    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self.uow = uow

    # --- rules --------------------------------------------------------------------------------------
    def list(self) -> builtins.list[RuleDetail]:
        with self.uow.read() as s:
            rules = s.scalars(
                select(AutomationRule)
                .where(AutomationRule.deleted_at.is_(None))
                .order_by(AutomationRule.name)
            )
            return [_detail(r) for r in rules]

    def get(self, rule_id: uuid.UUID) -> RuleDetail:
        with self.uow.read() as s:
            return _detail(self._rule(s, rule_id))

    def find(self, key: str) -> RuleDetail:
        """A rule by its id, or its name (exact, then the only one starting with it)."""
        rules = self.list()
        exact = [r for r in rules if str(r.id) == key or r.name == key]
        near = exact or [r for r in rules if r.name.lower().startswith(key.lower())]
        if len(near) != 1:
            found = "no rule" if not near else f"{len(near)} rules"
            raise ValidationError(
                FieldError("rule", f"{found} named '{key}'; `rapport automation list` shows them")
            )
        return near[0]

    def create(self, data: RuleInput, builtin_key: str = "") -> Outcome[RuleDetail]:
        with self.uow() as work:
            guard.require(work.session, "create", "automation rule")
            values = self._validated(work.session, data, None)
            rule = writes.create(work, AutomationRule(**values, builtin_key=builtin_key), ENTITY)
            detail = _detail(rule)
        return Outcome(detail, work.changes)

    def update(self, rule_id: uuid.UUID, data: RuleInput, expected_version: int) -> Outcome[RuleDetail]:
        with self.uow() as work:
            guard.require(work.session, "edit", "automation rule")
            rule = self._rule(work.session, rule_id)
            writes.check_version(rule, expected_version)
            writes.apply_fields(work, rule, ENTITY, self._validated(work.session, data, rule.id))
            work.session.flush()
            detail = _detail(rule)
        return Outcome(detail, work.changes)

    def set_enabled(self, rule_id: uuid.UUID, enabled: bool) -> Outcome[RuleDetail]:
        """Switch a rule on or off; switching on clears a pause (the user has looked at it)."""
        with self.uow() as work:
            guard.require(work.session, "edit", "automation rule")
            rule = self._rule(work.session, rule_id)
            values: dict[str, Any] = {"enabled": enabled}
            if enabled:
                values |= {"paused_reason": "", "failure_count": 0}
            writes.apply_fields(work, rule, ENTITY, values)
            work.session.flush()
            detail = _detail(rule)
        return Outcome(detail, work.changes)

    def delete(self, rule_id: uuid.UUID) -> Outcome[builtins.list[uuid.UUID]]:
        with self.uow() as work:
            guard.require(work.session, "delete", "automation rule")
            done = writes.soft_delete(work, AutomationRule, ENTITY, [rule_id])
        return Outcome(done, work.changes)

    def install_builtins(self) -> int:
        """Add the ready-made rules that are missing (disabled); returns how many were added."""
        have = {r.builtin_key for r in self.list()}
        added = 0
        for key, make in BUILTINS.items():
            if key not in have:
                self.create(make(), builtin_key=key)
                added += 1
        return added

    def _rule(self, s: Session, rule_id: uuid.UUID) -> AutomationRule:
        return writes.get_live(s, AutomationRule, rule_id, ENTITY)

    def _validated(self, s: Session, data: RuleInput, own: uuid.UUID | None) -> dict[str, Any]:
        validate_shape(data)
        errors: builtins.list[FieldError] = []
        if data.conditions and data.entity in CONDITION_ENTITIES:
            try:
                validate(data.conditions, field_specs(s, data.entity))
            except ValidationError as exc:
                errors += exc.errors
        model = MODELS[data.entity]
        if data.trigger == "date_reached" and data.trigger_params.get("field") not in self.date_fields(
            data.entity
        ):
            choices = ", ".join(self.date_fields(data.entity))
            errors.append(FieldError("trigger_params.field", f"a {data.entity} date field: one of {choices}"))
        if data.trigger == "field_changed" and data.trigger_params.get("field") not in self.fields(
            data.entity
        ):
            errors.append(
                FieldError(
                    "trigger_params.field", f"{data.entity} has no field a rule can watch by that name"
                )
            )
        for name, value in (data.trigger_params.get("only") or {}).items():
            try:
                convert(model, str(name), value, setting=False)
            except ActionFailed as exc:
                errors.append(FieldError(f"trigger_params.only.{name}", str(exc)))
        for i, action in enumerate(data.actions):
            if action["type"] == "set_field":
                try:
                    convert(model, str(action["field"]), action.get("value"))
                except ActionFailed as exc:
                    errors.append(FieldError(f"actions[{i}].value", str(exc)))
            if action["type"] == "assign_owner" and (problem := assign.team_problem(s, action)):
                errors.append(FieldError(f"actions[{i}].team_id", problem))
            if action["type"] == "move_stage" and _stage(s, action.get("stage_id")) is None:
                errors.append(FieldError(f"actions[{i}].stage_id", "there is no such stage"))
        taken = s.scalar(
            select(AutomationRule.id).where(
                AutomationRule.name == data.name.strip(), AutomationRule.id != own
            )
        )
        if taken is not None:
            errors.append(FieldError("name", f"there is already a rule named '{data.name.strip()}'"))
        if errors:
            raise ValidationError(errors)
        return {
            "name": data.name.strip(),
            "entity_type": data.entity,
            "trigger": data.trigger,
            "trigger_params": dict(data.trigger_params),
            "conditions": dict(data.conditions),
            "actions": {"items": [dict(a) for a in data.actions]},
            "enabled": data.enabled,
        }

    def fields(self, entity: str) -> builtins.list[str]:
        """The fields of `entity` a rule may watch or set (the editor's choices)."""
        model = MODELS[entity]
        return [c.key for c in model.__table__.columns if settable(model, c.key)]

    def date_fields(self, entity: str) -> builtins.list[str]:
        """The date and time fields of `entity` a `date_reached` rule may watch."""
        model = MODELS[entity]
        kinds = [(c.key, type(c.type).__name__.lower()) for c in model.__table__.columns]
        return [k for k, kind in kinds if "date" in kind and k not in ("updated_at", "deleted_at")]

    # --- running ------------------------------------------------------------------------------------
    @contextmanager
    def paused(self) -> Iterator[None]:
        """Writes made inside trigger no rules (an import the user asked to run without them)."""
        with rules_paused():
            yield

    def dry_run(self, rule_id: uuid.UUID, now: datetime | None = None) -> DryRun:
        """A time rule: the records `run_due` would act on now (the same query). An event rule: the records
        that meet its conditions now, on which it would act when its trigger happens."""
        now = now or utcnow()
        with self.uow.read() as s:
            rule = self._rule(s, rule_id)
            if rule.trigger in TIME_TRIGGERS:
                records = timed.dry_run(s, rule, now)
                note = f"{len(records)} record(s) due now"
            else:
                model: Any = MODELS[rule.entity_type]
                stmt = select(model).where(model.deleted_at.is_(None), *conditions(s, rule, now))
                records = list(s.scalars(stmt.order_by(model.id).limit(DRY_RUN_SHOWN)))
                note = f"acts when {rule.trigger.replace('_', ' ')}; {len(records)} record(s) meet its conditions now"
                if len(records) == DRY_RUN_SHOWN:
                    note += f" (the first {DRY_RUN_SHOWN} shown)"
            return DryRun(
                rule.id,
                tuple(r.id for r in records),
                tuple(label_of(r) for r in records),
                tuple(plan(rule, records)),
                note,
            )

    def run_due(self, now: datetime | None = None) -> builtins.list[TimeRun]:
        """Run every active time rule once, each in its own transaction; one that fails (its date field
        gone, a lock wait) is reported and the others still run."""
        now = now or utcnow()
        with self.uow.read() as s:
            rules = [(r.id, r.name) for r in active_rules(s, event=False)]
        done = []
        for rule_id, name in rules:
            try:
                with self.uow() as work:
                    result = timed.run_time_rule(work, self._rule(work.session, rule_id), now)
                    if result is not None:
                        work.changed("automation_run", ChangeKind.CREATED, [result.run_id])
            except RapportError as exc:
                done.append(TimeRun(name, None, 0, 0, str(exc)))
                continue
            if result is None:
                done.append(TimeRun(name, None, 0, 0))
            else:
                done.append(TimeRun(name, result.run_id, result.acted, result.failed))
        return done

    def deliver_outbox(self, now: datetime | None = None) -> outbox.Delivery:
        return outbox.deliver_due(self.uow, now)

    # --- log and undo -------------------------------------------------------------------------------
    def log(self, rule_id: uuid.UUID | None = None, limit: int = 50) -> builtins.list[RunDetail]:
        with self.uow.read() as s:
            stmt = select(AutomationRun, AutomationRule.name).join(AutomationRule)
            if rule_id is not None:
                stmt = stmt.where(AutomationRun.rule_id == rule_id)
            rows = s.execute(
                stmt.order_by(AutomationRun.started_at.desc(), AutomationRun.id.desc()).limit(limit)
            )
            return [_run(run, name) for run, name in rows]

    def run(self, run_id: uuid.UUID) -> RunDetail:
        with self.uow.read() as s:
            row = s.execute(
                select(AutomationRun, AutomationRule.name)
                .join(AutomationRule)
                .where(AutomationRun.id == run_id)
            ).first()
            if row is None:
                raise NotFoundError("automation run", run_id)
            items = s.scalars(
                select(AutomationRunItem)
                .where(AutomationRunItem.run_id == run_id)
                .order_by(AutomationRunItem.id)
            )
            return _run(
                row[0],
                row[1],
                tuple(RunItemDetail(i.record_type, i.record_id, i.action, i.outcome, i.error) for i in items),
            )

    def undo_run(self, run_id: uuid.UUID) -> Outcome[UndoResult]:
        """Undo everything one run did, in one transaction (which triggers no rule)."""
        with rules_paused(), self.uow() as work:
            run = work.session.get(AutomationRun, run_id)
            if run is None:
                raise NotFoundError("automation run", run_id)
            if run.status == "undone":
                raise ConflictError("This run was already undone.")
            check_rights(work, [run_id])
            kept = undo_items(work, run_id)
            _stamp(run)
            work.changed("automation_run", ChangeKind.UPDATED, [run.id])
        return Outcome(UndoResult(run_id, tuple(kept)), work.changes)

    def undo_rule_since(self, rule_id: uuid.UUID, since: datetime) -> Outcome[builtins.list[UndoResult]]:
        """Undo every run of one rule started at or after `since`, newest first, in one transaction."""
        with rules_paused(), self.uow() as work:
            runs = work.session.scalars(
                select(AutomationRun)
                .where(
                    AutomationRun.rule_id == rule_id,
                    AutomationRun.started_at >= since,
                    AutomationRun.status.in_(("done", "partly")),
                )
                .order_by(AutomationRun.started_at.desc(), AutomationRun.id.desc())
            ).all()
            check_rights(work, [r.id for r in runs])
            results = []
            for run in runs:
                results.append(UndoResult(run.id, tuple(undo_items(work, run.id))))
                _stamp(run)
            work.changed("automation_run", ChangeKind.UPDATED, [r.id for r in runs])
        return Outcome(results, work.changes)


def _stamp(run: AutomationRun) -> None:
    run.status = "undone"
    run.note = (run.note + "; " if run.note else "") + f"undone at {utcnow():%Y-%m-%d %H:%M} UTC"


def _run(run: AutomationRun, name: str, items: tuple[RunItemDetail, ...] = ()) -> RunDetail:
    return RunDetail(
        run.id, run.rule_id, name, run.trigger, run.started_at, run.depth, run.status, run.note, items
    )


def _stage(s: Session, value: Any) -> Stage | None:
    try:
        return s.get(Stage, uuid.UUID(str(value)))
    except ValueError:
        return None


def hook(work: Work) -> None:
    """The unit of work's before-commit hook (app/extensions.py registers it): the event rules, then the
    webhook subscriptions' events (what the rules changed included)."""
    events.run_event_rules(work)
    webhooks.enqueue_events(work)
