"""Salesforce OpportunityLineItem rows as deal lines, each opportunity's lines written together.

A line item names its opportunity (`OpportunityId`, the deal's external id) and its product (`Product2Id`,
or in older exports only `PricebookEntryId`, resolved through PricebookEntry.csv), with `Quantity`,
`UnitPrice` (in the opportunity's currency), `Discount` (percent) and `Description` (else `Name`), ordered
by `SortOrder` when the export has it. All the lines of one opportunity become the deal's lines through
`sales.deal_lines.write_lines` (the deal editor's own checks; the deal is then worth their net total), so
importing the export again leaves the lines as they are. A refused line refuses its opportunity's other
lines too (a deal worth part of its lines would be wrong). The lines a deal had before are kept in the
export's batch, so the one-step undo puts them back.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import select

from app.models import Deal, Product
from app.services.core.errors import FieldError, ValidationError
from app.services.importing.csv_read import Table
from app.services.importing.export_run import LINES, ExportRun, StepResult
from app.services.importing.export_undo import lines_before
from app.services.importing.rejects import rejected_rows
from app.services.sales.deal_lines import DealLineInput, clean_lines, write_lines

CHUNK = 500
_COLUMN = {  # deal line field -> the column it came from, for the messages
    "quantity": "Quantity",
    "unit_price": "UnitPrice",
    "discount": "Discount",
    "description": "Description",
    "product": "Product2Id",
}

Row = tuple[int, dict[str, str]]


def _cell(record: Mapping[str, str], *names: str) -> str:
    for name in names:
        value = record.get(name, "").strip()
        if value:
            return value
    return ""


def _rows(table: Table | None) -> list[Row]:
    if table is None:
        return []
    return [(number, record) for (number, _), record in zip(table.rows, table.records(), strict=True)]


def _by_external_id(run: ExportRun, model: Any, ids: set[str]) -> dict[str, object]:
    found: dict[str, object] = {}
    wanted = sorted(ids - {""})
    for start in range(0, len(wanted), CHUNK):
        for obj in run.work.session.scalars(
            select(model).where(
                model.external_id.in_(wanted[start : start + CHUNK]), model.deleted_at.is_(None)
            )
        ):
            found.setdefault(obj.external_id or "", obj)
    return found


def _sort_key(row: Row) -> tuple[int, int]:
    order = _cell(row[1], "SortOrder")
    return (int(order) if order.isdigit() else 1_000_000_000, row[0])


def import_line_items(run: ExportRun, table: Table) -> StepResult:
    rows = _rows(table)
    entries = {_cell(r, "Id"): _cell(r, "Product2Id") for _n, r in _rows(run.tables.get("PricebookEntry"))}
    product_refs = {_cell(r, "Product2Id") or entries.get(_cell(r, "PricebookEntryId"), "") for _n, r in rows}
    deals = _by_external_id(run, Deal, {_cell(r, "OpportunityId") for _n, r in rows})
    products = _by_external_id(run, Product, product_refs)
    groups: dict[str, list[Row]] = {}
    for row in rows:
        groups.setdefault(_cell(row[1], "OpportunityId"), []).append(row)
    errors: list[FieldError] = []
    wanted: list[tuple[Deal, list[DealLineInput]]] = []
    for opportunity, members in groups.items():
        members.sort(key=_sort_key)
        found = _check_group(run, opportunity, members, deals, products, entries)
        if isinstance(found, list):
            errors += found
        else:
            wanted.append(found)
    if errors and not run.forgiving:
        raise ValidationError(errors)
    changed = unchanged = lines = 0
    for deal, inputs in wanted:
        before = lines_before(run.work.session, deal)
        if write_lines(run.work, deal, inputs):
            run.items.append(
                {"batch_id": run.batch.id, "entity_id": deal.id, "action": LINES, "before": before}
            )
            changed += 1
        else:
            unchanged += 1
        lines += len(inputs)
    note = f"{lines:,} lines on {len(wanted):,} deals ({changed:,} deals' lines written, {unchanged:,} as they were)"
    return StepResult("OpportunityLineItem", 0, changed, unchanged, rejected_rows(table, errors), note=note)


def _check_group(
    run: ExportRun,
    opportunity: str,
    members: list[Row],
    deals: Mapping[str, object],
    products: Mapping[str, object],
    entries: Mapping[str, str],
) -> tuple[Deal, list[DealLineInput]] | list[FieldError]:
    """One opportunity's lines as input for its deal, or the errors naming the rows (all of them refused)."""
    deal = deals.get(opportunity)
    if not isinstance(deal, Deal):
        why = (
            "a line item needs its OpportunityId"
            if not opportunity
            else (f"no opportunity {opportunity} in Opportunity.csv or in Rapport")
        )
        return [FieldError("OpportunityId", why, number) for number, _r in members]
    errors: list[FieldError] = []
    inputs: list[DealLineInput] = []
    for number, record in members:
        ref = _cell(record, "Product2Id") or entries.get(_cell(record, "PricebookEntryId"), "")
        product = products.get(ref) if ref else None
        if ref and not isinstance(product, Product):
            errors.append(FieldError("Product2Id", f"no product {ref} in Product2.csv or in Rapport", number))
        inputs.append(
            DealLineInput(
                description=_cell(record, "Description", "Name"),
                quantity=_cell(record, "Quantity"),
                unit_price=_cell(record, "UnitPrice") or "0",
                discount=_cell(record, "Discount") or "0",
                product_id=product.id if isinstance(product, Product) else None,
            )
        )
    if not errors:
        _clean, found = clean_lines(run.work.session, inputs, deal.currency, deal.id)
        for error in found:
            row = members[error.row - 1][0] if error.row else members[0][0]
            errors.append(FieldError(_COLUMN.get(error.field, error.field), error.message, row))
    if not errors:
        return deal, inputs
    refused = {e.row for e in errors}
    for number, _r in members:
        if number not in refused:
            errors.append(
                FieldError(
                    "OpportunityId",
                    f"another line of opportunity {opportunity} was refused: its lines come in together",
                    number,
                )
            )
    return errors
