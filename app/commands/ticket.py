"""`rapport ticket new|list|show|reply|status`: the service desk from the command line."""

from __future__ import annotations

import argparse

from app.commands.common import add_db_option, guarded, open_context


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("ticket", help="support tickets: new, list, show, reply, status")
    actions = p.add_subparsers(dest="action", required=True)
    new = actions.add_parser("new", help="open a ticket")
    new.add_argument("subject")
    new.add_argument("--description", default="")
    new.add_argument("--priority", default="normal", help="low, normal, high or urgent")
    new.add_argument("--channel", default="", help="email, phone, web or in_person")
    listing = actions.add_parser("list", help="the queue: open tickets, the first to breach on top")
    listing.add_argument(
        "--status", default="", help="only this status (new, open, waiting, resolved, closed)"
    )
    listing.add_argument(
        "--queue",
        default="",
        help="mine, team, unassigned, breaching, waiting or open (default: every ticket)",
    )
    show = actions.add_parser("show", help="a ticket with its conversation and SLA clock")
    show.add_argument("number")
    reply = actions.add_parser("reply", help="answer the customer (or --internal: a note)")
    reply.add_argument("number")
    reply.add_argument("text")
    reply.add_argument("--internal", action="store_true")
    status = actions.add_parser("status", help="move a ticket: open, waiting, resolved, closed")
    status.add_argument("number")
    status.add_argument("status")
    report = actions.add_parser("sla-report", help="SLA compliance: % met and mean times, by group")
    report.add_argument("--from", dest="start", default="", help="YYYY-MM-DD (default: 90 days ago)")
    report.add_argument("--to", dest="end", default="", help="YYYY-MM-DD, inclusive (default: today)")
    report.add_argument("--by", default="month", help="month, week, priority, team or tier")
    csat = actions.add_parser("csat", help="record the customer's satisfaction (1-5) with a resolved ticket")
    csat.add_argument("number")
    csat.add_argument("score", type=int)
    csat.add_argument("--comment", default="")
    feedback = actions.add_parser("feedback", help="CSAT or NPS by month, team, priority or segment")
    feedback.add_argument("--kind", default="csat", choices=["csat", "nps"])
    feedback.add_argument("--by", default="month", help="csat: month, team, priority; nps: month, segment")
    feedback.add_argument("--segment", default="", help="the contact segment's name (--by segment)")
    feedback.add_argument("--days", type=int, default=365, help="answers of the last N days (default 365)")
    tier = actions.add_parser("tier", help="put an account in a customer tier: standard, gold, platinum")
    tier.add_argument("account", help="the account's name")
    tier.add_argument("tier")
    targets = actions.add_parser("targets", help="a customer tier's SLA targets for one priority")
    targets.add_argument("tier")
    targets.add_argument("priority")
    targets.add_argument("first", type=int, help="first response, working minutes")
    targets.add_argument("resolution", type=int, help="resolution, working minutes")
    for q in (new, listing, show, reply, status, report, csat, feedback, tier, targets):
        add_db_option(q)
        q.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    def action() -> int:
        from dataclasses import replace

        from app.services.core.listing import ListQuery
        from app.services.service_desk.tickets import TicketInput

        ctx = open_context(args)
        try:
            tickets = ctx.tickets
            if args.action == "new":
                made = tickets.create(
                    TicketInput(args.subject, args.description, priority=args.priority, channel=args.channel)
                ).value
                print(
                    f"{made.number} opened; first response due {made.first_response_due:%Y-%m-%d %H:%M} UTC"
                )
                return 0
            if args.action == "list":
                from app.services.service_desk.queues import queue_kind

                me = ctx.current_user.id if ctx.current_user else None
                kind = queue_kind(args.queue, me, tickets.my_team())
                query = ListQuery(sort="due", status=args.status, kind=kind)
                for row in tickets.page(query, 0, 200, tickets.count(query)).rows:
                    if not (args.status or args.queue) and row.status in ("resolved", "closed"):
                        continue
                    due = f"{row.resolution_due:%Y-%m-%d %H:%M}" if row.resolution_due else "-"
                    print(f"{row.number}  {row.status:<8} {row.priority:<6} due {due}  {row.subject}")
                return 0
            if args.action == "sla-report":
                return _sla_report(ctx, args)
            if args.action == "feedback":
                return _feedback(ctx, args)
            if args.action == "tier":
                accounts = [
                    r for r in ctx.accounts.page(ListQuery(search=args.account), 0, 50, 50).rows
                    if r.name.lower() == args.account.strip().lower()
                ]  # fmt: skip
                if len(accounts) != 1:
                    raise SystemExit(
                        f"rapport ticket tier: {len(accounts)} accounts are named “{args.account}”"
                    )
                ctx.sla.set_account_tier(accounts[0].id, args.tier)
                print(f"{accounts[0].name} is now {args.tier}; its new tickets are timed by that tier")
                return 0
            if args.action == "targets":
                policy = ctx.sla.set_tier_targets(args.tier, {args.priority: (args.first, args.resolution)})
                first, resolve = policy.target(args.priority, args.tier)
                print(f"{args.tier} {args.priority}: first response {first} min, resolution {resolve} min")
                return 0
            found = _by_number(tickets, args.number)
            if args.action == "show":
                clock = tickets.clock(found)
                print(f"{found.number}  {found.subject}  [{found.status}, {found.priority}]")
                for label, left in (
                    ("first response", clock.first_response_left),
                    ("resolution", clock.resolution_left),
                ):
                    if left is not None:
                        state = (
                            f"{left:.0f} working minutes left"
                            if left >= 0
                            else f"BREACHED by {-left:.0f} minutes"
                        )
                        print(
                            f"  {label}: {state}{' (paused: waiting for the customer)' if clock.paused else ''}"
                        )
                if not clock.first_response_recorded:
                    print("  first response: not recorded (imported; not counted as met or missed)")
                for entry in found.entries:
                    print(
                        f"  {entry.created_at:%Y-%m-%d %H:%M} {entry.kind} by {entry.author or '?'}: {entry.body}"
                    )
            elif args.action == "csat":
                ctx.feedback.record_csat(found.id, args.score, args.comment)
                print(f"CSAT {args.score} recorded for {found.number}")
            elif args.action == "reply":
                tickets.reply(found.id, args.text, internal=args.internal)
                print(f"{'note added to' if args.internal else 'replied on'} {found.number}")
            else:
                moved = tickets.update(
                    found.id, replace(found.as_input(), status=args.status), found.version
                ).value
                print(f"{moved.number} is now {moved.status}")
        finally:
            ctx.close()
        return 0

    return guarded(action)


def _feedback(ctx, args) -> int:  # type: ignore[no-untyped-def]
    from datetime import date, timedelta

    end = date.today() + timedelta(days=1)
    start = end - timedelta(days=args.days + 1)
    if args.kind == "csat":
        rows = ctx.feedback.csat(start, end, args.by)
    else:
        segment = None
        if args.by == "segment":
            found = [
                s for s in ctx.segments.list("contact") if s.name.lower() == args.segment.strip().lower()
            ]
            if not found:
                raise SystemExit(f"rapport ticket feedback: no contact segment named “{args.segment}”")
            segment = found[0].id
        rows = ctx.feedback.nps(start, end, args.by, segment)
    score, share = ("mean", "% satisfied") if args.kind == "csat" else ("NPS", "% promoters")
    print(f"{args.by:<12} {'answers':>8} {score:>8} {share:>12}")
    for r in rows:
        print(f"{r.key:<12} {r.answers:>8,} {r.score:>8} {r.share:>12}")
    if not rows:
        print("no answers in the period")
    return 0


def _sla_report(ctx, args) -> int:  # type: ignore[no-untyped-def]
    from datetime import UTC, date, datetime, time, timedelta

    try:
        end = date.fromisoformat(args.end) if args.end else date.today()
        start = date.fromisoformat(args.start) if args.start else end - timedelta(days=90)
    except ValueError as exc:
        raise SystemExit(f"rapport ticket sla-report: {exc} (dates are YYYY-MM-DD)") from None
    rows = ctx.sla_report.report(
        datetime.combine(start, time(), UTC), datetime.combine(end + timedelta(days=1), time(), UTC), args.by
    )
    if not rows:
        print(f"no tickets opened from {start} to {end}")
        return 0

    def pct(v):  # type: ignore[no-untyped-def]
        return "-" if v is None else f"{v:.1f}%"

    def hours(v):  # type: ignore[no-untyped-def]
        return "-" if v is None else f"{v / 60:.1f}h"

    print(f"{args.by:<12} {'tickets':>8} {'1st met':>8} {'res met':>8} {'mean 1st':>9} {'mean res':>9}")
    for r in rows:
        print(
            f"{r.key:<12} {r.tickets:>8,} {pct(r.first_pct):>8} {pct(r.resolution_pct):>8}"
            f" {hours(r.mean_first_minutes):>9} {hours(r.mean_resolution_minutes):>9}"
        )
    return 0


def _by_number(tickets, number: str):  # type: ignore[no-untyped-def]
    from app.services.core.listing import ListQuery

    rows = [r for r in tickets.page(ListQuery(search=number), 0, 5, 5).rows if r.number == number.upper()]
    if not rows:
        raise SystemExit(f"rapport ticket: no ticket {number}")
    return tickets.get(rows[0].id)
