"""`rapport customer-value [--churn-rule] [--evaluate DATE]`: recompute the scores and product pairs (a
nightly job), optionally apply the "no order for 12 months" churn rule, and print the year's figures."""

from __future__ import annotations

import argparse
from datetime import date, timedelta

from app.commands.common import add_db_option, guarded, open_context


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = sub.add_parser(
        "customer-value", help="recompute RFM, engagement, churn risk and product pairs; print churn and CLV"
    )
    parser.add_argument("--churn-rule", action="store_true", help='apply "no order for 12 months" first')
    parser.add_argument(
        "--evaluate",
        type=date.fromisoformat,
        metavar="DATE",
        help="also report the suggestions' hit rate at 5 on purchases after DATE (against popularity)",
    )
    add_db_option(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    def action() -> int:
        ctx = open_context(args)
        try:
            if args.churn_rule:
                rules = ctx.customer_status.apply_rules().value
                print(f"churn rule: {len(rules.churned)} churned, {len(rules.won_back)} won back")
            scored = ctx.customer_scores.recompute().value
            pairs = ctx.suggestions.rebuild().value
            print(f"scored {scored:,} accounts; {pairs:,} product pairs")
            today = date.today()
            churn = ctx.customer_status.churn(today - timedelta(days=365), today + timedelta(days=1))
            ltv = ctx.customer_status.lifetime_value(today - timedelta(days=365), today + timedelta(days=1))
            rate = f"{100 * churn.churn_rate:.1f} %" if churn.churn_rate is not None else "-"
            print(
                f"churn, last 12 months: {rate} ({churn.churned} of {churn.customers_at_start}); "
                f"won back {churn.won_back}; lifetime value {ltv.value if ltv.value is not None else '-'}"
            )
            for segment, n in sorted(ctx.customer_scores.segment_counts().items()):
                print(f"  {segment}: {n:,}")
            if args.evaluate:
                ev = ctx.suggestions.evaluate(args.evaluate)
                print(
                    f"hit rate at 5: {100 * (ev.hit_rate or 0):.1f} % vs popularity "
                    f"{100 * (ev.baseline_rate or 0):.1f} % over {ev.customers:,} customers"
                )
        finally:
            ctx.close()
        return 0

    return guarded(action)
