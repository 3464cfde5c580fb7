"""The main window's activity actions: quick logging (Ctrl+L, C / Ctrl+L, M), a new task, iCalendar import
and export, the keyboard shortcut list and the reminder watcher. Kept here so the window stays a shell:
the window places the menus these functions fill, and offers them only what `MenuHost` names."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QCoreApplication
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
    pages: Sequence[Any]

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


# Keys that widgets handle themselves rather than through a QAction; every other shortcut in the list is
# read from the window's and the pages' actions, so a new action's keys appear without editing a list.
WIDGET_KEYS = (
    ("Space", "Tasks: complete the selected tasks"),
    ("Enter", "Open the selected record"),
    ("← / →", "Schedule: move the selected task a day earlier / later (a week in Month zoom)"),
    ("Shift+← / Shift+→", "Schedule: end the selected task a day earlier / later (not milestones)"),
    ("↑ / ↓", "Schedule: select the task above / below"),
    ("T", "Calendar: go to today"),
    ("← / →, PgUp / PgDown", "Calendar: the previous / next day, week or month"),
    ("Esc", "Calendar: cancel the drag of a meeting or task"),
    ("A / P / R", "Tickets: assign, set the priority, reply to the selected ticket"),
    ("Ctrl+Enter", "Tickets: send the reply"),
    ("Ctrl+Shift+R", "Tickets: resolve the selected ticket (elsewhere: the Reports page)"),
)


def add_calendar_actions(host: MenuHost, menu: QMenu) -> None:
    """Add Import calendar and Export calendar (File menu)."""
    host.add_page_action(
        menu,
        QCoreApplication.translate("activities.actions", "Import calendar (.ics)…"),
        lambda: import_calendar(host),
    )
    host.add_page_action(
        menu,
        QCoreApplication.translate("activities.actions", "Export calendar (.ics)…"),
        lambda: export_calendar(host),
    )


def activities_menu(host: MenuHost) -> QMenu:
    """Make the Activities menu: log a call or a meeting for the selected record, a new task."""
    menu = QMenu(QCoreApplication.translate("activities.actions", "&Activities"), host.window())
    host.add_page_action(
        menu,
        QCoreApplication.translate("activities.actions", "Log &call"),
        lambda: log(host, "call"),
        "Ctrl+L, C",
    ).setIcon(icon("call"))
    host.add_page_action(
        menu,
        QCoreApplication.translate("activities.actions", "Log &meeting"),
        lambda: log(host, "meeting"),
        "Ctrl+L, M",
    ).setIcon(icon("meeting"))
    host.add_page_action(
        menu,
        QCoreApplication.translate("activities.actions", "New &task"),
        lambda: host.tasks.new_record(),
        "Ctrl+T",
    ).setIcon(icon("task"))
    return menu


def add_help_actions(host: MenuHost, menu: QMenu) -> None:
    """Add Keyboard shortcuts (Help menu)."""
    host.add_action(
        menu,
        QCoreApplication.translate("activities.actions", "&Keyboard shortcuts"),
        lambda: show_shortcuts(host),
    )


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
    from app.services.scheduling.ical_read import decode
    from app.services.scheduling.tasks import local_zone
    from app.views.activities.commands import ImportCalendarCommand

    if path is None:
        path, _ = get_open_file_name(
            host.window(),
            QCoreApplication.translate("activities.actions", "Import calendar"),
            "",
            QCoreApplication.translate("activities.actions", "iCalendar (*.ics);;All files (*)"),
        )
        if not path:
            return False
    try:
        text = decode(Path(path).read_bytes())  # a file that is not UTF-8 is refused, not garbled
    except (OSError, RapportError) as exc:
        host.show_error(
            QCoreApplication.translate("activities.actions", "Could not read {path}: {exc}").format(
                path=path, exc=exc
            )
        )
        return False
    me = host.env.ctx.current_user
    command = ImportCalendarCommand(host.env, text, local_zone(), me.id if me else None, Path(path).name)
    try:
        command.execute()
    except RapportError as exc:
        host.show_error(
            QCoreApplication.translate(
                "activities.actions", "{name} was not imported (nothing was changed): {exc}"
            ).format(name=Path(path).name, exc=exc)
        )
        return False
    host.env.push(
        command,
        QCoreApplication.translate("activities.actions", "Imported {name}: {v1}").format(
            name=Path(path).name, v1=command.result.summary()
        ),
    )
    return True


def export_calendar(host: MenuHost, path: str | None = None) -> bool:
    from app.services.core.errors import RapportError
    from app.services.scheduling.tasks import local_zone

    if path is None:
        path, _ = get_save_file_name(
            host.window(),
            QCoreApplication.translate("activities.actions", "Export calendar"),
            "rapport.ics",
            QCoreApplication.translate("activities.actions", "iCalendar (*.ics)"),
        )
        if not path:
            return False
    try:
        text = host.env.ctx.calendar.export_text(local=local_zone())  # all-day events as dates
        Path(path).write_text(text, encoding="utf-8", newline="")
    except (RapportError, OSError) as exc:
        host.show_error(
            QCoreApplication.translate("activities.actions", "Could not export the calendar: {exc}").format(
                exc=exc
            )
        )
        return False
    count = text.count("BEGIN:VEVENT") + text.count("BEGIN:VTODO")
    host.show_message(
        QCoreApplication.translate(
            "activities.actions", "Exported {count:,} tasks and meetings to {path}"
        ).format(count=count, path=path)
    )
    return True


def shortcut_rows(host: MenuHost) -> list[tuple[str, str]]:
    """(keys, what) for every action with a shortcut on the window and on its pages (all are built, so
    a page's own keys such as Documents' Ctrl+P are there), then the keys widgets handle themselves."""
    from PySide6.QtGui import QKeySequence

    window = host.window()
    pages = [host.pages[i] for i in range(len(host.pages))]
    seen: dict[tuple[str, str], set[str]] = {}
    for action in window.findChildren(QAction):
        if not action.shortcuts():
            continue
        keys = " / ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts())
        text = action.text().split("\t")[0].replace("&", "").rstrip(".…")
        if action.objectName().startswith("goTo"):  # View > Accounts ... reads "Go to Accounts" here
            text = f"Go to {text}"
        if text.startswith(("Undo", "Redo")):
            text = text.split(" ")[0]  # the stack's actions carry the next command's name
        page = _page_of(action, pages)
        seen.setdefault((keys, text), set()).add(page)
    rows = []
    for (keys, text), where in seen.items():
        only = next(iter(where)) if len(where) == 1 else ""
        rows.append((keys, f"{only}: {text}" if only else text))
    return sorted(rows, key=lambda r: (":" in r[1], r[0])) + list(WIDGET_KEYS)


def _page_of(action: QAction, pages: list[Any]) -> str:
    """The title of the page an action belongs to, or '' for the window's own."""
    owner = action.parent()
    while owner is not None:
        if owner in pages:
            return str(getattr(owner, "title", ""))
        owner = owner.parent()
    return ""


def show_shortcuts(host: MenuHost) -> None:
    from html import escape

    rows = "".join(
        f"<tr><td><b>{escape(keys)}</b>&nbsp;&nbsp;</td><td>{escape(what)}</td></tr>"
        for keys, what in shortcut_rows(host)
    )
    box = QMessageBox(
        QMessageBox.Icon.NoIcon, "Keyboard shortcuts", f"<table>{rows}</table>", parent=host.window()
    )
    box.setObjectName("shortcutsDialog")
    box.open()
