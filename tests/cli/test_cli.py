"""The command line, called in-process."""

from __future__ import annotations

import sqlite3

from app.cli import main


def test_demo_check_backup_restore(tmp_path, capsys):
    db = tmp_path / "demo.db"
    assert main(["demo", "--size", "50", "--db", str(db)]) == 0
    assert "50 contacts" in capsys.readouterr().out
    assert main(["check", "--db", str(db)]) == 0
    assert capsys.readouterr().out.strip().endswith("ok")
    backup = tmp_path / "b.db"
    assert main(["backup", "--db", str(db), "-o", str(backup)]) == 0
    assert sqlite3.connect(backup).execute("SELECT count(*) FROM contacts").fetchone()[0] == 50
    assert main(["restore", "--db", str(db), str(backup)]) == 0
    assert "restored" in capsys.readouterr().out


def test_restore_of_a_non_rapport_file_fails_with_a_message(tmp_path, capsys):
    db = tmp_path / "demo.db"
    assert main(["demo", "--size", "10", "--db", str(db)]) == 0
    bogus = tmp_path / "x.txt"
    bogus.write_text("not a database")
    assert main(["restore", "--db", str(db), str(bogus)]) == 1
    assert "not an SQLite database" in capsys.readouterr().err


def test_check_reports_a_database_that_was_never_migrated(tmp_path, capsys):
    db = tmp_path / "empty.db"
    sqlite3.connect(db).close()
    assert main(["check", "--db", str(db)]) == 1
    assert "schema revision is None" in capsys.readouterr().out


def test_demo_refuses_to_overwrite_without_force(tmp_path):
    db = tmp_path / "demo.db"
    assert main(["demo", "--size", "10", "--db", str(db)]) == 0
    try:
        main(["demo", "--size", "10", "--db", str(db)])
    except SystemExit as exc:
        assert "already exists" in str(exc)
    else:
        raise AssertionError("demo overwrote an existing database")
    assert main(["demo", "--size", "12", "--db", str(db), "--force"]) == 0


def test_document_list_and_pdf(tmp_path, capsys):
    db = tmp_path / "demo.db"
    assert main(["demo", "--size", "50", "--db", str(db)]) == 0
    assert "documents" in capsys.readouterr().out
    assert main(["document", "list", "--type", "purchase_order", "--db", str(db)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["NUMBER", "TYPE", "STATUS", "ACCOUNT", "TOTAL"]
    assert len(lines) > 1 and all(" purchase_order " in line for line in lines[1:])
    number = lines[1].split()[0]
    out = tmp_path / "po.pdf"
    assert main(["document", "pdf", number, "-o", str(out), "--db", str(db)]) == 0
    assert out.read_bytes().startswith(b"%PDF")
    assert main(["document", "pdf", "NOPE-1", "-o", str(out), "--db", str(db)]) == 1
    assert "does not exist" in capsys.readouterr().err
