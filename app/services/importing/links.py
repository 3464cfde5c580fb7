"""What an import writes besides its records: the accounts its rows name, contacts' memberships, deals'
board places and first stage-history entries, and the batch items that let the import be undone.

After SQLite's bulk insert (app.services.core.bulk) the new records are exactly the table's rows above a
known rowid, so memberships and batch items are made by one INSERT ... SELECT each, ids included
(UUID7_SQLITE), instead of 100,000 Python dicts each (0.5 s of a 100,000-contact import). Otherwise
(PostgreSQL, small imports) they are built as rows here.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from app.models import (
    UUID7_SQLITE,
    Account,
    AccountContact,
    AccountStatus,
    Contact,
    Deal,
    DealStageHistory,
    ImportBatchItem,
    uuid7_many,
    uuid7_sql_head,
)
from app.services.core.bulk import CHUNK, as_stored, insert_rows
from app.services.core.changes import ChangeKind
from app.services.core.uow import Work
from app.services.importing.entities import EntitySpec
from app.services.records import accounts
from app.services.sales.deals import GAP


def accounts_of(
    work: Work,
    entity: EntitySpec,
    new_rows: list[dict[str, Any]],
    batch_id: uuid.UUID,
    now: Any,
    known: Mapping[str, uuid.UUID] | None = None,
) -> tuple[dict[str, uuid.UUID], list[dict[str, Any]]]:
    """Find or create the accounts named in `entity.account_field` of the new rows: (lower-cased name ->
    id, batch items of the created accounts). A deal's name becomes the id (a deal found by its source
    id already holds one); a contact keeps the name as its company (its membership is linked after it is
    inserted); `known`: lower-cased names already resolved by source id."""
    s = work.session
    field_name = entity.account_field
    found: dict[str, uuid.UUID] = dict(known or {})
    names = sorted(
        {
            r[field_name].lower(): r[field_name]
            for r in new_rows
            if isinstance(r[field_name], str) and r[field_name] and r[field_name].lower() not in found
        }.items()
    )
    keys = [n for n, _ in names]
    for start in range(0, len(keys), CHUNK):
        for key, account_id in s.execute(
            select(func.lower(Account.name), Account.id).where(
                Account.deleted_at.is_(None), func.lower(Account.name).in_(keys[start : start + CHUNK])
            )
        ):
            found.setdefault(key, account_id)
    ids = iter(uuid7_many(len(names)))
    no_custom: dict[str, Any] = {}
    made = [
        {
            "id": next(ids),
            "version": 1,
            "created_at": now,
            "updated_at": now,
            "deleted_at": None,
            "custom": no_custom,
            "name": name,
            "domain": "",
            "industry": "",
            "email": "",
            "phone": "",
            "phone_display": "",
            "address": "",
            "city": "",
            "country": "",
            "status": AccountStatus.PROSPECT,
            "owner_id": None,
            "notes": "",
        }
        for key, name in names
        if key not in found
    ]
    for account in made:
        found[account["name"].lower()] = account["id"]
    insert_rows(s, Account, made)
    if entity.model is not Contact:
        for r in new_rows:
            if isinstance(r[field_name], str):
                r[field_name] = found[r[field_name].lower()] if r[field_name] else None
    if made:
        work.changed(accounts.ENTITY, ChangeKind.CREATED, [a["id"] for a in made])
    items = [{"batch_id": batch_id, "entity_id": a["id"], "action": "account", "before": None} for a in made]
    return found, items


def link_contacts(
    s: Session,
    new_rows: list[dict[str, Any]],
    account_ids: Mapping[str, uuid.UUID],
    now: Any,
    after: int | None,
) -> None:
    """Give each new contact its company's account as primary membership; `after`: the rowid the new
    contacts follow when they were bulk-inserted (see the module's note)."""
    if after is None:
        _link_rows(s, new_rows, account_ids, now)
        return
    exact = {r["company_name"] for r in new_rows if r["company_name"]}
    if not exact:
        return
    s.execute(text("CREATE TEMP TABLE IF NOT EXISTS import_company (name TEXT PRIMARY KEY, account_id TEXT)"))
    s.execute(text("DELETE FROM temp.import_company"))
    uuid_type = AccountContact.__table__.c.account_id.type
    s.connection().exec_driver_sql(
        "INSERT INTO temp.import_company VALUES (?, ?)",
        [(name, as_stored(s, uuid_type, account_ids[name.lower()])) for name in exact],
    )
    s.execute(
        text(
            "INSERT INTO account_contacts (id, version, created_at, updated_at, deleted_at, custom, "
            f"account_id, contact_id, role, is_primary) SELECT {UUID7_SQLITE}, 1, :now, :now, NULL, "
            "'{}', m.account_id, c.id, '', 1 FROM contacts AS c JOIN temp.import_company AS m "
            "ON m.name = c.company_name WHERE c.rowid > :after ORDER BY c.rowid"
        ),
        {
            "uuid7_head": uuid7_sql_head(),
            "now": as_stored(s, Contact.__table__.c.created_at.type, now),
            "after": after,
        },
    )
    s.execute(text("DELETE FROM temp.import_company"))


def _link_rows(
    s: Session, new_rows: list[dict[str, Any]], account_ids: Mapping[str, uuid.UUID], now: Any
) -> None:
    ids = iter(uuid7_many(len(new_rows)))
    no_custom: dict[str, Any] = {}
    links = [
        {
            "id": next(ids),
            "version": 1,
            "created_at": now,
            "updated_at": now,
            "deleted_at": None,
            "custom": no_custom,
            "account_id": account_ids[r["company_name"].lower()],
            "contact_id": r["id"],
            "role": "",
            "is_primary": True,
        }
        for r in new_rows
        if r["company_name"]
    ]
    insert_rows(s, AccountContact, links)


def created_items(
    s: Session, entity: EntitySpec, batch_id: uuid.UUID, new_rows: list[dict[str, Any]], after: int | None
) -> None:
    """Record in the batch every record it created (what undo removes)."""
    if after is None:
        items = [
            {"batch_id": batch_id, "entity_id": r["id"], "action": "created", "before": None}
            for r in new_rows
        ]
        insert_rows(s, ImportBatchItem, items)
        return
    s.execute(
        text(
            "INSERT INTO import_batch_items (batch_id, entity_id, action, before) "
            f"SELECT :batch, id, 'created', NULL FROM {entity.model.__tablename__} WHERE rowid > :after"
        ),
        {"batch": as_stored(s, ImportBatchItem.__table__.c.batch_id.type, batch_id), "after": after},
    )


def place_deals(work: Work, new_rows: list[dict[str, Any]]) -> int | None:
    """Insert deals at the end of their board columns, each with its first stage-history entry; returns
    what insert_rows returns for the deals."""
    s = work.session
    stages = {r["stage_id"] for r in new_rows}
    last: dict[uuid.UUID, int] = {
        stage_id: position
        for stage_id, position in s.execute(
            select(Deal.stage_id, func.max(Deal.position))
            .where(Deal.deleted_at.is_(None), Deal.stage_id.in_(stages))
            .group_by(Deal.stage_id)
        )
    }
    history = []
    ids = iter(uuid7_many(len(new_rows)))
    for r in new_rows:
        position = last.get(r["stage_id"], -GAP) + GAP
        last[r["stage_id"]] = r["position"] = position
        r["stage_entered_at"] = r["stage_entered_at"] or r["created_at"]
        history.append(
            {
                "id": next(ids),
                "deal_id": r["id"],
                "from_stage_id": None,
                "to_stage_id": r["stage_id"],
                "changed_at": r["stage_entered_at"],
                "changed_by_id": work.user_id,
                "version": 1,
                "created_at": r["updated_at"],
                "updated_at": r["updated_at"],
                "deleted_at": None,
                "custom": {},
            }
        )
    after = insert_rows(s, Deal, new_rows)
    insert_rows(s, DealStageHistory, history)
    return after
