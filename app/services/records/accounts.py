"""Accounts (companies): validated create/edit, their contacts, trash, and the paged list."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import Account, AccountContact, AccountStatus, Contact, User
from app.models.money import from_minor
from app.services.core import guard, writes
from app.services.core.changes import ChangeKind
from app.services.core.errors import FieldError, ValidationError
from app.services.core.listing import EntityList
from app.services.core.locale_format import LANGUAGES
from app.services.core.person_fields import ADDRESS_LIMITS, account_figures
from app.services.core.record_service import RecordService
from app.services.core.uow import Work
from app.services.core.validation import check_lengths, normalise_reach

ACCOUNT_STATUSES: tuple[str, ...] = tuple(s.value for s in AccountStatus)
ENTITY = "account"


@dataclass(frozen=True)
class AccountInput:
    name: str = ""
    domain: str = ""
    industry: str = ""
    email: str = ""
    phone: str = ""
    address: str = ""
    city: str = ""
    country: str = ""
    status: str = AccountStatus.PROSPECT.value
    owner_id: uuid.UUID | None = None
    notes: str = ""
    postal_code: str = ""
    region: str = ""
    annual_revenue: str | Decimal = ""  # as typed, or a Decimal; '' when not known (never a float)
    annual_revenue_currency: str = ""  # ISO 4217, needed when a revenue is given
    employee_count: int | str = 0  # 0 or '' when not known
    language: str = ""  # documents' language (en, de, fr, es); '' = the country's
    tag_ids: tuple[uuid.UUID, ...] | None = None
    custom: Mapping[str, Any] | None = None  # custom field key -> value; None leaves them as they are


@dataclass(frozen=True)
class AccountMember:
    contact_id: uuid.UUID
    name: str
    email: str
    phone: str
    title: str
    role: str
    is_primary: bool


@dataclass(frozen=True)
class AccountDetail:
    id: uuid.UUID
    version: int
    name: str
    domain: str
    industry: str
    email: str
    phone: str
    phone_display: str
    address: str
    city: str
    country: str
    status: str
    owner_id: uuid.UUID | None
    notes: str
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None
    postal_code: str = ""
    region: str = ""
    annual_revenue_minor: int = 0
    annual_revenue_currency: str = ""
    employee_count: int = 0
    external_id: str = ""  # the record's id in the system it was imported from (read-only)
    language: str = ""
    contacts: tuple[AccountMember, ...] = ()
    tag_ids: tuple[uuid.UUID, ...] = ()
    custom: Mapping[str, Any] = field(default_factory=dict)

    @property
    def annual_revenue(self) -> Decimal | None:
        """The revenue as a Decimal in its currency, None when not known."""
        if not self.annual_revenue_currency:
            return None
        return from_minor(self.annual_revenue_minor, self.annual_revenue_currency)

    def as_input(self) -> AccountInput:
        revenue = self.annual_revenue
        return AccountInput(
            name=self.name,
            domain=self.domain,
            industry=self.industry,
            email=self.email,
            phone=self.phone_display or self.phone,
            address=self.address,
            city=self.city,
            country=self.country,
            status=self.status,
            owner_id=self.owner_id,
            notes=self.notes,
            postal_code=self.postal_code,
            region=self.region,
            annual_revenue="" if revenue is None else revenue,
            annual_revenue_currency=self.annual_revenue_currency,
            employee_count=self.employee_count,
            language=self.language,
            tag_ids=self.tag_ids,
            custom=dict(self.custom),
        )


@dataclass(frozen=True)
class AccountRow:
    id: uuid.UUID
    name: str
    domain: str
    industry: str
    phone: str
    email: str
    city: str
    country: str
    status: str
    owner: str
    updated_at: datetime
    deleted_at: datetime | None = None
    # optional list columns (hidden by default) and export columns
    address: str = ""
    postal_code: str = ""
    region: str = ""
    annual_revenue: Decimal | None = None  # in annual_revenue_currency; None when not known
    annual_revenue_currency: str = ""
    employee_count: int = 0
    external_id: str = ""
    custom: Mapping[str, Any] = field(default_factory=dict)


SORTS: dict[str, tuple[Any, ...]] = {
    "name": (Account.name, Account.id),
    "city": (Account.city, Account.id),
    "country": (Account.country, Account.id),
    "industry": (Account.industry, Account.id),
    "status": (Account.status, Account.id),
    "updated": (Account.updated_at, Account.id),
}
_ROW_COLS = (
    Account.id,
    Account.name,
    Account.domain,
    Account.industry,
    Account.phone_display,
    Account.email,
    Account.city,
    Account.country,
    Account.status,
    func.coalesce(User.name, ""),
    Account.updated_at,
    Account.deleted_at,
    Account.address,
    Account.postal_code,
    Account.region,
    Account.annual_revenue_minor,
    Account.annual_revenue_currency,
    Account.employee_count,
    Account.external_id,
)
_REVENUE = next(i for i, col in enumerate(_ROW_COLS) if col is Account.annual_revenue_minor)


def _account_row(*values: Any, custom: Mapping[str, Any]) -> AccountRow:
    """A list row, its revenue turned from minor units into a Decimal (None when not known)."""
    cells = list(values)
    minor, currency = cells[_REVENUE], cells[_REVENUE + 1]
    cells[_REVENUE] = from_minor(minor, currency) if currency else None
    return AccountRow(*cells, custom=custom)  # type: ignore[misc]  # cells stop before `custom`


LIST = EntityList(
    model=Account,
    entity=ENTITY,
    table="accounts",
    sorts=SORTS,
    sort_indexes={name: f"ix_accounts_live_{name}" for name in SORTS},
    row_columns=_ROW_COLS,
    custom_values=True,
    row_factory=_account_row,
    outer_joins=((User, User.id == Account.owner_id),),
)


def validate(data: AccountInput) -> dict[str, Any]:
    errors = check_lengths(
        data,
        (
            ("name", 200, True),
            ("domain", 200, False),
            ("industry", 100, False),
            ("city", 100, False),
            *ADDRESS_LIMITS[1:],  # postal code, region (the street is `address`)
        ),
    )
    email, phone, country = normalise_reach(data.email, data.phone, data.country, errors)
    figures = account_figures(data.annual_revenue, data.annual_revenue_currency, data.employee_count, errors)
    if data.status not in {s.value for s in AccountStatus}:
        errors.append(FieldError("status", f"'{data.status}' is not an account status"))
    if data.language and data.language not in LANGUAGES:
        errors.append(FieldError("language", f"'{data.language}' is not one of {', '.join(LANGUAGES)}"))
    if errors:
        raise ValidationError(errors)
    domain = data.domain.strip().lower().removeprefix("https://").removeprefix("http://").removeprefix("www.")
    return {
        "name": data.name.strip(),
        "domain": domain.rstrip("/"),
        "industry": data.industry.strip(),
        "email": email,
        "phone": phone.e164,
        "phone_display": phone.display,
        "address": data.address.strip(),
        "city": data.city.strip(),
        "country": country,
        "status": AccountStatus(data.status),
        "owner_id": data.owner_id,
        "notes": data.notes,
        "postal_code": data.postal_code.strip(),
        "region": data.region.strip(),
        "language": data.language,
        **figures,
    }


class AccountsService(RecordService[AccountInput, AccountDetail]):
    model = Account
    entity = ENTITY
    listing = LIST

    def validate(self, data: AccountInput) -> dict[str, Any]:
        return validate(data)

    def detail(self, session: Session, obj: Account) -> AccountDetail:
        return _detail(session, obj)

    def after_write(self, work: Work, obj: Account, data: AccountInput, before: dict[str, Any]) -> None:
        if "name" in before and before["name"] != obj.name:
            _rename_company(work, obj)

    def find_by_name(self, text: str, limit: int = 20) -> list[tuple[uuid.UUID, str]]:
        """Live accounts whose name starts with text (for pickers)."""
        with self.uow.read() as session:
            stmt = (
                select(Account.id, Account.name)
                .where(
                    Account.deleted_at.is_(None),
                    func.lower(Account.name).startswith(text.strip().lower()),
                    *_seen(session, "account", Account),
                )
                .order_by(Account.name)
                .limit(limit)
            )
            return [(r[0], r[1]) for r in session.execute(stmt)]


def _seen(session: Session, entity: str, model: Any) -> list[Any]:
    """The signed-in user's visibility of `entity` (none: every row), as a `where` argument list."""
    seen = guard.visible(session, entity, model)
    return [] if seen is None else [seen]


def _rename_company(work: Work, account: Account) -> None:
    """Keep contacts' denormalised company name equal to their primary account's name."""
    contacts = work.session.scalars(
        select(Contact)
        .join(AccountContact, AccountContact.contact_id == Contact.id)
        .where(
            AccountContact.account_id == account.id,
            AccountContact.is_primary.is_(True),
            AccountContact.deleted_at.is_(None),
        )
    ).all()
    for contact in contacts:
        contact.company_name = account.name
    work.changed("contact", ChangeKind.UPDATED, [c.id for c in contacts])


def _detail(session: Session, account: Account) -> AccountDetail:
    members = session.execute(
        select(
            Contact.id,
            (Contact.first_name + " " + Contact.last_name),
            Contact.email,
            Contact.phone_display,
            Contact.title,
            AccountContact.role,
            AccountContact.is_primary,
        )
        .join(AccountContact, AccountContact.contact_id == Contact.id)
        .where(
            AccountContact.account_id == account.id,
            AccountContact.deleted_at.is_(None),
            Contact.deleted_at.is_(None),
            *_seen(session, "contact", Contact),  # another team's contact at this account stays unseen
        )
        .order_by(Contact.last_name, Contact.first_name)
    ).all()
    plain = {f.name for f in fields(AccountDetail)} - {"contacts", "tag_ids"}
    return AccountDetail(
        **{name: getattr(account, name) for name in plain},
        contacts=tuple(AccountMember(r[0], r[1].strip(), *r[2:]) for r in members),
        tag_ids=writes.tag_ids(session, ENTITY, account.id),
    )
