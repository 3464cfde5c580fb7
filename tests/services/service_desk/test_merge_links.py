"""Merging two tickets (conversation moved, one closed as merged, undoable, audited) and ticket links."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.models import AuditEntry, Pipeline, Stage
from app.services.core.errors import ConflictError, NotFoundError, ValidationError
from app.services.documents.document_input import DocumentInput, LineInput
from app.services.records.accounts import AccountInput
from app.services.sales.deal_input import DealInput
from app.services.service_desk.tickets import TicketInput


@pytest.fixture
def account(ctx):
    return ctx.accounts.create(AccountInput(name="Acme")).value.id


@pytest.fixture
def deal(ctx, account):
    with ctx.sessions.begin() as s:
        pipeline = Pipeline(name="Sales", is_default=True)
        s.add(pipeline)
        s.flush()
        stage = Stage(pipeline_id=pipeline.id, name="Proposal", position=0, probability=50)
        s.add(stage)
        s.flush()
        ids = pipeline.id, stage.id
    return ctx.deals.create(
        DealInput(name="Rollout", pipeline_id=ids[0], stage_id=ids[1], account_id=account)
    ).value.id


@pytest.fixture
def document(ctx, account):
    lines = (LineInput("Support hours", "2", "100.00", "0", "19"),)
    return ctx.documents.create(DocumentInput(account_id=account, lines=lines)).value


def _ticket(ctx, subject, account=None, **kw):
    return ctx.tickets.create(TicketInput(subject=subject, account_id=account, **kw)).value


def test_merge_moves_the_conversation_closes_the_other_and_undo_puts_it_back(ctx, account, deal):
    keep = _ticket(ctx, "Printer broken", account)
    gone = _ticket(ctx, "Printer smokes", account, description="Room 3", status="waiting")
    ctx.tickets.reply(keep.id, "On it")
    ctx.tickets.reply(gone.id, "Is it plugged in?")
    ctx.ticket_links.link(gone.id, "deal", deal)
    record = ctx.ticket_merge.merge(keep.id, gone.id).value
    kept, merged = ctx.tickets.get(keep.id), ctx.tickets.get(gone.id)
    assert [e.body for e in kept.entries] == [
        "On it", "Is it plugged in?", f"Merged from {gone.number}: Printer smokes\n\nRoom 3",
    ]  # fmt: skip
    assert merged.entries == () and merged.status == "closed" and merged.paused_at is None
    assert [(lk.relation, lk.label) for lk in ctx.ticket_links.links(gone.id)] == [
        ("related", "Rollout"), ("merged_into", keep.number),
    ]  # fmt: skip
    assert [(lk.target_type, lk.label) for lk in ctx.ticket_links.links(keep.id)] == [("deal", "Rollout")]
    with ctx.sessions() as s:
        audited = s.scalars(select(AuditEntry.field).where(AuditEntry.action == "merge")).all()
    assert sorted(audited) == ["merged_from", "merged_into"]
    ctx.ticket_merge.unmerge(record)
    kept, back = ctx.tickets.get(keep.id), ctx.tickets.get(gone.id)
    assert [e.body for e in kept.entries] == ["On it"]
    assert [e.body for e in back.entries] == ["Is it plugged in?"]
    assert back.status == "waiting" and back.closed_at is None and back.paused_at == gone.paused_at
    assert [lk.relation for lk in ctx.ticket_links.links(gone.id)] == ["related"]
    assert ctx.ticket_links.links(keep.id) == []


def test_merge_refuses_itself_twice_and_an_undo_after_a_later_change(ctx):
    a, b, c = (_ticket(ctx, s) for s in ("A", "B", "C"))
    with pytest.raises(ValidationError, match="cannot be merged into itself"):
        ctx.ticket_merge.merge(a.id, a.id)
    record = ctx.ticket_merge.merge(a.id, b.id).value
    with pytest.raises(ValidationError, match=f"{b.number} was already merged"):
        ctx.ticket_merge.merge(c.id, b.id)
    ctx.tickets.reply(a.id, "later work")
    with pytest.raises(ConflictError, match="changed since the merge"):
        ctx.ticket_merge.unmerge(record)
    assert ctx.tickets.get(b.id).status == "closed"  # nothing was changed by the refused undo


def test_links_to_deals_and_documents_from_both_ends_and_on_the_timeline(ctx, account, deal, document):
    ticket = _ticket(ctx, "Invoice wrong", account)
    assert [(k, label) for k, _i, label in ctx.ticket_links.candidates(ticket.id)] == [
        ("deal", "Rollout"), ("document", document.number),
    ]  # fmt: skip
    link = ctx.ticket_links.link(ticket.id, "document", document.id).value
    ctx.ticket_links.link(ticket.id, "deal", deal)
    assert [k for k, _i, _l in ctx.ticket_links.candidates(ticket.id)] == []
    with pytest.raises(ValidationError, match="already linked to that document"):
        ctx.ticket_links.link(ticket.id, "document", document.id)
    with pytest.raises(NotFoundError):
        ctx.ticket_links.link(ticket.id, "deal", ticket.id)
    with pytest.raises(ValidationError, match="'invoice' is not one of deal, document, ticket"):
        ctx.ticket_links.link(ticket.id, "invoice", deal)
    assert [t.number for t in ctx.ticket_links.tickets_of("deal", deal)] == [ticket.number]
    entries = [e for e in ctx.timeline.for_account(account) if e.kind == "ticket"]
    assert entries[0].title == f"Ticket {ticket.number}: Invoice wrong"
    assert sorted(lk.label for lk in entries[0].links) == ["Deal: Rollout", f"Document: {document.number}"]
    ctx.ticket_links.unlink(link.id)
    assert [lk.target_type for lk in ctx.ticket_links.links(ticket.id)] == ["deal"]
