"""How values are shown: dates and money in the user's locale (app/services/core/locale_format.py),
status labels, kind names."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from app.services.core import locale_format
from app.services.records.contacts import CONTACT_STATUSES

# ACCOUNT_STATUSES: import it from app.services.records.accounts (importing that service here slowed start-up)
__all__ = ["CONTACT_STATUSES", "label", "short_date", "short_datetime"]


def label(value: str) -> str:
    """Turn an enum value such as 'do_not_contact' into 'Do not contact'."""
    return value.replace("_", " ").capitalize() if value else ""


def short_datetime(when: datetime | None) -> str:
    """An aware UTC datetime in the user's time zone and locale, e.g. 'Mar 4, 2026 2:05 PM'."""
    return locale_format.moment(when.astimezone()) if when is not None else ""


def short_date(when: datetime | None) -> str:
    """The day of an aware datetime in the user's time zone, as the user's locale writes it."""
    return locale_format.day(when.astimezone().date()) if when is not None else ""


def day(value: date | None) -> str:
    """A calendar date as the user's locale writes it ('Mar 4, 2026', '04.03.2026')."""
    return locale_format.day(value)


def money(amount: object, currency: str, digits: int = 0) -> str:
    """'€12,500' in the user's locale ('12.500 €' in German): whole units on cards and totals."""
    return locale_format.money(Decimal(str(amount)), currency, digits=digits)


def money_list(pairs: tuple[tuple[str, object], ...]) -> str:
    """Totals in several currencies: '€ 1,200 + $ 300'; '—' when there is none."""
    return " + ".join(money(a, c) for c, a in pairs) or "—"
