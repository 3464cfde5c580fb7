"""How alike two records are: each reduced to the fields compared, folded, and scored field by field
(rapidfuzz). The duplicate review (dedupe) and the check before a save or an import (likely_duplicates)
score alike through this module."""

from __future__ import annotations

import unicodedata
import uuid
from dataclasses import dataclass

MATCHED = 90.0  # a field at or above this similarity is reported as matched
WEIGHTS = {
    "name": 3.0,
    "email": 3.0,
    "phone": 2.0,
    "company": 1.0,
    "city": 0.5,
    "domain": 2.0,
    "address": 1.0,
}


@dataclass(frozen=True)
class Candidate:
    """A record reduced to what is compared."""

    id: uuid.UUID
    name: str
    email: str
    phone: str
    company: str
    city: str
    domain: str = ""
    address: str = ""
    label: str = ""  # the name as written, for people to read


def fold(text: str) -> str:
    """Lower case, accents removed, punctuation to spaces, single-spaced."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    plain = "".join(ch if ch.isalnum() else " " for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(plain.split())


def similarity(a: Candidate, b: Candidate) -> tuple[float, tuple[str, ...]]:
    from rapidfuzz import fuzz

    parts: dict[str, float] = {"name": fuzz.token_sort_ratio(a.name, b.name)}
    if a.email and b.email:
        if a.email == b.email:
            parts["email"] = 100.0
        else:
            parts["email"] = fuzz.ratio(a.email.partition("@")[0], b.email.partition("@")[0]) * 0.9
    if a.phone and b.phone:
        parts["phone"] = 100.0 if a.phone[-8:] == b.phone[-8:] else 0.0
    for name in ("company", "city", "domain", "address"):
        x, y = getattr(a, name), getattr(b, name)
        if x and y:
            parts[name] = fuzz.token_set_ratio(x, y)
    total = sum(WEIGHTS[k] for k in parts)
    score = sum(WEIGHTS[k] * v for k, v in parts.items()) / total
    if len(parts) == 1:  # a name alone is weak evidence
        score *= 0.85
    return score, tuple(k for k, v in parts.items() if v >= MATCHED)
