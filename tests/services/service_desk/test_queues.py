"""The service team's queues: mine, my team's, unassigned, breaching soon, waiting; assignee and status filters."""

from __future__ import annotations

from datetime import timedelta

import pytest

from app.models import Team, User, utcnow
from app.services.core.errors import ValidationError
from app.services.core.listing import ListQuery
from app.services.service_desk.business_hours import BusinessCalendar
from app.services.service_desk.queues import queue_kind, timer_of
from app.services.service_desk.tickets import TicketInput


def _subjects(ctx, **query):
    q = ListQuery(sort="due", **query)
    return [r.subject for r in ctx.tickets.page(q, 0, 100, ctx.tickets.count(q)).rows]


@pytest.fixture
def desk(ctx):
    """Me and a colleague in one team, an outsider, and tickets spread over the queues (24/7 clock)."""
    ctx.sla.set_default(BusinessCalendar(zone="UTC", round_the_clock=True))
    me = ctx.current_user.id
    with ctx.uow() as work:
        team = Team(name="Support")
        work.session.add(team)
        work.session.flush()
        mate = User(name="Mate", email="mate@example.com", team_id=team.id)
        other = User(name="Other", email="other@example.com")
        work.session.add_all([mate, other])
        work.session.get(User, me).team_id = team.id
        work.session.flush()
        ids = {"me": me, "mate": mate.id, "other": other.id, "team": team.id}
    make = ctx.tickets.create
    make(TicketInput(subject="mine urgent", priority="urgent", assignee_id=me))
    make(TicketInput(subject="mine low", priority="low", assignee_id=me))
    make(TicketInput(subject="mate's", assignee_id=ids["mate"]))
    make(TicketInput(subject="other's", assignee_id=ids["other"]))
    make(TicketInput(subject="nobody's"))
    make(TicketInput(subject="waiting", status="waiting"))
    done = make(TicketInput(subject="resolved", priority="urgent", assignee_id=me)).value
    ctx.tickets.update(
        done.id,
        TicketInput(subject="resolved", priority="urgent", assignee_id=me, status="resolved"),
        done.version,
    )
    return ids


def test_each_queue_holds_its_open_tickets(ctx, desk):
    me = desk["me"]
    assert _subjects(ctx, kind=queue_kind("mine", me)) == ["mine urgent", "mine low"]
    assert sorted(_subjects(ctx, kind=queue_kind("team", me, ctx.tickets.my_team()))) == [
        "mate's", "mine low", "mine urgent",
    ]  # fmt: skip
    assert _subjects(ctx, kind="unassigned") == ["nobody's", "waiting"]
    assert _subjects(ctx, kind="breaching") == ["mine urgent"]  # first response due in 1 h (< 2 h)
    assert _subjects(ctx, kind="waiting") == ["waiting"]
    assert "resolved" not in _subjects(ctx, kind="open") and len(_subjects(ctx, kind="open")) == 6
    assert len(_subjects(ctx)) == 7
    assert ctx.tickets.count(ListQuery(kind="breaching")) == 1


def test_assignee_and_status_filters_and_a_bad_queue(ctx, desk):
    assert _subjects(ctx, owner_id=desk["other"]) == ["other's"]
    assert _subjects(ctx, status="resolved") == ["resolved"]
    assert _subjects(ctx, kind="open", owner_id=desk["me"], search="low") == ["mine low"]
    with pytest.raises(ValidationError, match="queue: 'someday' is not one of mine, team"):
        ctx.tickets.count(ListQuery(kind="someday"))
    with pytest.raises(ValidationError, match="queue"):
        queue_kind("someday")


def test_a_ticket_becomes_breaching_as_its_due_time_nears_and_the_timer_shows_the_breach(ctx, desk):
    q = ListQuery(sort="due", kind="breaching")
    rows = {r.subject: r for r in ctx.tickets.page(ListQuery(), 0, 50, 50).rows}
    now = utcnow()
    assert timer_of(rows["mine low"], now).left > timedelta(hours=15)
    later = now + timedelta(hours=15, minutes=30)  # "mine low": first response due after 16 h
    assert timer_of(rows["mine low"], later).left < timedelta(hours=1)
    assert timer_of(rows["mine urgent"], later).breached
    assert timer_of(rows["waiting"], later).paused and not timer_of(rows["waiting"], later).breached
    assert timer_of(rows["resolved"], later).left is None
    assert "mine low" not in [r.subject for r in ctx.tickets.page(q, 0, 50, 50).rows]
