"""`rapport campaign ...`: campaigns, their members, the send, KPIs, consent and unsubscribe."""

from __future__ import annotations

import argparse
import uuid

from app.commands.common import add_db_option, guarded, open_context


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("campaign", help="marketing campaigns: new, list, show, add, send, kpis, consent")
    actions = p.add_subparsers(dest="action", required=True)
    new = actions.add_parser("new", help="create a campaign")
    new.add_argument("name")
    new.add_argument("--type", default="email", help="email, event, webinar, print, ads or other")
    new.add_argument("--starts", default=None, help="first day, YYYY-MM-DD")
    new.add_argument("--ends", default=None, help="last day, YYYY-MM-DD")
    new.add_argument("--budget", default="0")
    new.add_argument("--cost", default="0", help="the actual cost so far")
    new.add_argument("--currency", default="EUR")
    new.add_argument("--template", default="", help="the mail template an email campaign sends")
    new.add_argument("--segment", default="", help="the segment its members come from (by name)")
    listing = actions.add_parser("list", help="every campaign with its member counts")
    show = actions.add_parser("show", help="a campaign, its members by status and its KPIs")
    show.add_argument("name")
    add = actions.add_parser("add", help="add members: a segment's contacts or leads, or records by id")
    add.add_argument("name")
    add.add_argument("--segment", default="", help="a segment's name (default: the campaign's own)")
    add.add_argument("--contact", action="append", default=[], help="a contact id (repeatable)")
    add.add_argument("--lead", action="append", default=[], help="a lead id (repeatable)")
    send = actions.add_parser("send", help="queue the mail to every pending member who consented")
    send.add_argument("name")
    kpis = actions.add_parser("kpis", help="cost per lead, ROI and CAC per campaign, and CAC of a period")
    kpis.add_argument("--from", dest="start", default=None, help="YYYY-MM-DD (default: all time)")
    kpis.add_argument("--to", dest="end", default=None, help="YYYY-MM-DD, exclusive")
    kpis.add_argument("--currency", default="EUR", help="the currency of the period's CAC")
    attribute = actions.add_parser("attribute", help="credit a lead or a deal to a campaign")
    attribute.add_argument("name", help="the campaign ('-' for none)")
    attribute.add_argument("entity", choices=("lead", "deal"))
    attribute.add_argument("record_id")
    consent = actions.add_parser("consent", help="record a contact's or lead's consent")
    consent.add_argument("entity", choices=("contact", "lead"))
    consent.add_argument("record_id")
    consent.add_argument("status", choices=("granted", "withdrawn", "unknown"))
    consent.add_argument("--channel", default="email", choices=("email", "phone", "post"))
    consent.add_argument("--source", default="by hand")
    consent.add_argument("--text", default="", help="the wording the person agreed to")
    unsubscribe = actions.add_parser("unsubscribe", help="apply an unsubscribe token (from a link or reply)")
    unsubscribe.add_argument("token")
    for q in (new, listing, show, add, send, kpis, attribute, consent, unsubscribe):
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


def _new(ctx, args) -> int:  # type: ignore[no-untyped-def]
    from datetime import date
    from decimal import Decimal, InvalidOperation

    from app.services.campaigns.campaigns import CampaignInput

    try:
        budget, cost = Decimal(args.budget), Decimal(args.cost)
        starts = date.fromisoformat(args.starts) if args.starts else None
        ends = date.fromisoformat(args.ends) if args.ends else None
    except (InvalidOperation, ValueError) as exc:
        raise SystemExit(f"rapport campaign new: {exc}") from None
    segment = ctx.segments.find(args.segment).id if args.segment else None
    made = ctx.campaigns.create(
        CampaignInput(
            args.name, args.type, "", starts, ends, args.currency, budget, cost, args.template, segment
        )
    ).value
    print(f"campaign '{made.name}' created ({made.kind}, budget {made.budget} {made.currency})")
    return 0


def _list(ctx, args) -> int:  # type: ignore[no-untyped-def]
    for c in ctx.campaigns.list():
        counts = ", ".join(f"{n} {s}" for s, n in sorted(c.members.items())) or "no members"
        print(f"{c.name:<30} {c.kind:<8} {c.starts_on or '-'}  cost {c.actual_cost} {c.currency}  {counts}")
    return 0


def _show(ctx, args) -> int:  # type: ignore[no-untyped-def]
    c = ctx.campaigns.find(args.name)
    k = ctx.campaign_metrics.for_campaign(c.id)
    print(f"{c.name} [{c.kind}] {c.starts_on or '-'} .. {c.ends_on or '-'}  template {c.template_id or '-'}")
    print(f"  budget {c.budget} {c.currency}, actual cost {c.actual_cost} {c.currency}")
    print("  members: " + (", ".join(f"{n} {s}" for s, n in sorted(c.members.items())) or "none"))
    print(f"  {_kpi_line(k)}")
    return 0


def _kpi_line(k) -> str:  # type: ignore[no-untyped-def]
    def show(value, suffix=""):  # type: ignore[no-untyped-def]
        return "-" if value is None else f"{value}{suffix}"

    roi = None if k.roi is None else f"{k.roi * 100:.1f}%"
    return (
        f"leads {k.leads}, won deals {k.won_deals} ({k.revenue} {k.currency}), new customers {k.new_customers}; "
        f"cost per lead {show(k.cost_per_lead)}, ROI {show(roi)}, CAC {show(k.cac)}"
    )


def _add(ctx, args) -> int:  # type: ignore[no-untyped-def]
    c = ctx.campaigns.find(args.name)
    added = 0
    if args.segment or not (args.contact or args.lead):
        segment = ctx.segments.find(args.segment).id if args.segment else None
        added += ctx.campaigns.add_segment(c.id, segment).value
    keys = [("contact", _id(i)) for i in args.contact] + [("lead", _id(i)) for i in args.lead]
    if keys:
        added += ctx.campaigns.add(c.id, keys).value
    print(f"{added} members added to '{c.name}'")
    return 0


def _send(ctx, args) -> int:  # type: ignore[no-untyped-def]
    from app.services.campaigns.ports import default_sender

    c = ctx.campaigns.find(args.name)
    result = ctx.campaigns.send(
        c.id, default_sender(), progress=lambda done, total: print(f"  {done}/{total}")
    )
    print(f"'{c.name}': {result.queued} mails queued, {result.suppressed} suppressed (no consent)")
    return 0


def _kpis(ctx, args) -> int:  # type: ignore[no-untyped-def]
    from datetime import date

    start = date.fromisoformat(args.start) if args.start else None
    end = date.fromisoformat(args.end) if args.end else None
    for k in ctx.campaign_metrics.all_campaigns(start, end):
        print(f"{k.name:<30} cost {k.cost} {k.currency}  {_kpi_line(k)}")
    if start and end:
        p = ctx.campaign_metrics.cac_by_period(start, end, args.currency)
        print(
            f"period {start} .. {end}: cost {p.cost} {p.currency}, new customers {p.new_customers}, CAC {p.cac or '-'}"
        )
    return 0


def _attribute(ctx, args) -> int:  # type: ignore[no-untyped-def]
    campaign = None if args.name == "-" else ctx.campaigns.find(args.name).id
    ctx.campaigns.attribute(args.entity, _id(args.record_id), campaign)
    print(f"{args.entity} {args.record_id} credited to {args.name if campaign else 'no campaign'}")
    return 0


def _consent(ctx, args) -> int:  # type: ignore[no-untyped-def]
    ctx.consent.set(args.entity, _id(args.record_id), args.channel, args.status, args.source, args.text)
    print(f"{args.channel} consent of {args.entity} {args.record_id}: {args.status} ({args.source})")
    return 0


def _unsubscribe(ctx, args) -> int:  # type: ignore[no-untyped-def]
    entity, ident = ctx.consent.unsubscribe(args.token).value
    print(f"{entity} {ident} unsubscribed: no more marketing mail")
    return 0


def _id(text: str) -> uuid.UUID:
    try:
        return uuid.UUID(text)
    except ValueError:
        raise SystemExit(f"rapport campaign: '{text}' is not a record id") from None


_ACTIONS = {
    "new": _new,
    "list": _list,
    "show": _show,
    "add": _add,
    "send": _send,
    "kpis": _kpis,
    "attribute": _attribute,
    "consent": _consent,
    "unsubscribe": _unsubscribe,
}
