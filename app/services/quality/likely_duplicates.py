"""Before a record is saved: which live records it probably duplicates.

The same scoring as the duplicate review (similarity.similarity), but only against the records an index finds
from the new one: for contacts and leads the same email, the same E.164 phone, the same last name (either way
round, as typed or capitalised); for accounts the same name or web domain. Each lookup reads at most PER_KEY rows, so the
check costs a few index probes at a million records.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Account, Contact, Lead
from app.services.core.validation import normalise_phone
from app.services.quality.similarity import (
    Candidate,
    fold,
    fold_postal_code,
    fold_street,
    iso_birthday,
    similarity,
)

PER_KEY = 50
LIKELY = 80.0
NO_ID = uuid.UUID(int=0)


@dataclass(frozen=True)
class LikelyDuplicate:
    entity: str
    id: uuid.UUID
    label: str
    score: float
    matched: tuple[str, ...]


def _variants(text: str) -> list[str]:
    text = text.strip()
    return sorted({text, text.capitalize(), text.title(), text.lower()} - {""})


def _phone(raw: str, country: str = "") -> str:
    phone, error = normalise_phone(raw, country)
    return "" if error else phone.e164


def candidate(entity: str, values: Mapping[str, str]) -> Candidate:
    """The record being saved, reduced as dedupe reduces stored ones (unknown fields are '')."""
    get = values.get
    if entity == "account":
        return Candidate(
            NO_ID,
            fold(get("name", "")),
            get("email", "").strip().lower(),
            _phone(get("phone", ""), get("country", "")),
            "",
            fold(get("city", "")),
            get("domain", "").strip().lower(),
            fold(get("address", "")),
            get("name", ""),
        )
    name = f"{get('first_name', '')} {get('last_name', '')}"
    return Candidate(
        NO_ID,
        fold(name),
        get("email", "").strip().lower(),
        _phone(get("phone", ""), get("country", "")),
        fold(get("company", "")),
        fold(get("city", "")),
        address=fold_street(get("street", "")),
        label=name.strip(),
        postal_code=fold_postal_code(get("postal_code", "")),
        birthday=iso_birthday(get("birthday", "")),
    )


def _rows(session: Session, entity: str, new: Candidate, values: Mapping[str, str]) -> list[Candidate]:
    """Stored records sharing an indexed key with `new`, reduced for scoring."""
    found: dict[uuid.UUID, Candidate] = {}
    if entity == "account":
        cols: Any = (Account.id, Account.name, Account.email, Account.phone, Account.city, Account.domain)
        probes: list[Any] = [Account.name.in_(_variants(values.get("name", "")))]
        if new.domain:
            probes.append(Account.domain == new.domain)
        for probe in probes:
            for r in session.execute(select(*cols).where(Account.deleted_at.is_(None), probe).limit(PER_KEY)):
                found[r[0]] = Candidate(
                    r[0], fold(r[1]), r[2].lower(), r[3], "", fold(r[4]), r[5].lower(), "", r[1]
                )
        return list(found.values())
    model: Any = Contact if entity == "contact" else Lead
    company = Contact.company_name if entity == "contact" else Lead.company
    cols = (
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
    )
    first, last = values.get("first_name", ""), values.get("last_name", "")
    probes = [model.last_name.in_(_variants(last) + _variants(first))] if (first + last).strip() else []
    if new.email:
        probes.append(model.email == new.email)
    if new.phone:
        probes.append(model.phone == new.phone)
    for probe in probes:
        for r in session.execute(select(*cols).where(model.deleted_at.is_(None), probe).limit(PER_KEY)):
            found[r[0]] = Candidate(
                r[0],
                fold(f"{r[1]} {r[2]}"),
                r[3].lower(),
                r[4],
                fold(r[5]),
                fold(r[6]),
                address=fold_street(r[7]),
                label=f"{r[1]} {r[2]}".strip(),
                postal_code=fold_postal_code(r[8]),
                birthday=iso_birthday(r[9]),
            )
    return list(found.values())


def likely_duplicates(
    session: Session,
    entity: str,
    values: Mapping[str, str],
    exclude: uuid.UUID | None = None,
    threshold: float = LIKELY,
    limit: int = 3,
) -> list[LikelyDuplicate]:
    """Live records of `entity` that the record with these field values probably duplicates, best first."""
    new = candidate(entity, values)
    scored = []
    for stored in _rows(session, entity, new, values):
        if stored.id == exclude:
            continue
        score, matched = similarity(new, stored)
        if score >= threshold:
            scored.append(LikelyDuplicate(entity, stored.id, stored.label, round(score, 1), matched))
    scored.sort(key=lambda d: (-d.score, d.label))
    return scored[:limit]


def _stored(entity: str, r: Any) -> Candidate:
    if entity == "account":
        return Candidate(
            r.id, fold(r.name), r.email.lower(), r.phone, "", fold(r.city), r.domain.lower(), "", r.name
        )
    company = r.company_name if entity == "contact" else r.company
    return Candidate(
        r.id,
        fold(f"{r.first_name} {r.last_name}"),
        r.email,
        r.phone,
        fold(company),
        fold(r.city),
        address=fold_street(r.street),
        label=f"{r.first_name} {r.last_name}".strip(),
        postal_code=fold_postal_code(r.postal_code),
        birthday=iso_birthday(r.birthday),
    )


def _keys(entity: str, values: Mapping[str, Any]) -> list[tuple[str, str]]:
    """The indexed columns and values a new record is looked up by."""
    if entity == "account":
        keys = [("name", values["name"])]
        return keys + ([("domain", values["domain"])] if values.get("domain") else [])
    keys = [("last_name", values["last_name"])]
    return keys + [(c, values[c]) for c in ("email", "phone") if values.get(c)]


# what `_stored` reads of a stored record
_COLUMNS = {
    "contact": (
        "id",
        "first_name",
        "last_name",
        "email",
        "phone",
        "company_name",
        "city",
        "street",
        "postal_code",
        "birthday",
    ),
    "lead": (
        "id",
        "first_name",
        "last_name",
        "email",
        "phone",
        "company",
        "city",
        "street",
        "postal_code",
        "birthday",
    ),
    "account": ("id", "name", "email", "phone", "city", "domain"),
}


def likely_among(
    session: Session, entity: str, records: Sequence[Mapping[str, Any]], threshold: float = LIKELY
) -> dict[int, LikelyDuplicate]:
    """For new records (normalised column values, as an import builds them): index -> the live record
    each probably duplicates. Lookups go by indexed columns in chunks, so a file costs a few queries per
    500 rows; an empty table costs one."""
    model: Any = {"contact": Contact, "account": Account, "lead": Lead}[entity]
    if not records or session.scalar(select(model.id).where(model.deleted_at.is_(None)).limit(1)) is None:
        return {}
    wanted: dict[str, set[str]] = {}
    for values in records:
        for column, value in _keys(entity, values):
            wanted.setdefault(column, set()).add(value)
    stored: dict[tuple[str, str], list[Candidate]] = {}
    columns = [getattr(model, name) for name in _COLUMNS[entity]]
    for column, found in wanted.items():
        items = sorted(found)
        for start in range(0, len(items), 500):
            stmt = select(*columns).where(
                model.deleted_at.is_(None), getattr(model, column).in_(items[start : start + 500])
            )
            for row in session.execute(stmt):
                stored.setdefault((column, getattr(row, column)), []).append(_stored(entity, row))
    result: dict[int, LikelyDuplicate] = {}
    for index, values in enumerate(records):
        others = [other for key in _keys(entity, values) for other in stored.get(key, ())]
        if not others:  # most rows of a file share no key with a stored record
            continue
        new = _stored(entity, _Values(values))
        best: LikelyDuplicate | None = None
        for other in others:
            score, matched = similarity(new, other)
            if score >= threshold and (best is None or score > best.score):
                best = LikelyDuplicate(entity, other.id, other.label, round(score, 1), matched)
        if best is not None:
            result[index] = best
    return result


class _Values:
    """Attribute access to a new record's column values, so it reduces like a stored one."""

    def __init__(self, values: Mapping[str, Any]) -> None:
        defaults = {"id": NO_ID, "email": "", "phone": "", "city": "", "domain": ""}
        defaults |= {"street": "", "postal_code": "", "birthday": None}
        self.__dict__.update(defaults, **values)
        self.__dict__.setdefault("company", values.get("company", ""))
        self.__dict__.setdefault("company_name", values.get("company_name", ""))
