"""An import searches look-alikes before it takes the write lock (importing/ahead.py) and checks the
answer inside the lock: a record saved, edited or trashed in between by another program changes the
report exactly as if the whole search had run in the lock.

"In between" is made real: the look-ahead is wrapped so that another unit of work commits right after
it, before the import's own transaction starts.
"""

from __future__ import annotations

import time
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from app.services.importing import engine as import_engine
from app.services.importing.csv_read import read_table
from app.services.importing.engine import RecordImportService, RecordImportSpec
from app.services.importing.mapping import known_headers, suggest
from app.services.records.contacts import ContactInput

FILE = "First Name,Last Name,Email,City\nGrace,Hopper,,Arlington\nAlan,Turing,,London\n"


def _import(ctx: Any, tmp_path: Path, **options: Any) -> Any:
    path = tmp_path / "people.csv"
    path.write_text(FILE, encoding="utf-8")
    table = read_table(path, known_headers=known_headers("contacts"))
    spec = RecordImportSpec(suggest("contacts", table.headers), **options)
    return RecordImportService(ctx.uow).run("contacts", table, spec).value


@pytest.fixture
def between(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """Actions committed after the look-ahead and before the import's write transaction."""
    actions: list[Any] = []
    original = import_engine.look_ahead_for

    def look_ahead_then_others_write(*args: Any) -> Any:
        found = original(*args)
        for action in actions:
            action()
        return found

    monkeypatch.setattr(import_engine, "look_ahead_for", look_ahead_then_others_write)
    return actions


def test_a_look_alike_saved_after_the_look_ahead_is_still_reported(ctx, tmp_path, between) -> None:
    made: list[Any] = []
    between.append(
        lambda: made.append(
            ctx.contacts.create(ContactInput(last_name="Hopper", first_name="Grace", city="Arlington")).value
        )
    )
    report = _import(ctx, tmp_path, skip_likely=True)
    assert [(r.row, r.existing_id) for r in report.likely] == [(2, made[0].id)]
    assert (report.created, report.skipped) == (1, 1)


def test_a_look_alike_trashed_after_the_look_ahead_is_not_reported(ctx, tmp_path, between) -> None:
    grace = ctx.contacts.create(ContactInput(last_name="Hopper", first_name="Grace", city="Arlington")).value
    between.append(lambda: ctx.contacts.delete([grace.id]))
    report = _import(ctx, tmp_path, skip_likely=True)
    assert report.likely == () and (report.created, report.skipped) == (2, 0)


def test_an_edit_that_makes_a_look_alike_after_the_look_ahead_is_reported(ctx, tmp_path, between) -> None:
    other = ctx.contacts.create(ContactInput(last_name="Lovelace", first_name="Ada", city="London")).value

    def rename() -> None:
        detail = ctx.contacts.get(other.id)
        renamed = replace(detail.as_input(), last_name="Turing", first_name="Alan")
        ctx.contacts.update(other.id, renamed, detail.version)

    between.append(rename)
    report = _import(ctx, tmp_path)
    assert [(r.row, r.existing_id) for r in report.likely] == [(3, other.id)]


def test_with_nothing_written_in_between_the_look_ahead_answers(ctx, tmp_path, monkeypatch) -> None:
    grace = ctx.contacts.create(ContactInput(last_name="Hopper", first_name="Grace", city="Arlington")).value
    time.sleep(0.05)  # saved before the import starts, not "in between" (ahead.CLOCK_MARGIN)
    searches: list[int] = []
    from app.services.importing import writing

    original = writing.likely_among

    def counted(*args: Any) -> Any:
        searches.append(len(args[2]))
        return original(*args)

    monkeypatch.setattr(writing, "likely_among", counted)
    report = _import(ctx, tmp_path)
    assert [(r.row, r.existing_id) for r in report.likely] == [(2, grace.id)]
    in_lock = 0 if ctx.engine.dialect.name == "sqlite" else 1  # PostgreSQL: no editor waits; searched in
    assert len(searches) == in_lock
