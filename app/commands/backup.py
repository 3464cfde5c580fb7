"""`rapport backup` and `rapport restore`: copies of the embedded SQLite database."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.commands.common import add_db_option, existing_settings, guarded, settings_from


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = sub.add_parser("backup", help="copy the database to a backup file (safe while the app runs)")
    add_db_option(parser)
    parser.add_argument("-o", "--output", help="backup file (default: backups/ beside the database)")
    parser.set_defaults(func=run_backup)
    parser = sub.add_parser("restore", help="replace the database with a backup file")
    add_db_option(parser)
    parser.add_argument("file", help="a backup made by `rapport backup`")
    parser.add_argument(
        "--quick",
        action="store_true",
        help="check the backup's pages but not its indexes (much faster on a large database)",
    )
    parser.set_defaults(func=run_restore)


def _sqlite_path(args: argparse.Namespace, *, must_exist: bool = True) -> Path:
    from app.services.core.errors import DatabaseError

    path = (existing_settings(args) if must_exist else settings_from(args)).sqlite_path
    if path is None:
        raise DatabaseError(
            "backup and restore work on the embedded SQLite database; for PostgreSQL use pg_dump"
        )
    return path


def run_backup(args: argparse.Namespace) -> int:
    def action() -> int:
        from app.db import make_engine
        from app.services.database.backup import backup_sqlite, default_backup_name
        from app.services.database.verify import require_sqlite_header

        db_path = _sqlite_path(args)
        require_sqlite_header(db_path)  # before this process opens it: no lock of ours to drop yet
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

        db_path = _sqlite_path(args, must_exist=False)  # restoring a lost database is what restore is for
        check = "quick check" if args.quick else "full integrity check, about a minute per GB"
        print(f"checking {args.file} ({check}) ...", flush=True)
        result = restore_sqlite(Path(args.file), db_path, quick=args.quick)
        if result.safety_copy:
            print(f"the previous database was saved as {result.safety_copy}")
        print(f"restored {db_path} from {result.restored_from} (schema revision {result.revision})")
        return 0

    return guarded(action)
