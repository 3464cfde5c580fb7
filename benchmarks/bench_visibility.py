"""A sales rep's Contacts page with visibility rules on PostgreSQL, beside the same page without rules.

    RAPPORT_BENCH_PG_URL=postgresql+psycopg://.../throwaway python -m benchmarks.bench_visibility [N] [--reuse]

Builds N contacts (default 100,000) owned round-robin by 20 users in 4 teams, then times, as the
administrator (no rules) and as a rep (sees their team's 5 owners: a quarter of the rows): count and
first page by name, first page by city, the last page (jump to the end), a page in the middle, and a
search (count and first page). The database is emptied first: give it a throwaway one. `--reuse` times
a database built by an earlier run (migrated to the current schema first) instead of building one.
"""

from __future__ import annotations

import os
import statistics
import sys
from collections.abc import Callable

from sqlalchemy import create_engine, text

from app.config import Settings
from app.context import AppContext
from app.db import make_engine
from app.models import Role
from app.services.access.signin import Credentials
from app.services.access.users import UserInput
from app.services.core.listing import ListQuery
from app.services.database.schema import upgrade
from benchmarks.common import median_ms

PAGE = 200
PASSWORD = "benchmark password"
FIRST = ["Anna", "Ben", "Carla", "David", "Eva", "Felix", "Greta", "Hugo", "Ida", "Jonas", "Kim", "Lena"]
LAST = ["Smith", "Jones", "Miller", "Brown", "Davis", "Wilson", "Moore", "Taylor", "Clark", "Lewis",
        "Walker", "Hall", "Young", "King", "Wright", "Scott", "Green", "Baker", "Adams", "Nelson"]  # fmt: skip
CITIES = ["Berlin", "Paris", "Madrid", "Rome", "Vienna", "Prague", "Oslo", "Lisbon", "Dublin", "Warsaw"]


def build(url: str, count: int) -> None:
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()
    engine = make_engine(url)
    upgrade(engine, None)
    ctx = AppContext.open(Settings(db_url=url), migrate=False)
    ctx.users.add(UserInput("Admin", "admin@example.com", Role.ADMINISTRATOR, password=PASSWORD))
    owners = []
    for t in range(4):
        team = ctx.users.add_team(f"Team {t}").value
        for u in range(5):
            email = f"rep{t}{u}@example.com"
            owners.append(ctx.users.add(UserInput(f"Rep {t}{u}", email, Role.SALES_REP, team)).value.id)
    with ctx.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO contacts (id, created_at, updated_at, version, custom, first_name, last_name, email,"
                " phone, phone_display, title, city, country, status, company_name, notes, owner_id)"
                " SELECT gen_random_uuid(), now(), now(), 1, '{}'::jsonb,"
                " (CAST(:first AS text[]))[1 + i % 12], (CAST(:last AS text[]))[1 + (i / 12) % 20] || (i % 997)::text,"
                " 'c' || i || '@example.com', '', '', '', (CAST(:cities AS text[]))[1 + (i / 7) % 10], 'DE', 'active', '', '',"
                " (CAST(:owners AS uuid[]))[1 + i % 20]"
                " FROM generate_series(1, :n) AS i"
            ),
            {"first": FIRST, "last": LAST, "cities": CITIES, "owners": owners, "n": count},
        )
    ctx.close()
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.execute(text("VACUUM ANALYZE"))  # as autovacuum would: index-only scans need the visibility map
    engine.dispose()


def measures(ctx: AppContext) -> dict[str, Callable[[], object]]:
    """The timed calls of one user's Contacts page, by name; "rows seen" gives the list's length."""
    contacts = ctx.contacts
    q = ListQuery()
    total = contacts.count(q)
    by_city = ListQuery(sort="city")
    search = ListQuery(search="smi")
    return {
        "count + first page (by name)": lambda: contacts.page(q, 0, PAGE, contacts.count(q)),
        "first page sorted by city": lambda: contacts.page(by_city, 0, PAGE, total),
        "jump to the end (last page)": lambda: contacts.page(q, total - PAGE, PAGE, total),
        "page in the middle (offset)": lambda: contacts.page(q, total // 2, PAGE, total),
        "search 'smi': count + first page": lambda: contacts.page(search, 0, PAGE, contacts.count(search)),
        "rows seen": lambda: total,
    }


def paired(
    plain: AppContext, ruled: AppContext, rounds: int = 7
) -> tuple[dict[str, float], dict[str, float]]:
    """Medians in ms of each measure for both users, their calls alternating (admin, rep, admin ...):
    on a shared machine a load that comes and goes then weighs on both sides alike."""
    sides = (measures(plain), measures(ruled))
    out: tuple[dict[str, float], dict[str, float]] = ({}, {})
    for name in sides[0]:
        if name == "rows seen":
            for side, found in zip(sides, out, strict=True):
                found[name] = float(side[name]())  # type: ignore[arg-type]
            continue
        for side in sides:
            side[name]()  # warm: plans and caches
        times: tuple[list[float], list[float]] = ([], [])
        for _ in range(rounds):
            for side, spent in zip(sides, times, strict=True):
                spent.append(median_ms(side[name], repeat=1))
        for spent, found in zip(times, out, strict=True):
            found[name] = statistics.median(spent)
    return out


def main() -> int:
    url = os.environ.get("RAPPORT_BENCH_PG_URL")
    if not url:
        print("set RAPPORT_BENCH_PG_URL to a throwaway PostgreSQL database", file=sys.stderr)
        return 2
    args = [a for a in sys.argv[1:] if a != "--reuse"]
    count = int(args[0]) if args else 100_000
    if "--reuse" in sys.argv:
        upgrade(make_engine(url), None)
    else:
        build(url, count)
    admin = AppContext.open(Settings(db_url=url), user=Credentials("admin@example.com", PASSWORD))
    # The rep needs a password to sign in like a person would; the first one is set by the administrator.
    admin.access.set_password(admin.users.find("rep00@example.com").id, PASSWORD)
    rep = AppContext.open(Settings(db_url=url), user=Credentials("rep00@example.com", PASSWORD))
    plain, ruled = paired(admin, rep)
    rep.close()
    admin.close()
    print(f"{count:,} contacts on PostgreSQL; medians of 7 in ms, the two users' calls alternating")
    print("| measure | no rules (administrator) | rep (team: 5 of 20 owners) | ratio |")
    print("|---|---:|---:|---:|")
    for name, value in plain.items():
        if name == "rows seen":
            print(f"| rows in the list | {value:,.0f} | {ruled[name]:,.0f} | |")
        else:
            print(f"| {name} | {value:.1f} | {ruled[name]:.1f} | {ruled[name] / value:.2f}x |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
