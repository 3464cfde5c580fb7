"""Cross-sell and upsell suggestions for an account (ranked by `ranking.py`), what was offered and taken,
catalogue upgrades, the pair rebuild and the held-out evaluation."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import func, select

from app.models import AccountValue, Product, ProductUpgrade, SuggestionEvent
from app.services.core import writes
from app.services.core.changes import ChangeKind, Outcome
from app.services.core.errors import FieldError, ValidationError
from app.services.core.uow import UnitOfWorkFactory
from app.services.customer_value.evaluation import Evaluation, evaluate
from app.services.customer_value.pairs import rebuild_pairs, rebuild_segment_products
from app.services.customer_value.purchases import bought_products
from app.services.customer_value.ranking import Suggestion, rank

ENTITY = "suggestion_event"


@dataclass(frozen=True)
class HitRate:
    offered: int
    taken: int

    @property
    def rate(self) -> float | None:
        return self.taken / self.offered if self.offered else None


class SuggestionService:
    """Suggestions for an account; what was offered and taken; the pair table rebuild."""

    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self.uow = uow

    def for_account(self, account_id: uuid.UUID, limit: int = 5) -> list[Suggestion]:
        with self.uow.read() as session:
            segment = session.scalar(
                select(AccountValue.rfm_segment).where(AccountValue.account_id == account_id)
            )
            return rank(session, bought_products(session, account_id), segment or "", limit)

    def rebuild(self) -> Outcome[int]:
        """Recount the product pairs over all purchases and what each RFM segment buys (after the scores'
        recompute: a background job or `rapport customer-value`)."""
        with self.uow() as work:
            work.bulk = True
            n = rebuild_pairs(work.session)
            rebuild_segment_products(work.session)
            work.changed("product_pair", ChangeKind.UPDATED, [])
        return Outcome(n, work.changes)

    def offered(self, account_id: uuid.UUID, shown: list[Suggestion]) -> Outcome[list[uuid.UUID]]:
        """Record the suggestions a user was shown."""
        now = datetime.now(UTC)
        with self.uow() as work:
            ids = [
                writes.create(
                    work,
                    SuggestionEvent(
                        account_id=account_id,
                        product_id=s.product_id,
                        kind=s.kind,
                        reason=s.reason,
                        offered_at=now,
                    ),
                    ENTITY,
                ).id
                for s in shown
            ]
        return Outcome(ids, work.changes)

    def taken(
        self, account_id: uuid.UUID, product_id: uuid.UUID, document_id: uuid.UUID | None = None
    ) -> Outcome[uuid.UUID]:
        """Record that the latest offer of `product_id` to the account went onto a quote."""
        with self.uow() as work:
            event = work.session.scalar(
                select(SuggestionEvent)
                .where(
                    SuggestionEvent.account_id == account_id,
                    SuggestionEvent.product_id == product_id,
                    SuggestionEvent.deleted_at.is_(None),
                )
                .order_by(SuggestionEvent.offered_at.desc(), SuggestionEvent.id.desc())
                .limit(1)
            )
            if event is None:
                raise ValidationError(
                    FieldError("product_id", "this product was not suggested to the account")
                )
            if event.taken_at is None:
                work.audit(ENTITY, event.id, "update", "taken_at", None, datetime.now(UTC))
                event.taken_at = datetime.now(UTC)
                event.document_id = document_id
                work.changed(ENTITY, ChangeKind.UPDATED, [event.id])
        return Outcome(event.id, work.changes)

    def add_upgrade(self, product_id: uuid.UUID, upgrade_id: uuid.UUID, note: str = "") -> Outcome[uuid.UUID]:
        """Name `upgrade_id` as the premium version of `product_id` in the catalogue."""
        if product_id == upgrade_id:
            raise ValidationError(FieldError("upgrade_id", "a product cannot be its own upgrade"))
        with self.uow() as work:
            base = writes.get_live(work.session, Product, product_id, "product")
            premium = writes.get_live(work.session, Product, upgrade_id, "product")
            old = work.session.scalar(
                select(ProductUpgrade).where(
                    ProductUpgrade.product_id == product_id, ProductUpgrade.upgrade_id == upgrade_id
                )
            )
            if old is not None and old.deleted_at is None:
                raise ValidationError(
                    FieldError("upgrade_id", f"{premium.name} is already an upgrade of {base.name}")
                )
            if old is not None:  # removed before: the link (unique per pair) comes back
                writes.restore(work, ProductUpgrade, "product_upgrade", [old.id])
                return Outcome(old.id, work.changes)
            link = writes.create(
                work,
                ProductUpgrade(product_id=product_id, upgrade_id=upgrade_id, note=note),
                "product_upgrade",
            )
        return Outcome(link.id, work.changes)

    def remove_upgrade(self, link_id: uuid.UUID) -> Outcome[None]:
        with self.uow() as work:
            writes.soft_delete(work, ProductUpgrade, "product_upgrade", [link_id])
        return Outcome(None, work.changes)

    def evaluate(self, cutoff: date, k: int = 5, max_accounts: int = 2000) -> Evaluation:
        """Hit rate at k on purchases after `cutoff`, pairs trained before it, against popularity."""
        with self.uow.read() as session:  # rolled back: the stored pairs stay as they are
            return evaluate(session, cutoff, k, max_accounts)

    def hit_rate(self) -> HitRate:
        with self.uow.read() as session:
            offered, taken = session.execute(
                select(func.count(), func.count(SuggestionEvent.taken_at)).where(
                    SuggestionEvent.deleted_at.is_(None)
                )
            ).one()
            return HitRate(int(offered), int(taken))
