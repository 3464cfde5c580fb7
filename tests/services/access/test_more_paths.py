"""The paths issue 18 closed: the Gantt, calendar, my tasks, reminders and call sheet show a rep only their
team's activities; account members, contact memberships and company addresses leave out what a rep may
not see; reports obey visibility and exporting one needs the right; settings are changed by an
administrator (a sales manager for tags, pipelines, the SLA policy and automation rules) and nobody else."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from app.services.automation.spec import RuleInput
from app.services.core.custom_fields import FieldInput
from app.services.core.errors import AccessDeniedError
from app.services.documents.company import CompanySettings
from app.services.integration.web_forms import WebForm
from app.services.records.contacts import ContactInput, MembershipInput
from app.services.reports.definition import ReportDefinition
from app.services.sales.pipelines import PipelineInput, StageInput
from app.services.scheduling.activities import ActivityInput
from app.services.scheduling.calendar_range import activities_between
from app.services.scheduling.gantt import GanttScope, ScopeKind
from app.services.scheduling.tasks import EVERYONE
from app.services.service_desk.business_hours import BusinessCalendar

DAY = date(2026, 12, 8)
NOON = datetime(2026, 12, 8, 12, tzinfo=UTC)


@pytest.fixture
def tasks(ctx, office):  # type: ignore[no-untyped-def]
    """A task each for Rita (East) and Walter (West), due at noon with a reminder, in one group."""
    made = {}
    for who in ("rita", "walter"):
        made[who] = ctx.activities.create(
            ActivityInput(
                subject=f"Call for {who.title()}",
                owner_id=office.ids[who],
                account_id=office.ids[f"{who}_account"],
                start_at=NOON,
                end_at=NOON + timedelta(hours=1),
                due_at=NOON,
                reminder_at=NOON - timedelta(hours=1),
                group_name="Launch",
            )
        ).value.id
    return made


def subjects(items):  # type: ignore[no-untyped-def]
    return sorted(i.subject for i in items)


def test_the_gantt_shows_a_rep_only_their_teams_tasks(ctx, office, tasks, as_user):
    rita = as_user("rita@example.com")
    assert subjects(rita.scheduling.load(GanttScope()).tasks) == ["Call for Rita"]
    assert subjects(ctx.scheduling.load(GanttScope()).tasks) == ["Call for Rita", "Call for Walter"]
    with pytest.raises(AccessDeniedError, match="cannot view accounts owned by team West"):
        rita.scheduling.load(GanttScope(ScopeKind.ACCOUNT, office.ids["walter_account"]))
    walter = as_user("walter@example.com")
    ctx.activities.update(
        tasks["walter"],
        ActivityInput(subject="Secret", owner_id=office.ids["walter"], due_at=NOON, group_name="West only"),
        1,
    )
    assert rita.scheduling.groups() == ["Launch"]
    assert walter.scheduling.groups() == ["West only"]


def test_the_calendar_shows_a_rep_only_their_teams_activities(ctx, office, tasks, as_user):
    rita = as_user("rita@example.com")
    start, end = NOON - timedelta(days=1), NOON + timedelta(days=1)
    assert subjects(activities_between(rita.activities, start, end)) == ["Call for Rita"]
    assert subjects(activities_between(rita.activities, start, end, office.ids["walter"])) == []
    assert subjects(activities_between(ctx.activities, start, end)) == ["Call for Rita", "Call for Walter"]


def test_my_tasks_and_reminders_show_a_rep_only_their_teams_tasks(ctx, office, tasks, as_user):
    rita = as_user("rita@example.com")
    everyone = rita.activities.my_tasks(EVERYONE, UTC, now=NOON)
    assert sorted(i.subject for _g, items in everyone.groups for i in items) == ["Call for Rita"]
    assert rita.activities.my_tasks(office.ids["walter"], UTC, now=NOON).total == 0
    assert ctx.activities.my_tasks(office.ids["walter"], UTC, now=NOON).total == 1
    assert rita.activities.due_reminders(office.ids["walter"], NOON) == []
    assert len(ctx.activities.due_reminders(office.ids["walter"], NOON)) == 1


def test_a_reps_call_sheet_of_another_team_is_empty(ctx, office, tasks, as_user):
    rita = as_user("rita@example.com")
    assert rita.call_sheets.for_day(office.ids["walter"], DAY, UTC, now=NOON).items == ()
    assert [i.subject for i in ctx.call_sheets.for_day(office.ids["walter"], DAY, UTC, now=NOON).items] == [
        "Call for Walter"
    ]


def test_members_memberships_and_company_addresses_leave_out_what_a_rep_may_not_see(ctx, office, as_user):
    ids = office.ids
    shared = ctx.contacts.create(
        ContactInput(
            last_name="Shared",
            owner_id=ids["rita"],
            memberships=(
                MembershipInput(ids["walter_account"], "buyer", True),
                MembershipInput(ids["rita_account"], "user"),
            ),
        )
    ).value
    ctx.contacts.update(
        ids["walter_contact"],
        ContactInput(
            last_name="Walterson",
            owner_id=ids["walter"],
            memberships=(MembershipInput(ids["rita_account"], "spy", True),),
        ),
        1,
    )
    rita = as_user("rita@example.com")
    members = {m.contact_id for m in rita.accounts.get(ids["rita_account"]).contacts}
    assert members == {shared.id}  # not Walterson, whom only West sees
    assert {m.contact_id for m in ctx.accounts.get(ids["rita_account"]).contacts} == {
        shared.id,
        ids["walter_contact"],
    }
    seen = rita.contacts.get(shared.id)
    assert [m.account_id for m in seen.memberships] == [ids["rita_account"]]
    assert rita.contacts.company_addresses([shared.id, ids["walter_contact"]]) == {}  # Walter's is primary
    assert rita.contacts.notes_of([ids["walter_contact"]]) == {}
    assert [name for _i, name in rita.accounts.find_by_name("")] == ["Erin Trading", "Rita Trading"]
    # Rita edits her contact as her form shows it: the link to West's account is kept, not dropped
    rita.contacts.update(shared.id, seen.as_input(), seen.version)
    kept = ctx.contacts.get(shared.id)
    assert {m.account_id for m in kept.memberships} == {ids["walter_account"], ids["rita_account"]}
    assert kept.company_name == "Walter Trading"
    with pytest.raises(AccessDeniedError, match="cannot view accounts owned by team West"):
        rita.contacts.create(
            ContactInput(last_name="Sneak", memberships=(MembershipInput(ids["walter_account"]),))
        )


def test_a_report_obeys_visibility_and_exporting_it_needs_the_right(ctx, office, as_user, tmp_path):
    report = ReportDefinition("account", columns=("name",))
    rita = as_user("rita@example.com")
    result = rita.reports.run(report)
    assert sorted(r[0] for r in result.rows) == ["Erin Trading", "Rita Trading"]
    assert rita.reports.export(result, tmp_path / "r.csv", "csv") >= 2
    assert "Walter" not in (tmp_path / "r.csv").read_text(encoding="utf-8-sig")
    otto = as_user("otto@example.com")
    seen_by_otto = otto.reports.run(report)
    assert len(seen_by_otto.rows) == 3
    with pytest.raises(AccessDeniedError, match=r"You \(Otto, read-only\) cannot export reports"):
        otto.reports.export(seen_by_otto, tmp_path / "o.csv", "csv")
    assert not (tmp_path / "o.csv").exists()


def test_a_rep_and_read_only_cannot_change_settings(ctx, office, as_user):
    tag = ctx.tags.create("VIP", "#ff0000").value
    for email, who in (("rita@example.com", "Rita, sales rep"), ("otto@example.com", "Otto, read-only")):
        user = as_user(email)
        denied = rf"You \({who}\) cannot"
        with pytest.raises(AccessDeniedError, match=f"{denied} create tags"):
            user.tags.create("Mine", "#00ff00")
        with pytest.raises(AccessDeniedError, match=f"{denied} edit tags"):
            user.tags.update(tag.id, "Renamed", "#ff0000")
        with pytest.raises(AccessDeniedError, match=f"{denied} delete tags"):
            user.tags.delete([tag.id])
        with pytest.raises(AccessDeniedError, match=f"{denied} edit pipelines"):
            user.pipelines.save(PipelineInput("Mine", (StageInput("New"),)))
        with pytest.raises(AccessDeniedError, match=f"{denied} create custom fields"):
            user.custom_fields.create(FieldInput("contact", "Shoe size"))
        with pytest.raises(AccessDeniedError, match=f"{denied} edit company settings"):
            user.company.save(CompanySettings(name="Taken over"))
        with pytest.raises(AccessDeniedError, match=f"{denied} edit the SLA policy"):
            user.sla.set_default(BusinessCalendar(zone="UTC", round_the_clock=True))
        with pytest.raises(AccessDeniedError, match=f"{denied} edit web forms"):
            user.web_forms.save(WebForm("", "Contact us"))
        with pytest.raises(AccessDeniedError, match=f"{denied} create automation rules"):
            user.automation.create(
                RuleInput("R", "contact", "created", {}, {}, ({"type": "notify", "message": "x"},))
            )
        with pytest.raises(AccessDeniedError, match=f"{denied} create API tokens of another user"):
            user.tokens.create(office.ids["mona"], "stolen", "read")
    assert [t.tag.name for t in ctx.tags.usage()] == ["VIP"]
    assert ctx.company.get().name != "Taken over"
    assert ctx.web_forms.list() == [] and ctx.automation.list() == [] and ctx.tokens.list() == []
    assert ctx.custom_fields.fields("contact") == []


def test_a_manager_runs_the_sales_settings_but_not_the_administrators(ctx, office, as_user):
    mona = as_user("mona@example.com")
    tag = mona.tags.create("Hot", "#ff0000").value
    assert mona.tags.update(tag.id, "Hotter", "#ff0000").value.name == "Hotter"
    assert mona.pipelines.save(PipelineInput("Renewals", (StageInput("Due"),))).value.name == "Renewals"
    mona.sla.set_default(BusinessCalendar(zone="UTC", round_the_clock=True))
    mona.automation.create(
        RuleInput("R", "contact", "created", {}, {}, ({"type": "notify", "message": "x"},))
    )
    with pytest.raises(AccessDeniedError, match=r"You \(Mona, sales manager\) cannot create custom fields"):
        mona.custom_fields.create(FieldInput("contact", "Shoe size"))
    with pytest.raises(AccessDeniedError, match="cannot edit company settings"):
        mona.company.save(CompanySettings(name="Taken over"))
    with pytest.raises(AccessDeniedError, match="cannot edit web forms"):
        mona.web_forms.save(WebForm("", "Contact us"))
    own_token = mona.tokens.create(office.ids["mona"], "mine", "read")[1]  # her own token: allowed
    others = ctx.tokens.create(office.ids["rita"], "ritas", "read")[1]
    with pytest.raises(AccessDeniedError, match="cannot delete API tokens of another user"):
        mona.tokens.revoke(others.id)
    assert mona.tokens.revoke(own_token.id).revoked_at is not None
    assert ctx.tokens.list(office.ids["rita"])[0].revoked_at is None
