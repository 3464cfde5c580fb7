"""`rapport [gui]`: the desktop application."""

from __future__ import annotations

import argparse

from app.commands.common import add_db_option, settings_from
from app.config import demo_db_path


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = sub.add_parser("gui", help="open the desktop application (the default)")
    add_db_option(parser)
    parser.add_argument(
        "--demo", action="store_true", default=argparse.SUPPRESS, help="open the demo database"
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    settings = settings_from(args)
    if getattr(args, "demo", False) and not getattr(args, "db", None):
        _ensure_demo()
    from app.views.shell.application import run_gui  # Qt is imported only when the GUI is wanted

    return run_gui(settings, [])


def _ensure_demo() -> None:
    """Create the demo database on first use of --demo."""
    from app.commands.demo import create_demo

    path = demo_db_path()
    if not path.exists():
        print(f"Creating the demo database at {path} ...")
        create_demo(str(path), "small", replace=False)
