"""Issue 18 with issue 22: tickets and knowledge articles obey the roles like every record — a read-only
user reads the conversation but cannot reply, create or link; a sales rep logs and answers tickets; only
those with the merge right merge them; knowledge articles are written by service agents and managers."""

from __future__ import annotations

import pytest

from app.services.core.errors import AccessDeniedError
from app.services.service_desk.knowledge import ArticleInput
from app.services.service_desk.tickets import TicketInput


def test_a_read_only_user_reads_tickets_but_cannot_answer_or_open_them(ctx, office, as_user):  # type: ignore[no-untyped-def]
    ticket = ctx.tickets.create(
        TicketInput(subject="Printer jams", account_id=office.ids["rita_account"])
    ).value
    otto = as_user("otto@example.com")
    assert otto.tickets.get(ticket.id).subject == "Printer jams"
    with pytest.raises(AccessDeniedError, match=r"You \(Otto, read-only\) cannot edit tickets"):
        otto.tickets.reply(ticket.id, "On it")
    with pytest.raises(AccessDeniedError, match="cannot create tickets"):
        otto.tickets.create(TicketInput(subject="Another"))
    with pytest.raises(AccessDeniedError, match="cannot edit tickets"):
        otto.ticket_links.link(ticket.id, "account", office.ids["rita_account"])
    assert [e.kind for e in ctx.tickets.get(ticket.id).entries] == []  # nothing was written


def test_a_sales_rep_logs_and_answers_tickets_but_does_not_merge_them(ctx, office, as_user):  # type: ignore[no-untyped-def]
    rita = as_user("rita@example.com")
    first = rita.tickets.create(TicketInput(subject="Login fails")).value
    second = rita.tickets.create(TicketInput(subject="Cannot log in")).value
    rita.tickets.reply(first.id, "Try resetting the password")
    assert ctx.tickets.get(first.id).first_response_at is not None
    with pytest.raises(AccessDeniedError, match="cannot merge tickets"):
        rita.ticket_merge.merge(first.id, second.id)
    with pytest.raises(AccessDeniedError, match="cannot create knowledge articles"):
        rita.knowledge.create(ArticleInput(title="Reset a password", body="Open Settings."))
    as_user("mona@example.com").ticket_merge.merge(first.id, second.id)  # the sales manager may
