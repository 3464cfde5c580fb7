"""Cross-sell and upsell suggestions for an account, each with its reason, and their hit rate.

Three sources, ranked on one scale (a probability-like score):
- bought together: for each product B the account lacks, the best rule A -> B over the products A it has
  (score = confidence, kept only when lift > 1);
- upgrades from the catalogue (`product_upgrades`): score 1, they come first;
- its RFM segment buys it: share of the segment's accounts that bought B (`segment_products`).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import Float, cast, func, select
from sqlalchemy.orm import Session

from app.models import AccountValue, Product, ProductPair, ProductUpgrade, SegmentProduct, SuggestionEvent
from app.services.core import writes
from app.services.core.changes import ChangeKind, Outcome
from app.services.core.errors import FieldError, ValidationError
from app.services.core.uow import UnitOfWorkFactory
from app.services.customer_value.pairs import rebuild_pairs
from app.services.customer_value.purchases import bought_products

if TYPE_CHECKING:
    from app.services.customer_value.evaluation import Evaluation

ENTITY = "suggestion_event"
SEGMENT_LABELS = {
    "champions": "champions",
    "loyal": "loyal customers",
    "potential_loyalists": "potential loyalists",
    "new_customers": "new customers",
    "need_attention": "customers needing attention",
    "at_risk": "customers at risk",
    "hibernating": "hibernating customers",
    "lost": "lost customers",
}


@dataclass(frozen=True)
class Suggestion:
    product_id: uuid.UUID
    sku: str
    name: str
    kind: str  # together, upgrade, segment
    score: float
    reason: str


@dataclass(frozen=True)
class HitRate:
    offered: int
    taken: int

    @property
    def rate(self) -> float | None:
        return self.taken / self.offered if self.offered else None


def rank(
    session: Session, owned: set[uuid.UUID], segment: str = "", limit: int = 5, use_segment: bool = True
) -> list[Suggestion]:
    """The best `limit` products for a customer owning `owned` (in RFM segment `segment`)."""
    # product -> (score, kind, reason with "{}" for the product it comes from, that product)
    best: dict[uuid.UUID, tuple[float, str, str, uuid.UUID | None]] = {}

    def offer(product_id: uuid.UUID, score: float, kind: str, reason: str, source: uuid.UUID | None) -> None:
        if product_id not in owned and score > best.get(product_id, (-1.0, "", "", None))[0]:
            best[product_id] = (score, kind, reason, source)

    if owned:
        owned_list = list(owned)
        for source, target in session.execute(
            select(ProductUpgrade.product_id, ProductUpgrade.upgrade_id).where(
                ProductUpgrade.product_id.in_(owned_list), ProductUpgrade.deleted_at.is_(None)
            )
        ):
            offer(target, 1.0, "upgrade", "upgrade of {}", source)
        for p in _best_pairs(session, owned_list, limit):
            confidence = p.together / p.product_orders
            lift = confidence * p.total_orders / p.other_orders
            reason = (
                f"bought with {{}} in {p.together} of {p.product_orders} orders"
                f" ({confidence:.0%}, lift {lift:.1f})"
            )
            offer(p.other_id, confidence, "together", reason, p.product_id)
    if use_segment and segment:
        label = SEGMENT_LABELS.get(segment, segment)
        for sp in session.scalars(
            select(SegmentProduct)
            .where(SegmentProduct.rfm_segment == segment)
            .order_by(SegmentProduct.accounts.desc(), SegmentProduct.product_id)
            .limit(limit + len(owned))
        ):
            share = sp.accounts / sp.segment_accounts
            offer(sp.product_id, share * 0.9, "segment", f"{share:.0%} of {label} bought it", None)
    wanted = set(best) | {v[3] for v in best.values() if v[3] is not None}
    names: dict[uuid.UUID, tuple[str, str, bool]] = {
        pid: (sku, name, bool(active) and deleted is None)
        for pid, sku, name, active, deleted in session.execute(
            select(Product.id, Product.sku, Product.name, Product.is_active, Product.deleted_at).where(
                Product.id.in_(list(wanted))
            )
        )
    }
    live = [(pid, v) for pid, v in best.items() if pid in names and names[pid][2]]
    live.sort(key=lambda item: (-item[1][0], names[item[0]][1]))
    out = []
    for pid, (score, kind, reason, source) in live[:limit]:
        text = reason.format(names[source][1] if source in names else "a product") if source else reason
        out.append(Suggestion(pid, names[pid][0], names[pid][1], kind, round(score, 4), text))
    return out


def _best_pairs(session: Session, owned: list[uuid.UUID], limit: int) -> list[ProductPair]:
    """The `limit` products the owned ones lead to with the highest confidence (lift > 1), each with the
    rule that gives it: the ranking is done in SQL, so a customer of hundreds of products costs two
    small queries, not every pair of theirs in Python."""
    confidence = cast(ProductPair.together, Float) / ProductPair.product_orders
    where = [
        ProductPair.product_id.in_(owned),
        ProductPair.other_id.not_in(owned),
        ProductPair.together * ProductPair.total_orders
        > ProductPair.product_orders * ProductPair.other_orders,
    ]
    top = list(
        session.scalars(
            select(ProductPair.other_id)
            .where(*where)
            .group_by(ProductPair.other_id)
            .order_by(func.max(confidence).desc(), ProductPair.other_id)
            .limit(limit)
        )
    )
    if not top:
        return []
    best: dict[uuid.UUID, ProductPair] = {}
    for p in session.scalars(
        select(ProductPair).where(*where, ProductPair.other_id.in_(top)).order_by(confidence.desc())
    ):
        best.setdefault(p.other_id, p)
    return list(best.values())


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
        """Recount the product pairs over all purchases (a background job or `rapport customer-value`)."""
        with self.uow() as work:
            work.bulk = True
            n = rebuild_pairs(work.session)
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
        from app.services.customer_value.evaluation import evaluate

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
