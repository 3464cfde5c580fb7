"""The small dialog that edits a dependency's lag in days and hours; a negative lag is a lead."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

MAX_DAYS = 365


def split_lag(minutes: int) -> tuple[int, int]:
    """Lag minutes as (days, hours), both carrying the sign: -30 h is (-1, -6). Minutes are rounded."""
    sign = -1 if minutes < 0 else 1
    hours = round(abs(minutes) / 60)
    return sign * (hours // 24), sign * (hours % 24)


class LagDialog(QDialog):
    def __init__(self, label: str, lag_minutes: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lagDialog")
        self.setWindowTitle(self.tr("Edit lag"))
        self.days = QSpinBox(objectName="lagDays", minimum=-MAX_DAYS, maximum=MAX_DAYS, suffix=self.tr(" d"))
        self.hours = QSpinBox(objectName="lagHours", minimum=-23, maximum=23, suffix=self.tr(" h"))
        self.days.setValue(split_lag(lag_minutes)[0])
        self.hours.setValue(split_lag(lag_minutes)[1])
        form = QFormLayout()
        form.addRow(self.tr("Days"), self.days)
        form.addRow(self.tr("Hours"), self.hours)
        note = QLabel(
            self.tr(
                "How long after the first task ends the second may start. A negative lag is a lead: the second task may start before the first ends."
            ),
            objectName="hint",
            wordWrap=True,
        )
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(label, objectName="lagLink", wordWrap=True))
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(380)

    def lag_minutes(self) -> int:
        return (self.days.value() * 24 + self.hours.value()) * 60
