"""The event rules, run inside the unit of work that triggered them, just before it commits.

The change and what the rules do about it commit together or not at all. What the actions change is
matched again (a rule's task may trigger a rule on tasks) up to spec.MAX_DEPTH; a rule that would fire
deeper is not run and the log says so.
"""

from __future__ import annotations

import enum
import uuid
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from app.models import Stage, utcnow
from app.services.automation.capture import MODELS, are_paused
from app.services.automation.engine import Rule, active_rules, execute, log_cut, matching_many
from app.services.automation.spec import MAX_DEPTH
from app.services.core.changes import ChangeKind
from app.services.core.field_changes import FieldChange, field_changes
from app.services.core.uow import Work

Firing = tuple[Rule, str, list[uuid.UUID]]


def run_event_rules(work: Work) -> None:
    """The before-commit hook (registered by app/extensions.py)."""
    if are_paused():
        return
    session = work.session
    session.flush()
    changes = field_changes(session)
    if not changes and not _created(work, set()):
        return
    rules = active_rules(session, event=True)
    if not rules:
        return
    seen: set[tuple[str, uuid.UUID]] = set()
    cursor = 0
    for depth in range(MAX_DEPTH + 1):
        created = _created(work, seen)
        seen.update(created)
        fresh, cursor = changes[cursor:], len(changes)
        firings = _firings(work, rules, created, fresh)
        if not firings:
            return
        if depth == MAX_DEPTH:
            for rule, trigger, ids in firings:
                log_cut(work, rule, trigger, depth, len(ids))
            return
        now = utcnow()
        found = matching_many(session, [(rule, ids) for rule, _trigger, ids in firings], now)
        for (rule, trigger, _ids), records in zip(firings, found, strict=True):
            if records:
                execute(work, rule, trigger, records, depth, now)
        session.flush()


def _created(work: Work, seen: set[tuple[str, uuid.UUID]]) -> list[tuple[str, uuid.UUID]]:
    found = []
    for change in work.collector.freeze().changes:
        if change.kind == ChangeKind.CREATED and change.entity in MODELS:
            found += [(change.entity, i) for i in change.ids if (change.entity, i) not in seen]
    return found


def _firings(
    work: Work, rules: Sequence[Rule], created: list[tuple[str, uuid.UUID]], changes: list[FieldChange]
) -> list[Firing]:
    created_by_entity: dict[str, list[uuid.UUID]] = defaultdict(list)
    for entity, record_id in created:
        created_by_entity[entity].append(record_id)
    firings: list[Firing] = []
    for rule in rules:
        if rule.trigger == "created":
            ids = sorted(created_by_entity.get(rule.entity_type, []), key=lambda u: u.int)
        else:
            ids = [c.record_id for c in changes if c.entity == rule.entity_type and _fires(work, rule, c)]
        if ids:
            firings.append((rule, rule.trigger, list(dict.fromkeys(ids))))
    return firings


def _fires(work: Work, rule: Rule, change: FieldChange) -> bool:
    params = rule.trigger_params or {}
    if rule.trigger == "field_changed":
        if change.field != params.get("field"):
            return False
        if "to" in params and _plain(change.new) != _plain(params["to"]):
            return False
        return not ("from" in params and _plain(change.old) != _plain(params["from"]))
    if rule.trigger == "deal_stage":
        if change.field != "stage_id":
            return False
        if params.get("stage_id"):
            return str(change.new) == str(params["stage_id"])
        stage = work.session.get(Stage, change.new)
        outcome = params.get("outcome")
        return stage is not None and (
            (outcome == "won" and stage.is_won) or (outcome == "lost" and stage.is_lost)
        )
    if rule.trigger == "email_received":
        wanted = str(params.get("subject_contains", "")).strip().lower()
        return change.field == "email_received" and (not wanted or wanted in str(change.new or "").lower())
    if rule.trigger == "score_crosses" and change.field == "score":
        threshold = int(params["threshold"])
        old, new = int(change.old or 0), int(change.new or 0)
        if params.get("direction") == "down":
            return old >= threshold > new
        return old < threshold <= new
    return False


def _plain(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)
