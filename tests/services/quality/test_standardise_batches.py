"""Standardisation writes in short transactions and a cancel puts back what was already written."""

from __future__ import annotations

import pytest

from app.services.core.listing import ListQuery
from app.services.quality import standardise
from app.services.quality.standardise import StandardiseCancelled
from app.services.records.contacts import ContactInput


def _shouting(ctx, n: int) -> None:
    for i in range(n):
        ctx.contacts.create(ContactInput(last_name=f"SMITH{i}", first_name="JOHN", city="BERLIN"))


def test_apply_commits_in_batches_each_its_own_change_record(ctx, monkeypatch) -> None:
    monkeypatch.setattr(standardise, "BATCH_RECORDS", 2)
    monkeypatch.setattr(standardise, "PAUSE_SECONDS", 0)
    _shouting(ctx, 5)
    heard = []
    ctx.bus.subscribe(heard.append)
    changes = ctx.standardise.propose("contact")
    outcome = ctx.standardise.apply(changes)
    assert outcome.value == 5 and len(outcome.changes.ids("contact")) == 5
    assert [len(c.ids("contact")) for c in heard] == [2, 2, 1]  # three transactions
    rows = ctx.contacts.page(ListQuery(), 0, 10, 5).rows
    assert {(r.first_name, r.city) for r in rows} == {("John", "Berlin")}


def test_cancel_after_a_batch_puts_it_back(ctx, monkeypatch) -> None:
    monkeypatch.setattr(standardise, "BATCH_RECORDS", 2)
    monkeypatch.setattr(standardise, "PAUSE_SECONDS", 0)
    _shouting(ctx, 5)
    changes = ctx.standardise.propose("contact")
    calls = []

    def progress(done: int, total: int) -> bool:
        calls.append(done)
        return done < 4  # cancel when two batches are in

    with pytest.raises(StandardiseCancelled, match="nothing was changed"):
        ctx.standardise.apply(changes, progress)
    assert calls == [0, 2, 4]
    rows = ctx.contacts.page(ListQuery(), 0, 10, 5).rows
    assert {(r.first_name, r.city) for r in rows} == {("JOHN", "BERLIN")}
