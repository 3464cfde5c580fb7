"""The Tickets page through the real widgets: queues, timers, the conversation and keyboard triage."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.services.service_desk.business_hours import BusinessCalendar
from app.services.service_desk.tickets import TicketInput
from tests.views.helpers import press, row_of, rows_text


def _page(window):
    window.show_page(window.pages.index(window.tickets))
    return window.tickets


def _open(ctx, subject, **kw):
    return ctx.tickets.create(TicketInput(subject=subject, **kw)).value


def test_queues_timers_and_the_model(ctx, window, qtmodeltester):
    ctx.sla.set_default(BusinessCalendar(zone="UTC", round_the_clock=True))
    me = ctx.current_user.id
    _open(ctx, "Printer on fire", priority="urgent", assignee_id=me)  # first response due in 1 h
    _open(ctx, "Invoice question")  # unassigned, 8 h
    _open(ctx, "Waiting on logs", status="waiting")
    page = _page(window)
    qtmodeltester.check(page.model)
    assert rows_text(page.model, "subject")[0] == "Printer on fire"  # what breaches first on top
    timer = rows_text(page.model, "timer")[row_of(page.model, "subject", "Printer on fire")]
    assert timer in ("59m", "1h 00m")
    assert rows_text(page.model, "timer")[row_of(page.model, "subject", "Waiting on logs")].startswith(
        "paused"
    )
    page.show_queue(f"mine:{me}")
    assert rows_text(page.model, "subject") == ["Printer on fire"]
    page.show_queue("unassigned")
    assert sorted(rows_text(page.model, "subject")) == ["Invoice question", "Waiting on logs"]
    page.show_queue("breaching")
    assert rows_text(page.model, "subject") == ["Printer on fire"]
    page.show_queue("waiting")
    assert rows_text(page.model, "subject") == ["Waiting on logs"]
    qtmodeltester.check(page.model)


def test_keyboard_triage_assign_priority_reply_resolve_and_undo(ctx, window, qtbot):
    _open(ctx, "Login fails", description="Since this morning")
    page = _page(window)
    page.table.setCurrentIndex(page.model.index(0, 0))
    pane = page.detail
    assert pane.isVisible() and "Login fails" in pane.title.text()
    assert "Since this morning" in pane.conversation.toPlainText()
    press(qtbot, page.table, Qt.Key.Key_A)
    menu = page.menu
    assert menu is not None and menu.objectName() == "assignMenu"
    menu.actions()[0].trigger()  # me first
    assert rows_text(page.model, "assignee") == [ctx.current_user.name]
    press(qtbot, page.table, Qt.Key.Key_P)
    next(a for a in page.menu.actions() if a.text() == "Urgent").trigger()
    assert rows_text(page.model, "priority") == ["Urgent"]
    window.undo_action.trigger()
    assert rows_text(page.model, "priority") == ["Normal"]
    window.redo_action.trigger()
    assert rows_text(page.model, "priority") == ["Urgent"]
    press(qtbot, page.table, Qt.Key.Key_R)
    assert pane.reply_box.hasFocus()
    qtbot.keyClicks(pane.reply_box, "We are looking into it")
    qtbot.keyClick(pane.reply_box, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert pane.reply_box.toPlainText() == ""
    assert "We are looking into it" in pane.conversation.toPlainText()
    assert rows_text(page.model, "status") == ["Open"]  # the first reply opens a new ticket
    press(
        qtbot,
        page.table,
        Qt.Key.Key_R,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert rows_text(page.model, "status") == ["Resolved"]
    assert window.current_page() is page  # Ctrl+Shift+R resolved; it did not go to Reports
    assert not pane.resolve_button.isEnabled()
    window.undo_action.trigger()
    assert rows_text(page.model, "status") == ["Open"]
    assert "Resolved" not in pane.subtitle.text()


def test_an_internal_note_does_not_count_as_the_first_response(ctx, window, qtbot):
    _open(ctx, "Slow reports")
    page = _page(window)
    page.table.setCurrentIndex(page.model.index(0, 0))
    page.detail.internal.setChecked(True)
    qtbot.keyClicks(page.detail.reply_box, "Asked the DBA")
    page.detail.send_button.click()
    ticket = ctx.tickets.get(page.detail.ticket.id)
    assert ticket.first_response_at is None and [e.kind for e in ticket.entries] == ["note"]
    assert "Internal note" in page.detail.conversation.toPlainText()


def test_merge_two_selected_tickets_shows_the_links_and_undo_splits_them(ctx, window, qtbot):
    keep = _open(ctx, "VPN drops")
    gone = _open(ctx, "VPN down again", description="Since the update")
    page = _page(window)
    page.show_queue("")
    keep_row = row_of(page.model, "subject", "VPN drops")
    page.table.selectRow(row_of(page.model, "subject", "VPN down again"))
    page.table.selectionModel().select(
        page.model.index(keep_row, 0),
        page.table.selectionModel().SelectionFlag.Select | page.table.selectionModel().SelectionFlag.Rows,
    )
    page.table.selectionModel().setCurrentIndex(
        page.model.index(keep_row, 0), page.table.selectionModel().SelectionFlag.NoUpdate
    )
    press(qtbot, page.table, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert "Merged from" in page.detail.links.text() and gone.number in page.detail.links.text()
    assert f"Merged from {gone.number}" in page.detail.conversation.toPlainText()
    assert rows_text(page.model, "status")[row_of(page.model, "subject", "VPN down again")] == "Closed"
    window.undo_action.trigger()
    assert rows_text(page.model, "status")[row_of(page.model, "subject", "VPN down again")] == "New"
    assert ctx.tickets.get(keep.id).entries == ()


def test_the_sla_report_dialog_groups_and_passes_the_model_tester(ctx, window, qtmodeltester):
    _open(ctx, "One", priority="urgent")
    _open(ctx, "Two")
    page = _page(window)
    dialog = page.show_sla_report()
    qtmodeltester.check(dialog.model)
    assert [r.key for r in dialog.model.rows()][-1] == "all" and dialog.model.rows()[-1].tickets == 2
    dialog.group.setCurrentIndex(dialog.group.findData("priority"))
    assert [r.key for r in dialog.model.rows()] == ["normal", "urgent", "all"]
    qtmodeltester.check(dialog.model)
    dialog.close()


def test_csat_is_offered_once_resolved_and_shown_in_the_pane(ctx, window, qtbot):
    _open(ctx, "Toner empty")
    page = _page(window)
    page.table.setCurrentIndex(page.model.index(0, 0))
    assert not page.detail.rate_button.isVisibleTo(page.detail) and page.ask_csat() is None
    press(
        qtbot,
        page.table,
        Qt.Key.Key_R,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert page.detail.rate_button.isVisibleTo(page.detail)
    menu = page.ask_csat()
    next(a for a in menu.actions() if a.text().startswith("4")).trigger()
    assert "CSAT 4/5" in page.detail.subtitle.text()
    assert ctx.feedback.csat_of(page.detail.ticket.id) == 4


def test_the_dashboard_shows_the_periods_csat(ctx, window):
    from dataclasses import replace

    ticket = _open(ctx, "Toner empty")
    ctx.tickets.update(ticket.id, replace(ticket.as_input(), status="resolved"), ticket.version)
    ctx.feedback.record_csat(ticket.id, 4)
    window.show_page(window.pages.index(window.dashboard))
    window.dashboard.reload_now()
    tile, _new = window.dashboard.tile_grid.tile("CSAT")
    assert tile.value.text() == "4.0 · 100 % satisfied · 1 answers"


def test_an_escalation_rule_is_made_in_the_automation_editor(ctx, window, qtbot):
    window.edit_automation()
    dialog = window.automation_dialog
    editor = dialog.new_rule()
    editor.name.setText("Escalate before the first response breach")
    editor.entity.setCurrentIndex(editor.entity.findData("ticket"))
    editor.trigger.setCurrentIndex(editor.trigger.findData("sla_near"))
    assert editor.sla_minutes.isVisibleTo(editor) and not editor.days.isVisibleTo(editor)
    editor.sla_minutes.setValue(45)
    editor.sla_target.setCurrentIndex(editor.sla_target.findData("first_response"))
    editor.action_type.setCurrentIndex(editor.action_type.findData("set_field"))
    editor.action_field.setCurrentIndex(editor.action_field.findData("priority"))
    editor.action_text.setText("urgent")
    editor.add_action()
    editor.enabled.setChecked(True)
    editor.accept()
    assert editor.problem.text() == ""
    saved = editor.saved
    assert (saved.entity, saved.trigger, saved.trigger_params) == (
        "ticket", "sla_near", {"minutes": 45, "target": "first_response"},
    )  # fmt: skip
