"""Dates and amounts as people write them: per-column date formats, day- or month-first decided by the
values, an override, decimal commas and thousands separators, a currency per row."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from app.cli import main
from app.models import Deal
from app.services.importing.parsing import detect_date_format, parse_amount, parse_money, parse_when


def test_a_date_column_is_day_or_month_first_by_its_values_then_by_the_locale():
    assert detect_date_format(["02/03/24", "13/02/24"]) == "%d/%m/%y"  # 13 cannot be a month
    assert detect_date_format(["02/03/24", "02/13/24"]) == "%m/%d/%y"
    assert detect_date_format(["02/03/24"], day_first=True) == "%d/%m/%y"  # ambiguous: the locale
    assert detect_date_format(["02/03/24"], day_first=False) == "%m/%d/%y"
    assert detect_date_format(["31.12.2024", "01.02.2025"]) == "%d.%m.%Y"
    assert detect_date_format(["2024-02-03T10:00:00.000Z", "2024-02-04"]) == "iso"
    assert parse_when("02/03/24", "%m/%d/%y").date() == date(2024, 2, 3)
    assert parse_when("12/31/1999 2:30 PM", "%m/%d/%Y").hour == 14
    with pytest.raises(ValueError, match="'31/31/24' is not a date in this column's format"):
        parse_when("31/31/24", "%d/%m/%y")


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("1,234.50", "1234.50"),
        ("1.234,50", "1234.50"),
        ("1 234,5", "1234.5"),
        ("1\u202f234,5", "1234.5"),
        ("1'234.50", "1234.50"),
        ("-12,5", "-12.5"),
        ("1.234.567", "1234567"),
    ],
)
def test_amounts_with_a_decimal_comma_or_point_and_any_thousands_separator(text, amount):
    assert parse_amount(text) == Decimal(amount)


def test_an_ambiguous_amount_follows_its_column_and_a_cell_may_name_its_currency():
    assert parse_amount("1,234") == Decimal("1234")
    assert parse_amount("1,234", ",") == Decimal("1.234")
    assert parse_money("€ 1.234,50") == (Decimal("1234.50"), "EUR")
    assert parse_money("1200 USD") == (Decimal("1200"), "USD")
    with pytest.raises(ValueError, match="is not an amount"):
        parse_amount("12,34,5")


def _deals(db) -> dict[str, tuple[int, str, date | None]]:
    from app.config import Settings
    from app.context import AppContext

    ctx = AppContext.open(Settings(db_url=f"sqlite:///{db}"))
    try:
        with ctx.sessions() as s:
            rows = s.execute(select(Deal.name, Deal.amount_minor, Deal.currency, Deal.expected_close))
            return {name: (minor, currency, close) for name, minor, currency, close in rows}
    finally:
        ctx.close()


def test_a_salesforce_file_with_month_first_two_digit_years_and_a_currency_column(tmp_path, capsys):
    db, path = tmp_path / "crm.db", tmp_path / "opps.csv"
    path.write_text(
        "Opportunity Name,Amount,Currency,Close Date\n"
        'A,"1,200.50",USD,02/03/24\n'
        "B,900,GBP,12/31/24\n"
        'C,"2,000",,01/15/25\n',
        encoding="utf-8-sig",
    )
    assert main(["import", "deals", str(path), "--currency", "CHF", "--db", str(db)]) == 0
    assert _deals(db) == {
        "A": (120050, "USD", date(2024, 2, 3)),
        "B": (90000, "GBP", date(2024, 12, 31)),
        "C": (200000, "CHF", date(2025, 1, 15)),
    }


def test_a_day_first_file_with_decimal_commas(tmp_path):
    db, path = tmp_path / "crm.db", tmp_path / "deals.csv"
    path.write_text(
        "Deal Name;Value;Close Date\nA;1.234,50 €;13.02.2025\nB;99,9;01.03.2025\nC;1.000;02.03.2025\n",
        encoding="utf-8",
    )
    assert main(["import", "deals", str(path), "--db", str(db)]) == 0
    assert _deals(db) == {
        "A": (123450, "EUR", date(2025, 2, 13)),
        "B": (9990, "EUR", date(2025, 3, 1)),
        "C": (100000, "EUR", date(2025, 3, 2)),  # '1.000' in a decimal-comma column is a thousand
    }


def test_the_date_format_can_be_given_when_the_values_cannot_tell(tmp_path, capsys):
    db, path = tmp_path / "crm.db", tmp_path / "deals.csv"
    path.write_text("Deal Name,Close Date\nA,02/03/24\n", encoding="utf-8")
    assert main(["import", "deals", str(path), "--date-format", "DD/MM/YY", "--db", str(db)]) == 0
    assert _deals(db)["A"][2] == date(2024, 3, 2)
    path.write_text("Deal Name,Close Date\nB,02/03/24\nC,2024-13-45\n", encoding="utf-8")
    assert main(["import", "deals", str(path), "--date-format", "%d/%m/%y", "--db", str(db)]) == 1
    assert "row 3, Close Date: '2024-13-45' is not a date in this column's format (DD/MM/YY)" in (
        capsys.readouterr().out
    )
