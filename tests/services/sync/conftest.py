"""Sync fixtures: the office is the real PostgreSQL server of the test run (RAPPORT_TEST_PG_URL), each
laptop a replica in its own SQLite file made from it by `make_replica`."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from app.config import Settings
from app.context import AppContext
from app.services.records.contacts import ContactInput
from app.services.sync.engine import SyncReport, run_sync
from app.services.sync.setup import make_replica
from tests.conftest import _truncate_all

EMAIL = "rep@example.com"


@dataclass
class Laptop:
    ctx: AppContext
    office: AppContext
    path: Path

    def sync(self) -> SyncReport:
        return run_sync(self.office.sessions, self.ctx.engine)


@pytest.fixture
def office(pg_url: str) -> Iterator[AppContext]:
    _truncate_all(pg_url)
    context = AppContext.open(Settings(db_url=pg_url, user_email=EMAIL))
    yield context
    context.close()


@pytest.fixture
def laptop_factory(
    office: AppContext, tmp_path: Path, sqlite_template: Path
) -> Iterator[Callable[[str], Laptop]]:
    made: list[Laptop] = []

    def make(name: str) -> Laptop:
        path = tmp_path / f"{name}.db"
        shutil.copyfile(sqlite_template, path)
        from app.db import make_engine

        engine = make_engine(f"sqlite:///{path}")
        make_replica(office.sessions, engine, office.settings.db_url, EMAIL)
        engine.dispose()
        laptop = Laptop(AppContext.open(Settings(db_url=f"sqlite:///{path}", user_email=EMAIL)), office, path)
        made.append(laptop)
        return laptop

    yield make
    for laptop in made:
        laptop.ctx.close()


def edit(ctx: AppContext, contact_id, **fields: object):  # type: ignore[no-untyped-def]
    """Change some fields of a contact through the contacts service, keeping the others."""
    d = ctx.contacts.get(contact_id)
    current = {
        name: getattr(d, name)
        for name in ("last_name", "first_name", "email", "title", "city", "status", "owner_id", "notes")
    }
    current.update(fields)
    return ctx.contacts.update(contact_id, ContactInput(**current), expected_version=d.version).value  # type: ignore[arg-type]
