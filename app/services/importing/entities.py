"""What the import engine (engine) knows about each kind of record it imports.

An `EntitySpec` is the whole of it: the model, how one row's cells (by our field names) become column
values (through the service's own `validate`, so there is one set of rules), which fields a match may
update, how an existing record is found, and what the engine must delete beside a created record on undo.
To import a new kind: write its spec here, add it to `ENTITIES`, and give its fields' header synonyms in
importing.mapping (the wizard and `rapport import` pick both up).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import (
    Account,
    AccountContact,
    AccountStatus,
    Campaign,
    Contact,
    Deal,
    DealStageHistory,
    Lead,
    Product,
    Ticket,
    User,
)
from app.models.money import to_minor
from app.services.core import settings_store
from app.services.core.errors import FieldError, ValidationError
from app.services.core.validation import normalise_country
from app.services.documents import products
from app.services.importing.cells import as_key, choice, locale_region, phone, row_country
from app.services.importing.extras import account_extras, person_extras, source_id
from app.services.importing.parsing import ISO, parse_money, parse_when
from app.services.importing.ticket_rows import number_and_time, ticket_row
from app.services.records import accounts, contacts
from app.services.records.accounts import ACCOUNT_STATUSES
from app.services.records.contacts import CONTACT_STATUSES
from app.services.sales import deals, leads, scoring
from app.services.sales.board import pipeline_refs
from app.services.sales.leads import LEAD_LIFECYCLES, LEAD_SOURCES, LEAD_STATUSES


class MatchOn(StrEnum):
    EMAIL = "email"
    NAME_COMPANY = "name_company"
    EXTERNAL_ID = "external_id"
    SKU = "sku"
    NONE = "none"


@dataclass
class Lookups:
    """What a row's validation needs from the database, read once before the rows are checked."""

    user_id: uuid.UUID | None = None
    users: dict[str, uuid.UUID] = field(default_factory=dict)  # lower-cased name and email -> id
    user_names: dict[str, str] = field(default_factory=dict)  # name as written -> email
    pipeline_id: uuid.UUID | None = None
    pipeline_name: str = ""
    stages: dict[str, Any] = field(default_factory=dict)  # lower-cased name -> StageRef
    first_open_stage: Any = None
    currency: str = "EUR"
    create_missing: bool = False
    scoring_rules: Any = None
    region: str = ""  # the company's country: national phone numbers are read as its
    date_formats: dict[str, str] = field(default_factory=dict)  # field -> the column's date format
    decimal_marks: dict[str, str] = field(default_factory=dict)  # field -> the column's decimal mark
    account_refs: dict[str, tuple[uuid.UUID, str]] = field(default_factory=dict)  # source id -> (id, name)
    contact_refs: dict[str, uuid.UUID] = field(default_factory=dict)  # source id -> contact id
    deal_refs: dict[str, uuid.UUID] = field(default_factory=dict)  # source id -> deal id
    campaigns: dict[str, uuid.UUID] = field(default_factory=dict)  # lower-cased campaign name -> id


Validate = Callable[[Mapping[str, str], Lookups], dict[str, Any]]


@dataclass(frozen=True)
class EntitySpec:
    """One importable kind. `validate` returns column values plus engine keys starting with '_'
    (`_account`: an account name to find or create; `_score`: a new lead's score)."""

    kind: str
    entity: str
    model: Any
    validate: Validate
    updatable: tuple[str, ...]
    matches: tuple[MatchOn, ...]
    name_key: Callable[[Mapping[str, Any]], str]  # the NAME_COMPANY match key from column values
    name_column: Callable[[], Any]  # the same key as a SQL expression
    children: tuple[Any, ...] = ()  # foreign-key columns whose rows go with a created record on undo
    needs_db: bool = False  # validate reads Lookups filled from the database
    account_field: str = ""  # the column the '_account' name resolves into
    # Fills what a new row needs from the database at write time (a ticket's number and due times).
    complete_new: Callable[[Any, list[dict[str, Any]]], None] | None = None


def _lower_name(first: Any, last: Any, company: Any) -> Any:
    return func.lower(func.trim(first + " " + last)) + "|" + func.lower(company)


def _name_company(values: Mapping[str, Any], company: str) -> str:
    name = f"{values['first_name']} {values['last_name']}".strip().lower()
    return f"{name}|{str(company).lower()}"


def _names(cells: Mapping[str, str]) -> tuple[str, str]:
    first, last = cells.get("first_name", ""), cells.get("last_name", "")
    if not last and cells.get("full_name"):
        first, _, last = cells["full_name"].strip().rpartition(" ")
    return first, last


def _owner(cells: Mapping[str, str], found: Lookups) -> tuple[uuid.UUID | None, str]:
    """(the row's owner, '' or the name of a user to create): matched by source id (an imported user),
    name or email; with `create_missing` an unknown owner becomes an inactive user of their own."""
    name = cells.get("owner", "").strip()
    if not name:
        return found.user_id, ""
    owner = found.users.get(name.lower()) or found.users.get(name)
    if owner is not None:
        return owner, ""
    if not found.create_missing:
        raise ValidationError(
            FieldError("owner", f"no user named '{name}' (--create-missing creates them, inactive)")
        )
    return None, name


def _owned(
    values: dict[str, Any], cells: Mapping[str, str], found: Lookups, errors: list[FieldError]
) -> None:
    """Put the row's owner into `values` (`_new_owner`: a user the write creates)."""
    try:
        values["owner_id"], new = _owner(cells, found)
    except ValidationError as exc:
        errors += exc.errors
        return
    if new:
        values["_new_owner"] = new


def _account_ref(
    cells: Mapping[str, str], found: Lookups, errors: list[FieldError]
) -> tuple[uuid.UUID, str] | None:
    ref = cells.get("account_ref", "").strip()
    if not ref:
        return None
    hit = found.account_refs.get(ref)
    if hit is None:
        errors.append(FieldError("account_ref", f"no account was imported with the id '{ref}'"))
    return hit


def _checked(values: Callable[[], dict[str, Any]], errors: list[FieldError]) -> dict[str, Any]:
    """The service's validation with the import's own errors first; raises if there is any."""
    try:
        out = values()
    except ValidationError as exc:
        raise ValidationError(errors + exc.errors) from exc
    if errors:
        raise ValidationError(errors)
    return out


def _contact(cells: Mapping[str, str], found: Lookups) -> dict[str, Any]:
    errors: list[FieldError] = []
    review: list[FieldError] = []
    country = row_country(cells)
    e164, typed = phone(cells.get("phone", ""), country, found.region, "phone", review, errors)
    first, last = _names(cells)
    status = choice(cells, "status", CONTACT_STATUSES, "a contact status", "active", errors)
    extra = person_extras(cells, found, errors, review)
    data = contacts.ContactInput(
        last_name=last,
        first_name=first,
        email=cells.get("email", ""),
        phone="",  # read above (kept as typed when it is not a number); set after
        title=cells.get("title", ""),
        city=cells.get("city", ""),
        country=country,
        status=status,
        notes=cells.get("notes", ""),
    )
    account = _account_ref(cells, found, errors)
    owner: dict[str, Any] = {}
    if "owner" in cells:
        _owned(owner, cells, found, errors)
    values = _checked(lambda: contacts.validate(data), errors)
    values.update(extra, phone=e164, phone_display=typed, **owner)
    values["_account"] = account[1] if account else cells.get("company", "")
    if account:
        values["_account_id"] = account[0]
    if review:
        values["_review"] = review
    return values


def _account(cells: Mapping[str, str], found: Lookups) -> dict[str, Any]:
    errors: list[FieldError] = []
    review: list[FieldError] = []
    country = row_country(cells)
    e164, typed = phone(cells.get("phone", ""), country, found.region, "phone", review, errors)
    status = as_key(cells.get("status", ""))
    if status and status not in ACCOUNT_STATUSES:
        review.append(
            FieldError(
                "status",
                f"'{cells['status'].strip()}' is not an account status ({', '.join(ACCOUNT_STATUSES)}):"
                " imported as prospect",
            )
        )
        status = ""
    extra = account_extras(cells, found, errors)
    data = accounts.AccountInput(
        name=cells.get("name", ""),
        domain=cells.get("domain", ""),
        industry=cells.get("industry", ""),
        email=cells.get("email", ""),
        phone="",
        address=cells.get("address", ""),
        city=cells.get("city", ""),
        country=country,
        status=status or AccountStatus.PROSPECT.value,
        notes=cells.get("notes", ""),
    )
    owner: dict[str, Any] = {}
    if "owner" in cells:
        _owned(owner, cells, found, errors)
    values = _checked(lambda: accounts.validate(data), errors)
    values.update(extra, phone=e164, phone_display=typed, **owner)
    if review:
        values["_review"] = review
    return values


def _lead(cells: Mapping[str, str], found: Lookups) -> dict[str, Any]:
    first, last = _names(cells)
    errors: list[FieldError] = []
    review: list[FieldError] = []
    owner: dict[str, Any] = {}
    _owned(owner, cells, found, errors)
    country = row_country(cells)
    e164, typed = phone(cells.get("phone", ""), country, found.region, "phone", review, errors)
    source = choice(cells, "source", LEAD_SOURCES, "a lead source", "import", errors)
    status = choice(cells, "status", LEAD_STATUSES, "a lead status", "new", errors)
    lifecycle = choice(cells, "lifecycle", LEAD_LIFECYCLES, "a lifecycle stage", "lead", errors)
    reason = cells.get("disqualified_reason", "").strip()
    if status == "disqualified" and not reason:
        # Salesforce's "Closed - Not Converted" has no reason column: the status it had says why.
        said = cells.get("_status_as_written", "").strip() or cells.get("status", "").strip()
        reason = said if as_key(said) != "disqualified" else "disqualified before the import"
        review.append(FieldError("disqualified_reason", f"no reason given: '{reason}' recorded"))
    extra = person_extras(cells, found, errors, review)
    data = leads.LeadInput(
        last_name=last,
        first_name=first,
        company=cells.get("company", ""),
        title=cells.get("title", ""),
        email=cells.get("email", ""),
        phone="",
        website=cells.get("website", ""),
        industry=cells.get("industry", ""),
        company_size=cells.get("company_size", ""),
        source=source,
        status=status,
        lifecycle=lifecycle,
        disqualified_reason=reason,
        owner_id=owner.get("owner_id"),
        notes=cells.get("notes", ""),
    )
    values = _checked(lambda: leads.validate(data, allow_converted=True), errors)
    city = cells.get("city", "").strip()
    if len(city) > 100:
        errors.append(FieldError("city", f"is too long ({len(city)} characters, at most 100)"))
    values.update(extra, phone=e164, phone_display=typed, city=city, **owner)
    values["country"] = _country_code(country, errors)
    # every row has the same columns (a bulk insert takes them from the first)
    values.update(converted_account_id=None, converted_contact_id=None, converted_deal_id=None)
    values["campaign_id"] = _campaign(cells, found, errors)
    if values["status"] == "converted":
        values.update(_conversion(cells, found, review))
    if errors:
        raise ValidationError(errors)
    values["_score"] = found.scoring_rules
    if review:
        values["_review"] = review
    return values


def _conversion(cells: Mapping[str, str], found: Lookups, review: list[FieldError]) -> dict[str, Any]:
    """A converted lead's links to the account, contact and deal it became, by their source ids; one
    that was not imported is left out with a note (the lead stays converted)."""
    out: dict[str, Any] = {}
    for name, column, refs in (
        ("converted_account_ref", "converted_account_id", {k: v[0] for k, v in found.account_refs.items()}),
        ("converted_contact_ref", "converted_contact_id", found.contact_refs),
        ("converted_deal_ref", "converted_deal_id", found.deal_refs),
    ):
        ref = cells.get(name, "").strip()
        if ref:
            out[column] = refs.get(ref)
            if out[column] is None:
                review.append(FieldError(name, f"no record was imported with the id '{ref}': not linked"))
    return out


def _country_code(country: str, errors: list[FieldError]) -> str:
    if not country:
        return ""
    code, problem = normalise_country(country)
    if problem:
        errors.append(problem)
    return code


def _deal(cells: Mapping[str, str], found: Lookups) -> dict[str, Any]:
    """A deal: stage by name within the chosen pipeline, amount in minor units, account by name or id."""
    errors: list[FieldError] = []
    name = cells.get("name", "").strip()
    if not name:
        errors.append(FieldError("name", "is required"))
    elif len(name) > 200:
        errors.append(FieldError("name", f"is too long ({len(name)} characters, at most 200)"))
    stage_name = cells.get("stage", "").strip()
    stage: Any = found.stages.get(stage_name.lower()) if stage_name else found.first_open_stage
    if stage is None:
        allowed = ", ".join(s.name for s in found.stages.values())
        errors.append(
            FieldError("stage", f"'{stage_name}' is not a stage of {found.pipeline_name}; allowed: {allowed}")
        )
    owner: dict[str, Any] = {}
    _owned(owner, cells, found, errors)
    account = _account_ref(cells, found, errors)
    contact_id = None
    contact_ref = cells.get("contact_ref", "").strip()
    if contact_ref:
        contact_id = found.contact_refs.get(contact_ref)
        if contact_id is None:
            errors.append(FieldError("contact_ref", f"no contact was imported with the id '{contact_ref}'"))
    amount, named = Decimal(0), ""
    try:
        amount, named = parse_money(cells.get("amount", ""), found.decimal_marks.get("amount", ""))
    except ValueError as exc:
        errors.append(FieldError("amount", str(exc)))
    currency = (cells.get("currency", "").strip() or named or found.currency).upper()
    minor = 0
    if len(currency) != 3 or not currency.isalpha():
        errors.append(FieldError("currency", f"'{currency}' is not a three-letter ISO code such as EUR"))
    else:
        try:
            minor = to_minor(amount, currency)
        except (ValueError, InvalidOperation) as exc:
            errors.append(FieldError("amount", str(exc)))
    when: dict[str, datetime | None] = {}
    for key in ("expected_close", "closed_at", "created_at"):
        try:
            when[key] = parse_when(cells.get(key, "").strip(), found.date_formats.get(key, ISO))
        except ValueError as exc:
            errors.append(FieldError(key, str(exc)))
    external_id = source_id(cells, errors)
    campaign_id = _campaign(cells, found, errors)
    if errors:
        raise ValidationError(errors)
    closed = stage.is_won or stage.is_lost
    expected = when["expected_close"]
    closed_at = (when["closed_at"] or expected or when["created_at"] or datetime.now(UTC)) if closed else None
    due = expected or closed_at
    return {
        "name": name,
        "contact_id": contact_id,
        "pipeline_id": found.pipeline_id,
        "stage_id": stage.id,
        "amount_minor": minor,
        "currency": currency,
        "expected_close": due.date() if due else None,
        "closed_at": closed_at,
        "lost_reason": cells.get("lost_reason", "").strip() if stage.is_lost else "",
        **owner,
        "stage_entered_at": closed_at or when["created_at"],
        "external_id": external_id,
        "campaign_id": campaign_id,
        "_created_at": when["created_at"],
        "_account": account[0] if account else cells.get("account", "").strip(),
        "_stage": stage.name,
    }


def _product(cells: Mapping[str, str], found: Lookups) -> dict[str, Any]:
    active = cells.get("is_active", "").strip().lower()
    errors: list[FieldError] = []
    data = products.ProductInput(
        sku=cells.get("sku", ""),
        name=cells.get("name", ""),
        description=cells.get("description", ""),
        unit=cells.get("unit", "") or "pc",
        price=cells.get("price", "") or "0",
        cost=cells.get("cost", "") or "0",
        currency=cells.get("currency", "") or found.currency,
        tax_rate=cells.get("tax_rate", "").replace("%", "").strip() or "0",
        is_active=active not in ("no", "false", "0", "inactive"),
    )
    external_id = source_id(cells, errors)
    values = _checked(lambda: products.validate(data), errors)
    values["external_id"] = external_id
    return values


def _campaign(cells: Mapping[str, str], found: Lookups, errors: list[FieldError]) -> uuid.UUID | None:
    """The campaign a new lead is credited to (the "Campaign" column, by name); None when the cell is empty."""
    name = cells.get("campaign", "").strip()
    if not name:
        return None
    ident = found.campaigns.get(name.lower())
    if ident is None:
        errors.append(
            FieldError("campaign", f"there is no campaign '{name}' (rapport campaign new makes one)")
        )
    return ident


def prepare(session: Session, spec: EntitySpec, user_id: uuid.UUID | None, options: Any) -> Lookups:
    """Read what `spec.validate` looks up (users, the pipeline's stages, scoring rules, the company's
    country and currency)."""
    company = settings_store.load(session, "company") or {}
    found = Lookups(
        user_id=user_id,
        currency=(options.currency or company.get("default_currency") or "EUR").upper(),
        create_missing=options.create_missing,
        region=str(company.get("country") or "").upper() or locale_region(),
    )
    if not spec.needs_db:
        return found
    for user_id_, name, email, external_id in session.execute(
        select(User.id, User.name, User.email, User.external_id).where(User.deleted_at.is_(None))
    ):
        found.users.setdefault(name.lower(), user_id_)
        found.users.setdefault(email.lower(), user_id_)
        if external_id:
            found.users.setdefault(external_id, user_id_)
        found.user_names.setdefault(name, email)
    if spec.model is Lead:
        found.scoring_rules = scoring.load_rules(session)
    if spec.model in (Lead, Deal):  # a new lead or deal is credited to the campaign named in its row
        rows = session.execute(select(Campaign.name, Campaign.id).where(Campaign.deleted_at.is_(None)))
        found.campaigns = {name.lower(): ident for name, ident in rows}
    if spec.model is Deal:
        pipelines = pipeline_refs(session)
        wanted = options.pipeline.strip().lower()
        pipeline = next(
            (p for p in pipelines if (p.name.lower() == wanted if wanted else p.is_default)),
            None if wanted else (pipelines[0] if pipelines else None),
        )
        if pipeline is None:
            names = ", ".join(p.name for p in pipelines) or "none (rapport pipeline add NAME creates one)"
            raise ValidationError(
                FieldError(
                    "pipeline", f"no pipeline named '{options.pipeline or 'default'}'; pipelines: {names}"
                )
            )
        found.pipeline_id, found.pipeline_name = pipeline.id, pipeline.name
        found.stages = {s.name.lower(): s for s in pipeline.stages}
        found.first_open_stage = next((s for s in pipeline.stages if not (s.is_won or s.is_lost)), None)
    return found


_PERSON_EXTRAS = (
    "street",
    "postal_code",
    "region",
    "salutation",
    "birthday",
    "other_phone",
    "other_phone_display",
    "other_email",
    "external_id",
)
ENTITIES: dict[str, EntitySpec] = {
    "contacts": EntitySpec(
        "contacts",
        contacts.ENTITY,
        Contact,
        _contact,
        (
            "first_name",
            "last_name",
            "email",
            "phone",
            "phone_display",
            "title",
            "city",
            "country",
            "notes",
            "owner_id",
            *_PERSON_EXTRAS,
        ),
        (MatchOn.EMAIL, MatchOn.NAME_COMPANY, MatchOn.EXTERNAL_ID, MatchOn.NONE),
        lambda v: _name_company(v, v["_account"]),
        lambda: _lower_name(Contact.first_name, Contact.last_name, Contact.company_name),
        children=(AccountContact.contact_id,),
        needs_db=True,
        account_field="company_name",
    ),
    "accounts": EntitySpec(
        "accounts",
        accounts.ENTITY,
        Account,
        _account,
        (
            "name",
            "domain",
            "industry",
            "email",
            "phone",
            "phone_display",
            "address",
            "city",
            "country",
            "notes",
            "postal_code",
            "region",
            "annual_revenue_minor",
            "annual_revenue_currency",
            "employee_count",
            "external_id",
            "owner_id",
        ),
        (MatchOn.EMAIL, MatchOn.NAME_COMPANY, MatchOn.EXTERNAL_ID, MatchOn.NONE),
        lambda v: str(v["name"]).lower(),
        lambda: func.lower(Account.name),
        needs_db=True,
    ),
    "leads": EntitySpec(
        "leads",
        leads.ENTITY,
        Lead,
        _lead,
        (
            "first_name",
            "last_name",
            "company",
            "title",
            "email",
            "phone",
            "phone_display",
            "website",
            "city",
            "country",
            "owner_id",
            *_PERSON_EXTRAS,
        ),
        (MatchOn.EMAIL, MatchOn.NAME_COMPANY, MatchOn.EXTERNAL_ID, MatchOn.NONE),
        lambda v: _name_company(v, v["company"]),
        lambda: _lower_name(Lead.first_name, Lead.last_name, Lead.company),
        needs_db=True,
    ),
    "deals": EntitySpec(
        "deals",
        deals.ENTITY,
        Deal,
        _deal,
        ("amount_minor", "currency", "expected_close", "owner_id", "external_id"),
        (MatchOn.NONE, MatchOn.EXTERNAL_ID, MatchOn.NAME_COMPANY),
        lambda v: f"{str(v['name']).lower()}|{str(v['_account']).lower()}",
        lambda: func.lower(Deal.name) + "|" + func.lower(func.coalesce(_account_name(), "")),
        children=(DealStageHistory.deal_id,),
        needs_db=True,
        account_field="account_id",
    ),
    "products": EntitySpec(
        "products",
        products.ENTITY,
        Product,
        _product,
        (
            "name",
            "description",
            "unit",
            "price_minor",
            "cost_minor",
            "currency",
            "tax_rate_bp",
            "is_active",
            "external_id",
        ),
        (MatchOn.SKU, MatchOn.EXTERNAL_ID, MatchOn.NONE),
        lambda v: str(v["name"]).lower(),
        lambda: func.lower(Product.name),
    ),
    "tickets": EntitySpec(
        "tickets",
        "ticket",
        Ticket,
        ticket_row,
        ("description", "priority", "category", "channel", "assignee_id"),
        (MatchOn.NONE,),
        lambda v: str(v["subject"]).lower(),
        lambda: func.lower(Ticket.subject),
        needs_db=True,
        account_field="account_id",
        complete_new=number_and_time,
    ),
}
KINDS = tuple(ENTITIES)


def _account_name() -> Any:
    return select(Account.name).where(Account.id == Deal.account_id).scalar_subquery()
