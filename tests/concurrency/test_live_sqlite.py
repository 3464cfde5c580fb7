"""SQLite live refresh: a real `rapport` process writes to the file the app has open; the app's bus hears it."""

from __future__ import annotations

import queue
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.context import AppContext
from app.services.core.changes import ChangeSet
from app.services.core.live import start_live
from app.services.core.live.sqlite_poller import SqlitePoller
from app.services.records.contacts import ContactInput
from tests.concurrency.cli_process import open_paths, rapport


@pytest.fixture
def live(sqlite_ctx: AppContext) -> Iterator[tuple[AppContext, queue.Queue[ChangeSet], SqlitePoller]]:
    got: queue.Queue[ChangeSet] = queue.Queue()
    sqlite_ctx.bus.subscribe(lambda changes: got.put(changes) if changes.remote else None)
    poller = start_live(
        sqlite_ctx.engine, sqlite_ctx.bus, sqlite_ctx.uow.live_tag, sqlite_ctx.uow.local_audit
    )
    assert isinstance(poller, SqlitePoller)
    assert poller.ready.wait(5)
    yield sqlite_ctx, got, poller
    poller.stop()


def _db(ctx: AppContext) -> str:
    return str(ctx.engine.url.database)


def test_an_import_by_another_process_is_published_as_contacts_changed(
    live: tuple[AppContext, queue.Queue[ChangeSet], SqlitePoller], tmp_path: Path
) -> None:
    ctx, got, _poller = live
    ada = ctx.contacts.create(ContactInput(last_name="Lovelace", email="ada@example.com")).value
    csv = tmp_path / "people.csv"
    csv.write_text("Last name,Email,City\nLovelace,ada@example.com,London\nHopper,grace@example.com,NYC\n")
    fds_before = open_paths(Path(_db(ctx)).name)
    done = rapport("import", "contacts", str(csv), "--db", _db(ctx))
    assert done.returncode == 0, done.stderr
    everything = [got.get(timeout=2.0), *_drain(got)]
    created = [c for cs in everything for c in cs.changes if c.entity == "contact" and c.kind == "created"]
    assert created and all(not c.ids for c in created)  # an import: "contacts changed", refresh the list
    assert ada.id in set().union(*(cs.ids("contact") for cs in everything))  # the matched Ada was updated
    assert open_paths(Path(_db(ctx)).name).keys() == fds_before.keys(), "the poller opened or closed a handle"


def test_the_apps_own_saves_are_not_published_again(
    live: tuple[AppContext, queue.Queue[ChangeSet], SqlitePoller],
) -> None:
    ctx, got, poller = live
    made = ctx.contacts.create(ContactInput(last_name="Own")).value
    ctx.contacts.update(made.id, ContactInput(last_name="Own save"), made.version)
    with pytest.raises(queue.Empty):
        got.get(timeout=1.0)
    assert poller.published == 0


def test_a_field_edit_by_another_process_names_the_record(
    live: tuple[AppContext, queue.Queue[ChangeSet], SqlitePoller], tmp_path: Path
) -> None:
    ctx, got, _poller = live
    grace = ctx.contacts.create(ContactInput(last_name="Hopper", email="grace@example.com")).value
    csv = tmp_path / "update.csv"
    csv.write_text("Last name,Email,City\nHopper,grace@example.com,Arlington\n")
    done = rapport("import", "contacts", str(csv), "--db", _db(ctx), "--on-match", "update")
    assert done.returncode == 0, done.stderr
    ids: set[object] = set()
    for changes in [got.get(timeout=2.0), *_drain(got, 0.5)]:
        ids |= changes.ids("contact")
    assert grace.id in ids
    assert ctx.contacts.get(grace.id).city == "Arlington"


def _drain(got: queue.Queue[ChangeSet], wait: float = 0.3) -> list[ChangeSet]:
    out = []
    while True:
        try:
            out.append(got.get(timeout=wait))
        except queue.Empty:
            return out


def test_a_write_nobody_audited_still_refreshes_the_main_lists(
    live: tuple[AppContext, queue.Queue[ChangeSet], SqlitePoller],
) -> None:
    """Another program changed the file and left no audit row saying what (or one older than the
    look-back): the main record types are published as changed rather than nothing."""
    import subprocess
    import sys

    ctx, got, _poller = live
    ada = ctx.contacts.create(ContactInput(last_name="Lovelace")).value
    time.sleep(0.6)  # the poller has seen our own save (a look that sees ours and theirs at once skips)
    script = (
        "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); c.execute('PRAGMA busy_timeout=5000');"
        " c.execute(\"UPDATE contacts SET city = 'Marlow'\"); c.commit(); c.close()"
    )
    subprocess.run([sys.executable, "-c", script, _db(ctx)], check=True, timeout=30)
    changes = got.get(timeout=2.0)
    assert changes.touches("contact", "account", "deal") and changes.ids("contact") == frozenset()
    now = ctx.contacts.get(ada.id)
    assert now.city == "Marlow"
    ctx.contacts.update(ada.id, ContactInput(last_name="Lovelace", city="Oxford"), now.version)
    with pytest.raises(queue.Empty):  # our own save is not taken for an unsaid one
        got.get(timeout=1.0)
