"""Mail-merge letters for the contacts or accounts a list shows: a subject and a text with merge fields,
checked as they are typed, then previewed or saved as PDF. Nothing is printed while a recipient lacks a
value the letter prints: the dialog lists who and which field. The last template is remembered."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.services.core.errors import RapportError, ValidationError
from app.services.printing import letters
from app.views.common.labels import translated
from app.views.common.pdf_dialog import pdf_buttons, save_pdf
from app.views.lists.recipients_choice import RecipientsChoice, Stopped

SETTINGS_KEY = "letters/last"


class LettersDialog(QDialog):
    def __init__(self, page: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page = page
        self.setObjectName("lettersDialog")
        self.setWindowTitle(self.tr("Letters — {title}").format(title=translated(page.title)))
        stored = QSettings()
        self.subject = QLineEdit(
            str(stored.value(f"{SETTINGS_KEY}/subject", letters.EXAMPLE_SUBJECT)), objectName="letterSubject"
        )
        self.body = QPlainTextEdit(objectName="letterBody")
        self.body.setPlainText(str(stored.value(f"{SETTINGS_KEY}/body", letters.EXAMPLE_BODY)))
        self.body.setMinimumHeight(220)
        self.field_box = QComboBox(objectName="insertField")
        self.field_box.addItem(self.tr("Insert a merge field…"), None)
        for group, names in letters.FIELDS.items():
            for name in names:
                self.field_box.addItem(f"{group}.{name}", f"{{{{ {group}.{name} }}}}")
        self.field_box.activated.connect(self._insert_field)
        self.who = RecipientsChoice(page, self)
        form = QFormLayout()
        form.addRow(self.tr("Subject:"), self.subject)
        form.addRow(self.tr("Letter:"), self.body)
        form.addRow("", self.field_box)
        form.addRow(self.tr("Print for:"), self.who)
        self.message = QLabel(objectName="lettersMessage", wordWrap=True)
        self.message.setText(
            self.tr(
                "A line break prints where you type it; a blank line starts a paragraph. A field that may be empty for someone goes inside {% if contact.title %}…{% endif %}."
            )
        )
        buttons = pdf_buttons(self, self.preview, self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.check_timer = QTimer(self, singleShot=True, interval=400)
        self.check_timer.timeout.connect(self.check_template)
        self.subject.textChanged.connect(lambda _t: self.check_timer.start())
        self.body.textChanged.connect(self.check_timer.start)
        self.resize(640, 620)

    def _insert_field(self, index: int) -> None:
        text = self.field_box.itemData(index)
        if text:
            self.body.insertPlainText(text)
            self.body.setFocus()
        self.field_box.setCurrentIndex(0)

    def check_template(self) -> bool:
        """Say what is wrong with the template as it is typed; True when it can be used."""
        try:
            letters.templates(self.subject.text(), self.body.toPlainText())
        except ValidationError as exc:
            self.message.setText("⚠ " + "; ".join(f"{e.field}: {e.message}" for e in exc.errors))
            return False
        self.message.setText(self.tr("The template is ready."))
        return True

    def make_pdf(self) -> bytes | None:
        """The letters as PDF bytes, or None with the reason in the dialog (template, missing values)."""
        try:
            subject, body = letters.templates(self.subject.text(), self.body.toPlainText())
        except ValidationError:
            self.check_template()
            return None
        ctx = self.page.env.ctx
        company = ctx.company.get()
        me = ctx.current_user
        progress = self.who.progress("Filling in the letters…")
        try:
            run = letters.merge(
                self.who.rows(progress),
                subject,
                body,
                (me.name, me.email) if me else ("", ""),
                (company.name, company.phone, company.email),
                company.country,
                date.today(),
                ctx.contacts.company_addresses if self.page.kind.name == "contact" else None,
            )
        except Stopped:
            self.message.setText(self.tr("Cancelled."))
            return None
        except RapportError as exc:
            self.message.setText(f"⚠ {exc}")
            return None
        finally:
            progress.close()
        if run.missing:
            shown = "; ".join(f"{p.recipient}: {p.field}" for p in run.missing[:5])
            more = (
                self.tr(" … and {count:,} more").format(count=len(run.missing) - 5)
                if len(run.missing) > 5
                else ""
            )
            self.message.setText(
                self.tr(
                    "⚠ Nothing printed: {letters} would have a blank. {shown}{more}."
                    " Fill in the values, or put the field inside {{% if … %}}…{{% endif %}}."
                ).format(letters=_letters(len(run.missing)), shown=shown, more=more)
            )
            return None
        if not run.letters:
            self.message.setText(self.tr("Nobody in the list has a postal address."))
            return None
        self._remember()
        left_out = (
            f"; {len(run.without_address):,} left out with no postal address" if run.without_address else ""
        )
        self.message.setText(f"{_letters(len(run.letters))}{left_out}.")
        from app.services.printing.letters_pdf import render

        return render(run.letters, (company.name, *company.address.splitlines()), date.today())

    def _remember(self) -> None:
        stored = QSettings()
        stored.setValue(f"{SETTINGS_KEY}/subject", self.subject.text())
        stored.setValue(f"{SETTINGS_KEY}/body", self.body.toPlainText())

    def preview(self) -> None:
        from app.views.common.printing import preview

        data = self.make_pdf()
        if data is not None:
            preview(self, data, self.windowTitle())

    def save(self) -> None:
        try:
            saved = save_pdf(self, self.tr("Save the letters as PDF"), "letters.pdf", self.make_pdf)
        except OSError as exc:
            self.message.setText(self.tr("Could not write the PDF: {exc}").format(exc=exc))
            return
        if saved:
            self.page.env.status(self.tr("Saved the letters to {saved}").format(saved=saved))


def _letters(count: int) -> str:
    return f"{count:,} letter" + ("s" if count != 1 else "")
