"""A deal as the editor sees it: its input, detail and list row, and the checks of its fields and links.

`DealsService` (deals.py) is the `RecordService` that uses these; the board's queries and moves stay there.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import Account, AccountContact, Contact, Deal, Pipeline, Stage, User
from app.models.money import from_minor
from app.services.core.errors import FieldError, ValidationError
from app.services.core.listing import ScannedList, text_filter
from app.services.core.validation import money_field, require_text
from app.services.sales.deal_lines import MAX_MINOR, DealLineDetail, DealLineInput, read_lines

ENTITY = "deal"


@dataclass(frozen=True)
class DealInput:
    name: str = ""
    pipeline_id: uuid.UUID | None = None
    stage_id: uuid.UUID | None = None
    account_id: uuid.UUID | None = None
    contact_id: uuid.UUID | None = None
    amount: str | Decimal = "0"
    currency: str = "EUR"
    expected_close: str | date | None = None  # a date or 'YYYY-MM-DD' text; empty: none
    owner_id: uuid.UUID | None = None
    lost_reason: str = ""  # required when the stage is a lost stage
    custom: Mapping[str, Any] | None = None  # custom field key -> value; None leaves them as they are
    # The product lines (deal_lines.py); None leaves them as they are. With lines, the amount is their
    # net total and `amount` is ignored.
    lines: tuple[DealLineInput, ...] | None = None


@dataclass(frozen=True)
class DealDetail:
    id: uuid.UUID
    version: int
    name: str
    pipeline_id: uuid.UUID
    stage_id: uuid.UUID
    stage: str
    account_id: uuid.UUID | None
    account: str
    contact_id: uuid.UUID | None
    contact: str
    amount: Decimal
    currency: str
    expected_close: date | None
    owner_id: uuid.UUID | None
    lost_reason: str
    closed_at: datetime | None
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None
    custom: Mapping[str, Any] = field(default_factory=dict)
    lines: tuple[DealLineDetail, ...] = ()

    def as_input(self) -> DealInput:
        return DealInput(
            self.name,
            self.pipeline_id,
            self.stage_id,
            self.account_id,
            self.contact_id,
            self.amount,
            self.currency,
            self.expected_close,
            self.owner_id,
            self.lost_reason,
            custom=dict(self.custom),
            lines=tuple(line.as_input() for line in self.lines),
        )


@dataclass(frozen=True)
class DealRow:
    id: uuid.UUID
    name: str
    amount: Decimal
    currency: str
    expected_close: date | None
    updated_at: datetime
    deleted_at: datetime | None = None
    custom: Mapping[str, Any] = field(default_factory=dict)


def _row(
    id: uuid.UUID,
    name: str,
    minor: int,
    currency: str,
    expected: date | None,
    updated_at: datetime,
    deleted_at: datetime | None,
    custom: Mapping[str, Any] | None = None,
) -> DealRow:
    return DealRow(
        id, name, from_minor(minor, currency), currency, expected, updated_at, deleted_at, custom or {}
    )


# The board is the deals' screen; this list serves RecordService's count/page/position (and custom sorts).
LIST = ScannedList(
    model=Deal,
    entity=ENTITY,
    table="deals",
    sorts={"name": (Deal.name, Deal.id), "updated": (Deal.updated_at, Deal.id)},
    sort_indexes={},
    row_columns=(
        Deal.id,
        Deal.name,
        Deal.amount_minor,
        Deal.currency,
        Deal.expected_close,
        Deal.updated_at,
        Deal.deleted_at,
    ),
    custom_values=True,
    row_factory=_row,
    search_filter=lambda text: text_filter([Deal.name], text),
)


def _close_date(value: str | date | None, errors: list[FieldError]) -> date | None:
    if value is None or isinstance(value, date):
        return value
    text = value.strip()
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        errors.append(FieldError("expected_close", f"'{text}' is not a date (YYYY-MM-DD)"))
        return None


def validate(data: DealInput) -> dict[str, Any]:
    """The deal's own fields as column values; links to other records are checked by `check_links`."""
    errors: list[FieldError] = []
    for name, limit, required in (("name", 200, True), ("lost_reason", 2000, False)):
        err = require_text(getattr(data, name), name, limit, required)
        if err:
            errors.append(err)
    currency = data.currency.strip().upper()
    if len(currency) != 3 or not currency.isalpha():
        errors.append(FieldError("currency", "a three-letter ISO code such as EUR"))
        currency = "EUR"
    if data.pipeline_id is None:
        errors.append(FieldError("pipeline_id", "choose a pipeline"))
    if data.stage_id is None:
        errors.append(FieldError("stage_id", "choose a stage"))
    amount_minor = money_field(data.amount, "amount", currency, errors)
    if amount_minor > MAX_MINOR:  # a BIGINT holds it, but no deal is worth more; the driver would overflow
        errors.append(FieldError("amount", "is too large for a deal"))
    values = {
        "name": data.name.strip(),
        "pipeline_id": data.pipeline_id,
        "stage_id": data.stage_id,
        "account_id": data.account_id,
        "contact_id": data.contact_id,
        "amount_minor": amount_minor,
        "currency": currency,
        "expected_close": _close_date(data.expected_close, errors),
        "owner_id": data.owner_id,
        "lost_reason": data.lost_reason.strip(),
    }
    if errors:
        raise ValidationError(errors)
    return values


def check_links(session: Session, data: DealInput, current_stage: uuid.UUID | None) -> list[FieldError]:
    """Errors for links to missing or trashed records, a stage outside the pipeline, a contact of another
    account, and a lost stage entered without a reason. `current_stage` is the stored one (None: new)."""
    errors: list[FieldError] = []

    def live(cls: Any, record_id: uuid.UUID | None, name: str, what: str) -> Any:
        if record_id is None:
            return None
        obj = session.get(cls, record_id)
        if obj is None or obj.deleted_at is not None:
            errors.append(FieldError(name, f"that {what} does not exist or is in the trash"))
            return None
        return obj

    pipeline = live(Pipeline, data.pipeline_id, "pipeline_id", "pipeline")
    stage = live(Stage, data.stage_id, "stage_id", "stage")
    if pipeline is not None and stage is not None:
        if stage.pipeline_id != pipeline.id:
            errors.append(FieldError("stage_id", f"“{stage.name}” is not a stage of “{pipeline.name}”"))
        elif stage.is_lost and stage.id != current_stage and not data.lost_reason.strip():
            errors.append(FieldError("lost_reason", "say why the deal was lost"))
    account = live(Account, data.account_id, "account_id", "account")
    contact = live(Contact, data.contact_id, "contact_id", "contact")
    user = live(User, data.owner_id, "owner_id", "user")
    if user is not None and not user.is_active:
        errors.append(FieldError("owner_id", f"{user.name} is no longer an active user"))
    if account is not None and contact is not None:
        member = session.scalar(
            select(func.count())
            .select_from(AccountContact)
            .where(
                AccountContact.account_id == account.id,
                AccountContact.contact_id == contact.id,
                AccountContact.deleted_at.is_(None),
            )
        )
        if not member:
            name = f"{contact.first_name} {contact.last_name}".strip()
            errors.append(FieldError("contact_id", f"{name} is not a contact of {account.name}"))
    return errors


def deal_detail(session: Session, deal: Deal) -> DealDetail:
    stage = session.get(Stage, deal.stage_id)
    account = session.get(Account, deal.account_id) if deal.account_id else None
    contact = session.get(Contact, deal.contact_id) if deal.contact_id else None
    return DealDetail(
        id=deal.id,
        version=deal.version,
        name=deal.name,
        pipeline_id=deal.pipeline_id,
        stage_id=deal.stage_id,
        stage=stage.name if stage else "",
        account_id=deal.account_id,
        account=account.name if account else "",
        contact_id=deal.contact_id,
        contact=f"{contact.first_name} {contact.last_name}".strip() if contact else "",
        amount=from_minor(deal.amount_minor, deal.currency),
        currency=deal.currency,
        expected_close=deal.expected_close,
        owner_id=deal.owner_id,
        lost_reason=deal.lost_reason,
        closed_at=deal.closed_at,
        created_at=deal.created_at,
        updated_at=deal.updated_at,
        deleted_at=deal.deleted_at,
        custom=dict(deal.custom or {}),
        lines=read_lines(session, deal),
    )
