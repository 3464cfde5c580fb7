"""Tickets: numbered, timed in business hours by their priority, the clock stopped while waiting."""

from __future__ import annotations

import time
from datetime import timedelta

import pytest

from app.models import utcnow
from app.services.core.errors import ValidationError
from app.services.core.listing import ListQuery
from app.services.service_desk.business_hours import BusinessCalendar
from app.services.service_desk.sla import STANDARD_TARGETS
from app.services.service_desk.tickets import TicketInput


@pytest.fixture
def always(ctx):
    """A 24/7 desk, so the due times are plain arithmetic."""
    return ctx.sla.set_default(BusinessCalendar(zone="UTC", round_the_clock=True))


def test_a_new_ticket_is_numbered_and_due_by_its_prioritys_targets(ctx, always):
    before = utcnow()
    urgent = ctx.tickets.create(
        TicketInput(subject="Printer on fire", priority="urgent", channel="phone")
    ).value
    normal = ctx.tickets.create(TicketInput(subject="Invoice question")).value
    year = before.year
    assert (urgent.number, normal.number) == (f"T-{year}-00001", f"T-{year}-00002")
    first, resolve = STANDARD_TARGETS["urgent"]
    assert (
        timedelta(0) <= urgent.first_response_due - (before + timedelta(minutes=first)) < timedelta(seconds=5)
    )
    assert (
        timedelta(0) <= urgent.resolution_due - (before + timedelta(minutes=resolve)) < timedelta(seconds=5)
    )
    assert normal.first_response_due - normal.created_at == pytest.approx(
        timedelta(minutes=STANDARD_TARGETS["normal"][0]), abs=timedelta(seconds=5)
    )
    clock = ctx.tickets.clock(urgent)
    assert 59 <= clock.first_response_left <= 60 and not clock.breached


def test_the_first_reply_stamps_the_first_response_and_notes_do_not(ctx, always):
    ticket = ctx.tickets.create(TicketInput(subject="Login fails")).value
    noted = ctx.tickets.reply(ticket.id, "Checked the logs", internal=True).value
    assert noted.first_response_at is None and noted.status == "new"
    replied = ctx.tickets.reply(ticket.id, "We are on it").value
    assert replied.first_response_at is not None and replied.status == "open"
    assert [(e.kind, e.body) for e in replied.entries] == [
        ("note", "Checked the logs"),
        ("reply", "We are on it"),
    ]
    assert ctx.tickets.clock(replied).first_response_left is None  # met
    with pytest.raises(ValidationError, match="the reply is empty"):
        ctx.tickets.reply(ticket.id, "  ")


def test_waiting_for_the_customer_stops_the_clock_and_moves_the_due_times_on(ctx, always):
    ticket = ctx.tickets.create(TicketInput(subject="Need your log files")).value
    waiting = ctx.tickets.update(
        ticket.id, TicketInput(subject=ticket.subject, status="waiting"), ticket.version
    ).value
    assert waiting.paused_at is not None
    frozen = ctx.tickets.clock(waiting)
    time.sleep(1.2)
    assert ctx.tickets.clock(ctx.tickets.get(ticket.id)).resolution_left == frozen.resolution_left  # stopped
    back = ctx.tickets.update(
        ticket.id, TicketInput(subject=ticket.subject, status="open"), waiting.version
    ).value
    assert back.paused_at is None
    assert back.resolution_due - ticket.resolution_due >= timedelta(seconds=1.2)  # moved on by the wait
    assert back.first_response_due - ticket.first_response_due >= timedelta(seconds=1.2)


def test_resolve_close_and_reopen_stamp_and_clear_their_times(ctx, always):
    ticket = ctx.tickets.create(TicketInput(subject="Broken link")).value
    done = ctx.tickets.update(
        ticket.id, TicketInput(subject="Broken link", status="resolved"), ticket.version
    ).value
    assert done.resolved_at is not None and done.closed_at is None
    closed = ctx.tickets.update(
        ticket.id, TicketInput(subject="Broken link", status="closed"), done.version
    ).value
    assert closed.closed_at is not None and closed.resolved_at == done.resolved_at
    again = ctx.tickets.update(
        ticket.id, TicketInput(subject="Broken link", status="open"), closed.version
    ).value
    assert again.resolved_at is None and again.closed_at is None


def test_bad_tickets_are_refused_field_by_field_and_the_list_finds_them(ctx, always):
    with pytest.raises(ValidationError) as refused:
        ctx.tickets.create(TicketInput(subject="", priority="whenever", channel="pigeon"))
    assert {e.field for e in refused.value.errors} == {"subject", "priority", "channel"}
    ctx.tickets.create(TicketInput(subject="Dashboard slow", priority="high"))
    ctx.tickets.create(TicketInput(subject="Password reset", status="waiting"))
    assert ctx.tickets.count(ListQuery(search="dashboard")) == 1
    waiting = ctx.tickets.page(ListQuery(kind="waiting"), 0, 10, 1).rows
    assert [r.subject for r in waiting] == ["Password reset"] and waiting[0].status == "waiting"


def test_office_hours_count_in_the_policys_zone(ctx):
    policy = ctx.sla.set_default(BusinessCalendar(zone="Europe/Berlin", country="DE"))
    assert policy.calendar.zone == "Europe/Berlin"
    ticket = ctx.tickets.create(TicketInput(subject="Office hours", priority="urgent")).value
    assert ticket.first_response_due == policy.calendar.add(ticket.created_at, 60) or abs(
        ticket.first_response_due - policy.calendar.add(ticket.created_at, 60)
    ) < timedelta(seconds=5)
    with pytest.raises(ValidationError, match="not a time zone"):
        ctx.sla.set_default(BusinessCalendar(zone="Nowhere/Land"))
