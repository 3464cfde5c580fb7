"""Paths that obey the signed-in user's rights: lead-scoring rules need the settings right; undoing an
automation run is refused, naming them, when it changed records the user may not edit; a report grouped
by a joined account does not name an account the user cannot open."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import select

from app.models import AutomationRunItem
from app.services.core.errors import AccessDeniedError
from app.services.reports.definition import GroupBy, ReportDefinition
from app.services.sales.deal_input import DealInput
from app.services.sales.pipelines import PipelineInput, StageInput
from tests.services.automation.helpers import contact, rows, rule


def test_only_a_sales_manager_or_administrator_changes_lead_scoring(ctx, office, as_user):  # type: ignore[no-untyped-def]
    rules = ctx.scoring.rules()
    for email, who in (("rita@example.com", "Rita, sales rep"), ("otto@example.com", "Otto, read-only")):
        user = as_user(email)
        assert user.scoring.rules() == rules  # reading them is fine
        with pytest.raises(AccessDeniedError, match=rf"You \({who}\) cannot edit lead scoring rules"):
            user.scoring.save_rules(rules)
        with pytest.raises(AccessDeniedError, match="cannot edit lead scoring rules"):
            user.scoring.recompute_all()
    as_user("mona@example.com").scoring.save_rules(rules)  # the sales manager may


def test_undoing_a_run_that_changed_another_teams_record_is_refused_naming_it(ctx, office, as_user):  # type: ignore[no-untyped-def]
    ids = office.ids
    rule(ctx, "contact", "created", [{"type": "set_field", "field": "title", "value": "Prospect"}])
    mine = contact(ctx, "Mine", owner_id=ids["rita"])
    moved = contact(ctx, "Moved", owner_id=ids["rita"])
    run_of = {i.record_id: i.run_id for i in rows(ctx, select(AutomationRunItem))}  # a run per contact
    detail = ctx.contacts.get(moved.id)
    ctx.contacts.update(moved.id, replace(detail.as_input(), owner_id=ids["walter"]), detail.version)
    rita = as_user("rita@example.com")
    with pytest.raises(AccessDeniedError, match="it changed records you may not edit: contact “Moved”"):
        rita.automation.undo_run(run_of[moved.id])
    assert ctx.contacts.get(moved.id).title == "Prospect"  # nothing was undone
    rita.automation.undo_run(run_of[mine.id])  # her own team's contact: undone
    assert ctx.contacts.get(mine.id).title == ""


def test_a_deal_report_grouped_by_account_hides_the_accounts_a_rep_cannot_open(ctx, office, as_user):  # type: ignore[no-untyped-def]
    ids = office.ids
    pipeline = ctx.pipelines.save(PipelineInput("Sales", (StageInput("Open", 20),), is_default=True)).value
    where = {"pipeline_id": pipeline.id, "stage_id": pipeline.stages[0].id, "owner_id": ids["rita"]}
    for account in ("rita_account", "walter_account", "walter_account"):
        ctx.deals.create(DealInput(name="D", account_id=ids[account], **where))
    ctx.deals.create(DealInput(name="No account", **where))
    report = ReportDefinition("deal", group_by=(GroupBy("account"),))
    seen = {r[0]: r[-1] for r in as_user("rita@example.com").reports.run(report).rows}
    assert seen == {"Rita Trading": 1, "(hidden)": 2, None: 1}
    everyone = {r[0]: r[-1] for r in ctx.reports.run(report).rows}
    assert everyone == {"Rita Trading": 1, "Walter Trading": 2, None: 1}
