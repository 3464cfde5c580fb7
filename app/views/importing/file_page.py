"""The import wizard's first step: the file, what its rows become, and its encoding and delimiter
(detected unless chosen); vCards (.vcf) are always contacts."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWizardPage,
)

from app.services.core.errors import RapportError
from app.services.importing.csv_read import read_table
from app.services.importing.mapping import known_headers
from app.services.importing.vcard import read_vcards
from app.services.importing.whole_export import WholeExport
from app.views.common.file_dialogs import get_existing_directory, get_open_file_name
from app.views.importing.draft import ImportDraft
from app.views.importing.parts import combo_of

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


class FilePage(QWizardPage):
    def __init__(self, draft: ImportDraft) -> None:
        super().__init__()
        self.draft = draft
        self.setTitle(self.tr("Choose a file"))
        self.setSubTitle(
            self.tr(
                "CSV or text exports of any CRM or address book, vCards (.vcf), or a whole Salesforce,"
                " HubSpot or Pipedrive export (its folder or zip)."
            )
        )
        self.path = QLineEdit(objectName="importPath")
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        folder = QPushButton(self.tr("Export folder…"), objectName="browseFolder")
        folder.setAccessibleName(self.tr("Choose an export folder"))
        folder.setToolTip(self.tr("A whole CRM export: the folder of its CSV files (a zip: Browse…)"))
        folder.clicked.connect(self._browse_folder)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        row.addWidget(folder)
        self.kind = combo_of(KINDS, "importKind")
        self.encoding = combo_of(ENCODINGS, "importEncoding")
        self.delimiter = combo_of(DELIMITERS, "importDelimiter")
        self.detected = QLabel(objectName="importDetected", wordWrap=True)
        form = QFormLayout(self)
        form.addRow(self.tr("File"), row)
        form.addRow(self.tr("Import as"), self.kind)
        form.addRow(self.tr("Encoding"), self.encoding)
        form.addRow(self.tr("Delimiter"), self.delimiter)
        form.addRow("", self.detected)
        self.path.textChanged.connect(self.completeChanged)

    def _browse(self) -> None:
        name, _ = get_open_file_name(
            self, self.tr("Import"), "", self.tr("Data files (*.csv *.txt *.tsv *.vcf *.zip);;All (*)")
        )
        if name:
            self.path.setText(name)

    def _browse_folder(self) -> None:
        name = get_existing_directory(self, self.tr("A CRM export's folder"))
        if name:
            self.path.setText(name)

    def isComplete(self) -> bool:
        path = Path(self.path.text().strip())
        return path.is_file() or path.is_dir()

    def _whole_export(self, path: Path) -> bool:
        """A folder or zip: recognise the vendor and read its plan (the wizard then shows it)."""
        try:
            self.draft.export = WholeExport(path)
        except (OSError, RapportError) as exc:
            self.detected.setText(self.tr("Cannot read {name}: {why}").format(name=path.name, why=exc))
            return False
        self.detected.setText(self.tr("A {vendor} export").format(vendor=self.draft.export.label))
        self.draft.source = path.name
        return True

    def validatePage(self) -> bool:
        """Read the file into the draft; a file that cannot be read keeps the user here, saying why."""
        path = Path(self.path.text().strip())
        kind = self.kind.currentData()
        draft = self.draft
        draft.export = None
        if path.is_dir() or path.suffix.lower() == ".zip":
            return self._whole_export(path)
        try:
            if path.suffix.lower() == ".vcf":
                draft.kind = "contacts"
                draft.table = read_vcards(path.read_bytes())
            else:
                draft.kind = kind
                draft.table = read_table(
                    path,
                    encoding=self.encoding.currentData(),
                    delimiter=self.delimiter.currentData(),
                    known_headers=known_headers(kind),
                )
        except (OSError, UnicodeError, LookupError, RapportError) as exc:  # CsvError, VCardError ...
            self.detected.setText(self.tr("Cannot read {name}: {exc}").format(name=path.name, exc=exc))
            return False
        table = draft.table
        shown = {"\t": "tab", "": "vCard"}.get(table.delimiter, table.delimiter)
        self.detected.setText(
            self.tr("{encoding}, delimiter {shown}, {v2:,} rows").format(
                encoding=table.encoding, shown=shown, v2=len(table.rows)
            )
        )
        draft.source = path.name
        return True
