"""`rapport automation list|show|add|builtins|enable|disable|dry-run|run|log|undo`: workflow rules.

`run` runs the time rules once and delivers the webhooks that are due: schedule it with cron or the
Windows Task Scheduler on the office server (two runners at once never act twice on a record).
"""

from __future__ import annotations

import argparse
import json
import uuid
from pathlib import Path
from typing import Any

from app.commands.common import add_db_option, guarded, open_context


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = sub.add_parser("automation", help="workflow rules: list, test (dry run), run, log, undo")
    actions = parser.add_subparsers(dest="automation_command", metavar="ACTION", required=True)
    _add(actions, "list", "every rule: on or off, its trigger and entity", run_list)
    _add(actions, "show", "one rule in full", run_show, rule=True)
    p = _add(
        actions,
        "add",
        "add a rule from a JSON file (name, entity, trigger, ... see docs/automation.md)",
        run_add,
    )
    p.add_argument("file", type=Path)
    _add(actions, "builtins", "add the ready-made rules (disabled) that are missing", run_builtins)
    _add(actions, "enable", "switch a rule on (clears a pause)", run_enable, rule=True)
    _add(actions, "disable", "switch a rule off", run_disable, rule=True)
    _add(
        actions,
        "dry-run",
        "which records the rule would act on now, and what it would do",
        run_dry,
        rule=True,
    )
    _add(actions, "run", "run the time rules once and deliver the webhooks that are due", run_run)
    p = _add(actions, "log", "the latest runs (of one rule)", run_log)
    p.add_argument("rule", nargs="?", default="", help="a rule's name or id (default: every rule)")
    p.add_argument("--limit", type=int, default=30)
    p = _add(actions, "undo", "undo everything one run (or a rule since a time) did, as one step", run_undo)
    p.add_argument("run_id", nargs="?", default="", help="the run's id, as `rapport automation log` shows it")
    p.add_argument("--rule", default="", help="instead: every run of this rule ...")
    p.add_argument("--since", default="", metavar="YYYY-MM-DD[THH:MM]", help="... since this time (UTC)")


def _add(actions: Any, name: str, text: str, func: Any, rule: bool = False) -> argparse.ArgumentParser:
    p: argparse.ArgumentParser = actions.add_parser(name, help=text)
    if rule:
        p.add_argument("rule", help="the rule's name (or the start of it) or id")
    add_db_option(p)
    p.set_defaults(func=func)
    return p


def _with_context(args: argparse.Namespace, body: Any) -> int:
    def action() -> int:
        ctx = open_context(args)
        try:
            result: int = body(ctx)
            return result
        finally:
            ctx.close()

    return guarded(action)


def _state(rule: Any) -> str:
    if rule.paused_reason:
        return "paused"
    return "on" if rule.enabled else "off"


def run_list(args: argparse.Namespace) -> int:
    def body(ctx: Any) -> int:
        rules = ctx.automation.list()
        for r in rules:
            print(f"{_state(r):<6}  {r.entity:<9}  {r.trigger:<14}  {r.name}")
        if not rules:
            print("no rules (`rapport automation builtins` adds the ready-made ones, switched off)")
        return 0

    return _with_context(args, body)


def run_show(args: argparse.Namespace) -> int:
    def body(ctx: Any) -> int:
        r = ctx.automation.find(args.rule)
        print(f"{r.name}  [{_state(r)}]  id {r.id}")
        print(f"when:  {r.trigger} on {r.entity} {json.dumps(r.trigger_params) if r.trigger_params else ''}")
        print(f"if:    {json.dumps(r.conditions) if r.conditions else '(every record)'}")
        for a in r.actions:
            print(f"then:  {json.dumps(a)}")
        if r.paused_reason:
            print(f"paused: {r.paused_reason}")
        return 0

    return _with_context(args, body)


def run_add(args: argparse.Namespace) -> int:
    def body(ctx: Any) -> int:
        from app.services.automation.spec import RuleInput

        data = json.loads(args.file.read_text(encoding="utf-8"))
        data["actions"] = tuple(data.get("actions", ()))
        rule = ctx.automation.create(RuleInput(**data)).value
        print(f"added rule '{rule.name}' ({_state(rule)}), id {rule.id}")
        return 0

    return _with_context(args, body)


def run_builtins(args: argparse.Namespace) -> int:
    return _with_context(args, lambda ctx: print(f"{ctx.automation.install_builtins()} rule(s) added") or 0)


def run_enable(args: argparse.Namespace) -> int:
    return _set(args, True)


def run_disable(args: argparse.Namespace) -> int:
    return _set(args, False)


def _set(args: argparse.Namespace, enabled: bool) -> int:
    def body(ctx: Any) -> int:
        rule = ctx.automation.set_enabled(ctx.automation.find(args.rule).id, enabled).value
        print(f"'{rule.name}' is {_state(rule)}")
        return 0

    return _with_context(args, body)


def run_dry(args: argparse.Namespace) -> int:
    def body(ctx: Any) -> int:
        rule = ctx.automation.find(args.rule)
        plan = ctx.automation.dry_run(rule.id)
        print(f"{rule.name}: {plan.note}")
        steps: dict[Any, list[str]] = {}
        for step in plan.actions:
            steps.setdefault(step.record_id, []).append(step.summary)
        for record_id, label in zip(plan.record_ids, plan.labels, strict=True):
            print(f"  {label} ({record_id}): {'; '.join(steps.get(record_id, []))}")
        return 0

    return _with_context(args, body)


def run_run(args: argparse.Namespace) -> int:
    def body(ctx: Any) -> int:
        for r in ctx.automation.run_due():
            if r.error:
                print(f"{r.rule_name}: could not run: {r.error}")
                continue
            failed = f", {r.failed} action(s) failed" if r.failed else ""
            print(
                f"{r.rule_name}: acted on {r.acted} record(s){failed}"
                + (f" (run {r.run_id})" if r.run_id else "")
            )
        sent = ctx.automation.deliver_outbox()
        print(f"webhooks: {sent.delivered} delivered, {sent.failed} failed (retried later)")
        return 0

    return _with_context(args, body)


def run_log(args: argparse.Namespace) -> int:
    def body(ctx: Any) -> int:
        rule_id = ctx.automation.find(args.rule).id if args.rule else None
        for run in ctx.automation.log(rule_id, args.limit):
            note = f"  {run.note}" if run.note else ""
            print(
                f"{run.started_at:%Y-%m-%d %H:%M:%S}  {run.id}  {run.status:<7} {run.rule_name} ({run.trigger}){note}"
            )
        return 0

    return _with_context(args, body)


def run_undo(args: argparse.Namespace) -> int:
    def body(ctx: Any) -> int:
        if args.rule:
            return _undo_rule(ctx, args)
        try:
            run_id = uuid.UUID(args.run_id)
        except ValueError:
            raise SystemExit(f"rapport automation undo: '{args.run_id}' is not a run id") from None
        result = ctx.automation.undo_run(run_id).value
        print(f"undone run {run_id}")
        for note in result.kept:
            print(f"  kept: {note}")
        return 0

    return _with_context(args, body)


def _undo_rule(ctx: Any, args: argparse.Namespace) -> int:
    from datetime import UTC, datetime

    try:
        since = datetime.fromisoformat(args.since).replace(tzinfo=UTC)
    except ValueError:
        raise SystemExit(
            f"rapport automation undo: --since '{args.since}' is not a date like 2026-12-01"
        ) from None
    rule = ctx.automation.find(args.rule)
    results = ctx.automation.undo_rule_since(rule.id, since).value
    print(f"undone {len(results)} run(s) of '{rule.name}' since {since:%Y-%m-%d %H:%M} UTC")
    for result in results:
        for note in result.kept:
            print(f"  kept: {note}")
    return 0
