"""`rapport webhook add|list|remove|log`: outgoing webhooks subscribed to record events (docs/api.md).

The deliveries go out with `rapport automation run` (schedule it) or while the app is open.
"""

from __future__ import annotations

import argparse
import uuid
from typing import Any

from app.commands.common import add_db_option, guarded, open_context

EVENTS = "created,updated,stage_changed,won,deleted"


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = sub.add_parser("webhook", help="outgoing webhooks: subscribe a URL to record events")
    actions = parser.add_subparsers(dest="webhook_command", metavar="ACTION", required=True)
    add = actions.add_parser("add", help="subscribe a URL; prints the signing secret")
    add.add_argument("url", help="where the events are POSTed (http:// or https://)")
    add.add_argument("--name", default="", help="what it is for (default: the URL's host)")
    add.add_argument("--records", default="contact", help="record types, comma-separated (default contact)")
    add.add_argument("--events", default=EVENTS, help=f"events, comma-separated (default {EVENTS})")
    actions.add_parser("list", help="the subscriptions (never their secret)")
    remove = actions.add_parser("remove", help="stop a subscription (what still waits is given up)")
    remove.add_argument("id", help="the subscription's id (from `rapport webhook list`)")
    log = actions.add_parser("log", help="the latest deliveries: event, state, attempts, last error")
    log.add_argument("id", nargs="?", default="", help="one subscription's id (default: all)")
    log.add_argument("--limit", type=int, default=30)
    for name in ("add", "list", "remove", "log"):
        p = actions.choices[name]
        add_db_option(p)
        p.set_defaults(func=run_webhook)


def _id(text: str) -> uuid.UUID:
    try:
        return uuid.UUID(text)
    except ValueError:
        raise SystemExit(
            f"rapport webhook: {text!r} is not a subscription id (see `rapport webhook list`)"
        ) from None


def _split(text: str) -> list[str]:
    return [x.strip() for x in text.split(",") if x.strip()]


def run_webhook(args: argparse.Namespace) -> int:
    def action() -> int:
        from urllib.parse import urlsplit

        ctx = open_context(args)
        try:
            service: Any = ctx.webhooks
            if args.webhook_command == "add":
                name = args.name or urlsplit(args.url).hostname or args.url
                secret, sub = service.add(name, args.url, _split(args.records), _split(args.events))
                print(f"webhook {sub.id} ({sub.name}) -> {sub.url}")
                print(f"  {', '.join(sub.record_types)}: {', '.join(sub.events)}")
                print("signing secret (the receiver checks X-Rapport-Signature with it; see docs/api.md):")
                print(secret)
            elif args.webhook_command == "list":
                for s in service.list():
                    state = "on" if s.active else "off"
                    failing = f"  {s.failure_count} failure(s) in a row" if s.failure_count else ""
                    print(
                        f"{s.id}  {s.name}  {s.url}  [{','.join(s.record_types)}: {','.join(s.events)}]"
                        f"  {state}{failing}"
                    )
            elif args.webhook_command == "remove":
                sub = service.remove(_id(args.id))
                print(f"webhook {sub.id} ({sub.name}) removed")
            else:
                for e in service.log(_id(args.id) if args.id else None, args.limit):
                    error = f"  {e.last_error}" if e.last_error else ""
                    print(
                        f"{e.created_at:%Y-%m-%d %H:%M:%S}  {e.subscription}  {e.event}  {e.record_id}"
                        f"  {e.state} ({e.attempts} attempt(s)){error}"
                    )
        finally:
            ctx.close()
        return 0

    return guarded(action)
