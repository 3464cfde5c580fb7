"""What an import is asked to do and what it reports (the engine's inputs and outputs)."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from app.services.core.errors import FieldError, RapportError
from app.services.importing.entities import MatchOn


class OnMatch(StrEnum):
    UPDATE = "update"
    SKIP = "skip"
    CREATE = "create"


@dataclass(frozen=True)
class RecordImportSpec:
    """`columns`: our field -> the file's header; `values`: our field -> {file value: ours} (a file's
    'Closed Won' to our stage 'Won'). Deals: `pipeline` by name (default: the default one), `currency`
    of amounts without one; `create_missing` lets an unknown owner fall back to the importing user.

    `forgiving`: import the good rows and return the refused ones in the report (to write as a rejects
    file) instead of refusing the whole file; either way the import is one transaction and one undo."""

    columns: Mapping[str, str]
    match: MatchOn = MatchOn.EMAIL
    on_match: OnMatch = OnMatch.UPDATE
    dry_run: bool = False
    source: str = ""
    values: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    pipeline: str = ""
    currency: str = "EUR"
    create_missing: bool = False
    skip_likely: bool = False  # skip new rows that look like an existing record (likely_duplicates)
    forgiving: bool = False
    date_format: str = ""  # strftime format of the file's dates; '' detects it per column
    vendor_values: bool = True  # translate other CRMs' standard values (the wizard shows them instead)


@dataclass(frozen=True)
class RecordImportReport:
    rows: int
    created: int
    updated: int
    skipped: int
    batch_id: uuid.UUID | None
    dry_run: bool
    preview: tuple[Mapping[str, str], ...] = field(default=())
    likely: tuple[LikelyRow, ...] = ()  # new rows that look like existing records (first LIKELY_SHOWN)
    unchanged: int = 0  # matched records the file gives no new value for
    rejected: tuple[RejectedRow, ...] = ()  # forgiving mode: the refused rows, as the file has them
    review: tuple[FieldError, ...] = ()  # values kept as typed or defaulted: worth a look
    unmapped: tuple[str, ...] = ()  # the file's columns no field reads
    duplicates: tuple[tuple[str, int], ...] = ()  # headers used by more than one column (the first is read)


@dataclass(frozen=True)
class LikelyRow:
    """A row of the file that looks like an existing record."""

    row: int
    label: str
    existing_id: uuid.UUID
    existing: str
    score: float

    def __str__(self) -> str:
        return f"row {self.row}, {self.label}: looks like {self.existing} ({self.score:.0f} %)"


@dataclass(frozen=True)
class RejectedRow:
    """A row refused by a forgiving import: its cells as the file has them and why it was refused."""

    row: int
    cells: tuple[str, ...]
    reason: str


Progress = Callable[[int, int], bool]  # (rows done, rows in all) -> False to cancel


class ImportCancelled(RapportError):
    """The user cancelled: nothing was imported."""
