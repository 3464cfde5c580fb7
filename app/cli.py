"""The `rapport` command: the GUI by default, plus headless subcommands.

Each subcommand lives in app/commands/ and registers itself through `register(subparsers)`, setting
`func(args) -> int`; later features add a module to COMMANDS instead of growing this file.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from app import __version__
from app.commands import (
    automation,
    backup,
    campaign,
    check,
    customer_value,
    dedupe,
    demo,
    document,
    exporting,
    gui,
    importing,
    kb,
    kpis,
    mail,
    pipeline,
    printing,
    records,
    segment,
    sequence,
    serve,
    server,
    signing,
    standardise,
    sync,
    ticket,
    user,
    webhook,
)

COMMANDS = [
    gui,
    demo,
    check,
    backup,
    document,
    importing,
    exporting,
    dedupe,
    kpis,
    standardise,
    segment,
    pipeline,
    printing,
    serve,
    ticket,
    kb,
    automation,
    campaign,
    sequence,
    records,
    server,
    user,
    webhook,
    mail,
    sync,
    customer_value,
]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="rapport", description="Rapport, the desktop CRM.")
    parser.add_argument("--version", action="version", version=f"Rapport {__version__}")
    parser.add_argument(
        "--db", help="database file or SQLAlchemy URL (default: $RAPPORT_DB or the user data dir)"
    )
    parser.add_argument("--demo", action="store_true", help="open the demo database, creating it if needed")
    signing.add_sign_in_options(parser)
    parser.add_argument(
        "--self-test", action="store_true", help="check that this installation works, then exit"
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMANDS:
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(list(sys.argv[1:] if argv is None else argv))
    if args.self_test:
        from app import selftest

        return selftest.run()
    if args.command is None:
        return gui.run(args)
    return int(args.func(args))


def main_gui() -> int:
    """Entry point of the windowed launcher (no console on Windows)."""
    return main()
