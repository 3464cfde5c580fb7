"""What a customer bought: sales orders and accepted quotes, each purchase counted once.

A purchase is a live sales order that is not a draft, cancelled or declined, or an accepted quote that no
such order was made from (`convert_to_order` links the order to its quote by `source_id`).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, and_, or_, select
from sqlalchemy.orm import Session, aliased

from app.models import Document, DocumentLine, DocumentStatus, DocumentType, Product
from app.models.money import from_minor
from app.services.core.uow import UnitOfWorkFactory

_NOT_BOUGHT = (DocumentStatus.DRAFT, DocumentStatus.CANCELLED, DocumentStatus.DECLINED)


def is_purchase(doc: Any = Document) -> ColumnElement[bool]:
    """The condition on a documents row (or an alias of it) that makes it a purchase."""
    order = aliased(Document)
    ordered_from = (
        select(order.id)
        .where(
            order.source_id == doc.id,
            order.doc_type == DocumentType.SALES_ORDER,
            order.deleted_at.is_(None),
            order.status.not_in(_NOT_BOUGHT),
        )
        .exists()
    )
    return and_(
        doc.deleted_at.is_(None),
        or_(
            and_(doc.doc_type == DocumentType.SALES_ORDER, doc.status.not_in(_NOT_BOUGHT)),
            and_(doc.doc_type == DocumentType.QUOTE, doc.status == DocumentStatus.ACCEPTED, ~ordered_from),
        ),
    )


@dataclass(frozen=True)
class PurchaseLine:
    product_id: uuid.UUID | None
    product: str  # the product's name, or the line's description for a free line
    quantity: Decimal
    net: Decimal


@dataclass(frozen=True)
class Purchase:
    document_id: uuid.UUID
    number: str
    kind: str  # "order" or "quote"
    issued_on: date
    currency: str
    net: Decimal
    lines: tuple[PurchaseLine, ...]


class PurchaseHistoryService:
    """The purchases of an account or a contact, newest first."""

    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self.uow = uow

    def for_account(self, account_id: uuid.UUID) -> list[Purchase]:
        with self.uow.read() as session:
            return _purchases(session, Document.account_id == account_id)

    def for_contact(self, contact_id: uuid.UUID) -> list[Purchase]:
        with self.uow.read() as session:
            return _purchases(session, Document.contact_id == contact_id)

    def products_of(self, account_id: uuid.UUID) -> set[uuid.UUID]:
        """The products an account has bought."""
        with self.uow.read() as session:
            return bought_products(session, account_id)


def bought_products(session: Session, account_id: uuid.UUID) -> set[uuid.UUID]:
    rows = session.scalars(
        select(DocumentLine.product_id)
        .join(Document, Document.id == DocumentLine.document_id)
        .where(Document.account_id == account_id, is_purchase(), DocumentLine.product_id.is_not(None))
        .distinct()
    )
    return {r for r in rows if r is not None}


def _purchases(session: Session, who: ColumnElement[bool]) -> list[Purchase]:
    docs = session.execute(
        select(Document.id, Document.number, Document.doc_type, Document.issued_on, Document.currency)
        .add_columns(Document.subtotal_minor)
        .where(who, is_purchase())
        .order_by(Document.issued_on.desc(), Document.number.desc())
    ).all()
    lines: dict[uuid.UUID, list[PurchaseLine]] = {d.id: [] for d in docs}
    currency = {d.id: d.currency for d in docs}
    if docs:
        for doc_id, product_id, name, description, qty, net in session.execute(
            select(
                DocumentLine.document_id,
                DocumentLine.product_id,
                Product.name,
                DocumentLine.description,
                DocumentLine.quantity_milli,
                DocumentLine.net_minor,
            )
            .outerjoin(Product, Product.id == DocumentLine.product_id)
            .where(DocumentLine.document_id.in_(list(lines)), DocumentLine.deleted_at.is_(None))
            .order_by(DocumentLine.document_id, DocumentLine.position)
        ).all():
            label = name or description.split("\n", 1)[0]
            lines[doc_id].append(
                PurchaseLine(product_id, label, Decimal(qty) / 1000, from_minor(net, currency[doc_id]))
            )
    return [
        Purchase(
            d.id,
            d.number,
            "order" if d.doc_type == DocumentType.SALES_ORDER else "quote",
            d.issued_on,
            d.currency,
            from_minor(d.subtotal_minor, d.currency),
            tuple(lines[d.id]),
        )
        for d in docs
    ]
