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
from app.views.common.file_dialogs import get_open_file_name
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
        name, _ = get_open_file_name(self, "Import", "", "Data files (*.csv *.txt *.tsv *.vcf);;All (*)")
        if name:
            self.path.setText(name)

    def isComplete(self) -> bool:
        return Path(self.path.text().strip()).is_file()

    def validatePage(self) -> bool:
        """Read the file into the draft; a file that cannot be read keeps the user here, saying why."""
        path = Path(self.path.text().strip())
        kind = self.kind.currentData()
        draft = self.draft
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
            self.detected.setText(f"Cannot read {path.name}: {exc}")
            return False
        table = draft.table
        shown = {"\t": "tab", "": "vCard"}.get(table.delimiter, table.delimiter)
        self.detected.setText(f"{table.encoding}, delimiter {shown}, {len(table.rows):,} rows")
        draft.source = path.name
        return True
