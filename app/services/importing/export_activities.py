"""The activities of a CRM export (calls, meetings, tasks, emails, notes): read from their files by a
vendor's column description, linked to the accounts, contacts and deals imported with the ids they name,
assigned to their owners, and kept idempotent by `external_uid` ('<vendor>:<type>:<id>').

The import engine has no activity kind (activities belong to scheduling, which importing does not
import), so they are written here as model rows; the export's batch names each one, for undo.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from datetime import UTC, datetime, time
from typing import Any

from sqlalchemy import select

from app.models import (
    Account,
    Activity,
    ActivityKind,
    Contact,
    Deal,
    Priority,
    User,
    utcnow,
)
from app.services.core.changes import ChangeKind
from app.services.core.errors import FieldError, ValidationError
from app.services.core.uow import Work
from app.services.importing.export_plan import ActivityColumns, ActivityFile, ExportOptions, FileReport
from app.services.importing.parsing import ISO, detect_date_format, parse_when
from app.services.importing.rejects import rejected_rows
from app.services.importing.vendor_values import ACTIVITY_KINDS, ACTIVITY_PRIORITIES, DONE_VALUES

ENTITY = "activity"
SUBJECT_MAX = 300
CHUNK = 500


def _first(record: Mapping[str, str], headers: tuple[str, ...]) -> str:
    return next((record[h].strip() for h in headers if record.get(h, "").strip()), "")


def _refs(s: Any, model: Any, ids: set[str]) -> dict[str, uuid.UUID]:
    found: dict[str, uuid.UUID] = {}
    keys = sorted(ids)
    for start in range(0, len(keys), CHUNK):
        found.update(
            s.execute(
                select(model.external_id, model.id).where(
                    model.deleted_at.is_(None), model.external_id.in_(keys[start : start + CHUNK])
                )
            ).all()
        )
    return found


def write(
    work: Work, name: str, file: ActivityFile, options: ExportOptions
) -> tuple[FileReport, list[uuid.UUID]]:
    """Create the file's activities that are not yet imported; a row whose date cannot be read is refused
    (the file, unless forgiving). A link to a record the export did not bring is left out, noted.
    Returns the report and the ids made (the export's batch names them, for undo)."""
    s = work.session
    c = file.columns
    records = file.table.records()
    numbers = [n for n, _cells in file.table.rows]
    formats = {h: options.date_format or detect_date_format(r.get(h, "") for r in records) for h in c.date}
    refs = {
        column: _refs(s, model, {r.get(column, "").strip() for r in records} - {""})
        for column, model in ((c.account, Account), (c.contact, Contact), (c.deal, Deal))
        if column
    }
    users: dict[str, uuid.UUID] = {}
    for user_id, user_name, email in s.execute(select(User.id, User.name, User.email)):
        users.setdefault(user_name.lower(), user_id)
        users.setdefault(email.lower(), user_id)
    uids = [f"{c.uid_prefix}{r.get(c.id, '').strip()}" for r in records]
    existing = {
        uid
        for start in range(0, len(uids), CHUNK)
        for uid in s.scalars(
            select(Activity.external_uid).where(
                Activity.deleted_at.is_(None), Activity.external_uid.in_(uids[start : start + CHUNK])
            )
        )
    }
    errors: list[FieldError] = []
    review: list[FieldError] = []
    made: list[Activity] = []
    unchanged = 0
    for number, record, uid in zip(numbers, records, uids, strict=True):
        if uid == c.uid_prefix:
            errors.append(FieldError(c.id or "ID", "is required (the activity's id)", number))
            continue
        if uid in existing:  # imported before (or twice in the file): left as it is
            unchanged += 1
            continue
        try:
            when = _when(record, c, formats)
        except ValueError as exc:
            column = next((h for h in c.date if record.get(h, "").strip()), c.date[0])
            errors.append(FieldError(column, str(exc), number))
            continue
        links: dict[str, uuid.UUID | None] = {}
        for column, target in ((c.account, "account_id"), (c.contact, "contact_id"), (c.deal, "deal_id")):
            ref = record.get(column, "").strip() if column else ""
            links[target] = refs[column].get(ref) if ref else None
            if ref and links[target] is None:
                review.append(
                    FieldError(f"{name}: {column}", f"no record has the id '{ref}': not linked", number)
                )
        made.append(_activity(record, c, when, uid, links, users, work.user_id))
        existing.add(uid)
    if errors and not options.forgiving:
        raise ValidationError(errors)
    s.add_all(made)
    s.flush()
    ids = [a.id for a in made]
    work.changed(ENTITY, ChangeKind.CREATED, ids)
    report = FileReport(
        name,
        "activities",
        len(records),
        len(ids),
        0,
        unchanged,
        rejected_rows(file.original, errors),
        tuple(review),
    )
    return report, ids


def _when(record: Mapping[str, str], c: ActivityColumns, formats: Mapping[str, str]) -> datetime | None:
    header = next((h for h in c.date if record.get(h, "").strip()), "")
    if not header:
        return None
    when = parse_when(record[header].strip(), formats.get(header, ISO))
    clock = record.get(c.time, "").strip() if c.time else ""
    if when is not None and clock:
        try:
            at = time.fromisoformat(clock if len(clock) > 4 else f"0{clock}")
        except ValueError as exc:
            raise ValueError(f"'{clock}' is not a time of day (HH:MM)") from exc
        when = datetime.combine(when.date(), at, UTC)
    return when


def _activity(
    record: Mapping[str, str],
    c: ActivityColumns,
    when: datetime | None,
    uid: str,
    links: Mapping[str, uuid.UUID | None],
    users: Mapping[str, uuid.UUID],
    importer: uuid.UUID | None,
) -> Activity:
    kind = ACTIVITY_KINDS.get(record.get(c.kind, "").strip().lower(), "") if c.kind else ""
    kind = kind or c.default_kind
    body = _first(record, c.body)
    subject = _first(record, c.subject) or (body.splitlines()[0][:80] if body else "") or kind.title()
    status = record.get(c.done, "").strip().lower() if c.done else ""
    done = status in DONE_VALUES if c.done else kind != ActivityKind.TASK.value
    owner = _first(record, c.owner).lower()
    priority = (
        ACTIVITY_PRIORITIES.get(record.get(c.priority, "").strip().lower(), "normal")
        if c.priority
        else "normal"
    )
    now = utcnow()
    return Activity(
        kind=ActivityKind(kind),
        subject=subject[:SUBJECT_MAX],
        body=body,
        owner_id=users.get(owner, importer) if owner else importer,
        due_at=when if kind == ActivityKind.TASK.value else None,
        start_at=when if kind in (ActivityKind.MEETING.value, ActivityKind.CALL.value) else None,
        done_at=(when or now) if done else None,
        occurred_at=when or now,
        priority=Priority(priority),
        external_uid=uid[:255],
        version=1,
        **links,
    )
