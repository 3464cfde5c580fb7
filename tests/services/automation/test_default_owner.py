"""The office's standing rule for new leads and accounts (no automation rule written): by territory or
round-robin in a team, only for records created without an owner, never handing a rep's new record to
someone they cannot see; only an administrator sets it."""

from __future__ import annotations

import pytest

from app.config import Settings
from app.context import AppContext
from app.models import Role, Territory
from app.services.access.signin import Credentials
from app.services.access.users import UserInput
from app.services.automation.default_owner import NewRecordAssignment
from app.services.core.errors import AccessDeniedError, ValidationError
from app.services.records.accounts import AccountInput
from app.services.sales.leads import LeadInput

PASSWORD = "correct horse battery"


def _territory(ctx, name, members, **criteria):  # type: ignore[no-untyped-def]
    territory_id = ctx.users.add_territory(name).value
    with ctx.uow() as work:
        area = work.session.get(Territory, territory_id)
        for key, value in criteria.items():
            setattr(area, key, value)
    return [
        ctx.users.add(UserInput(m, f"{m.lower()}@example.com", territory_id=territory_id)).value.id
        for m in members
    ]


def lead_owner(ctx, **fields):  # type: ignore[no-untyped-def]
    return ctx.leads.get(ctx.leads.create(LeadInput(last_name="L", **fields)).value.id).owner_id


def test_new_leads_go_by_territory_in_turn_and_an_uncovered_or_owned_one_is_left_alone(ctx):  # type: ignore[no-untyped-def]
    fay, flo = _territory(ctx, "France", ["Fay", "Flo"], countries=["FR"])
    assert lead_owner(ctx, country="FR") is None  # no rule yet: nothing changes
    ctx.assignment.save(NewRecordAssignment(by="territory"))
    assert ctx.assignment.get() == NewRecordAssignment(by="territory")
    assert [lead_owner(ctx, country="FR") for _ in range(3)] == [fay, flo, fay]
    assert lead_owner(ctx, country="DE") is None  # no territory covers it
    assert lead_owner(ctx, country="FR", owner_id=fay) == fay  # an owner given is kept
    account = ctx.accounts.create(AccountInput(name="Paris SA", country="FR")).value.id
    assert ctx.accounts.get(account).owner_id == flo  # accounts too, in the same turns


def test_round_robin_in_a_team_for_accounts_only_and_a_rep_keeps_what_they_create(ctx):  # type: ignore[no-untyped-def]
    west = ctx.users.add_team("West").value
    east = ctx.users.add_team("East").value
    wes, will = (
        ctx.users.add(
            UserInput(n, f"{n.lower()}@example.com", Role.SALES_REP, west, password=PASSWORD)
        ).value.id
        for n in ("Wes", "Will")
    )
    rita = ctx.users.add(
        UserInput("Rita", "rita@example.com", Role.SALES_REP, east, password=PASSWORD)
    ).value.id
    ctx.assignment.save(NewRecordAssignment(by="team", team_id=west, entities=("account",)))
    made = [ctx.accounts.create(AccountInput(name=f"A{i}")).value.id for i in range(3)]
    assert [ctx.accounts.get(a).owner_id for a in made] == [wes, will, wes]
    assert lead_owner(ctx) is None  # leads are not in the rule
    signed = AppContext.open(
        Settings(db_url=ctx.settings.db_url), user=Credentials("rita@example.com", PASSWORD)
    )
    try:
        mine = signed.accounts.create(AccountInput(name="Rita's")).value.id  # West is out of her sight
        assert ctx.accounts.get(mine).owner_id == rita
        with pytest.raises(AccessDeniedError, match=r"You \(Rita, sales rep\) cannot edit company settings"):
            signed.assignment.save(NewRecordAssignment())
    finally:
        signed.close()
    assert ctx.accounts.get(ctx.accounts.create(AccountInput(name="Next")).value.id).owner_id == will


def test_a_rule_that_cannot_work_is_refused_with_the_reason(ctx):  # type: ignore[no-untyped-def]
    empty = ctx.users.add_team("Empty").value
    with pytest.raises(ValidationError, match="team 'Empty' has no active member to assign"):
        ctx.assignment.save(NewRecordAssignment(by="team", team_id=empty))
    with pytest.raises(ValidationError, match="choose the team whose members take turns"):
        ctx.assignment.save(NewRecordAssignment(by="team"))
    with pytest.raises(ValidationError, match="assign by one of"):
        ctx.assignment.save(NewRecordAssignment(by="alphabet"))
    assert ctx.assignment.get() == NewRecordAssignment()  # nothing stored
