"""Work handed to a worker (ThreadJob, Latest) is still attributed to the view that asked for it."""

from __future__ import annotations

from app.services.core.changes import ChangeSet
from app.services.core.initiator import acting_as
from app.services.records.accounts import AccountInput
from app.views.common.background import Latest
from app.views.common.change_relay import ChangeRelay
from app.views.common.thread_job import ThreadJob


def test_a_thread_job_carries_the_origin_of_the_view_that_made_it(qtbot, ctx) -> None:
    relay = ChangeRelay(ctx.bus)
    heard: list[ChangeSet] = []
    relay.changed.connect(heard.append)
    worker = ctx.unbroadcast()
    with acting_as("standardise#1"):
        job = ThreadJob(lambda progress: worker.accounts.create(AccountInput(name="Worker GmbH")))
    job.thread.start()  # started outside the block: the job took the origin when it was made
    job.thread.join()
    assert not job.error and heard == []
    ctx.bus.publish(job.result.changes)  # on the GUI thread, as the pages do
    relay.close()
    assert len(heard) == 1 and heard[0].touches("account")
    assert heard[0].made_by("standardise#1") and not heard[0].made_by("board#1")
    assert heard[0].initiator.user_id == ctx.current_user.id


def test_latest_runs_each_call_as_the_view_that_submitted_it(qtbot, ctx) -> None:
    worker = ctx.unbroadcast()
    latest = Latest()

    def create(name: str) -> ChangeSet:
        return worker.accounts.create(AccountInput(name=name)).changes

    with qtbot.waitSignal(latest.done, timeout=5000) as first, acting_as("dashboard#1"):
        latest.submit(create, "One")
    assert first.args[0].made_by("dashboard#1")
    with qtbot.waitSignal(latest.done, timeout=5000) as second:
        latest.submit(create, "Two")  # no view said who it is
    assert second.args[0].initiator.origin is None
    latest.wait()
