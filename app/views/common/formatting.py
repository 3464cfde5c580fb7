"""How values are shown: local short dates, status labels, kind names."""

from __future__ import annotations

from datetime import datetime

from app.services.records.contacts import CONTACT_STATUSES

# ACCOUNT_STATUSES: import it from app.services.records.accounts (importing that service here slowed start-up)
__all__ = ["CONTACT_STATUSES", "label", "short_date", "short_datetime"]


def label(value: str) -> str:
    """Turn an enum value such as 'do_not_contact' into 'Do not contact'."""
    return value.replace("_", " ").capitalize() if value else ""


def short_datetime(when: datetime | None) -> str:
    """An aware UTC datetime in the user's time zone, e.g. '2026-03-04 14:05'."""
    if when is None:
        return ""
    return when.astimezone().strftime("%Y-%m-%d %H:%M")


def short_date(when: datetime | None) -> str:
    return when.astimezone().strftime("%Y-%m-%d") if when else ""


_SYMBOLS = {"EUR": "€", "USD": "$", "GBP": "£", "JPY": "¥", "CHF": "CHF "}


def money(amount: object, currency: str, digits: int = 0) -> str:
    """'€ 12,500' (whole units on cards and totals; Decimal in, never a float)."""
    symbol = _SYMBOLS.get(currency, f"{currency} ")
    return f"{symbol}{amount:,.{digits}f}" if symbol.endswith(" ") else f"{symbol} {amount:,.{digits}f}"


def money_list(pairs: tuple[tuple[str, object], ...]) -> str:
    """Totals in several currencies: '€ 1,200 + $ 300'; '—' when there is none."""
    return " + ".join(money(a, c) for c, a in pairs) or "—"
