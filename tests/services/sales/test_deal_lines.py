"""A deal's product lines: saved with the deal, checked line by line, the amount their net total, one undo
step, kept through trash and restore, audited; a deal without lines keeps its typed amount."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from app.models import AuditEntry, DealLine, Pipeline, Stage
from app.services.core.errors import ConflictError, ValidationError
from app.services.core.listing import ListQuery
from app.services.documents.products import ProductInput
from app.services.importing.export import list_rows, record_columns, write_table
from app.services.sales.deal_input import DealInput
from app.services.sales.deal_lines import DealLineInput


def _pipeline(ctx):
    with ctx.sessions.begin() as s:
        known = s.scalar(select(Pipeline).where(Pipeline.name == "Sales"))
        if known is not None:
            return known.id, list(
                s.scalars(select(Stage.id).where(Stage.pipeline_id == known.id).order_by(Stage.position))
            )
        pipeline = Pipeline(name="Sales", is_default=True)
        s.add(pipeline)
        s.flush()
        stages = [
            Stage(pipeline_id=pipeline.id, name="Proposal", position=0, probability=50),
            Stage(pipeline_id=pipeline.id, name="Won", position=1, probability=100, is_won=True),
        ]
        s.add_all(stages)
        s.flush()
        return pipeline.id, [st.id for st in stages]


def _product(ctx, sku="SEN-1", name="Sensor", price="199.90", tax="19"):
    return ctx.products.create(ProductInput(sku=sku, name=name, price=price, tax_rate=tax)).value.id


def _deal(ctx, lines=None, amount="1000", name="Rollout"):
    pipeline, stages = _pipeline(ctx)
    data = DealInput(name=name, pipeline_id=pipeline, stage_id=stages[0], amount=amount, lines=lines)
    return ctx.deals.create(data).value, stages


def _line_count(ctx, deal_id):
    with ctx.sessions() as s:
        return s.scalar(select(func.count()).select_from(DealLine).where(DealLine.deal_id == deal_id))


def test_the_lines_are_saved_with_the_deal_and_its_amount_is_their_net_total(ctx):
    sensor = _product(ctx)
    lines = (
        DealLineInput("Sensor", "3", "199.90", "10", "19", sensor),  # 3 x 199.90 - 10 % = 539.73
        DealLineInput("Installation day", "1.5", "800", "0", "19"),  # 1200.00
    )
    deal, _ = _deal(ctx, lines, amount="5")
    assert deal.amount == Decimal("1739.73") and deal.version == 1
    assert [(ln.position, ln.sku, ln.quantity, ln.net) for ln in deal.lines] == [
        (1, "SEN-1", Decimal("3"), Decimal("539.73")),
        (2, "", Decimal("1.5"), Decimal("1200.00")),
    ]
    assert ctx.deals.get(deal.id).lines == deal.lines


def test_a_deal_without_lines_keeps_its_typed_amount_and_removing_the_lines_returns_to_it(ctx):
    deal, _ = _deal(ctx, amount="1000")
    assert (deal.amount, deal.lines) == (Decimal("1000.00"), ())
    with_lines = ctx.deals.update(
        deal.id, replace(deal.as_input(), lines=(DealLineInput("Licence", "2", "300"),)), deal.version
    ).value
    assert with_lines.amount == Decimal("600.00") and with_lines.version == deal.version + 1
    without = ctx.deals.update(
        deal.id, replace(with_lines.as_input(), amount="750", lines=()), with_lines.version
    ).value
    assert (without.amount, without.lines) == (Decimal("750.00"), ())
    assert _line_count(ctx, deal.id) == 0


def test_each_bad_line_is_named_with_its_field_and_nothing_is_written(ctx):
    deal, _ = _deal(ctx, (DealLineInput("Licence", "1", "100"),))
    bad = (
        DealLineInput("Licence", "1", "100"),
        DealLineInput("Sensor", "2", "12.345"),
        DealLineInput("Support", "0", "50"),
        DealLineInput("", "1", "10", discount="120"),
    )
    with pytest.raises(ValidationError) as caught:
        ctx.deals.update(deal.id, replace(deal.as_input(), lines=bad), deal.version)
    messages = [str(e) for e in caught.value.errors]
    assert "line 3, quantity: must be more than 0" in messages
    assert "line 2, unit_price: '12.345' is not an amount in EUR (e.g. 12.50)" in messages
    assert "line 4, discount: a percentage from 0 to 100, at most two decimals" in messages
    assert "line 4, description: a line needs a product or a description" in messages
    assert len(messages) == 4
    after = ctx.deals.get(deal.id)
    assert (after.version, after.amount, len(after.lines)) == (deal.version, Decimal("100.00"), 1)


def test_a_trashed_product_cannot_be_added_but_stays_on_a_deal_that_has_it(ctx):
    old = _product(ctx, "OLD-1", "Old sensor")
    deal, _ = _deal(ctx, (DealLineInput("", "1", "10", product_id=old),))
    ctx.products.delete([old])
    renamed = ctx.deals.update(deal.id, replace(deal.as_input(), name="Renamed"), deal.version).value
    assert renamed.lines[0].product_id == old  # an edit of the deal keeps the line
    other, _ = _deal(ctx, name="Other")
    with pytest.raises(ValidationError, match="line 1, product: that product does not exist or is in the"):
        ctx.deals.update(
            other.id, replace(other.as_input(), lines=(DealLineInput("", "1", "10", product_id=old),)), 1
        )


def test_an_edit_and_its_undo_restore_lines_and_amount_in_one_step_each(ctx):
    deal, _ = _deal(ctx, (DealLineInput("Licence", "1", "100"),))
    before = ctx.deals.get(deal.id)
    after = ctx.deals.update(
        deal.id,
        replace(
            before.as_input(),
            lines=(DealLineInput("Licence", "4", "100", "25"), DealLineInput("Setup", "1", "50")),
        ),
        before.version,
    ).value
    assert after.amount == Decimal("350.00")
    undone = ctx.deals.update(deal.id, before.as_input(), after.version).value  # what EditCommand.undo does
    assert [ln.as_input() for ln in undone.lines] == [ln.as_input() for ln in before.lines]
    assert undone.amount == Decimal("100.00")
    with pytest.raises(ConflictError):  # the lines are part of the deal's version
        ctx.deals.update(deal.id, after.as_input(), after.version)


def test_lines_stay_with_a_trashed_deal_and_come_back_on_restore_and_go_when_purged(ctx):
    deal, _ = _deal(ctx, (DealLineInput("Licence", "2", "100"),))
    ctx.deals.delete([deal.id])
    assert _line_count(ctx, deal.id) == 1
    ctx.deals.restore([deal.id])
    restored = ctx.deals.get(deal.id)
    assert (restored.amount, len(restored.lines)) == (Decimal("200.00"), 1)
    ctx.deals.delete([deal.id])
    ctx.trash.purge([("deal", deal.id)])
    assert _line_count(ctx, deal.id) == 0


def test_changed_lines_are_audited_and_an_unchanged_save_writes_nothing(ctx):
    deal, _ = _deal(ctx, (DealLineInput("Licence", "1", "100"),))
    same = ctx.deals.update(deal.id, deal.as_input(), deal.version)
    assert same.value.version == deal.version and not same.changes.touches("deal")
    changed = ctx.deals.update(
        deal.id, replace(deal.as_input(), lines=(DealLineInput("Licence", "3", "100"),)), deal.version
    )
    assert changed.changes.touches("deal")
    with ctx.sessions() as s:
        entries = {
            e.field: (e.old_value, e.new_value)
            for e in s.scalars(select(AuditEntry).where(AuditEntry.entity_id == deal.id))
            if e.action == "update"
        }
    assert entries["lines"] == ("1 line, net 100.00 EUR", "1 line, net 300.00 EUR")
    assert entries["amount_minor"] == ("10000", "30000")


def test_set_lines_replaces_them_for_an_importer(ctx):
    deal, _ = _deal(ctx, amount="10")
    outcome = ctx.deals.set_lines(deal.id, [DealLineInput("Imported", "2", "21.50")], deal.version)
    assert outcome.value.amount == Decimal("43.00") and outcome.value.version == deal.version + 1
    with pytest.raises(ValidationError, match="line 1, quantity: must be more than 0"):
        ctx.deals.set_lines(deal.id, [DealLineInput("Imported", "-1", "1")])


def test_a_currency_change_keeps_the_line_prices_as_written(ctx):
    deal, _ = _deal(ctx, (DealLineInput("Licence", "2", "100"),))
    moved = ctx.deals.update(
        deal.id, replace(deal.as_input(), currency="USD", lines=None), deal.version
    ).value
    assert (moved.currency, moved.amount, moved.lines[0].unit_price) == (
        "USD",
        Decimal("200.00"),
        Decimal(100),
    )


def test_winning_a_deal_with_lines_keeps_their_total(ctx):
    deal, stages = _deal(ctx, (DealLineInput("Licence", "2", "100"),))
    with pytest.raises(ValidationError, match="total of its product lines"):
        ctx.deals.move(deal.id, stages[1], won_amount=Decimal("150"))
    won = ctx.deals.move(deal.id, stages[1], won_amount=Decimal("200")).value
    assert won.card.amount == Decimal("200.00")


def test_the_csv_export_of_deals_is_unchanged_by_lines(ctx, tmp_path):
    _deal(ctx, (DealLineInput("Licence", "2", "100"),))
    rows = list(list_rows(ctx.deals, ListQuery()))
    names, cells = record_columns(rows[0], [])
    assert names == ["id", "name", "amount", "currency", "expected_close", "updated_at"]
    path = tmp_path / "deals.csv"
    assert write_table(path, "csv", names, rows, cells) == 1
    assert path.read_text(encoding="utf-8-sig").splitlines()[1].split(",")[1:4] == [
        "Rollout",
        "200.00",
        "EUR",
    ]


def test_a_line_or_total_too_large_for_the_database_is_refused_by_name(ctx):
    deal, _ = _deal(ctx, amount="10")
    huge = DealLineInput("Planet", "1000", "99999999999999")
    with pytest.raises(ValidationError, match="line 2, unit_price: the line's net is too large for a deal"):
        ctx.deals.update(deal.id, replace(deal.as_input(), lines=(DealLineInput("Ok", "1", "1"), huge)), 1)
    big = DealLineInput("Big", "999", "9999999999")  # each line fits, together they do not
    with pytest.raises(ValidationError, match="lines: the lines' net total is too large for a deal"):
        ctx.deals.update(deal.id, replace(deal.as_input(), lines=(big,) * 200), 1)
    assert ctx.deals.get(deal.id).amount == Decimal("10.00")


def test_a_typed_or_won_amount_too_large_for_the_database_is_a_validation_error(ctx):
    pipeline, stages = _pipeline(ctx)
    with pytest.raises(ValidationError, match="amount: is too large for a deal"):  # was a driver overflow
        ctx.deals.create(
            DealInput(name="Huge", pipeline_id=pipeline, stage_id=stages[0], amount="100000000000000000000")
        )
    deal = ctx.deals.create(
        DealInput(name="Fine", pipeline_id=pipeline, stage_id=stages[0], amount="5")
    ).value
    with pytest.raises(ValidationError, match="amount: is too large for a deal"):
        ctx.deals.move(deal.id, stages[1], won_amount=Decimal("1e20"))
    assert ctx.deals.get(deal.id).amount == Decimal("5.00")
