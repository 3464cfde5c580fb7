"""Deals as records: create at the end of the column with history, validation naming every bad field, edit
(a stage change enters the stage), trash and restore, custom values; the rollups stay right throughout."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from app.models import Deal, DealStageHistory, Pipeline, Stage, User
from app.services.core.custom_fields import FieldInput
from app.services.core.errors import ConflictError, ValidationError
from app.services.database.checks import check_database
from app.services.records.accounts import AccountInput
from app.services.records.contacts import ContactInput, MembershipInput
from app.services.sales.board import BoardQuery
from app.services.sales.deal_input import DealInput
from app.services.sales.deals import GAP


@pytest.fixture
def world(ctx):
    with ctx.sessions.begin() as s:
        p = Pipeline(name="Sales", is_default=True)
        other = Pipeline(name="Renewals")
        s.add_all([p, other])
        s.flush()
        stages = {}
        for i, (name, prob, won, lost) in enumerate(
            [
                ("Qualify", 10, False, False),
                ("Propose", 50, False, False),
                ("Won", 100, True, False),
                ("Lost", 0, False, True),
            ]
        ):
            stages[name] = Stage(
                pipeline_id=p.id, name=name, position=i, probability=prob, is_won=won, is_lost=lost
            )
            s.add(stages[name])
        stages["Renew"] = Stage(pipeline_id=other.id, name="Renew", position=0, probability=30)
        s.add(stages["Renew"])
        user = User(name="Ann", email="ann@example.com")
        s.add(user)
        s.flush()
        ids = {"pipeline": p.id, "other": other.id, "user": user.id, **{k: v.id for k, v in stages.items()}}
    acme = ctx.accounts.create(AccountInput(name="Acme")).value
    globex = ctx.accounts.create(AccountInput(name="Globex")).value
    jane = ctx.contacts.create(
        ContactInput(first_name="Jane", last_name="Doe", memberships=(MembershipInput(acme.id),))
    ).value
    return {**ids, "acme": acme.id, "globex": globex.id, "jane": jane.id}


def _input(w, **changes):
    base = DealInput(
        name="Big order",
        pipeline_id=w["pipeline"],
        stage_id=w["Qualify"],
        account_id=w["acme"],
        contact_id=w["jane"],
        amount="1234.50",
        currency="eur",
        expected_close="2026-06-30",
        owner_id=w["user"],
    )
    return replace(base, **changes)


def _history(ctx, deal_id):
    with ctx.sessions() as s:
        return [
            (h.from_stage_id, h.to_stage_id)
            for h in s.scalars(
                select(DealStageHistory)
                .where(DealStageHistory.deal_id == deal_id)
                .order_by(DealStageHistory.changed_at, DealStageHistory.id)
            )
        ]


def _ok(ctx):
    report = check_database(ctx.engine)
    assert report.problems == ()


def test_create_puts_the_deal_at_the_end_of_its_column_with_history(ctx, world):
    first = ctx.deals.create(_input(world, name="First")).value
    outcome = ctx.deals.create(_input(world))
    deal = outcome.value
    assert outcome.changes.touches("deal")
    assert (deal.name, deal.amount, deal.currency, deal.expected_close) == (
        "Big order",
        Decimal("1234.50"),
        "EUR",
        date(2026, 6, 30),
    )
    assert (deal.account, deal.contact, deal.stage, deal.closed_at) == ("Acme", "Jane Doe", "Qualify", None)
    with ctx.sessions() as s:
        rows = {d.name: (d.position, d.amount_minor) for d in s.scalars(select(Deal))}
    assert rows == {"First": (0, 123450), "Big order": (GAP, 123450)}
    assert _history(ctx, deal.id) == [(None, world["Qualify"])]
    board = ctx.deals.board(BoardQuery(world["pipeline"]))
    assert [c.name for c in board.cards[world["Qualify"]]] == ["First", "Big order"]
    assert board.totals[world["Qualify"]].totals == (("EUR", Decimal("2469.00")),)
    assert first.id != deal.id
    _ok(ctx)


def test_a_deal_created_won_is_closed(ctx, world):
    deal = ctx.deals.create(_input(world, stage_id=world["Won"])).value
    assert deal.closed_at is not None
    _ok(ctx)


def test_validation_names_every_bad_field(ctx, world):
    with ctx.uow() as work:
        work.session.get(User, world["user"]).is_active = False
    ctx.accounts.delete([world["globex"]])
    with pytest.raises(ValidationError) as exc:
        ctx.deals.create(
            _input(
                world,
                name=" ",
                amount="-5",
                currency="E1",
                expected_close="30/06/2026",
                stage_id=world["Renew"],
                account_id=world["globex"],
            )
        )
    fields = {e.field for e in exc.value.errors}
    assert fields == {"name", "amount", "currency", "expected_close", "stage_id", "account_id", "owner_id"}
    with pytest.raises(ValidationError) as exc:
        ctx.deals.create(_input(world, pipeline_id=None, stage_id=None, amount="abc", owner_id=None))
    assert {e.field for e in exc.value.errors} == {"pipeline_id", "stage_id", "amount"}


def test_contact_must_belong_to_the_account_and_lost_needs_a_reason(ctx, world):
    with pytest.raises(ValidationError) as exc:
        ctx.deals.create(_input(world, account_id=world["globex"], stage_id=world["Lost"]))
    messages = {e.field: e.message for e in exc.value.errors}
    assert messages["contact_id"] == "Jane Doe is not a contact of Globex"
    assert messages["lost_reason"] == "say why the deal was lost"
    deal = ctx.deals.create(
        _input(world, contact_id=None, account_id=None, stage_id=world["Lost"], lost_reason="Price")
    ).value
    assert deal.lost_reason == "Price" and deal.closed_at is not None


def test_edit_changes_fields_and_a_stage_change_is_entered(ctx, world):
    ctx.deals.create(_input(world, name="Already there", stage_id=world["Propose"]))
    deal = ctx.deals.create(_input(world)).value
    edited = ctx.deals.update(
        deal.id, _input(world, name="Bigger order", amount="2000", stage_id=world["Propose"]), deal.version
    ).value
    assert (edited.name, edited.amount, edited.stage) == ("Bigger order", Decimal("2000.00"), "Propose")
    assert _history(ctx, deal.id) == [(None, world["Qualify"]), (world["Qualify"], world["Propose"])]
    with ctx.sessions() as s:
        assert s.get(Deal, deal.id).position == GAP  # after the card already in Propose
    with pytest.raises(ConflictError):
        ctx.deals.update(deal.id, _input(world, name="Stale"), deal.version)
    # undo as the editor does it: the state before at the version the edit wrote
    back = ctx.deals.update(deal.id, deal.as_input(), edited.version).value
    assert (back.name, back.amount, back.stage) == ("Big order", Decimal("1234.50"), "Qualify")
    _ok(ctx)


def test_custom_values_trash_and_restore(ctx, world):
    ctx.custom_fields.create(FieldInput("deal", "Region", kind="choice", choices=("EMEA", "APAC")))
    ctx.custom_fields.create(FieldInput("deal", "Seats", kind="number", required=True))
    with pytest.raises(ValidationError) as exc:
        ctx.deals.create(_input(world, name="", custom={"region": "Mars"}))
    assert {e.field for e in exc.value.errors} == {"name", "custom.region", "custom.seats"}
    deal = ctx.deals.create(_input(world, custom={"region": "emea", "seats": "12"})).value
    assert deal.custom == {"region": "EMEA", "seats": 12}
    edited = ctx.deals.update(
        deal.id, replace(deal.as_input(), custom={"region": "APAC", "seats": 3}), deal.version
    ).value
    assert edited.custom == {"region": "APAC", "seats": 3}
    assert ctx.deals.delete([deal.id]).value == [deal.id]
    assert ctx.deals.board(BoardQuery(world["pipeline"])).cards[world["Qualify"]] == ()
    assert [(i.entity, i.id) for i in ctx.trash.list()] == [("deal", deal.id)]
    _ok(ctx)
    assert ctx.deals.restore([deal.id]).value == [deal.id]
    assert [c.id for c in ctx.deals.board(BoardQuery(world["pipeline"])).cards[world["Qualify"]]] == [deal.id]
    assert ctx.deals.get(deal.id).custom == {"region": "APAC", "seats": 3}
    _ok(ctx)
