"""SQLite live refresh: a real `rapport` process writes to the file the app has open; the app's bus hears it."""

from __future__ import annotations

import queue
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
