"""The import wizard's options step: how an existing record is matched, deals' pipeline and currency,
a dry run with its report, and "Save mapping…" (the JSON `rapport import --mapping` reads)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWizardPage,
)

from app.services.core.errors import RapportError, ValidationError
from app.services.importing.engine import MatchOn, OnMatch, RecordImportSpec
from app.services.importing.entities import ENTITIES
from app.services.importing.values import value_fields

if TYPE_CHECKING:
    from app.views.importing.wizard import ImportWizard

MATCHES = [
    ("Email", MatchOn.EMAIL),
    ("Name and company", MatchOn.NAME_COMPANY),
    ("SKU", MatchOn.SKU),
    ("External id", MatchOn.EXTERNAL_ID),
    ("Nothing: always create", MatchOn.NONE),
]
ON_MATCH = [
    ("Update it", OnMatch.UPDATE),
    ("Skip the row", OnMatch.SKIP),
    ("Create a new record", OnMatch.CREATE),
]


def combo_of(items: list[tuple[str, Any]], name: str) -> QComboBox:
    """A combo of (text, data) items."""
    box = QComboBox(objectName=name)
    for text, value in items:
        box.addItem(text, value)
    return box


def report_lines(error: ValidationError, limit: int = 200) -> list[str]:
    lines = [str(e) for e in error.errors[:limit]]
    if len(error.errors) > limit:
        lines.append(f"… and {len(error.errors) - limit} more")
    return lines


class OptionsPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle("Existing records and a dry run")
        self.setSubTitle("All rows or none are imported; the dry run checks everything and changes nothing.")
        self.match = combo_of(MATCHES, "importMatch")
        self.on_match = combo_of(ON_MATCH, "importOnMatch")
        self.check_button = QPushButton("Dry run", objectName="dryRunButton")
        self.check_button.clicked.connect(self.dry_run)
        self.save_button = QPushButton("Save mapping…", objectName="saveMappingButton")
        self.save_button.setToolTip("Columns and value translations as JSON for `rapport import --mapping`")
        self.save_button.clicked.connect(self._save_mapping)
        buttons = QHBoxLayout()
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        self.pipeline = QLineEdit(objectName="importPipeline", placeholderText="the default pipeline")
        self.currency = QLineEdit("EUR", objectName="importCurrency", maxLength=3)
        self.skip_likely = QCheckBox(
            "Skip rows that look like an existing record (the dry run lists them)", objectName="skipLikely"
        )
        self.report = QPlainTextEdit(objectName="importReport", readOnly=True)
        form = QFormLayout(self)
        self.form = form
        form.addRow("An existing record is the one with the same", self.match)
        form.addRow("When a row matches one", self.on_match)
        form.addRow("Deals go into the pipeline", self.pipeline)
        form.addRow("Currency of amounts without one", self.currency)
        form.addRow("", self.skip_likely)
        form.addRow("", buttons)
        form.addRow(self.report)

    def initializePage(self) -> None:
        """Offer the ways this kind of record can be matched; pipeline and currency only for deals."""
        texts = {value: text for text, value in MATCHES}
        self.match.clear()
        for value in ENTITIES[self.w.kind].matches:  # the kind's usual way first
            self.match.addItem(texts[value], value)
        deals = self.w.kind == "deals"
        self.form.setRowVisible(self.currency, deals)
        # the value page offers a pipeline's stages, so the pipeline is chosen there when it is shown
        self.form.setRowVisible(self.pipeline, deals and not self.w.values_page.shows_stages())
        self.form.setRowVisible(self.skip_likely, self.w.kind in ("contacts", "accounts", "leads"))
        self.report.clear()

    def spec(self, dry_run: bool = False) -> RecordImportSpec:
        mapping = self.w.mapping_page.mapping()
        translated = bool(value_fields(self.w.kind, mapping))  # then the value page was passed
        values = self.w.values_page.translations() if translated else {}
        stages = self.w.values_page.shows_stages()
        return RecordImportSpec(
            mapping,
            self.match.currentData(),
            self.on_match.currentData(),
            dry_run,
            self.w.source,
            values=values,
            pipeline=self.w.values_page.pipeline_name() if stages else self.pipeline.text().strip(),
            currency=self.currency.text().strip().upper() or "EUR",
            skip_likely=self.skip_likely.isChecked(),
        )

    def mapping_file(self) -> dict[str, Any]:
        """The JSON `rapport import --mapping` reads. A column the CLI would suggest but the wizard leaves
        out is written with an empty header, which the CLI takes as "not imported". Deals also keep their
        pipeline (`--pipeline` on the command line still wins)."""
        spec = self.spec()
        suggested = self.w.mapping_page.suggested if self.w.table.delimiter else {}
        columns = {f: "" for f in suggested if f not in spec.columns} | dict(spec.columns)
        data: dict[str, Any] = {"columns": columns, "values": {f: dict(t) for f, t in spec.values.items()}}
        if self.w.kind == "deals" and spec.pipeline:
            data["pipeline"] = spec.pipeline
        return data

    def save_mapping(self, path: Path) -> None:
        path.write_text(json.dumps(self.mapping_file(), indent=2, ensure_ascii=False) + "\n", "utf-8")

    def _save_mapping(self) -> None:
        stem = Path(self.w.source).stem or "import"
        name, _ = QFileDialog.getSaveFileName(
            self, "Save mapping", f"{stem}-mapping.json", "Mapping files (*.json)"
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
            f"rapport import {self.w.kind} FILE --mapping {name}"
        )

    def dry_run(self) -> None:
        try:
            report = self.w.env.ctx.importer.run(self.w.kind, self.w.table, self.spec(True)).value
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
        if report.likely:
            what = "skipped" if self.skip_likely.isChecked() else "imported anyway"
            lines.append(f"\n{len(report.likely):,} row(s) look like existing records ({what}):")
            lines += [str(look_alike) for look_alike in report.likely]
        self.report.setPlainText("\n".join(lines))
