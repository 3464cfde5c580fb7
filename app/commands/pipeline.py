"""`rapport pipeline list|stages|add`: the sales pipelines and their stages, for scripts.

A fresh database already has the default pipeline (migration 0016); `add` creates another one, with the
default stages unless `--stage` lists its own.
"""

from __future__ import annotations

import argparse

from app.commands.common import add_db_option, guarded, open_context

# The usual stages with their win probabilities (the same as migration 0016 gives a fresh database).
DEFAULT_STAGES = (
    "Qualification=10",
    "Needs analysis=25",
    "Proposal=50",
    "Negotiation=75",
    "Won=100:won",
    "Lost=0:lost",
)


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = sub.add_parser("pipeline", help="list, show or add sales pipelines")
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = actions.add_parser("list", help="the pipelines, the default one marked with *")
    add_db_option(p)
    p.set_defaults(func=run_list)
    p = actions.add_parser("stages", help="the stages of a pipeline in board order")
    p.add_argument("name", nargs="?", default="", help="pipeline name (default: the default pipeline)")
    add_db_option(p)
    p.set_defaults(func=run_stages)
    p = actions.add_parser("add", help="create a pipeline")
    p.add_argument("name")
    p.add_argument(
        "--stage",
        action="append",
        default=[],
        metavar="NAME[=PERCENT][:won|:lost]",
        help="a stage in board order, e.g. 'Proposal=50' or 'Won=100:won' (default: the usual six)",
    )
    p.add_argument("--default", action="store_true", help="make it the default pipeline")
    add_db_option(p)
    p.set_defaults(func=run_add)


def parse_stage(text: str) -> tuple[str, int, bool, bool]:
    """'Won=100:won' -> ('Won', 100, True, False); exits with a message on a malformed stage."""
    body, _, flag = text.rpartition(":") if text.lower().endswith((":won", ":lost")) else (text, "", "")
    name, sep, percent = body.partition("=")
    try:
        probability = int(percent) if sep else 0
    except ValueError:
        raise SystemExit(
            f"rapport pipeline: '{percent}' in --stage {text!r} is not a whole percent"
        ) from None
    return name.strip(), probability, flag.lower() == "won", flag.lower() == "lost"


def run_list(args: argparse.Namespace) -> int:
    def action() -> int:
        ctx = open_context(args)
        try:
            pipelines = ctx.pipelines.all()
        finally:
            ctx.close()
        for p in pipelines:
            print(f"{'*' if p.is_default else ' '} {p.name} ({len(p.stages)} stages)")
        if not pipelines:
            print("no pipelines (rapport pipeline add NAME creates one)")
        return 0

    return guarded(action)


def run_stages(args: argparse.Namespace) -> int:
    def action() -> int:
        ctx = open_context(args)
        try:
            pipelines = ctx.pipelines.all()
        finally:
            ctx.close()
        wanted = args.name.strip().lower()
        pipeline = next(
            (p for p in pipelines if (p.name.lower() == wanted if wanted else p.is_default)), None
        )
        if pipeline is None:
            names = ", ".join(p.name for p in pipelines) or "none"
            print(f"rapport pipeline: no pipeline named '{args.name or 'default'}' (pipelines: {names})")
            return 1
        for position, s in enumerate(pipeline.stages, start=1):
            kind = " won" if s.is_won else " lost" if s.is_lost else ""
            print(f"{position}. {s.name}  {s.probability}%{kind}")
        return 0

    return guarded(action)


def run_add(args: argparse.Namespace) -> int:
    def action() -> int:
        from app.services.sales.pipelines import PipelineInput, StageInput

        stages = tuple(StageInput(*parse_stage(t)) for t in (args.stage or DEFAULT_STAGES))
        ctx = open_context(args)
        try:
            made = ctx.pipelines.save(PipelineInput(args.name, stages, args.default)).value
        finally:
            ctx.close()
        print(f"pipeline {made.name} created with {len(made.stages)} stages")
        return 0

    return guarded(action)
