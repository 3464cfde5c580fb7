"""The Tasks page: someone's open tasks and planned calls/meetings grouped overdue / today / this week / later.

Tick a task or press Space to complete it (undoable); Enter, F2 or a double-click opens the editor; Del
moves it to the trash. The groups are the user's local days (the service gets the local time zone).
"""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale, QModelIndex, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app.services.core.changes import ChangeSet
from app.services.core.errors import RapportError
from app.services.scheduling.activities import ActivityInput
from app.services.scheduling.tasks import EVERYONE, local_zone
from app.views.activities.commands import CompleteCommand
from app.views.activities.tasks_model import TasksModel
from app.views.common.commands import DeleteCommand
from app.views.common.env import ACTIVITY, ViewEnv
from app.views.common.form_dialog import fill_assignees
from app.views.common.style import icon


def first_weekday() -> int:
    """The locale's first day of the week as datetime.weekday() counts (0 = Monday, 6 = Sunday)."""
    return QLocale().firstDayOfWeek().value - 1


REFRESH_ON = ("activity", "account", "contact", "lead", "deal", "user")
_NOBODY = "nobody"


class TaskTree(QTreeView):
    """Space completes the selected tasks; Enter opens the current one; Del trashes the selected ones."""

    spacePressed = Signal()
    enterPressed = Signal()
    deletePressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.modifiers():
            self.spacePressed.emit()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2):
            self.enterPressed.emit()
            return
        if event.key() == Qt.Key.Key_Delete:
            self.deletePressed.emit()
            return
        super().keyPressEvent(event)


class TasksPage(QWidget):
    countChanged = Signal(int)
    title = QT_TRANSLATE_NOOP("labels", "Tasks")

    def __init__(self, env: ViewEnv, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.env = env
        self.setObjectName("page_tasks")
        self.editor: Any = None
        self._stale = True
        self._total = 0
        self.model = TasksModel(self)
        self.model.completeRequested.connect(lambda task: self.complete_ids([task.id]))
        self.owner_box = QComboBox(objectName="tasksOwner")
        self.owner_box.currentIndexChanged.connect(lambda _=0: self.reload())
        heading = QLabel(self.tr("Tasks"), objectName="pageTitle")
        self.new_button = QPushButton(icon("add"), self.tr("New task"), objectName="newButton")
        self.new_button.setProperty("primary", True)
        self.new_button.setToolTip(self.tr("New task (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_record)
        self.call_button = QPushButton(icon("call"), self.tr("Log call"), objectName="logCallButton")
        self.call_button.setToolTip(
            self.tr("Log a call (Ctrl+L, C) — from any record page it is linked to the record")
        )
        self.call_button.clicked.connect(lambda: self.log("call"))
        self.meeting_button = QPushButton(
            icon("meeting"), self.tr("Log meeting"), objectName="logMeetingButton"
        )
        self.meeting_button.setToolTip(self.tr("Log a meeting (Ctrl+L, M)"))
        self.meeting_button.clicked.connect(lambda: self.log("meeting"))
        self.call_sheet_button = QToolButton(objectName="printButton")
        self.call_sheet_button.setIcon(icon("print"))
        self.call_sheet_button.setAccessibleName(self.tr("Print a call sheet"))
        self.call_sheet_button.setToolTip(
            self.tr("Print a call sheet: the calls and meetings of a day, with numbers (Ctrl+P)")
        )
        self.call_sheet_button.clicked.connect(self.print_call_sheet)
        print_action = QAction(self.tr("Print a call sheet"), self)
        print_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
        print_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        print_action.triggered.connect(self.print_call_sheet)
        self.addAction(print_action)
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addSpacing(16)
        top.addWidget(QLabel(self.tr("Assigned to")))
        top.addWidget(self.owner_box)
        top.addStretch(1)
        for button in (self.call_sheet_button, self.call_button, self.meeting_button, self.new_button):
            top.addWidget(button)
        self.tree = TaskTree(objectName="tasksTree", accessibleName="My tasks")
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        for column, width in enumerate((360, 130, 80, 70, 260, 110, 140)):
            self.tree.setColumnWidth(column, width)
        self.tree.doubleClicked.connect(self._open_index)
        self.tree.spacePressed.connect(self.complete_selected)
        self.tree.enterPressed.connect(self._open_current)
        self.tree.deletePressed.connect(self.delete_selected)
        self.hint = QLabel(
            self.tr("Tick a task or press Space to complete it · Enter opens it · Ctrl+Z undoes"),
            objectName="muted",
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.hint)
        env.relay.changed.connect(self.on_changes)

    def print_call_sheet(self) -> None:
        """The call sheet of the person the list shows (or mine), for today unless another day is chosen."""
        from app.views.activities.call_sheet_dialog import CallSheetDialog

        owner = self.owner_box.currentData()
        CallSheetDialog(self.env, owner if isinstance(owner, uuid.UUID) else None, self).open()

    # --- loading -----------------------------------------------------------------------------------
    def _fill_owners(self) -> None:
        """Everyone, me (when I am a user), the other users and nobody; first shown: me if I have open
        tasks, else everyone (a new user, or an OS account that is no Rapport user, sees the team's)."""
        current = self.owner_box.currentData() if self.owner_box.count() else self._first_owner()
        fill_assignees(self.owner_box, self.env, current, EVERYONE, _NOBODY)

    def _first_owner(self) -> Any:
        me = self.env.ctx.current_user
        if me is None:
            return EVERYONE
        try:
            mine = self.env.ctx.activities.my_tasks(me.id, local_zone(), first_weekday=first_weekday())
        except RapportError:
            return EVERYONE
        return me.id if mine.total else EVERYONE

    def owner_id(self) -> Any:
        data = self.owner_box.currentData()
        return None if data == _NOBODY else data

    def reload(self) -> None:
        if self.owner_box.count() == 0:
            self._fill_owners()
        selected = {t.id for t in self.selected_tasks()}
        try:
            groups = self.env.ctx.activities.my_tasks(
                self.owner_id(), local_zone(), first_weekday=first_weekday()
            )
        except RapportError as exc:
            self.env.error(str(exc))
            return
        self._stale = False
        self.model.set_groups(groups)
        self.tree.expandAll()
        for task_id in selected:
            index = self.model.task_index(task_id)
            if index.isValid():
                self.tree.selectionModel().select(
                    index,
                    self.tree.selectionModel().SelectionFlag.Select
                    | self.tree.selectionModel().SelectionFlag.Rows,
                )
        self._total = groups.total
        self.countChanged.emit(groups.total)

    def on_changes(self, changes: ChangeSet) -> None:
        if not changes.touches(*REFRESH_ON):
            return
        if changes.touches("user"):
            self._fill_owners()
        self._stale = True
        if self.isVisible():
            QTimer.singleShot(0, self._reload_if_stale)  # once per event-loop turn, however many changes

    def _reload_if_stale(self) -> None:
        if self._stale:
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.reload()
        super().showEvent(event)

    # --- actions -----------------------------------------------------------------------------------
    def selected_tasks(self) -> list[Any]:
        rows = self.tree.selectionModel().selectedRows() if self.tree.selectionModel() else []
        tasks = [self.model.task(i) for i in rows]
        return [t for t in tasks if t is not None]

    def complete_selected(self) -> None:
        self.complete_ids([t.id for t in self.selected_tasks()])

    def complete_ids(self, ids: list[Any]) -> None:
        """Complete tasks through the undo stack (several at once are one undo step)."""
        if not ids:
            return
        service = self.env.ctx.activities
        commands = []
        try:
            for task_id in ids:
                command = CompleteCommand(self.env, service.get(task_id))
                command.execute()
                commands.append(command)
        except RapportError as exc:
            self.env.error(self.tr("Could not complete the task: {exc}").format(exc=exc))
        if not commands:
            return
        if len(commands) > 1:
            self.env.undo.beginMacro(f"Complete {len(commands)} tasks")
        for command in commands:
            self.env.undo.push(command)
        if len(commands) > 1:
            self.env.undo.endMacro()
        what = f"“{commands[0].before.subject}”" if len(commands) == 1 else f"{len(commands)} tasks"
        self.env.status(self.tr("Completed {what} — Ctrl+Z to undo").format(what=what))

    def new_record(self) -> None:
        """A new task for whoever the list shows; for everyone's list, for me."""
        owner = self.owner_id()
        if owner == EVERYONE:
            owner = self.env.ctx.current_user.id if self.env.ctx.current_user else None
        self.open_editor(None, ActivityInput(owner_id=owner), self.tr("New task"))

    def log(self, kind: str, links: dict[str, Any] | None = None) -> None:
        """Log a call or meeting that happens now (done), linked to `links`."""
        from app.views.activities.quick_log import logged_input

        me = self.env.ctx.current_user
        self.open_editor(
            None, logged_input(kind, me.id if me else None, links), self.tr("Log {kind}").format(kind=kind)
        )

    def open_editor(self, detail: Any, prefill: ActivityInput | None = None, title: str = "") -> None:
        from app.views.activities.editor import ActivityEditor

        if self.editor is not None and self.editor.isVisible():
            self.editor.raise_()
            return
        self.editor = ActivityEditor(self.env, detail, self, prefill=prefill, title=title)
        self.editor.open()

    def _open_index(self, index: QModelIndex) -> None:
        task = self.model.task(index)
        if task is not None:
            self.open_id(task.id)

    def _open_current(self) -> None:
        self._open_index(self.tree.currentIndex())

    def open_id(self, record_id: Any) -> None:
        try:
            detail = self.env.ctx.activities.get(record_id)
        except RapportError as exc:
            self.env.error(str(exc))
            return
        index = self.model.task_index(record_id)
        if index.isValid():
            self.tree.setCurrentIndex(index)
        self.open_editor(detail)

    def delete_selected(self) -> None:
        tasks = self.selected_tasks()
        if not tasks:
            return
        text = f"task “{tasks[0].subject}”" if len(tasks) == 1 else f"{len(tasks)} tasks"
        command = DeleteCommand(self.env, ACTIVITY, [t.id for t in tasks], text)
        try:
            command.execute()
        except RapportError as exc:
            self.env.error(self.tr("Could not delete {text}: {exc}").format(text=text, exc=exc))
            return
        self.env.push(command, self.tr("{v0}{v1} moved to the trash").format(v0=text[0].upper(), v1=text[1:]))

    # --- the main window's page protocol -----------------------------------------------------------
    def status_text(self) -> str:
        return f"{self._total:,} open tasks" if self._total != 1 else "1 open task"

    def refresh(self) -> None:
        self._fill_owners()
        self.reload()

    def save_state(self, settings: QSettings) -> None:
        settings.setValue("tasks/columns", self.tree.header().saveState())

    def restore_state(self, settings: QSettings) -> None:
        state = settings.value("tasks/columns")
        if state is not None:
            self.tree.header().restoreState(state)
