"""The actions a rule runs on one record, each returning what undoing it takes, and that undo.

Actions write through the unit of work like any service (audit entries, change records), so what they
change may trigger rules in turn (cut at spec.MAX_DEPTH). A webhook is only written to the outbox here.
"""

from __future__ import annotations

import enum
import uuid
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import Boolean, Date, Integer, String, Text, Uuid, select
from sqlalchemy.orm import Session

from app.models import (
    Activity,
    ActivityKind,
    AuditEntry,
    AutomationOutbox,
    DealStageHistory,
    Entity,
    Notification,
    Priority,
    Stage,
    Tag,
    User,
    utcnow,
    uuid7,
    uuid7_many,
)
from app.services.automation import assign
from app.services.automation.acting import Acting, ActionFailed, ActionResult, label_of
from app.services.automation.capture import MODELS
from app.services.campaigns.enrolment import enrol
from app.services.core import bulk, writes
from app.services.core.changes import ChangeKind
from app.services.core.errors import RapportError

# Fields an action may never set: keys, bookkeeping and links handled by their own services.
_PROTECTED = frozenset(
    {"id", "version", "created_at", "updated_at", "deleted_at", "custom", "stage_id", "pipeline_id"}
)
_LINKS = {"contact": "contact_id", "account": "account_id", "lead": "lead_id", "deal": "deal_id"}


OWNER_FIELDS = {"ticket": "assignee_id"}  # the records whose "owner" is called something else


def run_action(acting: Acting, entity: str, obj: Entity, action: dict[str, Any], index: int) -> ActionResult:
    handler = _HANDLERS[action["type"]]
    return handler(acting, entity, obj, action, index)


def _owner_or_user(acting: Acting, obj: Entity, who: Any) -> uuid.UUID | None:
    if who in (None, "", "owner"):
        return getattr(obj, "owner_id", None) or getattr(obj, "assignee_id", None) or acting.work.user_id
    if who == "round_robin":
        return _next_round_robin(acting)
    user = acting.work.session.get(User, uuid.UUID(str(who)))
    if user is None or not user.is_active:
        raise ActionFailed(f"user {who} does not exist or is not active")
    return user.id


def _next_round_robin(acting: Acting, action: dict[str, Any] | None = None, obj: Any = None) -> uuid.UUID:
    try:
        return acting.turns.pick(acting.work.session, acting.rule, action or {}, obj)
    except assign.NoAssignee as exc:
        raise ActionFailed(str(exc)) from exc


def _create_task(acting: Acting, entity: str, obj: Entity, action: dict[str, Any], _i: int) -> ActionResult:
    due = acting.now + timedelta(days=int(action.get("due_days", 0)))
    kind = ActivityKind(action.get("kind", "task"))
    links = {k: getattr(obj, k) for k in _LINKS.values() if entity == "activity" and hasattr(obj, k)}
    if entity in _LINKS:
        links[_LINKS[entity]] = obj.id
    if "account_id" not in links and getattr(obj, "account_id", None) is not None:
        links["account_id"] = obj.account_id  # type: ignore[attr-defined]
    subject = str(action["subject"])[:300]
    row = {
        "id": uuid7(),
        "kind": kind,
        "subject": subject,
        "body": str(action.get("body", "")),
        "owner_id": _owner_or_user(acting, obj, action.get("assignee")),
        "due_at": due if kind == ActivityKind.TASK else None,
        "start_at": None if kind == ActivityKind.TASK else due,
        "occurred_at": due,
        **{k: links.get(k) for k in _LINKS.values()},
    }
    acting.new_activities.append(row)
    return ActionResult("done", f"created {kind.value} '{subject}'", {"delete": ["activity", str(row["id"])]})


def write_new_activities(acting: Acting) -> None:
    """Insert the run's new tasks in bulk, each audited and announced like writes.create does (one flush
    per run instead of one per task: an import of 100,000 contacts, each with its task, stays fast)."""
    rows, acting.new_activities = acting.new_activities, []
    if not rows:
        return
    now = utcnow()
    common: dict[str, Any] = {
        "end_at": None,
        "done_at": None,
        "priority": Priority.NORMAL,
        "progress": 0,
        "is_milestone": False,
        "reminder_at": None,
        "reminded_at": None,
        "group_name": "",
        "external_uid": None,
        "version": 1,
        "created_at": now,
        "updated_at": now,
        "deleted_at": None,
        "custom": {},
    }
    # Every other column at its scalar default: bulk.insert_rows takes its fast set-based path only for
    # complete rows (a column added later, e.g. location, silently sent 100,000 tasks row by row).
    common |= {
        c.key: c.default.arg
        for c in Activity.__table__.c
        if c.key not in common and c.key not in rows[0] and c.default is not None and c.default.is_scalar
    }
    audits = [
        {
            "id": ident,
            "user_id": acting.work.user_id,
            "entity_type": "activity",
            "entity_id": row["id"],
            "action": "create",
            "field": "",
            "old_value": None,
            "new_value": None,
            "version": 1,
            "created_at": now,
            "updated_at": now,
            "deleted_at": None,
            "custom": {},
        }
        for ident, row in zip(sorted(uuid7_many(len(rows)), key=_as_int), rows, strict=True)
    ]
    session = acting.work.session
    session.flush()  # what the ORM holds goes first (core.bulk may drop and rebuild triggers)
    bulk.insert_rows(session, Activity, [{**common, **r} for r in rows])
    bulk.insert_rows(session, AuditEntry, audits)
    acting.work.changed("activity", ChangeKind.CREATED, [r["id"] for r in rows])


def _assign_owner(acting: Acting, entity: str, obj: Entity, action: dict[str, Any], _i: int) -> ActionResult:
    who = action.get("user", "round_robin")
    turns = who in ("round_robin", "territory")
    user_id = _next_round_robin(acting, action, obj) if turns else _owner_or_user(acting, obj, who)
    return _set(acting, entity, obj, OWNER_FIELDS.get(entity, "owner_id"), user_id)


def _set(acting: Acting, entity: str, obj: Entity, name: str, value: Any) -> ActionResult:
    old = getattr(obj, name)
    if old == value:
        return ActionResult("skipped", f"{name} already {_text(value)}")
    writes.apply_fields(acting.work, obj, entity, {name: value})
    return ActionResult(
        "done",
        f"set {name} to {_text(value)}",
        {"field": [entity, str(obj.id), name, _json(old), _json(value)]},
    )


def _set_field(acting: Acting, entity: str, obj: Entity, action: dict[str, Any], _i: int) -> ActionResult:
    name = str(action["field"])
    return _set(acting, entity, obj, name, convert(MODELS[entity], name, action.get("value")))


def settable(model: type[Entity], name: str) -> bool:
    """Whether a rule may set (or watch) the column `name` of `model`."""
    column = model.__table__.columns.get(name)
    if column is None or name in _PROTECTED or name.endswith("_minor"):
        return False
    kind = column.type
    simple = (Boolean, Integer, Date, Uuid, String, Text)
    return getattr(kind, "enum_class", None) is not None or isinstance(kind, simple)


def convert(model: type[Entity], name: str, raw: Any, setting: bool = True) -> Any:
    """`raw` (JSON) as a value of the column `name` (to set it, or to compare with when not `setting`);
    ActionFailed names the field and why."""
    column = model.__table__.columns.get(name)
    if column is None or (setting and (name in _PROTECTED or name.endswith("_minor"))):
        raise ActionFailed(f"{model.__name__.lower()} has no field '{name}' a rule can set")
    kind = column.type
    try:
        if getattr(kind, "enum_class", None) is not None:
            return kind.enum_class(raw)  # type: ignore[attr-defined]
        if isinstance(kind, Boolean):
            return bool(raw)
        if isinstance(kind, Integer):
            return int(raw)
        if isinstance(kind, Date):
            return date.fromisoformat(str(raw)) if raw else None
        if isinstance(kind, Uuid):
            return uuid.UUID(str(raw)) if raw else None
        if isinstance(kind, String | Text):
            text = "" if raw is None else str(raw)
            if isinstance(kind, String) and kind.length and len(text) > kind.length:
                raise ActionFailed(f"'{name}' takes at most {kind.length} characters")
            return text
    except (ValueError, TypeError) as exc:
        raise ActionFailed(f"{raw!r} is not a valid value for '{name}': {exc}") from exc
    raise ActionFailed(f"a rule cannot set '{name}' (its kind is not supported)")


def _tag(session: Session, name: str) -> Tag:
    tag = session.scalar(select(Tag).where(Tag.name == name, Tag.deleted_at.is_(None)))
    if tag is None:
        raise ActionFailed(f"there is no tag '{name}'")
    return tag


def _add_tag(acting: Acting, entity: str, obj: Entity, action: dict[str, Any], _i: int) -> ActionResult:
    tag = _tag(acting.work.session, str(action["tag"]))
    current = set(writes.tag_ids(acting.work.session, entity, obj.id))
    if tag.id in current:
        return ActionResult("skipped", f"already tagged '{tag.name}'")
    writes.set_tags(acting.work, entity, obj.id, current | {tag.id})
    return ActionResult("done", f"tagged '{tag.name}'", {"tag": [entity, str(obj.id), str(tag.id), "added"]})


def _remove_tag(acting: Acting, entity: str, obj: Entity, action: dict[str, Any], _i: int) -> ActionResult:
    tag = _tag(acting.work.session, str(action["tag"]))
    current = set(writes.tag_ids(acting.work.session, entity, obj.id))
    if tag.id not in current:
        return ActionResult("skipped", f"not tagged '{tag.name}'")
    writes.set_tags(acting.work, entity, obj.id, current - {tag.id})
    return ActionResult(
        "done", f"untagged '{tag.name}'", {"tag": [entity, str(obj.id), str(tag.id), "removed"]}
    )


def _move_stage(acting: Acting, entity: str, obj: Entity, action: dict[str, Any], _i: int) -> ActionResult:
    s = acting.work.session
    stage = s.get(Stage, uuid.UUID(str(action.get("stage_id"))))
    deal: Any = obj
    if stage is None or stage.deleted_at is not None or stage.pipeline_id != deal.pipeline_id:
        raise ActionFailed("that stage is not in this deal's pipeline")
    if deal.stage_id == stage.id:
        return ActionResult("skipped", f"already in '{stage.name}'")
    before = {k: _json(getattr(deal, k)) for k in ("stage_id", "stage_entered_at", "closed_at")}
    history = DealStageHistory(
        id=uuid7(),
        deal_id=deal.id,
        from_stage_id=deal.stage_id,
        to_stage_id=stage.id,
        changed_at=acting.now,
        changed_by_id=acting.work.user_id,
    )
    s.add(history)
    closed = acting.now if stage.is_won or stage.is_lost else None
    writes.apply_fields(
        acting.work, deal, "deal", {"stage_id": stage.id, "stage_entered_at": acting.now, "closed_at": closed}
    )
    return ActionResult(
        "done", f"moved to '{stage.name}'", {"stage": [str(deal.id), before, str(stage.id), str(history.id)]}
    )


def _notify(acting: Acting, entity: str, obj: Entity, action: dict[str, Any], _i: int) -> ActionResult:
    user_id = _owner_or_user(acting, obj, action.get("user"))
    if user_id is None:
        raise ActionFailed("nobody to notify: the record has no owner and no user is signed in")
    text = str(action.get("message") or f"Rule '{acting.rule.name}' acted on {entity} {label_of(obj)}")
    note = Notification(
        id=uuid7(), user_id=user_id, message=text[:2000], record_type=entity, record_id=obj.id
    )
    acting.work.session.add(note)
    acting.work.changed("notification", ChangeKind.CREATED, [note.id])
    return ActionResult("done", f"notified: {text[:60]}", {"delete": ["notification", str(note.id)]})


def _webhook(acting: Acting, entity: str, obj: Entity, action: dict[str, Any], index: int) -> ActionResult:
    payload = {
        "rule": acting.rule.name,
        "entity": entity,
        "record": record_json(obj),
        "at": acting.now.isoformat(),
    }
    key = f"{acting.run_id}:{obj.id}:{index}"
    item = AutomationOutbox(
        id=uuid7(),
        rule_id=acting.rule.id,
        run_id=acting.run_id,
        unique_key=key,
        url=str(action["url"]),
        payload=payload,
        next_attempt_at=acting.now,
    )
    acting.work.session.add(item)
    acting.work.changed("automation_outbox", ChangeKind.CREATED, [item.id])
    return ActionResult("queued", f"POST to {action['url']} after commit", {"outbox": str(item.id)})


def _enrol(acting: Acting, entity: str, obj: Entity, action: dict[str, Any], _i: int) -> ActionResult:
    try:
        made = enrol(
            acting.work.session, uuid.UUID(str(action["sequence_id"])), [(entity, obj.id)], "rule", acting.now
        )
    except RapportError as exc:
        raise ActionFailed(str(exc)) from exc
    if not made:
        return ActionResult("skipped", "already in the sequence")
    acting.work.changed("sequence_enrolment", ChangeKind.CREATED, made)
    return ActionResult("done", "enrolled in the sequence", {"enrolment": str(made[0])})


def _create_document(
    acting: Acting, entity: str, obj: Entity, action: dict[str, Any], i: int
) -> ActionResult:
    from app.services.automation.document_action import create_document  # it builds on this module

    return create_document(acting, entity, obj, action, i)


def _send_email(acting: Acting, entity: str, obj: Entity, action: dict[str, Any], i: int) -> ActionResult:
    from app.services.automation.mail_action import send_email  # it builds on this module

    return send_email(acting, entity, obj, action, i)


_HANDLERS = {
    "create_task": _create_task,
    "assign_owner": _assign_owner,
    "set_field": _set_field,
    "add_tag": _add_tag,
    "remove_tag": _remove_tag,
    "move_stage": _move_stage,
    "notify": _notify,
    "webhook": _webhook,
    "enrol_in_sequence": _enrol,
    "create_document": _create_document,
    "send_email": _send_email,
}


def describe(action: dict[str, Any]) -> str:
    """What an action would do, in words (the dry run)."""
    kind = action.get("type")
    if kind == "create_task":
        return f"create {action.get('kind', 'task')} '{action.get('subject')}' due in {action.get('due_days', 0)} days"
    if kind == "assign_owner":
        who = action.get("user", "round_robin")
        if who == "territory":
            return "assign owner by territory (round-robin among its users)"
        if who == "round_robin" and action.get("team_id"):
            return f"assign owner round_robin in team {action.get('team_name') or action['team_id']}"
        return f"assign owner {who}"
    if kind == "set_field":
        return f"set {action.get('field')} to {action.get('value')!r}"
    if kind in ("add_tag", "remove_tag"):
        return f"{'add' if kind == 'add_tag' else 'remove'} tag '{action.get('tag')}'"
    if kind == "move_stage":
        return f"move to stage {action.get('stage_id')}"
    if kind == "notify":
        return f"notify {action.get('user', 'owner')}"
    if kind == "enrol_in_sequence":
        return f"enrol in sequence {action.get('sequence_name') or action.get('sequence_id')}"
    if kind == "send_email":
        from app.services.automation.mail_action import describe as describe_mail

        return describe_mail(action)
    if kind == "create_document":
        from app.services.automation.document_action import describe as describe_document

        return describe_document(action)
    return f"POST the record to {action.get('url')}"


def _json(value: Any) -> Any:
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    return str(value)


json_value = _json  # a column's value as JSON (the webhook subscriptions' payloads too)


def _text(value: Any) -> str:
    return "(empty)" if value in (None, "") else str(_json(value))


def record_json(obj: Any) -> dict[str, Any]:
    return {c.key: _json(getattr(obj, c.key)) for c in obj.__table__.columns if c.key != "custom"} | {
        "custom": obj.custom or {}
    }


def _as_int(value: uuid.UUID) -> int:
    """Sort key for UUIDs (their own comparison is ten times slower: 100,000 ids in one run)."""
    return value.int
