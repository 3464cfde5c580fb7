"""Documents: numbering, exact stored totals, lines, conversions, price lists, timeline and trash."""

from __future__ import annotations

import threading
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from app.config import Settings
from app.context import AppContext
from app.models import Document, DocumentLine
from app.services.core.errors import ValidationError
from app.services.core.listing import ListQuery
from app.services.documents.company import CompanySettings
from app.services.documents.document_input import DocumentInput, LineInput
from app.services.documents.products import ProductInput
from app.services.records.accounts import AccountInput


def _account(ctx, name="ACME GmbH"):
    return ctx.accounts.create(
        AccountInput(name=name, address="Hauptstr. 1", city="Berlin", country="DE")
    ).value


def _quote(ctx, account_id, lines=None, **kw):
    lines = lines or (
        LineInput("Widget", "2.5", "19.99", "10", "19"),
        LineInput("Stamp", "1", "0.05", "0", "7"),
    )
    return ctx.documents.create(
        DocumentInput(account_id=account_id, issued_on=date(2026, 3, 1), lines=tuple(lines), **kw)
    ).value


def test_quote_stores_exact_totals_and_lines(ctx):
    doc = _quote(ctx, _account(ctx).id)
    assert doc.number == "Q-2026-0001"
    assert [ln.net for ln in doc.lines] == [Decimal("44.98"), Decimal("0.05")]  # 2.5*19.99*0.9=44.9775
    assert [(t.rate, t.tax) for t in doc.taxes] == [
        (Decimal(7), Decimal("0.00")),
        (Decimal(19), Decimal("8.55")),
    ]
    assert (doc.subtotal, doc.tax, doc.total) == (Decimal("45.03"), Decimal("8.55"), Decimal("53.58"))
    with ctx.uow.read() as s:
        row = s.scalar(select(Document).where(Document.id == doc.id))
        assert (row.subtotal_minor, row.tax_minor, row.total_minor) == (4503, 855, 5358)
        lines = s.scalars(select(DocumentLine).order_by(DocumentLine.position)).all()
        assert [(ln.quantity_milli, ln.discount_bp, ln.net_minor) for ln in lines] == [
            (2500, 1000, 4498),
            (1000, 0, 5),
        ]


def test_numbers_follow_per_type_and_year_and_the_configured_format(ctx):
    acc = _account(ctx).id
    assert [_quote(ctx, acc).number for _ in range(3)] == ["Q-2026-0001", "Q-2026-0002", "Q-2026-0003"]
    order = ctx.documents.create(
        DocumentInput(doc_type="sales_order", account_id=acc, issued_on=date(2026, 5, 1))
    )
    assert order.value.number == "SO-2026-0001"
    next_year = ctx.documents.create(DocumentInput(account_id=acc, issued_on=date(2027, 1, 2))).value
    assert next_year.number == "Q-2027-0001"
    formats = {
        "quote": "OFF-{device}-{year}-{n:05d}",
        "sales_order": "SO-{device}-{n}",
        "purchase_order": "PO-{device}-{n}",
    }
    ctx.company.save(CompanySettings(name="Us", device="LAP1", number_formats=formats))
    laptop = ctx.documents.create(DocumentInput(account_id=acc, issued_on=date(2026, 3, 1))).value
    assert laptop.number == "OFF-LAP1-2026-00001"  # the device has its own counter


def test_a_number_taken_by_an_older_format_is_skipped_not_repeated(ctx):
    acc = _account(ctx).id
    _quote(ctx, acc)  # Q-2026-0001
    ctx.company.save(
        CompanySettings(name="Us", device="X", number_formats={"quote": "Q-2026-000{n}{device}"})
    )
    ctx.company.save(CompanySettings(name="Us", number_formats={"quote": "Q-{year}-{n:04d}"}))
    with ctx.uow() as work:  # make the device-less counter restart so that it would hit 0001 again
        from app.models import NumberSequence

        work.session.get(NumberSequence, ("quote", 2026, "")).next_value = 1
    assert _quote(ctx, acc).number == "Q-2026-0002"


def test_bad_format_is_refused(ctx):
    with pytest.raises(ValidationError) as info:
        ctx.company.save(CompanySettings(name="Us", device="LAP", number_formats={"quote": "Q-{year}"}))
    assert info.value.for_field("format_quote")


def test_validation_names_bad_lines(ctx):
    acc = _account(ctx).id
    bad = (LineInput("x", "0", "1"), LineInput("y", "1", "1.234"), LineInput("", "1", "1", "120"))
    with pytest.raises(ValidationError) as info:
        ctx.documents.create(DocumentInput(account_id=acc, lines=bad))
    found = {(e.row, e.field) for e in info.value.errors}
    assert {(1, "quantity"), (2, "unit_price"), (3, "discount"), (3, "description")} <= found
    assert ctx.documents.count(ListQuery()) == 0


def test_update_replaces_lines_and_recomputes(ctx):
    doc = _quote(ctx, _account(ctx).id)
    data = doc.as_input()
    new = DocumentInput(**{**data.__dict__, "lines": (LineInput("Only", "3", "10.00", "0", "19"),)})
    after = ctx.documents.update(doc.id, new, doc.version).value
    assert [ln.description for ln in after.lines] == ["Only"]
    assert (after.subtotal, after.tax, after.total) == (Decimal("30.00"), Decimal("5.70"), Decimal("35.70"))
    assert after.number == doc.number


def test_quote_to_order_to_purchase_order(ctx):
    acc = _account(ctx).id
    supplier = _account(ctx, "Parts & Co").id
    product = ctx.products.create(
        ProductInput(sku="W-1", name="Widget", price="19.99", cost="7.50", tax_rate="19")
    ).value
    quote = _quote(
        ctx,
        acc,
        lines=(
            LineInput("Widget", "4", "19.99", "5", "19", "pc", product.id),
            LineInput("Setup", "1", "100", "0", "19"),
        ),
    )
    order = ctx.documents.convert_to_order(quote.id).value
    assert order.doc_type == "sales_order" and order.number.startswith("SO-")
    assert order.source_number == quote.number and order.total == quote.total
    assert ctx.documents.get(quote.id).status == "accepted"
    po = ctx.documents.purchase_order_from(order.id, supplier).value
    assert po.doc_type == "purchase_order" and po.account_name == "Parts & Co"
    assert [ln.unit_price for ln in po.lines] == [Decimal("7.50"), Decimal("100.00")]
    assert [ln.discount for ln in po.lines] == [Decimal(0), Decimal(0)]
    with pytest.raises(ValidationError):
        ctx.documents.convert_to_order(order.id)


def test_price_list_overrides_product_price(ctx):
    product = ctx.products.create(ProductInput(sku="A", name="Apple", price="2.00", tax_rate="7")).value
    plist = ctx.products.create_price_list("Wholesale").value
    ctx.products.set_price(plist.id, product.id, Decimal("1.60"))
    assert ctx.products.pick(product.id).price == Decimal("2.00")
    assert ctx.products.pick(product.id, plist.id).price == Decimal("1.60")
    assert [p.name for p in ctx.products.find("app", plist.id)] == ["Apple"]
    assert ctx.products.find("app", plist.id)[0].price == Decimal("1.60")


def test_price_list_rows_override_replace_and_remove(ctx):
    apple = ctx.products.create(ProductInput(sku="A", name="Apple", price="2.00", tax_rate="7")).value
    ctx.products.create(ProductInput(sku="B", name="Bread", price="3.50", tax_rate="7"))
    plist = ctx.products.create_price_list("Wholesale").value
    assert ctx.products.set_price(plist.id, apple.id, Decimal("1.60")).value is None  # nothing replaced
    rows = ctx.products.prices(plist.id)
    assert [(r.sku, r.standard, r.list_price) for r in rows] == [
        ("A", Decimal("2.00"), Decimal("1.60")),
        ("B", Decimal("3.50"), None),
    ]
    assert ctx.products.set_price(plist.id, apple.id, Decimal("1.55")).value == Decimal("1.60")
    assert ctx.products.set_price(plist.id, apple.id, None).value == Decimal("1.55")
    assert ctx.products.pick(apple.id, plist.id).price == Decimal("2.00")  # back to the standard price
    with pytest.raises(ValidationError):
        ctx.products.set_price(plist.id, apple.id, Decimal("1.234"))  # more decimals than the currency has
    assert ctx.products.prices(plist.id)[0].list_price is None


def test_lists_filter_by_type_and_search_account(ctx):
    acc = _account(ctx).id
    other = _account(ctx, "Zebra Ltd").id
    _quote(ctx, acc)
    ctx.documents.create(DocumentInput(doc_type="sales_order", account_id=other))
    docs = ctx.documents
    assert docs.count(ListQuery()) == 2
    assert docs.count(ListQuery(kind="sales_order")) == 1
    assert docs.count(ListQuery(search="zebra")) == 1
    page = docs.page(ListQuery(search="Q-2026"), 0, 10, 1)
    assert [r.account for r in page.rows] == ["ACME GmbH"]
    assert [r.doc_type for r in ctx.documents.rows("quote")] == ["quote"]
    ctx.products.create(ProductInput(sku="S1", name="Screw"))
    assert ctx.products.count(ListQuery(search="scr")) == 1


def test_documents_on_timeline_and_in_trash(ctx):
    acc = _account(ctx).id
    doc = _quote(ctx, acc)
    items = ctx.timeline.for_account(acc)
    assert [(i.kind, i.title) for i in items] == [("document", f"Quote {doc.number}")]
    assert "53.58 EUR" in items[0].detail
    ctx.documents.delete([doc.id])
    assert [i.label for i in ctx.trash.list()] == [doc.number]
    ctx.trash.purge([("document", doc.id)])
    with ctx.uow.read() as s:
        assert s.scalar(select(DocumentLine.id)) is None


def test_concurrent_numbering_never_repeats(db_url):
    """Several threads (and, on PostgreSQL, several connections) create documents at once."""
    ctxs = [AppContext.open(Settings(db_url=db_url, user_email="t@example.com")) for _ in range(4)]
    try:
        acc = _account(ctxs[0]).id
        numbers: list[str] = []
        lock = threading.Lock()

        def work(c):
            for _ in range(10):
                n = c.documents.create(DocumentInput(account_id=acc, issued_on=date(2026, 1, 1))).value.number
                with lock:
                    numbers.append(n)

        threads = [threading.Thread(target=work, args=(c,)) for c in ctxs]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert sorted(numbers) == [f"Q-2026-{i:04d}" for i in range(1, 41)]
    finally:
        for c in ctxs:
            c.close()
