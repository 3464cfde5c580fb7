"""The main window's activity actions: quick logging (Ctrl+L, C / Ctrl+L, M), a new task, iCalendar import
and export, the keyboard shortcut list and the reminder watcher. Kept here so the window stays a shell."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from app.views.common.style import icon

if TYPE_CHECKING:
    from app.views.shell.main_window import MainWindow

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


def build_menus(window: MainWindow) -> None:
    """Add File > Import/Export calendar, the Activities menu and Help > Keyboard shortcuts."""
    bar = window.menuBar()
    file_menu = next(a.menu() for a in bar.actions() if a.text() == "&File")
    quit_action = file_menu.actions()[-1]
    for text, slot in (
        ("Import calendar (.ics)…", lambda: import_calendar(window)),
        ("Export calendar (.ics)…", lambda: export_calendar(window)),
    ):
        action = window._page_action(file_menu, text, slot)
        file_menu.insertAction(quit_action, action)
    file_menu.insertSeparator(quit_action)
    menu = QMenu("&Activities", window)
    bar.insertMenu(bar.actions()[-1], menu)  # before Help
    window._page_action(menu, "Log &call", lambda: log(window, "call"), "Ctrl+L, C").setIcon(icon("call"))
    window._page_action(menu, "Log &meeting", lambda: log(window, "meeting"), "Ctrl+L, M").setIcon(
        icon("meeting")
    )
    window._page_action(menu, "New &task", lambda: window.tasks.new_record(), "Ctrl+T").setIcon(icon("task"))
    help_menu = bar.actions()[-1].menu()
    window._action(help_menu, "&Keyboard shortcuts", lambda: show_shortcuts(window))


def attach(window: MainWindow) -> None:
    """Start the reminder watcher once the pages exist."""
    from app.views.activities.reminders import ReminderWatcher

    window.reminders = ReminderWatcher(  # window.tasks is built when a reminder is opened, not before
        window.env,
        window,
        lambda task_id: window.tasks.open_id(task_id),
        lambda task_id: window.tasks.complete_ids([task_id]),
    )


def log(window: MainWindow, kind: str) -> None:
    """Open the editor for a call or meeting, linked to the record selected on the current page."""
    from app.views.activities.quick_log import selected_record

    links = None
    chosen = selected_record(window.current_page())
    if chosen is not None:
        links = window.ctx.activities.links_for(*chosen)  # type: ignore[union-attr]
    window.tasks.log(kind, links)


def import_calendar(window: MainWindow, path: str | None = None) -> bool:
    """Import an .ics file as one undoable step; a bad file is refused with the line that is wrong."""
    from app.services.core.errors import RapportError
    from app.services.scheduling.tasks import local_zone
    from app.views.activities.commands import ImportCalendarCommand

    if path is None:
        path, _ = QFileDialog.getOpenFileName(
            window, "Import calendar", "", "iCalendar (*.ics);;All files (*)"
        )
        if not path:
            return False
    try:
        text = Path(path).read_text(encoding="utf-8-sig", errors="replace")
    except OSError as exc:
        window.show_error(f"Could not read {path}: {exc}")
        return False
    me = window.ctx.current_user  # type: ignore[union-attr]
    command = ImportCalendarCommand(window.env, text, local_zone(), me.id if me else None, Path(path).name)
    try:
        command.execute()
    except RapportError as exc:
        window.show_error(f"{Path(path).name} was not imported (nothing was changed): {exc}")
        return False
    window.env.push(command, f"Imported {Path(path).name}: {command.result.summary()}")
    return True


def export_calendar(window: MainWindow, path: str | None = None) -> bool:
    from app.services.core.errors import RapportError

    if path is None:
        path, _ = QFileDialog.getSaveFileName(window, "Export calendar", "rapport.ics", "iCalendar (*.ics)")
        if not path:
            return False
    try:
        text = window.ctx.calendar.export_text()  # type: ignore[union-attr]
        Path(path).write_text(text, encoding="utf-8", newline="")
    except (RapportError, OSError) as exc:
        window.show_error(f"Could not export the calendar: {exc}")
        return False
    count = text.count("BEGIN:VEVENT") + text.count("BEGIN:VTODO")
    window.show_message(f"Exported {count:,} tasks and meetings to {path}")
    return True


def show_shortcuts(window: MainWindow) -> None:
    rows = "".join(f"<tr><td><b>{keys}</b>&nbsp;&nbsp;</td><td>{what}</td></tr>" for keys, what in SHORTCUTS)
    box = QMessageBox(QMessageBox.Icon.NoIcon, "Keyboard shortcuts", f"<table>{rows}</table>", parent=window)
    box.setObjectName("shortcutsDialog")
    box.open()
