"""`rapport backup` and `rapport restore`: copies of the embedded SQLite database."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.commands.common import add_db_option, guarded, settings_from


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = sub.add_parser("backup", help="copy the database to a backup file (safe while the app runs)")
    add_db_option(parser)
    parser.add_argument("-o", "--output", help="backup file (default: backups/ beside the database)")
    parser.set_defaults(func=run_backup)
    parser = sub.add_parser("restore", help="replace the database with a backup file")
    add_db_option(parser)
    parser.add_argument("file", help="a backup made by `rapport backup`")
    parser.set_defaults(func=run_restore)


def _sqlite_path(args: argparse.Namespace) -> Path:
    from app.services.core.errors import DatabaseError

    path = settings_from(args).sqlite_path
    if path is None:
        raise DatabaseError(
            "backup and restore work on the embedded SQLite database; for PostgreSQL use pg_dump"
        )
    return path


def run_backup(args: argparse.Namespace) -> int:
    def action() -> int:
        from app.db import make_engine
        from app.services.database.backup import backup_sqlite, default_backup_name, describe_rapport_file

        db_path = _sqlite_path(args)
        describe_rapport_file(db_path)
        target = (
            Path(args.output) if args.output else db_path.parent / "backups" / default_backup_name(db_path)
        )
        engine = make_engine(settings_from(args).db_url)
        try:
            backup_sqlite(engine, target)
        finally:
            engine.dispose()
        print(f"backed up {db_path} to {target}")
        return 0

    return guarded(action)


def run_restore(args: argparse.Namespace) -> int:
    def action() -> int:
        from app.services.database.backup import restore_sqlite

        db_path = _sqlite_path(args)
        result = restore_sqlite(Path(args.file), db_path)
        if result.safety_copy:
            print(f"the previous database was saved as {result.safety_copy}")
        print(f"restored {db_path} from {result.restored_from}")
        return 0

    return guarded(action)
