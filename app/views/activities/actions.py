"""The main window's activity actions: quick logging (Ctrl+L, C / Ctrl+L, M), a new task, iCalendar import
and export, the keyboard shortcut list and the reminder watcher. Kept here so the window stays a shell:
the window places the menus these functions fill, and offers them only what `MenuHost` names."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from app.views.common.file_dialogs import get_open_file_name, get_save_file_name
from app.views.common.style import icon

if TYPE_CHECKING:
    from app.views.activities.page import TasksPage
    from app.views.activities.reminders import ReminderWatcher
    from app.views.common.env import ViewEnv


class MenuHost(Protocol):
    """What the activity actions need from the main window (MainWindow is one)."""

    env: ViewEnv

    @property
    def tasks(self) -> TasksPage: ...

    def window(self) -> QWidget:
        """The top-level widget: the parent of menus and dialogs (QWidget.window)."""
        ...

    def current_page(self) -> Any: ...

    def add_action(self, menu: QMenu, text: str, slot: Callable[[], object], *shortcuts: Any) -> QAction:
        """An action in `menu` and on the window, so its shortcuts work wherever the focus is."""
        ...

    def add_page_action(self, menu: QMenu, text: str, slot: Callable[[], object], *shortcuts: Any) -> QAction:
        """Like add_action, but enabled only once a database is open."""
        ...

    def show_message(self, text: str) -> None: ...

    def show_error(self, text: str) -> None: ...


SHORTCUTS = (
    ("Ctrl+N", "New record on the current page"),
    ("Ctrl+L, C", "Log a call for the selected record (then type the subject, Enter)"),
    ("Ctrl+L, M", "Log a meeting for the selected record"),
    ("Ctrl+T", "New task"),
    ("Space", "Complete the selected tasks (Tasks page)"),
    ("Enter / F2", "Open the selected record"),
    ("Del", "Move the selected records to the trash"),
    ("Ctrl+Z / Ctrl+Shift+Z", "Undo / redo"),
    ("Ctrl+K", "Search contacts, accounts and leads"),
    ("Ctrl+1 … Ctrl+9", "Go to a page (in the sidebar's order)"),
    ("Ctrl+0", "Go to the Trash"),
    ("F5", "Refresh"),
    # the Schedule page (its hint says the same; the page is not imported here: it loads on first use)
    ("← / →", "Schedule: move the selected task a day earlier / later (a week in Month zoom)"),
    ("Shift+← / Shift+→", "Schedule: end the selected task a day earlier / later (not milestones)"),
    ("↑ / ↓", "Schedule: select the task above / below"),
)


def add_calendar_actions(host: MenuHost, menu: QMenu) -> None:
    """Add Import calendar and Export calendar (File menu)."""
    host.add_page_action(menu, "Import calendar (.ics)…", lambda: import_calendar(host))
    host.add_page_action(menu, "Export calendar (.ics)…", lambda: export_calendar(host))


def activities_menu(host: MenuHost) -> QMenu:
    """Make the Activities menu: log a call or a meeting for the selected record, a new task."""
    menu = QMenu("&Activities", host.window())
    host.add_page_action(menu, "Log &call", lambda: log(host, "call"), "Ctrl+L, C").setIcon(icon("call"))
    host.add_page_action(menu, "Log &meeting", lambda: log(host, "meeting"), "Ctrl+L, M").setIcon(
        icon("meeting")
    )
    host.add_page_action(menu, "New &task", lambda: host.tasks.new_record(), "Ctrl+T").setIcon(icon("task"))
    return menu


def add_help_actions(host: MenuHost, menu: QMenu) -> None:
    """Add Keyboard shortcuts (Help menu)."""
    host.add_action(menu, "&Keyboard shortcuts", lambda: show_shortcuts(host))


def start_reminders(host: MenuHost) -> ReminderWatcher:
    """Start the reminder watcher once the pages exist."""
    from app.views.activities.reminders import ReminderWatcher

    return ReminderWatcher(  # host.tasks is built when a reminder is opened, not before
        host.env,
        host.window(),
        lambda task_id: host.tasks.open_id(task_id),
        lambda task_id: host.tasks.complete_ids([task_id]),
    )


def log(host: MenuHost, kind: str) -> None:
    """Open the editor for a call or meeting, linked to the record selected on the current page."""
    from app.views.activities.quick_log import selected_record

    links = None
    chosen = selected_record(host.current_page())
    if chosen is not None:
        links = host.env.ctx.activities.links_for(*chosen)
    host.tasks.log(kind, links)


def import_calendar(host: MenuHost, path: str | None = None) -> bool:
    """Import an .ics file as one undoable step; a bad file is refused with the line that is wrong."""
    from app.services.core.errors import RapportError
    from app.services.scheduling.tasks import local_zone
    from app.views.activities.commands import ImportCalendarCommand

    if path is None:
        path, _ = get_open_file_name(host.window(), "Import calendar", "", "iCalendar (*.ics);;All files (*)")
        if not path:
            return False
    try:
        text = Path(path).read_text(encoding="utf-8-sig", errors="replace")
    except OSError as exc:
        host.show_error(f"Could not read {path}: {exc}")
        return False
    me = host.env.ctx.current_user
    command = ImportCalendarCommand(host.env, text, local_zone(), me.id if me else None, Path(path).name)
    try:
        command.execute()
    except RapportError as exc:
        host.show_error(f"{Path(path).name} was not imported (nothing was changed): {exc}")
        return False
    host.env.push(command, f"Imported {Path(path).name}: {command.result.summary()}")
    return True


def export_calendar(host: MenuHost, path: str | None = None) -> bool:
    from app.services.core.errors import RapportError

    if path is None:
        path, _ = get_save_file_name(host.window(), "Export calendar", "rapport.ics", "iCalendar (*.ics)")
        if not path:
            return False
    try:
        text = host.env.ctx.calendar.export_text()
        Path(path).write_text(text, encoding="utf-8", newline="")
    except (RapportError, OSError) as exc:
        host.show_error(f"Could not export the calendar: {exc}")
        return False
    count = text.count("BEGIN:VEVENT") + text.count("BEGIN:VTODO")
    host.show_message(f"Exported {count:,} tasks and meetings to {path}")
    return True


def show_shortcuts(host: MenuHost) -> None:
    rows = "".join(f"<tr><td><b>{keys}</b>&nbsp;&nbsp;</td><td>{what}</td></tr>" for keys, what in SHORTCUTS)
    box = QMessageBox(
        QMessageBox.Icon.NoIcon, "Keyboard shortcuts", f"<table>{rows}</table>", parent=host.window()
    )
    box.setObjectName("shortcutsDialog")
    box.open()
