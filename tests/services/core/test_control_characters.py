"""Text refuses control characters and NUL bytes, naming the field, the character and its position.

On both backends: PostgreSQL cannot store NUL at all, and an XLSX export cannot hold most C0 controls.
"""

from __future__ import annotations

import pytest
from openpyxl import load_workbook
from sqlalchemy import text

from app.services.core.errors import ValidationError
from app.services.core.listing import ListQuery
from app.services.core.validation import control_character_error, strip_control_characters
from app.services.importing.csv_read import read_table
from app.services.importing.engine import RecordImportService, RecordImportSpec
from app.services.importing.export import list_rows, row_cells, write_table
from app.services.records.contacts import ContactInput
from app.services.segments.service import SegmentInput


def test_the_message_names_the_field_the_character_and_its_position() -> None:
    assert str(control_character_error("name\x01", "name")) == (
        "name: contains a control character (U+0001) at position 5; remove it"
    )
    assert "NUL byte (U+0000) at position 1" in str(control_character_error("\x00x", "city"))
    assert "line break (U+000A) at position 2" in str(control_character_error("a\nb", "city"))
    assert control_character_error("a\n\tb\r\n", "notes") is None  # notes span lines
    assert "(U+0085)" in str(control_character_error("a\x85", "notes"))  # C1 controls too
    assert control_character_error("Zoë Ærø 北京 🙂", "name") is None
    assert strip_control_characters("A\x01da\nLove\x00lace", multiline=False) == ("Ada Lovelace", 3)
    assert strip_control_characters("l1\nl2\x07", multiline=True) == ("l1\nl2", 1)


def test_a_service_refuses_control_characters_and_stores_nothing(ctx) -> None:
    with pytest.raises(ValidationError) as refused:
        ctx.contacts.create(ContactInput(last_name="Love\x00lace", first_name="Ada\x01"))
    assert {str(e) for e in refused.value.errors} >= {
        "first_name: contains a control character (U+0001) at position 4; remove it",
        "last_name: contains a NUL byte (U+0000) at position 5; remove it",
    }
    assert ctx.contacts.count(ListQuery()) == 0
    ada = ctx.contacts.create(ContactInput(last_name="Lovelace", notes="line one\n\tline two")).value
    assert ada.notes == "line one\n\tline two"
    with pytest.raises(ValidationError, match=r"notes: contains a NUL byte \(U\+0000\) at position 3"):
        ctx.contacts.update(ada.id, ContactInput(last_name="Lovelace", notes="ab\x00"), ada.version)
    assert ctx.contacts.get(ada.id).notes == "line one\n\tline two"


def test_the_unit_of_work_guards_services_without_their_own_check(ctx) -> None:
    """Tags, segments and custom values are checked at the flush, whatever the service validated."""
    with pytest.raises(
        ValidationError, match=r"name: contains a control character \(U\+001B\) at position 4"
    ):
        ctx.tags.create("VIP\x1b[31m", "#3366cc")
    with pytest.raises(ValidationError, match=r"name: contains a tab or line break \(U\+0009\)"):
        ctx.segments.create(SegmentInput("Tab\there", "contact", {"match": "all", "items": []}))
    with pytest.raises(ValidationError, match=r"custom\.motto: contains a NUL byte"), ctx.uow() as work:
        from app.models import Contact

        work.session.add(Contact(last_name="Raw", custom={"motto": "a\x00b"}))
    assert ctx.contacts.count(ListQuery()) == 0 and ctx.tags.usage() == []


def test_an_import_names_the_row_and_field_instead_of_crashing(ctx) -> None:
    data = b"First Name,Last Name,Notes\nAda,Love\x01lace,ok\nGrace,Hopper,fine\x00\n"
    table = read_table(data=data)
    spec = RecordImportSpec({"first_name": "First Name", "last_name": "Last Name", "notes": "Notes"})
    with pytest.raises(ValidationError) as refused:
        RecordImportService(ctx.uow).run("contacts", table, spec)
    messages = " / ".join(str(e) for e in refused.value.errors)
    assert "row 2, Last Name: contains a control character (U+0001) at position 5" in messages, messages
    only_notes = read_table(data=b"First Name,Last Name,Notes\nGrace,Hopper,fine\x00\n")
    with pytest.raises(ValidationError, match=r"Notes: contains a NUL byte \(U\+0000\) at position 5"):
        RecordImportService(ctx.uow).run("contacts", only_notes, spec)  # PostgreSQL: not a crash
    assert ctx.contacts.count(ListQuery()) == 0


def test_exports_never_fail_on_control_characters_already_stored(sqlite_ctx, tmp_path) -> None:
    """A name stored before the check (an older version's import) is left out of XLSX cells, kept in CSV."""
    ctx = sqlite_ctx
    ada = ctx.contacts.create(ContactInput(last_name="Lovelace", first_name="Ada")).value
    with ctx.engine.begin() as conn:  # what an older version let through
        conn.execute(
            text("UPDATE contacts SET first_name = :n WHERE id = :i"), {"n": "A\x01da\x00", "i": ada.id.hex}
        )
    names = ["first_name", "last_name"]
    for fmt in ("xlsx", "csv"):
        path = tmp_path / f"out.{fmt}"
        rows = list_rows(ctx.contacts, ListQuery())
        assert write_table(path, fmt, names, rows, lambda r: row_cells(r, names)) == 1
    sheet = load_workbook(tmp_path / "out.xlsx").active
    assert list(sheet.iter_rows(values_only=True))[1] == ("Ada", "Lovelace")
    assert "A\x01da\x00" in (tmp_path / "out.csv").read_text(encoding="utf-8-sig")
    edited = ctx.contacts.update(ada.id, ContactInput(last_name="Lovelace", first_name="Ada"), ada.version)
    assert edited.value.first_name == "Ada"  # and the user can clean it up
