"""Document totals, exact: Decimal arithmetic with one rounding rule (docs/documents.md).

The rule, in the document's currency (2 minor digits for EUR, 0 for JPY ...), half-to-even throughout:
1. each line's net = round(quantity x unit price x (1 - discount / 100));
2. each tax rate's tax = round(sum of the nets at that rate x rate / 100), rounded once per rate;
3. subtotal = sum of nets; tax = sum of the per-rate taxes; total = subtotal + tax.
Quantities carry at most 3 decimals, discounts and tax rates at most 2, unit prices the currency's minor
digits; the database stores them as integers (thousandths, basis points, minor units).
"""

from __future__ import annotations

import decimal
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_EVEN, Decimal

from app.models.money import money_round

HUNDRED = Decimal(100)
# Wide enough for any product of the stored integers: the default 28 digits could round silently.
_EXACT = decimal.Context(prec=60, rounding=ROUND_HALF_EVEN, traps=[decimal.Inexact, decimal.Overflow])


@dataclass(frozen=True)
class LineFigures:
    quantity: Decimal
    unit_price: Decimal
    discount: Decimal  # percent
    tax_rate: Decimal  # percent


@dataclass(frozen=True)
class TaxLine:
    rate: Decimal  # percent
    base: Decimal  # sum of the nets at this rate
    tax: Decimal


@dataclass(frozen=True)
class Totals:
    nets: tuple[Decimal, ...]
    taxes: tuple[TaxLine, ...]  # ordered by rate
    subtotal: Decimal
    tax: Decimal
    total: Decimal


def line_net(line: LineFigures, currency: str) -> Decimal:
    with decimal.localcontext(_EXACT):
        exact = line.quantity * line.unit_price * (HUNDRED - line.discount) / HUNDRED
    return money_round(exact, currency)


def compute(lines: Sequence[LineFigures], currency: str) -> Totals:
    nets = tuple(line_net(line, currency) for line in lines)
    bases: dict[Decimal, Decimal] = {}
    for line, net in zip(lines, nets, strict=True):
        rate = line.tax_rate.normalize() + 0  # 19, 19.0 and 19.00 are one rate
        bases[rate] = bases.get(rate, Decimal(0)) + net
    taxes = []
    for rate in sorted(bases):
        with decimal.localcontext(_EXACT):
            exact = bases[rate] * rate / HUNDRED
        taxes.append(TaxLine(rate, bases[rate], money_round(exact, currency)))
    subtotal = sum(nets, Decimal(0))
    tax = sum((t.tax for t in taxes), Decimal(0))
    return Totals(nets, tuple(taxes), subtotal, tax, subtotal + tax)
