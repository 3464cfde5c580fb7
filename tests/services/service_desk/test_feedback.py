"""CSAT after a resolved ticket and NPS answers: recorded, on the customer's timeline, summed by group."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from app.services.core.errors import ValidationError
from app.services.metrics.nps import NpsInput
from app.services.records.accounts import AccountInput
from app.services.records.contacts import ContactInput
from app.services.service_desk.tickets import TicketInput

TODAY = date.today()


def _resolved(ctx, subject, priority="normal", **kw):
    t = ctx.tickets.create(TicketInput(subject=subject, priority=priority, **kw)).value
    return ctx.tickets.update(t.id, replace(t.as_input(), status="resolved"), t.version).value


def test_csat_is_asked_after_resolving_once_per_ticket_and_kept_apart_from_nps(ctx):
    acme = ctx.accounts.create(AccountInput(name="Acme")).value.id
    ada = ctx.contacts.create(ContactInput(last_name="Lovelace")).value.id
    open_ticket = ctx.tickets.create(TicketInput(subject="Still open")).value
    with pytest.raises(ValidationError, match="is new: ask once it is resolved"):
        ctx.feedback.record_csat(open_ticket.id, 5)
    done = _resolved(ctx, "Fixed printer", account_id=acme, contact_id=ada)
    with pytest.raises(ValidationError, match="from 1 to 5"):
        ctx.feedback.record_csat(done.id, 7)
    ctx.feedback.record_csat(done.id, 2, "slow")
    ctx.feedback.record_csat(done.id, 4, "fine after all")  # replaces the first answer
    assert ctx.feedback.csat_of(done.id) == 4
    ctx.nps.create(NpsInput(9, TODAY, ada, "great"))
    assert [a.score for a in ctx.nps.recent()] == [9]  # the NPS list holds no CSAT answer
    kinds = sorted(e.title for e in ctx.timeline.for_contact(ada) if e.kind == "survey")
    assert kinds == [f"CSAT 4 for {done.number}", "NPS 9"]
    assert [e.title for e in ctx.timeline.for_account(acme) if e.kind == "survey"] == [
        f"CSAT 4 for {done.number}"
    ]


def test_csat_and_nps_by_period_priority_and_segment(ctx):
    for subject, priority, score in (("a", "urgent", 5), ("b", "urgent", 3), ("c", "low", 4)):
        ctx.feedback.record_csat(_resolved(ctx, subject, priority).id, score)
    start, end = TODAY - timedelta(days=30), TODAY + timedelta(days=1)
    rows = {r.key: r for r in ctx.feedback.csat(start, end, "priority")}
    assert (rows["urgent"].answers, rows["urgent"].score, rows["urgent"].share) == (2, 4.0, 50.0)
    assert (rows["all"].answers, rows["all"].share) == (3, 66.7)
    assert [r.key for r in ctx.feedback.csat(start, end, "month")] == [TODAY.strftime("%Y-%m"), "all"]
    for score in (10, 9, 7, 3):
        ctx.nps.create(NpsInput(score, TODAY))
    nps = ctx.feedback.nps(start, end)
    assert (nps[-1].answers, nps[-1].score, nps[-1].share) == (4, 25.0, 50.0)
    with pytest.raises(ValidationError, match="choose the segment"):
        ctx.feedback.nps(start, end, "segment")
    with pytest.raises(ValidationError, match="'colour' is not one of month, team, priority"):
        ctx.feedback.csat(start, end, "colour")
