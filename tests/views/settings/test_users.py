"""Settings > Users and teams through the real widgets: add a user with a team, change a role,
deactivate with reassignment and undo it; a rep is told it is an administrator's page."""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog

from app.config import Settings
from app.context import AppContext
from app.services.access.signin import Credentials
from app.services.records.accounts import AccountInput
from app.views.settings.users import UserEditor


def test_an_administrator_adds_edits_and_deactivates_a_user_with_undo(
    window, qtbot, ctx, monkeypatch, qtmodeltester
):
    ctx.users.add_team("East")
    window.edit_users()
    dialog = window.users_dialog
    qtmodeltester.check(dialog.table.model())
    assert [r.email for r in dialog.rows] == ["tester@example.com"]
    editor = UserEditor(window.env, None, dialog)
    editor.name.setText("Rita")
    editor.email.setText("rita@example.com")
    editor.role.setCurrentIndex(editor.role.findData("sales_rep"))
    editor.team.setCurrentIndex(editor.team.findText("East"))
    editor.password.setText("short")
    editor.save()
    assert "at least 8 characters" in editor.message.text() and editor.result() == 0
    editor.password.setText("correct horse battery")
    editor.save()
    dialog.reload()
    rita = next(r for r in dialog.rows if r.email == "rita@example.com")
    assert (rita.role_label, rita.team) == ("sales rep", "East")
    account = ctx.accounts.create(AccountInput(name="Rita Trading", owner_id=rita.id)).value
    tester = next(r for r in dialog.rows if r.email == "tester@example.com")
    dialog.table.selectRow(dialog.rows.index(rita))
    tester_label = f"{tester.name} <{tester.email}>"
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: (tester_label, True))
    dialog.deactivate_user()
    assert ctx.accounts.get(account.id).owner_id == tester.id
    row = [r.email for r in dialog.rows].index("rita@example.com")
    assert dialog.table.item(row, 5).text() == "deactivated"
    window.undo_stack.undo()
    assert ctx.accounts.get(account.id).owner_id == rita.id
    assert ctx.users.find("rita@example.com").is_active
    dialog.reload()
    qtmodeltester.check(dialog.table.model())
    dialog.grab().save("/tmp/f_users_dialog.png")


def test_a_rep_is_told_the_page_is_for_administrators(window, ctx):
    east = ctx.users.add_team("East").value
    from app.services.access.users import UserInput

    ctx.users.add(UserInput("Rita", "rita@example.com", "sales_rep", east, password="correct horse battery"))
    rep = AppContext.open(
        Settings(db_url=ctx.settings.db_url), user=Credentials("rita@example.com", "correct horse battery")
    )
    try:
        errors = []
        window.env.ctx = rep
        window.env.error = errors.append
        window.edit_users()
        assert window.users_dialog is None
        assert errors == ["Only an administrator manages users and teams."]
    finally:
        rep.close()
