"""Trigger-kept rollups of the deals that the KPIs read instead of a million deal rows (migration 0007).

- `deal_closed_daily`: live deals with a close time, per (UTC close day, pipeline, stage, owner, currency,
  has an account): how many, their amount and the sum of their created-to-closed times in milliseconds.
- `deal_cohort_daily`: live deals per (UTC creation day, pipeline, owner, reach stage), the funnel's cohort.
  The reach stage is the current stage, or for a deal in a lost stage the furthest open or won stage of
  its pipeline in its stage history (`NO_ID` when it has none).
- `account_first_won`: per account, the close time of its first won live deal (the customer book).

The owner is `NO_ID` when a deal has none (a primary key column cannot be NULL). Stage flags and positions
are read when a deal or its history changes: changing a stage's won/lost flag or reordering stages that
deals have already passed leaves the reach and first-won rows stale until `rebuild_rollups` runs (the
pipelines service does not allow flag changes on stages in use; `rapport check` compares every rollup
with a recomputation).

Like the search and counter triggers, these vanish when SQLite's batch mode rebuilds `deals`,
`deal_stage_history` or `stages`: such a migration calls `drop_rollup_triggers` before and
`create_rollup_triggers` plus `rebuild_rollups` after it. Bulk SQL that bypasses triggers (TRUNCATE)
must empty the rollups as well.
"""

from __future__ import annotations

from typing import Any

ROLLUP_TABLES = ("deal_closed_daily", "deal_cohort_daily", "account_first_won")

_DIALECT: dict[str, dict[str, str]] = {
    "sqlite": {
        "none": "'00000000000000000000000000000000'",
        "closed_day": "date({r}.closed_at)",
        "created_day": "date({r}.created_at)",
        "cycle": "CAST(round((julianday({r}.closed_at) - julianday({r}.created_at)) * 86400000) AS INTEGER)",
        "least": "min",
    },
    "postgresql": {
        "none": "'00000000-0000-0000-0000-000000000000'::uuid",
        "closed_day": "({r}.closed_at AT TIME ZONE 'UTC')::date",
        "created_day": "({r}.created_at AT TIME ZONE 'UTC')::date",
        "cycle": "round(extract(epoch FROM {r}.closed_at - {r}.created_at) * 1000)::bigint",
        "least": "least",
    },
}


def _d(dialect: str, key: str, r: str = "d") -> str:
    return _DIALECT["sqlite" if dialect == "sqlite" else "postgresql"][key].format(r=r)


def reach(dialect: str, r: str, skip: str = "", extra: str = "") -> str:
    """The reach stage of deal row `r`; `skip` leaves one history row out, `extra` adds stage ids."""
    hist = f"FROM deal_stage_history h WHERE h.deal_id = {r}.id{skip}"
    also = f" OR s.id IN ({extra})" if extra else ""
    furthest = (
        f"(SELECT s.id FROM stages s WHERE s.pipeline_id = {r}.pipeline_id AND NOT s.is_lost AND "
        f"(s.id IN (SELECT h.to_stage_id {hist}) OR s.id IN (SELECT h.from_stage_id {hist}){also}) "
        "ORDER BY s.position DESC LIMIT 1)"
    )
    return (
        f"CASE WHEN EXISTS (SELECT 1 FROM stages x WHERE x.id = {r}.stage_id AND x.is_lost) "
        f"THEN coalesce({furthest}, {_d(dialect, 'none')}) ELSE {r}.stage_id END"
    )


def _upsert(table: str, keys: str, sums: tuple[str, ...]) -> str:
    sets = ", ".join(f"{c} = {table}.{c} + excluded.{c}" for c in sums)
    return f" ON CONFLICT ({keys}) DO UPDATE SET {sets}"


CLOSED_KEYS = "day, pipeline_id, stage_id, owner_id, currency, has_account"
COHORT_KEYS = "day, pipeline_id, owner_id, reach_stage_id"


def closed_add(dialect: str, r: str, sign: str) -> str:
    """Add (sign 1) or take away (-1) deal row `r`'s share of deal_closed_daily."""
    return (
        f"INSERT INTO deal_closed_daily ({CLOSED_KEYS}, deals, amount_minor, cycle_ms) SELECT "
        f"{_d(dialect, 'closed_day', r)}, {r}.pipeline_id, {r}.stage_id, "
        f"coalesce({r}.owner_id, {_d(dialect, 'none')}), {r}.currency, {r}.account_id IS NOT NULL, "
        f"{sign}, {sign} * {r}.amount_minor, {sign} * {_d(dialect, 'cycle', r)} "
        f"WHERE {r}.deleted_at IS NULL AND {r}.closed_at IS NOT NULL"
        + _upsert("deal_closed_daily", CLOSED_KEYS, ("deals", "amount_minor", "cycle_ms"))
    )


def cohort_add(dialect: str, r: str, sign: str, of_deal: str = "", skip: str = "", extra: str = "") -> str:
    """Add or take away deal `r`'s share of deal_cohort_daily (`of_deal`: read `r` from deals by this id)."""
    source = f"FROM deals {r} WHERE {r}.id = {of_deal} AND" if of_deal else "WHERE"
    return (
        f"INSERT INTO deal_cohort_daily ({COHORT_KEYS}, deals) SELECT "
        f"{_d(dialect, 'created_day', r)}, {r}.pipeline_id, coalesce({r}.owner_id, {_d(dialect, 'none')}), "
        f"{reach(dialect, r, skip, extra)}, {sign} {source} {r}.deleted_at IS NULL"
        + _upsert("deal_cohort_daily", COHORT_KEYS, ("deals",))
    )


def _won(r: str) -> str:
    return (
        f"{r}.deleted_at IS NULL AND {r}.closed_at IS NOT NULL AND {r}.account_id IS NOT NULL "
        f"AND EXISTS (SELECT 1 FROM stages x WHERE x.id = {r}.stage_id AND x.is_won)"
    )


def first_won_recount(r: str) -> list[str]:
    """Recompute the first won time of the account of deal row `r`, which was a won deal."""
    return [
        f"DELETE FROM account_first_won WHERE account_id = {r}.account_id AND {_won(r)}",
        "INSERT INTO account_first_won (account_id, first_won_at) "
        f"SELECT d.account_id, min(d.closed_at) FROM deals d WHERE d.account_id = {r}.account_id "
        f"AND {_won('d')} AND {_won(r)} GROUP BY d.account_id",
    ]


def first_won_add(dialect: str, r: str) -> str:
    least = _d(dialect, "least")
    return (
        f"INSERT INTO account_first_won (account_id, first_won_at) SELECT {r}.account_id, {r}.closed_at "
        f"WHERE {_won(r)} ON CONFLICT (account_id) DO UPDATE SET "
        f"first_won_at = {least}(account_first_won.first_won_at, excluded.first_won_at)"
    )


def recompute_selects(dialect: str) -> dict[str, str]:
    """Each rollup's rows computed from the deals (set-based): the back-fill and `rapport check`."""
    none = _d(dialect, "none")
    return {
        "deal_closed_daily": (
            f"SELECT {_d(dialect, 'closed_day')}, d.pipeline_id, d.stage_id, coalesce(d.owner_id, {none}), "
            "d.currency, d.account_id IS NOT NULL, count(*), sum(d.amount_minor), "
            f"sum({_d(dialect, 'cycle')}) FROM deals d "
            "WHERE d.deleted_at IS NULL AND d.closed_at IS NOT NULL GROUP BY 1, 2, 3, 4, 5, 6"
        ),
        "deal_cohort_daily": (
            f"SELECT day, pipeline_id, owner_id, reach_stage_id, count(*) FROM (SELECT "
            f"{_d(dialect, 'created_day')} AS day, d.pipeline_id AS pipeline_id, "
            f"coalesce(d.owner_id, {none}) AS owner_id, {reach(dialect, 'd')} AS reach_stage_id "
            "FROM deals d WHERE d.deleted_at IS NULL) q GROUP BY 1, 2, 3, 4"
        ),
        "account_first_won": (
            f"SELECT d.account_id, min(d.closed_at) FROM deals d WHERE {_won('d')} GROUP BY d.account_id"
        ),
    }


COLUMNS = {
    "deal_closed_daily": f"{CLOSED_KEYS}, deals, amount_minor, cycle_ms",
    "deal_cohort_daily": f"{COHORT_KEYS}, deals",
    "account_first_won": "account_id, first_won_at",
}


def rebuild_statements(dialect: str) -> list[str]:
    selects = recompute_selects(dialect)
    out = []
    for table in ROLLUP_TABLES:
        out += [f"DELETE FROM {table}", f"INSERT INTO {table} ({COLUMNS[table]}) {selects[table]}"]
    return out


def _sqlite_triggers() -> list[str]:
    cols = "deleted_at, closed_at, created_at, stage_id, pipeline_id, owner_id, currency, amount_minor, account_id"

    def trig(name: str, when: str, body: list[str]) -> str:
        return f"CREATE TRIGGER {name} {when} BEGIN {'; '.join(body)}; END"

    new = [closed_add("sqlite", "new", "1"), cohort_add("sqlite", "new", "1"), first_won_add("sqlite", "new")]
    old = [closed_add("sqlite", "old", "-1"), cohort_add("sqlite", "old", "-1")]
    return [
        trig("deals_rollup_ai", "AFTER INSERT ON deals", new),
        # before the delete: the deal's history is still there for its reach stage
        trig("deals_rollup_bd", "BEFORE DELETE ON deals", old),
        trig("deals_rollup_ad", "AFTER DELETE ON deals", first_won_recount("old")),
        trig("deals_rollup_au", f"AFTER UPDATE OF {cols} ON deals", [*old, *new, *first_won_recount("old")]),
        trig(
            "deal_stage_history_rollup_bi",
            "BEFORE INSERT ON deal_stage_history",
            [
                cohort_add("sqlite", "d", "-1", "new.deal_id"),
                cohort_add("sqlite", "d", "1", "new.deal_id", extra="new.to_stage_id, new.from_stage_id"),
            ],
        ),
        trig(
            "deal_stage_history_rollup_bd",
            "BEFORE DELETE ON deal_stage_history",
            [
                cohort_add("sqlite", "d", "-1", "old.deal_id"),
                cohort_add("sqlite", "d", "1", "old.deal_id", skip=" AND h.id <> old.id"),
            ],
        ),
    ]


def _pg_statements() -> list[str]:
    pg = "postgresql"
    fn_deal = f"""
CREATE OR REPLACE FUNCTION rapport_deal_rollups() RETURNS trigger AS $$
DECLARE r deals;
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    r := OLD;
    {closed_add(pg, "r", "-1")};
    {cohort_add(pg, "r", "-1")};
  END IF;
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  RETURN NEW;
END $$ LANGUAGE plpgsql
"""
    fn_deal_after = f"""
CREATE OR REPLACE FUNCTION rapport_deal_rollups_after() RETURNS trigger AS $$
DECLARE r deals;
BEGIN
  IF TG_OP IN ('UPDATE', 'INSERT') THEN
    r := NEW;
    {closed_add(pg, "r", "1")};
    {cohort_add(pg, "r", "1")};
    {first_won_add(pg, "r")};
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    r := OLD;
    {"; ".join(first_won_recount("r"))};
  END IF;
  RETURN NULL;
END $$ LANGUAGE plpgsql
"""
    fn_hist = f"""
CREATE OR REPLACE FUNCTION rapport_history_rollups() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    {cohort_add(pg, "d", "-1", "NEW.deal_id")};
    {cohort_add(pg, "d", "1", "NEW.deal_id", extra="NEW.to_stage_id, NEW.from_stage_id")};
    RETURN NEW;
  END IF;
  {cohort_add(pg, "d", "-1", "OLD.deal_id")};
  {cohort_add(pg, "d", "1", "OLD.deal_id", skip=" AND h.id <> OLD.id")};
  RETURN OLD;
END $$ LANGUAGE plpgsql
"""
    cols = "deleted_at, closed_at, created_at, stage_id, pipeline_id, owner_id, currency, amount_minor, account_id"
    return [
        fn_deal,
        fn_deal_after,
        fn_hist,
        f"CREATE TRIGGER deals_rollup_before BEFORE DELETE OR UPDATE OF {cols} ON deals "
        "FOR EACH ROW EXECUTE FUNCTION rapport_deal_rollups()",
        f"CREATE TRIGGER deals_rollup_after AFTER INSERT OR DELETE OR UPDATE OF {cols} ON deals "
        "FOR EACH ROW EXECUTE FUNCTION rapport_deal_rollups_after()",
        "CREATE TRIGGER deal_stage_history_rollup BEFORE INSERT OR DELETE ON deal_stage_history "
        "FOR EACH ROW EXECUTE FUNCTION rapport_history_rollups()",
    ]


def trigger_statements(dialect: str) -> list[str]:
    return _sqlite_triggers() if dialect == "sqlite" else _pg_statements()


def create_rollup_triggers(execute: Any, dialect: str) -> None:
    for sql in trigger_statements(dialect):
        execute(sql)


def drop_rollup_triggers(execute: Any, dialect: str) -> None:
    if dialect == "sqlite":
        for name in ("ai", "bd", "ad", "au"):
            execute(f"DROP TRIGGER IF EXISTS deals_rollup_{name}")
        for name in ("bi", "bd"):
            execute(f"DROP TRIGGER IF EXISTS deal_stage_history_rollup_{name}")
        return
    execute("DROP TRIGGER IF EXISTS deals_rollup_before ON deals")
    execute("DROP TRIGGER IF EXISTS deals_rollup_after ON deals")
    execute("DROP TRIGGER IF EXISTS deal_stage_history_rollup ON deal_stage_history")
    for fn in ("rapport_deal_rollups", "rapport_deal_rollups_after", "rapport_history_rollups"):
        execute(f"DROP FUNCTION IF EXISTS {fn}()")


def rebuild_rollups(execute: Any, dialect: str) -> None:
    for sql in rebuild_statements(dialect):
        execute(sql)
