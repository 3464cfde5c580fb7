"""Issue 7 figures: importing a 100,000-row contacts CSV (beside a raw executemany of the same rows),
duplicate detection over 100,000 contacts, and its precision and recall on a labelled dataset."""

from __future__ import annotations

import csv
import os
import random
import sqlite3
import tempfile
import time
from pathlib import Path

from sqlalchemy import create_engine, text

from app.config import Settings
from app.context import AppContext
from app.migrations.search_ddl import SEARCH_COLUMNS
from app.models import uuid7
from app.services.importing.csv_read import Table, read_table
from app.services.importing.engine import MatchOn, RecordImportSpec
from app.services.importing.mapping import known_headers, suggest
from benchmarks.common import Result

SECTION = "Import, export and duplicates (issue 7)"
NOTE = (
    "The import figure is the whole `rapport import contacts` path into a new database: read and detect, "
    "validate and normalise every row (email, E.164 phone, ISO country), match on email, create each "
    "company as an account and link each contact to it (100,000 membership rows), record the batch for "
    "undo (100,000 item rows), insert, commit. The clock stops when the commit returns; SQLite's WAL "
    "checkpoint then runs on a background thread (db.WalCheckpoints). Raw = a bare sqlite3 executemany of "
    "the same contacts, as read, into the same migrated table in the state the import's bulk path uses "
    "(triggers and secondary indexes dropped, then the search index and counter filled by one statement "
    "each, indexes and triggers recreated, commit without the checkpoint): the floor for storing the "
    "contacts alone, without their accounts, memberships or batch items. The PostgreSQL figure (when "
    "RAPPORT_BENCH_PG_URL names a throwaway database) is the same import into a local server."
)
SIZES = {"small": 2_000, "large": 100_000}
PG_ENV = "RAPPORT_BENCH_PG_URL"  # a throwaway PostgreSQL database: the figure's run wipes it
FIRST = ["Anna", "Ben", "Chloé", "David", "Emma", "Felix", "Greta", "Hugo", "Ida", "Jonas", "Karin", "Lars"]
LAST = ["Müller", "Schmidt", "Dupont", "Rossi", "García", "Smith", "Jones", "Nowak", "Jansen", "Berg"]
CITIES = [
    ("Berlin", "Germany", "+49 30 {:07d}"),
    ("Paris", "FR", "+33 1 {:08d}"),
    ("Austin", "US", "+1 512 {:07d}"),
]


def write_csv(path: Path, rows: int, seed: int = 7, first: int = 0) -> None:
    """An Outlook-style export with `rows` distinct people, numbered from `first`."""
    rng = random.Random(seed)
    with path.open("w", newline="", encoding="utf-8") as handle:
        out = csv.writer(handle)
        out.writerow(
            [
                "First Name",
                "Last Name",
                "E-mail Address",
                "Business Phone",
                "Company",
                "Job Title",
                "Business City",
                "Business Country/Region",
            ]
        )
        for i in range(first, first + rows):
            given, last = rng.choice(FIRST), rng.choice(LAST)
            city, country, phone = rng.choice(CITIES)
            out.writerow(
                [
                    given,
                    f"{last} {i}",
                    f"{given}.{last}{i}@example.com".lower()
                    .replace("ü", "ue")
                    .replace("é", "e")
                    .replace("í", "i"),
                    phone.format(1000000 + i),
                    f"Company {i % 3000}",
                    rng.choice(["CEO", "Buyer", ""]),
                    city,
                    country,
                ]
            )


def _import(size: int, folder: Path) -> list[Result]:
    source = folder / "contacts.csv"
    write_csv(source, size)
    ctx = AppContext.open(Settings(db_url=f"sqlite:///{folder / 'import.db'}"))
    try:
        seconds, cpu, table = _timed_import(ctx, source, size)
        more = folder / "more.csv"
        write_csv(more, size, seed=8, first=size)
        again, again_cpu, _ = _timed_import(ctx, more, size)
    finally:
        ctx.close()
    raw = _raw_executemany(folder / "raw.db", table.records())
    return [
        Result(
            f"import a {size:,}-row contacts CSV (detect, validate, normalise, insert)",
            seconds * 1000,
            target=6000 if size >= 100_000 else None,
            raw=raw * 1000,
            note=f"{size / seconds:,.0f} rows/s, {cpu:.1f} s of CPU; raw = the contacts alone, see above",
        ),
        Result(
            f"the next {size:,}-row CSV into the same database (its indexes kept and grown)",
            again * 1000,
            note=f"{size / again:,.0f} rows/s, {again_cpu:.1f} s of CPU; matched on email against {size:,}",
        ),
    ]


def _timed_import(ctx: AppContext, source: Path, size: int) -> tuple[float, float, Table]:
    """Read, check and import `source` as `rapport import contacts` does: (seconds, CPU seconds, table)."""
    started, cpu = time.perf_counter(), time.process_time()
    table = read_table(source, known_headers=known_headers("contacts"))
    spec = RecordImportSpec(suggest("contacts", table.headers), match=MatchOn.EMAIL, source=source.name)
    report = ctx.importer.run("contacts", table, spec).value
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    assert report.created == size, report
    return seconds, cpu, table


def _raw_executemany(path: Path, rows: list[dict[str, str]]) -> float:
    """The floor: the same rows, as read, into the same migrated contacts table, in the state the import's
    bulk insert uses (triggers and secondary indexes dropped, then the search index and the counter filled
    by one statement each and the indexes and triggers recreated), in one transaction."""
    ctx = AppContext.open(Settings(db_url=f"sqlite:///{path}"))
    ctx.close()
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA cache_size=-65536")  # as the app's connections
    conn.execute("PRAGMA wal_autocheckpoint=0")  # as the import's commit
    started = time.perf_counter()
    conn.execute("BEGIN IMMEDIATE")
    triggers = conn.execute(
        "SELECT type, name, sql FROM sqlite_master WHERE type IN ('trigger', 'index') AND tbl_name = 'contacts'"
        " AND sql IS NOT NULL"
    )
    saved = triggers.fetchall()
    for kind, name, _ in saved:
        conn.execute(f'DROP {kind.upper()} "{name}"')
    conn.executemany(
        "INSERT INTO contacts (id, created_at, updated_at, version, custom, first_name, last_name, email, phone,"
        " phone_display, title, city, country, status, company_name, notes) VALUES (?, datetime('now'),"
        " datetime('now'), 1, '{}', ?, ?, ?, ?, ?, ?, ?, ?, 'active', ?, '')",
        [
            (
                uuid7().hex,
                r["First Name"],
                r["Last Name"],
                r["E-mail Address"],
                r["Business Phone"],
                r["Business Phone"],
                r["Job Title"],
                r["Business City"],
                r["Business Country/Region"][:2],
                r["Company"],
            )
            for r in rows
        ],
    )
    cols = ", ".join(SEARCH_COLUMNS["contacts"])
    conn.execute(f"INSERT INTO contacts_fts(rowid, {cols}) SELECT rowid, {cols} FROM contacts")
    conn.execute("UPDATE row_counts SET live = (SELECT count(*) FROM contacts) WHERE table_name = 'contacts'")
    for _, _, sql in saved:
        conn.execute(sql)
    conn.execute("COMMIT")
    seconds = time.perf_counter() - started
    conn.close()
    return seconds


def run(size: str) -> list[Result]:
    rows = SIZES.get(size, SIZES["small"]) if not size.isdigit() else int(size)
    with tempfile.TemporaryDirectory() as tmp:
        results = _import(rows, Path(tmp))
        pg_url = os.environ.get(PG_ENV)
        if pg_url:
            results.append(_import_postgresql(pg_url, rows, Path(tmp)))
        return results


def _import_postgresql(url: str, size: int, folder: Path) -> Result:
    """The same import into a freshly migrated PostgreSQL database (its public schema is wiped first)."""
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()
    source = folder / "contacts.csv"
    ctx = AppContext.open(Settings(db_url=url))
    try:
        seconds, cpu, _ = _timed_import(ctx, source, size)
    finally:
        ctx.close()
    return Result(
        f"the same {size:,}-row import into PostgreSQL (local server)",
        seconds * 1000,
        note=f"{size / seconds:,.0f} rows/s, {cpu:.1f} s of CPU in the app; COPY, statement-level counters",
    )
