"""A draft quote made from a deal: the deal's account, contact, amount (one line) and currency, linked back to
the deal; a deal without an account or a deleted one is refused with nothing written."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest

from app.models import Pipeline, Stage
from app.services.core.errors import NotFoundError, ValidationError
from app.services.records.accounts import AccountInput
from app.services.records.contacts import ContactInput, MembershipInput
from app.services.sales.deal_input import DealInput


def make_deal(ctx, name="Sensor rollout", amount="12345.67", currency="USD", with_account=True):
    with ctx.sessions.begin() as s:
        pipeline = s.query(Pipeline).filter_by(name="Sales").one_or_none()
        if pipeline is None:
            pipeline = Pipeline(name="Sales", is_default=True)
            s.add(pipeline)
            s.flush()
            s.add(Stage(pipeline_id=pipeline.id, name="Qualify", position=0, probability=10))
            s.flush()
        stage = s.query(Stage).filter_by(pipeline_id=pipeline.id).first()
        pipeline_id, stage_id = pipeline.id, stage.id
    account = contact = None
    if with_account:
        account = ctx.accounts.create(AccountInput(name=f"{name} Ltd", city="Leeds", country="GB")).value.id
        contact = ctx.contacts.create(
            ContactInput(first_name="Ada", last_name="Byron", memberships=(MembershipInput(account),))
        ).value.id
    deal = ctx.deals.create(
        DealInput(
            name=name,
            pipeline_id=pipeline_id,
            stage_id=stage_id,
            account_id=account,
            contact_id=contact,
            amount=amount,
            currency=currency,
        )
    ).value
    return deal, account, contact


def test_a_quote_from_a_deal_carries_its_account_contact_and_amount(ctx):
    deal, account, contact = make_deal(ctx)
    outcome = ctx.documents.quote_from_deal(deal.id)
    quote = outcome.value
    assert (quote.doc_type, quote.status, quote.deal_id) == ("quote", "draft", deal.id)
    assert (quote.account_id, quote.contact_id, quote.contact_name) == (account, contact, "Ada Byron")
    assert quote.currency == "USD" and quote.number.startswith("Q-")
    (line,) = quote.lines
    assert (line.description, line.quantity, line.unit_price, line.tax_rate) == (
        "Sensor rollout",
        Decimal(1),
        Decimal("12345.67"),
        Decimal(0),
    )
    assert quote.total == Decimal("12345.67")
    assert quote.valid_until == quote.issued_on + timedelta(days=30) and quote.issued_on == date.today()
    assert [d.number for d in ctx.documents.rows(deal_id=deal.id)] == [quote.number]  # the deal lists it
    assert outcome.changes.touches("document")


def test_a_deal_without_an_account_or_a_deleted_one_makes_no_quote(ctx):
    loose, _account, _contact = make_deal(ctx, "Loose deal", with_account=False)
    with pytest.raises(ValidationError, match="“Loose deal” has no account"):
        ctx.documents.quote_from_deal(loose.id)
    gone, _account, _contact = make_deal(ctx, "Gone deal")
    ctx.deals.delete([gone.id])
    with pytest.raises(NotFoundError):
        ctx.documents.quote_from_deal(gone.id)
    assert ctx.documents.rows() == []


def test_a_quote_from_a_deal_with_product_lines_copies_each_line(ctx):
    from dataclasses import replace

    from app.services.documents.products import ProductInput
    from app.services.sales.deal_lines import DealLineInput

    sensor = ctx.products.create(
        ProductInput(sku="SEN-1", name="Sensor", unit="pc", price="199.90", currency="USD", tax_rate="19")
    ).value.id
    deal, _account, _contact = make_deal(ctx)
    lines = (
        DealLineInput("", "3", "199.90", "10", "19", sensor),  # no description: the product's name
        DealLineInput("Installation day", "1.5", "800", "0", "7"),
    )
    deal = ctx.deals.update(deal.id, replace(deal.as_input(), lines=lines), deal.version).value
    quote = ctx.documents.quote_from_deal(deal.id).value
    assert [
        (ln.description, ln.quantity, ln.unit, ln.unit_price, ln.discount, ln.tax_rate, ln.product_id, ln.net)
        for ln in quote.lines
    ] == [
        ("Sensor", Decimal(3), "pc", Decimal("199.90"), Decimal(10), Decimal(19), sensor, Decimal("539.73")),
        (
            "Installation day",
            Decimal("1.5"),
            "",
            Decimal("800.00"),
            Decimal(0),
            Decimal(7),
            None,
            Decimal("1200.00"),
        ),
    ]
    assert quote.subtotal == deal.amount == Decimal("1739.73")
    assert quote.total == Decimal("1739.73") + Decimal("102.55") + Decimal("84.00")
