"""A change record says who made it (user, process, origin), so a view skips only its own changes."""

from __future__ import annotations

import contextvars
import os
import threading
import uuid
from dataclasses import replace

from app.context import AppContext
from app.services.core.changes import ChangeBus, ChangeKind, ChangeSet
from app.services.core.initiator import Initiator, acting_as, current_origin, new_origin
from app.services.records.accounts import AccountInput
from tests.fakes import fake_uow, touch


def test_the_unit_of_work_records_the_user_the_process_and_the_origin() -> None:
    user = uuid.uuid4()
    heard: list[ChangeSet] = []
    bus = ChangeBus()
    bus.subscribe(heard.append)
    uow = fake_uow(user, bus)
    with acting_as("board#1"):
        made = touch(uow)
    assert made.initiator == Initiator(user, os.getpid(), "board#1")
    assert heard == [made] and heard[0].initiator is made.initiator
    assert touch(uow).initiator == Initiator(user, os.getpid(), None)  # outside: no origin


def test_the_origin_is_the_one_in_force_when_the_work_opens() -> None:
    uow = fake_uow()
    with uow() as work, acting_as("late"):  # the work opens first, then a view says who it is
        work.changed("deal", ChangeKind.UPDATED, [uuid.uuid4()])
    assert work.changes.initiator is not None and work.changes.initiator.origin is None
    with acting_as("outer"):
        with acting_as("inner"):
            assert touch(uow).initiator.origin == "inner"  # type: ignore[union-attr]
        assert current_origin() == "outer"
    assert current_origin() is None


def test_made_by_is_true_for_this_process_and_this_origin_only() -> None:
    with acting_as("board#1"):
        mine = touch(fake_uow(uuid.uuid4()))
    assert mine.made_by("board#1")
    assert not mine.made_by("board#2") and not mine.made_by(None)
    assert mine.initiator is not None
    elsewhere = replace(mine, initiator=replace(mine.initiator, process_id=os.getpid() + 1))
    assert not elsewhere.made_by("board#1")  # the same token in another process is someone else
    assert not touch(fake_uow()).made_by(None)  # "no origin" is nobody's own change
    assert not ChangeSet(mine.changes).made_by("board#1")


def test_new_origins_never_repeat() -> None:
    tokens = {new_origin("board") for _ in range(1000)}
    assert len(tokens) == 1000 and all(t.startswith("board#") for t in tokens)


def test_a_listener_reacts_as_nobody_not_as_the_publisher() -> None:
    """A page that writes in reaction to a change must not make it look like the publisher's own."""
    bus = ChangeBus()
    reacted: list[str | None] = []
    bus.subscribe(lambda changes: reacted.append(current_origin()))
    uow = fake_uow(bus=bus)
    with acting_as("builder#1"):
        touch(uow)
        assert current_origin() == "builder#1"
    assert reacted == [None]


def test_a_plain_thread_loses_the_origin_and_a_copied_context_keeps_it() -> None:
    """Why ThreadJob and Latest run their work in `copy_context()`: a new thread starts empty."""
    uow = fake_uow()
    seen: dict[str, ChangeSet] = {}
    with acting_as("importer#1"):
        plain = threading.Thread(target=lambda: seen.update(plain=touch(uow)))
        context = contextvars.copy_context()
        carried = threading.Thread(target=lambda: context.run(lambda: seen.update(carried=touch(uow))))
    for thread in (plain, carried):
        thread.start()
        thread.join()
    assert seen["plain"].initiator is not None and seen["plain"].initiator.origin is None
    assert seen["carried"].made_by("importer#1")


def test_worker_changes_published_later_keep_who_made_them(ctx: AppContext) -> None:
    """A worker's unbroadcast change record, published afterwards on this thread, is still the worker's."""
    heard: list[ChangeSet] = []
    ctx.bus.subscribe(heard.append)
    worker = ctx.unbroadcast()
    result = {}
    with acting_as("import#7"):
        context = contextvars.copy_context()
    thread = threading.Thread(
        target=context.run, args=(lambda: result.update(out=worker.accounts.create(AccountInput(name="W"))),)
    )
    thread.start()
    thread.join()
    assert heard == []
    changes = result["out"].changes
    ctx.bus.publish(changes)  # from this thread, outside any acting_as
    assert heard == [changes]
    assert ctx.current_user is not None
    assert heard[0].initiator == Initiator(ctx.current_user.id, os.getpid(), "import#7")
    assert heard[0].made_by("import#7")


def test_a_services_change_record_carries_the_signed_in_user_and_origin(ctx: AppContext) -> None:
    assert ctx.current_user is not None
    with acting_as("accounts-page#1"):
        created = ctx.accounts.create(AccountInput(name="Initech"))
    assert created.changes.initiator == Initiator(ctx.current_user.id, os.getpid(), "accounts-page#1")
    edited = ctx.accounts.update(created.value.id, AccountInput(name="Initech AG"), created.value.version)
    assert edited.changes.initiator == Initiator(ctx.current_user.id, os.getpid(), None)
