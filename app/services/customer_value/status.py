"""Customer status over time: mark an account churned (by hand or by a rule) or won back, undo a change,
and the churn, cohort and lifetime-value figures computed from these dates."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import Account, AccountStatus, CustomerStatusEvent, Document, StatusChange
from app.models.money import from_minor
from app.services.core import writes
from app.services.core.changes import ChangeKind, Outcome
from app.services.core.errors import FieldError, NotFoundError, ValidationError
from app.services.core.uow import UnitOfWorkFactory, Work
from app.services.customer_value import figures
from app.services.customer_value.purchases import is_purchase
from app.services.customer_value.spans import Span, account_spans

ENTITY = "customer_status_event"
MAX_REASON = 200


@dataclass(frozen=True)
class StatusEventRef:
    id: uuid.UUID
    account_id: uuid.UUID
    kind: str
    occurred_on: date
    reason: str
    source: str


@dataclass(frozen=True)
class RuleResult:
    churned: list[uuid.UUID]
    won_back: list[uuid.UUID]


def _ref(ev: CustomerStatusEvent) -> StatusEventRef:
    return StatusEventRef(ev.id, ev.account_id, ev.kind.value, ev.occurred_on, ev.reason, ev.source)


def _check_reason(reason: str) -> str:
    reason = reason.strip()
    if len(reason) > MAX_REASON:
        raise ValidationError(FieldError("reason", f"at most {MAX_REASON} characters ({len(reason)} given)"))
    return reason


class CustomerStatusService:
    """Status events of accounts and the figures made from them."""

    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self.uow = uow

    # --- changes ------------------------------------------------------------------------------------
    def mark_churned(
        self, account_id: uuid.UUID, on: date, reason: str, source: str = "manual"
    ) -> Outcome[StatusEventRef]:
        """Record that a current customer left on `on` (not in the future, not before it became one)."""
        reason = _check_reason(reason)
        with self.uow() as work:
            account = writes.get_live(work.session, Account, account_id, "account", "edit")
            spans = account_spans(work.session, [account_id]).get(account_id)
            if not spans or spans[-1].until is not None:
                raise ValidationError(FieldError("account_id", f"{account.name} is not a customer now"))
            self._check_day(on, spans[-1].since, f"{account.name} became a customer on")
            ref = self._add(work, account, StatusChange.CHURNED, on, reason, source)
        return Outcome(ref, work.changes)

    def mark_won_back(self, account_id: uuid.UUID, on: date, reason: str = "") -> Outcome[StatusEventRef]:
        """Record that a churned customer came back on `on`."""
        reason = _check_reason(reason)
        with self.uow() as work:
            account = writes.get_live(work.session, Account, account_id, "account", "edit")
            spans = account_spans(work.session, [account_id]).get(account_id)
            if not spans or spans[-1].until is None:
                raise ValidationError(FieldError("account_id", f"{account.name} has not churned"))
            self._check_day(on, spans[-1].until, f"{account.name} churned on")
            ref = self._add(work, account, StatusChange.WON_BACK, on, reason, "manual")
        return Outcome(ref, work.changes)

    def undo(self, event_id: uuid.UUID) -> Outcome[None]:
        """Take back a status change: the event goes to the trash and the account's status follows."""
        with self.uow() as work:
            ev = work.session.get(CustomerStatusEvent, event_id)
            if ev is None or ev.deleted_at is not None:
                raise NotFoundError("status change", event_id)
            writes.soft_delete(work, CustomerStatusEvent, ENTITY, [event_id])
            work.session.flush()
            self._sync_status(work, ev.account_id)
        return Outcome(None, work.changes)

    def redo(self, event_id: uuid.UUID) -> Outcome[None]:
        """Bring back a status change that was undone."""
        with self.uow() as work:
            ev = work.session.get(CustomerStatusEvent, event_id)
            if ev is None:
                raise NotFoundError("status change", event_id)
            writes.restore(work, CustomerStatusEvent, ENTITY, [event_id])
            work.session.flush()
            self._sync_status(work, ev.account_id)
        return Outcome(None, work.changes)

    def history(self, account_id: uuid.UUID) -> list[StatusEventRef]:
        with self.uow.read() as session:
            rows = session.scalars(
                select(CustomerStatusEvent)
                .where(CustomerStatusEvent.account_id == account_id, CustomerStatusEvent.deleted_at.is_(None))
                .order_by(CustomerStatusEvent.occurred_on, CustomerStatusEvent.id)
            )
            return [_ref(r) for r in rows]

    def spans(self, account_id: uuid.UUID) -> list[Span]:
        with self.uow.read() as session:
            return account_spans(session, [account_id]).get(account_id, [])

    def apply_rules(self, today: date | None = None, months: int = 12) -> Outcome[RuleResult]:
        """ "No order for `months` months" churns a customer on the day the gap reached that length; a
        churned customer who bought again after the churn is won back on the day of that purchase."""
        today = today or datetime.now(UTC).date()
        if not 1 <= months <= 120:
            raise ValidationError(FieldError("months", "give 1 to 120 months"))
        churned: list[uuid.UUID] = []
        won_back: list[uuid.UUID] = []
        with self.uow() as work:
            s = work.session
            spans = account_spans(s)
            last = _purchase_days(s, "max")
            for acc, acc_spans in spans.items():
                span = acc_spans[-1]
                bought = last.get(acc)
                if span.until is None and bought is not None:
                    gap_end = _add_months(max(bought, span.since), months)
                    if gap_end <= today:
                        account = s.get(Account, acc)
                        assert account is not None
                        reason = f"no order for {months} months"
                        self._add(work, account, StatusChange.CHURNED, gap_end, reason, "rule:no_order")
                        churned.append(acc)
                elif span.until is not None and bought is not None and bought > span.until:
                    account = s.get(Account, acc)
                    assert account is not None
                    back_on = _first_purchase_after(s, acc, span.until)
                    self._add(work, account, StatusChange.WON_BACK, back_on, "ordered again", "rule:order")
                    won_back.append(acc)
        return Outcome(RuleResult(churned, won_back), work.changes)

    # --- figures ------------------------------------------------------------------------------------
    def churn(self, start: date, end: date) -> figures.ChurnFigures:
        with self.uow.read() as session:
            return figures.churn(account_spans(session), start, end)

    def cohorts(self, today: date | None = None, months: int = 12) -> list[figures.Cohort]:
        with self.uow.read() as session:
            return figures.cohorts(account_spans(session), today or datetime.now(UTC).date(), months)

    def lifetime_value(self, start: date, end: date, currency: str = "EUR") -> figures.LifetimeValue:
        with self.uow.read() as session:
            minor = session.scalar(
                select(func.coalesce(func.sum(Document.subtotal_minor), 0)).where(
                    is_purchase(),
                    Document.currency == currency,
                    Document.issued_on >= start,
                    Document.issued_on < end,
                )
            )
            revenue = from_minor(int(minor or 0), currency)
            return figures.lifetime_value(account_spans(session), revenue, start, end)

    # --- helpers ------------------------------------------------------------------------------------
    @staticmethod
    def _check_day(on: date, not_before: date, what: str) -> None:
        if on > datetime.now(UTC).date():
            raise ValidationError(FieldError("occurred_on", f"{on.isoformat()} is in the future"))
        if on < not_before:
            raise ValidationError(
                FieldError("occurred_on", f"{on.isoformat()} is before {what} {not_before.isoformat()}")
            )

    def _add(
        self, work: Work, account: Account, kind: StatusChange, on: date, reason: str, source: str
    ) -> StatusEventRef:
        ev = writes.create(
            work,
            CustomerStatusEvent(
                account_id=account.id, kind=kind, occurred_on=on, reason=reason, source=source
            ),
            ENTITY,
        )
        status = AccountStatus.CHURNED if kind == StatusChange.CHURNED else AccountStatus.CUSTOMER
        if writes.apply_fields(work, account, "account", {"status": status}):
            work.changed("account", ChangeKind.UPDATED, [account.id])
        return _ref(ev)

    def _sync_status(self, work: Work, account_id: uuid.UUID) -> None:
        """Set the account's status from its live events (its status itself no longer counts)."""
        account = work.session.get(Account, account_id)
        assert account is not None
        spans = account_spans(work.session, [account_id], trust_status=False).get(account_id)
        status = AccountStatus.CHURNED if spans and spans[-1].until is not None else AccountStatus.CUSTOMER
        if writes.apply_fields(work, account, "account", {"status": status}):
            work.changed("account", ChangeKind.UPDATED, [account.id])


def _add_months(day: date, months: int) -> date:
    y, m = divmod(day.month - 1 + months, 12)
    year, month = day.year + y, m + 1
    for d in (day.day, 30, 29, 28):
        try:
            return date(year, month, d)
        except ValueError:
            continue
    raise AssertionError("unreachable")


def _purchase_days(session: Session, which: str) -> dict[uuid.UUID, date]:
    agg = func.max if which == "max" else func.min
    rows = session.execute(
        select(Document.account_id, agg(Document.issued_on))
        .where(is_purchase())
        .group_by(Document.account_id)
    ).all()
    return {acc: day for acc, day in rows}


def _first_purchase_after(session: Session, account_id: uuid.UUID, day: date) -> date:
    found = session.scalar(
        select(func.min(Document.issued_on)).where(
            Document.account_id == account_id, is_purchase(), Document.issued_on > day
        )
    )
    return found or day + timedelta(days=1)
