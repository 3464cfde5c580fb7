"""Money as integer minor units plus an ISO 4217 code; Decimal in Python, never float."""

from __future__ import annotations

import decimal
from decimal import ROUND_HALF_EVEN, Decimal

# Currencies whose minor unit is not two digits; every other code uses two.
_MINOR_DIGITS = {"JPY": 0, "KRW": 0, "ISK": 0, "CLP": 0, "VND": 0, "BHD": 3, "KWD": 3, "OMR": 3, "TND": 3}


def minor_digits(currency: str) -> int:
    return _MINOR_DIGITS.get(currency.upper(), 2)


def to_minor(amount: Decimal, currency: str) -> int:
    """Convert a Decimal amount to minor units, rounding half to even (banker's rounding)."""
    if isinstance(amount, float):
        raise TypeError("money must be a Decimal, not a float")
    digits = minor_digits(currency)
    quantum = Decimal(1).scaleb(-digits)
    return int(Decimal(amount).quantize(quantum, rounding=ROUND_HALF_EVEN).scaleb(digits))


def from_minor(minor: int, currency: str) -> Decimal:
    return Decimal(minor).scaleb(-minor_digits(currency))


def money_round(amount: Decimal, currency: str) -> Decimal:
    return amount.quantize(Decimal(1).scaleb(-minor_digits(currency)), rounding=ROUND_HALF_EVEN)


def scaled(value: Decimal, digits: int) -> int | None:
    """The integer value x 10**digits, or None if `value` has more decimals than that."""
    shifted = value.scaleb(digits)
    if shifted != shifted.to_integral_value():
        return None
    return int(shifted)


def unscaled(value: int, digits: int) -> Decimal:
    return Decimal(value).scaleb(-digits)


def parse_decimal(text: str | Decimal | int) -> Decimal | None:
    """A user's number ('1,5' or '1.5' or '1 000.25'), or None if it is not one."""
    if isinstance(text, Decimal | int):
        return Decimal(text)
    cleaned = text.strip().replace(" ", "").replace("\u00a0", "")
    if "," in cleaned and "." not in cleaned:
        cleaned = cleaned.replace(",", ".")
    cleaned = cleaned.replace(",", "")
    try:
        value = Decimal(cleaned or "0")
    except decimal.InvalidOperation:
        return None
    return value if value.is_finite() else None


def fmt_amount(value: Decimal, currency: str = "") -> str:
    """1234.5 -> '1,234.50' (the currency's minor digits), with the code after it when given."""
    text = f"{money_round(value, currency or 'EUR'):,}" if currency else f"{value:,}"
    return f"{text} {currency}".strip()


def fmt_number(value: Decimal) -> str:
    """A quantity or rate without trailing zeros: 2.500 -> '2.5', 19.00 -> '19'."""
    text = format(value.normalize(), "f")
    return text
