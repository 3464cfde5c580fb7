"""`rapport import tickets`: rows checked by the ticket editor's rules, numbered and SLA-timed from when they
were opened, refused rows named by row and field, and one undo step."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import func, select

from app.models import Account, Ticket
from app.services.core.listing import ListQuery
from app.services.importing.csv_read import read_table
from app.services.importing.engine import RecordImportService, RecordImportSpec
from app.services.importing.entities import MatchOn
from app.services.importing.mapping import known_headers, suggest
from app.services.service_desk.business_hours import BusinessCalendar

TICKETS = (
    "Subject,Description,Priority,Status,Assignee,Account,Channel,Created\n"
    "Printer on fire,Room 3,Critical,Open,,Acme,Phone,2026-12-01 09:00\n"
    "Invoice wrong,,Medium,Pending,{me},Acme,e-mail,\n"
    ",no subject here,High,,,,,\n"
    "Bad priority,,Whenever,,,,,\n"
    "Unknown agent,,Low,,Nobody Special,,,\n"
)


def _run(ctx, text):
    table = read_table(data=text.encode(), known_headers=known_headers("tickets"))
    spec = RecordImportSpec(suggest("tickets", table.headers), match=MatchOn.NONE, forgiving=True)
    return RecordImportService(ctx.uow).run("tickets", table, spec).value


def test_ticket_rows_are_checked_numbered_timed_and_undone_in_one_step(ctx):
    ctx.sla.set_default(BusinessCalendar(zone="UTC", round_the_clock=True))
    me = ctx.current_user
    report = _run(ctx, TICKETS.format(me=me.email))
    assert (report.rows, report.created) == (5, 2)
    assert [(r.row, r.reason) for r in report.rejected] == [
        (4, "Subject: is required"),
        (5, "Priority: 'Whenever' is not one of low, normal, high, urgent"),
        (6, "Assignee: no user named 'Nobody Special'"),
    ]
    rows = ctx.tickets.page(ListQuery(sort="number"), 0, 10, 10).rows
    assert [(r.subject, r.priority, r.status, r.account) for r in rows] == [
        ("Printer on fire", "urgent", "open", "Acme"),
        ("Invoice wrong", "normal", "waiting", "Acme"),
    ]
    fire = ctx.tickets.get(rows[0].id)
    year = datetime.now(UTC).year
    assert fire.number == f"T-{year}-00001" and fire.channel == "phone"
    opened = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
    assert fire.created_at == opened and fire.first_response_due == opened + timedelta(hours=1)
    invoice = ctx.tickets.get(rows[1].id)
    assert invoice.assignee_id == me.id and invoice.paused_at is not None and invoice.channel == "email"
    with ctx.sessions() as s:
        assert s.scalar(select(func.count()).select_from(Account)) == 1  # Acme made once
    ctx.importer.undo(report.batch_id)
    with ctx.sessions() as s:
        assert s.scalar(select(func.count()).select_from(Ticket).where(Ticket.deleted_at.is_(None))) == 0
