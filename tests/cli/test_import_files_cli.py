"""`rapport import contacts FILE`: vCards found by their content, email-only cards, national phone numbers,
and hostile CSV and iCalendar files refused with a message (exit 1) and nothing stored."""

from __future__ import annotations

import sqlite3

from app.cli import main
from tests.paths import DATA as DATA_DIR

ANDROID_EMAIL_ONLY = (
    "BEGIN:VCARD\r\nVERSION:2.1\r\nEMAIL;HOME:jane.doe@example.com\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:2.1\r\nN:;;;;\r\nFN:\r\nEMAIL;WORK:bob@example.org\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:2.1\r\nN:Lovelace;Ada;;;\r\nTEL;CELL:0123456789\r\n"
    "ADR;WORK:;;Unter den Linden 1;Berlin;;10117;Germany\r\nEND:VCARD\r\n"
)


def _contacts(db):
    with sqlite3.connect(db) as con:
        return con.execute(
            "SELECT first_name, last_name, email, phone, notes FROM contacts ORDER BY last_name"
        ).fetchall()


def test_a_vcard_is_imported_from_the_command_line_whatever_its_name(tmp_path, capsys):
    db = tmp_path / "cli.db"
    cards = tmp_path / "export.txt"  # detected by its content, not its extension
    cards.write_bytes((DATA_DIR / "vcards" / "google.vcf").read_bytes())
    assert main(["import", "contacts", str(cards), "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "imported 2 new" in out, out
    assert len(_contacts(db)) == 2


def test_email_only_cards_are_named_from_the_email_and_a_national_number_uses_the_card_country(
    tmp_path, capsys
):
    db = tmp_path / "cli.db"
    cards = tmp_path / "android.vcf"
    cards.write_text(ANDROID_EMAIL_ONLY, encoding="utf-8")
    assert main(["import", "contacts", str(cards), "--db", str(db)]) == 0, capsys.readouterr()
    rows = _contacts(db)
    assert [r[:4] for r in rows] == [
        ("Jane", "Doe", "jane.doe@example.com", ""),
        ("Ada", "Lovelace", "", "+49123456789"),
        ("", "bob", "bob@example.org", ""),
    ]
    assert "Name: taken from the email address (the card has none)" in rows[0][4]


def test_a_vcard_is_not_imported_as_accounts(tmp_path, capsys):
    db = tmp_path / "cli.db"
    cards = tmp_path / "cards.vcf"
    cards.write_text(ANDROID_EMAIL_ONLY, encoding="utf-8")
    assert main(["import", "accounts", str(cards), "--db", str(db)]) == 1
    assert "cards.vcf is a vCard file: vCards are imported as contacts" in capsys.readouterr().err


def test_an_empty_csv_is_refused_not_recorded_as_an_empty_import(tmp_path, capsys):
    db = tmp_path / "cli.db"
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    assert main(["import", "contacts", str(empty), "--db", str(db)]) == 1
    assert "rapport: the file is empty" in capsys.readouterr().err
    assert not db.exists()  # refused before the database is opened: no import is recorded


def test_a_stray_quote_is_refused_with_its_row(tmp_path, capsys):
    db = tmp_path / "cli.db"
    path = tmp_path / "stray.csv"
    lines = ["First Name,Last Name,Email\n", 'Bob,"Smith,bob@example.com\n']
    lines += [f"A{i},B{i},a{i}@example.com\n" for i in range(60_000)]
    path.write_text("".join(lines), encoding="utf-8")
    assert main(["import", "contacts", str(path), "--db", str(db)]) == 1
    assert "row 2, Last Name: field longer than 1 MB" in capsys.readouterr().err


def test_a_latin1_calendar_is_refused_and_nothing_imported(tmp_path, capsys):
    db = tmp_path / "cli.db"
    path = tmp_path / "latin1.ics"
    text = (DATA_DIR / "ics" / "outlook.ics").read_text(encoding="utf-8").replace("Acme", "Café")
    path.write_bytes(text.encode("latin-1", errors="replace"))
    assert main(["import", "activities", str(path), "--db", str(db)]) == 1
    assert "is not UTF-8: iCalendar files are UTF-8" in capsys.readouterr().err
    assert not db.exists()  # refused before the database is opened
