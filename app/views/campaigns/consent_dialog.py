"""One person's consent: each channel's status with its source and the text shown, a change recorded with
where it came from, and the history below. Opened from a campaign's member (Enter or double-click)."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

from app.services.core.errors import RapportError, ValidationError
from app.views.common.env import ViewEnv

CHANNELS = ("email", "phone", "post")
STATUSES = ("granted", "withdrawn", "unknown")


class ConsentDialog(QDialog):
    def __init__(
        self, env: ViewEnv, subject_type: str, subject_id: uuid.UUID, name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.env, self.subject = env, (subject_type, subject_id)
        self.setWindowTitle(self.tr("Consent of {name}").format(name=name))
        self.resize(620, 460)
        self.current = QLabel(objectName="consentCurrent", wordWrap=True)
        self.channel = QComboBox(objectName="consentChannel")
        self.status = QComboBox(objectName="consentStatus")
        for box, values in ((self.channel, CHANNELS), (self.status, STATUSES)):
            for value in values:
                box.addItem(self.tr(value.capitalize()), value)
        self.source = QLineEdit(self.tr("by hand"), objectName="consentSource")
        self.text = QLineEdit(
            objectName="consentText", placeholderText=self.tr("the wording the person agreed to")
        )
        self.history = QListWidget(objectName="consentHistory")
        self.problems = QLabel(objectName="consentProblems", wordWrap=True)
        self.problems.setStyleSheet("color: #b00020")
        form = QFormLayout()
        for label, widget in (
            (self.tr("&Channel"), self.channel),
            (self.tr("&Status"), self.status),
            (self.tr("S&ource"), self.source),
            (self.tr("&Text shown"), self.text),
        ):
            widget.setAccessibleName(label.replace("&", ""))
            form.addRow(label, widget)
        self.history.setAccessibleName(self.tr("Consent history"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Record"))
        buttons.accepted.connect(self.record)
        buttons.rejected.connect(self.reject)
        for button in buttons.buttons():
            button.setAccessibleName(button.text().replace("&", ""))
        layout = QVBoxLayout(self)
        layout.addWidget(self.current)
        layout.addLayout(form)
        layout.addWidget(self.problems)
        layout.addWidget(QLabel(self.tr("History")))
        layout.addWidget(self.history, 1)
        layout.addWidget(buttons)
        self.reload()

    def reload(self) -> None:
        consent = self.env.ctx.consent
        now = consent.of(*self.subject)
        self.current.setText(" · ".join(f"{ch}: {now[ch].status}" for ch in CHANNELS))
        self.history.clear()
        for event in reversed(consent.history(*self.subject)):
            when = event.given_at.astimezone().strftime("%Y-%m-%d %H:%M") if event.given_at else ""
            shown = f" — “{event.text_shown}”" if event.text_shown else ""
            self.history.addItem(f"{when}  {event.channel} {event.status} ({event.source}){shown}")

    def record(self) -> None:
        try:
            self.env.ctx.consent.set(
                *self.subject,
                self.channel.currentData(),
                self.status.currentData(),
                self.source.text(),
                self.text.text(),
            )
        except ValidationError as exc:
            self.problems.setText("\n".join(str(e) for e in exc.errors))
            return
        except RapportError as exc:
            self.problems.setText(str(exc))
            return
        self.problems.clear()
        self.env.status(self.tr("Consent recorded"))
        self.reload()
