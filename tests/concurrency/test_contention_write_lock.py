"""Writes take the write lock before they read, wait for it as their caller allows, and say when they give up.

Two real processes on SQLite (tests/concurrency/lock_holder.py holds `BEGIN IMMEDIATE`); two connections
on PostgreSQL for the advisory lock that orders check-then-writes there.
"""

from __future__ import annotations

import sqlite3
import threading
import time

import pytest
from sqlalchemy import select

from app.models import Pipeline
from app.services.core.errors import DatabaseBusyError
from app.services.core.listing import ListQuery
from app.services.core.write_lock import (
    serialise_on,
    waiting_as_bulk,
    waiting_file,
    waiting_since,
    waiting_with,
)
from app.services.records.accounts import AccountInput
from tests.concurrency.lock_holder import hold


class Waiter:
    """Keeps waiting until `give_up_after` seconds, remembering how often it was asked."""

    def __init__(self, give_up_after: float = 60.0) -> None:
        self.give_up_after, self.asked, self.done = give_up_after, 0, False

    def waiting(self, seconds: float) -> bool:
        self.asked += 1
        return seconds < self.give_up_after

    def finished(self) -> None:
        self.done = True


def test_a_unit_of_work_holds_the_write_lock_from_before_its_first_read(sqlite_ctx) -> None:
    with sqlite_ctx.uow() as work:
        work.session.scalar(select(Pipeline.id))  # only a read so far: a check, say
        other = sqlite3.connect(sqlite_ctx.settings.sqlite_path, timeout=0, isolation_level=None)
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            other.execute("BEGIN IMMEDIATE")  # nobody can write between the check and the write
        other.close()


def test_a_save_waits_through_the_waiter_and_lands_when_the_other_program_commits(sqlite_ctx) -> None:
    holder = hold(sqlite_ctx.settings.sqlite_path, 1.5)
    waiter = Waiter()
    start = time.monotonic()
    with waiting_with(waiter):
        created = sqlite_ctx.accounts.create(AccountInput(name="Initech")).value
    assert time.monotonic() - start >= 1.0 and waiter.asked >= 5 and waiter.done
    assert sqlite_ctx.accounts.get(created.id).name == "Initech"
    holder.wait(10)


def test_a_waiter_that_stops_gets_a_clear_error_and_nothing_is_written(sqlite_ctx) -> None:
    holder = hold(sqlite_ctx.settings.sqlite_path, 3)
    waiter = Waiter(give_up_after=0.5)
    with (
        waiting_with(waiter),
        pytest.raises(DatabaseBusyError, match="you stopped waiting for another program"),
    ):
        sqlite_ctx.accounts.create(AccountInput(name="Initech"))
    assert waiter.done
    holder.wait(10)
    assert sqlite_ctx.accounts.count(ListQuery()) == 0


def test_without_a_waiter_a_busy_database_is_a_database_busy_error_not_a_traceback(sqlite_ctx) -> None:
    holder = hold(sqlite_ctx.settings.sqlite_path, 7)  # longer than the 5 s busy timeout
    with pytest.raises(DatabaseBusyError, match="another program has been writing to the database for 5 s"):
        sqlite_ctx.accounts.create(AccountInput(name="Initech"))
    holder.wait(10)


def test_serialise_on_makes_a_second_check_wait_for_the_first_commit(ctx) -> None:
    """PostgreSQL: two transactions checking the same key take turns (SQLite: the write lock does it)."""
    order: list[str] = []
    first_in = threading.Event()

    def first() -> None:
        with ctx.uow() as work:
            serialise_on(work.session, "pipeline-name")
            first_in.set()
            time.sleep(0.8)
            order.append("first commits")

    def second() -> None:
        first_in.wait(5)
        with ctx.uow() as work:
            serialise_on(work.session, "pipeline-name")
            order.append("second checks")

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(10)
    assert order == ["first commits", "second checks"]


def test_a_waiting_save_signals_beside_the_database_and_a_bulk_job_signals_apart(sqlite_ctx) -> None:
    """What the stepping-aside writers watch (importing/locking.py, segments/covering_index.py): a save
    that meets the lock touches DB-writer-waiting; an import's wait touches only DB-bulk-writer-waiting,
    so two imports do not make each other step aside, while an index build gives way to both."""
    engine = sqlite_ctx.engine
    assert waiting_since(engine, bulk_too=True) == 0.0  # nobody has waited yet
    holder = hold(sqlite_ctx.settings.sqlite_path, 0.6)
    started = time.time()
    with waiting_as_bulk():
        sqlite_ctx.accounts.create(AccountInput(name="Bulk waiter"))  # waits for the holder, then lands
    assert waiting_since(engine) == 0.0 and waiting_since(engine, bulk_too=True) >= started
    holder.wait(10)
    holder = hold(sqlite_ctx.settings.sqlite_path, 0.6)
    started = time.time()
    sqlite_ctx.accounts.create(AccountInput(name="Editor"))
    assert waiting_since(engine) >= started
    path = waiting_file(engine)
    assert path is not None and path.name == f"{sqlite_ctx.settings.sqlite_path.name}-writer-waiting"
    assert path.stat().st_mode & 0o777 == 0o600
    holder.wait(10)
