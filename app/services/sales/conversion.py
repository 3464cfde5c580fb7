"""Lead conversion: one transaction turns a qualified lead into an account, a contact and maybe a deal.

An open lead (new, working, nurturing) can be qualified and converted in the same transaction
(`ConversionInput.qualify`), so one Ctrl+Z puts it back as it was.

Before converting, `matches` finds an existing account (same name or web domain) and contact (same
email or phone) so the user can link to them instead of creating duplicates. The lead keeps links to
what it became and its activities move to the new records. `revert` undoes all of it (for Ctrl+Z):
created records are removed for good, linked ones get their memberships back.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import delete, func, select

from app.models import Account, AccountContact, Activity, Contact, Deal, Lead, LeadLifecycle, LeadStatus
from app.models.money import to_minor
from app.services.core import writes
from app.services.core.changes import ChangeKind, Outcome
from app.services.core.errors import FieldError, ValidationError
from app.services.core.uow import UnitOfWorkFactory, Work
from app.services.records import accounts, contacts
from app.services.sales.board import first_open_stage, pipeline_refs
from app.services.sales.deals import new_deal
from app.services.sales.leads import ENTITY


@dataclass(frozen=True)
class Match:
    id: uuid.UUID
    label: str
    reason: str


@dataclass(frozen=True)
class ConversionMatches:
    accounts: tuple[Match, ...]
    contacts: tuple[Match, ...]


# what a new contact takes over from its lead as stored (the same columns, already checked)
LEAD_PERSON_COLUMNS = (
    "street",
    "postal_code",
    "city",
    "region",
    "country",
    "salutation",
    "birthday",
    "other_phone",
    "other_phone_display",
    "other_email",
)


@dataclass(frozen=True)
class ConversionInput:
    """`account_id`/`contact_id` link to existing records; None creates them. The *_new_id fields let
    redo recreate the same records."""

    account_id: uuid.UUID | None = None
    contact_id: uuid.UUID | None = None
    create_deal: bool = False
    deal_name: str = ""
    deal_amount: Decimal = Decimal(0)
    currency: str = "EUR"
    pipeline_id: uuid.UUID | None = None
    new_account_id: uuid.UUID | None = None
    new_contact_id: uuid.UUID | None = None
    new_deal_id: uuid.UUID | None = None
    qualify: bool = False  # mark an open (new, working, nurturing) lead qualified in the same transaction


QUALIFIABLE = frozenset({LeadStatus.NEW, LeadStatus.WORKING, LeadStatus.NURTURING})


def can_convert(status: str, qualify: bool = False) -> bool:
    """Whether a lead in `status` may be converted, with or without qualifying it on the way."""
    return status == LeadStatus.QUALIFIED or (qualify and status in QUALIFIABLE)


@dataclass(frozen=True)
class ConversionResult:
    lead_id: uuid.UUID
    account_id: uuid.UUID
    contact_id: uuid.UUID
    deal_id: uuid.UUID | None
    created_account: bool
    created_contact: bool
    lead_before: tuple[str, str]  # status, lifecycle
    # activity id -> (account_id, contact_id, deal_id) before the move
    moved: tuple[tuple[uuid.UUID, uuid.UUID | None, uuid.UUID | None, uuid.UUID | None], ...]
    contact_memberships_before: tuple[contacts.MembershipInput, ...] | None  # linked contact only


def _email_domain(email: str) -> str:
    return email.rsplit("@", 1)[-1] if "@" in email else ""


FREE_MAIL = {"gmail.com", "outlook.com", "hotmail.com", "yahoo.com", "gmx.de", "web.de", "icloud.com"}


class ConversionService:
    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self.uow = uow

    def matches(self, lead_id: uuid.UUID) -> ConversionMatches:
        """Existing accounts and contacts the lead probably is, best reason first."""
        with self.uow.read() as s:
            lead = writes.get_live(s, Lead, lead_id, ENTITY)
            found_accounts: dict[uuid.UUID, Match] = {}
            domains = {d for d in (lead.website, _email_domain(lead.email)) if d and d not in FREE_MAIL}
            if lead.company:
                by_name = select(Account.id, Account.name).where(
                    Account.deleted_at.is_(None), func.lower(Account.name) == lead.company.lower()
                )
                for row in s.execute(by_name.limit(5)):
                    found_accounts[row.id] = Match(row.id, row.name, "same name")
            if domains:
                by_domain = select(Account.id, Account.name, Account.domain).where(
                    Account.deleted_at.is_(None), Account.domain.in_(domains)
                )
                for hit in s.execute(by_domain.limit(5)):
                    found_accounts.setdefault(
                        hit.id, Match(hit.id, hit.name, f"same web domain {hit.domain}")
                    )
            found_contacts: dict[uuid.UUID, Match] = {}
            tests = [(Contact.email, lead.email, "same email"), (Contact.phone, lead.phone, "same phone")]
            for column, value, reason in tests:
                if not value:
                    continue
                same = select(Contact.id, Contact.first_name, Contact.last_name, Contact.company_name).where(
                    Contact.deleted_at.is_(None), column == value
                )
                for person in s.execute(same.limit(5)):
                    name = f"{person.first_name} {person.last_name}".strip()
                    at = f" ({person.company_name})" if person.company_name else ""
                    found_contacts.setdefault(person.id, Match(person.id, name + at, reason))
        return ConversionMatches(tuple(found_accounts.values()), tuple(found_contacts.values()))

    def convert(
        self, lead_id: uuid.UUID, data: ConversionInput, expected_version: int | None = None
    ) -> Outcome[ConversionResult]:
        with self.uow() as work:
            s = work.session
            lead = writes.get_live(s, Lead, lead_id, ENTITY)
            writes.check_version(lead, expected_version)
            if not can_convert(lead.status, data.qualify):
                raise ValidationError(
                    FieldError(
                        "status",
                        f"a {lead.status.value} lead cannot be converted; only a qualified one"
                        + (
                            " or an open one (new, working, nurturing) qualified on the way"
                            if data.qualify
                            else ""
                        ),
                    )
                )
            if data.create_deal and not data.deal_name.strip():
                raise ValidationError(FieldError("deal_name", "is required for a new deal"))
            before = (lead.status.value, lead.lifecycle.value)
            if lead.status != LeadStatus.QUALIFIED:  # qualified on the way: the audit shows both steps
                writes.apply_fields(work, lead, ENTITY, {"status": LeadStatus.QUALIFIED})
            account_id = data.account_id or self._new_account(work, lead, data.new_account_id)
            contact_id, memberships_before = self._contact(work, lead, data, account_id)
            deal_id = self._deal(work, lead, data, account_id, contact_id) if data.create_deal else None
            moved = _move_activities(work, lead.id, account_id, contact_id, deal_id)
            writes.apply_fields(
                work,
                lead,
                ENTITY,
                {
                    "status": LeadStatus.CONVERTED,
                    "lifecycle": LeadLifecycle.OPPORTUNITY if deal_id else LeadLifecycle.SALES_QUALIFIED,
                    "converted_account_id": account_id,
                    "converted_contact_id": contact_id,
                    "converted_deal_id": deal_id,
                },
            )
            result = ConversionResult(
                lead.id,
                account_id,
                contact_id,
                deal_id,
                data.account_id is None,
                data.contact_id is None,
                before,
                moved,
                memberships_before,
            )
        return Outcome(result, work.changes)

    def _new_account(self, work: Work, lead: Lead, record_id: uuid.UUID | None) -> uuid.UUID:
        domain = lead.website or (
            _email_domain(lead.email) if _email_domain(lead.email) not in FREE_MAIL else ""
        )
        values = accounts.validate(
            accounts.AccountInput(
                name=lead.company or f"{lead.first_name} {lead.last_name}".strip(),
                domain=domain,
                industry=lead.industry,
                owner_id=lead.owner_id,
            )
        )
        # the lead's postal address and size become the company's (copied as stored: already checked)
        values.update(
            address=lead.street,
            postal_code=lead.postal_code,
            city=lead.city,
            region=lead.region,
            country=lead.country,
            employee_count=lead.company_size,
        )
        account = Account(**({"id": record_id} if record_id else {}), **values)
        return writes.create(work, account, "account").id

    def _contact(
        self, work: Work, lead: Lead, data: ConversionInput, account_id: uuid.UUID
    ) -> tuple[uuid.UUID, tuple[contacts.MembershipInput, ...] | None]:
        s = work.session
        if data.contact_id is None:
            values = contacts.validate(
                contacts.ContactInput(
                    last_name=lead.last_name,
                    first_name=lead.first_name,
                    email=lead.email,
                    phone=lead.phone_display or lead.phone,
                    title=lead.title,
                    owner_id=lead.owner_id,
                    notes=lead.notes,
                )
            )
            values.update({name: getattr(lead, name) for name in LEAD_PERSON_COLUMNS})  # copied as stored
            contact = Contact(**({"id": data.new_contact_id} if data.new_contact_id else {}), **values)
            writes.create(work, contact, "contact")
            contacts.set_memberships(work, contact, (contacts.MembershipInput(account_id, lead.title, True),))
            return contact.id, None
        contact = writes.get_live(s, Contact, data.contact_id, "contact")
        current = _memberships(work, contact.id)
        if all(m.account_id != account_id for m in current):
            wanted = (*current, contacts.MembershipInput(account_id, lead.title, not current))
            contacts.set_memberships(work, contact, wanted)
        return contact.id, current

    def _deal(
        self, work: Work, lead: Lead, data: ConversionInput, account_id: uuid.UUID, contact_id: uuid.UUID
    ) -> uuid.UUID:
        pipelines = pipeline_refs(work.session)
        pipeline = next((p for p in pipelines if p.id == data.pipeline_id), None) or next(
            (p for p in pipelines if p.is_default), pipelines[0] if pipelines else None
        )
        if pipeline is None:
            raise ValidationError(FieldError("pipeline", "there is no pipeline to put the deal in"))
        if data.deal_amount < 0:
            raise ValidationError(FieldError("deal_amount", "cannot be negative"))
        values = {
            "name": data.deal_name.strip(),
            "account_id": account_id,
            "contact_id": contact_id,
            "pipeline_id": pipeline.id,
            "stage_id": first_open_stage(pipeline).id,
            "amount_minor": to_minor(data.deal_amount, data.currency),
            "currency": data.currency,
            "owner_id": lead.owner_id,
            "campaign_id": lead.campaign_id,  # the deal is credited to the campaign that brought the lead
        }
        return new_deal(work, values, data.new_deal_id).id

    def revert(self, result: ConversionResult) -> Outcome[None]:
        """Undo a conversion: activities back on the lead, created records removed, the lead as before."""
        with self.uow() as work:
            s = work.session
            for activity_id, account_id, contact_id, deal_id in result.moved:
                activity = s.get(Activity, activity_id)
                if activity is not None:
                    writes.apply_fields(
                        work,
                        activity,
                        "activity",
                        {"account_id": account_id, "contact_id": contact_id, "deal_id": deal_id},
                    )
            lead = writes.get_live(s, Lead, result.lead_id, ENTITY)
            status, lifecycle = result.lead_before
            writes.apply_fields(
                work,
                lead,
                ENTITY,
                {
                    "status": LeadStatus(status),
                    "lifecycle": LeadLifecycle(lifecycle),
                    "converted_account_id": None,
                    "converted_contact_id": None,
                    "converted_deal_id": None,
                },
            )
            s.flush()
            if result.contact_memberships_before is not None:
                contact = writes.get_live(s, Contact, result.contact_id, "contact")
                contacts.set_memberships(work, contact, result.contact_memberships_before)
            purge: list[tuple[str, Any, uuid.UUID]] = []
            if result.deal_id is not None:
                purge.append(("deal", Deal, result.deal_id))
            if result.created_contact:
                s.execute(delete(AccountContact).where(AccountContact.contact_id == result.contact_id))
                purge.append(("contact", Contact, result.contact_id))
            if result.created_account:
                s.execute(delete(AccountContact).where(AccountContact.account_id == result.account_id))
                purge.append(("account", Account, result.account_id))
            s.flush()
            for entity, model, record_id in purge:
                s.execute(delete(model).where(model.id == record_id))
                work.audit(entity, record_id, "purge")
                work.changed(entity, ChangeKind.PURGED, [record_id])
        return Outcome(None, work.changes)


def _memberships(work: Work, contact_id: uuid.UUID) -> tuple[contacts.MembershipInput, ...]:
    rows = work.session.execute(
        select(AccountContact.account_id, AccountContact.role, AccountContact.is_primary).where(
            AccountContact.contact_id == contact_id, AccountContact.deleted_at.is_(None)
        )
    ).all()
    return tuple(contacts.MembershipInput(*r) for r in rows)


def _move_activities(
    work: Work, lead_id: uuid.UUID, account_id: uuid.UUID, contact_id: uuid.UUID, deal_id: uuid.UUID | None
) -> tuple[tuple[uuid.UUID, uuid.UUID | None, uuid.UUID | None, uuid.UUID | None], ...]:
    """Attach the lead's activities to the new records (they keep their lead link for the history)."""
    moved = []
    stmt = select(Activity).where(Activity.lead_id == lead_id, Activity.deleted_at.is_(None))
    for activity in work.session.scalars(stmt):
        moved.append((activity.id, activity.account_id, activity.contact_id, activity.deal_id))
        values: dict[str, Any] = {"account_id": account_id, "contact_id": contact_id}
        if deal_id is not None:
            values["deal_id"] = deal_id
        writes.apply_fields(work, activity, "activity", values)
    return tuple(moved)


__all__ = ["ConversionInput", "ConversionMatches", "ConversionResult", "ConversionService", "Match"]
