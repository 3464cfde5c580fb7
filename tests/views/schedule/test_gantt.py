"""The Schedule page through the real widgets: drag bars with the mouse, resize, link, refused cycle, undo."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QPushButton
from sqlalchemy import func, select

from app.models import Activity, TaskDependency
from app.views.common.printing import page_images
from app.views.schedule.chart import HANDLE
from app.views.schedule.timescale import Zoom
from tests.services.scheduling.gantt_data import add_task, at, chain


@pytest.fixture
def plan(ctx):
    """Design -> Build -> Ship back to back (one day each) and a loose Review, all in group Launch."""
    ids = chain(ctx, ["Design", "Build", "Ship"])
    review = add_task(ctx, "Review", 0, 1)
    return [*ids, review]


@pytest.fixture
def page(window, plan, qtbot):
    page = window.schedule
    window.show_page(window.pages.index(page))
    page.zoom_box.setCurrentText(Zoom.DAY.value)
    page.chart.scroll_to_time(at(-1))
    qtbot.waitUntil(lambda: page.data is not None and len(page.data.tasks) == 4)
    return page


def stored(ctx, task_id):
    with ctx.sessions() as s:
        task = s.get(Activity, task_id)
        return task.start_at, task.end_at


def dependencies(ctx):
    with ctx.sessions() as s:
        return s.scalar(select(func.count()).select_from(TaskDependency))


def drag(chart, start: QPoint, end: QPoint) -> None:
    viewport = chart.viewport()
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for step in range(1, 5):
        QTest.mouseMove(viewport, start + (end - start) * step / 4)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)


def bar(page, task_id):
    return page.chart.bar_rect(page.chart.task_row(task_id))


def test_dragging_a_bar_moves_the_task_and_its_successors_and_undo_puts_them_back(page, window, ctx, plan):
    design, build, ship, review = plan
    rect = bar(page, design)
    start = rect.center().toPoint()
    drag(page.chart, start, start + QPoint(round(2 * page.chart.scale.px_per_day), 0))
    assert stored(ctx, design) == (at(2), at(3))
    assert stored(ctx, build) == (at(3), at(4))
    assert stored(ctx, ship) == (at(4), at(5))
    assert stored(ctx, review) == (at(0), at(1))
    assert "2 task(s) after it" in window.statusBar().currentMessage()
    # what is drawn is what was stored
    scroll = page.chart.horizontalScrollBar().value()
    assert bar(page, ship).left() == pytest.approx(page.chart.scale.x(at(4)) - scroll)
    assert [t.start for t in page.data.tasks if t.id == ship] == [at(4)]
    window.undo_stack.undo()
    assert stored(ctx, design) == (at(0), at(1))
    assert stored(ctx, ship) == (at(2), at(3))
    window.undo_stack.redo()
    assert stored(ctx, ship) == (at(4), at(5))


def test_dragging_the_end_resizes_and_pushes_the_successor(page, window, ctx, plan):
    design, build, *_ = plan
    rect = bar(page, design)
    grip = QPoint(round(rect.right()) - 2, round(rect.center().y()))
    drag(page.chart, grip, grip + QPoint(round(page.chart.scale.px_per_day), 0))
    assert stored(ctx, design) == (at(0), at(2))
    assert stored(ctx, build) == (at(2), at(3))
    window.undo_stack.undo()
    assert stored(ctx, design) == (at(0), at(1)) and stored(ctx, build) == (at(1), at(2))


def test_dragging_from_a_bar_to_another_adds_a_dependency_and_a_cycle_is_refused(page, window, ctx, plan):
    design, _build, ship, review = plan
    rect = bar(page, ship)
    handle = QPoint(round(rect.right() + HANDLE), round(rect.center().y()))
    target = bar(page, review).center().toPoint()
    drag(page.chart, handle, target)
    assert dependencies(ctx) == 3
    assert stored(ctx, review) == (at(3), at(4))  # pushed after Ship
    assert len(page.data.links) == 3
    # Review -> Design would close Design -> Build -> Ship -> Review
    rect = bar(page, review)
    handle = QPoint(round(rect.right() + HANDLE), round(rect.center().y()))
    drag(page.chart, handle, bar(page, design).center().toPoint())
    assert dependencies(ctx) == 3
    assert (
        "cycle" in window.last_error
        and "“Review” → “Design” → “Build” → “Ship” → “Review”" in window.last_error
    )
    window.undo_stack.undo()  # undoes the link, not the refused one
    assert dependencies(ctx) == 0 + 2
    assert stored(ctx, review) == (at(0), at(1))


def test_progress_and_dependency_removal_from_the_task_menu_are_undoable(page, window, ctx, plan, qtbot):
    _design, build, *_ = plan
    task = next(t for t in page.data.tasks if t.id == build)
    menu = page.task_menu(task)
    progress = next(a for a in menu.actions() if a.text() == "Progress").menu()
    next(a for a in progress.actions() if a.text() == "75%").trigger()
    assert next(t.progress for t in page.data.tasks if t.id == build) == 75
    menu = page.task_menu(next(t for t in page.data.tasks if t.id == build))
    removals = [a for a in menu.actions() if a.text().startswith("Remove dependency")]
    assert [a.text() for a in removals] == [
        "Remove dependency “Design” → “Build”",
        "Remove dependency “Build” → “Ship”",
    ]
    removals[0].trigger()
    assert dependencies(ctx) == 1
    window.undo_stack.undo()
    assert dependencies(ctx) == 2
    window.undo_stack.undo()  # the page reloads on the change record
    qtbot.waitUntil(lambda: next(t.progress for t in page.data.tasks if t.id == build) == 0)


def test_tree_collapses_groups_in_step_with_the_chart(page, qtmodeltester, ctx):
    qtmodeltester.check(page.model)
    add_task(ctx, "Elsewhere", 0, 1, group="Other")
    page.reload()
    qtmodeltester.check(page.model)
    assert [r.task.subject if r.task else r.group for r in page.chart.rows] == [
        "Launch",
        "Design",
        "Review",
        "Build",
        "Ship",
        "Other",
        "Elsewhere",
    ]
    page.tree.collapse(page.model.index(0, 0))
    assert [r.task.subject if r.task else r.group for r in page.chart.rows] == [
        "Launch",
        "Other",
        "Elsewhere",
    ]
    page.reload()  # stays collapsed across reloads
    assert len(page.chart.rows) == 3
    page.chart.verticalScrollBar().setValue(0)
    assert page.tree.verticalScrollBar().value() == page.chart.verticalScrollBar().value()


def test_zoom_critical_path_and_export(page, tmp_path, plan):
    design, build, ship, _review = plan
    assert page.data.critical == {design, build, ship}
    day = page.chart.scale.px_per_day
    page.zoom_box.setCurrentText(Zoom.MONTH.value)
    assert page.chart.scale.px_per_day < day
    assert bar(page, design).width() == pytest.approx(page.chart.scale.px_per_day, abs=0.5)
    page.export_png(tmp_path / "plan.png")
    assert (tmp_path / "plan.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    page.export_pdf(tmp_path / "plan.pdf")
    data = (tmp_path / "plan.pdf").read_bytes()
    assert data.startswith(b"%PDF") and len(page_images(data, 72)) == 1


def test_a_move_made_elsewhere_reloads_the_page(page, ctx, plan, qtbot):
    ctx.scheduling.reschedule(plan[3], at(5), at(6) + timedelta(hours=2))
    qtbot.waitUntil(lambda: next(t.start for t in page.data.tasks if t.id == plan[3]) == at(5))


def test_the_account_pane_opens_the_gantt_of_that_account(window, ctx, qtbot):
    from app.services.records.accounts import AccountInput

    acme = ctx.accounts.create(AccountInput(name="Acme GmbH")).value.id
    add_task(ctx, "Acme kick-off", 0, 1, account_id=acme)
    add_task(ctx, "Someone else's", 0, 1)
    window.show_page(window.pages.index(window.accounts))
    window.accounts.detail.show_account(acme)
    button = window.accounts.detail.findChild(QPushButton, "accountSchedule")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    page = window.schedule
    assert window.current_page() is page
    assert [t.subject for t in page.data.tasks] == ["Acme kick-off"]
    assert page.scope_box.currentText() == "Account: Acme GmbH"


# --- keyboard, lag, print preview -------------------------------------------------------------------


def task_of(page, task_id):
    return next(t for t in page.data.tasks if t.id == task_id)


def key(widget, which, shift=False):
    mods = Qt.KeyboardModifier.ShiftModifier if shift else Qt.KeyboardModifier.NoModifier
    QTest.keyClick(widget, which, mods)


def test_arrow_keys_move_resize_and_select_as_undoable_drags(page, window, ctx, plan, qtbot):
    design, build, ship, review = plan
    chart = page.chart
    QTest.mouseClick(chart.viewport(), Qt.MouseButton.LeftButton, pos=bar(page, design).center().toPoint())
    assert chart.selected == design and chart.hasFocus()
    key(chart, Qt.Key.Key_Right)
    assert stored(ctx, design) == (at(1), at(2))
    assert stored(ctx, build) == (at(2), at(3)) and stored(ctx, ship) == (at(3), at(4))
    assert "2 task(s) after it" in window.statusBar().currentMessage()
    assert bar(page, design).left() == pytest.approx(
        chart.scale.x(at(1)) - chart.horizontalScrollBar().value()
    )
    key(chart, Qt.Key.Key_Right, shift=True)  # the end a day later; Build and Ship pushed again
    assert stored(ctx, design) == (at(1), at(3)) and stored(ctx, ship) == (at(4), at(5))
    window.undo_stack.undo()
    window.undo_stack.undo()
    assert [stored(ctx, t) for t in (design, build, ship)] == [(at(0), at(1)), (at(1), at(2)), (at(2), at(3))]
    qtbot.waitUntil(lambda: task_of(page, ship).start == at(2))  # the page reloads on the undo's changes
    key(chart, Qt.Key.Key_Left, shift=True)  # a one-day task cannot shrink to nothing
    assert stored(ctx, design) == (at(0), at(1)) and window.undo_stack.index() == 0
    order = [r.task.id for r in chart.rows if r.task is not None]
    assert set(order) == {design, build, ship, review} and order[0] == design
    key(chart, Qt.Key.Key_Down)
    assert chart.selected == order[1] and page.model.task(page.tree.currentIndex()).id == order[1]
    chart.selected = build
    key(chart, Qt.Key.Key_Left)  # Build cannot start before Design ends: the service keeps it
    assert stored(ctx, build) == (at(1), at(2)) and window.last_error == ""
    for _ in range(5):
        key(chart, Qt.Key.Key_Down)
    assert chart.selected == order[-1]  # stops on the last task
    key(chart, Qt.Key.Key_Up)
    assert chart.selected == order[-2]
    chart.selected = ship
    page.zoom_box.setCurrentText(Zoom.MONTH.value)  # a week per press
    key(chart, Qt.Key.Key_Right)
    assert stored(ctx, ship) == (at(9), at(10)), window.last_error


def test_a_milestone_moves_with_the_keys_but_does_not_resize(page, window, ctx, plan, qtbot):
    gate = add_task(ctx, "Gate", 4, 4, milestone=True)
    qtbot.waitUntil(lambda: any(t.id == gate for t in page.data.tasks))
    page.chart.selected = gate
    page.chart.setFocus()
    key(page.chart, Qt.Key.Key_Right, shift=True)
    assert stored(ctx, gate) == (at(4), at(4)) and window.undo_stack.index() == 0
    key(page.chart, Qt.Key.Key_Left)
    assert stored(ctx, gate) == (at(3), at(3))


def test_arrow_keys_in_the_tree_move_the_current_task_and_follow_the_selection(page, ctx, plan):
    design, build, ship, _review = plan
    page.tree.setCurrentIndex(page.model.index_of(ship))
    assert page.chart.selected == ship
    key(page.tree, Qt.Key.Key_Right)
    assert stored(ctx, ship) == (at(3), at(4))
    assert page.model.task(page.tree.currentIndex()).id == ship  # still current after the reload
    key(page.tree, Qt.Key.Key_Up)
    assert page.chart.selected == build
    key(page.tree, Qt.Key.Key_Right, shift=True)
    assert stored(ctx, build) == (at(1), at(3)) and stored(ctx, ship) == (at(3), at(4))
    assert stored(ctx, design) == (at(0), at(1))


def test_keys_are_listed_in_help_and_the_hint(page, window):
    from PySide6.QtWidgets import QMessageBox

    from app.views.activities.actions import show_shortcuts

    show_shortcuts(window)
    box = window.findChild(QMessageBox, "shortcutsDialog")
    assert "Shift+← / Shift+→" in box.text() and "a week in Month zoom" in box.text()
    box.close()
    assert "Shift+←/→ move the end" in page.findChild(QLabel, "hint").text()


def test_edit_lag_from_the_task_menu_pushes_successors_and_undo_restores(page, window, ctx, plan, qtbot):
    _design, build, ship, _review = plan
    menu = page.task_menu(task_of(page, build))
    lag_actions = [a for a in menu.actions() if a.text().startswith("Edit lag")]
    assert [a.text() for a in lag_actions] == ["Edit lag after “Design”…"]  # incoming only
    lag_actions[0].trigger()
    dialog = page.lag_dialog
    assert dialog.isVisible() and (dialog.days.value(), dialog.hours.value()) == (0, 0)
    dialog.days.setValue(1)
    dialog.hours.setValue(6)
    QTest.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert next(x.lag_minutes for x in page.data.links if x.successor_id == build) == 30 * 60
    assert stored(ctx, build) == (at(2.25), at(3.25)) and stored(ctx, ship) == (at(3.25), at(4.25))
    menu = page.task_menu(task_of(page, build))
    assert "Edit lag after “Design” (now 1 d 6 h)…" in [a.text() for a in menu.actions()]
    window.undo_stack.undo()
    assert stored(ctx, build) == (at(1), at(2)) and stored(ctx, ship) == (at(2), at(3))
    qtbot.waitUntil(lambda: next(x.lag_minutes for x in page.data.links if x.successor_id == build) == 0)
    window.undo_stack.redo()
    assert stored(ctx, ship) == (at(3.25), at(4.25))
    qtbot.waitUntil(lambda: task_of(page, ship).start == at(3.25))
    # a lead (negative lag) is stored and moves nothing; Cancel changes nothing
    link = next(x for x in page.data.links if x.successor_id == ship)
    dialog = page.edit_lag(link)
    dialog.hours.setValue(-12)
    dialog.accept()
    with ctx.sessions() as s:
        assert s.get(TaskDependency, link.id).lag_minutes == -720
    assert stored(ctx, ship) == (at(3.25), at(4.25))
    page.edit_lag(next(x for x in page.data.links if x.id == link.id)).reject()
    assert window.undo_stack.index() == 2


def test_print_opens_the_documents_print_preview_with_the_gantt_pages(page, qtbot):
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QPageLayout
    from PySide6.QtPrintSupport import QPrintPreviewDialog, QPrintPreviewWidget
    from PySide6.QtWidgets import QApplication

    seen = {}

    def inspect():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QPrintPreviewDialog):
            QTimer.singleShot(50, inspect)
            return
        widget = dialog.findChild(QPrintPreviewWidget)
        widget.updatePreview()
        seen["title"], seen["pages"] = dialog.windowTitle(), widget.pageCount()
        seen["orientation"] = dialog.printer().pageLayout().orientation()  # the Gantt is wider than tall
        dialog.reject()

    QTimer.singleShot(0, inspect)
    page.findChild(QPushButton, "ganttPrint").click()
    assert seen == {
        "title": "Print preview: Everyone's tasks",
        "pages": 1,
        "orientation": QPageLayout.Orientation.Landscape,
    }


def test_a_schedule_taller_than_one_image_says_what_the_png_leaves_out(page, tmp_path, plan, monkeypatch):
    from app.views.schedule import export

    rows = len(page.chart.rows)
    assert rows >= 3
    monkeypatch.setattr(export, "MAX_SIDE", export.HEADER_H + 30 + 2 * export.ROW_H)  # two rows an image
    assert page.export_png(tmp_path / "first.png") == rows - 2  # what the PNG leaves out is reported


def test_the_pdf_is_vector_pages_of_every_task_with_readable_labels(page, ctx, tmp_path):
    """Was a raster: 5 A3 pages, 17.8 MB for the demo, 4-pt labels, page 1 opening on months of grid."""
    from tests.services.scheduling.gantt_data import add_task
    from tests.services.scheduling.test_gantt_pdf import font_sizes, page_texts

    for i in range(150):
        add_task(ctx, f"Step {i:03}", 2 * i, 2 * i + 1, group="Big rollout")
    page.reload()
    page.export_pdf(tmp_path / "plan.pdf")
    data = (tmp_path / "plan.pdf").read_bytes()
    texts = page_texts(data)
    assert len(data) < 200_000 and len(texts) == 3  # Big rollout's 151 rows at 65 a page, then Launch's 5
    assert min(font_sizes(data)) >= 7
    assert "Step 000" in texts[0] and "Page 1 of 3" in texts[0]
    assert "Step 149" in texts[2] and "Design" in texts[2] and "Page 3 of 3" in texts[2]
    assert all(page.data.title in t for t in texts)  # the title on every page
