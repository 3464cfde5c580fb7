"""A deal's product lines: their input and detail, their checks, and writing them with the deal.

The lines belong to the deal: they are replaced as a whole when the deal is saved (one unit of work, one
undo step), the deal's version moves when they change, and they stay with the deal in the trash. A deal
with lines is worth their net total (the sum of the rounded line nets, as on a document, before tax);
a deal without lines keeps the amount typed for it.

`write_lines(work, deal, lines)` is the one writer: the deal editor reaches it through `DealsService`,
and an importer (Salesforce OpportunityLineItem) can call it inside its own unit of work.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from app.models import Deal, DealLine, Product, utcnow
from app.models.money import fmt_amount, from_minor, parse_decimal, scaled, to_minor, unscaled
from app.services.core.changes import ChangeKind
from app.services.core.errors import FieldError, ValidationError
from app.services.core.uow import Work
from app.services.core.validation import control_character_error, money_field, rate_field
from app.services.documents.totals import LineFigures, compute

ENTITY = "deal"
MAX_QUANTITY = Decimal(10) ** 9
MAX_LINES = 500
MAX_DESCRIPTION = 2000
MAX_MINOR = 10**15  # a net or a total in minor units (ten trillion euros): far inside a BIGINT


@dataclass(frozen=True)
class DealLineInput:
    description: str = ""
    quantity: str | Decimal = "1"
    unit_price: str | Decimal = "0"  # in the deal's currency
    discount: str | Decimal = "0"  # percent
    tax_rate: str | Decimal = "0"  # percent; carried into a quote made from the deal
    product_id: uuid.UUID | None = None


@dataclass(frozen=True)
class DealLineDetail:
    position: int
    product_id: uuid.UUID | None
    sku: str
    description: str
    quantity: Decimal
    unit_price: Decimal
    discount: Decimal
    tax_rate: Decimal
    net: Decimal

    def as_input(self) -> DealLineInput:
        return DealLineInput(
            self.description, self.quantity, self.unit_price, self.discount, self.tax_rate, self.product_id
        )


@dataclass(frozen=True)
class LineError(FieldError):
    """A problem with one field of one line: "line 3, quantity: must be more than 0"."""

    def __str__(self) -> str:
        return f"line {self.row}, {self.field}: {self.message}"


@dataclass(frozen=True)
class CleanDealLine:
    product_id: uuid.UUID | None
    description: str
    quantity_milli: int
    unit_price_minor: int
    discount_bp: int
    tax_rate_bp: int

    def figures(self, currency: str) -> LineFigures:
        return LineFigures(
            unscaled(self.quantity_milli, 3),
            from_minor(self.unit_price_minor, currency),
            unscaled(self.discount_bp, 2),
            unscaled(self.tax_rate_bp, 2),
        )


def _quantity(value: str | Decimal, errors: list[FieldError]) -> int:
    quantity = parse_decimal(value)
    if quantity is None:
        errors.append(FieldError("quantity", f"'{value}' is not a number"))
        return 0
    milli = scaled(quantity, 3)
    if quantity <= 0:
        errors.append(FieldError("quantity", "must be more than 0"))
    elif milli is None:
        errors.append(FieldError("quantity", "at most 3 decimals"))
    elif quantity >= MAX_QUANTITY:
        errors.append(FieldError("quantity", "must be less than 1,000,000,000"))
    return milli or 0


def clean_lines(
    session: Session, lines: Sequence[DealLineInput], currency: str, deal_id: uuid.UUID | None = None
) -> tuple[list[CleanDealLine], list[FieldError]]:
    """The lines as stored values, and a `LineError` per bad field naming its line (1-based).

    A product in the trash may stay on the deal `deal_id` that already has it, not be added anew."""
    errors: list[FieldError] = []
    if len(lines) > MAX_LINES:
        return [], [FieldError("lines", f"at most {MAX_LINES} lines on a deal ({len(lines)} given)")]
    wanted = {line.product_id for line in lines if line.product_id is not None}
    live: set[uuid.UUID] = set()
    if wanted:
        kept = select(DealLine.product_id).where(DealLine.deal_id == deal_id)
        usable = (
            Product.deleted_at.is_(None) | Product.id.in_(kept) if deal_id else Product.deleted_at.is_(None)
        )
        live = set(session.scalars(select(Product.id).where(Product.id.in_(wanted), usable)))
    out = []
    for number, line in enumerate(lines, start=1):
        found: list[FieldError] = []
        milli = _quantity(line.quantity, found)
        price = money_field(line.unit_price, "unit_price", currency, found)
        discount = rate_field(line.discount, "discount", found)
        tax = rate_field(line.tax_rate, "tax_rate", found)
        description = line.description.strip()
        if line.product_id is not None and line.product_id not in live:
            found.append(FieldError("product", "that product does not exist or is in the trash"))
        if not description and line.product_id is None:
            found.append(FieldError("description", "a line needs a product or a description"))
        elif len(description) > MAX_DESCRIPTION:
            found.append(FieldError("description", f"at most {MAX_DESCRIPTION} characters"))
        elif bad := control_character_error(description, "description"):
            found.append(bad)
        clean = CleanDealLine(line.product_id, description, milli, price, discount, tax)
        if (
            not found
            and to_minor(compute([clean.figures(currency)], currency).subtotal, currency) > MAX_MINOR
        ):
            found.append(FieldError("unit_price", "the line's net is too large for a deal"))
        errors.extend(LineError(e.field, e.message, number) for e in found)
        out.append(clean)
    if not errors and out and net_total_minor(out, currency) > MAX_MINOR:
        errors.append(FieldError("lines", "the lines' net total is too large for a deal"))
    return out, errors


def net_total_minor(lines: Sequence[CleanDealLine], currency: str) -> int:
    """The deal's amount when it has lines: the sum of the rounded line nets (the document rule)."""
    return to_minor(compute([line.figures(currency) for line in lines], currency).subtotal, currency)


def stored_lines(session: Session, deal_id: uuid.UUID) -> list[DealLine]:
    return list(
        session.scalars(select(DealLine).where(DealLine.deal_id == deal_id).order_by(DealLine.position))
    )


def _clean(line: DealLine) -> CleanDealLine:
    return CleanDealLine(
        line.product_id,
        line.description,
        line.quantity_milli,
        line.unit_price_minor,
        line.discount_bp,
        line.tax_rate_bp,
    )


def lines_differ(session: Session, deal_id: uuid.UUID, cleaned: Sequence[CleanDealLine]) -> bool:
    return [_clean(line) for line in stored_lines(session, deal_id)] != list(cleaned)


def stored_inputs(session: Session, deal: Deal) -> tuple[DealLineInput, ...]:
    """The stored lines as input (in the deal's currency): what an edit that leaves them alone keeps."""
    return tuple(line.as_input() for line in read_lines(session, deal))


def summary(lines: Sequence[CleanDealLine], currency: str) -> str | None:
    """The audit trail's text for a set of lines: '3 lines, net 1,250.00 EUR' (None: no lines)."""
    if not lines:
        return None
    net = from_minor(net_total_minor(lines, currency), currency)
    return f"{len(lines)} line{'s' if len(lines) != 1 else ''}, net {fmt_amount(net, currency)}"


def write_lines(work: Work, deal: Deal, lines: Sequence[DealLineInput], *, touch: bool = True) -> bool:
    """Make the deal's lines exactly `lines` (validated; ValidationError names line and field), set its
    amount to their net total when there are any, audit and bump the deal's version. True if changed.

    `touch` False: the deal was inserted in this unit of work, so its version stays the first one."""
    with work.session.no_autoflush:  # the deal's own pending edits and its lines: one version step
        cleaned, errors = clean_lines(work.session, lines, deal.currency, deal.id)
        if errors:
            raise ValidationError(errors)
        existing = stored_lines(work.session, deal.id)
    old = [_clean(line) for line in existing]
    if old == cleaned and (not cleaned or deal.amount_minor == net_total_minor(cleaned, deal.currency)):
        return False
    if old != cleaned:
        work.session.execute(delete(DealLine).where(DealLine.deal_id == deal.id))
        nets = compute([line.figures(deal.currency) for line in cleaned], deal.currency).nets
        for position, (line, net) in enumerate(zip(cleaned, nets, strict=True), start=1):
            work.session.add(
                DealLine(
                    deal_id=deal.id,
                    position=position,
                    product_id=line.product_id,
                    description=line.description,
                    quantity_milli=line.quantity_milli,
                    unit_price_minor=line.unit_price_minor,
                    discount_bp=line.discount_bp,
                    tax_rate_bp=line.tax_rate_bp,
                    net_minor=to_minor(net, deal.currency),
                )
            )
        work.audit(
            ENTITY, deal.id, "update", "lines", summary(old, deal.currency), summary(cleaned, deal.currency)
        )
    if cleaned:
        amount = net_total_minor(cleaned, deal.currency)
        if amount != deal.amount_minor:
            work.audit(ENTITY, deal.id, "update", "amount_minor", deal.amount_minor, amount)
            deal.amount_minor = amount
    if touch and not work.session.is_modified(deal):
        deal.updated_at = utcnow()  # the deal's row changes with its lines, so its version moves
    work.session.flush()
    work.changed(ENTITY, ChangeKind.UPDATED, [deal.id])
    return True


def read_lines(session: Session, deal: Deal) -> tuple[DealLineDetail, ...]:
    """The deal's lines in order, with each product's SKU."""
    rows = session.execute(
        select(DealLine, Product.sku)
        .outerjoin(Product, Product.id == DealLine.product_id)
        .where(DealLine.deal_id == deal.id)
        .order_by(DealLine.position)
    ).all()
    c = deal.currency
    return tuple(
        DealLineDetail(
            line.position,
            line.product_id,
            sku or "",
            line.description,
            unscaled(line.quantity_milli, 3),
            from_minor(line.unit_price_minor, c),
            unscaled(line.discount_bp, 2),
            unscaled(line.tax_rate_bp, 2),
            from_minor(line.net_minor, c),
        )
        for line, sku in rows
    )
