"""NPS answers through their service: validation, add, correct, trash and restore, and the NPS KPI follows."""

from __future__ import annotations

from datetime import date

import pytest

from app.context import AppContext
from app.services.core.errors import ValidationError
from app.services.metrics.nps import NpsInput
from app.services.metrics.service import Period, Scope
from app.services.records.contacts import ContactInput

Q1 = Scope(Period(date(2026, 1, 1), date(2026, 4, 1)))


def test_answers_are_validated(ctx: AppContext) -> None:
    with pytest.raises(ValidationError) as err:
        ctx.nps.create(NpsInput("11", date(2026, 1, 5), comment="x" * 2001))
    assert err.value.for_field("score") and err.value.for_field("comment")
    with pytest.raises(ValidationError) as err:
        ctx.nps.create(NpsInput("nine", date(2026, 1, 5)))
    assert err.value.for_field("score")


def test_add_correct_trash_restore_and_the_kpi_follows(ctx: AppContext) -> None:
    alice = ctx.contacts.create(ContactInput(last_name="Martin", first_name="Alice")).value.id
    promoter = ctx.nps.create(NpsInput("10", date(2026, 1, 5), alice, " loves it ")).value
    detractor = ctx.nps.create(NpsInput(3, date(2026, 2, 5))).value
    assert (promoter.score, promoter.comment, promoter.contact) == (10, "loves it", "Alice Martin")
    nps = ctx.metrics.kpis(Q1).headline.nps
    assert (nps.responses, nps.promoters, nps.detractors, nps.score) == (2, 1, 1, 0.0)
    assert [d.score for d in ctx.nps.recent()] == [3, 10]
    assert [d.score for d in ctx.nps.recent(contact_id=alice)] == [10]
    ctx.nps.update(
        detractor.id, NpsInput(9, date(2026, 2, 5)), detractor.version
    )  # corrected: a promoter after all
    assert ctx.metrics.kpis(Q1).headline.nps.score == 100.0
    ctx.nps.delete([promoter.id])
    assert ctx.metrics.kpis(Q1).headline.nps.responses == 1
    assert ("nps", promoter.id) in [(i.entity, i.id) for i in ctx.trash.list()]
    ctx.nps.restore([promoter.id])
    assert ctx.metrics.kpis(Q1).headline.nps.responses == 2
