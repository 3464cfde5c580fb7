"""The Schedule page: a Gantt of everyone's tasks, a group, an account or a deal, edited with the mouse.

Drag a bar to move it, its end to resize it, the small circle after a selected bar onto another task to
make that task depend on it; or select a task and use the arrow keys (`GanttChart.keyPressEvent`). Every edit is an
undoable command; the page reloads from the database on the change record, so what is drawn is what was
stored (successors pushed, a refused cycle not drawn).
"""

from __future__ import annotations

import uuid
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QEvent,
    QModelIndex,
    QObject,
    QPoint,
    QSettings,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.services.core.changes import ChangeSet
from app.services.core.errors import RapportError, ValidationError
from app.services.scheduling.gantt import GanttData, GanttLink, GanttScope, GanttTask, ScopeKind
from app.services.scheduling.gantt_pdf import render_gantt_pdf
from app.views.common.env import ViewEnv
from app.views.common.file_dialogs import get_save_file_name
from app.views.common.labels import translated
from app.views.lists.report_page import ReportPage
from app.views.schedule.chart import GanttChart
from app.views.schedule.commands import (
    AddDependencyCommand,
    LagCommand,
    ProgressCommand,
    RemoveDependencyCommand,
    RescheduleCommand,
)
from app.views.schedule.export import png_bytes, render_image, rows_per_image
from app.views.schedule.lag_dialog import LagDialog, split_lag
from app.views.schedule.timescale import Zoom
from app.views.schedule.tree import GanttTree, GanttTreeModel

HINT = (
    "Drag a bar to move it, its end to resize it, the circle after a selected bar onto another task to link "
    "them. Keys: ←/→ move a day (a week in Month zoom), Shift+←/→ move the end, ↑/↓ select. "
    "Right-click a task for progress, lag and dependencies."
)
# The keys are listed in Help > Keyboard shortcuts too (WIDGET_KEYS in app/views/activities/actions.py).


class GanttPage(ReportPage):
    countChanged = Signal(int)
    title = QT_TRANSLATE_NOOP("labels", "Schedule")

    def __init__(self, env: ViewEnv, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.env = env
        self.setObjectName("page_schedule")
        self.scope = GanttScope()
        self.data: GanttData | None = None
        self._extra_scope: tuple[str, GanttScope] | None = None  # an account or deal opened from its page
        self._collapsed: set[str] = set()
        self._loading = False
        self.scope_box = QComboBox(objectName="ganttScope")
        self.scope_box.setMinimumWidth(220)
        self.zoom_box = QComboBox(objectName="ganttZoom")
        self.zoom_box.addItems([z.value for z in Zoom])
        self.zoom_box.setCurrentText(Zoom.WEEK.value)
        self.critical_box = QCheckBox(self.tr("Critical path"), objectName="ganttCritical")
        today = QPushButton(self.tr("Today"), objectName="ganttToday")
        png = QPushButton(self.tr("PNG…"), objectName="ganttPng")
        pdf = QPushButton(self.tr("PDF…"), objectName="ganttPdf")
        printer = QPushButton(self.tr("Print…"), objectName="ganttPrint")
        printer.setToolTip(self.tr("Preview the Gantt as it will print, then print"))
        png.setToolTip(self.tr("Export the whole Gantt as an image"))
        pdf.setToolTip(self.tr("Export the whole Gantt as PDF"))
        top = QHBoxLayout()
        top.addWidget(QLabel(translated(self.title), objectName="pageTitle"))
        top.addSpacing(12)
        top.addWidget(self.scope_box)
        top.addStretch(1)
        for widget in (QLabel(self.tr("Zoom")), self.zoom_box, self.critical_box, today, png, pdf, printer):
            top.addWidget(widget)
        self.model = GanttTreeModel(self)
        self.tree = GanttTree(self.model)
        self.chart = GanttChart()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.tree)
        self.splitter.addWidget(self.chart)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([430, 970])
        self.summary = QLabel(objectName="ganttSummary")
        hint = QLabel(HINT, objectName="hint", wordWrap=True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary)
        bottom.addStretch(1)
        bottom.addWidget(hint, 2)
        layout.addLayout(bottom)

        self.scope_box.currentIndexChanged.connect(self._scope_chosen)
        self.zoom_box.currentTextChanged.connect(lambda text: self.chart.set_zoom(Zoom(text)))
        self.critical_box.toggled.connect(self._toggle_critical)
        today.clicked.connect(lambda: self.chart.scroll_to_time(datetime.now().astimezone()))
        png.clicked.connect(self._ask_png)
        pdf.clicked.connect(self._ask_pdf)
        printer.clicked.connect(self.print_gantt)
        self.tree.expanded.connect(lambda i: self._toggled(i, True))
        self.tree.collapsed.connect(lambda i: self._toggled(i, False))
        self.tree.clicked.connect(self._tree_clicked)
        self.tree.selectionModel().currentChanged.connect(self._tree_current)
        self.tree.installEventFilter(self)
        self._syncing = False
        self.chart.verticalScrollBar().valueChanged.connect(lambda v: self._sync(self.tree, v))
        self.tree.verticalScrollBar().valueChanged.connect(lambda v: self._sync(self.chart, v))
        self.chart.moveRequested.connect(self.move_task)
        self.chart.linkRequested.connect(self.link_tasks)
        self.chart.contextRequested.connect(self._context_menu)
        self.chart.taskSelected.connect(self._chart_selected)
        self._reload_timer = QTimer(self, singleShot=True, interval=0)
        self._reload_timer.timeout.connect(self.reload)
        env.relay.changed.connect(self.on_changes)

    # --- scope ------------------------------------------------------------------------------------
    def _fill_boxes(self) -> None:
        box = self.scope_box
        box.blockSignals(True)
        box.clear()
        box.addItem(self.tr("Everyone's tasks"), GanttScope())
        if self._extra_scope is not None:
            box.addItem(*self._extra_scope)
        for group in self.env.ctx.scheduling.groups():
            box.addItem(
                self.tr("Group: {group}").format(group=group), GanttScope(ScopeKind.GROUP, group=group)
            )
        box.setCurrentIndex(max(0, next((i for i in range(box.count()) if box.itemData(i) == self.scope), 0)))
        box.blockSignals(False)

    def _scope_chosen(self, index: int) -> None:
        scope = self.scope_box.itemData(index)
        if scope is not None and scope != self.scope:
            self.scope = scope
            self.reload(fit=True)

    def open_record_scope(self, kind: str, record_id: uuid.UUID) -> None:
        """Show the tasks of one account or deal (from that record's page)."""
        self.scope = GanttScope(ScopeKind(kind), record_id)
        self.reload(fit=True)
        if self.data is not None:
            self._extra_scope = (f"{kind.title()}: {self.data.title}", self.scope)
            self._fill_boxes()

    # --- loading ----------------------------------------------------------------------------------
    def reload(self, fit: bool = False) -> None:
        try:
            data = self.env.ctx.scheduling.load(self.scope)
        except RapportError as exc:
            self.env.error(str(exc))
            return
        first = self.data is None
        self.data = data
        self._loading = True  # expanding each group must not rebuild the chart each time
        self.model.set_tasks(data.tasks)
        self.tree.expandAll()
        for row, (name, _tasks) in enumerate(self.model.groups):
            if name in self._collapsed:
                self.tree.collapse(self.model.index(row, 0))
        self._loading = False
        self._stale = False
        # keep the tree on the selected task, so its arrow keys still work after a move
        if self.chart.selected is not None:
            self.tree.setCurrentIndex(self.model.index_of(self.chart.selected))
        self._refresh_chart(keep_range=not (fit or first))
        if fit or first:
            self.chart.scroll_to_time(datetime.now().astimezone())
        n_tasks, n_links = len(data.tasks), len(data.links)
        self.summary.setText(
            self.tr("{title}: {n_tasks:,} tasks, {n_links:,} dependencies").format(
                title=data.title, n_tasks=n_tasks, n_links=n_links
            )
        )
        self.countChanged.emit(n_tasks)

    def _refresh_chart(self, keep_range: bool = True) -> None:
        assert self.data is not None
        scroll = self.chart.verticalScrollBar().value()
        self.chart.set_content(self.tree.chart_rows(), self.data.links, self.data.critical, keep_range)
        self.chart.verticalScrollBar().setValue(scroll)
        self._sync(self.tree, self.chart.verticalScrollBar().value())

    def _toggled(self, index: QModelIndex, expanded: bool) -> None:
        if self._loading or index.internalId() != 0 or self.data is None:
            return  # a reload sets the expansion from `_collapsed` itself
        name = self.model.groups[index.row()][0]
        (self._collapsed.discard if expanded else self._collapsed.add)(name)
        self._refresh_chart()

    def _sync(self, target: QWidget, value: int) -> None:
        if self._syncing:
            return
        self._syncing = True
        target.verticalScrollBar().setValue(value)  # type: ignore[attr-defined]
        self._syncing = False

    def on_changes(self, changes: ChangeSet) -> None:
        if changes.touches("activity", "task_dependency", "account", "deal", "user"):
            self._stale = True
            if self.isVisible():
                self._reload_timer.start()

    def status_text(self) -> str:
        return self.summary.text()

    # --- selection --------------------------------------------------------------------------------
    def _tree_clicked(self, index: QModelIndex) -> None:
        task = self.model.task(index)
        if task is not None:
            self.chart.selected = task.id
            row = self.chart.task_row(task.id)
            self.chart.scroll_to_row(row)
            self.chart.scroll_to_time(task.start)
            self.chart.viewport().update()

    def _tree_current(self, index: QModelIndex) -> None:
        """Up/Down in the tree select in the chart too (a click also comes here and is already handled)."""
        task = self.model.task(index)
        if task is not None and task.id != self.chart.selected:
            self._tree_clicked(index)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Left/Right on a task in the tree move it as in the chart (on a group they fold it, as usual)."""
        if watched is self.tree and event.type() == QEvent.Type.KeyPress:
            key_event: QKeyEvent = event  # type: ignore[assignment]
            if key_event.key() in (Qt.Key.Key_Left, Qt.Key.Key_Right):
                task = self.model.task(self.tree.currentIndex())
                if task is not None:
                    self.chart.selected = task.id
                    self.chart.keyPressEvent(key_event)
                    return True
        return super().eventFilter(watched, event)

    def _chart_selected(self, task_id: uuid.UUID | None) -> None:
        index = self.model.index_of(task_id) if task_id is not None else QModelIndex()
        self.tree.setCurrentIndex(index)

    def _toggle_critical(self, on: bool) -> None:
        self.chart.show_critical = on
        self.chart.viewport().update()

    # --- edits ------------------------------------------------------------------------------------
    def _run(self, command: Any, message: str) -> bool:
        try:
            command.execute()
        except ValidationError as exc:
            self.env.error("; ".join(e.message[:1].upper() + e.message[1:] for e in exc.errors))
            self.chart.viewport().update()
            return False
        except RapportError as exc:
            self.env.error(str(exc))
            self.chart.viewport().update()
            return False
        self.env.push(command, message)
        self.reload()
        self._reload_timer.stop()  # the change record of this very command asked for the same reload
        return True

    def move_task(self, task: GanttTask, start: datetime, end: datetime) -> None:
        command = RescheduleCommand(self.env, task.id, task.subject, start, end, task.version)
        if self._run(command, f"Moved “{task.subject}”") and command.result and command.result.pushed:
            self.env.status(
                self.tr("Moved “{subject}” and {v1} task(s) after it — Ctrl+Z to undo").format(
                    subject=task.subject, v1=len(command.result.pushed)
                )
            )

    def link_tasks(self, predecessor: GanttTask, successor: GanttTask) -> None:
        label = f"“{predecessor.subject}” → “{successor.subject}”"
        self._run(AddDependencyCommand(self.env, predecessor.id, successor.id, label), f"Linked {label}")

    def set_progress(self, task: GanttTask, progress: int) -> None:
        command = ProgressCommand(self.env, task.id, task.subject, progress, task.version)
        self._run(command, f"“{task.subject}” is {progress}% done")

    def set_lag(self, link: GanttLink, lag_minutes: int) -> None:
        label = self._link_label(link)
        days, hours = split_lag(lag_minutes)
        self._run(LagCommand(self.env, link.id, label, lag_minutes), f"Lag of {label}: {days} d {hours} h")

    def edit_lag(self, link: GanttLink) -> LagDialog:
        """Open the lag dialog (window-modal); OK stores the new lag as one undoable command."""
        dialog = LagDialog(self._link_label(link), link.lag_minutes, self)
        self.lag_dialog = dialog

        def accepted() -> None:
            if dialog.lag_minutes() != link.lag_minutes:
                self.set_lag(link, dialog.lag_minutes())

        dialog.accepted.connect(accepted)
        dialog.open()
        return dialog

    def _link_label(self, link: GanttLink) -> str:
        assert self.data is not None
        names = {t.id: t.subject for t in self.data.tasks}
        return f"“{names[link.predecessor_id]}” → “{names[link.successor_id]}”"

    def remove_link(self, link_id: uuid.UUID, label: str) -> None:
        self._run(RemoveDependencyCommand(self.env, link_id, label), f"Removed dependency {label}")

    def _context_menu(self, task: GanttTask, where: QPoint) -> None:
        self.menu = self.task_menu(task)
        self.menu.popup(where)

    def task_menu(self, task: GanttTask) -> QMenu:
        menu = QMenu(self)
        progress = menu.addMenu(self.tr("Progress"))
        for value in (0, 25, 50, 75, 100):
            action = progress.addAction(f"{value}%", lambda v=value: self.set_progress(task, v))
            action.setCheckable(True)
            action.setChecked(task.progress == value)
        assert self.data is not None
        names = {t.id: t.subject for t in self.data.tasks}
        for link in self.data.links:
            if link.successor_id == task.id:
                days, hours = split_lag(link.lag_minutes)
                lag = f" (now {days} d {hours} h)" if link.lag_minutes else ""
                menu.addAction(
                    self.tr("Edit lag after “{v0}”{lag}…").format(v0=names[link.predecessor_id], lag=lag),
                    lambda x=link: self.edit_lag(x),
                )
        for link in self.data.links:
            if task.id in (link.predecessor_id, link.successor_id):
                label = self._link_label(link)
                menu.addAction(
                    self.tr("Remove dependency {label}").format(label=label),
                    lambda i=link.id, t=label: self.remove_link(i, t),
                )
        return menu

    # --- export -----------------------------------------------------------------------------------
    def _export_title(self) -> str:
        return self.data.title if self.data is not None else "Schedule"

    def export_png(self, path: Path) -> int:
        """One PNG of the first rows that fit (MAX_SIDE pixels); returns how many rows were left out."""
        image = render_image(self.chart, self._export_title())
        path.write_bytes(png_bytes(image))
        return max(0, len(self.chart.rows) - rows_per_image())

    def export_pdf(self, path: Path) -> None:
        path.write_bytes(self.pdf())

    def pdf(self) -> bytes:
        """The whole schedule as vector PDF pages (landscape A3, the critical path as on screen)."""
        if self.data is None:
            return render_gantt_pdf(GanttData(self._export_title(), (), (), frozenset()))
        return render_gantt_pdf(self.data, show_critical=self.critical_box.isChecked())

    def _ask_png(self) -> None:
        path, _ = get_save_file_name(
            self, self.tr("Export Gantt as PNG"), "schedule.png", self.tr("PNG images (*.png)")
        )
        if path:
            left_out = self.export_png(Path(path))
            if left_out:
                self.env.error(
                    self.tr(
                        "Saved {path} with the first {rows:,} rows: the other {left_out:,} do not fit "
                        "in one image. Export as PDF for the whole schedule, or collapse some groups."
                    ).format(path=path, rows=rows_per_image(), left_out=left_out)
                )
            else:
                self.env.status(self.tr("Saved {path}").format(path=path))

    def _ask_pdf(self) -> None:
        path, _ = get_save_file_name(
            self, self.tr("Export Gantt as PDF"), "schedule.pdf", self.tr("PDF files (*.pdf)")
        )
        if path:
            self.export_pdf(Path(path))
            self.env.status(self.tr("Saved {path}").format(path=path))

    def print_gantt(self) -> None:
        """The documents' print preview (the same pages as the PDF export); print from there."""
        from app.views.common.printing import PrintError, preview

        try:
            preview(self, self.pdf(), self._export_title())
        except PrintError as exc:
            self.env.error(self.tr("Could not print: {exc}").format(exc=exc))

    # --- remembered state -------------------------------------------------------------------------
    def save_state(self, settings: QSettings) -> None:
        settings.setValue("schedule/zoom", self.zoom_box.currentText())
        settings.setValue("schedule/splitter", self.splitter.saveState())

    def restore_state(self, settings: QSettings) -> None:
        zoom = settings.value("schedule/zoom")
        if zoom in [z.value for z in Zoom]:
            self.zoom_box.setCurrentText(str(zoom))
        state = settings.value("schedule/splitter")
        if state is not None:
            self.splitter.restoreState(state)
