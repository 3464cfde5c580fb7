"""Lead scoring: rules the user edits, a pure evaluator that explains itself, and bulk recomputation.

A score is points for field values (industry, title, company size ...) plus points for engagement
(activities logged, emails answered; capped), minus a decay once the lead has been inactive for a while.
Scores are derived data: the bulk recompute writes them with Core executemany, without a version bump
or audit entry per lead (an open editor must not conflict because a rule changed). Leads that reach the
threshold move from subscriber/lead to marketing-qualified; the recompute never demotes.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import bindparam, case, func, select, update
from sqlalchemy.orm import Session

from app.models import Activity, ActivityKind, Lead, LeadLifecycle, utcnow
from app.services.core import field_changes, guard, settings_store
from app.services.core.changes import ChangeKind, Outcome
from app.services.core.errors import FieldError, ValidationError
from app.services.core.uow import UnitOfWorkFactory, Work

SETTING_KEY = "lead_scoring"
FIELDS: tuple[str, ...] = ("industry", "title", "company_size", "source", "company", "email", "website")
OPS: tuple[str, ...] = ("equals", "contains", "at_least", "is_set")
BATCH = 5000
PROMOTABLE = (LeadLifecycle.SUBSCRIBER, LeadLifecycle.LEAD)


@dataclass(frozen=True)
class FieldRule:
    """Points when a lead field matches: equals / contains (case-insensitive), at_least (numbers), is_set."""

    field: str
    op: str
    value: str
    points: int

    def describe(self) -> str:
        name = self.field.replace("_", " ")
        if self.op == "is_set":
            return f"{name} is filled in"
        if self.op == "at_least":
            return f"{name} at least {self.value}"
        return f"{name} {self.op.replace('_', ' ')} “{self.value}”"

    def matches(self, facts: LeadFacts) -> bool:
        raw = getattr(facts, self.field)
        if self.op == "is_set":
            return bool(raw)
        if self.op == "at_least":
            try:
                return int(raw or 0) >= int(self.value)
            except ValueError:
                return False
        text, wanted = str(raw).lower(), self.value.strip().lower()
        return text == wanted if self.op == "equals" else bool(wanted) and wanted in text


@dataclass(frozen=True)
class ScoringRules:
    field_rules: tuple[FieldRule, ...] = ()
    per_activity: int = 5  # each call, meeting, note or task logged on the lead
    per_email: int = 10  # each email the lead answered (an email activity)
    engagement_cap: int = 40
    decay_after_days: int = 30  # no activity for this long starts the decay
    decay_per_week: int = 5
    threshold: int = 50  # marketing-qualified at or above

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ScoringRules:
        rules = tuple(FieldRule(**r) for r in data.get("field_rules", ()))
        plain = {k: int(v) for k, v in data.items() if k != "field_rules" and k in cls.__dataclass_fields__}
        return cls(field_rules=rules, **plain)


DEFAULT_RULES = ScoringRules(
    field_rules=(
        FieldRule("industry", "equals", "Software", 15),
        FieldRule("industry", "equals", "Manufacturing", 10),
        FieldRule("company_size", "at_least", "200", 15),
        FieldRule("title", "contains", "head", 10),
        FieldRule("title", "contains", "director", 10),
        FieldRule("title", "equals", "CEO", 15),
        FieldRule("source", "equals", "referral", 15),
        FieldRule("source", "equals", "event", 5),
        FieldRule("email", "is_set", "", 5),
    )
)


@dataclass(frozen=True)
class LeadFacts:
    """What a score depends on."""

    industry: str = ""
    title: str = ""
    company_size: int = 0
    source: str = ""
    company: str = ""
    email: str = ""
    website: str = ""
    activities: int = 0
    emails: int = 0
    last_activity: datetime | None = None
    created_at: datetime | None = None


@dataclass(frozen=True)
class Score:
    total: int
    parts: tuple[tuple[str, int], ...] = field(default=())  # (why, points), in rule order


def evaluate(rules: ScoringRules, facts: LeadFacts, now: datetime) -> Score:
    """The score and which rules gave how many points; never below zero."""
    parts = [(f"{r.describe()}", r.points) for r in rules.field_rules if r.matches(facts)]
    engagement = facts.activities * rules.per_activity + facts.emails * rules.per_email
    if engagement:
        capped = min(engagement, rules.engagement_cap)
        cap_note = f", capped at {rules.engagement_cap}" if capped < engagement else ""
        parts.append((f"{facts.activities} activities, {facts.emails} emails answered{cap_note}", capped))
    since = facts.last_activity or facts.created_at
    if since is not None and rules.decay_per_week:
        idle = (now - since).days - rules.decay_after_days
        if idle >= 7:
            weeks = idle // 7
            parts.append(
                (
                    f"inactive {weeks} week(s) beyond {rules.decay_after_days} days",
                    -weeks * rules.decay_per_week,
                )
            )
    return Score(max(0, sum(p for _, p in parts)), tuple(parts))


def validate_rules(rules: ScoringRules) -> None:
    errors: list[FieldError] = []
    for i, rule in enumerate(rules.field_rules):
        if rule.field not in FIELDS:
            errors.append(FieldError("field_rules", f"rule {i + 1}: unknown field '{rule.field}'", i))
        if rule.op not in OPS:
            errors.append(FieldError("field_rules", f"rule {i + 1}: unknown test '{rule.op}'", i))
        if rule.op == "at_least" and not rule.value.strip().lstrip("-").isdigit():
            errors.append(FieldError("field_rules", f"rule {i + 1}: 'at least' needs a whole number", i))
        if rule.op in ("equals", "contains") and not rule.value.strip():
            errors.append(FieldError("field_rules", f"rule {i + 1}: give the value to compare with", i))
    for name in ("engagement_cap", "decay_after_days", "decay_per_week", "per_activity", "per_email"):
        if getattr(rules, name) < 0:
            errors.append(FieldError(name, "cannot be negative"))
    if errors:
        raise ValidationError(errors)


def load_rules(session: Session) -> ScoringRules:
    stored = settings_store.load(session, SETTING_KEY)
    return DEFAULT_RULES if stored is None else ScoringRules.from_json(stored)


_ACTIVITY_STATS = (
    Activity.lead_id,
    func.count(),
    func.sum(case((Activity.kind == ActivityKind.EMAIL, 1), else_=0)),
    func.max(Activity.occurred_at),
)


def _activity_stats(session: Session, lead_ids: list[uuid.UUID] | None, now: datetime) -> dict[Any, Any]:
    stmt = select(*_ACTIVITY_STATS).where(
        Activity.lead_id.is_not(None), Activity.deleted_at.is_(None), Activity.occurred_at <= now
    )
    if lead_ids is not None:
        stmt = stmt.where(Activity.lead_id.in_(lead_ids))
    return {r[0]: (int(r[1]), int(r[2] or 0), r[3]) for r in session.execute(stmt.group_by(Activity.lead_id))}


_FACT_COLS = (
    Lead.industry,
    Lead.title,
    Lead.company_size,
    Lead.source,
    Lead.company,
    Lead.email,
    Lead.website,
)


def facts_of(
    values: Iterable[Any], stats: tuple[int, int, datetime | None] | None, created: datetime
) -> LeadFacts:
    industry, title, size, source, company, email, website = values
    activities, emails, last = stats or (0, 0, None)
    return LeadFacts(
        industry, title, size, source, company, email, website, activities - emails, emails, last, created
    )


def score_lead(session: Session, lead: Lead, rules: ScoringRules | None = None) -> Score:
    """Score one lead (inside a unit of work or a read)."""
    now = utcnow()
    stats = _activity_stats(session, [lead.id], now).get(lead.id)
    values = [getattr(lead, c.key) for c in _FACT_COLS]
    return evaluate(rules or load_rules(session), facts_of(values, stats, lead.created_at or now), now)


def score_new(rules: ScoringRules, values: Mapping[str, Any], now: datetime) -> tuple[int, LeadLifecycle]:
    """The score of a lead not stored yet (no activities) and its lifecycle after any promotion."""
    total = evaluate(rules, facts_of([values[c.key] for c in _FACT_COLS], None, now), now).total
    lifecycle = LeadLifecycle(values["lifecycle"])
    if total >= rules.threshold and lifecycle in PROMOTABLE:
        lifecycle = LeadLifecycle.MARKETING_QUALIFIED
    return total, lifecycle


def rescore(work: Work, lead: Lead) -> None:
    """Recompute one lead's score as part of a write that changed it or its activities."""
    rules = load_rules(work.session)
    score = score_lead(work.session, lead, rules)
    if lead.score != score.total:
        lead.score = score.total
    if score.total >= rules.threshold and lead.lifecycle in PROMOTABLE:
        lead.lifecycle = LeadLifecycle.MARKETING_QUALIFIED
    work.changed("lead", ChangeKind.UPDATED, [lead.id])


def _batches(session: Session) -> Iterator[list[Any]]:
    after: uuid.UUID | None = None
    cols = (Lead.id, Lead.score, Lead.lifecycle, Lead.created_at, *_FACT_COLS)
    while True:
        stmt = select(*cols).where(Lead.deleted_at.is_(None)).order_by(Lead.id).limit(BATCH)
        if after is not None:
            stmt = stmt.where(Lead.id > after)
        rows = list(session.execute(stmt).all())
        if not rows:
            return
        yield rows
        after = rows[-1][0]


def recompute_all(work: Work, rules: ScoringRules) -> int:
    """Rescore every live lead in batches; returns how many scores changed."""
    session, now = work.session, utcnow()
    stats = _activity_stats(session, None, now)
    table: Any = Lead.__table__
    stmt = (
        update(table)
        .where(table.c.id == bindparam("lead_id"))
        .values(score=bindparam("new_score"), lifecycle=bindparam("new_lifecycle"))
    )
    changed_total = 0
    for rows in _batches(session):
        changed = []
        for lead_id, old, lifecycle, created, *values in rows:
            total = evaluate(rules, facts_of(values, stats.get(lead_id), created), now).total
            new_lifecycle = lifecycle
            if total >= rules.threshold and lifecycle in PROMOTABLE:
                new_lifecycle = LeadLifecycle.MARKETING_QUALIFIED
            if total != old or new_lifecycle != lifecycle:
                changed.append({"lead_id": lead_id, "new_score": total, "new_lifecycle": new_lifecycle.value})
        if changed:
            session.connection().execute(stmt, changed)
            work.changed("lead", ChangeKind.UPDATED, [c["lead_id"] for c in changed])
            changed_total += len(changed)
            _note_changes(session, rows, changed)
    return changed_total


def _note_changes(session: Session, rows: list[Any], changed: list[dict[str, Any]]) -> None:
    """Tell the event rules what the bulk update changed (it bypasses the ORM's change capture), so a
    "score crosses" or "lifecycle changes" rule fires as it would for one lead."""
    new = {c["lead_id"]: c for c in changed}
    old = {row[0]: row for row in rows if row[0] in new}
    field_changes.record(
        session,
        "lead",
        "score",
        ((i, old[i][1], c["new_score"]) for i, c in new.items() if old[i][1] != c["new_score"]),
    )
    field_changes.record(
        session,
        "lead",
        "lifecycle",
        (
            (i, old[i][2], LeadLifecycle(c["new_lifecycle"]))
            for i, c in new.items()
            if old[i][2] != LeadLifecycle(c["new_lifecycle"])
        ),
    )


class ScoringService:
    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self.uow = uow

    def rules(self) -> ScoringRules:
        with self.uow.read() as session:
            return load_rules(session)

    def save_rules(self, rules: ScoringRules) -> Outcome[int]:
        """Store new rules and rescore every lead in the same transaction; returns the scores changed."""
        validate_rules(rules)
        with self.uow() as work:
            guard.require(work.session, "edit", "lead scoring rule")
            settings_store.store(work, SETTING_KEY, rules.to_json())
            changed = recompute_all(work, rules)
        return Outcome(changed, work.changes)

    def recompute_all(self) -> Outcome[int]:
        """Rescore every lead with the stored rules (decay moves with the calendar)."""
        with self.uow() as work:
            guard.require(work.session, "edit", "lead scoring rule")
            changed = recompute_all(work, load_rules(work.session))
        return Outcome(changed, work.changes)
