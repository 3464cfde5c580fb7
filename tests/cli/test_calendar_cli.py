"""`rapport import activities FILE.ics` and `rapport export activities --format ics` end to end."""

from __future__ import annotations

from icalendar import Calendar

from app.cli import main
from tests.paths import DATA as DATA_DIR

DATA = DATA_DIR / "ics"


def test_import_export_and_reimport_of_ics(tmp_path, capsys):
    db = tmp_path / "cli.db"
    args = ["--db", str(db), "--timezone", "Europe/Berlin"]
    assert main(["import", "activities", str(DATA / "google.ics"), *args]) == 0
    out = capsys.readouterr().out
    assert (
        "3 created, 0 updated, 1 skipped; 1 repeating event(s) imported as their first occurrence only" in out
    )
    target = tmp_path / "out.ics"
    assert main(["export", "activities", "--format", "ics", "-o", str(target), "--db", str(db)]) == 0
    assert "exported 3 tasks and meetings" in capsys.readouterr().out
    calendar = Calendar.from_ical(target.read_text(encoding="utf-8"))
    starts = sorted(c["DTSTART"].to_ical().decode() for c in calendar.subcomponents)
    assert starts == ["20260706T070000Z", "20260708T140000Z", "20260720"]  # the all-day Offsite: a date
    uids = {str(c["UID"]) for c in calendar.subcomponents}
    assert "7c1n9e0r2t5y8u3i6o4p1a7s0d@google.com" in uids  # an imported event keeps its calendar's UID
    assert main(["import", "activities", str(target), *args]) == 0
    assert "0 created, 3 updated" in capsys.readouterr().out
    csv = tmp_path / "activities.csv"
    assert main(["export", "activities", "-o", str(csv), "--db", str(db)]) == 0
    assert csv.read_text(encoding="utf-8-sig").count("\n") == 4  # header + 3 rows


def test_a_bad_file_exits_1_with_the_line_and_imports_nothing(tmp_path, capsys):
    db = tmp_path / "cli.db"
    assert main(["import", "activities", str(DATA / "bad_date.ics"), "--db", str(db)]) == 1
    err = capsys.readouterr().err
    assert "line 11 (VEVENT “Broken start”): DTSTART: “2026-03-11 10:00” is not a date or time" in err
    target = tmp_path / "out.ics"
    assert main(["export", "activities", "--format", "ics", "-o", str(target), "--db", str(db)]) == 0
    assert "exported 0 tasks" in capsys.readouterr().out
