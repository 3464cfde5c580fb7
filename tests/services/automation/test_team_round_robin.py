"""Assigning the owner round-robin within a team: order, skipping the inactive, validation, processes."""

from __future__ import annotations

import subprocess
import sys
from collections import Counter

import pytest
from sqlalchemy import select

from app.models import Lead, Role, Territory
from app.services.access.users import UserInput
from app.services.automation.spec import RuleInput
from app.services.core.errors import ValidationError
from app.services.sales.leads import LeadInput
from tests.services.automation.helpers import items, rows, rule


def _team(ctx, name, members):
    team_id = ctx.users.add_team(name).value
    ids = [
        ctx.users.add(UserInput(m, f"{m.lower()}@example.com", Role.SALES_REP, team_id=team_id)).value.id
        for m in members
    ]
    return team_id, ids


def _lead(ctx, name):
    return ctx.leads.get(ctx.leads.create(LeadInput(last_name=name)).value.id)


def _rule(ctx, team_id):
    action = {"type": "assign_owner", "user": "round_robin", "team_id": str(team_id)}
    return rule(ctx, "lead", "created", [action], name="Team round-robin")


def test_five_leads_go_to_the_team_members_in_turn(ctx):
    north, (a, b, c) = _team(ctx, "North", ["Ann", "Bob", "Cid"])
    _team(ctx, "South", ["Dan"])  # another team's member is never picked
    _rule(ctx, north)
    owners = [_lead(ctx, f"L{i}").owner_id for i in range(5)]
    assert owners == [a, b, c, a, b]


def test_a_deactivated_member_is_skipped(ctx):
    north, (a, b, c) = _team(ctx, "North", ["Ann", "Bob", "Cid"])
    _rule(ctx, north)
    assert _lead(ctx, "L0").owner_id == a
    ctx.users.deactivate(b, a)
    owners = [_lead(ctx, f"L{i}").owner_id for i in range(1, 4)]
    assert owners == [c, a, c]


def test_unknown_team_or_team_without_active_member_is_refused_when_saved(ctx):
    bad = {"type": "assign_owner", "user": "round_robin", "team_id": "0190a3a4-0000-7000-8000-000000000000"}
    with pytest.raises(ValidationError) as err:
        ctx.automation.create(RuleInput("R", "lead", "created", {}, {}, (bad,), enabled=True))
    assert err.value.for_field("actions[0].team_id") == f"there is no team {bad['team_id']}"
    empty = ctx.users.add_team("Empty").value
    action = {"type": "assign_owner", "user": "round_robin", "team_id": str(empty)}
    with pytest.raises(ValidationError) as err:
        ctx.automation.create(RuleInput("R", "lead", "created", {}, {}, (action,), enabled=True))
    assert err.value.for_field("actions[0].team_id") == "team 'Empty' has no active member to assign"


def test_a_team_that_lost_its_last_member_is_logged_when_the_rule_runs(ctx):
    north, (a,) = _team(ctx, "North", ["Ann"])
    _, (other,) = _team(ctx, "South", ["Dan"])
    _rule(ctx, north)
    ctx.users.deactivate(a, other)
    lead = _lead(ctx, "Orphan")
    assert lead.owner_id != a
    logged = items(ctx)[-1]
    assert (logged.outcome, logged.error) == ("failed", "team 'North' has no active member to assign")


CREATOR = """
import sys
from app.config import Settings
from app.context import AppContext
from app.services.sales.leads import LeadInput
ctx = AppContext.open(Settings(db_url=sys.argv[1], user_email="creator@example.com"))
for i in range(4):
    ctx.leads.create(LeadInput(last_name=f"P{i}"))
ctx.close()
print("ok")
"""


def test_processes_creating_leads_at_once_share_one_turn_order(ctx, db_url, tmp_path):
    north, members = _team(ctx, "North", ["Ann", "Bob", "Cid"])
    _rule(ctx, north)
    script = tmp_path / "creator.py"
    script.write_text(CREATOR)
    procs = [
        subprocess.Popen([sys.executable, str(script), db_url], stdout=subprocess.PIPE, text=True)
        for _ in range(3)
    ]
    assert [p.communicate(timeout=120)[0].strip() for p in procs] == ["ok"] * 3
    owners = Counter(rows(ctx, select(Lead.owner_id).where(Lead.deleted_at.is_(None))))
    assert owners == {m: 4 for m in members}
    nxt = _lead(ctx, "After")  # 12 handed out: the turn is back at the first member
    assert nxt.owner_id == members[0]


def _territory(ctx, name, members, **criteria):
    territory_id = ctx.users.add_territory(name).value
    with ctx.uow() as work:
        area = work.session.get(Territory, territory_id)
        for key, value in criteria.items():
            setattr(area, key, value)
    return territory_id, [
        ctx.users.add(UserInput(m, f"{m.lower()}@example.com", territory_id=territory_id)).value.id
        for m in members
    ]


def test_by_territory_assigns_the_users_of_the_territory_that_covers_the_record_in_turn(ctx):
    _, (fr1, fr2) = _territory(ctx, "France", ["Fay", "Flo"], countries=["FR"])
    _, (paris,) = _territory(ctx, "Paris", ["Pia"], countries=["FR"], postcode_ranges=[["75000", "75999"]])
    _, (soft,) = _territory(ctx, "UK software", ["Sam"], countries=["GB"], industries=["Software"])
    rule(ctx, "lead", "created", [{"type": "assign_owner", "user": "territory"}], name="By territory")

    def lead(**fields):
        return ctx.leads.get(ctx.leads.create(LeadInput(last_name="L", **fields)).value.id).owner_id

    assert [lead(country="FR", postal_code="69001") for _ in range(3)] == [fr1, fr2, fr1]
    assert lead(country="FR", postal_code="75011") == paris  # the more specific territory
    assert lead(country="GB", industry="software") == soft
    assert lead(country="GB", industry="Retail") is None
    logged = items(ctx)[-1]
    assert logged.outcome == "failed"
    assert logged.error == "no territory covers this record (country 'GB', industry 'Retail')"


def test_by_territory_is_refused_for_records_a_territory_cannot_cover(ctx):
    action = {"type": "assign_owner", "user": "territory"}
    with pytest.raises(ValidationError) as err:
        ctx.automation.create(RuleInput("R", "deal", "created", {}, {}, (action,), enabled=True))
    assert err.value.for_field("actions[0].user") == "by territory assigns lead, contact, account, not deal"
