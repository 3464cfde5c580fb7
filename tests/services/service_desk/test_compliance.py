"""The SLA compliance report: % of first responses and resolutions on time, mean times, by group."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from app.models import Ticket, TicketPriority
from app.services.core.errors import ValidationError
from app.services.service_desk.tickets import TicketInput

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
H = timedelta(hours=1)


def _ticket(ctx, subject, opened, first_due, first_at, res_due, res_at, priority="normal"):
    made = ctx.tickets.create(TicketInput(subject=subject, priority=priority)).value
    with ctx.sessions.begin() as s:  # history: set the times as they happened
        t = s.get(Ticket, made.id)
        t.created_at, t.priority = opened, TicketPriority(priority)
        t.first_response_due, t.first_response_at = first_due, first_at
        t.resolution_due, t.resolved_at = res_due, res_at


def test_met_breached_and_pending_targets_by_priority_and_month(ctx):
    _ticket(ctx, "on time", T0, T0 + H, T0 + H / 2, T0 + 8 * H, T0 + 4 * H, "urgent")
    _ticket(ctx, "late reply", T0, T0 + H, T0 + 2 * H, T0 + 8 * H, T0 + 6 * H, "urgent")
    _ticket(ctx, "never answered", T0, T0 + H, None, T0 + 8 * H, None)  # both breached by now
    _ticket(ctx, "pending", T0 + 20 * 24 * H, T0 + 40 * 24 * H, None, T0 + 50 * 24 * H, None)
    _ticket(ctx, "other month", T0 + 31 * 24 * H, T0 + 31 * 24 * H + H, T0 + 31 * 24 * H, None, None)
    now = T0 + 35 * 24 * H
    rows = ctx.sla_report.report(T0 - H, T0 + 60 * 24 * H, "priority", now=now)
    by = {r.key: r for r in rows}
    assert list(by) == ["normal", "urgent", "all"]
    urgent = by["urgent"]
    assert (urgent.tickets, urgent.first_pct, urgent.resolution_pct) == (2, 50.0, 100.0)
    assert (urgent.mean_first_minutes, urgent.mean_resolution_minutes) == (75.0, 300.0)
    normal = by["normal"]  # never answered: breached; pending: left out; other month: met, no resolution due
    assert (normal.tickets, normal.first_met, normal.first_decided) == (3, 1, 2)
    assert (normal.resolution_met, normal.resolution_decided) == (0, 1)
    assert by["all"].tickets == 5 and by["all"].first_pct == 50.0
    months = [r.key for r in ctx.sla_report.report(T0 - H, T0 + 60 * 24 * H, "month", now=now)]
    assert months == ["2026-03", "2026-04", "all"]
    assert ctx.sla_report.report(T0 + 90 * 24 * H, T0 + 91 * 24 * H) == []
    with pytest.raises(ValidationError, match="'colour' is not one of month, week"):
        ctx.sla_report.report(T0, T0 + H, "colour")
