"""Duplicate detection over contacts, accounts and leads: blocking keys, then fuzzy scores (rapidfuzz).

Comparing every pair of 100,000 records is 5 billion comparisons, so records are first grouped by cheap
keys that a duplicate is likely to share despite a typo, a swapped field or a missing value: the email,
its local part, the phone's last eight digits, the name's sorted first letters, (for names) two
prefixes, the birthday, and the postal code with the street. Only pairs that share a key are scored. Oversized groups (a very common name) are skipped: the
other keys still catch their real duplicates. A pair's score is the weighted mean of its field
similarities over the fields both records have, so a missing value neither helps nor hurts.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Account, Contact, Lead, NotDuplicate
from app.services.core.uow import UnitOfWorkFactory
from app.services.quality.likely_duplicates import LikelyDuplicate, likely_duplicates
from app.services.quality.similarity import (
    Candidate,
    fold,
    fold_postal_code,
    fold_street,
    iso_birthday,
    similarity,
)

DEFAULT_THRESHOLD = 80.0
MAX_BLOCK = 60
ENTITIES = ("contact", "account", "lead")


@dataclass(frozen=True)
class DuplicatePair:
    entity: str
    id_a: uuid.UUID
    id_b: uuid.UUID
    score: float
    matched: tuple[str, ...]
    name_a: str
    name_b: str


def _candidates(session: Session, entity: str) -> list[Candidate]:
    if entity in ("contact", "lead"):
        model: Any = Contact if entity == "contact" else Lead
        company = Contact.company_name if entity == "contact" else Lead.company
        stmt: Any = select(
            model.id,
            model.first_name,
            model.last_name,
            model.email,
            model.phone,
            company,
            model.city,
            model.street,
            model.postal_code,
            model.birthday,
        ).where(model.deleted_at.is_(None))
        return [
            Candidate(
                r[0],
                fold(f"{r[1]} {r[2]}"),
                r[3].lower(),
                r[4],
                fold(r[5]),
                fold(r[6]),
                address=fold_street(r[7]),
                label=f"{r[1]} {r[2]}",
                postal_code=fold_postal_code(r[8]),
                birthday=iso_birthday(r[9]),
            )
            for r in session.execute(stmt)
        ]
    stmt = select(
        Account.id, Account.name, Account.email, Account.phone, Account.city, Account.domain, Account.address
    ).where(Account.deleted_at.is_(None))
    return [
        Candidate(r[0], fold(r[1]), r[2].lower(), r[3], "", fold(r[4]), r[5].lower(), fold(r[6]), r[1])
        for r in session.execute(stmt)
    ]


def blocking_keys(c: Candidate) -> set[str]:
    keys: set[str] = set()
    if c.email:
        keys.add("e:" + c.email)
        local = c.email.partition("@")[0]
        if len(local) >= 4:
            keys.add("l:" + local)
    digits = "".join(ch for ch in c.phone if ch.isdigit())
    if len(digits) >= 8:
        keys.add("p:" + digits[-8:])
    if c.domain:
        keys.add("d:" + c.domain)
    words = c.name.split()
    if words:
        ordered = sorted(words)
        keys.add("s:" + " ".join(w[:3] for w in ordered))  # survives swapped first/last names
        keys.add("f:" + words[0][:2] + "|" + words[-1][:4])
        keys.add("t:" + words[0][:1] + "|" + words[-1][-4:])  # a typo near the start of the last name
        if c.company:
            keys.add("c:" + words[-1][:3] + "|" + c.company[:5])
    if c.birthday:
        keys.add("b:" + c.birthday)  # survives a nickname, a swapped name and a new email together
    if c.postal_code and c.address:
        street = next((w for w in c.address.split() if not w.isdigit()), "")
        keys.add("a:" + c.postal_code + "|" + street[:5])
    return keys


def candidate_pairs(candidates: Sequence[Candidate]) -> list[tuple[int, int]]:
    """Index pairs (low, high) of the candidates that share a blocking key in a block of at most MAX_BLOCK."""
    blocks: dict[str, list[int]] = defaultdict(list)
    for index, c in enumerate(candidates):
        for key in blocking_keys(c):
            blocks[key].append(index)
    seen: set[tuple[int, int]] = set()
    for members in blocks.values():
        if len(members) < 2 or len(members) > MAX_BLOCK:
            continue
        for i, x in enumerate(members):
            for y in members[i + 1 :]:
                seen.add((x, y) if x < y else (y, x))
    return sorted(seen)


def find_pairs(
    entity: str,
    candidates: Sequence[Candidate],
    threshold: float = DEFAULT_THRESHOLD,
    dismissed: Iterable[tuple[uuid.UUID, uuid.UUID]] = (),
    score: Callable[[Candidate, Candidate], tuple[float, tuple[str, ...]]] = similarity,
) -> list[DuplicatePair]:
    """Scored candidate pairs at or above `threshold`, best first (`score` defaults to similarity)."""
    skip = {tuple(sorted(p)) for p in dismissed}
    pairs: list[DuplicatePair] = []
    for x, y in candidate_pairs(candidates):
        a, b = candidates[x], candidates[y]
        value, matched = score(a, b)
        if value < threshold:
            continue
        low, high = sorted((a.id, b.id))
        if (low, high) in skip:
            continue
        pairs.append(
            DuplicatePair(
                entity,
                low,
                high,
                round(value, 1),
                matched,
                (a.label or a.name) if low == a.id else (b.label or b.name),
                (b.label or b.name) if low == a.id else (a.label or a.name),
            )
        )
    pairs.sort(key=lambda p: (-p.score, str(p.id_a)))
    return pairs


class DedupeService:
    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self.uow = uow

    def find(self, entity: str, threshold: float = DEFAULT_THRESHOLD) -> list[DuplicatePair]:
        """Candidate pairs among the live records, without the pairs marked as not duplicates."""
        if entity not in ENTITIES:
            raise ValueError(f"cannot look for duplicate {entity}s; choose one of {', '.join(ENTITIES)}")
        with self.uow.read() as session:
            candidates = _candidates(session, entity)
            dismissed = session.execute(
                select(NotDuplicate.id_low, NotDuplicate.id_high).where(NotDuplicate.entity_type == entity)
            ).all()
        return find_pairs(entity, candidates, threshold, [(a, b) for a, b in dismissed])

    def likely(
        self, entity: str, values: Mapping[str, str], exclude: uuid.UUID | None = None
    ) -> list[LikelyDuplicate]:
        """Live records the record about to be saved (its fields as typed) probably duplicates."""
        with self.uow.read() as session:
            return likely_duplicates(session, entity, values, exclude)
