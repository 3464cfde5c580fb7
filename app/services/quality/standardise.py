"""Standardisation of stored contacts, accounts and leads: propose the changes, then apply the chosen ones.

Proposals are computed from the stored values (standardise.py holds the rules): phones to E.164 with a
national display form, emails trimmed and lower-cased, names and cities in consistent case, countries
to ISO codes (company names are left as written). Applying writes through `writes.apply_fields` in one unit of work, so every change is
audited and bumps the record's version; a record changed since the preview (its field no longer holds
the "before" value) is left alone. `revert` applies the "before" values: that is the undo.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from app.models import Account, Contact, Lead
from app.services.core import writes
from app.services.core.changes import Outcome
from app.services.core.errors import FieldError, RapportError, ValidationError
from app.services.core.uow import UnitOfWorkFactory
from app.services.core.validation import normalise_phone
from app.services.quality.standard_forms import country_code, national_format, proper_case

ENTITIES = {"contact": Contact, "account": Account, "lead": Lead}
CHUNK = 500
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
        touched = 0
        with self.uow() as work:
            for done, ((entity, record_id), fields) in enumerate(by_record.items()):
                if progress and done % 200 == 0 and not progress(done, len(by_record)):
                    raise StandardiseCancelled("standardisation cancelled: nothing was changed")
                obj = work.session.get(_model(entity), record_id)
                if obj is None or obj.deleted_at is not None:
                    continue
                values = {n: target(c) for n, c in fields.items() if getattr(obj, n) == current(c)}
                if values and writes.apply_fields(work, obj, entity, values):
                    touched += 1
        return Outcome(touched, work.changes)


def _model(entity: str) -> Any:
    if entity not in ENTITIES:
        raise ValidationError(
            FieldError("entity", f"cannot standardise {entity}; choose contact, account or lead")
        )
    return ENTITIES[entity]
