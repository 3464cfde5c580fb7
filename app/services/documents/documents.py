"""Quotes, sales orders and purchase orders: numbered on creation, lines with exact totals, conversions.

What a document is made of, and how its input is checked, is in document_input.py.
"""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from app.models import (
    Account,
    Deal,
    DealLine,
    Document,
    DocumentLine,
    DocumentStatus,
    DocumentType,
    Product,
)
from app.models.money import from_minor, to_minor, unscaled
from app.services.core import writes
from app.services.core.changes import ChangeKind, Outcome
from app.services.core.errors import FieldError, NotFoundError, ValidationError
from app.services.core.record_service import RecordService
from app.services.core.uow import Work
from app.services.documents import numbering
from app.services.documents.company import CompanyService
from app.services.documents.document_input import (
    ENTITY,
    LIST,
    DocumentDetail,
    DocumentInput,
    DocumentRow,
    LineInput,
    clean_line,
    document_detail,
    document_row,
    line_nets,
    validate,
)


class DocumentsService(RecordService[DocumentInput, DocumentDetail]):
    model = Document
    entity = ENTITY
    listing = LIST

    def validate(self, data: DocumentInput) -> dict[str, Any]:
        return validate(data).values

    def detail(self, session: Session, obj: Document) -> DocumentDetail:
        return document_detail(session, obj)

    def before_create(self, work: Work, values: dict[str, Any]) -> dict[str, Any]:
        company = CompanyService(self.uow).get()
        doc_type = values["doc_type"].value
        fmt = company.number_format(doc_type)
        number = numbering.next_number(work.session, doc_type, values["issued_on"].year, company.device, fmt)
        return {**values, "number": number}

    def after_write(self, work: Work, obj: Document, data: DocumentInput, before: dict[str, Any]) -> None:
        if before and before.get("doc_type") != obj.doc_type:
            raise ValidationError(
                FieldError("doc_type", "a document's type cannot change; convert it instead")
            )
        lines = validate(data).lines
        existing = list(
            work.session.scalars(
                select(DocumentLine).where(DocumentLine.document_id == obj.id).order_by(DocumentLine.position)
            )
        )
        if [clean_line(line) for line in existing] == lines:
            return
        work.session.execute(delete(DocumentLine).where(DocumentLine.document_id == obj.id))
        for position, (line, net) in enumerate(line_nets(lines, obj.currency), start=1):
            work.session.add(
                DocumentLine(
                    document_id=obj.id,
                    position=position,
                    product_id=line.product_id,
                    description=line.description,
                    quantity_milli=line.quantity_milli,
                    unit=line.unit,
                    unit_price_minor=line.unit_price_minor,
                    discount_bp=line.discount_bp,
                    tax_rate_bp=line.tax_rate_bp,
                    net_minor=to_minor(net, obj.currency),
                )
            )
        work.session.flush()
        if before:
            work.audit(ENTITY, obj.id, "update", "lines", len(existing), len(lines))
            work.changed(ENTITY, ChangeKind.UPDATED, [obj.id])

    # --- conversions --------------------------------------------------------------------------------
    def convert_to_order(self, quote_id: uuid.UUID) -> Outcome[DocumentDetail]:
        """A sales order with the quote's lines; the quote becomes accepted."""
        quote = self.get(quote_id)
        if quote.doc_type != DocumentType.QUOTE:
            raise ValidationError(FieldError("doc_type", f"{quote.number} is not a quote"))
        order = replace(
            quote.as_input(),
            doc_type=DocumentType.SALES_ORDER.value,
            status=DocumentStatus.DRAFT.value,
            issued_on=date.today(),
            valid_until=None,
            source_id=quote.id,
        )
        with self.uow() as work:
            created = self._create_in(work, order)
            source = work.session.get(Document, quote.id)
            assert source is not None
            if source.status in (DocumentStatus.DRAFT, DocumentStatus.SENT):
                work.audit(ENTITY, source.id, "update", "status", source.status.value, "accepted")
                source.status = DocumentStatus.ACCEPTED
                work.changed(ENTITY, ChangeKind.UPDATED, [source.id])
        return Outcome(created, work.changes)

    def quote_from_deal(self, deal_id: uuid.UUID) -> Outcome[DocumentDetail]:
        """A draft quote for a deal: its account and contact, its product lines (or, without lines, its
        amount as one line, net, no tax until edited), valid for 30 days and linked to the deal. A deal
        without an account is refused."""
        company = CompanyService(self.uow).get()
        with self.uow() as work:
            deal = writes.get_live(work.session, Deal, deal_id, "deal")
            if deal.account_id is None:
                raise ValidationError(
                    FieldError("account_id", f"the deal “{deal.name}” has no account to address a quote to")
                )
            today = date.today()
            data = DocumentInput(
                doc_type=DocumentType.QUOTE.value,
                account_id=deal.account_id,
                contact_id=deal.contact_id,
                deal_id=deal.id,
                issued_on=today,
                valid_until=today + timedelta(days=30),
                currency=deal.currency,
                payment_terms=company.payment_terms,
                lines=_deal_lines(work.session, deal),
            )
            created = self._create_in(work, data)
        return Outcome(created, work.changes)

    def draft_in(
        self,
        work: Work,
        doc_type: str,
        account_id: uuid.UUID,
        contact_id: uuid.UUID | None = None,
        deal_id: uuid.UUID | None = None,
        template_id: uuid.UUID | None = None,
    ) -> DocumentDetail:
        """A draft quote or sales order in the caller's `work` (an automation rule's action): the template
        document's lines, currency, terms and notes, or without a template the deal's own lines; a quote
        is valid for 30 days. A missing template or deal is NotFoundError."""
        company = CompanyService(self.uow).get()
        s = work.session
        today = date.today()
        data = DocumentInput(
            doc_type=doc_type,
            account_id=account_id,
            contact_id=contact_id,
            deal_id=deal_id,
            issued_on=today,
            valid_until=today + timedelta(days=30) if doc_type == DocumentType.QUOTE.value else None,
            payment_terms=company.payment_terms,
        )
        if template_id is not None:
            template = document_detail(s, writes.get_live(s, Document, template_id, ENTITY))
            data = replace(
                data,
                currency=template.currency,
                payment_terms=template.payment_terms or data.payment_terms,
                notes=template.notes,
                lines=tuple(line.as_input() for line in template.lines),
            )
        elif deal_id is not None:
            deal = writes.get_live(s, Deal, deal_id, "deal")
            data = replace(data, currency=deal.currency, lines=_deal_lines(s, deal))
        return self._create_in(work, data)

    def purchase_order_from(self, order_id: uuid.UUID, supplier_id: uuid.UUID) -> Outcome[DocumentDetail]:
        """A purchase order to `supplier_id` for a sales order's lines, priced at the products' cost."""
        order = self.get(order_id)
        if order.doc_type != DocumentType.SALES_ORDER:
            raise ValidationError(FieldError("doc_type", f"{order.number} is not a sales order"))
        with self.uow.read() as session:
            costs = {
                p.id: from_minor(p.cost_minor, p.currency)
                for p in session.scalars(
                    select(Product).where(
                        Product.id.in_([ln.product_id for ln in order.lines if ln.product_id])
                    )
                )
            }
        lines = tuple(
            replace(
                ln.as_input(),
                unit_price=costs.get(ln.product_id, ln.unit_price) if ln.product_id else ln.unit_price,
                discount=Decimal(0),
            )
            for ln in order.lines
        )
        data = DocumentInput(
            doc_type=DocumentType.PURCHASE_ORDER.value,
            account_id=supplier_id,
            deal_id=order.deal_id,
            delivery_date=order.delivery_date,
            currency=order.currency,
            payment_terms=order.payment_terms,
            source_id=order.id,
            lines=lines,
        )
        with self.uow() as work:
            created = self._create_in(work, data)
        return Outcome(created, work.changes)

    def _create_in(self, work: Work, data: DocumentInput) -> DocumentDetail:
        values = self.before_create(work, self.validate(data))
        obj = Document(**values)
        writes.create(work, obj, ENTITY)
        self.after_write(work, obj, data, {})
        return self.detail(work.session, obj)

    # --- reads --------------------------------------------------------------------------------------
    def by_number(self, number: str) -> DocumentDetail:
        with self.uow.read() as session:
            obj = session.scalar(select(Document).where(Document.number == number))
            if obj is None:
                raise NotFoundError(ENTITY, number)
            return self.detail(session, obj)

    def rows(
        self, doc_type: str = "", deal_id: uuid.UUID | None = None, limit: int | None = None
    ) -> list[DocumentRow]:
        """Live documents by number (the CLI's list, a deal's documents)."""
        with self.uow.read() as session:
            stmt = (
                select(*LIST.row_columns)
                .outerjoin(Account, Account.id == Document.account_id)
                .where(Document.deleted_at.is_(None))
                .order_by(Document.number)
            )
            if doc_type:
                stmt = stmt.where(Document.doc_type == doc_type)
            if deal_id is not None:
                stmt = stmt.where(Document.deal_id == deal_id)
            return [document_row(*r) for r in session.execute(stmt.limit(limit))]


def _deal_lines(session: Session, deal: Deal) -> tuple[LineInput, ...]:
    """A deal's product lines as quote lines (with each product's unit, its name for a line without a
    description), or its amount as one line."""
    rows = session.execute(
        select(DealLine, Product.unit, Product.name)
        .outerjoin(Product, Product.id == DealLine.product_id)
        .where(DealLine.deal_id == deal.id)
        .order_by(DealLine.position)
    ).all()
    if not rows:
        return (LineInput(deal.name, "1", from_minor(deal.amount_minor, deal.currency), "0", "0"),)
    return tuple(
        LineInput(
            line.description or name or "",
            unscaled(line.quantity_milli, 3),
            from_minor(line.unit_price_minor, deal.currency),
            unscaled(line.discount_bp, 2),
            unscaled(line.tax_rate_bp, 2),
            unit or "",
            line.product_id,
        )
        for line, unit, name in rows
    )
