"""Settings > Users and teams, "New leads and accounts without an owner": an administrator picks
round-robin in a team, saves it, and the next leads go to its members in turn; a team with no active
member is refused in the box."""

from __future__ import annotations

from app.models import Role
from app.services.access.users import UserInput
from app.services.automation.default_owner import NewRecordAssignment
from app.services.sales.leads import LeadInput


def test_an_administrator_sets_round_robin_in_a_team_and_new_leads_follow_it(window, qtbot, ctx):  # type: ignore[no-untyped-def]
    west = ctx.users.add_team("West").value
    ctx.users.add_team("Empty")
    wes, will = (
        ctx.users.add(UserInput(n, f"{n.lower()}@example.com", Role.SALES_REP, west)).value.id
        for n in ("Wes", "Will")
    )
    window.edit_users()
    box = window.users_dialog.assignment
    assert box.by.currentIndex() == 0 and box.leads.isChecked() and box.accounts.isChecked()
    box.by.setCurrentIndex(box.by.findText("in turn among team Empty"))
    box.save_button.click()
    assert box.message.text() == "team 'Empty' has no active member to assign"
    box.by.setCurrentIndex(box.by.findText("in turn among team West"))
    box.accounts.setChecked(False)
    box.save_button.click()
    assert box.message.text() == "Saved: it applies to the next record created."
    assert ctx.assignment.get() == NewRecordAssignment("team", west, ("lead",))
    owners = [
        ctx.leads.get(ctx.leads.create(LeadInput(last_name=f"L{i}")).value.id).owner_id for i in range(3)
    ]
    assert owners == [wes, will, wes]
    window.users_dialog.grab().save("/tmp/b_assignment.png")
    box.load()  # what is stored shows when the page opens again
    assert box.by.currentText() == "in turn among team West" and not box.accounts.isChecked()
