"""Demo sales pipeline with its stages, deals (with their stage history) and activities."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import delete, insert

from app.models import Activity, Deal, DealStageHistory, Pipeline, Stage
from app.services.demo.common import SUBJECTS, Writer, table_of

STAGES = [
    ("Qualification", 10, False, False),
    ("Needs analysis", 25, False, False),
    ("Proposal", 50, False, False),
    ("Negotiation", 75, False, False),
    ("Won", 100, True, False),
    ("Lost", 0, False, True),
]

STAGE_STEP = 9  # days between two stage moves in a deal's history
IDLE_SHARE = 0.12  # open deals left idle for weeks: the stale ones on the board


class Deals(Writer):
    def pipeline(self) -> list[tuple[uuid.UUID, int, bool, bool]]:
        # The demo's own "Sales" replaces the default pipeline a fresh database starts with (0016).
        self.conn.execute(delete(table_of(Stage)))
        self.conn.execute(delete(table_of(Pipeline)))
        pipeline = {**self._base(), "name": "Sales", "position": 0, "is_default": True}
        self.conn.execute(insert(table_of(Pipeline)), [pipeline])
        rows = [
            {
                **self._base(),
                "pipeline_id": pipeline["id"],
                "name": name,
                "position": i,
                "probability": p,
                "is_won": won,
                "is_lost": lost,
            }
            for i, (name, p, won, lost) in enumerate(STAGES)
        ]
        self.conn.execute(insert(table_of(Stage)), rows)
        self.pipeline_id = pipeline["id"]
        return [(r["id"], r["probability"], r["is_won"], r["is_lost"]) for r in rows]

    def deals(
        self,
        n: int,
        accounts: list[tuple[uuid.UUID, str, str]],
        contacts: list[tuple[uuid.UUID, uuid.UUID]],
        stages: list[tuple[uuid.UUID, int, bool, bool]],
        users: list[uuid.UUID],
    ) -> list[tuple[uuid.UUID, uuid.UUID]]:
        out: list[tuple[uuid.UUID, uuid.UUID]] = []
        history: list[dict[str, Any]] = []
        products = [
            "Annual licence",
            "Service contract",
            "Equipment order",
            "Consulting package",
            "Spare parts",
            "Training days",
            "Maintenance renewal",
            "Pilot project",
        ]

        column_ends: dict[uuid.UUID, int] = {}  # board order: each stage's cards GAP apart, oldest first

        def rows() -> Iterator[dict[str, Any]]:
            for _ in range(n):
                contact_id, account_id = self.rng.choice(contacts)
                stage_index = self.rng.choices(range(len(stages)), [18, 14, 12, 8, 28, 20])[0]
                stage_id, _p, won, lost = stages[stage_index]
                path = list(range(min(stage_index, 3) + 1)) + ([stage_index] if stage_index > 3 else [])
                created = self._created(won or lost, len(path))
                closed = created + timedelta(days=self.rng.randint(7, 120)) if won or lost else None
                if closed and closed > self.anchor:
                    closed = self.anchor - timedelta(days=self.rng.randint(0, 4))
                expected = (
                    closed.date()
                    if closed
                    else (self.anchor + timedelta(days=self.rng.randint(-10, 150))).date()
                )
                row = {
                    **self._base(created),
                    "name": f"{self.rng.choice(products)}",
                    "account_id": account_id,
                    "contact_id": contact_id,
                    "pipeline_id": self.pipeline_id,
                    "stage_id": stage_id,
                    "amount_minor": self.rng.randint(5, 1500) * 10000,
                    "currency": "EUR",
                    "expected_close": expected,
                    "closed_at": closed,
                    "lost_reason": self.rng.choice(["Price", "Timing", "Chose a competitor"]) if lost else "",
                    "owner_id": self.rng.choice(users),
                    "position": 0,
                }
                previous = None
                for step, index in enumerate(path):
                    when = created + timedelta(days=step * STAGE_STEP)
                    history.append(
                        {
                            **self._base(when),
                            "deal_id": row["id"],
                            "from_stage_id": previous,
                            "to_stage_id": stages[index][0],
                            "changed_at": when,
                            "changed_by_id": row["owner_id"],
                        }
                    )
                    previous = stages[index][0]
                row["stage_entered_at"] = history[-1]["changed_at"]
                row["position"] = column_ends.get(stage_id, 0)
                column_ends[stage_id] = row["position"] + 1024
                out.append((row["id"], account_id))
                yield row

        self._insert(table_of(Deal), rows(), n, "deals")
        self._insert(table_of(DealStageHistory), iter(history), len(history), "deal history")
        return out

    def _created(self, closed: bool, steps: int) -> datetime:
        """When a deal was created: closed ones any time in the last 18 months; open ones so that they
        entered their stage (STAGE_STEP days a step) lately, most within the board's 14 days, about one
        in eight idle for weeks, so the stale mark on the board picks out the few that need a nudge."""
        if closed:
            return self.anchor - timedelta(days=self.rng.randint(5, 540))
        idle = self.rng.randint(20, 90) if self.rng.random() < IDLE_SHARE else self.rng.randint(0, 11)
        return self.anchor - timedelta(days=idle + (steps - 1) * STAGE_STEP, hours=self.rng.randint(0, 8))

    def activities(
        self,
        n: int,
        accounts: list[tuple[uuid.UUID, str, str]],
        contacts: list[tuple[uuid.UUID, uuid.UUID]],
        deals: list[tuple[uuid.UUID, uuid.UUID]],
        users: list[uuid.UUID],
    ) -> int:
        kinds = list(SUBJECTS)

        def rows() -> Iterator[dict[str, Any]]:
            for _ in range(n):
                kind = self.rng.choices(kinds, [30, 15, 25, 15, 15])[0]
                contact_id, account_id = self.rng.choice(contacts)
                deal_id = None
                if self.rng.random() < 0.3:
                    deal_id, account_id = self.rng.choice(deals)
                # emails and notes are records of what happened; calls, meetings and tasks may be planned
                latest = 30 if kind in ("call", "meeting", "task") else -1
                when = self.anchor + timedelta(
                    days=self.rng.randint(-400, latest), hours=self.rng.randint(8, 17)
                )
                past = when < self.anchor
                start = when if kind in ("meeting", "call") else None
                yield {
                    **self._base(min(when, self.anchor)),
                    "kind": kind,
                    "subject": self.rng.choice(SUBJECTS[kind]),
                    "body": "",
                    "account_id": account_id,
                    "contact_id": contact_id,
                    "lead_id": None,
                    "deal_id": deal_id,
                    "owner_id": self.rng.choice(users),
                    "due_at": when if kind == "task" else None,
                    "start_at": start,
                    "end_at": start + timedelta(minutes=30) if start else None,
                    "done_at": when if past and kind != "note" else None,
                    "occurred_at": when,
                }

        self._insert(table_of(Activity), rows(), n, "activities")
        return n
