"""Demo projects for the Gantt: groups of tasks with dependencies, progress and milestones.

Called at the end of `demo.generate` with its seeded random generator, so everything generated before
keeps exactly the data it had.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Connection, insert

from app.models import Activity, TaskDependency

# subject, working days (0 = milestone), indexes of the predecessors
PROJECT = [
    ("Kick-off meeting", 1, ()),
    ("Requirements workshop", 3, (0,)),
    ("Solution design", 4, (1,)),
    ("Design sign-off", 0, (2,)),
    ("Environment setup", 2, (1,)),
    ("Build integration", 6, (3, 4)),
    ("Data migration", 5, (3,)),
    ("Training material", 4, (3,)),
    ("User training", 2, (5, 7)),
    ("Acceptance test", 3, (5, 6)),
    ("Go-live", 0, (8, 9)),
    ("Hypercare", 5, (10,)),
]
NAMES = ["Rollout", "CRM migration", "Website relaunch", "Partner onboarding"]


def generate(
    conn: Connection,
    rng: random.Random,
    new_id: Callable[[], uuid.UUID],
    anchor: datetime,
    accounts: list[tuple[uuid.UUID, str, str]],
    deals: list[tuple[uuid.UUID, uuid.UUID]],
    users: list[uuid.UUID],
) -> int:
    """Insert one project per name, spread around today; returns the number of tasks."""
    created = anchor - timedelta(days=40)

    def base(row_id: uuid.UUID) -> dict[str, Any]:
        return {
            "id": row_id,
            "created_at": created,
            "updated_at": created,
            "version": 1,
            "deleted_at": None,
            "custom": {},
        }

    tasks: list[dict[str, Any]] = []
    links: list[dict[str, Any]] = []
    for number, name in enumerate(NAMES):
        deal_id, account_id = rng.choice(deals)
        account = next((a for a in accounts if a[0] == account_id), accounts[0])
        group = f"{name}: {account[1]}"[:120]
        start = anchor + timedelta(days=7 * number - 21 + rng.randint(0, 4), hours=8)
        start -= timedelta(days=start.weekday()) if start.weekday() >= 5 else timedelta(0)
        ends: list[datetime] = []
        ids: list[uuid.UUID] = []
        for subject, days, preds in PROJECT:
            begin = max([ends[p] for p in preds], default=start)
            if days == 0:
                end = begin
            else:
                begin = _working_day(begin)
                end = _add_working_days(begin, days)
            done = end <= anchor
            progress = 100 if done else 0 if begin >= anchor else rng.choice([20, 40, 50, 60, 80])
            task_id = new_id()
            ids.append(task_id)
            ends.append(end)
            tasks.append(
                {
                    **base(task_id),
                    "kind": "task",
                    "subject": subject,
                    "body": "",
                    "account_id": account_id,
                    "contact_id": None,
                    "lead_id": None,
                    "deal_id": deal_id,
                    "owner_id": rng.choice(users),
                    "due_at": end,
                    "start_at": begin,
                    "end_at": end,
                    "done_at": end if done else None,
                    "occurred_at": begin,
                    "priority": "high" if days == 0 else "normal",
                    "progress": progress,
                    "is_milestone": days == 0,
                    "reminder_at": None,
                    "reminded_at": None,
                    "group_name": group,
                    "external_uid": None,
                }
            )
            for p in preds:
                links.append(
                    {
                        **base(new_id()),
                        "predecessor_id": ids[p],
                        "successor_id": task_id,
                        "lag_minutes": 0,
                    }
                )
    conn.execute(insert(Activity), tasks)
    conn.execute(insert(TaskDependency), links)
    return len(tasks)


def _working_day(when: datetime) -> datetime:
    while when.weekday() >= 5:
        when += timedelta(days=1)
    return when


def _add_working_days(start: datetime, days: int) -> datetime:
    """The end of a task of `days` working days starting at `start` (weekends skipped)."""
    end = start
    left = days
    while left:
        end += timedelta(days=1)
        if end.weekday() < 5:
            left -= 1
    return end
