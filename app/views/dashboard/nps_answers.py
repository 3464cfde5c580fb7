"""The NPS answers editor: the latest answers (all, or one contact's), add one, delete the selected ones.

Adding and deleting go through the undo stack (CreateCommand, DeleteCommand), like every edit."""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.services.core.changes import ChangeSet
from app.services.core.errors import ValidationError
from app.services.metrics.nps import NpsDetail, NpsInput
from app.views.common.columns import Column
from app.views.common.commands import CreateCommand, DeleteCommand
from app.views.common.env import NPS, ViewEnv
from app.views.common.formatting import day
from app.views.common.memory_table import MemoryTableModel
from app.views.common.search_box import ContactPicker
from app.views.common.table import Table

COLUMNS = (
    Column(
        "answered",
        QT_TRANSLATE_NOOP("labels", "Answered"),
        lambda d: day(d.answered_on),
        100,
        sort="answered",
        sort_value=lambda d: d.answered_on,
    ),
    Column(
        "contact",
        QT_TRANSLATE_NOOP("labels", "Contact"),
        lambda d: d.contact or "(anonymous)",
        180,
        sort="contact",
    ),
    Column(
        "score",
        QT_TRANSLATE_NOOP("labels", "Score"),
        lambda d: str(d.score),
        60,
        sort="score",
        sort_value=lambda d: d.score,
        align_right=True,
    ),
    Column(
        "kind", "", lambda d: "promoter" if d.score >= 9 else "detractor" if d.score <= 6 else "passive", 80
    ),
    Column("comment", QT_TRANSLATE_NOOP("labels", "Comment"), lambda d: d.comment, 280),
)


class NpsAnswersDialog(QDialog):
    def __init__(
        self,
        env: ViewEnv,
        contact: tuple[uuid.UUID, str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.env = env
        self.only = contact[0] if contact else None
        self.setObjectName("npsAnswers")
        self.setWindowTitle(f"NPS answers — {contact[1]}" if contact else "NPS answers")
        self.resize(780, 480)
        self.model = MemoryTableModel(COLUMNS, parent=self)
        self.table = Table(self.model)
        self.summary = QLabel(objectName="npsSummary")
        # the new answer
        self.contact_id: uuid.UUID | None = self.only
        self.picker = ContactPicker(env.ctx)
        self.picker.picked.connect(self._pick)
        self.contact_label = QLabel(contact[1] if contact else "(anonymous)", objectName="npsContact")
        self.clear_contact = QToolButton(
            text=self.tr("Clear"), toolTip=self.tr("No contact (an anonymous answer)")
        )
        self.clear_contact.clicked.connect(lambda: self._pick(None, "(anonymous)"))
        self.score = QSpinBox(minimum=0, maximum=10, value=8, objectName="npsScore")
        self.answered = QDateEdit(QDate.currentDate(), calendarPopup=True, objectName="npsAnswered")
        self.answered.setDisplayFormat("yyyy-MM-dd")
        self.answered.setMaximumDate(QDate.currentDate())
        self.comment = QLineEdit(
            objectName="npsComment", placeholderText=self.tr("What they said (optional)")
        )
        self.error = QLabel(objectName="formError", wordWrap=True)
        self.error.hide()
        self.add_button = QPushButton(self.tr("Add answer"), objectName="npsAdd")
        self.add_button.clicked.connect(self.add)
        self.delete_button = QPushButton(self.tr("Delete selected"), objectName="npsDelete")
        self.delete_button.clicked.connect(self.delete_selected)
        self.delete_button.setAutoDefault(False)
        self.add_button.setDefault(True)
        for button in (self.add_button, self.delete_button):
            button.setMinimumWidth(button.sizeHint().width() + 24)
        who = QHBoxLayout()
        who.addWidget(self.contact_label, 1)
        who.addWidget(self.clear_contact)
        if contact is None:
            who.addWidget(self.picker, 2)
        form = QFormLayout()
        form.addRow(self.tr("Contact"), who)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Score")))
        row.addWidget(self.score)
        row.addWidget(QLabel(self.tr("answered on")))
        row.addWidget(self.answered)
        row.addStretch(1)
        form.addRow("", row)
        form.addRow(self.tr("Comment"), self.comment)
        buttons = QHBoxLayout()
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(QLabel(self.tr("<b>New answer</b>")))
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        env.relay.changed.connect(self._on_changes)
        self.reload()

    def reload(self) -> None:
        rows = self.env.ctx.nps.recent(self.only)
        self.model.set_rows(rows)
        promoters = sum(1 for d in rows if d.score >= 9)
        detractors = sum(1 for d in rows if d.score <= 6)
        score = f"{100 * (promoters - detractors) / len(rows):+.0f}" if rows else "—"
        self.summary.setText(
            self.tr(
                "{v0:,} answers shown · {promoters} promoters, {detractors} detractors · NPS {score}"
            ).format(v0=len(rows), promoters=promoters, detractors=detractors, score=score)
        )

    def _on_changes(self, changes: ChangeSet) -> None:
        if changes.touches("nps", "contact"):
            self.reload()

    def _pick(self, contact_id: uuid.UUID | None, name: str) -> None:
        self.contact_id = contact_id
        self.contact_label.setText(name)

    def add(self) -> None:
        answered = self.answered.date().toPython()
        assert isinstance(answered, date)
        data = NpsInput(self.score.value(), answered, self.contact_id, self.comment.text())
        command = CreateCommand(self.env, NPS, data, f"{data.score} from {self.contact_label.text()}")
        try:
            command.execute()
        except ValidationError as exc:
            self.error.setText(str(exc))
            self.error.show()
            return
        self.env.undo.push(command)
        self.error.hide()
        self.comment.clear()

    def selected(self) -> list[NpsDetail]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [d for d in (self.model.item(r) for r in rows) if d is not None]

    def delete_selected(self) -> None:
        chosen = self.selected()
        if not chosen:
            return
        label = f"{len(chosen)} NPS answer{'s' if len(chosen) > 1 else ''}"
        command = DeleteCommand(self.env, NPS, [d.id for d in chosen], label)
        command.execute()
        self.env.undo.push(command)
