"""`rapport sync`: offline laptops (docs/sync.md). `sync setup URL` makes the local replica of the user's
part of the office server, `sync` pushes and pulls, `sync status` says when it last synced and what
waits, `sync conflicts` lists what needs a decision and `sync resolve ID --mine|--theirs|--value V`
takes it. The replica is the database of --db (or $RAPPORT_DB, or the default file); sign in to a team
server with the global `rapport --as EMAIL sync ...`."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from app.commands.common import add_db_option, guarded, settings_from

if TYPE_CHECKING:
    from app.config import Settings
    from app.context import AppContext


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("sync", help="offline laptop: push and pull changes with the office server")
    p.add_argument("--server", help="the office server's URL (default: the one the replica was made from)")
    add_db_option(p)
    p.set_defaults(func=run_sync)
    actions = p.add_subparsers(dest="action", metavar="ACTION")
    setup = actions.add_parser("setup", help="make this laptop's replica of the office server")
    setup.add_argument(
        "url", help="postgresql+psycopg://USER@HOST/DB (the password from the keyring or a file)"
    )
    add_db_option(setup)
    setup.set_defaults(func=run_setup)
    status = actions.add_parser("status", help="when the replica last synced, changes and conflicts waiting")
    add_db_option(status)
    status.set_defaults(func=run_status)
    listing = actions.add_parser("conflicts", help="list the conflicts waiting for a decision")
    add_db_option(listing)
    listing.set_defaults(func=run_conflicts)
    resolve = actions.add_parser("resolve", help="settle one conflict (sent at the next sync)")
    resolve.add_argument("id", type=int, help="the conflict's number in `rapport sync conflicts`")
    choice = resolve.add_mutually_exclusive_group(required=True)
    choice.add_argument("--mine", action="store_true", help="keep this laptop's value")
    choice.add_argument("--theirs", action="store_true", help="keep the office's value")
    choice.add_argument("--value", help="keep this value instead")
    add_db_option(resolve)
    resolve.set_defaults(func=run_resolve)


def _server_context(url: str, args: argparse.Namespace) -> AppContext:
    from app.config import Settings, to_url
    from app.context import AppContext

    settings = Settings(db_url=to_url(url), explicit=True)
    if getattr(args, "as_user", None):
        from app.commands.signing import open_signed_in

        return open_signed_in(settings, args)
    return AppContext.open(settings)


def _replica_engine(settings: Settings):  # type: ignore[no-untyped-def]
    from app.db import make_engine
    from app.services.core.errors import DatabaseError

    if settings.sqlite_path is None or not settings.sqlite_path.exists():
        raise DatabaseError(
            f"there is no replica at {settings.display_url}: run `rapport sync setup URL` first"
        )
    return make_engine(settings.db_url)


def run_setup(args: argparse.Namespace) -> int:
    def action() -> int:
        from app.db import make_engine
        from app.services.core.errors import DatabaseError
        from app.services.database.schema import upgrade
        from app.services.sync.setup import SetupCancelled, make_replica, url_without_password

        local = settings_from(args)
        path = local.sqlite_path
        if path is None:
            raise DatabaseError("a replica is an SQLite file: give --db PATH.db")
        if path.exists():
            raise DatabaseError(
                f"{path} already exists; a replica is made in a new file (choose another --db)"
            )
        office = _server_context(args.url, args)
        engine = make_engine(local.db_url)
        try:
            upgrade(engine, path)
            stored = url_without_password(office.settings.db_url)
            email = office.current_user.email if office.current_user else ""

            def progress(table: str, done: int, total: int) -> bool:
                if done == total:
                    print(f"  {table}: {total:,} rows", file=sys.stderr)
                return True

            report = make_replica(office.sessions, engine, stored, email, progress)
        except (SetupCancelled, KeyboardInterrupt):
            engine.dispose()
            for leftover in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
                leftover.unlink(missing_ok=True)
            raise
        finally:
            office.close()
            engine.dispose()
        print(f"replica {path} made in {report.seconds:.1f} s: {sum(report.rows.values()):,} rows")
        return 0

    return guarded(action)


def run_sync(args: argparse.Namespace) -> int:
    def action() -> int:
        from app.services.core.errors import DatabaseError
        from app.services.sync.engine import run_sync as sync_once
        from app.services.sync.status import sync_status

        engine = _replica_engine(settings_from(args))
        try:
            status = sync_status(engine)
            if not status.is_replica:
                raise DatabaseError(
                    f"{engine.url.database} is not a replica: run `rapport sync setup URL` first"
                )
            url = args.server or status.server
            office = _server_context(url, args)
            try:
                report = sync_once(office.sessions, engine)
            finally:
                office.close()
            print(
                f"synced in {report.seconds * 1000:.0f} ms: {report.pushed} sent, {report.pulled} received, "
                f"{report.conflicts} new conflicts"
            )
            return 0
        finally:
            engine.dispose()

    return guarded(action)


def run_status(args: argparse.Namespace) -> int:
    def action() -> int:
        from app.services.sync.status import sync_status

        engine = _replica_engine(settings_from(args))
        try:
            status = sync_status(engine)
        finally:
            engine.dispose()
        if not status.is_replica:
            print("this database is not a replica (see `rapport sync setup URL`)")
            return 1
        when = status.last_synced.strftime("%Y-%m-%d %H:%M UTC") if status.last_synced else "never"
        print(f"server: {status.server}\nlast synced: {when}")
        print(f"changes waiting: {status.pending}\nconflicts waiting: {status.conflicts}")
        return 0

    return guarded(action)


def run_conflicts(args: argparse.Namespace) -> int:
    def action() -> int:
        from app.services.sync.conflicts import open_conflicts

        engine = _replica_engine(settings_from(args))
        try:
            found = open_conflicts(engine)
        finally:
            engine.dispose()
        if not found:
            print("no conflicts")
        for c in found:
            what = "the whole record" if c.whole_row else c.field
            print(
                f"{c.id}\t{c.table} {c.row_id}\t{what}\tmine: {c.mine!r}\ttheirs: {c.theirs!r} ({c.theirs_at})"
            )
        return 0

    return guarded(action)


def run_resolve(args: argparse.Namespace) -> int:
    def action() -> int:
        from app.services.sync.conflicts import resolve

        engine = _replica_engine(settings_from(args))
        try:
            choice = "mine" if args.mine else "theirs" if args.theirs else "value"
            resolve(engine, args.id, choice, args.value)
        finally:
            engine.dispose()
        print(f"conflict {args.id} settled; `rapport sync` sends it to the server")
        return 0

    return guarded(action)
