"""The board's sample pipeline: four stages (two closed) and four deals in Qualification."""

from __future__ import annotations

from datetime import timedelta

import pytest

from app.models import Deal, Pipeline, Stage, utcnow
from app.services.sales.deals import GAP


@pytest.fixture
def deals(ctx):
    now = utcnow()
    with ctx.sessions.begin() as s:
        p = Pipeline(name="Sales", is_default=True)
        s.add(p)
        s.flush()
        stages = {}
        for i, (name, prob, won, lost) in enumerate(
            [
                ("Qualification", 10, False, False),
                ("Proposal", 50, False, False),
                ("Won", 100, True, False),
                ("Lost", 0, False, True),
            ]
        ):
            stages[name] = Stage(
                pipeline_id=p.id, name=name, position=i, probability=prob, is_won=won, is_lost=lost
            )
            s.add(stages[name])
        s.flush()
        for i in range(4):
            s.add(
                Deal(
                    name=f"Deal {i}",
                    pipeline_id=p.id,
                    stage_id=stages["Qualification"].id,
                    amount_minor=(i + 1) * 100000,
                    position=i * GAP,
                    stage_entered_at=now - timedelta(days=3),
                )
            )
        return {name: st.id for name, st in stages.items()}
