"""A rep sees and changes only their team's records, by every path: lists, search, get, edit, delete,
restore, merge, export, timeline; a manager sees everyone's; read-only changes nothing."""

from __future__ import annotations

import pytest

from app.services.core.errors import AccessDeniedError
from app.services.core.listing import ListQuery
from app.services.importing.export import list_rows
from app.services.records.accounts import AccountInput
from app.services.records.contacts import ContactInput


def names(service):  # type: ignore[no-untyped-def]
    return sorted(r.name for r in list_rows(service, ListQuery()))


def test_a_rep_lists_counts_and_exports_only_their_teams_accounts(ctx, office, as_user):
    rita = as_user("rita@example.com")
    assert names(rita.accounts) == ["Erin Trading", "Rita Trading"]
    assert rita.accounts.count(ListQuery()) == 2
    assert rita.contacts.count(ListQuery()) == 2
    assert rita.accounts.count(ListQuery(search="walter")) == 0
    assert rita.accounts.page(ListQuery(search="trading"), 0, 50, 3).rows[-1].name == "Rita Trading"
    assert ctx.accounts.count(ListQuery()) == 3  # the administrator still sees all


def test_a_rep_cannot_find_another_teams_records_in_the_search_box(ctx, office, as_user):
    rita = as_user("rita@example.com")
    assert {h.title for h in rita.search.find("trading")} == {"Erin Trading", "Rita Trading"}
    assert rita.search.find("walter") == []
    assert {h.title for h in ctx.search.find("trading")} == {"Erin Trading", "Rita Trading", "Walter Trading"}


def test_a_rep_cannot_read_change_delete_or_merge_another_teams_account(ctx, office, as_user):
    rita = as_user("rita@example.com")
    walters = office.ids["walter_account"]
    with pytest.raises(
        AccessDeniedError, match=r"You \(Rita, sales rep\) cannot view accounts owned by team West"
    ):
        rita.accounts.get(walters)
    before = ctx.accounts.get(walters)
    with pytest.raises(
        AccessDeniedError, match=r"You \(Rita, sales rep\) cannot edit accounts owned by team West"
    ):
        rita.accounts.update(walters, AccountInput(name="Mine now"), before.version)
    with pytest.raises(AccessDeniedError, match="cannot delete accounts owned by team West"):
        rita.accounts.delete([office.ids["rita_account"], walters])
    with pytest.raises(AccessDeniedError, match=r"You \(Rita, sales rep\) cannot merge contacts"):
        rita.merge.merge("contact", office.ids["rita_contact"], office.ids["walter_contact"])
    with pytest.raises(AccessDeniedError, match="cannot view accounts owned by team West"):
        rita.timeline.for_account(walters)
    after = ctx.accounts.get(walters)
    assert (after.name, after.version, after.deleted_at) == (before.name, before.version, None)
    assert ctx.accounts.get(office.ids["rita_account"]).deleted_at is None  # the whole delete was refused


def test_a_rep_edits_their_teams_records_and_what_they_create_is_theirs(ctx, office, as_user):
    rita = as_user("rita@example.com")
    erins = rita.accounts.get(office.ids["erin_account"])
    renamed = AccountInput(name="Erin & Co", owner_id=erins.owner_id)
    assert rita.accounts.update(erins.id, renamed, erins.version).value.name == "Erin & Co"
    with pytest.raises(AccessDeniedError, match="cannot edit accounts owned by team West"):
        rita.accounts.update(
            erins.id, AccountInput(name="Gone", owner_id=office.ids["walter"]), erins.version + 1
        )
    assert ctx.accounts.get(erins.id).owner_id == office.ids["erin"]
    made = rita.contacts.create(ContactInput(last_name="New")).value
    assert made.owner_id == office.ids["rita"]
    with pytest.raises(AccessDeniedError, match="cannot create contacts owned by team West"):
        rita.contacts.create(ContactInput(last_name="Gift", owner_id=office.ids["walter"]))
    rita.contacts.delete([made.id])
    rita.contacts.restore([made.id])
    assert rita.contacts.get(made.id).deleted_at is None


def test_a_manager_sees_everyone_and_read_only_changes_nothing(ctx, office, as_user):
    mona = as_user("mona@example.com")
    assert names(mona.accounts) == ["Erin Trading", "Rita Trading", "Walter Trading"]
    otto = as_user("otto@example.com")
    assert otto.accounts.count(ListQuery()) == 3
    with pytest.raises(AccessDeniedError, match=r"You \(Otto, read-only\) cannot create accounts"):
        otto.accounts.create(AccountInput(name="Nope"))
    with pytest.raises(AccessDeniedError, match=r"You \(Otto, read-only\) cannot export accounts"):
        list(list_rows(otto.accounts, ListQuery()))
    with pytest.raises(AccessDeniedError, match="cannot delete contacts"):
        otto.contacts.delete([office.ids["walter_contact"]])
    assert ctx.accounts.count(ListQuery()) == 3


def test_moving_a_rep_to_another_team_changes_what_they_see_at_once(ctx, office, as_user):
    rita = as_user("rita@example.com")
    assert rita.accounts.count(ListQuery()) == 2
    ctx.users.update(office.ids["erin"], team_id=office.ids["west"])
    assert names(rita.accounts) == ["Rita Trading"]


def test_deactivating_a_user_reassigns_their_records_in_one_undoable_step(ctx, office, as_user):
    done = ctx.users.deactivate(office.ids["walter"], reassign_to=office.ids["rita"]).value
    assert done.count == 2 and set(done.records) == {"account", "contact"}
    assert ctx.accounts.get(office.ids["walter_account"]).owner_id == office.ids["rita"]
    from app.services.access.signin import SignInError

    with pytest.raises(SignInError, match=r"walter@example\.com is deactivated"):
        as_user("walter@example.com")
    assert ctx.users.reactivate(done).value == 2
    assert ctx.accounts.get(office.ids["walter_account"]).owner_id == office.ids["walter"]
    assert as_user("walter@example.com").accounts.count(ListQuery()) == 1


def test_a_rep_cannot_tag_or_move_another_teams_records_nor_see_their_deals(ctx, office, as_user):
    from app.services.sales.board import BoardQuery
    from app.services.sales.deals import DealInput
    from app.services.sales.pipelines import PipelineInput, StageInput

    tag = ctx.lookups.create_tag("VIP").value
    rita = as_user("rita@example.com")
    with pytest.raises(AccessDeniedError, match="cannot edit contacts owned by team West"):
        rita.tags.add("contact", [office.ids["rita_contact"], office.ids["walter_contact"]], tag.id)
    assert rita.tags.add("contact", [office.ids["rita_contact"]], tag.id).value == [
        office.ids["rita_contact"]
    ]
    stages = (StageInput("Open", 20), StageInput("Next", 50))
    pipeline = ctx.pipelines.save(PipelineInput("Sales", stages, is_default=True)).value
    first, second = (stage.id for stage in pipeline.stages)
    deals = {
        who: ctx.deals.create(
            DealInput(name=f"{who} deal", pipeline_id=pipeline.id, stage_id=first, account_id=office.ids[f"{who}_account"],
                      owner_id=office.ids[who])
        ).value
        for who in ("rita", "walter")
    }  # fmt: skip
    board = rita.deals.board(BoardQuery(pipeline.id))
    assert [card.name for cards in board.cards.values() for card in cards] == ["rita deal"]
    with pytest.raises(AccessDeniedError, match="cannot edit deals owned by team West"):
        rita.deals.move(deals["walter"].id, second)
    assert rita.deals.move(deals["rita"].id, second).value.card.stage_id == second


def test_a_reps_dashboard_counts_their_teams_deals_only(ctx, office, as_user):
    from datetime import date, timedelta
    from decimal import Decimal

    from app.services.metrics.scope import Period, Scope
    from app.services.sales.deals import DealInput
    from app.services.sales.pipelines import PipelineInput, StageInput

    pipeline = ctx.pipelines.save(PipelineInput("Sales", (StageInput("Open", 50),), is_default=True)).value
    for who, amount in (("rita", "100"), ("walter", "200")):
        ctx.deals.create(
            DealInput(name=f"{who} deal", pipeline_id=pipeline.id, stage_id=pipeline.stages[0].id,
                      account_id=office.ids[f"{who}_account"], owner_id=office.ids[who], amount=amount)
        )  # fmt: skip
    today = date.today()
    scope = Scope(Period(today - timedelta(days=30), today + timedelta(days=1)))
    assert ctx.metrics.kpis(scope, compare=False).pipeline_value == Decimal("300")
    rita = as_user("rita@example.com")
    assert rita.metrics.kpis(scope, compare=False).pipeline_value == Decimal("100")
    assert [d.name for d in rita.metrics.deals(scope)] == ["rita deal"]
    walters_only = Scope(scope.period, owner_ids=(office.ids["walter"],))
    assert rita.metrics.kpis(walters_only, compare=False).pipeline_value == Decimal("0")


def test_a_reps_trash_holds_their_teams_records_only(ctx, office, as_user):
    ctx.accounts.delete([office.ids["walter_account"]])
    rita = as_user("rita@example.com")
    rita.accounts.delete([office.ids["rita_account"]])
    assert [(i.entity, i.id) for i in rita.trash.list()] == [("account", office.ids["rita_account"])]
    assert {i.id for i in ctx.trash.list()} == {office.ids["rita_account"], office.ids["walter_account"]}
    with pytest.raises(AccessDeniedError, match="cannot delete accounts owned by team West"):
        rita.trash.purge([("account", office.ids["walter_account"])])
    with pytest.raises(AccessDeniedError, match="cannot delete accounts owned by team West"):
        rita.trash.restore([("account", office.ids["walter_account"])])
    assert rita.trash.restore([("account", office.ids["rita_account"])]).value == 1
    assert ctx.accounts.get(office.ids["walter_account"]).deleted_at is not None


def test_any_path_that_loads_a_record_to_change_it_stops_at_another_teams(ctx, office, as_user):
    from app.services.sales.conversion import ConversionInput
    from app.services.sales.leads import LeadInput

    walters_lead = ctx.leads.create(LeadInput(last_name="Prospect", owner_id=office.ids["walter"])).value
    rita = as_user("rita@example.com")
    with pytest.raises(AccessDeniedError, match="cannot view leads owned by team West"):
        rita.conversion.convert(walters_lead.id, ConversionInput())
    assert ctx.leads.get(walters_lead.id).status == "new"


def test_a_rep_without_a_team_sees_their_territory_then_only_their_own(ctx, office, as_user):
    from app.services.access.users import UserInput
    from tests.services.access.conftest import PASSWORD

    north = ctx.users.add_territory("North", ["DE", "dk"]).value
    nina = ctx.users.add(UserInput("Nina", "nina@example.com", "sales_rep", password=PASSWORD)).value
    nina_account = ctx.accounts.create(AccountInput(name="Nina Trading", owner_id=nina.id)).value
    nina_ctx = as_user("nina@example.com")
    assert names(nina_ctx.accounts) == ["Nina Trading"]  # no team, no territory: her own
    ctx.users.update(nina.id, territory_id=north)
    ctx.users.update(office.ids["walter"], territory_id=north)
    assert names(as_user("nina@example.com").accounts) == ["Nina Trading", "Walter Trading"]
    assert nina_account.owner_id == nina.id
