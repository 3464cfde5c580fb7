"""The Reports page: saved reports on the left; the builder, the result with its totals and the chart on
the right. A report runs in a worker thread (`ThreadJob`): an edit starts a new run after a short pause
and cancels the one running, whose result is then dropped; Cancel stops the query in the database."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.services.core.changes import ChangeSet
from app.services.core.errors import AccessDeniedError, RapportError
from app.services.reports import pdf
from app.services.reports.chart import chart_data
from app.services.reports.definition import ReportDefinition
from app.services.reports.run import ReportResult
from app.services.reports.saved import SavedReport
from app.views.common.env import ViewEnv
from app.views.common.file_dialogs import get_save_file_name
from app.views.common.printing import print_with_dialog
from app.views.common.style import icon
from app.views.common.theme import hex_of
from app.views.common.thread_job import ThreadJob
from app.views.lists.report_page import ReportPage
from app.views.reports.builder import ReportBuilder
from app.views.reports.chart import ReportChart
from app.views.reports.commands import (
    DeleteReportCommand,
    RenameReportCommand,
    SaveNewReportCommand,
    UpdateReportCommand,
)
from app.views.reports.result_model import ReportResultModel, result_table
from app.views.reports.runner import ReportRunner

AUTO_RUN_MS = 400  # an edit runs the report after this pause
FORMATS = {"csv": "CSV (*.csv)", "xlsx": "Excel workbook (*.xlsx)", "pdf": "PDF (*.pdf)"}


class ReportsPage(ReportPage):
    countChanged = Signal(int)
    title = QT_TRANSLATE_NOOP("labels", "Reports")

    def __init__(self, env: ViewEnv, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.env = env
        self.setObjectName("page_reports")
        self.current: SavedReport | None = None
        self.result: ReportResult | None = None
        self._stale = True
        self.saved_list = QListWidget(objectName="reportSavedList", accessibleName=self.tr("Saved reports"))
        self.saved_list.currentItemChanged.connect(lambda item, _prev: self._open_item(item))
        self.saved_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.saved_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        new_button = QToolButton(objectName="reportNew", text=self.tr("New"), toolTip=self.tr("A new report"))
        new_button.clicked.connect(self.new_record)
        self.rename_button = QToolButton(
            objectName="reportRename",
            icon=icon("edit"),
            toolTip=self.tr("Rename…"),
            accessibleName=self.tr("Rename report"),
        )
        self.rename_button.clicked.connect(self.rename_current)
        self.delete_button = QToolButton(
            objectName="reportDelete",
            icon=icon("trash"),
            toolTip=self.tr("Delete"),
            accessibleName=self.tr("Delete report"),
        )
        self.delete_button.clicked.connect(self.delete_selected)
        left = QWidget(objectName="reportSavedPane")
        left.setMinimumWidth(130)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(self.tr("<b>Saved reports</b>")))
        left_layout.addWidget(self.saved_list, 1)
        buttons = QHBoxLayout()
        for b in (new_button, self.rename_button, self.delete_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        left_layout.addLayout(buttons)

        self.heading = QLabel(self.tr("Reports"), objectName="pageTitle")
        self.report_name = QLabel(objectName="reportName")
        # a long name is clipped rather than widening the window
        self.report_name.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.run_button = QPushButton(
            self.tr("Run"), objectName="reportRun", toolTip=self.tr("Run the report (Ctrl+R)")
        )
        self.run_button.clicked.connect(self.run)
        self.save_button = QPushButton(
            self.tr("Save"), objectName="reportSave", toolTip=self.tr("Save the report (Ctrl+S)")
        )
        self.save_button.clicked.connect(self.save)
        save_as = QPushButton(self.tr("Save as…"), objectName="reportSaveAs")
        save_as.clicked.connect(self.save_as)
        self.export_button = QToolButton(objectName="reportExport", text=self.tr("Export"))
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.export_button)
        for fmt, label in (("csv", "CSV…"), ("xlsx", "Excel (XLSX)…"), ("pdf", "PDF…")):
            menu.addAction(label, lambda fmt=fmt: self.ask_and_export(fmt))
        self.export_button.setMenu(menu)
        self.print_button = QPushButton(
            self.tr("Print…"), objectName="reportPrint", toolTip=self.tr("Print the report (Ctrl+P)")
        )
        self.print_button.clicked.connect(self.print_report)
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addWidget(self.report_name, 1)
        for w in (self.run_button, self.save_button, save_as, self.export_button, self.print_button):
            top.addWidget(w)

        self.builder = ReportBuilder(env)
        self.builder.changed.connect(self._edited)
        self.summary = QLabel(objectName="reportSummary", wordWrap=True)
        self.busy = QProgressBar(objectName="reportBusy", maximum=0, textVisible=False)
        self.busy.setFixedWidth(120)
        self.busy.hide()
        self.cancel_button = QPushButton(self.tr("Cancel"), objectName="reportCancel")
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.hide()
        status = QHBoxLayout()
        status.addWidget(self.summary, 1)
        status.addWidget(self.busy)
        status.addWidget(self.cancel_button)

        self.model = ReportResultModel(self)
        self.table = result_table(self.model)
        self.table.horizontalHeader().sectionClicked.connect(self.sort_by_column)
        self.chart = ReportChart()
        self.split = QSplitter(Qt.Orientation.Horizontal, objectName="reportSplit")
        self.split.addWidget(self.table)
        self.split.addWidget(self.chart)
        self.split.setStretchFactor(0, 2)
        self.split.setStretchFactor(1, 1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.setSpacing(8)
        right_layout.addLayout(top)
        right_layout.addWidget(self.builder)
        right_layout.addLayout(status)
        right_layout.addWidget(self.split, 1)
        self.outer = QSplitter(Qt.Orientation.Horizontal, objectName="reportOuterSplit")
        self.outer.addWidget(left)
        self.outer.addWidget(right)
        self.outer.setStretchFactor(1, 1)
        self.outer.setSizes([160, 860])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.addWidget(self.outer)

        self.auto_run = QTimer(self, singleShot=True, interval=AUTO_RUN_MS)
        self.auto_run.timeout.connect(self.run)
        self.runner = ReportRunner(lambda: env.ctx.reports.run, self)
        self.runner.finished.connect(self.show_result)
        self.runner.failed.connect(self._failed)
        self.runner.cancelled.connect(lambda: self.summary.setText(self.tr("Cancelled.")))
        self.runner.busy.connect(self._busy)
        for keys, slot in (("Ctrl+R", self.run), ("Ctrl+S", self.save), ("Ctrl+P", self.print_report)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        env.relay.changed.connect(self.on_changes)
        self._update_actions()

    # --- saved reports ----------------------------------------------------------------------------
    def _fill_boxes(self) -> None:
        """Fill the saved reports' list, keeping the current one selected."""
        wanted = self.current.id if self.current else None
        self.saved_list.blockSignals(True)
        self.saved_list.clear()
        for report in self.env.ctx.reports.saved():
            item = QListWidgetItem(report.name)
            item.setToolTip(report.name)
            item.setData(Qt.ItemDataRole.UserRole, report)
            if report.definition is None:
                item.setToolTip(
                    self.tr("This saved report cannot be read: {problem}").format(problem=report.problem)
                )
                item.setForeground(Qt.GlobalColor.darkRed)
            self.saved_list.addItem(item)
            if report.id == wanted:
                self.saved_list.setCurrentItem(item)
                self.current = report
        self.saved_list.blockSignals(False)
        item = self.saved_list.currentItem()
        if item is not None and self.current is not None and self._shown_id != self.current.id:
            self._open_item(item, run=False)  # remembered from the last session: show it (reload runs it)
        elif self.current is None and self._shown_id is None and self.saved_list.count():
            self._open_item(self.saved_list.item(0), run=False)  # the first visit: the first saved report
            self.saved_list.blockSignals(True)
            self.saved_list.setCurrentRow(0)
            self.saved_list.blockSignals(False)
        self._update_actions()

    _edited_since_open = False
    _shown_id: uuid.UUID | None = None  # the saved report the builder shows (None: a new one or none yet)

    def _open_item(self, item: QListWidgetItem | None, run: bool = True) -> None:
        report: SavedReport | None = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if report is None:
            return
        if report.definition is None:
            self.env.error(
                self.tr("“{name}” cannot be read: {problem}").format(name=report.name, problem=report.problem)
            )
            return
        self.current = report
        self._shown_id = report.id
        self.builder.load(report.definition)
        self._edited_since_open = False
        self._update_actions()
        if run:
            self.run()

    def open_report(self, report_id: uuid.UUID) -> None:
        for i in range(self.saved_list.count()):
            if self.saved_list.item(i).data(Qt.ItemDataRole.UserRole).id == report_id:
                self.saved_list.setCurrentRow(i)
                return

    def new_record(self) -> None:
        """Start a new, unsaved report."""
        self.saved_list.blockSignals(True)
        self.saved_list.clearSelection()
        self.saved_list.setCurrentItem(None)
        self.saved_list.blockSignals(False)
        self.current = None
        self.builder.load(
            ReportDefinition(self.builder.entity_name, columns=tuple(self.builder.columns.chosen()))
        )
        self._update_actions()
        self.run()

    def save(self) -> None:
        """Ctrl+S: save over the open saved report, or ask a name for a new one."""
        if self.current is None or self.current.definition is None:
            self.save_as()
            return
        self._push(UpdateReportCommand(self.env, self.current, self.builder.definition()), "Saved")

    def save_as(self) -> None:
        name, ok = QInputDialog.getText(
            self, self.tr("Save report"), self.tr("Name:"), text=self.builder.suggested_name()
        )
        if not ok:
            return
        command = SaveNewReportCommand(self.env, name, self.builder.definition())
        if self._push(command, "Saved"):
            assert command.saved is not None
            self.current = command.saved
            self._shown_id = command.saved.id
            self._fill_boxes()

    def rename_current(self) -> None:
        if self.current is None:
            return
        name, ok = QInputDialog.getText(
            self, self.tr("Rename report"), self.tr("Name:"), text=self.current.name
        )
        if ok and name.strip() != self.current.name:
            self._push(RenameReportCommand(self.env, self.current, name.strip()), "Renamed")

    def delete_selected(self) -> None:
        if self.current is None:
            return
        if self._push(DeleteReportCommand(self.env, self.current), "Deleted"):
            self.current = None
            self._fill_boxes()

    def _push(self, command: Any, verb: str) -> bool:
        try:
            command.execute()
        except RapportError as exc:
            self.env.error(str(exc))
            return False
        self.env.push(command, f"{verb}: {command.text()}")
        self._edited_since_open = False
        self._fill_boxes()
        self._update_actions()
        return True

    # --- running ----------------------------------------------------------------------------------
    def _edited(self) -> None:
        self._edited_since_open = True
        self._update_actions()
        self.auto_run.start()

    def reload(self) -> None:
        self.run()

    def run(self) -> None:
        """Ctrl+R: run the report in a worker; a run still going is cancelled and its result dropped."""
        self.auto_run.stop()
        self.runner.start(self.builder.definition())
        self._stale = False

    @property
    def job(self) -> ThreadJob | None:
        return self.runner.job

    def cancel(self) -> None:
        if self.runner.job is not None:
            self.runner.cancel()
            self.summary.setText(self.tr("Cancelling…"))

    def wait(self) -> None:
        """Finish the running report now (tests)."""
        self.runner.wait()

    def _busy(self, on: bool) -> None:
        self.busy.setVisible(on)
        self.cancel_button.setVisible(on)

    def _failed(self, message: str) -> None:
        self.summary.setText(
            self.tr("<span style='color:{v0}'>{message}</span>").format(v0=hex_of("#b00020"), message=message)
        )
        self._update_actions()

    def show_result(self, result: ReportResult) -> None:
        self.result = result
        self.model.set_result(result)
        self.table.resizeColumnsToContents()
        self.chart.draw(chart_data(result))
        rows = f"{len(result.rows):,} {'group' if result.group_count else 'row'}{'' if len(result.rows) == 1 else 's'}"
        cut = (
            f" — only the first {len(result.rows):,}: raise the limit to see more" if result.truncated else ""
        )
        self.summary.setText(
            self.tr("{rows} in {elapsed_ms:,.0f} ms{cut}").format(
                rows=rows, elapsed_ms=result.elapsed_ms, cut=cut
            )
        )
        self.countChanged.emit(len(result.rows))
        self._update_actions()

    def sort_by_column(self, section: int) -> None:
        """A click on a column's header sorts the report by it (again: the other way), in SQL."""
        if self.result is None:
            return
        key = self.result.columns[section].key
        box = self.builder.sort
        index = next((i for i in range(box.count()) if box.itemData(i) == key), -1)
        if index < 0:
            return  # the currency column: not a sort of its own
        if box.currentIndex() == index:
            self.builder.descending.toggle()
        else:
            box.setCurrentIndex(index)

    # --- export and print -------------------------------------------------------------------------
    def report_title(self) -> str:
        return self.current.name if self.current is not None else self.builder.suggested_name()

    def pdf_bytes(self) -> bytes:
        assert self.result is not None
        return pdf.render(self.result, self.report_title(), self.builder.describe(), self.chart.png())

    def export_to(self, path: Path, fmt: str) -> int:
        """Write the shown result to `path` as csv, xlsx or pdf; returns the rows written (pdf: pages' rows)."""
        assert self.result is not None
        if fmt == "pdf":
            self.env.ctx.reports.require_export()
            path.write_bytes(self.pdf_bytes())
            return len(self.result.rows)
        return self.env.ctx.reports.export(self.result, path, fmt)

    def ask_and_export(self, fmt: str) -> None:
        if self.result is None:
            return
        suggested = f"{self.report_title()}.{fmt}".replace("/", "-")
        name, _chosen = get_save_file_name(
            self, self.tr("Export {v0}").format(v0=self.report_title()), suggested, FORMATS[fmt]
        )
        if not name:
            return
        path = Path(name) if Path(name).suffix else Path(name).with_suffix(f".{fmt}")
        try:
            self.export_to(path, fmt)
        except (OSError, ValueError, AccessDeniedError) as exc:
            self.env.error(self.tr("Could not write {name}: {exc}").format(name=path.name, exc=exc))
            return
        self.env.status(self.tr("Exported {v0} to {path}").format(v0=self.report_title(), path=path))

    def print_report(self) -> None:
        if self.result is not None:
            print_with_dialog(self, self.pdf_bytes(), self.report_title())

    # --- state ------------------------------------------------------------------------------------
    def _update_actions(self) -> None:
        has_result = self.result is not None
        self.export_button.setEnabled(has_result)
        self.print_button.setEnabled(has_result)
        self.rename_button.setEnabled(self.current is not None)
        self.delete_button.setEnabled(self.current is not None)
        name = self.current.name if self.current is not None else "New report"
        dirty = " •" if self._edited_since_open and self.current is not None else ""
        self.report_name.setText(f"— {name}{dirty}")
        self.report_name.setToolTip(name)

    def on_changes(self, changes: ChangeSet) -> None:
        if changes.touches("saved_view"):
            self._fill_boxes()
        if changes.touches(self.builder.entity_name, "user", "stage", "pipeline", "custom_field"):
            self._stale = True
            if self.isVisible():
                self.auto_run.start()

    def status_text(self) -> str:
        return self.summary.text() if self.result is not None else ""

    def save_state(self, settings: QSettings) -> None:
        settings.setValue("reports/split", self.split.saveState())
        settings.setValue("reports/outer", self.outer.saveState())
        if self.current is not None:
            settings.setValue("reports/current", str(self.current.id))

    def restore_state(self, settings: QSettings) -> None:
        for key, splitter in (("reports/split", self.split), ("reports/outer", self.outer)):
            state = settings.value(key)
            if state is not None:
                splitter.restoreState(state)
        current = settings.value("reports/current")
        if current:
            try:
                self.current = self.env.ctx.reports.get(uuid.UUID(str(current)))
            except (RapportError, ValueError):
                self.current = None
