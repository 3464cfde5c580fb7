"""Salesforce Case rows as tickets, linked by the source ids to the accounts, contacts and users imported.

Subject, Description, Priority (Low/Medium/High/Critical -> low/normal/high/urgent), Status (New/Working/
Escalated/On Hold/Closed -> new/open/open/waiting/closed; another status is taken as closed when the row's
IsClosed says so, else open, and the summary says so), Origin (Email/Phone/Web -> the channel), AccountId,
ContactId and OwnerId (the assignee). Each row is checked by the ticket editor's own rules
(service_desk.tickets.validate). A new ticket is numbered as the editor numbers one (T-year-n) and timed
by the default SLA policy, counted from the case's CreatedDate; a closed case keeps its ClosedDate.
Tickets have no external id column: the Case Id is kept in the ticket's `custom` under "salesforce_id",
so importing the export again updates the tickets instead of adding them twice.

A Case has no first-response time. When the export holds CaseComment.csv, the first published comment's
CreatedDate is taken as the first response (measured against the SLA like any reply). Otherwise a case
still New has no response yet (its clock runs), and a case past New was answered at a time nobody
recorded: it gets no first-response target and is marked "not recorded" (FIRST_RESPONSE in `custom`),
so the SLA counts it neither as met nor as missed.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select

from app.models import Account, Contact, Ticket, TicketStatus, User, utcnow
from app.services.core import writes
from app.services.core.errors import FieldError, ValidationError
from app.services.documents.numbering import draw
from app.services.importing.csv_read import Table
from app.services.importing.export_run import MADE_TICKET, ExportRun, StepResult
from app.services.importing.rejects import rejected_rows
from app.services.service_desk.sla import SlaPolicyRef, default_policy
from app.services.service_desk.tickets import FIRST_RESPONSE, NOT_RECORDED, TicketInput, validate

SOURCE_KEY = "salesforce_id"  # the Case Id, in Ticket.custom
CHUNK = 500
TRUE = {"true", "1", "yes"}
PRIORITIES = {"low": "low", "medium": "normal", "normal": "normal", "high": "high", "critical": "urgent"}
STATUSES = {"new": "new", "working": "open", "escalated": "open", "on hold": "waiting", "closed": "closed"}
CHANNELS = {"email": "email", "phone": "phone", "web": "web"}
_COMPARED: tuple[str, ...] = (
    "subject",
    "description",
    "account_id",
    "contact_id",
    "priority",
    "status",
    "channel",
    "assignee_id",
)
_HEADER = {"subject": "Subject", "priority": "Priority", "status": "Status", "channel": "Origin"}


def _cell(record: Mapping[str, str], *names: str) -> str:
    for name in names:
        value = record.get(name, "").strip()
        if value:
            return value
    return ""


def _moment(record: Mapping[str, str], name: str) -> datetime | None:
    text = _cell(record, name)
    if not text:
        return None
    try:
        value = datetime.fromisoformat(text.replace(" ", "T"))
    except ValueError:
        raise ValidationError(FieldError(name, f"'{text}' is not a date and time")) from None
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


def _ids(run: ExportRun, model: Any, column: Any, wanted: set[str]) -> dict[str, uuid.UUID]:
    found: dict[str, uuid.UUID] = {}
    ids = sorted(wanted - {""})
    for start in range(0, len(ids), CHUNK):
        found.update(
            run.work.session.execute(
                select(column, model.id).where(
                    column.in_(ids[start : start + CHUNK]), model.deleted_at.is_(None)
                )
            ).all()
        )
    return found


def import_cases(run: ExportRun, table: Table) -> StepResult:
    records = table.records()
    refs = {
        "AccountId": _ids(run, Account, Account.external_id, {_cell(r, "AccountId") for r in records}),
        "ContactId": _ids(run, Contact, Contact.external_id, {_cell(r, "ContactId") for r in records}),
        "OwnerId": _ids(run, User, User.external_id, {_cell(r, "OwnerId") for r in records}),
    }
    existing = _existing(run, {_cell(r, "Id") for r in records})
    responses = first_responses(run.tables.get("CaseComment"))
    errors: list[FieldError] = []
    review: list[str] = []
    new: list[tuple[dict[str, Any], datetime, datetime | None, datetime | None]] = []
    updates: list[tuple[Ticket, dict[str, Any]]] = []
    unchanged = 0
    for (number, _cells), record in zip(table.rows, records, strict=True):
        notes: list[str] = []
        try:
            values = validate(_input(record, refs, notes))
            opened, closed = _moment(record, "CreatedDate"), _moment(record, "ClosedDate")
        except ValidationError as exc:
            errors += [FieldError(_HEADER.get(e.field, e.field), e.message, number) for e in exc.errors]
            continue
        if not _cell(record, "Id"):
            errors.append(FieldError("Id", "a case needs its Id (the ticket is found by it again)", number))
            continue
        review += [f"row {number}: {note}" for note in notes]
        ticket = existing.get(_cell(record, "Id"))
        if ticket is None:
            new.append((values, opened or utcnow(), closed, responses.get(_cell(record, "Id"))))
            continue
        changed = {k: values[k] for k in _COMPARED if getattr(ticket, k) != values[k]}
        if changed:
            updates.append((ticket, changed))
        else:
            unchanged += 1
    if errors and not run.forgiving:
        raise ValidationError(errors)
    if new:
        policy = default_policy(run.work)
        made = [_create(run, policy, *item).id for item in new]
        run.made(MADE_TICKET, made)
    for ticket, changed in updates:
        kept = (*changed, "paused_at", "resolved_at", "closed_at")
        run.updated("ticket", ticket.id, {k: _json(getattr(ticket, k)) for k in kept})
        writes.apply_fields(run.work, ticket, "ticket", changed)
        _stamp(ticket, None)
    note = f"{len(new):,} new, {len(updates):,} updated tickets"
    return StepResult(
        "Case", len(new), len(updates), unchanged, rejected_rows(table, errors), tuple(review), note
    )


def _existing(run: ExportRun, ids: set[str]) -> dict[str, Ticket]:
    found: dict[str, Ticket] = {}
    wanted = sorted(ids - {""})
    source = Ticket.custom[SOURCE_KEY].as_string()
    for start in range(0, len(wanted), CHUNK):
        for ticket in run.work.session.scalars(
            select(Ticket).where(source.in_(wanted[start : start + CHUNK]), Ticket.deleted_at.is_(None))
        ):
            found.setdefault(str((ticket.custom or {}).get(SOURCE_KEY, "")), ticket)
    return found


def _input(
    record: Mapping[str, str], refs: Mapping[str, Mapping[str, uuid.UUID]], notes: list[str]
) -> TicketInput:
    links: dict[str, uuid.UUID | None] = {}
    for header in ("AccountId", "ContactId", "OwnerId"):
        source_id = _cell(record, header)
        links[header] = refs[header].get(source_id)
        if source_id and links[header] is None:
            notes.append(f"{header} {source_id} is not a record this export brought in: not linked")
    priority_text, status_text, origin = (_cell(record, h) for h in ("Priority", "Status", "Origin"))
    priority = PRIORITIES.get(priority_text.lower())
    if priority is None:
        priority = "normal"
        if priority_text:
            notes.append(f"Priority '{priority_text}' is not Salesforce's: taken as normal")
    status = STATUSES.get(status_text.lower())
    if status is None:
        status = "closed" if _cell(record, "IsClosed").lower() in TRUE else "open"
        if status_text:
            notes.append(f"Status '{status_text}' is not Salesforce's: taken as {status}")
    channel = CHANNELS.get(origin.lower(), "")
    if origin and not channel:
        notes.append(f"Origin '{origin}' is not email, phone or web: no channel")
    return TicketInput(
        subject=_cell(record, "Subject")[:300] or "(no subject)",
        description=record.get("Description", ""),
        account_id=links["AccountId"],
        contact_id=links["ContactId"],
        priority=priority,
        status=status,
        channel=channel,
        assignee_id=links["OwnerId"],
        custom={SOURCE_KEY: _cell(record, "Id")},
    )


def first_responses(comments: Table | None) -> dict[str, datetime]:
    """Case Id -> the CreatedDate of its first published CaseComment (all comments when the export has no
    IsPublished column); unreadable dates are passed over (the comments themselves are not imported)."""
    found: dict[str, datetime] = {}
    if comments is None:
        return found
    for record in comments.records():
        published = record.get("IsPublished", "true").strip().lower() in TRUE
        case_id = _cell(record, "ParentId")
        try:
            when = _moment(record, "CreatedDate")
        except ValidationError:
            continue
        if published and case_id and when is not None and (case_id not in found or when < found[case_id]):
            found[case_id] = when
    return found


def _create(
    run: ExportRun,
    policy: SlaPolicyRef,
    values: dict[str, Any],
    opened: datetime,
    closed: datetime | None,
    responded: datetime | None,
) -> Ticket:
    """A ticket as the editor makes one (number, due times), its clocks started when the case opened; a
    case answered at a time nobody recorded has no first-response target (see the module's docstring)."""
    now = utcnow()
    first, resolve = policy.targets[values["priority"].value]
    unknown = responded is None and values["status"] is not TicketStatus.NEW
    if unknown:
        values = {**values, "custom": {**values["custom"], FIRST_RESPONSE: NOT_RECORDED}}
    ticket = Ticket(
        **values,
        number=f"T-{now.year}-{draw(run.work.session, 'ticket', now.year, ''):05d}",
        sla_policy_id=policy.id,
        first_response_due=None if unknown else policy.calendar.add(opened, first),
        first_response_at=responded,
        resolution_due=policy.calendar.add(opened, resolve),
        created_at=opened,
    )
    _stamp(ticket, closed)
    return writes.create(run.work, ticket, "ticket")


def _stamp(ticket: Ticket, closed: datetime | None) -> None:
    """The stamps that go with the status: waiting pauses the clocks, closed is resolved and closed."""
    now = utcnow()
    if ticket.status is TicketStatus.WAITING:
        ticket.paused_at = ticket.paused_at or now
    else:
        ticket.paused_at = None
    if ticket.status is TicketStatus.CLOSED:
        ticket.closed_at = closed or ticket.closed_at or now
        ticket.resolved_at = ticket.resolved_at or ticket.closed_at
    elif ticket.status in (TicketStatus.NEW, TicketStatus.OPEN):
        ticket.resolved_at = ticket.closed_at = None


def _json(value: Any) -> Any:
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, datetime):
        return value.isoformat()
    return getattr(value, "value", value)
