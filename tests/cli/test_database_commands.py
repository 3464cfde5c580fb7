"""`rapport check`, `backup` and `restore` on damaged, missing and private files (issue 15, items 3 and 5)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from app.cli import main
from app.config import Settings, data_dir
from app.context import AppContext
from app.private_files import mode
from tests.concurrency.cli_process import rapport


def _damage_pages(db: Path) -> None:
    """Overwrite the middle of every page but the first two: the header reads, the tables do not."""
    data = bytearray(db.read_bytes())
    for n in range(2, len(data) // 4096):
        data[n * 4096 + 100 : n * 4096 + 400] = b"\xa5" * 300
    db.write_bytes(bytes(data))


def test_check_reports_damaged_pages_with_an_exit_code_not_a_traceback(tmp_path, sqlite_template):
    db = tmp_path / "rapport.db"
    shutil.copyfile(sqlite_template, db)
    _damage_pages(db)
    done = rapport("check", "--db", str(db))
    assert done.returncode == 1, done.stdout + done.stderr
    assert "Traceback" not in done.stderr
    assert "problem:" in done.stdout and "problem(s) found" in done.stdout
    assert "integrity" in done.stdout or "cannot be read" in done.stdout


def test_check_reports_a_damaged_header(tmp_path, sqlite_template, capsys):
    db = tmp_path / "rapport.db"
    shutil.copyfile(sqlite_template, db)
    db.write_bytes(b"\x00" * 100 + db.read_bytes()[100:])
    assert main(["check", "--db", str(db)]) == 1
    out = capsys.readouterr()
    assert "not a database" in out.out + out.err


@pytest.mark.parametrize("command", [["check"], ["backup"], ["document", "list"], ["kpis"]])
def test_a_mistyped_db_path_is_an_error_and_creates_nothing(tmp_path, capsys, command):
    typo = tmp_path / "rapprot.db"
    assert main([*command, "--db", str(typo)]) == 1
    err = capsys.readouterr().err
    assert f"there is no database at {typo}" in err and "rapport demo --db" in err
    assert list(tmp_path.iterdir()) == []


def test_the_first_start_creates_the_default_database_privately(tmp_path, capsys):
    folder = data_dir()  # the tests' own RAPPORT_DATA_DIR
    shutil.rmtree(folder)
    assert main(["document", "list"]) == 0
    db = folder / "rapport.db"
    assert mode(folder) == 0o700 and mode(db) == 0o600
    ctx = AppContext.open(Settings(db_url=f"sqlite:///{db}"))
    try:
        with ctx.engine.connect() as conn:
            conn.exec_driver_sql("SELECT count(*) FROM contacts").scalar()
        for suffix in ("-wal", "-shm"):
            assert mode(Path(f"{db}{suffix}")) == 0o600
    finally:
        ctx.close()


def test_backups_and_safety_copies_are_private(tmp_path, sqlite_template, capsys):
    db = tmp_path / "rapport.db"
    assert main(["demo", "--size", "20", "--db", str(db)]) == 0
    assert mode(db) == 0o600
    assert main(["backup", "--db", str(db)]) == 0
    backups = tmp_path / "backups"
    [made] = list(backups.iterdir())
    assert mode(backups) == 0o700 and mode(made) == 0o600
    assert main(["restore", "--db", str(db), str(made)]) == 0
    [safety] = [p for p in backups.iterdir() if "before-restore" in p.name]
    assert mode(safety) == 0o600


def test_the_copy_before_a_migration_is_private(tmp_path):
    from alembic import command

    from app.db import make_engine
    from app.services.database.schema import alembic_config

    db = tmp_path / "old.db"
    engine = make_engine(f"sqlite:///{db}")
    with engine.begin() as conn:  # a database one revision behind this version
        cfg = alembic_config()
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0014")
    engine.dispose()
    ctx = AppContext.open(Settings(db_url=f"sqlite:///{db}"))
    ctx.close()
    assert ctx.upgrade_result is not None and ctx.upgrade_result.backup is not None
    assert mode(ctx.upgrade_result.backup) == 0o600 and mode(ctx.upgrade_result.backup.parent) == 0o700


def test_check_warns_about_a_database_others_can_read(tmp_path, sqlite_template, capsys):
    db = tmp_path / "rapport.db"
    shutil.copyfile(sqlite_template, db)
    db.chmod(0o644)
    assert main(["check", "--db", str(db)]) == 0  # a warning: the database itself is sound
    assert (
        f"warning: rapport.db can be read by other users (mode 644): `chmod 600 {db}`"
        in capsys.readouterr().out
    )


def test_an_import_into_a_new_file_says_it_creates_the_database(tmp_path, capsys):
    csv = tmp_path / "people.csv"
    csv.write_text("first_name,last_name\nAda,Lovelace\n", encoding="utf-8")
    db = tmp_path / "new.db"
    assert main(["import", "contacts", str(csv), "--db", str(db)]) == 0
    assert f"there is no database at {db} yet; creating a new one" in capsys.readouterr().err
    assert mode(db) == 0o600


@pytest.mark.parametrize("quick", [False, True])
def test_restore_refuses_a_backup_with_damaged_pages(tmp_path, sqlite_template, capsys, quick):
    db = tmp_path / "rapport.db"
    shutil.copyfile(sqlite_template, db)
    before = db.read_bytes()
    damaged = tmp_path / "damaged-backup.db"
    shutil.copyfile(sqlite_template, damaged)
    _damage_pages(damaged)
    assert main(["restore", "--db", str(db), str(damaged), *(["--quick"] if quick else [])]) == 1
    assert "damaged" in capsys.readouterr().err
    assert db.read_bytes() == before
