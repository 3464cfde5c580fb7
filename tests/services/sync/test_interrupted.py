"""A sync killed at any moment (a real process, SIGKILL) resumes with exactly the result of one whole sync."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import func, select

from app.models import Contact
from app.services.records.contacts import ContactInput
from app.services.sync.conflicts import open_conflicts
from app.services.sync.status import sync_status
from tests.services.sync.conftest import edit

ROOT = Path(__file__).resolve().parents[3]


def _worker(laptop, *extra: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    args = [
        sys.executable,
        "-m",
        "tests.services.sync.sync_worker",
        laptop.office.settings.db_url,
        str(laptop.path),
    ]
    return subprocess.Popen([*args, *extra], stdout=subprocess.PIPE, text=True, cwd=ROOT, env=env)


def _offline_work(office, laptop):  # type: ignore[no-untyped-def]
    shared = office.contacts.create(ContactInput(last_name="Shared")).value
    clash = office.contacts.create(ContactInput(last_name="Clash")).value
    laptop.sync()
    created = [laptop.ctx.contacts.create(ContactInput(last_name=f"Offline {i}")).value.id for i in range(30)]
    edit(laptop.ctx, shared.id, title="From the laptop")
    edit(office, shared.id, city="From the office")
    edit(laptop.ctx, clash.id, title="Mine")
    edit(office, clash.id, title="Theirs")
    return shared.id, clash.id, created


def _check(office, laptop, shared_id, clash_id, created):  # type: ignore[no-untyped-def]
    for side in (office, laptop.ctx):
        got = side.contacts.get(shared_id)
        assert (got.title, got.city) == ("From the laptop", "From the office")
        assert side.contacts.get(clash_id).title == "Theirs"
        with side.sessions() as s:
            assert s.scalar(select(func.count()).select_from(Contact)) == 32
            assert set(created) <= set(s.scalars(select(Contact.id)))
    conflicts = open_conflicts(laptop.ctx.engine)
    assert [(c.field, c.mine, c.theirs) for c in conflicts] == [("title", "Mine", "Theirs")]
    assert sync_status(laptop.ctx.engine).pending == 0


def test_killed_between_the_servers_commit_and_the_replicas_the_next_sync_applies_nothing_twice(
    office, laptop_factory
):
    laptop = laptop_factory("a")
    shared_id, clash_id, created = _offline_work(office, laptop)
    worker = _worker(laptop, "hold")
    assert worker.stdout is not None
    assert worker.stdout.readline().strip() == "starting"
    assert worker.stdout.readline().strip() == "server committed"
    worker.send_signal(signal.SIGKILL)
    worker.wait()
    assert sync_status(laptop.ctx.engine).pending == 32  # the replica's side never committed
    laptop.sync()
    _check(office, laptop, shared_id, clash_id, created)
    again = laptop.sync()
    assert (again.pushed, again.pulled, again.conflicts) == (0, 0, 0)


def test_syncs_killed_at_random_moments_end_as_one_whole_sync(office, laptop_factory):
    laptop = laptop_factory("a")
    shared_id, clash_id, created = _offline_work(office, laptop)
    rng = random.Random(19)
    kills = 0
    for _attempt in range(10):
        worker = _worker(laptop)
        assert worker.stdout is not None
        assert worker.stdout.readline().strip() == "starting"
        time.sleep(rng.uniform(0.0, 0.12))  # a sync of these rows takes about 0.1 s: killed anywhere in it
        if worker.poll() is None:
            worker.send_signal(signal.SIGKILL)
            kills += 1
        worker.wait()
    laptop.sync()
    _check(office, laptop, shared_id, clash_id, created)
    assert kills > 0
