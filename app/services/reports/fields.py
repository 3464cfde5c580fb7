"""What a report can show per entity: each field's label, kind and SQL expression (custom fields included).

A field naming another record (owner, stage, account ...) is read through an outer join on an aliased
table, so the report groups and sorts by the name a user sees. Money is integer minor units plus the
currency column (or, for a custom money field, the field's currency), never a float.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy import literal
from sqlalchemy.orm import Session, aliased
from sqlalchemy.sql.elements import ColumnElement

from app.models import (
    Account,
    AccountStatus,
    Activity,
    ActivityKind,
    Contact,
    ContactStatus,
    Deal,
    Document,
    DocumentStatus,
    DocumentType,
    Entity,
    Lead,
    LeadStatus,
    Pipeline,
    Stage,
    User,
)
from app.services.core import custom_fields, custom_values
from app.services.core.custom_validation import FieldKind

CUSTOM_PREFIX = "custom."


class Kind(enum.StrEnum):
    TEXT = "text"
    NUMBER = "number"
    MONEY = "money"
    DATE = "date"  # a calendar day (a date column or a custom date as ISO text)
    DATETIME = "datetime"  # a UTC time
    BOOL = "bool"


NUMERIC = frozenset({Kind.NUMBER, Kind.MONEY})
DATED = frozenset({Kind.DATE, Kind.DATETIME})

Expr = Callable[[str], ColumnElement[Any]]  # dialect name -> expression


@dataclass(frozen=True)
class ReportField:
    key: str
    label: str
    kind: Kind
    expr: Expr
    join: str = ""  # the entity's join this field needs ("" when none)
    currency_expr: Expr | None = None  # money: the row's currency
    currency: str = ""  # money with a fixed currency (custom money fields)
    custom_text: bool = False  # a custom date stored as ISO text (bucketed by substring on both dialects)
    order: Any = None  # groups of this field sort by this column (a stage by its place in the pipeline)


def _col(column: Any) -> Expr:
    return lambda _dialect: column


def _field(
    key: str, label: str, kind: Kind, column: Any, join: str = "", currency: Any = None
) -> ReportField:
    return ReportField(key, label, kind, _col(column), join, _col(currency) if currency is not None else None)


OwnerUser = aliased(User, name="report_owner")
LinkedAccount = aliased(Account, name="report_account")
DealStage = aliased(Stage, name="report_stage")
DealPipeline = aliased(Pipeline, name="report_pipeline")


@dataclass(frozen=True)
class EntitySpec:
    """One entity a report can be about: its model, fields, joins and which list filters apply."""

    name: str  # the change-record name: contact, account ...
    label: str
    model: type[Entity]
    fields: tuple[ReportField, ...]
    joins: Mapping[str, tuple[Any, Callable[[], ColumnElement[bool]]]] = field(default_factory=dict)
    filters: frozenset[str] = frozenset()  # ListQuery fields that apply to this entity

    def builtin(self, key: str) -> ReportField | None:
        return next((f for f in self.fields if f.key == key), None)


def _owner(model: Any) -> tuple[Any, Callable[[], ColumnElement[bool]]]:
    return OwnerUser, lambda: OwnerUser.id == model.owner_id


def _account(model: Any) -> tuple[Any, Callable[[], ColumnElement[bool]]]:
    return LinkedAccount, lambda: LinkedAccount.id == model.account_id


_LIST_FILTERS = frozenset({"search", "owner_id", "tag_id", "custom_filter"})

ENTITIES: dict[str, EntitySpec] = {
    spec.name: spec
    for spec in (
        EntitySpec(
            "contact",
            "Contacts",
            Contact,
            (
                _field("last_name", "Last name", Kind.TEXT, Contact.last_name),
                _field("first_name", "First name", Kind.TEXT, Contact.first_name),
                _field("email", "Email", Kind.TEXT, Contact.email),
                _field("title", "Title", Kind.TEXT, Contact.title),
                _field("company", "Company", Kind.TEXT, Contact.company_name),
                _field("city", "City", Kind.TEXT, Contact.city),
                _field("country", "Country", Kind.TEXT, Contact.country),
                _field("status", "Status", Kind.TEXT, Contact.status),
                _field("owner", "Owner", Kind.TEXT, OwnerUser.name, "owner"),
                _field("created", "Created", Kind.DATETIME, Contact.created_at),
                _field("updated", "Updated", Kind.DATETIME, Contact.updated_at),
            ),
            {"owner": _owner(Contact)},
            _LIST_FILTERS | {"status", "country", "segment_id"},
        ),
        EntitySpec(
            "account",
            "Accounts",
            Account,
            (
                _field("name", "Name", Kind.TEXT, Account.name),
                _field("domain", "Domain", Kind.TEXT, Account.domain),
                _field("industry", "Industry", Kind.TEXT, Account.industry),
                _field("city", "City", Kind.TEXT, Account.city),
                _field("country", "Country", Kind.TEXT, Account.country),
                _field("status", "Status", Kind.TEXT, Account.status),
                _field("owner", "Owner", Kind.TEXT, OwnerUser.name, "owner"),
                _field("created", "Created", Kind.DATETIME, Account.created_at),
            ),
            {"owner": _owner(Account)},
            _LIST_FILTERS | {"status", "country", "segment_id"},
        ),
        EntitySpec(
            "lead",
            "Leads",
            Lead,
            (
                _field("last_name", "Last name", Kind.TEXT, Lead.last_name),
                _field("first_name", "First name", Kind.TEXT, Lead.first_name),
                _field("company", "Company", Kind.TEXT, Lead.company),
                _field("source", "Source", Kind.TEXT, Lead.source),
                _field("status", "Status", Kind.TEXT, Lead.status),
                _field("lifecycle", "Lifecycle stage", Kind.TEXT, Lead.lifecycle),
                _field("industry", "Industry", Kind.TEXT, Lead.industry),
                _field("score", "Score", Kind.NUMBER, Lead.score),
                _field("company_size", "Company size", Kind.NUMBER, Lead.company_size),
                _field("owner", "Owner", Kind.TEXT, OwnerUser.name, "owner"),
                _field("created", "Created", Kind.DATETIME, Lead.created_at),
            ),
            {"owner": _owner(Lead)},
            _LIST_FILTERS | {"status", "segment_id"},
        ),
        EntitySpec(
            "deal",
            "Deals",
            Deal,
            (
                _field("name", "Name", Kind.TEXT, Deal.name),
                replace(
                    _field("pipeline", "Pipeline", Kind.TEXT, DealPipeline.name, "pipeline"),
                    order=DealPipeline.position,
                ),
                replace(
                    _field("stage", "Stage", Kind.TEXT, DealStage.name, "stage"), order=DealStage.position
                ),
                _field("account", "Account", Kind.TEXT, LinkedAccount.name, "account"),
                _field("owner", "Owner", Kind.TEXT, OwnerUser.name, "owner"),
                _field("amount", "Amount", Kind.MONEY, Deal.amount_minor, currency=Deal.currency),
                _field("currency", "Currency", Kind.TEXT, Deal.currency),
                _field("expected_close", "Expected close", Kind.DATE, Deal.expected_close),
                _field("closed", "Closed", Kind.DATETIME, Deal.closed_at),
                _field("created", "Created", Kind.DATETIME, Deal.created_at),
            ),
            {
                "owner": _owner(Deal),
                "account": _account(Deal),
                "stage": (DealStage, lambda: DealStage.id == Deal.stage_id),
                "pipeline": (DealPipeline, lambda: DealPipeline.id == Deal.pipeline_id),
            },
            _LIST_FILTERS,
        ),
        EntitySpec(
            "activity",
            "Activities",
            Activity,
            (
                _field("subject", "Subject", Kind.TEXT, Activity.subject),
                _field("kind", "Kind", Kind.TEXT, Activity.kind),
                _field("priority", "Priority", Kind.TEXT, Activity.priority),
                _field("group", "Group", Kind.TEXT, Activity.group_name),
                _field("account", "Account", Kind.TEXT, LinkedAccount.name, "account"),
                _field("owner", "Owner", Kind.TEXT, OwnerUser.name, "owner"),
                _field("progress", "Progress %", Kind.NUMBER, Activity.progress),
                _field("occurred", "When", Kind.DATETIME, Activity.occurred_at),
                _field("due", "Due", Kind.DATETIME, Activity.due_at),
                _field("done", "Done", Kind.DATETIME, Activity.done_at),
            ),
            {"owner": _owner(Activity), "account": _account(Activity)},
            _LIST_FILTERS | {"kind"},
        ),
        EntitySpec(
            "document",
            "Documents",
            Document,
            (
                _field("number", "Number", Kind.TEXT, Document.number),
                _field("type", "Type", Kind.TEXT, Document.doc_type),
                _field("status", "Status", Kind.TEXT, Document.status),
                _field("account", "Account", Kind.TEXT, LinkedAccount.name, "account"),
                _field("issued", "Issued", Kind.DATE, Document.issued_on),
                _field("currency", "Currency", Kind.TEXT, Document.currency),
                _field("subtotal", "Net", Kind.MONEY, Document.subtotal_minor, currency=Document.currency),
                _field("tax", "Tax", Kind.MONEY, Document.tax_minor, currency=Document.currency),
                _field("total", "Total", Kind.MONEY, Document.total_minor, currency=Document.currency),
            ),
            {"account": _account(Document)},
            frozenset({"search", "tag_id", "kind", "status"}),
        ),
    )
}

# the values the status and kind filters offer, per entity
CHOICES: dict[tuple[str, str], tuple[str, ...]] = {
    ("contact", "status"): tuple(ContactStatus),
    ("account", "status"): tuple(AccountStatus),
    ("lead", "status"): tuple(LeadStatus),
    ("document", "status"): tuple(DocumentStatus),
    ("activity", "kind"): tuple(ActivityKind),
    ("document", "kind"): tuple(DocumentType),
}

_CUSTOM_KINDS = {
    FieldKind.NUMBER: Kind.NUMBER,
    FieldKind.MONEY: Kind.MONEY,
    FieldKind.DATE: Kind.DATE,
    FieldKind.CHECKBOX: Kind.BOOL,
}


def custom_field(spec: EntitySpec, key: str, session: Session) -> ReportField | None:
    """The report field of a live custom field of the entity (`key` without the prefix), or None."""
    defn = custom_fields.find(session, spec.name, key)
    if defn is None:
        return None
    column = spec.model.__table__.c.custom
    kind = _CUSTOM_KINDS.get(defn.kind, Kind.TEXT)

    def expr(dialect: str) -> ColumnElement[Any]:
        return custom_values.value_expression(column, defn.key, defn.kind, dialect)

    return ReportField(
        CUSTOM_PREFIX + defn.key,
        defn.label,
        kind,
        expr,
        currency_expr=(lambda _d: literal(defn.currency)) if kind == Kind.MONEY else None,
        currency=defn.currency if kind == Kind.MONEY else "",
        custom_text=kind == Kind.DATE,
    )


def resolve(spec: EntitySpec, key: str, session: Session) -> ReportField | None:
    """A built-in or custom field of the entity by key, or None."""
    if key.startswith(CUSTOM_PREFIX):
        return custom_field(spec, key.removeprefix(CUSTOM_PREFIX), session)
    return spec.builtin(key)


def available(spec: EntitySpec, session: Session) -> list[ReportField]:
    """Every field a report on the entity may use: the built-in ones, then its live custom fields."""
    found = [custom_field(spec, d.key, session) for d in custom_fields.definitions(session, spec.name)]
    return list(spec.fields) + [f for f in found if f is not None]
