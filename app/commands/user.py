"""`rapport user add|list|deactivate|password`: the people of a team database (administrators only:
run as one with `--as EMAIL`)."""

from __future__ import annotations

import argparse

from app.commands.common import add_db_option, guarded, open_context

ROLES = ("administrator", "sales_manager", "sales_rep", "service_agent", "read_only")


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("user", help="add, list, deactivate users or set a password")
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = actions.add_parser("add", help="add a user")
    add.add_argument("email")
    add.add_argument("--name", required=True)
    add.add_argument("--role", choices=ROLES, default="sales_rep")
    add.add_argument("--team", default="", help="the team (created if there is none of that name)")
    add.add_argument("--user-password-file", help="the new user's password (else they cannot sign in yet)")
    add.set_defaults(func=run_add)
    listing = actions.add_parser("list", help="list the users")
    listing.set_defaults(func=run_list)
    off = actions.add_parser("deactivate", help="stop a user signing in; their records go to another")
    off.add_argument("email")
    off.add_argument("--reassign-to", required=True, metavar="EMAIL", help="who takes over their records")
    off.set_defaults(func=run_deactivate)
    password = actions.add_parser("password", help="set a user's password (their saved sign-ins end)")
    password.add_argument("email")
    password.add_argument("--user-password-file", required=True)
    password.set_defaults(func=run_password)
    for each in (add, listing, off, password):
        add_db_option(each)


def _new_password(path: str | None) -> str | None:
    from pathlib import Path

    from app.commands.signing import read_password

    return None if path is None else read_password(Path(path))


def run_add(args: argparse.Namespace) -> int:
    def action() -> int:
        from app.services.access.users import UserInput

        ctx = open_context(args)
        try:
            team_id = None
            if args.team:
                known = dict((name, i) for i, name in ctx.users.teams())
                team_id = known.get(args.team) or ctx.users.add_team(args.team).value
            data = UserInput(
                args.name,
                args.email,
                args.role,
                team_id,
                password=_new_password(args.user_password_file),
            )
            row = ctx.users.add(data).value
        finally:
            ctx.close()
        print(
            f"added {row.name} <{row.email}>, {row.role_label}" + (f", team {row.team}" if row.team else "")
        )
        return 0

    return guarded(action)


def run_list(args: argparse.Namespace) -> int:
    def action() -> int:
        ctx = open_context(args)
        try:
            for row in ctx.users.list_users():
                state = "active" if row.is_active else "deactivated"
                print("\t".join((row.email, row.name, row.role_label, row.team, row.territory, state)))
        finally:
            ctx.close()
        return 0

    return guarded(action)


def run_deactivate(args: argparse.Namespace) -> int:
    def action() -> int:
        ctx = open_context(args)
        try:
            user = ctx.users.find(args.email)
            heir = ctx.users.find(args.reassign_to)
            done = ctx.users.deactivate(user.id, heir.id).value
        finally:
            ctx.close()
        print(f"deactivated {user.email}; {done.count:,} records now belong to {heir.email}")
        return 0

    return guarded(action)


def run_password(args: argparse.Namespace) -> int:
    def action() -> int:
        ctx = open_context(args)
        try:
            user = ctx.users.find(args.email)
            ctx.access.set_password(user.id, _new_password(args.user_password_file) or "")
        finally:
            ctx.close()
        print(f"set the password of {user.email}; their saved sign-ins no longer work")
        return 0

    return guarded(action)
