"""Contacts: validated create/edit, memberships of accounts, trash, and the paged list."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import Account, AccountContact, Contact, ContactStatus, User, utcnow
from app.services.core import guard, writes
from app.services.core.changes import ChangeKind
from app.services.core.errors import FieldError, ValidationError
from app.services.core.listing import EntityList
from app.services.core.person_fields import person_values
from app.services.core.record_service import RecordService
from app.services.core.uow import Work
from app.services.core.validation import check_lengths, normalise_reach

CONTACT_STATUSES: tuple[str, ...] = tuple(s.value for s in ContactStatus)
ENTITY = "contact"


@dataclass(frozen=True)
class MembershipInput:
    account_id: uuid.UUID
    role: str = ""
    is_primary: bool = False


@dataclass(frozen=True)
class ContactInput:
    """What the user edits. `memberships`/`tag_ids` of None leave those untouched on update."""

    last_name: str = ""
    first_name: str = ""
    email: str = ""
    phone: str = ""
    title: str = ""
    city: str = ""
    country: str = ""
    status: str = ContactStatus.ACTIVE.value
    owner_id: uuid.UUID | None = None
    notes: str = ""
    street: str = ""
    postal_code: str = ""
    region: str = ""
    salutation: str = ""
    birthday: date | None = None
    other_phone: str = ""
    other_email: str = ""
    memberships: tuple[MembershipInput, ...] | None = None
    tag_ids: tuple[uuid.UUID, ...] | None = None
    custom: Mapping[str, Any] | None = None  # custom field key -> value; None leaves them as they are


@dataclass(frozen=True)
class Membership:
    account_id: uuid.UUID
    account_name: str
    role: str
    is_primary: bool


@dataclass(frozen=True)
class ContactDetail:
    id: uuid.UUID
    version: int
    first_name: str
    last_name: str
    email: str
    phone: str
    phone_display: str
    title: str
    city: str
    country: str
    status: str
    owner_id: uuid.UUID | None
    notes: str
    company_name: str
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None
    street: str = ""
    postal_code: str = ""
    region: str = ""
    salutation: str = ""
    birthday: date | None = None
    other_phone: str = ""
    other_phone_display: str = ""
    other_email: str = ""
    external_id: str = ""  # the record's id in the system it was imported from (read-only)
    memberships: tuple[Membership, ...] = ()
    tag_ids: tuple[uuid.UUID, ...] = ()
    custom: Mapping[str, Any] = field(default_factory=dict)

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()

    def as_input(self) -> ContactInput:
        """The input that would recreate this state (used by undo)."""
        return ContactInput(
            last_name=self.last_name,
            first_name=self.first_name,
            email=self.email,
            phone=self.phone_display or self.phone,
            title=self.title,
            city=self.city,
            country=self.country,
            status=self.status,
            owner_id=self.owner_id,
            notes=self.notes,
            street=self.street,
            postal_code=self.postal_code,
            region=self.region,
            salutation=self.salutation,
            birthday=self.birthday,
            other_phone=self.other_phone_display or self.other_phone,
            other_email=self.other_email,
            memberships=tuple(MembershipInput(m.account_id, m.role, m.is_primary) for m in self.memberships),
            tag_ids=self.tag_ids,
            custom=dict(self.custom),
        )


@dataclass(frozen=True)
class ContactRow:
    id: uuid.UUID
    first_name: str
    last_name: str
    email: str
    phone: str
    company: str
    title: str
    city: str
    country: str
    status: str
    owner: str
    updated_at: datetime
    deleted_at: datetime | None = None
    # optional list columns (hidden by default) and export columns; see PERSON_ROW_COLUMNS
    street: str = ""
    postal_code: str = ""
    region: str = ""
    salutation: str = ""
    birthday: date | None = None
    other_phone: str = ""
    other_email: str = ""
    external_id: str = ""
    custom: Mapping[str, Any] = field(default_factory=dict)

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


# sort key name -> columns (the id breaks ties so keyset pagination is exact)
SORTS: dict[str, tuple[Any, ...]] = {
    "name": (Contact.last_name, Contact.first_name, Contact.id),
    "first_name": (Contact.first_name, Contact.id),
    "email": (Contact.email, Contact.id),
    "company": (Contact.company_name, Contact.id),
    "city": (Contact.city, Contact.id),
    "country": (Contact.country, Contact.id),
    "updated": (Contact.updated_at, Contact.id),
}
_ROW_COLS = (
    Contact.id,
    Contact.first_name,
    Contact.last_name,
    Contact.email,
    Contact.phone_display,
    Contact.company_name,
    Contact.title,
    Contact.city,
    Contact.country,
    Contact.status,
    func.coalesce(User.name, ""),
    Contact.updated_at,
    Contact.deleted_at,
    Contact.street,
    Contact.postal_code,
    Contact.region,
    Contact.salutation,
    Contact.birthday,
    Contact.other_phone_display,
    Contact.other_email,
    Contact.external_id,
)
LIST = EntityList(
    model=Contact,
    entity=ENTITY,
    table="contacts",
    sorts=SORTS,
    sort_indexes={
        "name": "ix_contacts_live_last_first",
        "first_name": "ix_contacts_live_first",
        "email": "ix_contacts_live_email",
        "company": "ix_contacts_live_company",
        "city": "ix_contacts_live_city",
        "country": "ix_contacts_live_country",
        "updated": "ix_contacts_live_updated",
    },
    row_columns=_ROW_COLS,
    custom_values=True,
    row_factory=ContactRow,
    outer_joins=((User, User.id == Contact.owner_id),),
)


def validate(data: ContactInput) -> dict[str, Any]:
    """Return the normalised column values, or raise ValidationError naming every bad field."""
    errors = check_lengths(
        data,
        (
            ("last_name", 100, True),
            ("first_name", 100, False),
            ("title", 120, False),
            ("city", 100, False),
        ),
    )
    email, phone, country = normalise_reach(data.email, data.phone, data.country, errors)
    extra = person_values(data, country, errors)
    if data.status not in CONTACT_STATUSES:
        errors.append(FieldError("status", f"'{data.status}' is not a contact status"))
    if data.memberships is not None:
        primaries = sum(m.is_primary for m in data.memberships)
        if primaries > 1:
            errors.append(FieldError("memberships", "a contact can have only one primary account"))
        if len({m.account_id for m in data.memberships}) != len(data.memberships):
            errors.append(FieldError("memberships", "the same account is listed twice"))
    if errors:
        raise ValidationError(errors)
    return {
        "first_name": data.first_name.strip(),
        "last_name": data.last_name.strip(),
        "email": email,
        "phone": phone.e164,
        "phone_display": phone.display,
        "title": data.title.strip(),
        "city": data.city.strip(),
        "country": country,
        "status": ContactStatus(data.status),
        "owner_id": data.owner_id,
        "notes": data.notes,
        **extra,
    }


class ContactsService(RecordService[ContactInput, ContactDetail]):
    model = Contact
    entity = ENTITY
    listing = LIST

    def validate(self, data: ContactInput) -> dict[str, Any]:
        return validate(data)

    def detail(self, session: Session, obj: Contact) -> ContactDetail:
        return _detail(session, obj)

    def after_write(self, work: Work, obj: Contact, data: ContactInput, before: dict[str, Any]) -> None:
        if data.memberships is not None:
            set_memberships(work, obj, data.memberships)

    def notes_of(self, ids: list[uuid.UUID]) -> dict[uuid.UUID, str]:
        """The notes of these contacts, which list rows leave out (a vCard export writes them)."""
        with self.uow.read() as session:
            found = session.execute(
                select(Contact.id, Contact.notes).where(
                    Contact.id.in_(ids), *_seen(session, "contact", Contact)
                )
            )
            return {contact_id: notes for contact_id, notes in found}

    def company_addresses(self, ids: list[uuid.UUID]) -> dict[uuid.UUID, tuple[str, str, str, str, str]]:
        """The postal address of each contact's primary company (street, postcode, city, region, country):
        where a letter to someone at work goes when they have no address of their own."""
        with self.uow.read() as session:
            found = session.execute(
                select(
                    AccountContact.contact_id,
                    Account.address,
                    Account.postal_code,
                    Account.city,
                    Account.region,
                    Account.country,
                )
                .join(Account, Account.id == AccountContact.account_id)
                .where(
                    AccountContact.contact_id.in_(ids),
                    AccountContact.is_primary.is_(True),
                    AccountContact.deleted_at.is_(None),
                    Account.deleted_at.is_(None),
                    *_seen(session, "account", Account),
                    AccountContact.contact_id.in_(
                        select(Contact.id).where(*_seen(session, "contact", Contact))
                    ),
                )
            )
            return {row[0]: tuple(row[1:]) for row in found}  # type: ignore[misc]


def set_memberships(work: Work, contact: Contact, wanted: tuple[MembershipInput, ...]) -> None:
    """Make the contact's account memberships exactly `wanted` and refresh its company name."""
    session = work.session
    current = {
        m.account_id: m
        for m in session.scalars(select(AccountContact).where(AccountContact.contact_id == contact.id))
    }
    # links to accounts the signed-in user cannot see are not theirs to drop (their detail leaves them out)
    live = [a for a, m in current.items() if m.deleted_at is None]
    seen = _visible_accounts(session, live) if guard.guard_of(session) and live else set(live)
    hidden = {a: current.pop(a) for a in live if a not in seen}
    wanted_by_account = {m.account_id: m for m in wanted}
    hidden_primary = any(m.is_primary for m in hidden.values())
    if hidden_primary and any(m.is_primary for m in wanted):  # the user chose another primary company
        for link in hidden.values():
            writes.apply_fields(work, link, "account_contact", {"is_primary": False})
        hidden_primary = False
    if wanted and not hidden_primary and not any(m.is_primary for m in wanted):  # always one primary
        first = wanted[0]
        wanted_by_account[first.account_id] = MembershipInput(first.account_id, first.role, True)
    for account_id, link in current.items():
        if account_id not in wanted_by_account and link.deleted_at is None:
            link.deleted_at = utcnow()
            work.audit(ENTITY, contact.id, "update", "account", str(account_id), None)
    for account_id, m in wanted_by_account.items():
        account = session.get(Account, account_id)
        if account is None or account.deleted_at is not None:
            raise ValidationError(FieldError("memberships", f"account {account_id} does not exist"))
        guard.require(session, "view", "account", account)  # no link to another team's account
        existing = current.get(account_id)
        if existing is None:
            session.add(
                AccountContact(
                    account_id=account_id, contact_id=contact.id, role=m.role, is_primary=m.is_primary
                )
            )
            work.audit(ENTITY, contact.id, "update", "account", None, str(account_id))
        else:
            writes.apply_fields(
                work,
                existing,
                "account_contact",
                {"role": m.role, "is_primary": m.is_primary, "deleted_at": None},
            )
    work.changed("account", ChangeKind.UPDATED, set(wanted_by_account) | set(current))
    primary = next((m for m in wanted_by_account.values() if m.is_primary), None)
    if primary is None and hidden_primary:
        return  # the primary company is one the user cannot see: its name stays
    company = session.get(Account, primary.account_id).name if primary else ""  # type: ignore[union-attr]
    writes.apply_fields(work, contact, ENTITY, {"company_name": company})


def _seen(session: Session, entity: str, model: Any) -> list[Any]:
    """The signed-in user's visibility of `entity` (none: every row), as a `where` argument list."""
    seen = guard.visible(session, entity, model)
    return [] if seen is None else [seen]


def _visible_accounts(session: Session, ids: list[uuid.UUID]) -> set[uuid.UUID]:
    return set(
        session.scalars(select(Account.id).where(Account.id.in_(ids), *_seen(session, "account", Account)))
    )


def _detail(session: Session, contact: Contact) -> ContactDetail:
    members = session.execute(
        select(AccountContact.account_id, Account.name, AccountContact.role, AccountContact.is_primary)
        .join(Account, Account.id == AccountContact.account_id)
        .where(
            AccountContact.contact_id == contact.id,
            AccountContact.deleted_at.is_(None),
            *_seen(session, "account", Account),  # a link to another team's account is not shown
        )
        .order_by(AccountContact.is_primary.desc(), Account.name)
    ).all()
    plain = {f.name for f in fields(ContactDetail)} - {"memberships", "tag_ids"}
    return ContactDetail(
        **{name: getattr(contact, name) for name in plain},
        memberships=tuple(Membership(*m) for m in members),
        tag_ids=writes.tag_ids(session, ENTITY, contact.id),
    )
