"""The rule editor offers the team for a round-robin "assign the owner"; the rule then assigns within it."""

from __future__ import annotations

from app.models import Role
from app.services.access.users import UserInput
from app.services.sales.leads import LeadInput


def test_the_editor_offers_the_team_and_the_rule_assigns_its_members_in_turn(window, qtbot, ctx) -> None:
    north = ctx.users.add_team("North").value
    ann, bob = (
        ctx.users.add(UserInput(n, f"{n.lower()}@example.com", Role.SALES_REP, team_id=north)).value.id
        for n in ("Ann", "Bob")
    )
    window.edit_automation()
    dialog = window.automation_dialog
    qtbot.waitExposed(dialog)
    editor = dialog.new_rule()
    editor.name.setText("North leads")
    editor.entity.setCurrentIndex(editor.entity.findData("lead"))
    editor.trigger.setCurrentIndex(editor.trigger.findData("created"))
    editor.action_type.setCurrentIndex(editor.action_type.findData("assign_owner"))
    assert editor.action_team.isVisibleTo(editor) and not editor.action_text.isVisibleTo(editor)
    assert editor.action_team.itemText(0) == "every active user"
    editor.action_team.setCurrentIndex(editor.action_team.findText("by territory (its users)"))
    editor.add_action()
    assert editor.action_list.item(0).text() == "Assign owner by territory (round-robin among its users)"
    editor.action_list.setCurrentRow(0)
    editor.remove_action()
    assert editor.actions == []
    editor.action_team.setCurrentIndex(editor.action_team.findText("team North"))
    editor.add_action()
    assert editor.action_list.item(0).text() == "Assign owner round_robin in team North"
    editor.enabled.setChecked(True)
    window.grab().save("/tmp/k_editor_window.png")
    editor.grab().save("/tmp/k_editor.png")
    editor.accept()
    assert not editor.isVisible(), editor.problem.text()
    (rule,) = ctx.automation.list()
    assert rule.actions[0]["team_id"] == str(north)
    owners = [
        ctx.leads.get(ctx.leads.create(LeadInput(last_name=f"L{i}")).value.id).owner_id for i in range(3)
    ]
    assert owners == [ann, bob, ann]
