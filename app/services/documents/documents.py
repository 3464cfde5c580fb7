"""Quotes, sales orders and purchase orders: numbered on creation, lines with exact totals, conversions.

Totals follow the one rounding rule in app/services/documents/totals.py (docs/documents.md): each line's net is
rounded to the currency's minor unit, tax is computed once per rate on the sum of that rate's nets, and
the total is their sum. The stored subtotal, tax and total (minor units) are those figures; the PDF and
the lists print them, never a recomputation.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import delete, or_, select
from sqlalchemy.orm import Session

from app.models import (
    Account,
    Contact,
    Document,
    DocumentLine,
    DocumentStatus,
    DocumentType,
    Product,
)
from app.models.money import fmt_amount, from_minor, parse_decimal, scaled, to_minor, unscaled
from app.services.core import writes
from app.services.core.changes import ChangeKind, Outcome
from app.services.core.errors import FieldError, NotFoundError, ValidationError
from app.services.core.listing import ScannedList, text_filter
from app.services.core.record_service import RecordService
from app.services.core.uow import Work
from app.services.core.validation import money_field, rate_field
from app.services.documents import numbering
from app.services.documents.company import CompanyService
from app.services.documents.totals import LineFigures, TaxLine, compute
from app.services.records.timeline import TimelineItem

ENTITY = "document"
DOCUMENT_TYPES: tuple[str, ...] = tuple(t.value for t in DocumentType)
DOCUMENT_STATUSES: tuple[str, ...] = tuple(s.value for s in DocumentStatus)
TYPE_TITLES = {"quote": "Quote", "sales_order": "Sales order", "purchase_order": "Purchase order"}
MAX_QUANTITY = Decimal(10) ** 9


@dataclass(frozen=True)
class LineInput:
    description: str = ""
    quantity: str | Decimal = "1"
    unit_price: str | Decimal = "0"
    discount: str | Decimal = "0"  # percent
    tax_rate: str | Decimal = "0"  # percent
    unit: str = ""
    product_id: uuid.UUID | None = None


@dataclass(frozen=True)
class DocumentInput:
    doc_type: str = DocumentType.QUOTE.value
    account_id: uuid.UUID | None = None
    contact_id: uuid.UUID | None = None
    deal_id: uuid.UUID | None = None
    issued_on: date | None = None  # today when absent
    valid_until: date | None = None
    delivery_date: date | None = None
    currency: str = "EUR"
    payment_terms: str = ""
    notes: str = ""
    status: str = DocumentStatus.DRAFT.value
    price_list_id: uuid.UUID | None = None
    source_id: uuid.UUID | None = None
    lines: tuple[LineInput, ...] = ()


@dataclass(frozen=True)
class LineDetail:
    position: int
    product_id: uuid.UUID | None
    sku: str
    description: str
    quantity: Decimal
    unit: str
    unit_price: Decimal
    discount: Decimal
    tax_rate: Decimal
    net: Decimal

    def as_input(self) -> LineInput:
        return LineInput(
            self.description,
            self.quantity,
            self.unit_price,
            self.discount,
            self.tax_rate,
            self.unit,
            self.product_id,
        )


@dataclass(frozen=True)
class DocumentDetail:
    id: uuid.UUID
    version: int
    doc_type: str
    number: str
    status: str
    issued_on: date
    valid_until: date | None
    delivery_date: date | None
    account_id: uuid.UUID
    account_name: str
    account_address: tuple[str, ...]  # the lines of the customer (or supplier) block
    contact_id: uuid.UUID | None
    contact_name: str
    deal_id: uuid.UUID | None
    source_id: uuid.UUID | None
    source_number: str
    price_list_id: uuid.UUID | None
    currency: str
    payment_terms: str
    notes: str
    lines: tuple[LineDetail, ...]
    taxes: tuple[TaxLine, ...]
    subtotal: Decimal
    tax: Decimal
    total: Decimal
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None = None

    @property
    def title(self) -> str:
        return TYPE_TITLES[self.doc_type]

    def as_input(self) -> DocumentInput:
        return DocumentInput(
            self.doc_type,
            self.account_id,
            self.contact_id,
            self.deal_id,
            self.issued_on,
            self.valid_until,
            self.delivery_date,
            self.currency,
            self.payment_terms,
            self.notes,
            self.status,
            self.price_list_id,
            self.source_id,
            tuple(line.as_input() for line in self.lines),
        )


@dataclass(frozen=True)
class DocumentRow:
    id: uuid.UUID
    number: str
    doc_type: str
    status: str
    account: str
    issued_on: date
    total: Decimal
    currency: str
    updated_at: datetime
    deleted_at: datetime | None = None


def _row(
    id: uuid.UUID,
    number: str,
    doc_type: Any,
    status: Any,
    account: str | None,
    issued_on: date,
    total_minor: int,
    currency: str,
    updated_at: datetime,
    deleted_at: datetime | None,
) -> DocumentRow:
    total = from_minor(total_minor, currency)
    return DocumentRow(
        id,
        number,
        str(doc_type),
        str(status),
        account or "",
        issued_on,
        total,
        currency,
        updated_at,
        deleted_at,
    )


def _search(text: str) -> Any:
    accounts = select(Account.id).where(text_filter([Account.name], text))
    return or_(text_filter([Document.number, Document.notes], text), Document.account_id.in_(accounts))


SORTS: dict[str, tuple[Any, ...]] = {
    "number": (Document.number, Document.id),
    "issued": (Document.issued_on, Document.id),
    "total": (Document.total_minor, Document.id),
    "status": (Document.status, Document.id),
}
LIST = ScannedList(
    model=Document,
    entity=ENTITY,
    table="documents",
    sorts=SORTS,
    sort_indexes={name: f"ix_documents_live_{name}" for name in SORTS},
    row_columns=(
        Document.id,
        Document.number,
        Document.doc_type,
        Document.status,
        Account.name,
        Document.issued_on,
        Document.total_minor,
        Document.currency,
        Document.updated_at,
        Document.deleted_at,
    ),
    row_factory=_row,
    outer_joins=((Account, Account.id == Document.account_id),),
    default_sort="number",
    search_filter=_search,
    kind_column=Document.doc_type,
)


@dataclass(frozen=True)
class _CleanLine:
    product_id: uuid.UUID | None
    description: str
    quantity_milli: int
    unit: str
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


@dataclass
class _Validated:
    values: dict[str, Any]
    lines: list[_CleanLine] = field(default_factory=list)


def _clean_lines(data: DocumentInput, currency: str, errors: list[FieldError]) -> list[_CleanLine]:
    out = []
    for i, line in enumerate(data.lines, start=1):
        row_errors: list[FieldError] = []
        qty = parse_decimal(line.quantity)
        milli = scaled(qty, 3) if qty is not None else None
        if qty is None or milli is None or not 0 < qty < MAX_QUANTITY:
            row_errors.append(FieldError("quantity", "a positive quantity with at most 3 decimals"))
            milli = 0
        price = money_field(line.unit_price, "unit_price", currency, row_errors)
        discount = rate_field(line.discount, "discount", row_errors)
        tax = rate_field(line.tax_rate, "tax_rate", row_errors)
        if not line.description.strip() and line.product_id is None:
            row_errors.append(FieldError("description", "a line needs a product or a description"))
        errors.extend(replace(e, row=i) for e in row_errors)
        out.append(
            _CleanLine(
                line.product_id, line.description.strip(), milli, line.unit.strip()[:20], price, discount, tax
            )
        )
    return out


def validate(data: DocumentInput) -> _Validated:
    errors: list[FieldError] = []
    if data.doc_type not in DOCUMENT_TYPES:
        errors.append(FieldError("doc_type", f"'{data.doc_type}' is not a document type"))
    if data.status not in DOCUMENT_STATUSES:
        errors.append(FieldError("status", f"'{data.status}' is not a document status"))
    if data.account_id is None:
        who = "supplier" if data.doc_type == DocumentType.PURCHASE_ORDER else "customer"
        errors.append(FieldError("account_id", f"choose the {who} account"))
    currency = data.currency.strip().upper()
    if len(currency) != 3 or not currency.isalpha():
        errors.append(FieldError("currency", "a three-letter ISO code such as EUR"))
        currency = "EUR"
    issued = data.issued_on or date.today()
    if data.valid_until and data.valid_until < issued:
        errors.append(FieldError("valid_until", "cannot be before the issue date"))
    if len(data.payment_terms) > 200:
        errors.append(FieldError("payment_terms", "at most 200 characters"))
    lines = _clean_lines(data, currency, errors)
    if errors:
        raise ValidationError(errors)
    totals = compute([line.figures(currency) for line in lines], currency)
    values = {
        "doc_type": DocumentType(data.doc_type),
        "status": DocumentStatus(data.status),
        "issued_on": issued,
        "valid_until": data.valid_until,
        "delivery_date": data.delivery_date,
        "account_id": data.account_id,
        "contact_id": data.contact_id,
        "deal_id": data.deal_id,
        "source_id": data.source_id,
        "price_list_id": data.price_list_id,
        "currency": currency,
        "payment_terms": data.payment_terms.strip(),
        "notes": data.notes,
        "subtotal_minor": to_minor(totals.subtotal, currency),
        "tax_minor": to_minor(totals.tax, currency),
        "total_minor": to_minor(totals.total, currency),
    }
    return _Validated(values, lines)


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
        if [_clean(line) for line in existing] == lines:
            return
        work.session.execute(delete(DocumentLine).where(DocumentLine.document_id == obj.id))
        for position, (line, net) in enumerate(_nets(lines, obj.currency), start=1):
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
            return [_row(*r) for r in session.execute(stmt.limit(limit))]


def _clean(line: DocumentLine) -> _CleanLine:
    return _CleanLine(
        line.product_id,
        line.description,
        line.quantity_milli,
        line.unit,
        line.unit_price_minor,
        line.discount_bp,
        line.tax_rate_bp,
    )


def _nets(lines: list[_CleanLine], currency: str) -> list[tuple[_CleanLine, Decimal]]:
    totals = compute([line.figures(currency) for line in lines], currency)
    return list(zip(lines, totals.nets, strict=True))


def document_detail(session: Session, doc: Document) -> DocumentDetail:
    account = session.get(Account, doc.account_id)
    contact = session.get(Contact, doc.contact_id) if doc.contact_id else None
    source = session.get(Document, doc.source_id) if doc.source_id else None
    rows = session.execute(
        select(DocumentLine, Product.sku)
        .outerjoin(Product, Product.id == DocumentLine.product_id)
        .where(DocumentLine.document_id == doc.id)
        .order_by(DocumentLine.position)
    ).all()
    c = doc.currency
    lines = tuple(
        LineDetail(
            ln.position,
            ln.product_id,
            sku or "",
            ln.description,
            unscaled(ln.quantity_milli, 3),
            ln.unit,
            from_minor(ln.unit_price_minor, c),
            unscaled(ln.discount_bp, 2),
            unscaled(ln.tax_rate_bp, 2),
            from_minor(ln.net_minor, c),
        )
        for ln, sku in rows
    )
    totals = compute([LineFigures(ln.quantity, ln.unit_price, ln.discount, ln.tax_rate) for ln in lines], c)
    address: tuple[str, ...] = ()
    if account is not None:
        place = " ".join(x for x in (account.city, account.country) if x)
        address = tuple(x for x in (*account.address.splitlines(), place) if x.strip())
    return DocumentDetail(
        id=doc.id,
        version=doc.version,
        doc_type=doc.doc_type.value,
        number=doc.number,
        status=doc.status.value,
        issued_on=doc.issued_on,
        valid_until=doc.valid_until,
        delivery_date=doc.delivery_date,
        account_id=doc.account_id,
        account_name=account.name if account else "",
        account_address=address,
        contact_id=doc.contact_id,
        contact_name=f"{contact.first_name} {contact.last_name}".strip() if contact else "",
        deal_id=doc.deal_id,
        source_id=doc.source_id,
        source_number=source.number if source else "",
        price_list_id=doc.price_list_id,
        currency=c,
        payment_terms=doc.payment_terms,
        notes=doc.notes,
        lines=lines,
        taxes=totals.taxes,
        subtotal=from_minor(doc.subtotal_minor, c),
        tax=from_minor(doc.tax_minor, c),
        total=from_minor(doc.total_minor, c),
        created_at=doc.created_at,
        updated_at=doc.updated_at,
        deleted_at=doc.deleted_at,
    )


def timeline_entries(session: Session, account_id: uuid.UUID, limit: int) -> list[TimelineItem]:
    """Documents on their account's timeline: 'Quote Q-2026-0042', status and total."""
    stmt = (
        select(Document)
        .where(Document.account_id == account_id, Document.deleted_at.is_(None))
        .order_by(Document.created_at.desc())
        .limit(limit)
    )
    return [
        TimelineItem(
            doc.created_at,
            "document",
            f"{TYPE_TITLES[doc.doc_type.value]} {doc.number}",
            f"{doc.status.value.capitalize()} · {fmt_amount(from_minor(doc.total_minor, doc.currency), doc.currency)}",
            ENTITY,
            doc.id,
        )
        for doc in session.scalars(stmt)
    ]
