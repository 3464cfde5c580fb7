"""Headless CSV import of deals and leads (`rapport import deals|leads`; the import wizard will reuse it).

A spec maps our fields to the file's columns and, per field, the file's values to ours (a file's
`Closed Won` to the pipeline's won stage). Deals resolve their account, owner and stage by name and can
create missing ones when asked. Amounts, dates and the close dates of closed deals are kept as given, so
history imported from another CRM reports right. The whole file goes in one transaction: any bad row
refuses the import and every problem is reported with its row number.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from app.models import Account, Lead, LeadLifecycle, Stage, User
from app.models.money import to_minor
from app.services import leads, records, scoring
from app.services.changes import ChangeSet, Outcome
from app.services.csv_read import read_table
from app.services.deals import PipelineRef, new_deal, pipeline_refs
from app.services.errors import FieldError, ValidationError
from app.services.uow import UnitOfWorkFactory, Work

DEAL_FIELDS = (
    "name",
    "account",
    "owner",
    "stage",
    "amount",
    "currency",
    "expected_close",
    "closed_at",
    "created_at",
    "lost_reason",
)
LEAD_FIELDS = (
    "first_name",
    "last_name",
    "company",
    "title",
    "email",
    "phone",
    "website",
    "industry",
    "company_size",
    "source",
    "status",
    "lifecycle",
    "disqualified_reason",
    "owner",
    "notes",
)


@dataclass(frozen=True)
class ImportSpec:
    """`columns`: our field -> the file's header (a field left out is read from a header of its own name).
    `values`: our field -> {file value: our value}."""

    columns: Mapping[str, str] = field(default_factory=dict)
    values: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    create_missing: bool = False
    pipeline: str = ""  # by name; default: the default pipeline
    currency: str = "EUR"
    dry_run: bool = False


@dataclass(frozen=True)
class ImportReport:
    rows: int
    created: int
    created_accounts: tuple[str, ...] = ()
    created_users: tuple[str, ...] = ()
    created_stages: tuple[str, ...] = ()
    dry_run: bool = False


class _DryRun(Exception):
    def __init__(self, report: ImportReport) -> None:
        self.report = report


def read_csv(path: Path) -> list[dict[str, str]]:
    """Rows as header -> cell; the encoding and delimiter are detected (csv_read)."""
    return read_table(path, has_header=True).records()


def _value(row: Mapping[str, str], spec: ImportSpec, name: str) -> str:
    raw = (row.get(spec.columns.get(name, name)) or "").strip()
    return spec.values.get(name, {}).get(raw, raw)


def parse_amount(text: str) -> Decimal:
    """'€ 1,234.50' -> Decimal('1234.50'); a comma alone as the decimal mark ('1234,5') is accepted."""
    cleaned = re.sub(r"[^\d,.\-]", "", text)
    if "," in cleaned and "." not in cleaned and re.search(r",\d{1,2}$", cleaned):
        cleaned = cleaned.replace(",", ".")
    try:
        return Decimal(cleaned.replace(",", "") or "0")
    except InvalidOperation as exc:
        raise ValueError(f"'{text}' is not an amount") from exc


def parse_when(text: str) -> datetime | None:
    """An ISO date or date-time; a date means midnight UTC, a naive time is taken as UTC."""
    if not text:
        return None
    try:
        if len(text) == 10:
            return datetime.combine(date.fromisoformat(text), time.min, UTC)
        value = datetime.fromisoformat(text)
    except ValueError as exc:
        raise ValueError(f"'{text}' is not a date (use YYYY-MM-DD)") from exc
    return value if value.tzinfo else value.replace(tzinfo=UTC)


class ImportService:
    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self.uow = uow

    def deals(self, rows: Iterable[Mapping[str, str]], spec: ImportSpec) -> Outcome[ImportReport]:
        try:
            with self.uow() as work:
                report = _import_deals(work, list(rows), spec)
                if spec.dry_run:
                    raise _DryRun(report)
        except _DryRun as dry:
            return Outcome(dry.report, ChangeSet())
        return Outcome(report, work.changes)

    def leads(self, rows: Iterable[Mapping[str, str]], spec: ImportSpec) -> Outcome[ImportReport]:
        try:
            with self.uow() as work:
                report = _import_leads(work, list(rows), spec)
                if spec.dry_run:
                    raise _DryRun(report)
        except _DryRun as dry:
            return Outcome(dry.report, ChangeSet())
        return Outcome(report, work.changes)


class _Names:
    """Find-or-create by name, case-insensitive, remembering what was created."""

    def __init__(self, work: Work, create: bool) -> None:
        self.work, self.create = work, create
        self.accounts: dict[str, uuid.UUID] = {}
        self.users: dict[str, uuid.UUID] = {}
        self.new_accounts: list[str] = []
        self.new_users: list[str] = []

    def account(self, name: str) -> uuid.UUID | None:
        key = name.lower()
        if key not in self.accounts:
            s = self.work.session
            found = s.scalar(
                select(Account.id)
                .where(Account.deleted_at.is_(None), func.lower(Account.name) == key)
                .limit(1)
            )
            if found is None:
                if not self.create:
                    return None
                found = records.create(self.work, Account(name=name), "account").id
                self.new_accounts.append(name)
            self.accounts[key] = found
        return self.accounts[key]

    def user(self, name: str) -> uuid.UUID | None:
        key = name.lower()
        if key not in self.users:
            s = self.work.session
            found = s.scalar(
                select(User.id).where(
                    User.deleted_at.is_(None),
                    (func.lower(User.name) == key) | (func.lower(User.email) == key),
                )
            )
            if found is None:
                if not self.create:
                    return None
                email = (
                    name if "@" in name else f"{re.sub(r'[^a-z0-9]+', '.', key).strip('.')}@imported.invalid"
                )
                found = records.create(
                    self.work, User(name=name, email=email.lower(), is_active=False), "user"
                ).id
                self.new_users.append(name)
            self.users[key] = found
        return self.users[key]


def _pipeline(work: Work, spec: ImportSpec) -> PipelineRef:
    pipelines = pipeline_refs(work.session)
    if spec.pipeline:
        found = next((p for p in pipelines if p.name.lower() == spec.pipeline.lower()), None)
    else:
        found = next((p for p in pipelines if p.is_default), pipelines[0] if pipelines else None)
    if found is None:
        raise ValidationError(FieldError("pipeline", f"no pipeline named '{spec.pipeline or 'default'}'"))
    return found


def _import_deals(work: Work, rows: list[Mapping[str, str]], spec: ImportSpec) -> ImportReport:
    pipeline = _pipeline(work, spec)
    stages = {s.name.lower(): s for s in pipeline.stages}
    names = _Names(work, spec.create_missing)
    new_stages: list[str] = []
    errors: list[FieldError] = []
    created = 0
    for number, row in enumerate(rows, start=2):  # row 1 is the header
        problems: list[FieldError] = []

        def bad(
            field_name: str, message: str, number: int = number, problems: list[FieldError] = problems
        ) -> None:
            problems.append(FieldError(field_name, message, number))

        name = _value(row, spec, "name")
        if not name:
            bad("name", "is required")
        stage_name = _value(row, spec, "stage")
        stage = (
            stages.get(stage_name.lower())
            if stage_name
            else next(s for s in pipeline.stages if not s.is_closed)
        )
        if stage is None and stage_name and spec.create_missing:
            position = max((s.position for s in pipeline.stages), default=0) + 1
            obj = records.create(
                work, Stage(pipeline_id=pipeline.id, name=stage_name, position=position), "stage"
            )
            stage = stages[stage_name.lower()] = type(pipeline.stages[0])(
                obj.id, stage_name, position, 0, False, False
            )
            new_stages.append(stage_name)
        if stage is None:
            bad("stage", f"'{stage_name}' is not a stage of {pipeline.name} (map it, or --create-missing)")
        account_name, owner_name = _value(row, spec, "account"), _value(row, spec, "owner")
        account_id = names.account(account_name) if account_name else None
        if account_name and account_id is None:
            bad("account", f"no account named '{account_name}' (add --create-missing to create it)")
        owner_id = names.user(owner_name) if owner_name else work.user_id
        if owner_name and owner_id is None:
            bad("owner", f"no user named '{owner_name}' (add --create-missing to create it)")
        currency = (_value(row, spec, "currency") or spec.currency).upper()
        values: dict[str, Any] = {}
        try:
            values["amount_minor"] = to_minor(parse_amount(_value(row, spec, "amount")), currency)
        except ValueError as exc:
            bad("amount", str(exc))
        for key in ("expected_close", "closed_at", "created_at"):
            try:
                values[key] = parse_when(_value(row, spec, key))
            except ValueError as exc:
                bad(key, str(exc))
        if problems or stage is None:
            errors += problems
            continue
        closed = stage.is_won or stage.is_lost
        expected: datetime | None = values["expected_close"]
        closed_at = (
            (values["closed_at"] or expected or values["created_at"] or datetime.now(UTC)) if closed else None
        )
        deal_values = {
            "name": name,
            "account_id": account_id,
            "pipeline_id": pipeline.id,
            "stage_id": stage.id,
            "amount_minor": values["amount_minor"],
            "currency": currency,
            "expected_close": due.date() if (due := expected or closed_at) else None,
            "closed_at": closed_at,
            "lost_reason": _value(row, spec, "lost_reason") if stage.is_lost else "",
            "owner_id": owner_id,
        }
        if values["created_at"]:
            deal_values["created_at"] = values["created_at"]
        deal_values["stage_entered_at"] = deal_values["closed_at"] or values["created_at"]
        new_deal(work, deal_values)
        created += 1
    if errors:
        raise ValidationError(errors)
    return ImportReport(
        len(rows), created, tuple(names.new_accounts), tuple(names.new_users), tuple(new_stages), spec.dry_run
    )


def _import_leads(work: Work, rows: list[Mapping[str, str]], spec: ImportSpec) -> ImportReport:
    names = _Names(work, spec.create_missing)
    errors: list[FieldError] = []
    created: list[Lead] = []
    for number, row in enumerate(rows, start=2):
        owner_name = _value(row, spec, "owner")
        owner_id = names.user(owner_name) if owner_name else work.user_id
        text = {f: _value(row, spec, f) for f in LEAD_FIELDS if f != "owner"}
        text["status"] = text["status"] or "new"
        text["lifecycle"] = text["lifecycle"] or "lead"
        text["source"] = text["source"] or "import"
        try:
            values = leads.validate(leads.LeadInput(**text, owner_id=owner_id))  # type: ignore[arg-type]
        except ValidationError as exc:
            errors += [FieldError(e.field, e.message, number) for e in exc.errors]
            continue
        if owner_name and owner_id is None:
            errors.append(FieldError("owner", f"no user named '{owner_name}'", number))
            continue
        created.append(records.create(work, Lead(**values), leads.ENTITY))
    if errors:
        raise ValidationError(errors)
    rules = scoring.load_rules(work.session)
    for lead in created:
        lead.score = scoring.score_lead(work.session, lead, rules).total
        if lead.score >= rules.threshold and lead.lifecycle in scoring.PROMOTABLE:
            lead.lifecycle = LeadLifecycle.MARKETING_QUALIFIED
    return ImportReport(len(rows), len(created), (), tuple(names.new_users), (), spec.dry_run)
