"""Undo what a run did, as one step: each item's `undo` note applied in reverse order.

A record changed again since the run keeps the later change (that item is reported, not forced back);
a webhook already delivered cannot be unsent (reported), one still waiting is cancelled.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import delete, select

from app.models import (
    Activity,
    AutomationOutbox,
    AutomationRunItem,
    DealStageHistory,
    Document,
    Notification,
    SequenceEnrolment,
    utcnow,
)
from app.services.automation.acting import ActionFailed
from app.services.automation.actions import _json, convert
from app.services.automation.capture import MODELS
from app.services.core import guard, writes
from app.services.core.changes import ChangeKind
from app.services.core.errors import AccessDeniedError
from app.services.core.uow import Work


def check_rights(work: Work, run_ids: list[uuid.UUID]) -> None:
    """Refuse the whole undo, naming them, when the run changed records the signed-in user may not edit
    (a rep undoing a rule that handed their lead to another team would change that team's record)."""
    if guard.guard_of(work.session) is None:
        return
    items = work.session.execute(
        select(AutomationRunItem.record_type, AutomationRunItem.record_id)
        .where(AutomationRunItem.run_id.in_(run_ids), AutomationRunItem.outcome.in_(("done", "queued")))
        .distinct()
    ).all()
    refused: list[str] = []
    for entity, record_id in items:
        model = MODELS.get(entity)
        obj = work.session.get(model, record_id) if model is not None else None
        if obj is None:
            continue
        try:
            guard.require(work.session, "edit", entity, obj)
        except AccessDeniedError:
            refused.append(f"{entity} “{_name(obj)}”")
    if refused:
        shown = ", ".join(refused[:5]) + (f" and {len(refused) - 5} more" if len(refused) > 5 else "")
        raise AccessDeniedError(
            f"This run cannot be undone by you: it changed records you may not edit: {shown}"
        )


def _name(obj: Any) -> str:
    for attr in ("name", "subject"):
        if getattr(obj, attr, ""):
            return str(getattr(obj, attr))
    person = " ".join(p for p in (getattr(obj, "first_name", ""), getattr(obj, "last_name", "")) if p)
    return person or str(obj.id)


def undo_items(work: Work, run_id: uuid.UUID) -> list[str]:
    """Reverse the run's items; returns a note for each one that could not be undone."""
    items = work.session.scalars(
        select(AutomationRunItem)
        .where(AutomationRunItem.run_id == run_id)
        .order_by(AutomationRunItem.id.desc())
    ).all()
    notes: list[str] = []
    for item in items:
        if item.outcome not in ("done", "queued") or not item.undo:
            continue
        note = _undo_one(work, item.undo)
        if note:
            notes.append(f"{item.record_type} {item.record_id} ({item.action}): {note}")
    return notes


def _undo_one(work: Work, undo: dict[str, Any]) -> str:
    s = work.session
    if "delete" in undo:
        entity, ident = undo["delete"][0], uuid.UUID(undo["delete"][1])
        if entity == "activity":
            writes.soft_delete(work, Activity, "activity", [ident])
        elif entity == "document":
            writes.soft_delete(work, Document, "document", [ident])
        else:
            s.execute(delete(Notification).where(Notification.id == ident))
            work.changed("notification", ChangeKind.DELETED, [ident])
        return ""
    if "field" in undo:
        entity, ident, name, old, new = undo["field"]
        obj = s.get(MODELS[entity], uuid.UUID(ident))
        if obj is None or _json(getattr(obj, name)) != new:
            return f"{name} was changed again since; kept"
        try:
            writes.apply_fields(work, obj, entity, {name: convert(MODELS[entity], name, old)})
        except ActionFailed as exc:
            return str(exc)
        return ""
    if "tag" in undo:
        entity, ident, tag_id, done = undo["tag"]
        record_id, tag = uuid.UUID(ident), uuid.UUID(tag_id)
        current = set(writes.tag_ids(s, entity, record_id))
        wanted = current - {tag} if done == "added" else current | {tag}
        if wanted != current:
            writes.set_tags(work, entity, record_id, wanted)
        return ""
    if "stage" in undo:
        deal_id, before, new_stage, history_id = undo["stage"]
        deal: Any = s.get(MODELS["deal"], uuid.UUID(deal_id))
        if deal is None or str(deal.stage_id) != new_stage:
            return "the deal was moved again since; kept"
        values = {
            "stage_id": uuid.UUID(before["stage_id"]),
            "stage_entered_at": _when(before["stage_entered_at"]),
            "closed_at": _when(before["closed_at"]),
        }
        writes.apply_fields(work, deal, "deal", values)
        s.execute(delete(DealStageHistory).where(DealStageHistory.id == uuid.UUID(history_id)))
        return ""
    if "mail" in undo:
        from app.services.automation.mail_action import cancel

        return cancel(s, uuid.UUID(undo["mail"]))
    if "enrolment" in undo:
        enrolment = s.get(SequenceEnrolment, uuid.UUID(undo["enrolment"]))
        if enrolment is None:
            return ""
        if enrolment.next_step > 0:
            return "the sequence has already run a step for them; take them out of it by hand"
        s.delete(enrolment)
        work.changed("sequence_enrolment", ChangeKind.DELETED, [enrolment.id])
        return ""
    if "outbox" in undo:
        row = s.get(AutomationOutbox, uuid.UUID(undo["outbox"]))
        if row is None:
            return ""
        if row.delivered_at is not None:
            return "the webhook was already delivered and cannot be unsent"
        row.deleted_at = utcnow()
        return ""
    return ""


def _when(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None
