"""Issue 22 figures: the Tickets page's queues over N tickets (100,000 at `large`): the first page of a
queue (count + 200 rows, as the page reads them), "breaching soon", one agent's queue, a search, and the
SLA timers of the visible rows."""

from __future__ import annotations

import random
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from app.config import Settings
from app.context import AppContext
from app.models import KbArticle, Ticket, TicketPriority, TicketStatus, User, utcnow, uuid7_many
from app.services.core.bulk import insert_rows
from app.services.core.listing import ListQuery
from app.services.service_desk.queues import queue_kind, timer_of
from benchmarks.common import Result, median_ms

SECTION = "Service desk: ticket queues and knowledge search (issue 22)"
NOTE = (
    "First page = count + the first 200 rows of the queue sorted by due time, as the Tickets page reads "
    "them (`TicketsService.count` + `page`). Tickets: 70 % open (new, open, waiting), the rest resolved or "
    "closed; 80 % assigned among 20 agents; due times spread over two weeks either side of now. Knowledge: "
    "N/10 articles (10,000 at `large`) of 120 words each from a 30-word vocabulary (so a word is in most "
    "articles: ranking, not matching, is the cost)."
)
SIZES = {"small": 2_000, "large": 100_000}
ARTICLES = {"small": 500, "large": 10_000}
WORDS = [
    "printer",
    "toner",
    "fuser",
    "paper",
    "jam",
    "network",
    "cable",
    "router",
    "password",
    "login",
    "account",
    "invoice",
    "credit",
    "refund",
    "export",
    "excel",
    "report",
    "dashboard",
    "backup",
    "restore",
    "email",
    "sync",
    "calendar",
    "reminder",
    "licence",
    "update",
    "install",
]
AGENTS = 20


def _build(path: Path, count: int) -> None:
    ctx = AppContext.open(Settings(db_url=f"sqlite:///{path}"))
    rng = random.Random(22)
    now = utcnow()
    try:
        with ctx.uow() as work:
            work.bulk = True
            agents = [User(name=f"Agent {i}", email=f"agent{i}@example.com") for i in range(AGENTS)]
            work.session.add_all(agents)
            work.session.flush()
            agent_ids = [a.id for a in agents]
            statuses = [TicketStatus.NEW, TicketStatus.OPEN, TicketStatus.OPEN, TicketStatus.WAITING]
            rows = []
            for i, ident in enumerate(uuid7_many(count)):
                closed = rng.random() < 0.3
                status = (
                    rng.choice([TicketStatus.RESOLVED, TicketStatus.CLOSED])
                    if closed
                    else rng.choice(statuses)
                )
                opened = now - timedelta(minutes=rng.randint(0, 60 * 24 * 30))
                due = now + timedelta(minutes=rng.randint(-60 * 24 * 14, 60 * 24 * 14))
                answered = closed or rng.random() < 0.6
                rows.append(
                    {
                        "id": ident, "created_at": opened, "updated_at": opened, "version": 1, "deleted_at": None,
                        "custom": {}, "number": f"T-2026-{i + 1:07d}", "subject": f"Ticket {i} about printer {i % 97}",
                        "description": "", "account_id": None, "contact_id": None, "product_id": None,
                        "priority": rng.choice(list(TicketPriority)), "category": "", "status": status,
                        "channel": "email", "assignee_id": rng.choice(agent_ids) if rng.random() < 0.8 else None,
                        "sla_policy_id": None, "first_response_due": due - timedelta(hours=6),
                        "resolution_due": due, "first_response_at": opened if answered else None,
                        "resolved_at": now if closed else None, "closed_at": now if status is TicketStatus.CLOSED else None,
                        "paused_at": now if status is TicketStatus.WAITING else None,
                        "next_due": due if answered or closed else due - timedelta(hours=6),
                    }
                )  # fmt: skip
            insert_rows(work.session, Ticket, rows)
        articles = ARTICLES.get(size_name(count), max(count // 10, 100))
        with ctx.uow() as work:
            work.bulk = True
            kb_rows = []
            for ident in uuid7_many(articles):
                words = rng.sample(WORDS, 6)
                body = " ".join(rng.choice(WORDS) for _ in range(120))
                kb_rows.append(
                    {
                        "id": ident, "created_at": now, "updated_at": now, "version": 1, "deleted_at": None,
                        "custom": {}, "title": " ".join(words[:3]).capitalize(), "category": words[3],
                        "body": body, "published": True,
                    }
                )  # fmt: skip
            insert_rows(work.session, KbArticle, kb_rows)
    finally:
        ctx.close()


def size_name(count: int) -> str:
    return next((name for name, n in SIZES.items() if n == count), "")


def database(data: Path, size: str) -> Path:
    count = SIZES.get(size) or int(size)
    path = data / f"tickets-{size}.db"
    if not path.exists():
        data.mkdir(parents=True, exist_ok=True)
        print(f"generating {path.name} ({count:,} tickets) ...", flush=True)
        started = time.perf_counter()
        _build(path, count)
        print(f"  in {time.perf_counter() - started:.0f} s", flush=True)
    return path


def run(data: Path, size: str) -> list[Result]:
    path = database(data, size)
    ctx = AppContext.open(Settings(db_url=f"sqlite:///{path}"))
    try:
        tickets = ctx.tickets
        total = tickets.count(ListQuery())
        agent = ctx.lookups.users()[0].id

        def first_page(query: ListQuery) -> object:
            return tickets.page(query, 0, 200, tickets.count(query))

        queues = {
            "all open": ListQuery(sort="due", kind="open"),
            "breaching soon": ListQuery(sort="due", kind="breaching"),
            "one agent's": ListQuery(sort="due", kind=queue_kind("mine", agent)),
            "waiting for customer": ListQuery(sort="due", kind="waiting"),
            "search 'printer 42'": ListQuery(sort="due", search="printer 42"),
        }
        results = []
        for name, query in queues.items():
            shown = tickets.count(query)
            ms = median_ms(lambda q=query: first_page(q), repeat=7)
            target = 100.0 if name in ("all open", "breaching soon") else None
            results.append(Result(f"{name} queue, first page ({shown:,} of {total:,})", ms, target=target))
        rows = tickets.page(ListQuery(sort="due", kind="open"), 0, 200, 200).rows
        now = datetime.now(UTC)
        timers = median_ms(lambda: [timer_of(r, now) for r in rows], repeat=21)
        results.append(Result(f"SLA timers of {len(rows)} visible rows", timers, target=20.0))
        articles = ctx.knowledge.count(ListQuery())
        for text in ("printer", "fuser jam", "pass"):
            ms = median_ms(lambda t=text: ctx.knowledge.search(t), repeat=7)
            results.append(
                Result(f"knowledge search '{text}' over {articles:,} articles (ranked)", ms, target=50.0)
            )
        ticket = rows[0].id
        ms = median_ms(lambda: ctx.knowledge.suggest(ticket), repeat=7)
        results.append(Result(f"articles suggested for a ticket ({articles:,} articles)", ms, target=50.0))
        return results
    finally:
        ctx.close()
