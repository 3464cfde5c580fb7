"""Helpers shared by the subcommands: opening the context and reporting errors.

Command modules import their heavy dependencies (SQLAlchemy, Faker, Qt) inside the functions that
need them: `rapport --help`, `--version` and the GUI's first paint should not pay for the others.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from app.config import Settings, resolve_settings

if TYPE_CHECKING:
    from app.context import AppContext


SAVED_SERVER = (
    "saved"  # `--db saved`: the team server whose URL `rapport server init --save` put in the keyring
)


def settings_from(args: argparse.Namespace) -> Settings:
    db = getattr(args, "db", None)
    if db == SAVED_SERVER:
        from app.services.access import keyring_store

        db = keyring_store.load_server()
        if db is None:
            raise SystemExit(
                "rapport: no team server is saved in the keyring (`rapport server init URL --save`)"
            )
    return resolve_settings(db=db, demo=getattr(args, "demo", False))


# Importing into a new file is a way to start a database; it is announced, never silent.
CREATING_COMMANDS = {"import"}


def existing_settings(args: argparse.Namespace) -> Settings:
    """The settings of a command that works on an existing database: a mistyped --db is an error, not a
    new empty database."""
    from app.services.core.errors import DatabaseError

    settings = settings_from(args)
    missing = settings.missing_file
    if missing is not None and getattr(args, "command", None) in CREATING_COMMANDS:
        print(f"rapport: there is no database at {missing} yet; creating a new one", file=sys.stderr)
    elif missing is not None:
        raise DatabaseError(
            f"there is no database at {missing}. Check the path (--db or $RAPPORT_DB); "
            f"to create a new one there, run `rapport demo --db {missing}` or start the app with it"
        )
    return settings


def add_db_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", default=argparse.SUPPRESS, help="database file or SQLAlchemy URL")


def guarded(action: Callable[[], int]) -> int:
    """Run a command, turning a RapportError into a one-line message and exit code 1."""
    from app.db import ConnectionSettingsError
    from app.services.core.errors import RapportError

    try:
        return action()
    except (RapportError, ConnectionSettingsError) as exc:
        print(f"rapport: {exc}", file=sys.stderr)
        return 1


def open_context(args: argparse.Namespace) -> AppContext:
    """The context of a command: as the user of `--as EMAIL` when given (see app/commands/signing.py),
    else as the local OS user, which a team database refuses."""
    from app.context import AppContext

    settings = existing_settings(args)
    if getattr(args, "as_user", None):
        from app.commands.signing import open_signed_in

        return open_signed_in(settings, args)
    return AppContext.open(settings)
