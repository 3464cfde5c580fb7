"""The Tasks page, the activity editor, quick logging, reminders and calendar import through the real widgets."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QDateTime, Qt

from app.services.scheduling.activities import ActivityInput
from app.services.scheduling.tasks import OVERDUE, TODAY, local_zone
from app.views.activities import actions
from app.views.activities.tasks_model import TasksModel
from tests.paths import DATA as DATA_DIR
from tests.views.helpers import press

CTRL = Qt.KeyboardModifier.ControlModifier
DATA = DATA_DIR / "ics"


def _task(ctx, subject, **kw):
    base = {"subject": subject, "owner_id": ctx.current_user.id}
    return ctx.activities.create(ActivityInput(**{**base, **kw})).value


def _later_today() -> datetime:
    """A due time still ahead today in the local zone, whatever the hour the tests run at (now + 1 h
    fell on tomorrow after 23:00)."""
    now = datetime.now(local_zone())
    end = now.replace(hour=23, minute=59, second=59, microsecond=0)
    return (now + min(timedelta(hours=1), (end - now) / 2)).astimezone(UTC)


def _tasks_page(window):
    window.show_page(window.pages.index(window.tasks))
    return window.tasks


def _subjects(page, group):
    return [t.subject for t in page.env.ctx.activities.my_tasks(page.owner_id(), local_zone()).items(group)]


def _shown(page):
    model = page.model
    out = {}
    for g in range(model.rowCount()):
        parent = model.index(g, 0)
        out[parent.data().split(" (")[0]] = [
            model.index(r, 0, parent).data() for r in range(model.rowCount(parent))
        ]
    return out


def test_tasks_model_passes_the_model_tester(qtmodeltester, ctx):
    now = datetime.now(UTC)
    _task(ctx, "Late", due_at=now - timedelta(days=2))
    _task(ctx, "Soon", due_at=now + timedelta(minutes=5), priority="urgent")
    _task(ctx, "Undated")
    model = TasksModel()
    model.set_groups(ctx.activities.my_tasks(ctx.current_user.id, local_zone()))
    qtmodeltester.check(model)
    assert model.rowCount() == 4 and model.index(0, 0).data() == "Overdue (1)"


def test_groups_and_complete_with_a_click_and_with_space_then_undo(window, qtbot, ctx):
    now = datetime.now(UTC)
    late = _task(ctx, "Call back Initech", due_at=now - timedelta(days=1), progress=40)
    _task(ctx, "Send the proposal", due_at=now + timedelta(minutes=1))
    _task(ctx, "Someday", due_at=now + timedelta(days=60))
    page = _tasks_page(window)
    shown = _shown(page)
    assert shown["Overdue"] == ["Call back Initech"] and shown["Later"] == ["Someday"]
    assert window.count_label.text() == "3 open tasks"
    # a click on the checkbox completes the task
    index = page.model.task_index(late.id)
    rect = page.tree.visualRect(index)
    box = rect.left() + 8 + page.tree.indentation() * 0
    qtbot.mouseClick(
        page.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center().__class__(box, rect.center().y())
    )
    qtbot.waitUntil(lambda: ctx.activities.get(late.id).is_done)
    assert ctx.activities.get(late.id).progress == 100
    qtbot.waitUntil(lambda: "Call back Initech" not in _shown(page)["Overdue"])
    window.undo_action.trigger()
    back = ctx.activities.get(late.id)
    assert back.done_at is None and back.progress == 40
    qtbot.waitUntil(lambda: _shown(page)["Overdue"] == ["Call back Initech"])
    # Space completes the selected tasks as one undo step
    page.tree.selectAll()
    press(qtbot, page.tree, Qt.Key.Key_Space)
    assert _subjects(page, OVERDUE) == [] and _subjects(page, TODAY) == []
    assert window.undo_stack.undoText() == "Complete 3 tasks"
    window.undo_action.trigger()
    assert _subjects(page, OVERDUE) == ["Call back Initech"]


def test_the_editor_validates_saves_every_field_and_undoes(window, qtbot, ctx):
    page = _tasks_page(window)
    press(qtbot, page.tree, Qt.Key.Key_T, CTRL)
    dialog = page.editor
    assert dialog is not None and dialog.isVisible() and dialog.windowTitle() == "New task"
    qtbot.keyClicks(dialog.editor("subject"), "Prepare the rollout plan")
    start, end = dialog.editor("start_at"), dialog.editor("end_at")
    start.set_value(datetime(2026, 3, 10, 9, 0).astimezone())
    end.enabled.setChecked(True)
    end.edit.setDateTime(QDateTime(2026, 3, 9, 9, 0, 0))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.fields["end_at"].error == "the end is before the start"
    end.edit.setDateTime(QDateTime(2026, 3, 12, 17, 0, 0))
    dialog.editor("progress").setValue(25)
    dialog.editor("priority").setCurrentIndex(dialog.editor("priority").findData("high"))
    dialog.editor("group_name").setText("Acme rollout")
    dialog.editor("reminder_at").set_value(datetime(2026, 3, 10, 8, 45, tzinfo=UTC))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    saved = ctx.activities.get(dialog.saved_id)
    local = datetime(2026, 3, 10, 9, 0).astimezone()
    assert (saved.subject, saved.start_at, saved.progress, saved.priority, saved.group_name) == (
        "Prepare the rollout plan",
        local,
        25,
        "high",
        "Acme rollout",
    )
    assert saved.reminder_at == datetime(2026, 3, 10, 8, 45, tzinfo=UTC)
    assert saved.owner_id == ctx.current_user.id
    assert saved.duration_minutes == 2 * 24 * 60 + 8 * 60
    # edit: mark done in the editor, then undo the edit
    page.open_id(saved.id)
    dialog = page.editor
    dialog.editor("done").setChecked(True)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert ctx.activities.get(saved.id).is_done
    window.undo_action.trigger()
    assert not ctx.activities.get(saved.id).is_done
    window.undo_action.trigger()  # undo the creation
    assert ctx.activities.my_tasks(ctx.current_user.id, local_zone()).total == 0


def test_log_a_call_from_the_contacts_page_in_two_keystrokes(window, qtbot, ctx, sample):
    window.show_page(1)
    contacts = window.contacts
    row = next(r for r in range(contacts.model.rowCount()) if contacts.model.item(r).id == sample.ada)
    contacts.select_row(row)
    contacts.table.setFocus()
    qtbot.keyClick(contacts.table, Qt.Key.Key_L, CTRL)
    qtbot.keyClick(contacts.table, Qt.Key.Key_C)
    dialog = window.tasks.editor
    assert dialog is not None and dialog.isVisible() and dialog.windowTitle() == "Log call"
    assert dialog.editor("kind").currentData() == "call" and dialog.editor("done").isChecked()
    assert dialog.regarding.text() == "Ada Lovelace · Acme GmbH"
    qtbot.keyClicks(dialog.editor("subject"), "Discussed the renewal")
    qtbot.keyClick(dialog.editor("subject"), Qt.Key.Key_Return)
    assert not dialog.isVisible()
    logged = ctx.activities.get(dialog.saved_id)
    assert (logged.kind, logged.contact_id, logged.account_id, logged.is_done) == (
        "call",
        sample.ada,
        sample.acme,
        True,
    )
    assert any(i.title == "Discussed the renewal (done)" for i in ctx.timeline.for_account(sample.acme))
    window.undo_action.trigger()
    assert not any(i.title.startswith("Discussed") for i in ctx.timeline.for_account(sample.acme))
    # Ctrl+L, M on the same record opens a meeting
    qtbot.keyClick(contacts.table, Qt.Key.Key_L, CTRL)
    qtbot.keyClick(contacts.table, Qt.Key.Key_M)
    assert window.tasks.editor.editor("kind").currentData() == "meeting"


def test_a_due_reminder_is_shown_once_and_can_complete_the_task(window, qtbot, ctx):
    now = datetime.now(UTC)
    task = _task(ctx, "Renewal call with Acme", due_at=now + timedelta(minutes=15), reminder_at=now)
    watcher = window.reminders
    watcher.tray = None  # offscreen has no tray: the in-window notice is what shows
    watcher.poll()
    notice = watcher.notice
    assert notice is not None and notice.isVisible()
    assert "Task: Renewal call with Acme" in notice.text()
    assert ctx.activities.get(task.id).reminded_at is not None
    watcher.poll()
    assert len(watcher.shown) == 1  # not shown twice
    done = next(b for b in notice.buttons() if b.text() == "Mark done")
    qtbot.mouseClick(done, Qt.MouseButton.LeftButton)
    assert ctx.activities.get(task.id).is_done
    window.undo_action.trigger()
    assert not ctx.activities.get(task.id).is_done


def test_calendar_import_is_one_undo_step_and_a_bad_file_changes_nothing(window, qtbot, ctx, tmp_path):
    page = _tasks_page(window)
    assert actions.import_calendar(window, str(DATA / "apple.ics"))
    assert "3 created, 0 updated" in window.statusBar().currentMessage()
    qtbot.waitUntil(
        lambda: (
            "Send the signed contract to Initech"
            in _shown(page)["Today"]
            + _shown(page)["This week"]
            + _shown(page)["Later"]
            + _shown(page)["Overdue"]
        )
    )
    window.undo_action.trigger()
    assert ctx.calendar.export_text().count("BEGIN:V") == 1  # only the VCALENDAR is left
    assert not actions.import_calendar(window, str(DATA / "bad_date.ics"))
    assert "bad_date.ics was not imported (nothing was changed): line 11" in window.last_error
    latin1 = tmp_path / "latin1.ics"  # was read with replacement characters and imported
    latin1.write_bytes(
        (DATA / "apple.ics").read_text(encoding="utf-8").replace("Bob", "Zoë").encode("latin-1")
    )
    assert not actions.import_calendar(window, str(latin1))
    assert "is not UTF-8: iCalendar files are UTF-8" in window.last_error
    _task(ctx, "Exported task", due_at=datetime(2026, 5, 1, 12, tzinfo=UTC))
    target = tmp_path / "out.ics"
    assert actions.export_calendar(window, str(target))
    assert "DUE:20260501T120000Z" in target.read_text(encoding="utf-8")


def test_editors_show_the_stored_owner(window, qtbot, ctx, sample):
    """A UUID read in another query is equal but not identical: the owner combo must still find it."""
    from dataclasses import replace

    ada = ctx.contacts.get(sample.ada)
    ctx.contacts.update(ada.id, replace(ada.as_input(), owner_id=ctx.current_user.id), ada.version)
    window.show_page(1)
    window.contacts.edit_id(sample.ada)
    owner = window.contacts.editor.editor("owner_id")
    assert owner.currentData() == ctx.current_user.id


def test_menus_list_the_quick_log_shortcuts_and_delete_goes_to_the_trash(window, qtbot, ctx):
    actions = {a.text(): a for a in window.findChildren(type(window.undo_action))}
    assert actions["Log &call"].shortcut().toString() == "Ctrl+L, C"
    assert actions["Log &meeting"].shortcut().toString() == "Ctrl+L, M"
    assert "Import calendar (.ics)…" in actions and "Export calendar (.ics)…" in actions
    actions["&Keyboard shortcuts"].trigger()
    from PySide6.QtWidgets import QMessageBox

    box = window.findChild(QMessageBox, "shortcutsDialog")
    assert box is not None and "Ctrl+L, C" in box.text()
    box.close()
    task = _task(ctx, "Obsolete task", due_at=datetime.now(UTC) + timedelta(days=1))
    page = _tasks_page(window)
    page.tree.setCurrentIndex(page.model.task_index(task.id))
    press(qtbot, page.tree, Qt.Key.Key_Delete)
    assert ctx.activities.get(task.id).deleted_at is not None
    assert "moved to the trash" in window.statusBar().currentMessage()
    window.undo_action.trigger()
    assert ctx.activities.get(task.id).deleted_at is None


def test_opens_on_everyone_when_i_have_no_tasks_and_always_offers_everyone(window, qtbot, ctx):
    colleague = ctx.lookups.ensure_user("Priya Natarajan", "priya@example.com")
    _task(ctx, "Priya's follow-up", owner_id=colleague.id, due_at=_later_today())
    _task(ctx, "Nobody's chore", owner_id=None)
    page = _tasks_page(window)
    box = page.owner_box
    assert box.currentText() == "Everyone"
    assert [box.itemText(i) for i in range(box.count())][:2] == ["Everyone", "Me"]
    assert "Priya Natarajan" in [box.itemText(i) for i in range(box.count())]
    shown = _shown(page)
    assert shown["Today"] == ["Priya's follow-up"] and shown["Later"] == ["Nobody's chore"]
    assigned = page.model.index(0, 6, page.model.index(1, 0))
    assert page.model.headerData(6, Qt.Orientation.Horizontal) == "Assigned to"
    assert assigned.data() == "Priya Natarajan"
    page.new_record()  # a new task from everyone's list is mine
    assert page.editor.editor("owner_id").currentData() == ctx.current_user.id
    page.editor.reject()


def test_opens_on_me_when_i_have_tasks_and_rows_are_not_cramped(window, qtbot, ctx):
    _task(ctx, "Mine", due_at=_later_today())
    page = _tasks_page(window)
    assert page.owner_box.currentText() == "Me"
    today = page.model.index(1, 0)
    row = page.tree.visualRect(page.model.index(0, 0, today))
    assert row.height() >= 28, row.height()
    assert page.tree.visualRect(today).height() >= 28


def test_the_week_starts_on_the_locales_first_day(qapp):
    from PySide6.QtCore import QLocale

    from app.views.activities.page import first_weekday

    before = QLocale()
    try:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        assert first_weekday() == 6  # Sunday
        QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
        assert first_weekday() == 0  # Monday
    finally:
        QLocale.setDefault(before)


def test_the_editor_keeps_a_location_and_an_all_day_span_shown_as_dates(window, qtbot, ctx):
    """'All day' shows the start and end as dates; the span is kept as whole days (end = the day after
    the last shown) with the location, and opens again showing the same days."""
    page = _tasks_page(window)
    press(qtbot, page.tree, Qt.Key.Key_T, CTRL)
    dialog = page.editor
    qtbot.keyClicks(dialog.editor("subject"), "Trade fair")
    start, end = dialog.editor("start_at"), dialog.editor("end_at")
    assert start.edit.displayFormat() == "yyyy-MM-dd HH:mm"
    dialog.editor("all_day").setChecked(True)
    assert (start.edit.displayFormat(), end.edit.displayFormat()) == ("yyyy-MM-dd", "yyyy-MM-dd")
    start.set_value(datetime(2026, 4, 1, 23, 30).astimezone())  # the time part no longer counts
    end.set_value(datetime(2026, 4, 3, 0, 15).astimezone())
    qtbot.keyClicks(dialog.editor("location"), "Messe Berlin, Hall 4")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    saved = ctx.activities.get(dialog.saved_id)
    assert (saved.all_day, saved.location) == (True, "Messe Berlin, Hall 4")
    assert (saved.start_at, saved.end_at) == (
        datetime(2026, 4, 1, tzinfo=UTC),
        datetime(2026, 4, 4, tzinfo=UTC),
    )
    page.open_id(saved.id)
    dialog = page.editor
    assert dialog.editor("all_day").isChecked() and dialog.editor("location").text() == "Messe Berlin, Hall 4"
    shown = (dialog.editor("start_at").edit.date().toPython(), dialog.editor("end_at").edit.date().toPython())
    assert shown == (datetime(2026, 4, 1).date(), datetime(2026, 4, 3).date())
    dialog.editor("all_day").setChecked(False)
    assert dialog.editor("start_at").edit.displayFormat() == "yyyy-MM-dd HH:mm"
    dialog.reject()
