"""Quick logging and the activity menus after their move out of the main window: Ctrl+L links the record
selected on the board as on a list, the menus sit where they did, and the actions need only `MenuHost`."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu, QWidget
from sqlalchemy import select

from app.models import Deal
from app.views.activities import actions

CTRL = Qt.KeyboardModifier.ControlModifier


def _deal_id(ctx, name):
    with ctx.sessions() as s:
        return s.scalar(select(Deal.id).where(Deal.name == name))


def _menu(window, title) -> QMenu:
    return next(a.menu() for a in window.menuBar().actions() if a.text() == title)


def test_log_a_call_from_the_board_links_the_selected_deal(window, qtbot, ctx, sample):
    deal_id = _deal_id(ctx, sample.deal_name)
    window.show_page(4)
    board = window.board
    board.select(deal_id)
    view = next(c.view for c in board.columns.values() if c.view.hasFocus())
    qtbot.keyClick(view, Qt.Key.Key_L, CTRL)
    qtbot.keyClick(view, Qt.Key.Key_C)
    dialog = window.tasks.editor
    assert dialog is not None and dialog.isVisible() and dialog.windowTitle() == "Log call"
    qtbot.keyClicks(dialog.editor("subject"), "Agreed the rollout dates")
    # the Save button, not Enter: offscreen, the focus stays on the board, whose Enter opens the deal
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    logged = ctx.activities.get(dialog.saved_id)
    assert (logged.kind, logged.deal_id, logged.account_id) == ("call", deal_id, sample.acme)


def test_a_quick_log_on_a_page_without_records_is_not_linked(window, qtbot, ctx, sample):
    window.show_page(3)  # the Tasks page has no record to link to
    tasks = window.tasks
    qtbot.keyClick(tasks.tree, Qt.Key.Key_L, CTRL)
    qtbot.keyClick(tasks.tree, Qt.Key.Key_M)
    dialog = tasks.editor
    assert dialog is not None and dialog.windowTitle() == "Log meeting"
    assert dialog.regarding.text() == "(nothing)"
    dialog.reject()


def test_the_activity_menus_sit_where_they_did(window, qtbot):
    bar = [a.text() for a in window.menuBar().actions()]
    assert bar == ["&File", "&Edit", "&View", "&Activities", "&Help"]
    file_items = [a.text() for a in _menu(window, "&File").actions() if not a.isSeparator()]
    assert file_items[-3:] == ["Import calendar (.ics)…", "Export calendar (.ics)…", "&Quit"]
    separators = [a.isSeparator() for a in _menu(window, "&File").actions()]
    assert separators[-5:] == [
        True,
        False,
        False,
        True,
        False,
    ]  # the calendar actions are a group of their own
    activities = {a.text(): a for a in _menu(window, "&Activities").actions()}
    assert list(activities) == ["Log &call", "Log &meeting", "New &task"]
    assert activities["New &task"].shortcut().toString() == "Ctrl+T"
    assert all(a.isEnabled() and not a.icon().isNull() for a in activities.values())
    assert [a.text() for a in _menu(window, "&Help").actions()] == ["&About Rapport", "&Keyboard shortcuts"]
    activities["New &task"].trigger()
    assert window.tasks.editor is not None and window.tasks.editor.windowTitle() == "New task"
    window.tasks.editor.reject()


class _Tasks:
    def __init__(self) -> None:
        self.logged: list[tuple[str, dict | None]] = []

    def log(self, kind: str, links: dict | None = None) -> None:
        self.logged.append((kind, links))

    def new_record(self) -> None:
        self.logged.append(("task", None))


class _Page:
    def __init__(self, record: tuple[str, object]) -> None:
        self.record = record

    def selected_record(self) -> tuple[str, object]:
        return self.record


class _Host(QWidget):
    """Only what MenuHost names: a call to anything else of the main window fails here."""

    def __init__(self, env, page) -> None:
        super().__init__()
        self.env = env
        self.tasks = _Tasks()
        self.page = page
        self.messages: list[str] = []

    def current_page(self):
        return self.page

    def add_action(self, menu, text, slot, *shortcuts):
        action = menu.addAction(text)
        action.triggered.connect(lambda _=False: slot())
        return action

    add_page_action = add_action

    def show_message(self, text: str) -> None:
        self.messages.append(text)

    def show_error(self, text: str) -> None:
        self.messages.append(text)


def test_the_actions_need_only_what_the_menu_host_offers(window, qtbot, ctx, sample, tmp_path):
    host = _Host(window.env, _Page(("contact", sample.ada)))
    qtbot.addWidget(host)
    menu = actions.activities_menu(host)
    assert menu.parent() is host
    {a.text(): a for a in menu.actions()}["Log &call"].trigger()
    (kind, links), *_ = host.tasks.logged
    assert kind == "call" and links["contact_id"] == sample.ada and links["account_id"] == sample.acme
    file_menu = QMenu(host)
    actions.add_calendar_actions(host, file_menu)
    assert [a.text() for a in file_menu.actions()] == ["Import calendar (.ics)…", "Export calendar (.ics)…"]
    assert actions.export_calendar(host, str(tmp_path / "out.ics"))
    assert host.messages[-1].startswith("Exported ")
    watcher = actions.start_reminders(host)
    assert watcher.parent() is host
    watcher.stop()
