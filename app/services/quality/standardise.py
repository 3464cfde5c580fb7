"""Standardisation of stored contacts, accounts and leads: propose the changes, then apply the chosen ones.

Proposals are computed from the stored values (standardise.py holds the rules): phones to E.164 with a
national display form, emails trimmed and lower-cased, names and cities in consistent case, countries
to ISO codes (company names are left as written). Applying writes through `writes.apply_fields`, so every
change is audited and bumps the record's version; a record changed since the preview (its field no longer
holds the "before" value) is left alone. `revert` applies the "before" values: that is the undo.

Applying holds the database's write lock only briefly: the records are written in batches of about a
quarter of a second, each its own transaction (a record is always standardised whole or not at all),
with a pause between them in which a waiting save takes its turn; an editor beside a 20,000-contact
standardisation waits well under a second instead of failing after five (docs/benchmarks.md). Cancel
puts back the batches already written, so a cancelled standardisation still changes nothing.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from app.models import Account, Contact, Lead
from app.services.core import writes
from app.services.core.changes import Change, ChangeKind, ChangeSet, Outcome
from app.services.core.errors import FieldError, RapportError, ValidationError
from app.services.core.initiator import Initiator
from app.services.core.uow import UnitOfWorkFactory
from app.services.core.validation import normalise_phone
from app.services.quality.standard_forms import country_code, national_format, proper_case

ENTITIES = {"contact": Contact, "account": Account, "lead": Lead}
CHUNK = 500
BATCH_RECORDS = 500  # at most this many records a transaction...
BATCH_SECONDS = 0.25  # ...and at most this long holding the write lock
FLUSH_EVERY = 20
PAUSE_SECONDS = 0.12  # between batches: longer than SQLite's 100 ms busy-retry step, so a waiter gets in
Progress = Callable[[int, int], bool]  # (done, total) -> False to cancel


class StandardiseCancelled(RapportError):
    """The user cancelled: nothing was changed."""


@dataclass(frozen=True)
class ProposedChange:
    entity: str
    record_id: uuid.UUID
    label: str
    field: str
    before: str
    after: str


def _label(entity: str, obj: Any) -> str:
    return str(obj.name) if entity == "account" else f"{obj.first_name} {obj.last_name}".strip()


def propose_for(entity: str, obj: Any) -> list[ProposedChange]:
    """The changes standardisation would make to one stored record."""
    wanted: dict[str, str] = {}
    # company names are left alone: "IBM" and "ACME GmbH" are written that way on purpose
    names = {"account": ("city",), "contact": ("first_name", "last_name", "city")}.get(
        entity, ("first_name", "last_name")
    )
    for name in names:
        wanted[name] = proper_case(getattr(obj, name), surname=name == "last_name")
    wanted["email"] = obj.email.strip().lower()
    country = getattr(obj, "country", None)
    if country:
        wanted["country"] = country_code(country) or country
    if obj.phone or obj.phone_display:
        phone, error = normalise_phone(obj.phone or obj.phone_display, wanted.get("country", ""))
        if error is None:
            wanted["phone"] = phone.e164
            wanted["phone_display"] = national_format(phone.e164) or obj.phone_display
    label = _label(entity, obj)
    return [
        ProposedChange(entity, obj.id, label, name, getattr(obj, name), value)
        for name, value in wanted.items()
        if value != getattr(obj, name)
    ]


class StandardiseService:
    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self.uow = uow

    def propose(
        self, entity: str, ids: Iterable[uuid.UUID] | None = None, progress: Progress | None = None
    ) -> list[ProposedChange]:
        """Proposed changes for the records `ids` (all live records of `entity` when None)."""
        model = _model(entity)
        found: list[ProposedChange] = []
        with self.uow.read() as session:
            if ids is None:
                wanted = list(session.scalars(select(model.id).where(model.deleted_at.is_(None))))
            else:
                wanted = list(ids)
            for start in range(0, len(wanted), CHUNK):
                if progress and not progress(start, len(wanted)):
                    raise StandardiseCancelled("standardisation cancelled")
                chunk = wanted[start : start + CHUNK]
                rows = session.scalars(select(model).where(model.id.in_(chunk), model.deleted_at.is_(None)))
                for obj in sorted(rows, key=lambda o: chunk.index(o.id)):
                    found += propose_for(entity, obj)
        return found

    def apply(self, changes: Sequence[ProposedChange], progress: Progress | None = None) -> Outcome[int]:
        """Write the `after` values in one transaction; returns how many records changed."""
        return self._write(changes, lambda c: c.before, lambda c: c.after, progress)

    def revert(self, changes: Sequence[ProposedChange]) -> Outcome[int]:
        """Put the `before` values back (undo of `apply`)."""
        return self._write(changes, lambda c: c.after, lambda c: c.before, None)

    def _write(
        self,
        changes: Sequence[ProposedChange],
        current: Callable[[ProposedChange], str],
        target: Callable[[ProposedChange], str],
        progress: Progress | None,
    ) -> Outcome[int]:
        by_record: dict[tuple[str, uuid.UUID], dict[str, ProposedChange]] = {}
        for change in changes:
            by_record.setdefault((change.entity, change.record_id), {})[change.field] = change
        pending = list(by_record.items())
        written: list[ProposedChange] = []  # what went in, to put back on cancel
        touched: dict[str, set[uuid.UUID]] = {}
        done = 0
        who: Initiator | None = None
        while done < len(pending):
            if progress and not progress(done, len(pending)):
                if written:
                    self._write(written, target, current, None)
                raise StandardiseCancelled("standardisation cancelled: nothing was changed")
            if done:
                time.sleep(PAUSE_SECONDS)
            count, who = self._batch(pending[done : done + BATCH_RECORDS], current, target, written, touched)
            done += count
        changed = ChangeSet(
            tuple(Change(entity, ChangeKind.UPDATED, frozenset(ids)) for entity, ids in touched.items()), who
        )
        return Outcome(sum(len(ids) for ids in touched.values()), changed)

    def _batch(
        self,
        records: list[tuple[tuple[str, uuid.UUID], dict[str, ProposedChange]]],
        current: Callable[[ProposedChange], str],
        target: Callable[[ProposedChange], str],
        written: list[ProposedChange],
        touched: dict[str, set[uuid.UUID]],
    ) -> tuple[int, Initiator | None]:
        """Write records from the start of `records` for up to BATCH_SECONDS in one transaction: how many
        it went through, and who (each batch broadcasts its own change record as it commits)."""
        ids: dict[str, list[uuid.UUID]] = {}
        for (entity, record_id), _fields in records:
            ids.setdefault(entity, []).append(record_id)
        count = 0
        mine: list[ProposedChange] = []
        changed: dict[str, set[uuid.UUID]] = {}
        with self.uow() as work, work.session.no_autoflush:
            start = time.monotonic()
            loaded = {
                (entity, obj.id): obj
                for entity, wanted in ids.items()
                for obj in work.session.scalars(select(_model(entity)).where(_model(entity).id.in_(wanted)))
            }
            for key, fields in records:
                count += 1
                obj = loaded.get(key)
                if obj is not None and obj.deleted_at is None:
                    values = {n: target(c) for n, c in fields.items() if getattr(obj, n) == current(c)}
                    if values and writes.apply_fields(work, obj, key[0], values):
                        changed.setdefault(key[0], set()).add(key[1])
                        mine += [c for n, c in fields.items() if n in values]
                if count % FLUSH_EVERY == 0:
                    work.session.flush()  # the database work is in the flush: count it in the budget
                    if time.monotonic() - start > BATCH_SECONDS:
                        break
        written += mine  # only once the batch has committed
        for entity, done_ids in changed.items():
            touched.setdefault(entity, set()).update(done_ids)
        return count, work.changes.initiator


def _model(entity: str) -> Any:
    if entity not in ENTITIES:
        raise ValidationError(
            FieldError("entity", f"cannot standardise {entity}; choose contact, account or lead")
        )
    return ENTITIES[entity]
