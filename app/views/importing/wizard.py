"""The import wizard: file (encoding and delimiter detected, overridable), column mapping with a preview,
value translations (values_page, only for columns with a fixed set of values), matching options
with a dry-run report and "Save mapping…", then the import in a worker thread with progress and Cancel.

The import itself is `RecordImportService.run`; the wizard only gathers its arguments. The finished import
is pushed on the undo stack as one command (undo removes the whole batch).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app.context import AppContext
from app.services.core.changes import ChangeSet, Outcome
from app.services.core.errors import RapportError, ValidationError
from app.services.importing.csv_read import Table, read_table
from app.services.importing.engine import (
    RecordImportReport,
    RecordImportSpec,
)
from app.services.importing.entities import ENTITIES
from app.services.importing.mapping import FIELDS, known_headers, suggest, suggest_custom
from app.services.importing.values import value_fields
from app.services.importing.vcard import VCardError, read_vcards
from app.views.common.commands import ServiceCommand
from app.views.common.env import ViewEnv
from app.views.common.thread_job import ThreadJob
from app.views.importing.options_page import OptionsPage, combo_of, report_lines
from app.views.importing.values_page import ValuesPage

ENCODINGS = [
    ("Detect", ""),
    ("UTF-8", "utf-8"),
    ("UTF-8 with BOM", "utf-8-sig"),
    ("UTF-16", "utf-16"),
    ("Windows-1252", "cp1252"),
    ("Latin-1", "latin-1"),
]
DELIMITERS = [("Detect", ""), ("Comma", ","), ("Semicolon", ";"), ("Tab", "\t"), ("Pipe", "|")]
KINDS = [
    ("Contacts", "contacts"),
    ("Accounts", "accounts"),
    ("Leads", "leads"),
    ("Deals", "deals"),
    ("Products", "products"),
]
SKIP = "— not imported —"
PREVIEW = 8


class ImportJob(ThreadJob):
    """One import run in a worker thread (see ThreadJob); `result` is the Outcome."""

    def __init__(self, ctx: AppContext, kind: str, table: Table, spec: RecordImportSpec) -> None:
        def work(progress: Callable[[int, int], bool]) -> Outcome[RecordImportReport]:
            return ctx.unbroadcast().importer.run(kind, table, spec, progress)

        super().__init__(work, "rapport-import", _describe)
        self.total = len(table.rows)

    @property
    def report(self) -> RecordImportReport | None:
        return self.result.value if self.result is not None else None

    @property
    def changes(self) -> ChangeSet:
        return self.result.changes if self.result is not None else ChangeSet()


def _describe(error: RapportError) -> str:
    return "\n".join(report_lines(error)) if isinstance(error, ValidationError) else str(error)


class ImportCommand(ServiceCommand):
    """A finished import as one undo step: undo removes its batch, redo imports the same rows again."""

    def __init__(
        self, env: ViewEnv, kind: str, table: Table, spec: RecordImportSpec, report: RecordImportReport
    ):
        super().__init__(env, f"Import of {report.created + report.updated:,} {kind}")
        self.kind, self.table, self.spec, self.batch_id = kind, table, spec, report.batch_id
        self._executed = True  # the wizard's worker did the first run

    def _redo(self) -> None:
        self.batch_id = self.env.ctx.importer.run(self.kind, self.table, self.spec).value.batch_id

    def _undo(self) -> None:
        if self.batch_id is not None:
            self.env.ctx.importer.undo(self.batch_id)


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle("Choose a file")
        self.setSubTitle("CSV or text exports of any CRM or address book, or vCards (.vcf).")
        self.path = QLineEdit(objectName="importPath")
        browse = QPushButton("Browse…")
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        self.kind = combo_of(KINDS, "importKind")
        self.encoding = combo_of(ENCODINGS, "importEncoding")
        self.delimiter = combo_of(DELIMITERS, "importDelimiter")
        self.detected = QLabel(objectName="importDetected", wordWrap=True)
        form = QFormLayout(self)
        form.addRow("File", row)
        form.addRow("Import as", self.kind)
        form.addRow("Encoding", self.encoding)
        form.addRow("Delimiter", self.delimiter)
        form.addRow("", self.detected)
        self.path.textChanged.connect(self.completeChanged)

    def _browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, "Import", "", "Data files (*.csv *.txt *.tsv *.vcf);;All (*)"
        )
        if name:
            self.path.setText(name)

    def isComplete(self) -> bool:
        return Path(self.path.text().strip()).is_file()

    def validatePage(self) -> bool:
        path = Path(self.path.text().strip())
        kind = self.kind.currentData()
        try:
            if path.suffix.lower() == ".vcf":
                self.w.kind = "contacts"
                self.w.table = read_vcards(path.read_bytes())
            else:
                self.w.kind = kind
                self.w.table = read_table(
                    path,
                    encoding=self.encoding.currentData(),
                    delimiter=self.delimiter.currentData(),
                    known_headers=known_headers(kind),
                )
        except (OSError, UnicodeError, LookupError, VCardError) as exc:
            self.detected.setText(f"Cannot read {path.name}: {exc}")
            return False
        table = self.w.table
        shown = {"\t": "tab", "": "vCard"}.get(table.delimiter, table.delimiter)
        self.detected.setText(f"{table.encoding}, delimiter {shown}, {len(table.rows):,} rows")
        self.w.source = path.name
        return True


class MappingPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle("Map the columns")
        self.setSubTitle(
            "Suggested from the column names; the preview shows the rows as they will be stored."
        )
        self.columns = QTableWidget(0, 3, objectName="mappingTable")
        self.columns.setHorizontalHeaderLabels(["Column in the file", "First value", "Rapport field"])
        self.columns.horizontalHeader().setStretchLastSection(True)
        self.preview = QTableWidget(0, 0, objectName="previewTable")
        self.problems = QLabel(objectName="previewProblems", wordWrap=True)
        self.suggested: dict[str, str] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(self.columns, 3)
        layout.addWidget(QLabel("Preview"))
        layout.addWidget(self.preview, 2)
        layout.addWidget(self.problems)

    def initializePage(self) -> None:
        table = self.w.table
        fields = FIELDS[self.w.kind]
        mapping = suggest(self.w.kind, table.headers) if table.delimiter else {f: f for f in table.headers}
        try:
            defs = self.w.env.ctx.custom_fields.fields(self.w.kind.removesuffix("s"))
        except RapportError:
            defs = []
        mapping.update(suggest_custom(table.headers, defs, mapping.values()))
        self.suggested = dict(mapping)  # what `rapport import` would map by itself (see mapping_file)
        by_header = {h: f for f, h in mapping.items()}
        first = table.rows[0][1] if table.rows else ()
        self.columns.setRowCount(len(table.headers))
        for i, header in enumerate(table.headers):
            self.columns.setItem(i, 0, QTableWidgetItem(header))
            self.columns.setItem(i, 1, QTableWidgetItem(first[i] if i < len(first) else ""))
            box = QComboBox()
            box.addItem(SKIP, "")
            for f in fields:
                box.addItem(f.replace("_", " "), f)
            for d in defs:
                box.addItem(f"{d.label} (custom field)", d.name)
            box.setCurrentIndex(max(0, box.findData(by_header.get(header, ""))))
            box.currentIndexChanged.connect(self.refresh_preview)
            self.columns.setCellWidget(i, 2, box)
        self.columns.resizeColumnsToContents()
        self.refresh_preview()

    def mapping(self) -> dict[str, str]:
        out: dict[str, str] = {}
        for i, header in enumerate(self.w.table.headers):
            box = self.columns.cellWidget(i, 2)
            field = box.currentData() if isinstance(box, QComboBox) else ""
            if field and field not in out:
                out[field] = header
        return out

    def nextId(self) -> int:
        """The value page only when a mapped column has a fixed set of values."""
        if value_fields(self.w.kind, self.mapping()):
            return self.w.values_id
        return self.w.options_id

    def refresh_preview(self) -> None:
        table = self.w.table
        head = Table(table.encoding, table.delimiter, True, table.headers, table.rows[:PREVIEW])
        mapping = self.mapping()
        service = self.w.env.ctx.importer
        try:
            found = self.w.values_page.lookups(mapping)
            values_of = self.w.values_page.preview_values(head, mapping, found)
            spec = RecordImportSpec(mapping, ENTITIES[self.w.kind].matches[0], values=values_of)
            values, errors = service.check(self.w.kind, head, spec, found=found)
        except ValidationError as exc:
            values, errors = [], list(exc.errors)
        first = values[0] if values else {}
        # ids mean nothing to a reader: show the names they were found by instead
        shown = [k for k in first if not k.startswith("_") and not k.endswith("_id")]
        shown += [k for k in ("_account", "_stage") if first.get(k)]
        self.preview.clear()
        self.preview.setColumnCount(len(shown))
        self.preview.setHorizontalHeaderLabels([k.strip("_").replace("_", " ") for k in shown])
        self.preview.setRowCount(len(values))
        for r, row in enumerate(values):
            for c, key in enumerate(shown):
                value = row.get(key)
                text = "" if value is None else str(getattr(value, "value", value))
                self.preview.setItem(r, c, QTableWidgetItem(text))
        self.problems.setText("\n".join(str(e) for e in errors[:5]))


class RunPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle("Import")
        self.bar = QProgressBar(objectName="importProgress")
        self.status = QLabel(objectName="importStatus", wordWrap=True)
        self.cancel = QPushButton("Cancel import", objectName="cancelImport")
        self.cancel.clicked.connect(self._cancel)
        self.cancel.setAutoDefault(False)  # Enter must not cancel an import
        layout = QVBoxLayout(self)
        layout.addWidget(self.bar)
        layout.addWidget(self.status)
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.done = False
        self.job: ImportJob | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(50)
        self.timer.timeout.connect(self._poll)

    def initializePage(self) -> None:
        self.done = False
        self.spec = self.w.options_page.spec()
        self.job = ImportJob(self.w.env.ctx, self.w.kind, self.w.table, self.spec)
        self.status.setText("Importing…")
        self.cancel.setEnabled(True)
        self.job.thread.start()
        self.timer.start()

    def _poll(self) -> None:
        job = self.job
        if job is None:
            return
        self.bar.setMaximum(max(job.total, 1))
        self.bar.setValue(job.done)
        if not job.finished:
            rows = job.total // 2  # the service counts two steps a row: checking, then writing
            if rows and not job.cancelled:
                checking = job.done < rows
                self.status.setText(
                    f"Checking rows… {job.done:,} of {rows:,}" if checking else f"Writing {rows:,} rows…"
                )
            return
        self.timer.stop()
        job.thread.join()
        self.w.env.ctx.bus.publish(job.changes)  # on the GUI thread: pages refresh
        if job.report is not None:
            self._finished(job.report)
        else:
            self._failed(job.error)

    def _cancel(self) -> None:
        if self.job is not None:
            self.job.cancelled = True
            self.status.setText("Cancelling…")

    def _finished(self, report: RecordImportReport) -> None:
        self.done = True
        self.cancel.setEnabled(False)
        self.status.setText(
            f"Imported {report.created:,} new and updated {report.updated:,} {self.w.kind}; "
            f"{report.skipped:,} skipped. Ctrl+Z undoes the whole import."
        )
        self.w.env.undo.push(ImportCommand(self.w.env, self.w.kind, self.w.table, self.spec, report))
        self.w.env.status(f"Imported {report.created + report.updated:,} {self.w.kind} — Ctrl+Z to undo")
        self.completeChanged.emit()

    def _failed(self, message: str) -> None:
        self.done = True
        self.cancel.setEnabled(False)
        self.status.setText(f"Nothing was imported.\n{message}")
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.done


class ImportWizard(QWizard):
    def __init__(self, env: ViewEnv, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importWizard")
        self.setWindowTitle("Import")
        self.env = env
        self.kind = "contacts"
        self.source = ""
        self.table = Table("", "", True, (), ())
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.values_page = ValuesPage(self)
        self.options_page = OptionsPage(self)
        self.run_page = RunPage(self)
        self.addPage(self.file_page)
        self.addPage(self.mapping_page)
        self.values_id = self.addPage(self.values_page)
        self.options_id = self.addPage(self.options_page)
        self.addPage(self.run_page)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage)
        # Deleted by Qt when closed, not by Python's collector at exit (which aborted under PySide 6.12).
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(820, 600)

    def reject(self) -> None:
        job = self.run_page.job
        if job is not None and not job.finished:
            job.cancelled = True  # the import rolls back
            job.thread.join()
            self.run_page._poll()
        super().reject()
