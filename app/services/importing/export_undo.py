"""Undo of a whole CRM export (importing.export_run): in one transaction, what the steps made or changed,
then the engine's batches newest first, then the users the export made."""

from __future__ import annotations

import enum
import uuid
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from app.models import (
    Activity,
    AuditEntry,
    Deal,
    DealLine,
    ImportBatch,
    ImportBatchItem,
    PriceList,
    PriceListItem,
    Ticket,
    User,
    utcnow,
)
from app.services.core import writes
from app.services.core.changes import ChangeKind, Outcome
from app.services.core.errors import NotFoundError
from app.services.core.uow import JoinedWork, UnitOfWorkFactory, Work
from app.services.importing.engine import RecordImportService
from app.services.importing.export_run import (
    CHILD_BATCH,
    EXPORT,
    LINES,
    MADE_ACTIVITY,
    MADE_TICKET,
    MADE_USER,
    UPDATED,
)


def is_export(uow: UnitOfWorkFactory, batch_id: uuid.UUID) -> bool:
    with uow.read() as session:
        return session.scalar(select(ImportBatch.entity_type).where(ImportBatch.id == batch_id)) == EXPORT


def undo(uow: UnitOfWorkFactory, batch_id: uuid.UUID) -> Outcome[int]:
    """Take back a whole export in one transaction: what the vendor steps made or changed, then the
    engine's batches in reverse order, then the users it made; returns the records touched."""
    with uow() as work:
        batch = work.session.get(ImportBatch, batch_id)
        if batch is None or batch.undone_at is not None or batch.entity_type != EXPORT:
            raise NotFoundError("import", batch_id)
        touched = _undo(work, uow, batch)
    return Outcome(touched, work.changes)


def _undo(work: Work, uow: UnitOfWorkFactory, batch: ImportBatch) -> int:
    s = work.session
    items = list(s.scalars(select(ImportBatchItem).where(ImportBatchItem.batch_id == batch.id)))
    touched = 0
    for action, (model, entity) in _MADE_FIRST.items():  # what may point at the engine's records
        touched += _purge(work, model, entity, [i.entity_id for i in items if i.action == action])
    for item in items:
        if item.action == LINES and item.before is not None:
            _restore_lines(work, item.entity_id, item.before)
            touched += 1
        elif item.action.startswith(UPDATED) and item.before:
            entity = item.action.removeprefix(UPDATED)
            model = _UPDATABLE[entity]
            obj = s.get(model, item.entity_id)
            if obj is not None and obj.deleted_at is None:
                writes.apply_fields(work, obj, entity, _restored(model, item.before))
                touched += 1
    children = sorted(
        (i for i in items if i.action == CHILD_BATCH), key=lambda i: -int((i.before or {})["order"])
    )
    engine = RecordImportService(JoinedWork(work, uow))
    for child in children:
        child_batch = s.get(ImportBatch, child.entity_id)
        if child_batch is not None and child_batch.undone_at is None:
            touched += engine.undo(child.entity_id).value
    touched += _purge(work, User, "user", [i.entity_id for i in items if i.action == MADE_USER])
    batch.undone_at = utcnow()
    return touched


def _purge(work: Work, model: Any, entity: str, ids: list[uuid.UUID]) -> int:
    """Remove records an export made (and their audit entries) for good."""
    s = work.session
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        s.execute(delete(AuditEntry).where(AuditEntry.entity_id.in_(chunk)))
        s.execute(delete(model).where(model.id.in_(chunk)))
    if ids:
        work.changed(entity, ChangeKind.PURGED, ids)
    return len(ids)


def _restored(model: Any, before: Mapping[str, Any]) -> dict[str, Any]:
    """Old values as JSON kept them, back in their columns' types (ids, times)."""
    out: dict[str, Any] = {}
    for name, value in before.items():
        python_type = model.__table__.c[name].type.python_type
        if value is not None and python_type is uuid.UUID:
            value = uuid.UUID(str(value))
        elif isinstance(value, str) and python_type is datetime:
            value = datetime.fromisoformat(value)
        elif value is not None and isinstance(python_type, type) and issubclass(python_type, enum.Enum):
            value = python_type(value)
        out[name] = value
    return out


_LINE_FIELDS: tuple[str, ...] = (
    "position",
    "product_id",
    "description",
    "quantity_milli",
    "unit_price_minor",
    "discount_bp",
    "tax_rate_bp",
    "net_minor",
)


def lines_before(session: Session, deal: Deal) -> dict[str, Any]:
    """What `_restore_lines` needs to put a deal's lines and amount back (JSON-safe)."""
    rows = session.scalars(select(DealLine).where(DealLine.deal_id == deal.id).order_by(DealLine.position))
    lines = [{name: _json_safe(getattr(row, name)) for name in _LINE_FIELDS} for row in rows]
    return {"amount_minor": deal.amount_minor, "lines": lines}


def _json_safe(value: Any) -> Any:
    return str(value) if isinstance(value, uuid.UUID) else value


def _restore_lines(work: Work, deal_id: uuid.UUID, before: Mapping[str, Any]) -> None:
    deal = work.session.get(Deal, deal_id)
    if deal is None:
        return
    work.session.execute(delete(DealLine).where(DealLine.deal_id == deal_id))
    for line in before.get("lines", []):
        product = line.get("product_id")
        values = {**line, "product_id": uuid.UUID(product) if product else None}
        work.session.add(DealLine(deal_id=deal_id, **values))
    writes.apply_fields(work, deal, "deal", {"amount_minor": before.get("amount_minor", deal.amount_minor)})
    work.audit("deal", deal_id, "update", "lines", None, "put back by an import's undo")
    work.session.flush()
    work.changed("deal", ChangeKind.UPDATED, [deal_id])


_UPDATABLE: dict[str, Any] = {
    "deal": Deal,
    "ticket": Ticket,
    "activity": Activity,
    "user": User,
    "pli": PriceListItem,
}
# Made by vendor steps, removed before the engine's batches are undone (they point at their records).
_MADE_FIRST: dict[str, tuple[Any, str]] = {
    MADE_ACTIVITY: (Activity, "activity"),
    MADE_TICKET: (Ticket, "ticket"),
    "pli": (PriceListItem, "price"),
    "pricelist": (PriceList, "price_list"),
}
