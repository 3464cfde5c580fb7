"""Quotes made offline on two laptops and at the office get numbers that never collide."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import select

from app.models import Document
from app.services.documents.document_input import DocumentInput, LineInput
from app.services.records.accounts import AccountInput
from app.services.sync.conflicts import open_conflicts


def _quote(ctx, account_id):  # type: ignore[no-untyped-def]
    lines = (LineInput("Consulting", Decimal(1), Decimal(100), Decimal(0), Decimal(0)),)
    today = date.today()
    return ctx.documents.create(DocumentInput(account_id=account_id, issued_on=today, lines=lines)).value


def test_offline_quotes_and_office_quotes_get_distinct_numbers_and_all_arrive(office, laptop_factory):
    account = office.accounts.create(AccountInput(name="Numbers Ltd")).value
    first, second = laptop_factory("a"), laptop_factory("b")
    made = [_quote(side, account.id) for side in (office, first.ctx, second.ctx, office, first.ctx)]
    numbers = [d.number for d in made]
    assert len(set(numbers)) == len(numbers), numbers
    first.sync()
    second.sync()
    first.sync()
    assert open_conflicts(first.ctx.engine) == open_conflicts(second.ctx.engine) == []
    with office.sessions() as s:
        assert sorted(s.scalars(select(Document.number))) == sorted(numbers)
    with second.ctx.sessions() as s:
        assert sorted(s.scalars(select(Document.number))) == sorted(numbers)
