"""Helpers shared by the subcommands: opening the context and reporting errors."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from app.config import Settings, resolve_settings
from app.context import AppContext
from app.services.errors import RapportError


def settings_from(args: argparse.Namespace) -> Settings:
    return resolve_settings(db=getattr(args, "db", None), demo=getattr(args, "demo", False))


def add_db_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", default=argparse.SUPPRESS, help="database file or SQLAlchemy URL")


def guarded(action: Callable[[], int]) -> int:
    """Run a command, turning a RapportError into a one-line message and exit code 1."""
    try:
        return action()
    except RapportError as exc:
        print(f"rapport: {exc}", file=sys.stderr)
        return 1


def open_context(args: argparse.Namespace) -> AppContext:
    return AppContext.open(settings_from(args))
