"""A small, exactly known data set for report tests: contacts in three countries, deals in two pipelines'
stages, two currencies and three months, with custom fields."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

from app.models import Contact, Deal, Pipeline, Stage, User
from app.services.core.custom_fields import FieldInput

# (last name, country, status)
CONTACTS = [
    ("Becker", "DE", "active"),
    ("Braun", "DE", "active"),
    ("Schmidt", "DE", "inactive"),
    ("Martin", "FR", "active"),
    ("Dubois", "FR", "active"),
    ("Smith", "GB", "active"),
]
# (name, stage, amount minor, currency, created, expected close)
DEALS = [
    ("Alpha", "Proposal", 100_00, "EUR", datetime(2026, 1, 5, 23, 30, tzinfo=UTC), date(2026, 3, 1)),
    ("Beta", "Proposal", 100_00, "EUR", datetime(2026, 1, 20, tzinfo=UTC), date(2026, 4, 15)),
    ("Gamma", "Proposal", 100_01, "EUR", datetime(2026, 2, 1, tzinfo=UTC), None),
    ("Delta", "Won", 250_50, "EUR", datetime(2026, 2, 10, tzinfo=UTC), date(2026, 7, 1)),
    ("Epsilon", "Won", 5000, "JPY", datetime(2026, 4, 2, tzinfo=UTC), date(2026, 12, 31)),
    ('=HYPERLINK("http://x")', "Won", 1_00, "EUR", datetime(2026, 4, 3, tzinfo=UTC), None),
]


@dataclass
class Seeded:
    owner_id: object
    stage_ids: dict[str, object]


def seed(ctx) -> Seeded:
    with ctx.sessions.begin() as s:
        owner = User(name="Ada Owner", email="ada@example.com", is_active=True)
        s.add(owner)
        pipeline = Pipeline(name="Sales", is_default=True)
        s.add(pipeline)
        s.flush()
        stages = {}
        for i, (name, won) in enumerate([("Proposal", False), ("Won", True)]):
            stage = Stage(pipeline_id=pipeline.id, name=name, position=i, probability=50, is_won=won)
            s.add(stage)
            stages[name] = stage
        s.flush()
        for i, (last, country, status) in enumerate(CONTACTS):
            s.add(
                Contact(
                    last_name=last,
                    country=country,
                    status=status,
                    owner_id=owner.id if i % 2 == 0 else None,
                    custom={"licences": i + 1, "renewal": f"2026-0{i + 1}-15"} if country == "DE" else {},
                )
            )
        for name, stage, minor, currency, created, close in DEALS:
            s.add(
                Deal(
                    name=name,
                    pipeline_id=pipeline.id,
                    stage_id=stages[stage].id,
                    amount_minor=minor,
                    currency=currency,
                    created_at=created,
                    expected_close=close,
                    owner_id=owner.id,
                    custom={"margin": minor // 10} if currency == "EUR" else {},
                )
            )
        ids = Seeded(owner.id, {n: st.id for n, st in stages.items()})
    ctx.custom_fields.create(FieldInput("contact", "Licences", "number", "licences"))
    ctx.custom_fields.create(FieldInput("contact", "Renewal", "date", "renewal"))
    ctx.custom_fields.create(FieldInput("deal", "Margin", "money", "margin", currency="USD"))
    return ids
