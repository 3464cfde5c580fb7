"""Saved segments: named criteria over contacts, accounts or leads, with a live count.

The criteria format and its SQL live in `criteria` and `sql_filter`. A segment is used as a list filter through
`ListQuery.segment_id`, so every list page, the export and the CLI page through its members with the
list's own keyset paging. The ready-made segments are inserted the first time segments are listed.
"""

from __future__ import annotations

import builtins
import time
import uuid
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Engine, false, func, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from app.models import RowCount, Segment
from app.services.core.errors import FieldError, NotFoundError, RapportError, ValidationError
from app.services.core.listing import EntityList, entity_list
from app.services.core.record_service import RecordService
from app.services.core.uow import Work
from app.services.core.write_lock import serialise_on
from app.services.segments import covering_index, sql_filter
from app.services.segments import criteria as criteria_fmt
from app.services.segments.criteria import FieldSpec

ENTITY = "segment"


EMPTY: dict[str, Any] = {"match": "all", "items": []}


def _cond(field_name: str, operator: str, value: Any = None, negate: bool = False) -> dict[str, Any]:
    node: dict[str, Any] = {"field": field_name, "operator": operator}
    if value is not None:
        node["value"] = value
    if negate:
        node["negate"] = True
    return node


def _all(*items: dict[str, Any]) -> dict[str, Any]:
    return {"match": "all", "items": list(items)}


# (entity, name, description, criteria): country/region, industry, company size, lifecycle stage,
# last-activity recency and customer value.
BUILTINS: tuple[tuple[str, str, str, dict[str, Any]], ...] = (
    ("contact", "DACH contacts", "Contacts in Germany, Austria or Switzerland",
     _all(_cond("country", "in", ["DE", "AT", "CH"]))),
    ("account", "Accounts in Europe", "Accounts in EU and EFTA countries",
     _all(_cond("country", "in", ["AT", "BE", "CH", "DE", "DK", "ES", "FI", "FR", "GB", "IE", "IT", "NL",
                                  "NO", "PL", "PT", "SE"]))),
    ("account", "Software companies", "Accounts in the software industry",
     _all(_cond("industry", "equals", "Software"))),
    ("lead", "Large companies", "Leads from companies with more than 250 employees",
     _all(_cond("company_size", "greater", 250))),
    ("lead", "Marketing-qualified leads", "Leads at the marketing-qualified stage",
     _all(_cond("lifecycle", "equals", "marketing_qualified"))),
    ("contact", "No activity in 90 days", "Contacts nobody has called, met or written to in 90 days",
     _all(_cond("last_activity", "within_last_days", 90, negate=True))),
    ("account", "Top customers", "Accounts whose won deals total over 50,000 EUR",
     _all(_cond("won_value", "greater", {"amount": "50000", "currency": "EUR"}))),
    ("contact", "Promoters", "Contacts whose latest NPS answer was 9 or 10",
     _all(_cond("nps", "equals", "promoter"))),
)  # fmt: skip


BUILD_PATIENCE_S = 120.0  # how long an SQLite build keeps stepping aside and trying again
FIRST_PAUSE_S, LONGEST_PAUSE_S = 0.5, 5.0  # the pause after a build that stepped aside, doubling
AUTO_INDEX_ROWS = 50_000  # below this many live rows a segment counts fast enough without its own index


@dataclass(frozen=True)
class IndexSync:
    """What `sync_index` did: the index serving the segment now (if any), whether it was just built."""

    name: str | None
    built: bool
    dropped: tuple[str, ...]
    deferred: bool = False  # SQLite: other writers kept the lock wanted for `BUILD_PATIENCE_S`; not built


def _build(engine: Engine, name: str, table: str, statement: str, patience: float) -> bool:
    """Build the index, trying again after each time an SQLite build stepped aside for a waiting writer
    (covering_index.create), with pauses doubling up to LONGEST_PAUSE_S; False after `patience` seconds."""
    deadline = time.monotonic() + patience
    pause = FIRST_PAUSE_S
    while True:
        try:
            covering_index.create(engine, name, table, statement)
            return True
        except covering_index.BuildYielded:
            if time.monotonic() + pause > deadline:
                return False
            time.sleep(pause)
            pause = min(2 * pause, LONGEST_PAUSE_S)


def _live_rows(session: Session, listing: EntityList) -> int:
    """The trigger-kept count where there is one (contacts, accounts), else a real count (leads)."""
    table = listing.model.__tablename__
    kept = session.get(RowCount, table)
    if kept is not None:
        return kept.live
    model = listing.model
    return int(session.scalar(select(func.count()).select_from(model).where(model.deleted_at.is_(None))) or 0)


@dataclass(frozen=True)
class SegmentInput:
    name: str
    entity_type: str
    criteria: dict[str, Any] = field(default_factory=lambda: dict(EMPTY))
    description: str = ""


@dataclass(frozen=True)
class SegmentDetail:
    id: uuid.UUID
    version: int
    name: str
    entity_type: str
    description: str
    criteria: dict[str, Any]
    is_builtin: bool
    deleted_at: datetime | None

    def as_input(self) -> SegmentInput:
        return SegmentInput(self.name, self.entity_type, self.criteria, self.description)


def segment_filter(session: Session, entity: str, segment_id: uuid.UUID) -> ColumnElement[bool]:
    """The WHERE clause of a saved segment; a trashed, missing or other-entity segment matches nothing."""
    segment = session.get(Segment, segment_id)
    if segment is None or segment.deleted_at is not None or segment.entity_type != entity:
        return false()
    return sql_filter.compile_criteria(session, entity, segment.criteria)


class SegmentService(RecordService[SegmentInput, SegmentDetail]):
    model = Segment
    entity = ENTITY
    build_patience = BUILD_PATIENCE_S  # see _build

    def validate(self, data: SegmentInput) -> dict[str, Any]:
        errors: builtins.list[FieldError] = []
        name = data.name.strip()
        if not name:
            errors.append(FieldError("name", "is required"))
        elif len(name) > 120:
            errors.append(FieldError("name", "is longer than 120 characters"))
        if data.entity_type not in criteria_fmt.SEGMENT_ENTITIES:
            errors.append(
                FieldError("entity_type", f"must be one of {', '.join(criteria_fmt.SEGMENT_ENTITIES)}")
            )
        else:
            with self.uow.read() as session:
                try:
                    criteria_fmt.validate(data.criteria, criteria_fmt.field_specs(session, data.entity_type))
                except ValidationError as exc:
                    errors.extend(exc.errors)
        if errors:
            raise ValidationError(errors)
        return {
            "name": name,
            "entity_type": data.entity_type,
            "criteria": data.criteria,
            "description": data.description.strip(),
        }

    def before_create(self, work: Work, values: dict[str, Any]) -> dict[str, Any]:
        self._check_unique(work.session, values["entity_type"], values["name"], None)
        return values

    def after_write(self, work: Work, obj: Any, data: SegmentInput, before: dict[str, Any]) -> None:
        self._check_unique(work.session, obj.entity_type, obj.name, obj.id)

    def _check_unique(self, session: Session, entity: str, name: str, own: uuid.UUID | None) -> None:
        serialise_on(session, "segment-name", entity)
        stmt = select(Segment.deleted_at).where(
            Segment.entity_type == entity,
            Segment.name == name,
            Segment.id != own if own else Segment.id.is_not(None),
        )
        for deleted_at in session.scalars(stmt):
            where = " (in the trash)" if deleted_at is not None else ""
            raise ValidationError(FieldError("name", f"another {entity} segment is named '{name}'{where}"))

    def detail(self, session: Session, obj: Any) -> SegmentDetail:
        return SegmentDetail(
            obj.id,
            obj.version,
            obj.name,
            obj.entity_type,
            obj.description,
            dict(obj.criteria),
            obj.is_builtin,
            obj.deleted_at,
        )

    # --- reads --------------------------------------------------------------------------------------
    def list(self, entity: str | None = None) -> builtins.list[SegmentDetail]:
        """Live segments (of one entity type, or all), the ready-made ones created on first use."""
        self.ensure_builtins()
        with self.uow.read() as session:
            stmt = select(Segment).where(Segment.deleted_at.is_(None))
            if entity:
                stmt = stmt.where(Segment.entity_type == entity)
            stmt = stmt.order_by(Segment.entity_type, Segment.name)
            return [self.detail(session, s) for s in session.scalars(stmt)]

    def find(self, name: str, entity: str | None = None) -> SegmentDetail:
        """The live segment with this name (case-insensitive); NotFoundError if none or ambiguous."""
        found = [s for s in self.list(entity) if s.name.casefold() == name.strip().casefold()]
        if len(found) != 1:
            raise NotFoundError(ENTITY, name)
        return found[0]

    def member_count(self, segment_id: uuid.UUID) -> int:
        with self.uow.read() as session:
            segment = session.get(Segment, segment_id)
            if segment is None or segment.deleted_at is not None:
                raise NotFoundError(ENTITY, segment_id)
            return self._count(session, segment.entity_type, segment.criteria)

    def count_criteria(self, entity: str, criteria: dict[str, Any]) -> int:
        """The live count of an unsaved tree (the builder); ValidationError if it is not valid yet."""
        with self.uow.read() as session:
            return self._count(session, entity, criteria)

    def _count(self, session: Session, entity: str, criteria: dict[str, Any]) -> int:
        model = criteria_fmt.MODELS[entity]
        where = sql_filter.compile_criteria(session, entity, criteria)
        stmt = select(func.count()).select_from(model).where(model.deleted_at.is_(None), where)
        return int(session.scalar(stmt) or 0)

    def fields(self, entity: str) -> tuple[FieldSpec, ...]:
        """What a condition can test on `entity` (the builder's field list)."""
        with self.uow.read() as session:
            return tuple(criteria_fmt.all_fields(session, entity))

    def describe(self, entity: str, criteria: dict[str, Any]) -> str:
        with self.uow.read() as session:
            return criteria_fmt.describe(criteria, criteria_fmt.field_specs(session, entity))

    # --- a covering index (covering_index.py) ----------------------------------------------------
    def create_index(self, segment_id: uuid.UUID) -> str:
        """Build the segment's covering index (seconds at a million rows); returns its name."""
        done = self.sync_index(segment_id, None)
        if done.deferred or done.name is None:
            raise RapportError(
                "the segment's index was not built: other programs kept writing to the database for "
                f"{BUILD_PATIENCE_S:.0f} s and the build gives way to them. The segment works without it; "
                "try again when the database is quieter."
            )
        return done.name

    def sync_index(self, segment_id: uuid.UUID, min_rows: int | None = AUTO_INDEX_ROWS) -> IndexSync:
        """Make the segment's covering index match its criteria (run it off the GUI thread).

        A live, indexable segment gets its index if it already had one (of any definition) or if its list
        has at least `min_rows` live rows; `min_rows=None` builds it whatever the size and raises what
        stops it. An index of an older definition is replaced; a segment no longer indexable, or purged,
        loses it; a trashed one keeps it (restoring is instant; the purge drops it). Ready-made segments
        nobody has edited are only indexed when asked (None): nobody saved them.
        """
        with self.uow.read() as session:
            engine = session.get_bind()
            assert isinstance(engine, Engine)
            mine = covering_index.of_segments(
                covering_index.existing(session, engine.dialect.name), [segment_id]
            )
            segment = session.get(Segment, segment_id)
            if segment is None or segment.deleted_at is not None:
                if min_rows is None:
                    raise NotFoundError(ENTITY, segment_id)
                if segment is not None:
                    return IndexSync(mine[0] if mine else None, False, ())
            wanted: tuple[str, str] | None = None
            problem: ValidationError | None = None
            table = ""
            if segment is not None:
                listing = entity_list(segment.entity_type)
                table = listing.model.__tablename__
                specs = criteria_fmt.field_specs(session, segment.entity_type)
                try:
                    wanted = covering_index.index_statement(engine, segment, specs, listing)
                except ValidationError as exc:
                    problem = exc
                untouched = segment.is_builtin and segment.version == 1
                if (
                    wanted
                    and not mine
                    and min_rows is not None
                    and (untouched or _live_rows(session, listing) < min_rows)
                ):
                    wanted = None
        stale = [n for n in mine if wanted is None or n != wanted[0]]
        if stale:
            with engine.begin() as conn:
                covering_index.drop(conn, stale)
        if problem is not None and min_rows is None:
            raise problem
        if wanted is None:
            return IndexSync(None, False, tuple(stale))
        if wanted[0] in mine:
            return IndexSync(wanted[0], False, tuple(stale))
        if not _build(engine, wanted[0], table, wanted[1], self.build_patience):
            return IndexSync(None, False, tuple(stale), deferred=True)
        return IndexSync(wanted[0], True, tuple(stale))

    def orphan_indexes(self, drop: bool = False) -> builtins.list[str]:
        """Segment indexes whose segment no longer exists (dropped too if `drop`)."""
        with self.uow.read() as session:
            engine = session.get_bind()
            assert isinstance(engine, Engine)
            found = covering_index.orphans(session, engine.dialect.name)
        if drop and found:
            with engine.begin() as conn:
                covering_index.drop(conn, found)
        return found

    # --- the ready-made segments ------------------------------------------------------------------
    def ensure_builtins(self) -> int:
        """Insert the ready-made segments whose names are not taken (live or trashed); returns how many."""
        with self.uow.read() as session:
            taken = {(e, n) for e, n in session.execute(select(Segment.entity_type, Segment.name))}
        missing = [b for b in BUILTINS if (b[0], b[1]) not in taken]
        if not missing:
            return 0
        try:
            return self._insert_builtins(missing)
        except ValidationError:  # another client inserted them at the same moment (unique names)
            return 0

    def _insert_builtins(self, missing: builtins.list[tuple[str, str, str, dict[str, Any]]]) -> int:
        with self.uow() as work:
            for entity, name, description, criteria in missing:
                obj = Segment(
                    name=name, entity_type=entity, description=description, criteria=criteria, is_builtin=True
                )
                work.session.add(obj)
                work.session.flush()
                work.audit(ENTITY, obj.id, "create")
        return len(missing)
