"""The custom-value expression reads typed JSON values the same way on SQLite and PostgreSQL."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import select

from app.models import Account, FieldKind
from app.services.core.custom_values import check_key, value_expression


@pytest.mark.parametrize("bad", ["", "1st", "Name", "a-b", "a'b", "x" * 61])
def test_check_key_refuses_what_could_not_be_sql_text(bad: str) -> None:
    with pytest.raises(ValueError, match="custom field key"):
        check_key(bad)


def test_values_come_back_typed_and_sort_numerically(ctx) -> None:
    values = [
        {"employees": 120, "vip": True, "since": "2024-05-01", "tier": "gold"},
        {"employees": 9, "vip": False, "since": "2019-12-31", "tier": "silver"},
        {"employees": 1000.5, "tier": "bronze"},
        {},
    ]
    with ctx.uow() as work:
        for i, custom in enumerate(values):
            work.session.add(Account(name=f"A{i}", custom=custom))
    dialect = ctx.engine.dialect.name
    column = Account.__table__.c.custom
    employees = value_expression(column, "employees", FieldKind.NUMBER, dialect)
    vip = value_expression(column, "vip", FieldKind.CHECKBOX, dialect)
    since = value_expression(column, "since", FieldKind.DATE, dialect)
    with ctx.uow() as work:
        by_size = work.session.execute(
            select(Account.name, employees).where(employees.is_not(None)).order_by(employees)
        ).all()
        vips = work.session.scalars(select(Account.name).where(vip.is_(True))).all()
        recent = work.session.scalars(select(Account.name).where(since >= "2020-01-01")).all()
    assert [name for name, _ in by_size] == ["A1", "A0", "A2"]
    assert Decimal(str(by_size[2][1])) == Decimal("1000.5")
    assert vips == ["A0"]
    assert recent == ["A0"]
