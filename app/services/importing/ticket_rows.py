"""Ticket rows for `rapport import tickets` (the entity spec lives in entities.py).

A row is checked by the ticket editor's own rules (service_desk.tickets.validate); a priority or status
is read case-insensitively, with a few common words (Medium -> normal, Critical -> urgent, Pending ->
waiting, Solved -> resolved). The assignee is a user by name or email. At write time each new ticket is
numbered as the editor numbers one and timed by the default SLA policy from its "opened" time.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from app.models import TicketStatus, utcnow
from app.models.ticket import next_due_of
from app.services.core.errors import FieldError, ValidationError
from app.services.core.uow import Work
from app.services.documents.numbering import draw
from app.services.importing.parsing import ISO, parse_when
from app.services.service_desk.sla import default_policy, tier_of
from app.services.service_desk.tickets import CHANNELS, PRIORITIES, STATUSES, TicketInput, validate

PRIORITY_WORDS = {"medium": "normal", "critical": "urgent", "highest": "urgent", "lowest": "low"}
STATUS_WORDS = {
    "pending": "waiting",
    "on hold": "waiting",
    "waiting for customer": "waiting",
    "in progress": "open",
    "working": "open",
    "solved": "resolved",
    "done": "resolved",
}
CHANNEL_WORDS = {"e-mail": "email", "mail": "email", "telephone": "phone", "in person": "in_person"}


def _word(
    cells: Mapping[str, str], name: str, allowed: tuple[str, ...], words: Mapping[str, str], default: str
) -> str:
    text = cells.get(name, "").strip()
    if not text:
        return default
    low = text.lower()
    # an unknown word is refused by validate, which names the allowed ones
    return words.get(low, low if low in allowed else text)


def ticket_row(cells: Mapping[str, str], found: Any) -> dict[str, Any]:
    """One CSV row as ticket column values plus the engine's keys (_account, _created_at)."""
    errors: list[FieldError] = []
    assignee = None
    name = cells.get("assignee", "").strip()
    if name:
        assignee = found.users.get(name.lower()) or found.users.get(name)
        if assignee is None:
            errors.append(FieldError("assignee", f"no user named '{name}'"))
    opened = None
    try:
        opened = parse_when(cells.get("created_at", "").strip(), found.date_formats.get("created_at", ISO))
    except ValueError as exc:
        errors.append(FieldError("created_at", str(exc)))
    data = TicketInput(
        subject=cells.get("subject", ""),
        description=cells.get("description", ""),
        priority=_word(cells, "priority", PRIORITIES, PRIORITY_WORDS, "normal"),
        status=_word(cells, "status", STATUSES, STATUS_WORDS, "new"),
        category=cells.get("category", ""),
        channel=_word(cells, "channel", CHANNELS, CHANNEL_WORDS, ""),
        assignee_id=assignee,
    )
    try:
        values = validate(data)
    except ValidationError as exc:
        errors += exc.errors
    if errors:
        raise ValidationError(errors)
    values.pop("custom", None)
    values["_account"] = cells.get("account", "").strip()
    values["_created_at"] = opened
    return values


def number_and_time(work: Work, rows: list[dict[str, Any]]) -> None:
    """Give each new ticket its number and due times (from when it was opened) and its status stamps."""
    if not rows:
        return
    policy = default_policy(work)
    now = utcnow()
    for row in rows:
        opened = row["created_at"]
        first, resolve = policy.target(row["priority"].value, tier_of(work.session, row.get("account_id")))
        row["number"] = f"T-{now.year}-{draw(work.session, 'ticket', now.year, ''):05d}"
        row["sla_policy_id"] = policy.id
        row["first_response_due"] = policy.calendar.add(opened, first)
        row["resolution_due"] = policy.calendar.add(opened, resolve)
        status = row["status"]
        row["paused_at"] = now if status is TicketStatus.WAITING else None
        row["resolved_at"] = now if status in (TicketStatus.RESOLVED, TicketStatus.CLOSED) else None
        row["closed_at"] = now if status is TicketStatus.CLOSED else None
        row["first_response_at"] = None
        row["next_due"] = next_due_of(status, row["first_response_due"], None, row["resolution_due"])
