"""Mailing labels and envelopes for the contacts or accounts a list shows (or the selected ones).

Choose the sheet (or envelope), where to start on a partly used sheet, then preview, print or save the PDF.
Contacts with no address of their own go to their company's; rows with no postal address at all are left out
and named in the dialog, never silently.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.services.core.errors import RapportError
from app.services.printing import labels_pdf, sheets
from app.services.printing.addresses import recipients
from app.views.common.pdf_dialog import pdf_buttons, save_pdf
from app.views.lists.recipients_choice import RecipientsChoice, Stopped


class LabelsDialog(QDialog):
    """`mode` is "labels" or "envelopes"; `page` is the contacts or accounts list page."""

    def __init__(self, page: Any, mode: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page, self.mode = page, mode
        self.setObjectName("labelsDialog")
        what = "Mailing labels" if mode == "labels" else "Envelopes"
        self.setWindowTitle(f"{what} — {page.title}")
        form = QFormLayout()
        self.size_box = QComboBox(objectName="sheetBox")
        choices = sheets.SHEETS if mode == "labels" else sheets.ENVELOPES
        for code, spec in choices.items():
            self.size_box.addItem(spec.title, code)
        form.addRow("Label sheet:" if mode == "labels" else "Envelope:", self.size_box)
        self.start = QSpinBox(objectName="startLabel", minimum=1)
        self.start.setToolTip(
            self.tr("Labels already used on the first sheet are skipped (counted along the rows)")
        )
        self.outlines = QCheckBox(
            self.tr("Draw the label edges (a test print on plain paper)"), objectName="outlines"
        )
        if mode == "labels":
            form.addRow(self.tr("Start at label:"), self.start)
            form.addRow("", self.outlines)
            self.size_box.currentIndexChanged.connect(self._sheet_changed)
            self._sheet_changed()
        self.who = RecipientsChoice(page, self)
        form.addRow(self.tr("Print for:"), self.who)
        self.summary = QLabel(objectName="labelsSummary", wordWrap=True)
        self.summary.setText(
            self.tr(
                "Addresses are set in the post's capitals; your own country is left off domestic mail. Contacts with no address of their own go to their company's."
            )
        )
        buttons = pdf_buttons(self, self.preview, self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(buttons)
        self.resize(520, self.sizeHint().height())

    def _sheet_changed(self) -> None:
        sheet = sheets.SHEETS[self.size_box.currentData()]
        self.start.setMaximum(sheet.per_sheet)

    # --- making the PDF ---------------------------------------------------------------------------
    def make_pdf(self) -> bytes | None:
        """The labels or envelopes as PDF bytes; None (with the reason shown) if there is nothing to print."""
        ctx = self.page.env.ctx
        progress = self.who.progress("Reading the addresses…")
        try:
            company = ctx.company.get()
            lookup = ctx.contacts.company_addresses if self.page.kind.name == "contact" else None
            found = recipients(self.who.rows(progress), company.country, lookup)
        except Stopped:
            self.summary.setText(self.tr("Cancelled."))
            return None
        except RapportError as exc:
            self.summary.setText(self.tr("Could not read the addresses: {exc}").format(exc=exc))
            return None
        finally:
            progress.close()
        self.summary.setText(f"{found.summary(self.page.noun, self.page.kind.singular)}.")
        if not found.blocks:
            return None
        code = self.size_box.currentData()
        if self.mode == "labels":
            skip = self.start.value() - 1
            return labels_pdf.render_labels(found.blocks, sheets.sheet(code), skip, self.outlines.isChecked())
        sender = (company.name, *company.address.splitlines())
        return labels_pdf.render_envelopes(found.blocks, sheets.envelope(code), sender)

    def preview(self) -> None:
        from app.views.common.printing import preview

        data = self.make_pdf()
        if data is not None:
            preview(self, data, self.windowTitle())

    def save(self) -> None:
        try:
            saved = save_pdf(
                self,
                self.tr("Save {mode} as PDF").format(mode=self.mode),
                f"{self.page.noun} {self.mode}.pdf",
                self.make_pdf,
            )
        except OSError as exc:
            self.summary.setText(self.tr("Could not write the PDF: {exc}").format(exc=exc))
            return
        if saved:
            self.page.env.status(self.tr("Saved the {mode} to {saved}").format(mode=self.mode, saved=saved))
