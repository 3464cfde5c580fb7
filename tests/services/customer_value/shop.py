"""A small shop built through the real services: products, accounts and their orders."""

from __future__ import annotations

from datetime import date

from app.services.documents.document_input import DocumentInput, LineInput
from app.services.documents.products import ProductInput
from app.services.records.accounts import AccountInput


def product(ctx, sku, price="100.00"):
    return ctx.products.create(ProductInput(sku=sku, name=sku.title(), price=price)).value.id


def account(ctx, name):
    return ctx.accounts.create(AccountInput(name=name)).value.id


def order(ctx, account_id, day, *items, doc_type="sales_order", status="ordered", currency="EUR"):
    """A document on `day` with one line per (product_id, unit price) item; returns its id."""
    lines = tuple(
        LineInput(f"line {i}", "1", price, "0", "0", product_id=p) for i, (p, price) in enumerate(items)
    )
    data = DocumentInput(
        doc_type=doc_type, account_id=account_id, issued_on=day, status=status, currency=currency, lines=lines
    )
    return ctx.documents.create(data).value.id


def d(text):
    return date.fromisoformat(text)
