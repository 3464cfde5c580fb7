"""Print a call sheet: whose, which day; preview (and print from it) or save the PDF."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.services.core.errors import RapportError
from app.services.scheduling.tasks import local_zone
from app.views.common.env import ViewEnv
from app.views.common.pdf_dialog import pdf_buttons, save_pdf


class CallSheetDialog(QDialog):
    def __init__(self, env: ViewEnv, owner_id: uuid.UUID | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.env = env
        self.setObjectName("callSheetDialog")
        self.setWindowTitle(self.tr("Print a call sheet"))
        self.person = QComboBox(objectName="callSheetPerson")
        for user in env.ctx.lookups.users():
            self.person.addItem(user.name, user.id)
        wanted = owner_id or (env.ctx.current_user.id if env.ctx.current_user else None)
        self.person.setCurrentIndex(max(self.person.findData(wanted), 0))
        self.day = QDateEdit(QDate.currentDate(), objectName="callSheetDay", calendarPopup=True)
        self.day.setDisplayFormat("ddd d MMM yyyy")
        form = QFormLayout()
        form.addRow(self.tr("Whose:"), self.person)
        form.addRow(self.tr("Day:"), self.day)
        self.message = QLabel(
            self.tr(
                "Open tasks due that day (and overdue up to 30 days), meetings that day, each with the person's numbers, the deal and the last contact, and room to write the outcome."
            ),
            objectName="muted",
            wordWrap=True,
        )
        buttons = pdf_buttons(self, self.preview, self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(460, self.sizeHint().height())

    def chosen_day(self) -> date:
        return self.day.date().toPython()  # type: ignore[no-any-return]

    def make_pdf(self) -> bytes | None:
        owner: Any = self.person.currentData()
        if owner is None:
            self.message.setText(self.tr("There is no user to print a call sheet for."))
            return None
        try:
            sheet = self.env.ctx.call_sheets.for_day(owner, self.chosen_day(), local_zone())
        except RapportError as exc:
            self.message.setText(self.tr("Could not read the tasks: {exc}").format(exc=exc))
            return None
        from app.services.scheduling.call_sheet_pdf import render

        overdue = sum(1 for i in sheet.items if i.overdue)
        self.message.setText(
            f"{len(sheet.items)} to do for {sheet.owner}" + (f", {overdue} overdue." if overdue else ".")
        )
        return render(sheet)

    def preview(self) -> None:
        from app.views.common.printing import preview

        data = self.make_pdf()
        if data is not None:
            preview(self, data, f"Call sheet {self.person.currentText()} {self.chosen_day():%Y-%m-%d}")

    def save(self) -> None:
        try:
            saved = save_pdf(
                self,
                self.tr("Save the call sheet as PDF"),
                f"Call sheet {self.person.currentText()} {self.chosen_day():%Y-%m-%d}.pdf",
                self.make_pdf,
            )
        except OSError as exc:
            self.message.setText(self.tr("Could not write the PDF: {exc}").format(exc=exc))
            return
        if saved:
            self.env.status(self.tr("Saved the call sheet to {saved}").format(saved=saved))
