"""The trash: soft-deleted records of every kind, restorable, and purged for good on request."""

from __future__ import annotations

import builtins
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from app.models import (
    Account,
    AccountContact,
    Activity,
    Contact,
    Deal,
    Document,
    Entity,
    Lead,
    NpsResponse,
    Product,
    SavedView,
    Segment,
    Tag,
    Tagging,
)
from app.services.core import guard, writes
from app.services.core.changes import ChangeKind, Outcome
from app.services.core.uow import UnitOfWorkFactory

# entity name -> (model, how to label a row)
PurgeHook = Callable[[Session, list[uuid.UUID]], None]
_PURGE_HOOKS: dict[str, list[PurgeHook]] = {}


def register_purge_hook(entity: str, hook: PurgeHook) -> None:
    """Run `hook(session, ids)` when records of `entity` are deleted for good, in the same transaction:
    what another package keeps beside them goes with them (app/extensions.py wires these)."""
    hooks = _PURGE_HOOKS.setdefault(entity, [])
    if hook not in hooks:
        hooks.append(hook)


TRASHABLE: dict[str, type[Entity]] = {
    "account": Account,
    "contact": Contact,
    "lead": Lead,
    "deal": Deal,
    "activity": Activity,
    "product": Product,
    "document": Document,
    "nps": NpsResponse,
    "segment": Segment,
    "saved_view": SavedView,
    "tag": Tag,
}


@dataclass(frozen=True)
class TrashItem:
    entity: str
    id: uuid.UUID
    label: str
    deleted_at: datetime


def _label(obj: Entity) -> str:
    for attrs in (("first_name", "last_name"), ("name",), ("subject",), ("number",)):
        if all(hasattr(obj, a) for a in attrs):
            return " ".join(str(getattr(obj, a)) for a in attrs).strip()
    return str(obj.id)


class TrashService:
    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self.uow = uow

    def list(self, limit: int = 1000) -> list[TrashItem]:
        items: builtins.list[TrashItem] = []
        with self.uow.read() as session:
            for entity, cls in TRASHABLE.items():
                stmt = (
                    select(cls)
                    .where(cls.deleted_at.is_not(None))
                    .order_by(cls.deleted_at.desc())
                    .limit(limit)
                )
                seen = guard.visible(session, entity, cls)  # a rep's trash holds their team's records
                if seen is not None:
                    stmt = stmt.where(seen)
                for obj in session.scalars(stmt):
                    assert obj.deleted_at is not None
                    items.append(TrashItem(entity, obj.id, _label(obj), obj.deleted_at))
        items.sort(key=lambda i: i.deleted_at, reverse=True)
        return items[:limit]

    def restore(self, items: builtins.list[tuple[str, uuid.UUID]]) -> Outcome[int]:
        with self.uow() as work:
            restored = 0
            for entity, cls in TRASHABLE.items():
                ids = [i for e, i in items if e == entity]
                guard.require_ids(work.session, "delete", entity, cls, ids)
                if ids:
                    restored += len(writes.restore(work, cls, entity, ids))
        return Outcome(restored, work.changes)

    def purge(self, items: builtins.list[tuple[str, uuid.UUID]]) -> Outcome[int]:
        """Delete trashed records for good (cannot be undone); their links and activities go too."""
        with self.uow() as work:
            purged = 0
            s = work.session
            for entity, cls in TRASHABLE.items():
                ids = [i for e, i in items if e == entity]
                if not ids:
                    continue
                guard.require_ids(s, "delete", entity, cls, ids)
                live_ids = list(s.scalars(select(cls.id).where(cls.id.in_(ids), cls.deleted_at.is_not(None))))
                if entity in ("account", "contact"):
                    col = AccountContact.account_id if entity == "account" else AccountContact.contact_id
                    s.execute(delete(AccountContact).where(col.in_(live_ids)))
                    fk = Activity.account_id if entity == "account" else Activity.contact_id
                    s.execute(update(Activity).where(fk.in_(live_ids)).values({fk: None}))
                    dfk = Deal.account_id if entity == "account" else Deal.contact_id
                    s.execute(update(Deal).where(dfk.in_(live_ids)).values({dfk: None}))
                s.execute(
                    delete(Tagging).where(Tagging.entity_type == entity, Tagging.entity_id.in_(live_ids))
                )
                s.execute(delete(cls).where(cls.id.in_(live_ids)))
                for hook in _PURGE_HOOKS.get(entity, ()):  # e.g. a segment's covering indexes
                    hook(s, live_ids)
                for i in live_ids:
                    work.audit(entity, i, "purge")
                work.changed(entity, ChangeKind.PURGED, live_ids)
                purged += len(live_ids)
        return Outcome(purged, work.changes)
