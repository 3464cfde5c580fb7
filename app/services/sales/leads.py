"""Leads: validated create/edit, the scored and searchable paged list, and the score's explanation."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from datetime import date, datetime
from typing import Any

from sqlalchemy import func
from sqlalchemy.orm import Session

from app.models import Lead, LeadLifecycle, LeadStatus, User
from app.services.core import writes
from app.services.core.errors import FieldError, ValidationError
from app.services.core.listing import EntityList
from app.services.core.person_fields import person_values
from app.services.core.record_service import RecordService
from app.services.core.uow import Work
from app.services.core.validation import check_lengths, normalise_reach
from app.services.sales import scoring

ENTITY = "lead"
LEAD_STATUSES: tuple[str, ...] = tuple(s.value for s in LeadStatus)
LEAD_LIFECYCLES: tuple[str, ...] = tuple(s.value for s in LeadLifecycle)
LEAD_SOURCES: tuple[str, ...] = (
    "web_form",
    "referral",
    "event",
    "campaign",
    "cold_call",
    "import",
    "partner",
    "email",  # mail to the lead-capture address (app/services/mail/reading.py)
    "other",
)


@dataclass(frozen=True)
class LeadInput:
    last_name: str = ""
    first_name: str = ""
    company: str = ""
    title: str = ""
    email: str = ""
    phone: str = ""
    website: str = ""
    industry: str = ""
    company_size: str = ""  # text as typed; a whole number or empty
    source: str = ""
    status: str = LeadStatus.NEW.value
    lifecycle: str = LeadLifecycle.LEAD.value
    disqualified_reason: str = ""
    owner_id: uuid.UUID | None = None
    notes: str = ""
    street: str = ""
    postal_code: str = ""
    city: str = ""
    region: str = ""
    country: str = ""
    salutation: str = ""
    birthday: date | None = None
    other_phone: str = ""
    other_email: str = ""
    tag_ids: tuple[uuid.UUID, ...] | None = None
    custom: Mapping[str, Any] | None = None  # custom field key -> value; None leaves them as they are
    campaign_id: uuid.UUID | None = None  # the campaign that brought it (web form, import); None: as it is


@dataclass(frozen=True)
class LeadDetail:
    id: uuid.UUID
    version: int
    first_name: str
    last_name: str
    company: str
    title: str
    email: str
    phone: str
    phone_display: str
    website: str
    industry: str
    company_size: int
    source: str
    status: str
    lifecycle: str
    disqualified_reason: str
    score: int
    owner_id: uuid.UUID | None
    notes: str
    converted_account_id: uuid.UUID | None
    converted_contact_id: uuid.UUID | None
    converted_deal_id: uuid.UUID | None
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None
    street: str = ""
    postal_code: str = ""
    city: str = ""
    region: str = ""
    country: str = ""
    salutation: str = ""
    birthday: date | None = None
    other_phone: str = ""
    other_phone_display: str = ""
    other_email: str = ""
    external_id: str = ""  # the record's id in the system it was imported from (read-only)
    campaign_id: uuid.UUID | None = None  # the campaign it is credited to
    score_parts: tuple[tuple[str, int], ...] = ()
    threshold: int = 0
    tag_ids: tuple[uuid.UUID, ...] = ()
    custom: Mapping[str, Any] = field(default_factory=dict)

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()

    @property
    def name(self) -> str:
        return self.full_name

    @property
    def is_mql(self) -> bool:
        return self.score >= self.threshold

    def as_input(self) -> LeadInput:
        return LeadInput(
            **{
                f.name: getattr(self, f.name)
                for f in fields(LeadInput)
                if f.name not in ("phone", "company_size", "other_phone")
            },
            phone=self.phone_display or self.phone,
            other_phone=self.other_phone_display or self.other_phone,
            company_size=str(self.company_size or ""),
        )


@dataclass(frozen=True)
class LeadRow:
    id: uuid.UUID
    first_name: str
    last_name: str
    company: str
    title: str
    email: str
    source: str
    status: str
    lifecycle: str
    score: int
    owner: str
    updated_at: datetime
    deleted_at: datetime | None = None
    # optional list columns (hidden by default) and export columns
    phone: str = ""
    street: str = ""
    postal_code: str = ""
    city: str = ""
    region: str = ""
    country: str = ""
    salutation: str = ""
    birthday: date | None = None
    other_phone: str = ""
    other_email: str = ""
    external_id: str = ""
    custom: Mapping[str, Any] = field(default_factory=dict)

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


SORTS: dict[str, tuple[Any, ...]] = {
    "name": (Lead.last_name, Lead.first_name, Lead.id),
    "company": (Lead.company, Lead.id),
    "score": (Lead.score, Lead.id),
    "status": (Lead.status, Lead.id),
    "updated": (Lead.updated_at, Lead.id),
}
LIST = EntityList(
    model=Lead,
    entity=ENTITY,
    table="leads",
    sorts=SORTS,
    sort_indexes={
        "name": "ix_leads_live_last_first",
        "company": "ix_leads_live_company",
        "score": "ix_leads_live_score",
        "status": "ix_leads_live_status",
        "updated": "ix_leads_live_updated",
    },
    row_columns=(
        Lead.id,
        Lead.first_name,
        Lead.last_name,
        Lead.company,
        Lead.title,
        Lead.email,
        Lead.source,
        Lead.status,
        Lead.lifecycle,
        Lead.score,
        func.coalesce(User.name, ""),
        Lead.updated_at,
        Lead.deleted_at,
        Lead.phone_display,
        Lead.street,
        Lead.postal_code,
        Lead.city,
        Lead.region,
        Lead.country,
        Lead.salutation,
        Lead.birthday,
        Lead.other_phone_display,
        Lead.other_email,
        Lead.external_id,
    ),
    custom_values=True,
    row_factory=LeadRow,
    outer_joins=((User, User.id == Lead.owner_id),),
)


def clean_domain(raw: str) -> str:
    """'https://www.Example.com/' -> 'example.com'."""
    text = raw.strip().lower().removeprefix("https://").removeprefix("http://").removeprefix("www.")
    return text.split("/")[0]


def validate(data: LeadInput, allow_converted: bool = False) -> dict[str, Any]:
    errors = check_lengths(
        data,
        (
            ("last_name", 100, True),
            ("first_name", 100, False),
            ("company", 200, False),
            ("title", 120, False),
            ("industry", 100, False),
            ("website", 200, False),
            ("disqualified_reason", 200, False),
            ("city", 100, False),
        ),
    )
    email, phone, country = normalise_reach(data.email, data.phone, data.country, errors)
    extra = person_values(data, country, errors)
    size_text = data.company_size.strip().replace(",", "")
    if size_text and not size_text.isdigit():
        errors.append(FieldError("company_size", "must be a whole number of employees"))
    if data.source and data.source not in LEAD_SOURCES:
        errors.append(FieldError("source", f"'{data.source}' is not a lead source"))
    if data.status not in LEAD_STATUSES:
        errors.append(FieldError("status", f"'{data.status}' is not a lead status"))
    elif data.status == LeadStatus.CONVERTED and not allow_converted:
        errors.append(FieldError("status", "a lead becomes converted only by converting it"))
    if data.status == LeadStatus.DISQUALIFIED and not data.disqualified_reason.strip():
        errors.append(FieldError("disqualified_reason", "say why the lead is disqualified"))
    if data.lifecycle not in LEAD_LIFECYCLES:
        errors.append(FieldError("lifecycle", f"'{data.lifecycle}' is not a lifecycle stage"))
    if errors:
        raise ValidationError(errors)
    return {
        "first_name": data.first_name.strip(),
        "last_name": data.last_name.strip(),
        "company": data.company.strip(),
        "title": data.title.strip(),
        "email": email,
        "phone": phone.e164,
        "phone_display": phone.display,
        "website": clean_domain(data.website),
        "industry": data.industry.strip(),
        "company_size": int(size_text or 0),
        "source": data.source,
        "status": LeadStatus(data.status),
        "lifecycle": LeadLifecycle(data.lifecycle),
        "disqualified_reason": data.disqualified_reason.strip()
        if data.status == LeadStatus.DISQUALIFIED
        else "",
        "owner_id": data.owner_id,
        **({"campaign_id": data.campaign_id} if data.campaign_id is not None else {}),
        "notes": data.notes,
        "city": data.city.strip(),
        "country": country,
        **extra,
    }


def lead_detail(session: Session, lead: Lead) -> LeadDetail:
    rules = scoring.load_rules(session)
    score = scoring.score_lead(session, lead, rules)
    plain = {f.name for f in fields(LeadDetail)} - {"score_parts", "threshold", "tag_ids"}
    return LeadDetail(
        **{name: getattr(lead, name) for name in plain},
        score_parts=score.parts,
        threshold=rules.threshold,
        tag_ids=writes.tag_ids(session, ENTITY, lead.id),
    )


class LeadsService(RecordService[LeadInput, LeadDetail]):
    model = Lead
    entity = ENTITY
    listing = LIST

    def validate(self, data: LeadInput) -> dict[str, Any]:
        return validate(data, allow_converted=getattr(self, "_allow_converted", False))

    def detail(self, session: Session, obj: Lead) -> LeadDetail:
        return lead_detail(session, obj)

    def after_write(self, work: Work, obj: Lead, data: LeadInput, before: dict[str, Any]) -> None:
        work.session.flush()
        scoring.rescore(work, obj)

    def update(self, record_id: uuid.UUID, data: LeadInput, expected_version: int) -> Any:
        """Edit a lead; a converted lead keeps its status (undo of an edit re-applies 'converted')."""
        current = self.get(record_id)
        self._allow_converted = current.status == LeadStatus.CONVERTED and data.status == LeadStatus.CONVERTED
        try:
            return super().update(record_id, data, expected_version)
        finally:
            self._allow_converted = False
