"""The product catalogue and price lists: validated edits, the paged list, and prices for a document."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import PriceList, PriceListItem, Product
from app.models.money import from_minor, unscaled
from app.services.core.changes import ChangeKind, Outcome
from app.services.core.errors import FieldError, NotFoundError, ValidationError
from app.services.core.listing import ScannedList, text_filter
from app.services.core.record_service import RecordService
from app.services.core.validation import money_field, rate_field, require_text

ENTITY = "product"


@dataclass(frozen=True)
class ProductInput:
    sku: str = ""
    name: str = ""
    description: str = ""
    unit: str = "pc"
    price: str | Decimal = "0"
    cost: str | Decimal = "0"
    currency: str = "EUR"
    tax_rate: str | Decimal = "0"  # percent
    is_active: bool = True
    custom: Mapping[str, Any] | None = None  # custom field key -> value; None leaves them as they are


@dataclass(frozen=True)
class ProductDetail:
    id: uuid.UUID
    version: int
    sku: str
    name: str
    description: str
    unit: str
    price: Decimal
    cost: Decimal
    currency: str
    tax_rate: Decimal
    is_active: bool
    deleted_at: datetime | None
    custom: Mapping[str, Any] = field(default_factory=dict)

    def as_input(self) -> ProductInput:
        return ProductInput(
            self.sku,
            self.name,
            self.description,
            self.unit,
            self.price,
            self.cost,
            self.currency,
            self.tax_rate,
            self.is_active,
            custom=dict(self.custom),
        )


@dataclass(frozen=True)
class ProductRow:
    id: uuid.UUID
    sku: str
    name: str
    unit: str
    price: Decimal
    currency: str
    tax_rate: Decimal
    is_active: bool
    updated_at: datetime
    deleted_at: datetime | None = None
    custom: Mapping[str, Any] = field(default_factory=dict)


def _row(
    id: uuid.UUID,
    sku: str,
    name: str,
    unit: str,
    price_minor: int,
    currency: str,
    tax_bp: int,
    active: bool,
    updated_at: datetime,
    deleted_at: datetime | None,
    custom: Mapping[str, Any] | None = None,
) -> ProductRow:
    price = from_minor(price_minor, currency)
    return ProductRow(
        id,
        sku,
        name,
        unit,
        price,
        currency,
        unscaled(tax_bp, 2),
        active,
        updated_at,
        deleted_at,
        custom or {},
    )


SORTS: dict[str, tuple[Any, ...]] = {"name": (Product.name, Product.id), "sku": (Product.sku, Product.id)}
LIST = ScannedList(
    model=Product,
    entity=ENTITY,
    table="products",
    sorts=SORTS,
    sort_indexes={name: f"ix_products_live_{name}" for name in SORTS},
    row_columns=(
        Product.id,
        Product.sku,
        Product.name,
        Product.unit,
        Product.price_minor,
        Product.currency,
        Product.tax_rate_bp,
        Product.is_active,
        Product.updated_at,
        Product.deleted_at,
    ),
    custom_values=True,
    row_factory=_row,
    search_filter=lambda text: text_filter([Product.sku, Product.name, Product.description], text),
)


def validate(data: ProductInput) -> dict[str, Any]:
    errors: list[FieldError] = []
    for name, limit, required in (("sku", 60, True), ("name", 200, True), ("unit", 20, False)):
        err = require_text(getattr(data, name), name, limit, required)
        if err:
            errors.append(err)
    currency = data.currency.strip().upper()
    if len(currency) != 3 or not currency.isalpha():
        errors.append(FieldError("currency", "a three-letter ISO code such as EUR"))
        currency = "EUR"
    values = {
        "sku": data.sku.strip(),
        "name": data.name.strip(),
        "description": data.description.strip(),
        "unit": data.unit.strip(),
        "price_minor": money_field(data.price, "price", currency, errors),
        "cost_minor": money_field(data.cost, "cost", currency, errors),
        "currency": currency,
        "tax_rate_bp": rate_field(data.tax_rate, "tax_rate", errors),
        "is_active": bool(data.is_active),
    }
    if errors:
        raise ValidationError(errors)
    return values


@dataclass(frozen=True)
class ProductPick:
    """A product as a document line starts from: its price from the price list when it has one."""

    id: uuid.UUID
    sku: str
    name: str
    description: str
    unit: str
    price: Decimal
    cost: Decimal
    currency: str
    tax_rate: Decimal


@dataclass(frozen=True)
class PriceRow:
    """One product in a price list: its standard price and the list's override, if any."""

    product_id: uuid.UUID
    sku: str
    name: str
    standard: Decimal
    standard_currency: str
    list_price: Decimal | None
    list_currency: str


@dataclass(frozen=True)
class PriceListRef:
    id: uuid.UUID
    name: str
    currency: str


class ProductsService(RecordService[ProductInput, ProductDetail]):
    model = Product
    entity = ENTITY
    listing = LIST

    def validate(self, data: ProductInput) -> dict[str, Any]:
        return validate(data)

    def detail(self, session: Session, obj: Product) -> ProductDetail:
        return ProductDetail(
            obj.id,
            obj.version,
            obj.sku,
            obj.name,
            obj.description,
            obj.unit,
            from_minor(obj.price_minor, obj.currency),
            from_minor(obj.cost_minor, obj.currency),
            obj.currency,
            unscaled(obj.tax_rate_bp, 2),
            obj.is_active,
            obj.deleted_at,
            dict(obj.custom or {}),
        )

    def find(self, text: str, price_list_id: uuid.UUID | None = None, limit: int = 20) -> list[ProductPick]:
        """Active products whose SKU or name contains the text (the line editor's completer)."""
        with self.uow.read() as session:
            stmt = select(Product).where(Product.deleted_at.is_(None), Product.is_active.is_(True))
            if text.strip():
                stmt = stmt.where(text_filter([Product.sku, Product.name], text))
            products = list(session.scalars(stmt.order_by(Product.name).limit(limit)))
            return [_pick(session, p, price_list_id) for p in products]

    def pick(self, product_id: uuid.UUID, price_list_id: uuid.UUID | None = None) -> ProductPick:
        with self.uow.read() as session:
            product = session.get(Product, product_id)
            if product is None:
                raise NotFoundError(ENTITY, product_id)
            return _pick(session, product, price_list_id)

    # --- price lists --------------------------------------------------------------------------------
    def price_lists(self) -> list[PriceListRef]:
        with self.uow.read() as session:
            stmt = select(PriceList).where(PriceList.deleted_at.is_(None)).order_by(PriceList.name)
            return [PriceListRef(p.id, p.name, p.currency) for p in session.scalars(stmt)]

    def create_price_list(self, name: str, currency: str = "EUR") -> Outcome[PriceListRef]:
        if not name.strip():
            raise ValidationError(FieldError("name", "a price list needs a name"))
        with self.uow() as work:
            plist = PriceList(name=name.strip(), currency=currency.upper())
            work.session.add(plist)
            work.session.flush()
            work.audit("price_list", plist.id, "create")
            work.changed("price_list", ChangeKind.CREATED, [plist.id])
        return Outcome(PriceListRef(plist.id, plist.name, plist.currency), work.changes)

    def prices(self, price_list_id: uuid.UUID) -> list[PriceRow]:
        """Every active product with its standard price and, where the list overrides it, the list's price."""
        with self.uow.read() as session:
            plist = session.get(PriceList, price_list_id)
            if plist is None:
                raise NotFoundError("price list", price_list_id)
            overrides = dict(
                session.execute(
                    select(PriceListItem.product_id, PriceListItem.price_minor).where(
                        PriceListItem.price_list_id == price_list_id
                    )
                ).all()
            )
            products = session.scalars(
                select(Product)
                .where(Product.deleted_at.is_(None), Product.is_active.is_(True))
                .order_by(Product.sku)
            )
            return [
                PriceRow(
                    p.id,
                    p.sku,
                    p.name,
                    from_minor(p.price_minor, p.currency),
                    p.currency,
                    from_minor(overrides[p.id], plist.currency) if p.id in overrides else None,
                    plist.currency,
                )
                for p in products
            ]

    def set_price(
        self, price_list_id: uuid.UUID, product_id: uuid.UUID, price: Decimal | None
    ) -> Outcome[Decimal | None]:
        """Override a product's unit price in a price list (in the list's currency); None removes the
        override. Returns the price it replaced (None: there was none), which is what undo sets back."""
        with self.uow() as work:
            plist = work.session.get(PriceList, price_list_id)
            if plist is None:
                raise NotFoundError("price list", price_list_id)
            errors: list[FieldError] = []
            minor = money_field(price, "price", plist.currency, errors) if price is not None else None
            if errors:
                raise ValidationError(errors)
            item = work.session.scalar(
                select(PriceListItem).where(
                    PriceListItem.price_list_id == price_list_id, PriceListItem.product_id == product_id
                )
            )
            previous = from_minor(item.price_minor, plist.currency) if item is not None else None
            if minor is None:
                if item is not None:
                    work.session.delete(item)
            elif item is None:
                work.session.add(
                    PriceListItem(price_list_id=price_list_id, product_id=product_id, price_minor=minor)
                )
            else:
                item.price_minor = minor
            work.session.flush()
            work.audit(
                "price_list",
                price_list_id,
                "update",
                "price",
                f"{product_id}={previous}",
                f"{product_id}={price}",
            )
            work.changed("price_list", ChangeKind.UPDATED, [price_list_id])
        return Outcome(previous, work.changes)


def _pick(session: Session, product: Product, price_list_id: uuid.UUID | None) -> ProductPick:
    price, currency = product.price_minor, product.currency
    if price_list_id is not None:
        row = session.execute(
            select(PriceListItem.price_minor, PriceList.currency)
            .join(PriceList, PriceList.id == PriceListItem.price_list_id)
            .where(PriceListItem.price_list_id == price_list_id, PriceListItem.product_id == product.id)
        ).first()
        if row is not None:
            price, currency = row[0], row[1]
    return ProductPick(
        product.id,
        product.sku,
        product.name,
        product.description,
        product.unit,
        from_minor(price, currency),
        from_minor(product.cost_minor, product.currency),
        currency,
        unscaled(product.tax_rate_bp, 2),
    )
