"""Property: laptops editing, creating and deleting offline, syncing in any order with interruptions,
all end with the server's data, and every value anyone wrote is still there, in a conflict list, or was
knowingly overwritten by someone who had it in front of them."""

from __future__ import annotations

import shutil
import tempfile
from contextlib import suppress
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from app.config import Settings
from app.context import AppContext
from app.db import make_engine
from app.models import Contact
from app.services.core.errors import RapportError
from app.services.records.contacts import ContactInput
from app.services.sync.conflicts import open_conflicts
from app.services.sync.engine import run_sync
from app.services.sync.setup import make_replica
from app.services.sync.values import canon_row
from tests.conftest import _truncate_all
from tests.fuzz_profile import LONG
from tests.services.sync.conftest import EMAIL, edit

FIELDS = ("title", "city")
SIDES = 3  # side 0 is the office server, 1 and 2 are laptops


class Interrupted(Exception):
    """Stands for a sync killed between the server's commit and the replica's."""


def _stop() -> None:
    raise Interrupted


op = st.one_of(
    st.tuples(st.just("edit"), st.integers(0, SIDES - 1), st.integers(0, 5), st.sampled_from(FIELDS)),
    st.tuples(st.just("create"), st.integers(0, SIDES - 1), st.just(0), st.just("")),
    st.tuples(st.just("delete"), st.integers(0, SIDES - 1), st.integers(0, 5), st.just("")),
    st.tuples(st.just("sync"), st.integers(1, SIDES - 1), st.booleans(), st.just("")),
)


@settings(max_examples=300 if LONG else 6, deadline=None)
@given(st.lists(op, min_size=5, max_size=25))
def test_replicas_converge_and_lose_no_value(pg_url, sqlite_template, ops):
    _truncate_all(pg_url)
    with tempfile.TemporaryDirectory() as tmp:
        office = AppContext.open(Settings(db_url=pg_url, user_email=EMAIL))
        sides = [office]
        try:
            ids = [office.contacts.create(ContactInput(last_name=f"C{i}")).value.id for i in range(3)]
            for n in range(1, SIDES):
                path = Path(tmp) / f"laptop{n}.db"
                shutil.copyfile(sqlite_template, path)
                engine = make_engine(f"sqlite:///{path}")
                make_replica(office.sessions, engine, pg_url, EMAIL)
                engine.dispose()
                sides.append(AppContext.open(Settings(db_url=f"sqlite:///{path}", user_email=EMAIL)))
            _play(sides, ids, ops)
        finally:
            for side in sides:
                side.close()


def _play(sides, ids, ops):  # type: ignore[no-untyped-def]
    written: set[str] = set()
    superseded: set[str] = set()
    for n, (kind, side, arg, field) in enumerate(ops):
        ctx = sides[side]
        try:
            if kind == "edit":
                record = ids[arg % len(ids)]
                old = getattr(ctx.contacts.get(record), field)
                value = f"s{side}-{n}"
                edit(ctx, record, **{field: value})
                written.add(value)
                superseded.add(old)
            elif kind == "create":
                ids.append(ctx.contacts.create(ContactInput(last_name=f"New {n}")).value.id)
            elif kind == "delete":
                ctx.contacts.delete([ids[arg % len(ids)]])
            else:
                with suppress(Interrupted):
                    run_sync(sides[0].sessions, ctx.engine, after_server_commit=_stop if arg else None)
        except RapportError:
            pass  # not on this side yet, or already deleted: the user could not have done it
    for _round in range(2):
        for ctx in sides[1:]:
            run_sync(sides[0].sessions, ctx.engine)
    server = _contacts(sides[0])
    for ctx in sides[1:]:
        assert _contacts(ctx) == server
    kept = {row[f] for row in server.values() for f in FIELDS}
    for ctx in sides[1:]:
        for c in open_conflicts(ctx.engine):
            kept |= {c.mine, c.theirs}
    assert written - kept - superseded == set()


def _contacts(ctx):  # type: ignore[no-untyped-def]
    with ctx.sessions() as s:
        return {
            c["id"]: c for c in (canon_row(dict(r)) for r in s.execute(select(Contact.__table__)).mappings())
        }
