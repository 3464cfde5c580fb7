"""Shared by the HubSpot and Pipedrive export tests: the fixtures' folder, a default pipeline on a
backend whose tables were emptied, and a look at what an export left in the database."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select

from app.models import Account, Activity, Contact, Deal, Pipeline, Stage, User

DATA = Path(__file__).parents[2] / "data"


def ensure_pipeline(ctx) -> None:
    """The default pipeline a fresh database has (the PostgreSQL fixture empties every table)."""
    with ctx.sessions.begin() as s:
        if s.scalar(select(func.count()).select_from(Pipeline)):
            return
        p = Pipeline(name="Sales", is_default=True)
        s.add(p)
        s.flush()
        for i, (name, prob, won, lost) in enumerate(
            [
                ("Qualification", 10, False, False),
                ("Proposal", 50, False, False),
                ("Negotiation", 80, False, False),
                ("Won", 100, True, False),
                ("Lost", 0, False, True),
            ]
        ):
            s.add(Stage(pipeline_id=p.id, name=name, position=i, probability=prob, is_won=won, is_lost=lost))


def counts(ctx) -> dict[str, int]:
    """Live records of each kind an export brings, and the imported (inactive) users."""
    with ctx.uow.read() as s:
        out = {
            model.__tablename__: s.scalar(
                select(func.count()).select_from(model).where(model.deleted_at.is_(None))
            )
            for model in (Account, Contact, Deal, Activity)
        }
        out["inactive users"] = s.scalar(
            select(func.count()).select_from(User).where(User.is_active.is_(False))
        )
    return out
