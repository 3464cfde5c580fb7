"""Salesforce OpportunityLineItem -> deal lines and Case -> tickets: on the right records with the right
totals and numbers, nothing new on a second import, refused rows named, and the one-step undo."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from app.models import Account, Contact, Deal, DealLine, Product, Ticket, User
from app.services.core.errors import ValidationError
from app.services.sales.deal_lines import read_lines
from tests.services.importing.test_import_salesforce import FILES
from tests.services.importing.test_vendor_export import _default_pipeline, _import, _write

__all__ = ["_default_pipeline"]  # the autouse fixture: the deals need a pipeline


def _count(ctx, model) -> int:
    with ctx.sessions() as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


def _deal(s, external_id: str) -> Deal:
    return s.scalars(select(Deal).where(Deal.external_id == external_id)).one()


def _tickets(s) -> dict[str, Ticket]:
    return {t.custom["salesforce_id"]: t for t in s.scalars(select(Ticket))}


def test_line_items_land_on_their_deal_with_its_total_and_cases_become_linked_numbered_tickets(ctx, tmp_path):
    report = _import(ctx, _write(tmp_path / "export", FILES))
    by_obj = {r.obj: r for r in report.steps}
    assert (by_obj["OpportunityLineItem"].updated, by_obj["Case"].created) == (1, 2)
    with ctx.sessions() as s:
        renewal, pilot = _deal(s, "0068c00000EEEEEEE1"), _deal(s, "0068c00000EEEEEEE2")
        products = {p.external_id: p.id for p in s.scalars(select(Product))}
        lines = read_lines(s, renewal)
        assert [(x.position, x.product_id, x.description, x.quantity, x.unit_price, x.discount, x.net) for x in lines] == [
            (1, products["01t8c00000KKKKKKK1"], "Acme renewal Widget", 2, Decimal("1234.50"), 10, Decimal("2222.10")),
            (2, products["01t8c00000KKKKKKK2"], "Support, first year", 1, Decimal("500"), 0, Decimal("500")),
        ]  # fmt: skip
        assert renewal.amount_minor == 272210  # worth its lines' net total
        assert (read_lines(s, pilot), pilot.amount_minor) == ((), 500000)  # no lines: its own amount
        accounts = {a.external_id: a.id for a in s.scalars(select(Account))}
        contacts = {c.external_id: c.id for c in s.scalars(select(Contact))}
        users = {u.external_id: u.id for u in s.scalars(select(User).where(User.external_id != ""))}
        tickets = _tickets(s)
        widget, late = tickets["5008c00000HHHHHHH1"], tickets["5008c00000HHHHHHH2"]
        year = datetime.now(UTC).year
        assert sorted(t.number for t in tickets.values()) == [f"T-{year}-00001", f"T-{year}-00002"]
        assert (widget.subject, widget.description, widget.priority, widget.status, widget.channel) == (
            "Broken widget",
            "It squeaks",
            "high",
            "open",  # Working
            "phone",
        )
        assert (widget.account_id, widget.contact_id, widget.assignee_id) == (
            accounts["0018c00000BBBBBBB1"],
            contacts["0038c00000CCCCCCC1"],
            users["0058c00000AAAAAAA1"],
        )
        assert widget.created_at == datetime(2024, 3, 1, 8, tzinfo=UTC)
        assert widget.resolution_due is not None and widget.sla_policy_id is not None
        assert widget.resolution_due < datetime(2024, 3, 9, tzinfo=UTC)  # counted from CreatedDate
        assert widget.first_response_due is None  # Working: answered at a time the export does not hold
        assert (late.priority, late.status, late.channel, late.contact_id) == (
            "urgent",  # Critical
            "closed",
            "email",
            contacts["0038c00000CCCCCCC2"],
        )
        assert late.closed_at == late.resolved_at == datetime(2024, 2, 3, 17, tzinfo=UTC)


def test_a_second_import_creates_nothing_and_each_undo_takes_back_its_own_import(ctx, tmp_path):
    folder = _write(tmp_path / "export", FILES)
    first = _import(ctx, folder)
    lines, tickets = _count(ctx, DealLine), _count(ctx, Ticket)
    assert (lines, tickets) == (2, 2)
    again = _import(ctx, folder)
    by_obj = {r.obj: r for r in again.steps}
    assert (by_obj["OpportunityLineItem"].updated, by_obj["OpportunityLineItem"].unchanged) == (0, 1)
    assert (by_obj["Case"].created, by_obj["Case"].updated, by_obj["Case"].unchanged) == (0, 0, 2)
    assert (_count(ctx, DealLine), _count(ctx, Ticket)) == (2, 2)
    # the export changes: a quantity and a case's status; the second import updates in place
    changed_lines = FILES["OpportunityLineItem.csv"].replace(",2,1234.50,", ",3,1234.50,")
    changed_cases = FILES["Case.csv"].replace(",High,Working,Phone,", ",High,On Hold,Phone,")
    folder2 = _write(
        tmp_path / "export2", {**FILES, "OpportunityLineItem.csv": changed_lines, "Case.csv": changed_cases}
    )
    third = _import(ctx, folder2)
    with ctx.sessions() as s:
        renewal = _deal(s, "0068c00000EEEEEEE1")
        assert ([x.quantity for x in read_lines(s, renewal)], renewal.amount_minor) == ([3, 1], 383315)
        widget = _tickets(s)["5008c00000HHHHHHH1"]
        assert (widget.status, widget.paused_at is not None) == ("waiting", True)
    assert (_count(ctx, DealLine), _count(ctx, Ticket)) == (2, 2)
    ctx.importer.undo(third.batch_id)  # back to the first import's lines, amount and status
    with ctx.sessions() as s:
        renewal = _deal(s, "0068c00000EEEEEEE1")
        assert ([x.quantity for x in read_lines(s, renewal)], renewal.amount_minor) == ([2, 1], 272210)
        widget = _tickets(s)["5008c00000HHHHHHH1"]
        assert (widget.status, widget.paused_at) == ("open", None)
    ctx.importer.undo(again.batch_id)
    assert (_count(ctx, DealLine), _count(ctx, Ticket)) == (2, 2)
    ctx.importer.undo(first.batch_id)
    assert (_count(ctx, DealLine), _count(ctx, Ticket), _count(ctx, Deal)) == (0, 0, 0)


def test_a_refused_line_is_named_and_in_forgiving_mode_refuses_its_opportunitys_other_lines(ctx, tmp_path):
    bad = FILES["OpportunityLineItem.csv"].replace(",1,500,,", ",1,five hundred,,") + (
        "00k8c00000NNNNNNN3,0068c00000EEEEEEE2,,01t8c00000KKKKKKK1,4,100,,,Globex pilot Widget,\n"
        "00k8c00000NNNNNNN4,0068c00000XXXXXXX9,,01t8c00000KKKKKKK1,1,100,,,Unknown deal,\n"
    )
    folder = _write(tmp_path / "export", {**FILES, "OpportunityLineItem.csv": bad})
    with pytest.raises(ValidationError) as refused:
        _import(ctx, folder)
    assert {(e.field, e.row) for e in refused.value.errors} == {
        ("OpportunityLineItem.csv: UnitPrice", 3),
        ("OpportunityLineItem.csv: OpportunityId", 2),  # the same opportunity's other line
        ("OpportunityLineItem.csv: OpportunityId", 5),  # no such opportunity
    }
    assert (_count(ctx, DealLine), _count(ctx, Ticket), _count(ctx, Deal)) == (0, 0, 0)
    report = _import(ctx, folder, forgiving=True)
    rejected = {r.obj: r for r in report.steps}["OpportunityLineItem"].rejected
    assert [r.row for r in rejected] == [2, 3, 5]
    assert "another line of opportunity 0068c00000EEEEEEE1 was refused" in rejected[0].reason
    assert "no opportunity 0068c00000XXXXXXX9" in rejected[2].reason
    with ctx.sessions() as s:
        renewal, pilot = _deal(s, "0068c00000EEEEEEE1"), _deal(s, "0068c00000EEEEEEE2")
        assert (read_lines(s, renewal), renewal.amount_minor) == ((), 272210)  # left as Opportunity said
        assert ([x.quantity for x in read_lines(s, pilot)], pilot.amount_minor) == ([4], 40000)


def test_a_case_with_a_bad_date_is_refused_and_an_unknown_status_is_said(ctx, tmp_path):
    cases = FILES["Case.csv"] + (
        "5008c00000HHHHHHH3,,,,Odd one,,Medium,Awaiting parts,Chat,2024-13-45,,false\n"
        "5008c00000HHHHHHH4,,,,Another,,Medium,Awaiting parts,Chat,2024-04-01T10:00:00Z,,false\n"
    )
    folder = _write(tmp_path / "export", {**FILES, "Case.csv": cases})
    with pytest.raises(ValidationError) as refused:
        _import(ctx, folder)
    assert [(e.field, e.row) for e in refused.value.errors] == [("Case.csv: CreatedDate", 4)]
    report = _import(ctx, folder, forgiving=True)
    step = {r.obj: r for r in report.steps}["Case"]
    assert (step.created, [r.row for r in step.rejected]) == (3, [4])
    assert "row 5: Status 'Awaiting parts' is not Salesforce's: taken as open" in step.review
    assert "row 5: Origin 'Chat' is not email, phone or web: no channel" in step.review
    with ctx.sessions() as s:
        another = _tickets(s)["5008c00000HHHHHHH4"]
        assert (another.status, another.priority, another.channel) == ("open", "normal", "")


def test_an_imported_case_without_a_recorded_first_response_is_not_counted_as_an_sla_miss(ctx, tmp_path):
    """Working and Closed cases were answered at a time nobody exported: no target, shown as not
    recorded (not BREACHED); a New case's clock runs; a published CaseComment is its first response."""
    cases = FILES["Case.csv"] + (
        "5008c00000HHHHHHH3,,,,Still new,,Medium,New,Web,2024-03-01T08:00:00Z,,false\n"
        "5008c00000HHHHHHH4,,,,Answered late,,High,Closed,Web,2024-03-01T08:00:00Z,2024-03-09T08:00:00Z,true\n"
    )
    comments = (
        "Id,ParentId,IsPublished,CommentBody,CreatedDate\n"
        "00a1,5008c00000HHHHHHH4,false,internal only,2024-03-01T08:05:00Z\n"
        "00a2,5008c00000HHHHHHH4,true,We are on it,2024-03-08T08:00:00Z\n"
    )
    folder = _write(tmp_path / "export", {**FILES, "Case.csv": cases, "CaseComment.csv": comments})
    report = _import(ctx, folder)
    assert {n.obj for n in report.not_imported} >= {"CaseComment"}
    with ctx.sessions() as s:
        ids = {key: t.id for key, t in _tickets(s).items()}
    at = datetime(2024, 6, 1, tzinfo=UTC)
    clocks = {key: ctx.tickets.clock(ctx.tickets.get(i), at) for key, i in ids.items()}
    for unknown in ("5008c00000HHHHHHH1", "5008c00000HHHHHHH2"):  # Working, Closed: no comment exported
        assert (clocks[unknown].first_response_recorded, clocks[unknown].first_response_left) == (False, None)
    assert not clocks["5008c00000HHHHHHH2"].breached  # closed, resolved: nothing counted as missed
    assert clocks["5008c00000HHHHHHH3"].first_response_recorded
    assert clocks["5008c00000HHHHHHH3"].first_response_left < 0  # New and never answered: a real miss
    with ctx.sessions() as s:
        late = _tickets(s)["5008c00000HHHHHHH4"]
        assert late.first_response_at == datetime(2024, 3, 8, 8, 0, tzinfo=UTC)  # the published comment
        assert late.first_response_at > late.first_response_due  # measured: answered after the target
