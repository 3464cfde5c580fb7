"""`rapport check`: integrity check and migration state."""

from __future__ import annotations

import argparse

from app.commands.common import add_db_option, existing_settings, guarded


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = sub.add_parser("check", help="check the database's integrity and migration state")
    add_db_option(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    def action() -> int:
        from app.db import make_engine
        from app.services.database.checks import check_database

        settings = existing_settings(args)
        engine = make_engine(settings.db_url)
        try:
            report = check_database(engine)
        finally:
            engine.dispose()
        print(f"database: {settings.display_url}")
        print(f"schema revision: {report.revision or 'none'} (this version expects {report.head})")
        for problem in report.problems:
            print(f"problem: {problem}")
        for warning in report.warnings:
            print(f"warning: {warning}")
        print("ok" if report.ok else f"{len(report.problems)} problem(s) found")
        return 0 if report.ok else 1

    return guarded(action)
