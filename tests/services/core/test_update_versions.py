"""update() takes the version the caller read, always: a stale one is refused and changes nothing."""

from __future__ import annotations

import inspect

import pytest

from app.context import AppContext, service_names
from app.services.core.custom_fields import FieldInput
from app.services.core.errors import ConflictError
from app.services.core.record_service import RecordService
from app.services.records.accounts import AccountInput
from app.services.sales.leads import LeadInput


def test_every_update_requires_the_expected_version(ctx: AppContext) -> None:
    services = [getattr(ctx, name) for name in service_names()]
    updates = [s.update for s in services if isinstance(s, RecordService)] + [ctx.custom_fields.update]
    assert len(updates) >= 10
    for update in updates:
        param = inspect.signature(update).parameters["expected_version"]
        assert param.default is inspect.Parameter.empty, update.__qualname__
    with pytest.raises(TypeError, match="expected_version"):
        ctx.accounts.update(ctx.accounts.create(AccountInput(name="Acme")).value.id, AccountInput(name="X"))


def test_a_stale_version_raises_a_conflict_and_keeps_the_colleagues_field(ctx: AppContext) -> None:
    lead = ctx.leads.create(LeadInput(last_name="Hopper", company="Navy")).value
    ctx.leads.update(lead.id, LeadInput(last_name="Hopper", company="US Navy"), lead.version)  # a colleague
    with pytest.raises(ConflictError, match="changed elsewhere"):
        ctx.leads.update(
            lead.id, LeadInput(last_name="Hopper", company="Navy", title="Rear Admiral"), lead.version
        )
    assert (ctx.leads.get(lead.id).company, ctx.leads.get(lead.id).title) == ("US Navy", "")
    field = ctx.custom_fields.create(FieldInput("contact", "Seats", "number")).value
    ctx.custom_fields.update(field.id, FieldInput("contact", "Licences", "number", field.key), field.version)
    with pytest.raises(ConflictError):
        ctx.custom_fields.update(
            field.id, FieldInput("contact", "Places", "number", field.key), field.version
        )
    assert ctx.custom_fields.fields("contact")[0].label == "Licences"
