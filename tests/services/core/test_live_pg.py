"""The real NOTIFY path: one context writes, another context's bus has the change within a second."""

from __future__ import annotations

import queue
import time
from collections.abc import Iterator

import pytest

from app.config import Settings
from app.context import AppContext
from app.services.core.changes import ChangeSet
from app.services.core.errors import ValidationError
from app.services.core.live import start_live
from app.services.core.live.pg_listener import PgListener
from app.services.records.contacts import ContactInput
from tests.conftest import _truncate_all


@pytest.fixture
def pair(pg_url: str) -> Iterator[tuple[AppContext, AppContext]]:
    _truncate_all(pg_url)
    one = AppContext.open(Settings(db_url=pg_url, user_email="one@example.com"))
    two = AppContext.open(Settings(db_url=pg_url, user_email="two@example.com"))
    yield one, two
    one.close()
    two.close()


def _listen(ctx: AppContext) -> tuple[PgListener, queue.Queue[ChangeSet]]:
    got: queue.Queue[ChangeSet] = queue.Queue()
    ctx.bus.subscribe(lambda changes: got.put(changes) if changes.remote else None)
    listener = start_live(ctx.engine, ctx.bus, ctx.uow.live_tag, ctx.uow.local_audit)
    assert isinstance(listener, PgListener)
    assert listener.ready.wait(5), "the listener never started listening"
    return listener, got


def test_a_colleagues_save_reaches_the_other_context_within_a_second(
    pair: tuple[AppContext, AppContext],
) -> None:
    one, two = pair
    mine, _mine_got = _listen(one)
    theirs, got = _listen(two)
    try:
        started = time.monotonic()
        made = one.contacts.create(ContactInput(last_name="Lovelace", email="ada@example.com")).value
        changes = got.get(timeout=1.0)
        assert time.monotonic() - started < 1.0
        assert changes.ids("contact") == {made.id}
        assert changes.initiator is not None and changes.initiator.user_id == one.current_user.id  # type: ignore[union-attr]
        one.contacts.update(made.id, ContactInput(last_name="Byron", email="ada@example.com"), made.version)
        assert got.get(timeout=1.0).ids("contact") == {made.id}
        time.sleep(0.3)
        assert _mine_got.empty(), "a context must not hear its own changes back as remote ones"
    finally:
        mine.stop()
        theirs.stop()


def test_a_rolled_back_write_notifies_nobody(pair: tuple[AppContext, AppContext]) -> None:
    one, two = pair
    listener, got = _listen(two)
    try:
        with pytest.raises(ValidationError):
            one.contacts.create(ContactInput(last_name="", email="not an email"))
        one.contacts.create(ContactInput(last_name="Next"))
        first = got.get(timeout=1.0)  # the next commit arrives; the refused one never did
        assert first.touches("contact") and len(first.ids("contact")) == 1
        assert got.empty()
    finally:
        listener.stop()


def test_a_thousand_record_commit_arrives_as_one_change_record(pair: tuple[AppContext, AppContext]) -> None:
    one, two = pair
    listener, got = _listen(two)
    try:
        with one.uow() as work:
            from app.models import uuid7_many
            from app.services.core.changes import ChangeKind

            ids = uuid7_many(1000)
            work.changed("contact", ChangeKind.UPDATED, ids)
        changes = got.get(timeout=5.0)  # what counts here is one record for all; the latency test is above
        assert changes.ids("contact") == set(ids)
        time.sleep(0.2)
        assert got.empty()
    finally:
        listener.stop()
