"""How alike two records are: each reduced to the fields compared, folded, and scored field by field
(rapidfuzz). The duplicate review (dedupe) and the check before a save or an import (likely_duplicates)
score alike through this module.

A pair's score is the weighted mean of the similarities of the fields both records have (so a missing value
neither helps nor hurts), less a penalty when both have a birthday and the birthdays differ: two people of
one name, or of one household, are told apart by it. The weights were tuned on a labelled set with
addresses, birthdays and typos (benchmarks/dedupe_labelled.py; `python -m benchmarks.dedupe_tune`).
"""

from __future__ import annotations

import unicodedata
import uuid
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Any

from rapidfuzz import fuzz

MATCHED = 90.0  # a field at or above this similarity is reported as matched
# tuned on the training split of benchmarks/dedupe_labelled.py (see docs/benchmarks.md, issue 16)
WEIGHTS = {
    "name": 3.0,
    "email": 3.0,
    "phone": 2.0,
    "company": 1.0,
    "city": 0.0,  # tuned to nothing for people: the postal code says it better
    "domain": 2.0,
    "address": 0.5,
    "postal_code": 0.5,
    "birthday": 4.0,
}
# a field that disagrees (below MATCHED) weighs this much instead: people have several email addresses, so a
# different one is weak evidence against, the same one strong evidence for (tuned)
WEIGHTS_DIFFERENT = {"email": 0.5, "phone": 2.0}
BIRTHDAY_CONFLICT = (
    0.0  # points taken off when both have a birthday and they differ (tuned: the weight suffices)
)
NAME_ALONE = 0.85  # a name alone is weak evidence


@dataclass(frozen=True)
class Candidate:
    """A record reduced to what is compared (address is the folded street; birthday is ISO YYYY-MM-DD)."""

    id: uuid.UUID
    name: str
    email: str
    phone: str
    company: str
    city: str
    domain: str = ""
    address: str = ""
    label: str = ""  # the name as written, for people to read
    postal_code: str = ""
    birthday: str = ""


def fold(text: str) -> str:
    """Lower case, accents removed, punctuation to spaces, single-spaced."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    plain = "".join(ch if ch.isalnum() else " " for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(plain.split())


# street words written several ways, folded to one
_STREET_WORDS = {
    "st": "street",
    "str": "strasse",
    "straße": "strasse",
    "rd": "road",
    "ave": "avenue",
    "av": "avenue",
    "dr": "drive",
    "ln": "lane",
    "blvd": "boulevard",
    "ct": "court",
    "pl": "place",
    "apt": "apartment",
    "ste": "suite",
}


def fold_street(text: str) -> str:
    """A street folded, its common abbreviations written out ('Main St.' and 'main street' alike)."""
    words = fold(text.replace("ß", "ss")).split()
    words = [w[:-3] + "strasse" if w.endswith("str") and len(w) > 3 else w for w in words]  # Hauptstr.
    return " ".join(_STREET_WORDS.get(w, w) for w in words)


def fold_postal_code(text: str) -> str:
    """Letters and digits only, upper case: 'sw1a 1aa', 'SW1A-1AA' and 'SW1A1AA' alike."""
    return "".join(ch for ch in text.upper() if ch.isalnum())


def iso_birthday(value: object) -> str:
    """A date (or an ISO date string) as YYYY-MM-DD; anything else ''."""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, str) and value.strip():
        try:
            return date.fromisoformat(value.strip()[:10]).isoformat()
        except ValueError:
            return ""
    return ""


@lru_cache(maxsize=1)
def _namer() -> Any:
    from nicknames import NickNamer  # loaded on first use: the table is read from a file

    return NickNamer()


@lru_cache(maxsize=8192)
def _nicknames(name: str) -> frozenset[str]:
    namer = _namer()
    return frozenset(namer.nicknames_of(name) | namer.canonicals_of(name))


def same_first_name(x: str, y: str) -> bool:
    """Equal, or one a known nickname of the other (William and Bill, Margaret and Peggy)."""
    return x == y or (len(x) > 1 and len(y) > 1 and (y in _nicknames(x) or x in _nicknames(y)))


def _with_nicknames(a: str, b: str) -> str:
    """`b` with each word that is a nickname of a word of `a` written as in `a`."""
    ours = a.split()
    if a == b or all(word in ours for word in b.split()):
        return b
    out = []
    for word in b.split():
        out.append(next((w for w in ours if w != word and same_first_name(w, word)), word))
    return " ".join(out)


def birthday_similarity(x: str, y: str) -> float:
    """100 equal; 80 day and month swapped (a date read the other way round); 60 one digit off; else 0."""
    if x == y:
        return 100.0
    if x[:4] == y[:4] and x[5:7] == y[8:10] and x[8:10] == y[5:7]:
        return 80.0
    if len(x) == len(y) and sum(p != q for p, q in zip(x, y, strict=True)) == 1:
        return 60.0
    return 0.0


def field_scores(a: Candidate, b: Candidate, nicknames: bool = True) -> dict[str, float]:
    """The similarity (0-100) of each field both records have."""

    name_b = _with_nicknames(a.name, b.name) if nicknames else b.name
    parts: dict[str, float] = {"name": fuzz.token_sort_ratio(a.name, name_b)}
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
    if a.postal_code and b.postal_code:
        parts["postal_code"] = 100.0 if a.postal_code == b.postal_code else 0.0
    if a.birthday and b.birthday:
        parts["birthday"] = birthday_similarity(a.birthday, b.birthday)
    return parts


def combine(
    parts: dict[str, float],
    weights: dict[str, float] = WEIGHTS,
    birthday_conflict: float = BIRTHDAY_CONFLICT,
    weights_different: dict[str, float] = WEIGHTS_DIFFERENT,
) -> float:
    """The weighted mean of the field similarities, less the penalty for different birthdays."""
    total = weighted = 0.0
    used = 0
    for k, v in parts.items():
        w = weights_different.get(k, weights.get(k, 0.0)) if v < MATCHED else weights.get(k, 0.0)
        if w > 0:
            total += w
            weighted += w * v
            used += 1
    score = weighted / total
    if used == 1:
        score *= NAME_ALONE
    if parts.get("birthday", 100.0) == 0.0 and weights.get("birthday", 0.0) > 0:
        score -= birthday_conflict
    return max(score, 0.0)


def similarity(a: Candidate, b: Candidate) -> tuple[float, tuple[str, ...]]:
    parts = field_scores(a, b)
    return combine(parts), tuple(k for k, v in parts.items() if v >= MATCHED)
