"""The 360-degree timelines: a contact's own (activities, deals, documents, converted-from lead) and what
both kinds of entry carry to open their records; the contact's reads go through indexes."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest

from app.models import Pipeline, Stage, utcnow
from app.services.documents.document_input import DocumentInput
from app.services.records import timeline
from app.services.records.accounts import AccountInput
from app.services.records.contacts import ContactInput, MembershipInput
from app.services.sales.conversion import ConversionInput
from app.services.sales.deal_input import DealInput
from app.services.sales.leads import LeadInput
from app.services.scheduling.activities import ActivityInput


def _stage(ctx):
    with ctx.sessions.begin() as s:
        pipeline = Pipeline(name="Sales", is_default=True)
        s.add(pipeline)
        s.flush()
        stage = Stage(pipeline_id=pipeline.id, name="Proposal", position=0, probability=50)
        s.add(stage)
        s.flush()
        return pipeline.id, stage.id


@pytest.fixture
def people(ctx):
    return _people(ctx)


def _people(ctx):
    """Acme with Ada and Bob; a deal on Ada, a deal on Bob; activities, documents, a lead Ada came from."""
    pipeline_id, stage_id = _stage(ctx)
    acme = ctx.accounts.create(AccountInput(name="Acme")).value
    member = (MembershipInput(acme.id, "", True),)
    ada = ctx.contacts.create(ContactInput(last_name="Lovelace", first_name="Ada", memberships=member)).value
    bob = ctx.contacts.create(ContactInput(last_name="Builder", first_name="Bob", memberships=member)).value
    ada_deal = ctx.deals.create(
        DealInput("Ada pilot", pipeline_id, stage_id, acme.id, ada.id, amount="1000")
    ).value
    bob_deal = ctx.deals.create(
        DealInput("Bob rollout", pipeline_id, stage_id, acme.id, bob.id, amount="5000")
    ).value
    now = utcnow()
    for subject, contact_id, deal_id, days in (
        ("Call Ada", ada.id, None, 3),
        ("Pilot kickoff", None, ada_deal.id, 2),
        ("Call Bob", bob.id, None, 1),
        ("Account review", None, None, 4),
    ):
        ctx.activities.create(
            ActivityInput(
                kind="call",
                subject=subject,
                contact_id=contact_id,
                deal_id=deal_id,
                account_id=acme.id if subject == "Account review" else None,
                start_at=now - timedelta(days=days),
            )
        )
    to_ada = ctx.documents.create(
        DocumentInput(account_id=acme.id, contact_id=ada.id, issued_on=date(2026, 1, 5))
    ).value
    for_pilot = ctx.documents.create(
        DocumentInput(account_id=acme.id, deal_id=ada_deal.id, issued_on=date(2026, 1, 6))
    ).value
    ctx.documents.create(DocumentInput(account_id=acme.id, deal_id=bob_deal.id, issued_on=date(2026, 1, 7)))
    lead = ctx.leads.create(LeadInput(last_name="Lovelace", first_name="Ada", status="qualified")).value
    ctx.conversion.convert(
        lead.id,
        ConversionInput(
            account_id=acme.id,
            contact_id=ada.id,
            create_deal=True,
            deal_name="From the lead",
            deal_amount=Decimal(9),
        ),
    )
    return {
        "acme": acme.id,
        "ada": ada.id,
        "bob": bob.id,
        "ada_deal": ada_deal.id,
        "to_ada": to_ada.number,
        "for_pilot": for_pilot.number,
        "lead": lead.id,
    }


def test_contact_timeline_has_its_activities_deals_documents_and_lead_and_nothing_of_others(ctx, people):
    items = ctx.timeline.for_contact(people["ada"])
    titles = {(i.kind, i.title) for i in items}
    assert ("call", "Call Ada") in titles
    assert ("call", "Pilot kickoff") in titles  # an activity of the contact's deal
    assert {i.title for i in items if i.kind == "deal"} == {"Deal: Ada pilot", "Deal: From the lead"}
    assert {i.title for i in items if i.kind == "document"} == {
        f"Quote {people['to_ada']}",
        f"Quote {people['for_pilot']}",
    }
    assert ("lead", "Converted from lead Ada Lovelace") in titles
    assert not {"Call Bob", "Account review", "Deal: Bob rollout"} & {i.title for i in items}
    assert [i.when for i in items] == sorted((i.when for i in items), reverse=True)


def test_entries_open_their_records_and_dates_are_days(ctx, people):
    items = ctx.timeline.for_contact(people["ada"])
    deal = next(i for i in items if i.title == "Deal: Ada pilot")
    assert (deal.entity, deal.entity_id, deal.all_day) == ("deal", people["ada_deal"], True)
    document = next(i for i in items if i.kind == "document")
    assert document.entity == "document" and document.all_day
    call = next(i for i in items if i.title == "Call Ada")
    assert call.entity == "activity" and not call.all_day


def test_a_conversion_links_the_lead_account_contact_and_deal(ctx, people):
    for items in (ctx.timeline.for_contact(people["ada"]), ctx.timeline.for_account(people["acme"])):
        entry = next(i for i in items if i.kind == "lead")
        assert (entry.entity, entry.entity_id) == ("lead", people["lead"])
        assert [(link.entity, link.label) for link in entry.links] == [
            ("lead", "Lead: Ada Lovelace"),
            ("account", "Account: Acme"),
            ("contact", "Contact: Ada Lovelace"),
            ("deal", "Deal: From the lead"),
        ]
        assert entry.detail == "Became Account: Acme, Contact: Ada Lovelace, Deal: From the lead"


def test_another_contact_sees_only_its_own(ctx, people):
    titles = [i.title for i in ctx.timeline.for_contact(people["bob"])]
    assert "Call Bob" in titles and "Deal: Bob rollout" in titles
    assert not {"Call Ada", "Pilot kickoff", "Converted from lead Ada Lovelace"} & set(titles)


def test_register_source_refuses_an_unknown_subject():
    with pytest.raises(ValueError, match="not 'ticket'"):
        timeline.register_source(lambda s, i, n: [], "ticket")


def test_contact_timeline_reads_use_indexes_on_sqlite(sqlite_ctx):
    """EXPLAIN QUERY PLAN of every statement the contact's timeline runs: no full scan of a big table."""
    ctx = sqlite_ctx
    people = _people(ctx)
    plans: list[str] = []

    def explain(conn, cursor, statement, parameters, context, executemany):
        if statement.lstrip().upper().startswith("SELECT"):
            rows = cursor.connection.execute(f"EXPLAIN QUERY PLAN {statement}", parameters).fetchall()
            plans.append("\n".join(str(r[-1]) for r in rows))

    from sqlalchemy import event

    event.listen(ctx.engine, "before_cursor_execute", explain)
    try:
        ctx.timeline.for_contact(people["ada"])
    finally:
        event.remove(ctx.engine, "before_cursor_execute", explain)
    assert len(plans) >= 4
    for plan in plans:
        for table in ("activities", "deals", "documents", "leads"):
            assert f"SCAN {table}" not in plan, plan
