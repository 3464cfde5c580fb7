"""`rapport server init URL`: make a PostgreSQL database a team server: migrate it and create its first
administrator (password typed twice, or --admin-email/--password-file); `--save` keeps the URL in the
OS keyring, never in a plain file, so `rapport --db saved ...` and the app find it again."""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path

from app.commands.common import guarded
from app.commands.signing import read_password


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("server", help="set up a team server: `rapport server init URL`")
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    init = actions.add_parser("init", help="migrate a PostgreSQL database and create its first administrator")
    init.add_argument("url", help="postgresql+psycopg://USER:PASSWORD@HOST/DB (add ?sslmode=require for TLS)")
    init.add_argument("--admin-email", help="the first administrator's email (asked if not given)")
    init.add_argument("--admin-name", default="", help="their name (default: from the email)")
    init.add_argument(
        "--password-file",
        type=Path,
        default=argparse.SUPPRESS,
        help="the administrator's password, in a file",
    )
    init.add_argument("--save", action="store_true", help="keep the URL in the OS keyring as the team server")
    init.set_defaults(func=run_init)


def _ask_password(args: argparse.Namespace) -> str:
    given = read_password(getattr(args, "password_file", None))
    if given is not None:
        return given
    if not sys.stdin.isatty():
        raise SystemExit("rapport server init: give the password with --password-file or $RAPPORT_PASSWORD")
    first = getpass.getpass("Administrator's password: ")
    if first != getpass.getpass("Again: "):
        raise SystemExit("rapport server init: the two passwords differ; nothing was changed")
    return first


def run_init(args: argparse.Namespace) -> int:
    def action() -> int:
        from app.config import Settings, to_url
        from app.services.access import keyring_store
        from app.services.access.server import init_server

        settings = Settings(db_url=to_url(args.url), explicit=True)  # a file works too: a password for it
        email = args.admin_email or input("Administrator's email: ").strip()
        name = args.admin_name or email.split("@")[0].replace(".", " ").title()
        admin = init_server(settings, name, email, _ask_password(args))
        print(f"{settings.display_url} is ready: {admin.name} <{admin.email}> is its administrator")
        if args.save:
            keyring_store.save_server(settings.db_url)
            print("the server's URL is saved in the OS keyring; open it with `rapport --db saved`")
        return 0

    return guarded(action)
