"""Start-up's first page of contacts, read with plain sqlite3, is the Contacts list's first page."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from app.config import Settings
from app.context import AppContext
from app.services.core.first_page import CONTACT_SORTS, FirstPageReader, reader_for
from app.services.core.listing import ListQuery
from app.services.records.accounts import AccountInput
from app.services.records.contacts import ContactInput, MembershipInput


@pytest.fixture
def filled(sqlite_ctx: AppContext) -> AppContext:
    """Contacts with equal names (the id breaks the tie), empty fields, an owner, a birthday, one trashed."""
    ctx = sqlite_ctx
    ctx.sign_in("owner@example.com")
    firms = [ctx.accounts.create(AccountInput(name=f"Firm {n}")).value.id for n in ("B", "A")]
    names = ["Zeta", "alpha", "Alpha", "Émile", "Mueller", "Müller", "Baker", "Baker", "Baker", "O'Neil"]
    for i, last in enumerate(names):
        ctx.contacts.create(
            ContactInput(
                last_name=last,
                first_name=["Ann", "", "Bo", "Cy"][i % 4],
                email=f"p{i}@x.example" if i % 3 else "",
                memberships=() if i % 2 else (MembershipInput(firms[i % 4 // 2], "", True),),
                city=["Berlin", "", "Aachen"][i % 3],
                country=["DE", "GB", ""][i % 3],
                owner_id=ctx.current_user.id if i % 2 else None,
                birthday=date(1980, 1, i + 1) if i % 4 == 0 else None,
            )
        )
    gone = ctx.contacts.create(ContactInput(last_name="Aaron", first_name="Trashed"))
    ctx.contacts.delete([gone.value.id])
    return ctx


def _orm_page(ctx: AppContext, sort: str, descending: bool) -> list:
    query = ListQuery(sort=sort, descending=descending)
    total = ctx.contacts.count(query)
    return list(ctx.contacts.page(query, 0, 200, total).rows)


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("sort", sorted(CONTACT_SORTS))
def test_the_first_page_is_the_lists_first_page_in_every_sort(
    filled: AppContext, sort: str, descending: bool
):
    reader = FirstPageReader(filled.settings.sqlite_path)
    page = reader.contacts(sort, descending)
    expected = _orm_page(filled, sort, descending)
    assert page is not None and page.total == filled.contacts.count(ListQuery()) == 10
    assert [r["id"] for r in page.rows] == [row.id.hex for row in expected]
    for got, row in zip(page.rows, expected, strict=True):
        assert (got["last_name"], got["first_name"], got["email"], got["company"]) == (
            row.last_name,
            row.first_name,
            row.email,
            row.company,
        )
        assert (got["owner"], got["updated_at"], got["birthday"]) == (row.owner, row.updated_at, row.birthday)


def test_only_a_limit_of_rows_is_read(filled: AppContext):
    page = FirstPageReader(filled.settings.sqlite_path).contacts(limit=3)
    assert page is not None and len(page.rows) == 3 and page.total == 10


@pytest.mark.parametrize("sort", sorted(CONTACT_SORTS))
def test_each_sort_walks_its_index_without_sorting(filled: AppContext, sort: str):
    plan = " | ".join(FirstPageReader(filled.settings.sqlite_path).query_plan(sort, descending=True))
    assert "USING INDEX ix_contacts_live_" in plan and "TEMP B-TREE" not in plan, plan


def test_a_database_at_another_revision_takes_the_normal_path(filled: AppContext):
    path = filled.settings.sqlite_path
    with filled.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '0001'")
    assert FirstPageReader(path).contacts() is None


def test_a_sort_by_a_custom_field_takes_the_normal_path(filled: AppContext):
    assert FirstPageReader(filled.settings.sqlite_path).contacts("custom.tier") is None


def test_no_reader_for_a_missing_file_or_a_server_database(tmp_path: Path):
    missing = tmp_path / "typo.db"
    assert reader_for(missing) is None and not missing.exists()  # never a new empty database
    assert reader_for(None) is None


def test_a_path_with_uri_characters_is_read(tmp_path: Path, sqlite_template: Path):
    odd = tmp_path / "db #1 ?50% off"
    odd.mkdir()
    path = odd / "crm?.db"
    path.write_bytes(sqlite_template.read_bytes())
    page = FirstPageReader(path).contacts()
    assert page is not None and page.total == 0 and page.rows == ()


def test_custom_fields_are_counted_for_their_columns(filled: AppContext):
    from app.services.core.custom_fields import FieldInput

    filled.custom_fields.create(FieldInput(entity_type="contact", label="Tier", kind="text"))
    assert FirstPageReader(filled.settings.sqlite_path).custom_field_count("contact") == 1
    assert FirstPageReader(filled.settings.sqlite_path).custom_field_count("account") == 0


def test_the_engine_adopts_the_readers_connection(tmp_path: Path, sqlite_template: Path):
    path = tmp_path / "adopt.db"
    path.write_bytes(sqlite_template.read_bytes())
    reader = FirstPageReader(path)
    assert reader.contacts() is not None
    ctx = AppContext.open(Settings(db_url=f"sqlite:///{path}"), first_connection=reader.connection)
    try:
        raw = ctx.engine.raw_connection()
        try:
            assert raw.driver_connection is reader.connection  # no second handle beside it
            mode = reader.connection.execute("PRAGMA foreign_keys").fetchone()
            assert mode == (1,)  # the engine's pragmas were set on it too
        finally:
            raw.close()
        assert ctx.contacts.count(ListQuery()) == 0
    finally:
        ctx.close()
    with pytest.raises(sqlite3.ProgrammingError):  # the engine owned it and closed it with the app
        reader.connection.execute("SELECT 1")
