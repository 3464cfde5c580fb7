"""The write half of an import: match the checked rows against the database, insert the new records in
bulk, update matched ones field by field, and record the batch that undo reads (see importing.engine)."""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import nullcontext
from dataclasses import replace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Contact, Deal, ImportBatch, ImportBatchItem, Lead, User, utcnow, uuid7_many
from app.services.core import writes
from app.services.core.bulk import insert_rows
from app.services.core.changes import ChangeKind
from app.services.core.listing import CUSTOM_PREFIX
from app.services.core.uow import Work
from app.services.importing.ahead import Ahead, look_ahead, still_valid
from app.services.importing.entities import EntitySpec, MatchOn
from app.services.importing.links import accounts_of, created_items, link_contacts, place_deals
from app.services.importing.locking import take_write_lock, yielding_to_waiters
from app.services.importing.spec import (
    ImportCancelled,
    LikelyRow,
    OnMatch,
    Progress,
    RecordImportReport,
    RecordImportSpec,
    RejectedRow,
)
from app.services.quality.likely_duplicates import likely_among
from app.services.sales import scoring

CHUNK = 500
PREVIEW_ROWS = 20
LIKELY_SHOWN = 200
DEDUPED = {"contact", "account", "lead"}


def chunks(items: Sequence[Any]) -> Iterator[Sequence[Any]]:
    for start in range(0, len(items), CHUNK):
        yield items[start : start + CHUNK]


def _key(entity: EntitySpec, values: Mapping[str, Any], match: MatchOn) -> str:
    if match is MatchOn.EMAIL:
        return str(values["email"])
    if match is MatchOn.EXTERNAL_ID:
        return str(values["external_id"])
    if match is MatchOn.SKU:
        return str(values["sku"])
    return entity.name_key(values)


def _existing(s: Session, entity: EntitySpec, keys: list[str], match: MatchOn) -> dict[str, uuid.UUID]:
    """Live records whose match key is among `keys`."""
    model = entity.model
    found: dict[str, uuid.UUID] = {}
    if match == MatchOn.NONE or not keys:
        return found
    if match is MatchOn.EMAIL:
        column: Any = model.email
    elif match is MatchOn.EXTERNAL_ID:
        column = model.external_id
    elif match is MatchOn.SKU:
        column = model.sku
    else:
        column = entity.name_column()
    for chunk in chunks(keys):
        for key, record_id in s.execute(
            select(column, model.id).where(model.deleted_at.is_(None), column.in_(chunk))
        ):
            found.setdefault(key, record_id)
    return found


def writing(progress: Progress | None, rows: int) -> Callable[[float], None]:
    """Report `fraction` of the write half of an import's progress; raises ImportCancelled on cancel."""

    def at(fraction: float) -> None:
        if progress and not progress(rows + round(rows * fraction), 2 * rows):
            raise ImportCancelled("import cancelled: nothing was imported")

    return at


def look_ahead_for(
    s: Session, entity: EntitySpec, rows: list[dict[str, Any]], spec: RecordImportSpec
) -> Ahead | None:
    """Before the write lock (SQLite, where an editor waits for it): the look-alikes of the rows that the
    database as it is now would make new records (ahead.py); write_rows checks them in the lock."""
    if spec.dry_run or entity.entity not in DEDUPED or s.get_bind().dialect.name != "sqlite":
        return None
    matching = spec.match != MatchOn.NONE  # equality: the wizard passes the value as text
    keys = {_key(entity, r, spec.match) for r in rows} - {"", "|"} if matching else set()
    existing = _existing(s, entity, sorted(keys), spec.match)
    seen: set[str] = set()
    new: list[dict[str, Any]] = []
    for r in rows:
        key = _key(entity, r, spec.match) if matching else ""
        if key not in ("", "|"):
            if (key in existing or key in seen) and spec.on_match in (OnMatch.SKIP, OnMatch.UPDATE):
                continue
            seen.add(key)
        new.append(r)
    found = look_ahead(s, entity.entity, entity.model, new, [r["_row"] for r in new])
    return None if found is None else replace(found, matched=existing)


def write_rows(
    work: Work,
    entity: EntitySpec,
    rows: list[dict[str, Any]],
    spec: RecordImportSpec,
    at: Callable[[float], None] = lambda _fraction: None,
    rejected: tuple[RejectedRow, ...] = (),
    ahead: Ahead | None = None,
    yielding: bool = False,
) -> RecordImportReport:
    """Match, insert and update in the caller's transaction (the write lock taken first). `ahead`: the
    look-alikes found before the lock (look_ahead_for), used if nothing since could change them;
    `yielding`: raise ImportYielded if another writer waits (locking.yielding_to_waiters)."""
    s = work.session
    if not spec.dry_run:  # the match below and the writes see one state (another import waits)
        take_write_lock(s, entity.entity)
    with yielding_to_waiters(s) if yielding else nullcontext():
        report = _write(work, entity, rows, spec, at, rejected, ahead)
        s.flush()  # the batch's own rows too, while a waiting writer can still interrupt
    return report


def _write(
    work: Work,
    entity: EntitySpec,
    rows: list[dict[str, Any]],
    spec: RecordImportSpec,
    at: Callable[[float], None],
    rejected: tuple[RejectedRow, ...],
    ahead: Ahead | None,
) -> RecordImportReport:
    s = work.session
    review = tuple(e for r in rows if "_review" in r for e in r["_review"])
    now = utcnow()
    matching = spec.match != MatchOn.NONE  # equality: the wizard passes the value as text
    keys = {_key(entity, r, spec.match) for r in rows} - {"", "|"} if matching else set()
    existing = _existing(s, entity, sorted(keys), spec.match)
    batch = writes.create(work, ImportBatch(entity_type=entity.entity, source=spec.source[:255]), "import")
    users_made = _new_owners(work, rows)
    known_accounts: dict[str, uuid.UUID] = {}
    new_rows: list[dict[str, Any]] = []
    numbers: list[int] = []
    pending: dict[str, dict[str, Any]] = {}
    updates: dict[uuid.UUID, dict[str, Any]] = {}
    skipped = unchanged = 0
    ids = iter(uuid7_many(len(rows)))
    no_custom: dict[str, Any] = {}  # one object for all rows: bulk converts a shared value once
    for r in rows:
        key = _key(entity, r, spec.match) if matching else ""
        matched = key not in ("", "|") and (key in existing or key in pending)
        if matched and spec.on_match is OnMatch.SKIP:
            skipped += 1
            continue
        if matched and spec.on_match is OnMatch.UPDATE:  # only the fields the file gives are updated
            filled = {f for f, v in r["_cells"].items() if v}
            given = {f for f in entity.updatable if f in r and _given(f, filled)}
            given_custom = {k: v for k, v in r["_custom"].items() if f"{CUSTOM_PREFIX}{k}" in filled}
            if key in pending:
                pending[key].update({f: r[f] for f in given})
                pending[key]["custom"] = {**pending[key]["custom"], **given_custom}
            else:
                update = updates.setdefault(existing[key], {})
                update.update({f: r[f] for f in given})
                if given_custom:
                    update.setdefault("_custom", {}).update(given_custom)
            continue
        record = r  # the checked row becomes the insert row: its engine keys are taken out
        extra = {k: record.pop(k) for k in [k for k in record if k[0] == "_"]}
        record.update(
            id=next(ids),
            version=1,
            created_at=extra.get("_created_at") or now,
            updated_at=now,
            deleted_at=None,
            custom=extra["_custom"] or no_custom,
        )
        if entity.account_field:
            record[entity.account_field] = extra["_account"]
            if "_account_id" in extra:  # found by its source id
                known_accounts[extra["_account"].lower()] = extra["_account_id"]
        if entity.model is Lead and extra["_score"] is not None:
            record["score"], record["lifecycle"] = scoring.score_new(extra["_score"], record, now)
        new_rows.append(record)
        numbers.append(extra["_row"])
        if key not in ("", "|"):
            pending[key] = record
    at(0.1)
    if ahead is not None and ahead.matched == existing and still_valid(s, entity.entity, entity.model, ahead):
        likely = {i: ahead.likely[n] for i, n in enumerate(numbers) if n in ahead.likely}
    elif entity.entity in DEDUPED:
        likely = likely_among(s, entity.entity, new_rows)
    else:
        likely = {}
    at(0.2)
    look_alikes = tuple(
        LikelyRow(numbers[i], _label(new_rows[i]), d.id, d.label, d.score)
        for i, d in sorted(likely.items())[:LIKELY_SHOWN]
    )
    if likely and spec.skip_likely:
        skipped += len(likely)
        new_rows = [r for i, r in enumerate(new_rows) if i not in likely]
    items: list[dict[str, Any]] = [
        {"batch_id": batch.id, "entity_id": user_id, "action": "user", "before": None}
        for user_id in users_made
    ]
    account_ids: dict[str, uuid.UUID] = {}
    if entity.account_field:
        account_ids, made = accounts_of(work, entity, new_rows, batch.id, now, known_accounts)
        items += made
    if entity.complete_new is not None:
        entity.complete_new(work, new_rows)
    after = place_deals(work, new_rows) if entity.model is Deal else insert_rows(s, entity.model, new_rows)
    at(0.7)
    if entity.model is Contact:
        link_contacts(s, new_rows, account_ids, now, after)
    at(0.85)
    created_items(s, entity, batch.id, new_rows, after)
    at(0.9)
    for record_id, values, obj in _matched(s, entity, updates):
        if "_custom" in values:  # only the custom values the file gives change
            values["custom"] = {**(obj.custom or {}), **values.pop("_custom")}
        before = {f: getattr(obj, f) for f in values if getattr(obj, f) != values[f]}
        if writes.apply_fields(work, obj, entity.entity, values):
            items.append(
                {"batch_id": batch.id, "entity_id": record_id, "action": "updated", "before": before}
            )
        else:
            unchanged += 1
    insert_rows(s, ImportBatchItem, items)
    updated = sum(1 for i in items if i["action"] == "updated")
    batch.created_count, batch.updated_count = len(new_rows), updated
    work.changed(entity.entity, ChangeKind.CREATED, [r["id"] for r in new_rows])
    preview = tuple(
        {
            k: "" if v is None else str(v)
            for k, v in r.items()
            if k not in ("custom", "version", "created_at", "updated_at", "deleted_at")
        }
        for r in new_rows[:PREVIEW_ROWS]
    )
    return RecordImportReport(
        len(rows) + len(rejected),
        len(new_rows),
        updated,
        skipped,
        batch.id,
        spec.dry_run,
        preview,
        look_alikes,
        unchanged=unchanged,
        rejected=rejected,
        review=review,
    )


def _matched(
    s: Session, entity: EntitySpec, updates: Mapping[uuid.UUID, dict[str, Any]]
) -> Iterator[tuple[uuid.UUID, dict[str, Any], Any]]:
    """(id, new values, the live record) of each matched record, read 500 at a time: one query per
    chunk instead of one per record (re-importing an unchanged export of 170,000 records read each)."""
    for chunk in chunks(list(updates)):
        model = entity.model
        loaded = {o.id: o for o in s.scalars(select(model).where(model.id.in_(chunk)))}
        for record_id in chunk:
            obj = loaded.get(record_id)
            if obj is None or obj.deleted_at is not None:
                obj = writes.get_live(s, model, record_id, entity.entity)  # raises NotFoundError
            yield record_id, updates[record_id], obj


def _new_owners(work: Work, rows: list[dict[str, Any]]) -> list[uuid.UUID]:
    """Create the owners the rows name but the database lacks, as inactive users with their own names
    (an email names the user by it), one user per distinct name; set the rows' owner_id."""
    wanted = sorted({r["_new_owner"] for r in rows if "_new_owner" in r})
    if not wanted:
        return []
    s = work.session
    taken = {e.lower() for e in s.scalars(select(User.email))}
    ids: dict[str, uuid.UUID] = {}
    for name in wanted:
        if "@" in name and name.lower() not in taken:
            email = name.lower()
        else:
            slug = re.sub(r"[^a-z0-9]+", ".", name.lower()).strip(".") or "user"
            email, n = f"{slug}@imported.invalid", 1
            while email in taken:
                n += 1
                email = f"{slug}.{n}@imported.invalid"
        taken.add(email)
        display = name.split("@")[0] if "@" in name else name
        source_id = name if " " not in name and "@" not in name and any(c.isdigit() for c in name) else ""
        user = writes.create(
            work, User(name=display[:120], email=email, is_active=False, external_id=source_id[:100]), "user"
        )
        ids[name] = user.id
    for r in rows:
        if "_new_owner" in r:
            r["owner_id"] = ids[r.pop("_new_owner")]
    work.changed("user", ChangeKind.CREATED, list(ids.values()))
    return list(ids.values())


def _label(record: Mapping[str, Any]) -> str:
    if "name" in record and "last_name" not in record:
        return str(record["name"])
    return f"{record.get('first_name', '')} {record.get('last_name', '')}".strip()


def _given(name: str, given: set[str]) -> bool:
    """Whether the file gave a value for column `name` (a derived column counts with its source)."""
    source = {
        "phone_display": "phone",
        "price_minor": "price",
        "cost_minor": "cost",
        "tax_rate_bp": "tax_rate",
        "amount_minor": "amount",
        "owner_id": "owner",
        "other_phone_display": "other_phone",
        "annual_revenue_minor": "annual_revenue",
        "annual_revenue_currency": "annual_revenue",
    }.get(name, name)
    return source in given
