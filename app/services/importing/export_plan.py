"""What a whole-CRM-export import works from and reports: the export's files as the vendor module read
them (importing.hubspot, importing.pipedrive), the options, and the per-file results (importing.crm_export
runs them)."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field

from app.models import ActivityKind
from app.services.core.errors import FieldError
from app.services.importing.csv_read import Table
from app.services.importing.spec import RejectedRow
from app.services.importing.unmapped import unmapped_headers


@dataclass(frozen=True)
class ActivityColumns:
    """Which headers of an activity file hold what (each tuple: the first header the file has wins)."""

    uid_prefix: str  # 'hubspot:call:': the row's id follows
    id: str
    default_kind: str = ActivityKind.NOTE.value
    kind: str = ""  # a column naming each row's type (Pipedrive: Call, Meeting, Task ...)
    subject: tuple[str, ...] = ()
    body: tuple[str, ...] = ()
    date: tuple[str, ...] = ()
    time: str = ""  # a separate time of day (Pipedrive's due time)
    done: str = ""  # a done/status column; without one a call, meeting, email or note is done
    priority: str = ""  # a task's priority (Low, Medium, High)
    owner: tuple[str, ...] = ()
    account: str = ""  # columns of source ids (already prefixed like the records' external ids)
    contact: str = ""
    deal: str = ""


@dataclass(frozen=True)
class ActivityFile:
    table: Table
    original: Table
    columns: ActivityColumns

    def headers(self) -> tuple[str, ...]:
        """The headers read (the others are reported as not imported)."""
        c = self.columns
        named = (c.id, c.kind, c.time, c.done, c.priority, c.account, c.contact, c.deal)
        return tuple(h for h in (*named, *c.subject, *c.body, *c.date, *c.owner) if h)


@dataclass(frozen=True)
class ExportFile:
    """One file of an export. `columns`: our field -> header of `table`; `used`: headers read in
    another way (a deal's pipeline, a status made a stage), not reported as left out."""

    name: str
    kind: str  # accounts, contacts, deals or activities
    original: Table
    table: Table
    columns: Mapping[str, str] = field(default_factory=dict)
    used: tuple[str, ...] = ()
    pipeline: str = ""  # deals: the export's pipeline of these rows
    activities: ActivityFile | None = None

    @property
    def unmapped(self) -> tuple[str, ...]:
        taken = {**self.columns, **{f"_used{i}": h for i, h in enumerate(self.used)}}
        return tuple(unmapped_headers(self.table.headers, taken))


@dataclass(frozen=True)
class ExportPlan:
    vendor: str
    files: tuple[ExportFile, ...]  # in dependency order
    owners: tuple[str, ...]  # owner names and emails the files name
    skipped: tuple[str, ...] = ()  # files not imported, each with why


@dataclass(frozen=True)
class ExportOptions:
    dry_run: bool = False
    forgiving: bool = False
    keep_unmapped: bool = False
    currency: str = ""
    date_format: str = ""
    values: Mapping[str, Mapping[str, str]] = field(default_factory=dict)  # field -> {theirs: ours}


@dataclass(frozen=True)
class FileReport:
    name: str
    kind: str
    rows: int
    created: int
    updated: int
    unchanged: int
    rejected: tuple[RejectedRow, ...] = ()
    review: tuple[FieldError, ...] = ()
    kept: tuple[str, ...] = ()  # unmapped columns kept as new custom fields
    note: str = ""
    seconds: float = 0.0  # how long the file took (wall clock)


@dataclass(frozen=True)
class ExportReport:
    batch_id: uuid.UUID  # the export's first batch: `rapport import undo` of it undoes the whole export
    dry_run: bool
    owners_matched: int
    owners_created: int
    files: tuple[FileReport, ...]
