"""The import wizard's options step: how an existing record is matched, deals' pipeline and currency,
a dry run with its report, and "Save mapping…" (the JSON `rapport import --mapping` reads)."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWizardPage,
)

from app.services.core.errors import RapportError, ValidationError
from app.services.importing.engine import MatchOn, OnMatch
from app.services.importing.entities import ENTITIES
from app.views.common.env import ViewEnv
from app.views.common.file_dialogs import get_save_file_name
from app.views.importing.draft import ImportDraft
from app.views.importing.parts import combo_of, report_lines

MATCHES = [
    ("Email", MatchOn.EMAIL),
    ("Name and company", MatchOn.NAME_COMPANY),
    ("SKU", MatchOn.SKU),
    ("External id", MatchOn.EXTERNAL_ID),
    ("Nothing: always create", MatchOn.NONE),
]
REFUSED = [
    ("Refuse the whole file: nothing is imported", False),
    ("Import the good rows; keep the refused ones to fix and import again", True),
]
ON_MATCH = [
    ("Update it", OnMatch.UPDATE),
    ("Skip the row", OnMatch.SKIP),
    ("Create a new record", OnMatch.CREATE),
]


class OptionsPage(QWizardPage):
    def __init__(self, env: ViewEnv, draft: ImportDraft) -> None:
        super().__init__()
        self.env = env
        self.draft = draft
        self.setTitle(self.tr("Existing records and a dry run"))
        self.setSubTitle(
            self.tr(
                "The import is one step (Ctrl+Z undoes it); the dry run checks everything and changes nothing."
            )
        )
        self.match = combo_of(MATCHES, "importMatch")
        self.on_match = combo_of(ON_MATCH, "importOnMatch")
        self.refused = combo_of(REFUSED, "importRefused")
        self.refused.setToolTip(
            self.tr("Refused rows are saved unchanged, with the reason in an added column, after the import")
        )
        self.check_button = QPushButton(self.tr("Dry run"), objectName="dryRunButton")
        self.check_button.clicked.connect(self.dry_run)
        self.save_button = QPushButton(self.tr("Save mapping…"), objectName="saveMappingButton")
        self.save_button.setToolTip(
            self.tr("Columns and value translations as JSON for `rapport import --mapping`")
        )
        self.save_button.clicked.connect(self._save_mapping)
        buttons = QHBoxLayout()
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        self.pipeline = QLineEdit(
            objectName="importPipeline", placeholderText=self.tr("the default pipeline")
        )
        self.currency = QLineEdit("EUR", objectName="importCurrency", maxLength=3)
        self.skip_likely = QCheckBox(
            self.tr("Skip rows that look like an existing record (the dry run lists them)"),
            objectName="skipLikely",
        )
        self.run_rules = QCheckBox(
            self.tr("Run automation rules for the imported records"), objectName="runRules"
        )
        self.run_rules.setChecked(True)
        self.run_rules.setToolTip(self.tr("Off: the import triggers no rule, as `rapport import --no-rules`"))
        self.report = QPlainTextEdit(objectName="importReport", readOnly=True)
        form = QFormLayout(self)
        self.form = form
        form.addRow(self.tr("An existing record is the one with the same"), self.match)
        form.addRow(self.tr("When a row matches one"), self.on_match)
        form.addRow(self.tr("When a row is refused"), self.refused)
        form.addRow(self.tr("Deals go into the pipeline"), self.pipeline)
        form.addRow(self.tr("Currency of amounts without one"), self.currency)
        form.addRow("", self.skip_likely)
        form.addRow("", self.run_rules)
        form.addRow("", buttons)
        form.addRow(self.report)
        self.match.currentIndexChanged.connect(self._store)
        self.on_match.currentIndexChanged.connect(self._store)
        self.refused.currentIndexChanged.connect(self._store)
        self.pipeline.textChanged.connect(self._store)
        self.currency.textChanged.connect(self._store)
        self.skip_likely.toggled.connect(self._store)
        self.run_rules.toggled.connect(self._store)
        self._store()

    def _store(self) -> None:
        """Write the options to the draft as they change: the dry run, the import and a saved mapping
        read them there."""
        draft = self.draft
        draft.match, draft.on_match = self.match.currentData(), self.on_match.currentData()
        draft.pipeline, draft.currency = self.pipeline.text(), self.currency.text()
        draft.skip_likely = self.skip_likely.isChecked()
        draft.forgiving = bool(self.refused.currentData())
        draft.run_rules = self.run_rules.isChecked()

    def initializePage(self) -> None:
        """Offer the ways this kind of record can be matched; pipeline and currency only for deals."""
        kind = self.draft.kind
        texts = {value: text for text, value in MATCHES}
        self.match.clear()
        for value in ENTITIES[kind].matches:  # the kind's usual way first
            self.match.addItem(texts[value], value)
        deals = kind == "deals"
        self.form.setRowVisible(self.currency, deals)
        # the value page offers a pipeline's stages, so the pipeline is chosen there when it is shown
        self.form.setRowVisible(self.pipeline, deals and not self.draft.shows_stages())
        self.form.setRowVisible(self.skip_likely, kind in ("contacts", "accounts", "leads"))
        self.report.clear()

    def save_mapping(self, path: Path) -> None:
        data = self.draft.mapping_file()
        path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", "utf-8")

    def _save_mapping(self) -> None:
        stem = Path(self.draft.source).stem or "import"
        name, _ = get_save_file_name(
            self, self.tr("Save mapping"), f"{stem}-mapping.json", self.tr("Mapping files (*.json)")
        )
        if not name:
            return
        try:
            self.save_mapping(Path(name))
        except OSError as exc:
            self.report.setPlainText(f"Cannot save the mapping: {exc}")
            return
        self.report.setPlainText(
            f"Mapping saved to {name}.\nThe same import from the command line:\n"
            f"rapport import {self.draft.kind} FILE --mapping {name}"
        )

    def dry_run(self) -> None:
        draft = self.draft
        try:
            report = self.env.ctx.importer.run(draft.kind, draft.table, draft.spec(True)).value
        except ValidationError as exc:
            self.report.setPlainText(
                f"The file would be refused: {len(exc.errors)} problem(s)\n" + "\n".join(report_lines(exc))
            )
            return
        except RapportError as exc:
            self.report.setPlainText(str(exc))
            return
        lines = [
            f"Ready: {report.created:,} new, {report.updated:,} updated, {report.skipped:,} skipped "
            f"of {report.rows:,} rows."
        ]
        if report.unmapped:
            lines.append("Not imported (no field reads them): " + ", ".join(report.unmapped))
        for header, count in report.duplicates:
            lines.append(f"The header '{header}' names {count} columns: only the first is imported.")
        if report.rejected:
            lines.append(f"\n{len(report.rejected):,} row(s) would be refused and saved to fix:")
            lines += [f"row {r.row}: {r.reason}" for r in report.rejected[:200]]
        if report.review:
            lines.append(f"\n{len(report.review):,} value(s) kept as typed, worth a look:")
            lines += [str(note) for note in report.review[:200]]
        if report.likely:
            what = "skipped" if self.skip_likely.isChecked() else "imported anyway"
            lines.append(f"\n{len(report.likely):,} row(s) look like existing records ({what}):")
            lines += [str(look_alike) for look_alike in report.likely]
        self.report.setPlainText("\n".join(lines))
