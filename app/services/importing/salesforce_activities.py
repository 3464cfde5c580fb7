"""Salesforce Task and Event rows as activities, linked by the source ids to what the export brought in.

`WhoId` names a contact or a lead, `WhatId` an account or an opportunity (or a record Rapport does not
hold, a case or a campaign: the activity comes in without that link and the summary says so), `OwnerId`
a user; all are found by the external ids the steps before stored. Each row is checked by the activity
editor's own rules (scheduling.activities.validate). Events keep `Location` and `IsAllDayEvent`; a task's
date-only `ActivityDate` is due at 00:00 in the importing user's zone, as a calendar file's DATE due is.
The Salesforce Id is kept as the activity's `external_uid`, so importing the export again updates the
activities instead of adding them twice. New activities go in by one bulk insert.
"""

from __future__ import annotations

import math
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Account, Activity, Contact, Deal, Lead, User, utcnow, uuid7_many
from app.services.core import writes
from app.services.core.bulk import insert_rows
from app.services.core.changes import ChangeKind
from app.services.core.errors import FieldError, ValidationError
from app.services.importing.csv_read import Table
from app.services.importing.export_run import MADE_ACTIVITY, ExportRun, StepResult
from app.services.importing.rejects import rejected_rows
from app.services.scheduling.activities import ActivityInput, rescore_leads, validate
from app.services.scheduling.tasks import local_zone

CHUNK = 500
TRUE = {"true", "1", "yes"}
_PRIORITY = {"high": "high", "normal": "normal", "medium": "normal", "low": "low"}
_CLOSED = {"completed", "closed", "done"}
_COMPARED = (
    "kind",
    "subject",
    "body",
    "account_id",
    "contact_id",
    "lead_id",
    "deal_id",
    "owner_id",
    "start_at",
    "end_at",
    "due_at",
    "done_at",
    "priority",
    "progress",
    "location",
    "all_day",
)


@dataclass
class _Refs:
    """Source id -> our id, for every id the file's reference columns hold."""

    records: dict[str, tuple[str, uuid.UUID]] = field(default_factory=dict)  # -> (link field, id)
    deal_accounts: dict[uuid.UUID, uuid.UUID | None] = field(default_factory=dict)
    users: dict[str, uuid.UUID] = field(default_factory=dict)
    existing: dict[str, Activity] = field(default_factory=dict)


def import_tasks(run: ExportRun, table: Table) -> StepResult:
    return _import(run, table, "Task")


def import_events(run: ExportRun, table: Table) -> StepResult:
    return _import(run, table, "Event")


def _import(run: ExportRun, table: Table, obj: str) -> StepResult:
    s = run.work.session
    records = table.records()
    refs = _load_refs(s, records)
    zone = local_zone()
    rows: list[dict[str, Any]] = []
    errors: list[FieldError] = []
    review: list[str] = []
    updates: list[tuple[Activity, dict[str, Any]]] = []
    unchanged = 0
    for (number, _cells), record in zip(table.rows, records, strict=True):
        try:
            data, notes = _input(record, refs, obj, zone)
            values = validate(data)
        except ValidationError as exc:
            errors += [FieldError(_HEADER.get(e.field, e.field), e.message, number) for e in exc.errors]
            continue
        review += [f"row {number}: {note}" for note in notes]
        existing = refs.existing.get(record.get("Id", "").strip())
        if existing is None:
            rows.append(values)
            continue
        changed = {k: values[k] for k in _COMPARED if getattr(existing, k) != values[k]}
        if changed:
            updates.append((existing, changed))
        else:
            unchanged += 1
    if errors and not run.forgiving:
        raise ValidationError(errors)
    _insert(run, rows)
    for activity, changed in updates:
        run.updated("activity", activity.id, {k: _json(getattr(activity, k)) for k in changed})
        changed["occurred_at"] = changed.get("start_at") or changed.get("due_at") or activity.occurred_at
        writes.apply_fields(run.work, activity, "activity", changed)
    rescore_leads(run.work, {r["lead_id"] for r in rows if r["lead_id"]} | {a.lead_id for a, _ in updates})
    note = f"{len(rows):,} new, {len(updates):,} updated activities"
    return StepResult(
        obj, len(rows), len(updates), unchanged, rejected_rows(table, errors), tuple(review), note
    )


_HEADER = {  # our field -> the column it came from, for the messages
    "subject": "Subject",
    "start_at": "StartDateTime",
    "end_at": "EndDateTime",
    "due_at": "ActivityDate",
    "location": "Location",
    "priority": "Priority",
}


def _json(value: Any) -> Any:
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, datetime):
        return value.isoformat()
    return getattr(value, "value", value)


def _load_refs(s: Session, records: list[dict[str, str]]) -> _Refs:
    refs = _Refs()
    ids = sorted({r.get(h, "").strip() for r in records for h in ("WhoId", "WhatId")} - {""})
    for model, link in (
        (Contact, "contact_id"),
        (Lead, "lead_id"),
        (Account, "account_id"),
        (Deal, "deal_id"),
    ):
        for start in range(0, len(ids), CHUNK):
            for source_id, record_id in s.execute(
                select(model.external_id, model.id).where(
                    model.external_id.in_(ids[start : start + CHUNK]), model.deleted_at.is_(None)
                )
            ):
                refs.records.setdefault(source_id, (link, record_id))
    deals = [i for link, i in refs.records.values() if link == "deal_id"]
    for start in range(0, len(deals), CHUNK):
        refs.deal_accounts.update(
            s.execute(select(Deal.id, Deal.account_id).where(Deal.id.in_(deals[start : start + CHUNK]))).all()
        )
    refs.users = {
        e: i for e, i in s.execute(select(User.external_id, User.id).where(User.external_id != "")) if e
    }
    own = sorted({r.get("Id", "").strip() for r in records} - {""})
    for start in range(0, len(own), CHUNK):
        for activity in s.scalars(
            select(Activity).where(
                Activity.external_uid.in_(own[start : start + CHUNK]), Activity.deleted_at.is_(None)
            )
        ):
            refs.existing.setdefault(activity.external_uid or "", activity)
    return refs


def _cell(record: Mapping[str, str], *names: str) -> str:
    for name in names:
        value = record.get(name, "").strip()
        if value:
            return value
    return ""


def _moment(record: Mapping[str, str], name: str) -> datetime | None:
    """A Salesforce date-time ('2024-03-31T09:00:00.000Z') as an aware datetime; ValidationError if bad."""
    text = _cell(record, name)
    if not text:
        return None
    try:
        value = datetime.fromisoformat(text.replace(" ", "T"))
    except ValueError:
        raise ValidationError(FieldError(name, f"'{text}' is not a date and time")) from None
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


def _day(record: Mapping[str, str], name: str) -> date | None:
    text = _cell(record, name)
    if not text:
        return None
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        raise ValidationError(FieldError(name, f"'{text}' is not a date (YYYY-MM-DD)")) from None


def _input(record: Mapping[str, str], refs: _Refs, obj: str, zone: Any) -> tuple[ActivityInput, list[str]]:
    notes: list[str] = []
    links: dict[str, uuid.UUID | None] = {}
    for header in ("WhoId", "WhatId"):
        source_id = _cell(record, header)
        if not source_id:
            continue
        found = refs.records.get(source_id)
        if found is None:
            notes.append(f"{header} {source_id} is not a record this export brought in: not linked")
            continue
        links[found[0]] = found[1]
    if "deal_id" in links and "account_id" not in links:
        links["account_id"] = refs.deal_accounts.get(links["deal_id"] or uuid.UUID(int=0))
    owner_ref = _cell(record, "OwnerId")
    owner = refs.users.get(owner_ref)
    if owner_ref and owner is None:
        notes.append(f"OwnerId {owner_ref} is not a user of the export: no one assigned")
    subtype = _cell(record, "TaskSubtype", "EventSubtype", "Type").lower()
    priority = _PRIORITY.get(_cell(record, "Priority").lower(), "normal")
    status = _cell(record, "Status").lower()
    closed = _cell(record, "IsClosed").lower() in TRUE or status in _CLOSED
    common: dict[str, Any] = {
        "subject": _cell(record, "Subject")[:300] or "(no subject)",
        "body": record.get("Description", ""),
        "owner_id": owner,
        "priority": priority,
        "external_uid": _cell(record, "Id") or None,
        **links,
    }
    if obj == "Task":
        due_day = _day(record, "ActivityDate")
        due = datetime.combine(due_day, time(), zone).astimezone(UTC) if due_day else None
        done = (
            (_moment(record, "CompletedDateTime") or _moment(record, "LastModifiedDate") or due or utcnow())
            if closed
            else None
        )
        kind = subtype if subtype in ("call", "email") else "task"
        return ActivityInput(
            kind=kind, due_at=due, done_at=done, progress=100 if closed else 0, **common
        ), notes
    all_day = _cell(record, "IsAllDayEvent").lower() in TRUE
    start = _moment(record, "StartDateTime") or _moment(record, "ActivityDateTime")
    end = _moment(record, "EndDateTime")
    minutes = _cell(record, "DurationInMinutes")
    length = timedelta(minutes=int(minutes)) if minutes.isdigit() else None
    if all_day:
        first = _day(record, "ActivityDate") or (start.astimezone(UTC).date() if start else None)
        if first is None:
            raise ValidationError(FieldError("ActivityDate", "an all-day event needs a date"))
        days = max(1, math.ceil(length / timedelta(days=1))) if length else 0
        last = _day(record, "EndDate")
        if not days and last is not None:
            days = (last - first).days + 1
        if not days and end is not None:
            days = max(1, (end.astimezone(UTC).date() - first).days + (end.astimezone(UTC).time() != time()))
        start = datetime.combine(first, time(), UTC)
        end = start + timedelta(days=max(days, 1))
    elif start is None:
        raise ValidationError(FieldError("StartDateTime", "an event needs its start"))
    elif end is None and length is not None:
        end = start + length
    kind = "call" if subtype == "call" else "meeting"
    return (
        ActivityInput(
            kind=kind,
            start_at=start,
            end_at=end or start,
            location=_cell(record, "Location")[:255],
            all_day=all_day,
            **common,
        ),
        notes,
    )


def _insert(run: ExportRun, rows: list[dict[str, Any]]) -> None:
    now = utcnow()
    ids = iter(uuid7_many(len(rows)))
    no_custom: dict[str, Any] = {}
    for r in rows:
        r.update(
            id=next(ids),
            version=1,
            created_at=now,
            updated_at=now,
            deleted_at=None,
            custom=no_custom,
            occurred_at=r["start_at"] or r["due_at"] or now,
            reminded_at=None,
        )
    insert_rows(run.work.session, Activity, rows)
    made = [r["id"] for r in rows]
    run.made(MADE_ACTIVITY, made)
    run.work.changed("activity", ChangeKind.CREATED, made)
