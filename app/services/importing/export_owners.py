"""The owners a CRM export names (record owners, activities' assignees), matched to our users by name,
email or source id, or created as inactive users with their own names: one user per owner, never merged.

Created users are items of the export's batch, so undoing the export removes them last (export_undo)."""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable

from sqlalchemy import select

from app.models import ImportBatchItem, User
from app.services.core import writes
from app.services.core.bulk import insert_rows
from app.services.core.uow import Work

DOMAIN = "imported.invalid"  # a reserved domain: no mail reaches an imported user by accident


def ensure_owners(work: Work, names: Iterable[str], batch_id: uuid.UUID) -> tuple[int, list[uuid.UUID]]:
    """(how many of `names` are existing users, the ids of the users created for the others)."""
    s = work.session
    known: set[str] = set()
    emails: set[str] = set()
    for name, email, external_id in s.execute(select(User.name, User.email, User.external_id)):
        known |= {name.lower(), email.lower(), *([external_id] if external_id else [])}
        emails.add(email.lower())
    matched = 0
    made: list[uuid.UUID] = []
    for name in sorted({n.strip() for n in names if n.strip()}, key=str.lower):
        if name.lower() in known or name in known:
            matched += 1
            continue
        email = _email_for(name, emails)
        emails.add(email)
        display = name.split("@")[0] if "@" in name else name
        user = writes.create(  # inactive until someone gives them a way to sign in
            work, User(name=display[:120], email=email, is_active=False), "user"
        )
        known |= {name.lower(), email}
        made.append(user.id)
    insert_rows(
        s,
        ImportBatchItem,
        [{"batch_id": batch_id, "entity_id": i, "action": "user", "before": None} for i in made],
    )
    return matched, made


def _email_for(name: str, taken: set[str]) -> str:
    if "@" in name and name.lower() not in taken:
        return name.lower()
    slug = re.sub(r"[^a-z0-9]+", ".", name.lower()).strip(".") or "user"
    email, n = f"{slug}@{DOMAIN}", 1
    while email in taken:
        n += 1
        email = f"{slug}.{n}@{DOMAIN}"
    return email
