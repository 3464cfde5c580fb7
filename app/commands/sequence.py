"""`rapport sequence ...`: drip sequences: new, list, show, enrol, leave, run (for cron or a timer)."""

from __future__ import annotations

import argparse
import uuid
from typing import Any

from app.commands.common import add_db_option, guarded, open_context


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("sequence", help="drip sequences: new, list, show, enrol, leave, run")
    actions = p.add_subparsers(dest="action", required=True)
    new = actions.add_parser("new", help="create a sequence from its steps, in order")
    new.add_argument("name")
    new.add_argument(
        "--step",
        action="append",
        default=[],
        required=True,
        help="email:TEMPLATE, wait:DAYS or task:SUBJECT[:DUE_DAYS] (repeat, in order)",
    )
    new.add_argument("--window", default="0-24", help="sending hours, UTC, as START-END (default 0-24)")
    new.add_argument("--weekdays", default="0-6", help="sending days, 0=Monday, as 0-4 or 0,2,4")
    new.add_argument("--per-hour", type=int, default=0, help="at most this many mails an hour (0: no limit)")
    listing = actions.add_parser("list", help="every sequence with its enrolments")
    show = actions.add_parser("show", help="a sequence's steps and who is where")
    show.add_argument("name")
    enrol = actions.add_parser("enrol", help="enrol a segment's contacts or leads, or records by id")
    enrol.add_argument("name")
    enrol.add_argument("--segment", default="")
    enrol.add_argument("--contact", action="append", default=[])
    enrol.add_argument("--lead", action="append", default=[])
    leave = actions.add_parser("leave", help="take a contact or lead out of every sequence")
    leave.add_argument("entity", choices=("contact", "lead"))
    leave.add_argument("record_id")
    leave.add_argument("--reason", default="by hand")
    run_ = actions.add_parser("run", help="do every due step now (safe to run as often as you like)")
    run_.add_argument(
        "--now", default=None, help="run as if it were this UTC time (ISO 8601), for a dry test"
    )
    for q in (new, listing, show, enrol, leave, run_):
        add_db_option(q)
        q.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    def action() -> int:
        ctx = open_context(args)
        try:
            return _ACTIONS[args.action](ctx, args)
        finally:
            ctx.close()

    return guarded(action)


def parse_step(text: str) -> dict[str, Any]:
    """'email:welcome' -> {"type": "email", "template_id": "welcome"} (validation is the service's)."""
    kind, _, rest = text.partition(":")
    if kind == "email":
        return {"type": "email", "template_id": rest}
    if kind == "wait":
        return {"type": "wait", "days": rest}
    if kind == "task":
        subject, _, due = rest.partition(":")
        return {"type": "task", "subject": subject, "due_days": due or 0}
    return {"type": kind}


def _range(text: str) -> list[int]:
    if "-" in text:
        low, high = text.split("-", 1)
        return list(range(int(low), int(high) + 1))
    return [int(t) for t in text.split(",") if t.strip()]


def _new(ctx, args) -> int:  # type: ignore[no-untyped-def]
    from app.services.campaigns.sequences import SequenceInput

    try:
        start, end = (int(t) for t in args.window.split("-", 1))
        window = {"start": start, "end": end, "weekdays": _range(args.weekdays)}
    except ValueError:
        raise SystemExit("rapport sequence new: --window is START-END hours, --weekdays like 0-4") from None
    steps = tuple(parse_step(s) for s in args.step)
    made = ctx.sequences.create(SequenceInput(args.name, steps, window, args.per_hour)).value
    print(f"sequence '{made.name}' created with {len(made.steps)} steps")
    return 0


def _list(ctx, args) -> int:  # type: ignore[no-untyped-def]
    for q in ctx.sequences.list():
        counts = ", ".join(f"{n} {s}" for s, n in sorted(q.enrolments.items())) or "nobody enrolled"
        print(f"{q.name:<30} {len(q.steps)} steps  {'active' if q.active else 'paused'}  {counts}")
    return 0


def _show(ctx, args) -> int:  # type: ignore[no-untyped-def]
    from app.services.campaigns.steps import describe

    q = ctx.sequences.find(args.name)
    w = q.window
    print(
        f"{q.name}: mails {w.get('start')}:00-{w.get('end')}:00 UTC on days {w.get('weekdays')}, "
        f"{q.per_hour or 'no'} per-hour limit"
    )
    for i, step in enumerate(q.steps, 1):
        print(f"  {i}. {describe(step)}")
    for e in ctx.sequences.enrolments(q.id):
        where = f"left ({e.left_reason})" if e.status == "left" else e.status
        due = f", next at {e.next_due_at:%Y-%m-%d %H:%M}" if e.next_due_at else ""
        print(f"  {e.subject_type} {e.name}: step {e.next_step + 1}, {where}{due}")
    return 0


def _enrol(ctx, args) -> int:  # type: ignore[no-untyped-def]
    q = ctx.sequences.find(args.name)
    added = 0
    if args.segment:
        added += ctx.sequences.enrol_segment(q.id, ctx.segments.find(args.segment).id).value
    keys = [("contact", _id(i)) for i in args.contact] + [("lead", _id(i)) for i in args.lead]
    if keys:
        added += ctx.sequences.enrol(q.id, keys).value
    print(f"{added} enrolled in '{q.name}'")
    return 0


def _leave(ctx, args) -> int:  # type: ignore[no-untyped-def]
    left = ctx.sequences.leave((args.entity, _id(args.record_id)), args.reason).value
    print(f"{args.entity} {args.record_id} left {left} sequence{'s' if left != 1 else ''}")
    return 0


def _run(ctx, args) -> int:  # type: ignore[no-untyped-def]
    from datetime import UTC, datetime

    from app.services.campaigns.ports import default_sender

    now = datetime.fromisoformat(args.now) if args.now else None
    if now is not None and now.tzinfo is None:
        now = now.replace(tzinfo=UTC)
    r = ctx.sequences.run(default_sender(), now)
    print(
        f"{r.emails} mails queued, {r.suppressed} suppressed (no consent), {r.tasks} tasks, {r.waits} waits, "
        f"{r.completed} completed, {r.left} left, {r.deferred} deferred (window or hourly limit)"
    )
    return 0


def _id(text: str) -> uuid.UUID:
    try:
        return uuid.UUID(text)
    except ValueError:
        raise SystemExit(f"rapport sequence: '{text}' is not a record id") from None


_ACTIONS = {"new": _new, "list": _list, "show": _show, "enrol": _enrol, "leave": _leave, "run": _run}
