"""Money as integer minor units plus an ISO 4217 code; Decimal in Python, never float."""

from __future__ import annotations

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
