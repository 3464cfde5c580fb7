"""Salesforce's products and price books: Product2 with its standard price, other price books as price lists.

Salesforce keeps no price on Product2: a PricebookEntry gives a product its UnitPrice in one currency
(CurrencyIsoCode; single-currency orgs export none) in one Pricebook2, the standard one (IsStandard)
holding the list prices. So Product2 is read with its first standard entry joined in as `Unit Price`
and `Currency` (columns the import engine maps), and every other entry (another price book, or the
standard book in a second currency) becomes an item of a price list named after its book, with the
currency added when a book has several. Money is read as Decimal and stored in minor units.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from typing import Any

from sqlalchemy import select

from app.models import PriceList, PriceListItem, Product
from app.models.money import parse_decimal, to_minor
from app.services.core import writes
from app.services.core.changes import ChangeKind
from app.services.core.errors import FieldError, ValidationError
from app.services.importing.csv_read import Table
from app.services.importing.export_run import ExportRun, StepResult
from app.services.importing.rejects import rejected_rows

TRUE = {"true", "1", "yes"}
PRICE, CURRENCY = "Unit Price", "Currency"  # the joined columns, named as the engine's mapping knows them
MADE_LIST, MADE_ITEM = "pricelist", "pli"


def _records(table: Table | None) -> list[tuple[int, dict[str, str]]]:
    if table is None:
        return []
    return [(number, record) for (number, _), record in zip(table.rows, table.records(), strict=True)]


def standard_books(tables: Mapping[str, Table]) -> set[str]:
    return {r.get("Id", "").strip() for _n, r in _records(tables.get("Pricebook2")) if _true(r, "IsStandard")}


def _true(record: Mapping[str, str], name: str) -> bool:
    return record.get(name, "").strip().lower() in TRUE


def _list_price_entries(tables: Mapping[str, Table]) -> dict[str, tuple[int, dict[str, str]]]:
    """Product2 Id -> its standard entry (the first in the file): row number and cells."""
    standard = standard_books(tables)
    chosen: dict[str, tuple[int, dict[str, str]]] = {}
    for number, entry in _records(tables.get("PricebookEntry")):
        book = entry.get("Pricebook2Id", "").strip()
        if (not standard or book in standard) and entry.get("Product2Id", "").strip() not in chosen:
            chosen[entry.get("Product2Id", "").strip()] = (number, entry)
    return chosen


def products_table(tables: dict[str, Table]) -> dict[str, Table]:
    """Product2 with each product's standard price joined in (`Unit Price`, `Currency`)."""
    product = tables.get("Product2")
    if product is None:
        return tables
    prices = _list_price_entries(tables)
    own = [i for i, h in enumerate(product.headers) if h not in ("CurrencyIsoCode", PRICE, CURRENCY)]
    headers = (*(product.headers[i] for i in own), PRICE, CURRENCY)
    rows = []
    for number, cells in product.rows:
        record = dict(zip(product.headers, cells, strict=False))
        entry = prices.get(record.get("Id", "").strip(), (0, {}))[1]
        currency = entry.get("CurrencyIsoCode", "") or record.get("CurrencyIsoCode", "")
        padded = cells + ("",) * (len(product.headers) - len(cells))
        rows.append((number, (*(padded[i] for i in own), entry.get("UnitPrice", ""), currency)))
    joined = Table(product.encoding, product.delimiter, True, headers, tuple(rows))
    return {**tables, "Product2": joined}


def note_price_books(run: ExportRun, table: Table) -> StepResult:
    """Price books are read with their entries (PricebookEntry); this step only says how."""
    standard = sum(1 for _n, r in _records(table) if _true(r, "IsStandard"))
    return StepResult(
        "Pricebook2",
        note=f"{standard} standard (the products' prices), {len(table.rows) - standard} other (price lists)",
    )


def import_price_entries(run: ExportRun, table: Table) -> StepResult:
    """Every entry not used as its product's price becomes an item of its book's price list."""
    tables = run.tables
    books = {r.get("Id", "").strip(): r for _n, r in _records(tables.get("Pricebook2"))}
    used = {n for n, _e in _list_price_entries(tables).values()}
    s = run.work.session
    products: dict[str, uuid.UUID] = dict(
        s.execute(select(Product.external_id, Product.id).where(Product.deleted_at.is_(None))).all()
    )
    errors: list[FieldError] = []
    wanted: list[tuple[int, str, str, uuid.UUID, int]] = []  # row, book, currency, product, price
    for number, entry in _records(table):
        if number in used:
            continue
        product_id = products.get(entry.get("Product2Id", "").strip())
        currency = (entry.get("CurrencyIsoCode", "").strip() or _company_currency(run)).upper()
        amount = parse_decimal(entry.get("UnitPrice", "").strip() or "0")
        if product_id is None:
            errors.append(FieldError("Product2Id", "no product with this id in Product2.csv", number))
        elif amount is None or amount < 0:
            errors.append(FieldError("UnitPrice", f"'{entry.get('UnitPrice', '')}' is not a price", number))
        else:
            book = entry.get("Pricebook2Id", "").strip()
            wanted.append((number, book, currency, product_id, to_minor(amount, currency)))
    if errors and not run.forgiving:
        raise ValidationError(errors)
    currencies: dict[str, set[str]] = {}
    for _n, book, currency, _p, _m in wanted:
        currencies.setdefault(book, set()).add(currency)
    lists: dict[tuple[str, str], uuid.UUID] = {}
    created = updated = unchanged = 0
    for _n, book, currency, product_id, minor in wanted:
        list_id = lists.get((book, currency))
        if list_id is None:
            name = books.get(book, {}).get("Name", "").strip() or book
            if len(currencies[book]) > 1:
                name = f"{name} ({currency})"
            list_id = lists[(book, currency)] = _price_list(run, name[:100], currency)
        item = s.scalar(
            select(PriceListItem).where(
                PriceListItem.price_list_id == list_id, PriceListItem.product_id == product_id
            )
        )
        if item is None:
            item = writes.create(
                run.work,
                PriceListItem(price_list_id=list_id, product_id=product_id, price_minor=minor),
                "price",
            )
            run.made(MADE_ITEM, [item.id])
            created += 1
        elif item.price_minor != minor:
            run.updated("pli", item.id, {"price_minor": item.price_minor})
            writes.apply_fields(run.work, item, "price", {"price_minor": minor})
            updated += 1
        else:
            unchanged += 1
    note = f"{len(lists)} price list(s), {created:,} new prices, {updated:,} changed"
    return StepResult("PricebookEntry", created, updated, unchanged, rejected_rows(table, errors), note=note)


def _company_currency(run: ExportRun) -> str:
    from app.services.core import settings_store

    company: Any = settings_store.load(run.work.session, "company") or {}
    return str(company.get("default_currency") or "EUR")


def _price_list(run: ExportRun, name: str, currency: str) -> uuid.UUID:
    s = run.work.session
    found = s.scalar(select(PriceList).where(PriceList.name == name, PriceList.deleted_at.is_(None)))
    if found is not None:
        return found.id
    made = writes.create(run.work, PriceList(name=name, currency=currency), "price_list")
    run.made(MADE_LIST, [made.id])
    run.work.changed("price_list", ChangeKind.CREATED, [made.id])
    return made.id
