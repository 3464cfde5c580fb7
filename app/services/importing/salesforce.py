"""A whole Salesforce data export (a folder or its zip) in dependency order, every id resolved.

Salesforce's weekly/monthly Data Export writes one CSV per object, named after the object (User.csv,
Account.csv, Contact.csv, Lead.csv, Opportunity.csv, OpportunityContactRole.csv ...), with the objects'
API field names as headers and 15/18-character record ids in `Id` and the reference fields (`AccountId`,
`ContactId`, `OwnerId`). Users come first (matched by email or created inactive, keeping their `Id`), then
accounts, contacts, leads and opportunities through the import engine, each matched on its `Id` so the
export can be imported again, and last the opportunities' primary contact roles. Objects without a matching
feature (Task, Event, Case ...) are listed as not imported.
"""

from __future__ import annotations

import zipfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from app.models import Contact, Deal, User
from app.services.core import writes
from app.services.core.changes import ChangeKind, Outcome
from app.services.core.errors import FieldError, ValidationError
from app.services.core.uow import UnitOfWorkFactory
from app.services.importing.csv_read import Table, read_table
from app.services.importing.mapping import known_headers, suggest
from app.services.importing.unmapped import unmapped_headers

# Object file -> our import kind, in dependency order.
ORDER: tuple[tuple[str, str], ...] = (
    ("User", "users"),
    ("Account", "accounts"),
    ("Contact", "contacts"),
    ("Opportunity", "deals"),
    ("Lead", "leads"),  # after what converted leads became
    ("OpportunityContactRole", "roles"),
)
TRUE = {"true", "1", "yes"}


@dataclass(frozen=True)
class Step:
    """One object of the export: its file, our kind, rows, the columns read and those left out."""

    obj: str
    kind: str
    rows: int
    columns: Mapping[str, str] = field(default_factory=dict)
    unmapped: tuple[str, ...] = ()


@dataclass(frozen=True)
class Plan:
    steps: tuple[Step, ...]
    skipped: tuple[str, ...]  # object files the export has but Rapport does not import


def read_export(path: Path) -> dict[str, Table]:
    """Object name -> its table, from a folder of CSVs or a zip of them (names compared case-blind)."""
    files: dict[str, bytes] = {}
    if path.is_dir():
        for item in sorted(path.glob("*.csv")):
            files[item.stem] = item.read_bytes()
    elif zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as archive:
            for name in sorted(archive.namelist()):
                if name.lower().endswith(".csv"):
                    files[Path(name).stem] = archive.read(name)
    else:
        raise ValidationError(FieldError("export", f"{path} is neither a folder nor a zip of CSV files"))
    if not files:
        raise ValidationError(FieldError("export", f"{path} holds no CSV files"))
    canonical = {obj.lower(): obj for obj, _kind in ORDER}
    tables: dict[str, Table] = {}
    for name, data in files.items():
        obj = canonical.get(name.lower(), name)
        kind = dict(ORDER).get(obj, "")
        headers = known_headers(kind) if kind in ("accounts", "contacts", "leads", "deals") else frozenset()
        tables[obj] = read_table(data=data, known_headers=headers, has_header=True)
    return tables


def plan(tables: Mapping[str, Table]) -> Plan:
    """What the import would do, object by object (no database needed)."""
    steps = []
    for obj, kind in ORDER:
        table = tables.get(obj)
        if table is None:
            continue
        columns = suggest(kind, table.headers) if kind not in ("users", "roles") else {}
        steps.append(
            Step(obj, kind, len(table.rows), columns, tuple(unmapped_headers(table.headers, columns)))
        )
    known = {obj for obj, _kind in ORDER}
    return Plan(tuple(steps), tuple(sorted(set(tables) - known)))


def _cell(record: Mapping[str, str], *names: str) -> str:
    for name in names:
        value = record.get(name, "").strip()
        if value:
            return value
    return ""


def import_users(uow: UnitOfWorkFactory, table: Table) -> Outcome[tuple[int, int]]:
    """Match each exported user by email (keeping its Salesforce Id) or create it inactive: (matched,
    created). One user per row, never merged: a user without an email gets one under imported.invalid."""
    matched = created = 0
    with uow() as work:
        s = work.session
        by_email = {u.email.lower(): u for u in s.scalars(select(User).where(User.deleted_at.is_(None)))}
        by_source = {u.external_id: u for u in by_email.values() if u.external_id}
        made = []
        for record in table.records():
            source_id = _cell(record, "Id")
            email = _cell(record, "Email").lower() or f"{source_id.lower() or 'user'}@imported.invalid"
            user = by_source.get(source_id) or by_email.get(email)
            if user is not None:
                if source_id and not user.external_id:
                    writes.apply_fields(work, user, "user", {"external_id": source_id[:100]})
                matched += 1
                continue
            name = _cell(record, "Name") or " ".join(
                p for p in (_cell(record, "FirstName"), _cell(record, "LastName")) if p
            )
            user = writes.create(  # inactive until someone gives them a way to sign in
                work,
                User(name=(name or email)[:120], email=email, is_active=False, external_id=source_id[:100]),
                "user",
            )
            by_email[email] = user
            made.append(user.id)
            created += 1
        work.changed("user", ChangeKind.CREATED, made)
    return Outcome((matched, created), work.changes)


def link_contact_roles(uow: UnitOfWorkFactory, table: Table) -> Outcome[int]:
    """Give each opportunity without a contact its primary (else first) contact role's contact."""
    linked = 0
    roles: dict[str, str] = {}
    for record in table.records():
        opportunity, contact = _cell(record, "OpportunityId"), _cell(record, "ContactId")
        if (
            opportunity
            and contact
            and (opportunity not in roles or _cell(record, "IsPrimary").lower() in TRUE)
        ):
            roles[opportunity] = contact
    with uow() as work:
        s = work.session
        contacts = dict(
            s.execute(select(Contact.external_id, Contact.id).where(Contact.deleted_at.is_(None))).all()
        )
        for deal in s.scalars(
            select(Deal).where(Deal.external_id.in_(list(roles)), Deal.contact_id.is_(None))
        ):
            contact_id = contacts.get(roles[deal.external_id])
            if contact_id is not None:
                writes.apply_fields(work, deal, "deal", {"contact_id": contact_id})
                linked += 1
    return Outcome(linked, work.changes)
