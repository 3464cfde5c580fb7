"""A document as the editor sees it: its input, lines, detail and list row, and the checks of its fields.

Totals follow the one rounding rule in app/services/documents/totals.py (docs/documents.md): each line's net is
rounded to the currency's minor unit, tax is computed once per rate on the sum of that rate's nets, and
the total is their sum. The stored subtotal, tax and total (minor units) are those figures; the PDF and
the lists print them, never a recomputation. `DocumentsService` (documents.py) writes with these.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import or_, select
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
from app.models.money import from_minor, parse_decimal, scaled, to_minor, unscaled
from app.services.core.errors import FieldError, ValidationError
from app.services.core.listing import ScannedList, text_filter
from app.services.core.validation import money_field, rate_field
from app.services.documents.company import address_lines
from app.services.documents.totals import LineFigures, TaxLine, compute

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
    account_country: str = ""  # with account_language, picks the language and formats of the printout
    account_language: str = ""

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


def document_row(
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
    row_factory=document_row,
    outer_joins=((Account, Account.id == Document.account_id),),
    default_sort="number",
    search_filter=_search,
    kind_column=Document.doc_type,
)


@dataclass(frozen=True)
class CleanLine:
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
class Validated:
    values: dict[str, Any]
    lines: list[CleanLine] = field(default_factory=list)


def _clean_lines(data: DocumentInput, currency: str, errors: list[FieldError]) -> list[CleanLine]:
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
            CleanLine(
                line.product_id, line.description.strip(), milli, line.unit.strip()[:20], price, discount, tax
            )
        )
    return out


def validate(data: DocumentInput) -> Validated:
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
    return Validated(values, lines)


def clean_line(line: DocumentLine) -> CleanLine:
    return CleanLine(
        line.product_id,
        line.description,
        line.quantity_milli,
        line.unit,
        line.unit_price_minor,
        line.discount_bp,
        line.tax_rate_bp,
    )


def line_nets(lines: list[CleanLine], currency: str) -> list[tuple[CleanLine, Decimal]]:
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
        address = address_lines(
            account.address,
            account.city,
            account.country,
            postal_code=account.postal_code,
            region=account.region,
        )
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
        account_country=account.country if account else "",
        account_language=account.language if account else "",
        deleted_at=doc.deleted_at,
    )
