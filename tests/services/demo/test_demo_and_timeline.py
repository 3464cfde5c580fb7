"""Demo data is deterministic and valid; the account timeline gathers everything, newest first."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from sqlalchemy import select

from app.models import Activity, ActivityKind, Contact, utcnow
from app.services.core.listing import ListQuery
from app.services.demo import dataset
from app.services.records.accounts import AccountInput
from app.services.records.contacts import ContactInput, MembershipInput
from app.services.records.contacts import validate as validate_contact

TODAY = date(2026, 11, 23)


def _snapshot(ctx):
    total = ctx.contacts.count(ListQuery())
    return [
        (r.id, r.first_name, r.last_name, r.email, r.phone, r.company)
        for r in ctx.contacts.page(ListQuery(), 0, total, total).rows
    ]


def test_same_seed_same_data(ctx, tmp_path):
    from app.config import Settings
    from app.context import AppContext

    other = AppContext.open(Settings(db_url=f"sqlite:///{tmp_path / 'other.db'}"))
    try:
        first = dataset.generate(ctx.engine, 200, today=TODAY)
        second = dataset.generate(other.engine, 200, today=TODAY)
        assert first == second
        assert first.contacts == 200 and first.accounts == 20
        assert _snapshot(ctx) == _snapshot(other)
    finally:
        other.close()


def test_demo_rows_pass_the_services_validation(ctx):
    dataset.generate(ctx.engine, 300, today=TODAY)
    with ctx.sessions() as session:
        contacts = session.scalars(select(Contact).limit(300)).all()
    for c in contacts:
        values = validate_contact(
            ContactInput(
                last_name=c.last_name,
                first_name=c.first_name,
                email=c.email,
                phone=c.phone_display,
                title=c.title,
                city=c.city,
                country=c.country,
                status=c.status.value,
            )
        )
        assert (values["email"], values["phone"]) == (c.email, c.phone)


def test_timeline_collects_activities_of_the_account_its_contacts_and_deals(ctx):
    acme = ctx.accounts.create(AccountInput(name="Acme")).value
    other = ctx.accounts.create(AccountInput(name="Other")).value
    person = ctx.contacts.create(
        ContactInput(last_name="Smith", memberships=(MembershipInput(acme.id),))
    ).value
    now = utcnow()
    with ctx.sessions() as session:
        session.add_all(
            [
                Activity(
                    kind=ActivityKind.CALL,
                    subject="Old call",
                    account_id=acme.id,
                    occurred_at=now - timedelta(days=9),
                ),
                Activity(
                    kind=ActivityKind.NOTE,
                    subject="Note on Smith",
                    contact_id=person.id,
                    occurred_at=now - timedelta(days=1),
                ),
                Activity(
                    kind=ActivityKind.MEETING, subject="Elsewhere", account_id=other.id, occurred_at=now
                ),
            ]
        )
        session.commit()
    items = ctx.timeline.for_account(acme.id)
    assert [(i.kind, i.title) for i in items] == [("note", "Note on Smith"), ("call", "Old call")]


def test_demo_timelines_are_sorted_newest_first(ctx):
    dataset.generate(ctx.engine, 100, today=TODAY)
    account = ctx.accounts.page(ListQuery(), 0, 1, 1).rows[0]
    items = ctx.timeline.for_account(account.id)
    assert items, "demo accounts have activities and deals"
    assert [i.when for i in items] == sorted((i.when for i in items), reverse=True)
    assert {"deal"} <= {i.kind for i in items}


def test_demo_account_names_are_unique_and_records_of_the_past_are_past(ctx):
    dataset.generate(ctx.engine, 500, today=TODAY)
    total = ctx.accounts.count(ListQuery())
    names = [r.name for r in ctx.accounts.page(ListQuery(), 0, total, total).rows]
    assert len(names) == len(set(names)) == 50
    with ctx.sessions() as session:
        done_kinds = session.scalars(
            select(Activity).where(Activity.kind.in_([ActivityKind.EMAIL, ActivityKind.NOTE]))
        )
        anchor = datetime.combine(TODAY, datetime.min.time(), UTC)
        assert all(a.occurred_at <= anchor + timedelta(hours=18) for a in done_kinds)


def test_the_demo_pipeline_looks_healthy_few_cards_stale(ctx):
    from app.services.sales.board import BoardQuery

    dataset.generate(ctx.engine, 300)  # today: the board measures staleness against the clock
    pipeline = next(p for p in ctx.deals.pipelines() if p.is_default)
    board = ctx.deals.board(BoardQuery(pipeline.id))
    open_stages = {s.id for s in pipeline.stages if not (s.is_won or s.is_lost)}
    cards = [c for stage_id in open_stages for c in board.cards[stage_id]]
    stale = [c for c in cards if c.stale]
    assert len(cards) >= 20
    assert 0 < len(stale) <= len(cards) // 4, f"{len(stale)} of {len(cards)} open cards stale"
    assert all(c.days_in_stage >= board.stale_days for c in stale)
    assert sum(c.days_in_stage < board.stale_days for c in cards) >= len(cards) * 3 // 4
