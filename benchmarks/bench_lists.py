"""Service-level list figures on the contacts table, each beside the bare sqlite3 query doing the same work."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from app.context import AppContext
from app.services.core.listing import ListQuery
from benchmarks.common import Result, median_ms

PAGE = 200
COLS = (
    "id, first_name, last_name, email, phone_display, company_name, title, city, country, status, updated_at"
)


def _raw(db: Path):  # type: ignore[no-untyped-def]
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA cache_size=-65536")
    return conn


def _common_prefix(ctx: AppContext) -> str:
    """A last-name prefix that matches a realistic share of rows (the most common surname's first 3 letters)."""
    with ctx.engine.connect() as conn:
        name = conn.exec_driver_sql(
            "SELECT last_name FROM contacts GROUP BY last_name ORDER BY count(*) DESC LIMIT 1"
        ).scalar()
    return str(name)[:3].lower()


def run(ctx: AppContext, db: Path) -> list[Result]:
    raw = _raw(db)
    contacts = ctx.contacts
    q = ListQuery()
    total = contacts.count(q)
    live = "WHERE deleted_at IS NULL"
    order = "ORDER BY last_name, first_name, id"
    results = []

    def first_page() -> None:
        n = contacts.count(q)
        contacts.page(q, 0, PAGE, n)

    def raw_first_page() -> None:
        raw.execute(f"SELECT count(*) FROM contacts {live}").fetchone()
        raw.execute(f"SELECT {COLS} FROM contacts {live} {order} LIMIT {PAGE}").fetchall()

    results.append(
        Result(
            "contacts: count + first page (service)",
            median_ms(first_page),
            raw=median_ms(raw_first_page),
            note=f"{total:,} contacts",
        )
    )

    results.append(
        Result(
            "contacts: last page (service)",
            median_ms(lambda: contacts.page(q, total - PAGE, PAGE, total)),
            target=100,
            raw=median_ms(
                lambda: raw.execute(
                    f"SELECT {COLS} FROM contacts {live} ORDER BY last_name DESC, first_name DESC, id DESC "
                    f"LIMIT {PAGE}"
                ).fetchall()
            ),
        )
    )

    middle = total // 2
    results.append(
        Result(
            "contacts: page in the middle (offset)",
            median_ms(lambda: contacts.page(q, middle, PAGE, total)),
            raw=median_ms(
                lambda: raw.execute(
                    f"SELECT {COLS} FROM contacts {live} {order} LIMIT {PAGE} OFFSET {middle}"
                ).fetchall()
            ),
            note="scroll-bar drag to the middle",
        )
    )

    anchor = contacts.page(q, middle - PAGE, PAGE, total)
    results.append(
        Result(
            "contacts: next page (keyset)",
            median_ms(lambda: contacts.page(q, middle, PAGE, total, after=anchor.keys[-1])),
            note="scrolling down",
        )
    )

    by_city = ListQuery(sort="city")
    results.append(
        Result(
            "contacts: sort by city, first page",
            median_ms(lambda: contacts.page(by_city, 0, PAGE, total)),
            target=100,
            raw=median_ms(
                lambda: raw.execute(
                    f"SELECT {COLS} FROM contacts {live} ORDER BY city, id LIMIT {PAGE}"
                ).fetchall()
            ),
        )
    )

    prefix = _common_prefix(ctx)
    sq = ListQuery(search=prefix)

    def search() -> None:
        n = contacts.count(sq)
        contacts.page(sq, 0, PAGE, n)

    def raw_search() -> None:
        # The best plan bare SQL has: count in the index, then walk the name index testing membership.
        match = f"contacts_fts MATCH '\"{prefix}\"*'"
        raw.execute(f"SELECT count(*) FROM contacts_fts WHERE {match}").fetchone()
        raw.execute(
            f"SELECT {COLS} FROM contacts {live} AND +rowid IN (SELECT rowid FROM contacts_fts WHERE {match}) "
            f"{order} LIMIT {PAGE}"
        ).fetchall()

    hits = contacts.count(sq)
    results.append(
        Result(
            f"contacts: search '{prefix}' (service)",
            median_ms(search),
            target=50,
            raw=median_ms(raw_search),
            note=f"{hits:,} matches; target is keystroke to repaint",
        )
    )
    letter = ListQuery(search=prefix[0])

    def one_letter() -> None:
        contacts.page(letter, 0, PAGE, contacts.count(letter))

    results.append(
        Result(
            f"contacts: search '{prefix[0]}' (one letter)",
            median_ms(one_letter, repeat=3),
            note=f"{contacts.count(letter):,} matches: the known slow case",
        )
    )
    rare = ListQuery(search=prefix + "x")
    results.append(
        Result(f"contacts: search '{prefix}x' (no match)", median_ms(lambda: contacts.count(rare)))
    )
    results.append(
        Result("global search box (Ctrl+K)", median_ms(lambda: ctx.search.find(prefix)), target=50)
    )
    raw.close()
    return results
