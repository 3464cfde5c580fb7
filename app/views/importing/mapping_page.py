"""The import wizard's mapping step: each column of the file beside the field of ours it fills (suggested
from the column names, custom fields too), with a preview of the first rows as they will be stored."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWizardPage

from app.services.core.errors import RapportError, ValidationError
from app.services.importing.csv_read import Table
from app.services.importing.engine import RecordImportSpec
from app.services.importing.entities import ENTITIES
from app.services.importing.mapping import FIELDS, suggest, suggest_custom
from app.views.common.env import ViewEnv
from app.views.importing.draft import ImportDraft

SKIP = "— not imported —"
PREVIEW = 8


class MappingPage(QWizardPage):
    def __init__(self, env: ViewEnv, draft: ImportDraft) -> None:
        super().__init__()
        self.env = env
        self.draft = draft
        self.setTitle(self.tr("Map the columns"))
        self.setSubTitle(
            self.tr("Suggested from the column names; the preview shows the rows as they will be stored.")
        )
        self.columns = QTableWidget(0, 3, objectName="mappingTable")
        self.columns.setHorizontalHeaderLabels(
            [self.tr("Column in the file"), self.tr("First value"), self.tr("Rapport field")]
        )
        self.columns.horizontalHeader().setStretchLastSection(True)
        self.preview = QTableWidget(0, 0, objectName="previewTable")
        self.problems = QLabel(objectName="previewProblems", wordWrap=True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.columns, 3)
        layout.addWidget(QLabel(self.tr("Preview")))
        layout.addWidget(self.preview, 2)
        layout.addWidget(self.problems)

    def initializePage(self) -> None:
        draft = self.draft
        table = draft.table
        fields = FIELDS[draft.kind]
        mapping = {f: f for f in table.headers} if draft.from_vcards else suggest(draft.kind, table.headers)
        try:
            defs = self.env.ctx.custom_fields.fields(draft.kind.removesuffix("s"))
        except RapportError:
            defs = []
        mapping.update(suggest_custom(table.headers, defs, mapping.values()))
        draft.suggested = dict(mapping)  # what `rapport import` would map by itself (see mapping_file)
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
                box.addItem(self.tr("{label} (custom field)").format(label=d.label), d.name)
            box.setCurrentIndex(max(0, box.findData(by_header.get(header, ""))))
            box.currentIndexChanged.connect(self.refresh_preview)
            self.columns.setCellWidget(i, 2, box)
        self.columns.resizeColumnsToContents()
        self.refresh_preview()

    def mapping(self) -> dict[str, str]:
        """Our field -> the file's header, as the combos say (a field chosen twice keeps its first)."""
        out: dict[str, str] = {}
        for i, header in enumerate(self.draft.table.headers):
            box = self.columns.cellWidget(i, 2)
            field = box.currentData() if isinstance(box, QComboBox) else ""
            if field and field not in out:
                out[field] = header
        return out

    def refresh_preview(self) -> None:
        """Store the mapping in the draft and show the first rows as they would be stored."""
        draft = self.draft
        draft.mapping = self.mapping()
        table = draft.table
        head = Table(table.encoding, table.delimiter, True, table.headers, table.rows[:PREVIEW])
        service = self.env.ctx.importer
        try:
            found = service.lookups(draft.kind, draft.lookup_spec())
            values_of = draft.preview_values(head, found)
            spec = RecordImportSpec(draft.mapping, ENTITIES[draft.kind].matches[0], values=values_of)
            values, errors = service.check(draft.kind, head, spec, found=found)
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
