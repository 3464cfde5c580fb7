"""The drip sequence editor: the sequences on the left; on the right the chosen one's name, its steps
(email from a template, wait N days, create a task; added, removed and reordered with the keyboard), its
sending window and hourly limit, and who is enrolled. Save checks it all and names each problem."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.campaigns.sequences import SequenceDetail, SequenceInput
from app.services.core.errors import RapportError, ValidationError
from app.views.campaigns.models import StepsModel
from app.views.common.env import ViewEnv

DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


class SequenceEditor(QDialog):
    def __init__(self, env: ViewEnv, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.env = env
        self.current: SequenceDetail | None = None
        self.setWindowTitle(self.tr("Drip sequences"))
        self.resize(900, 560)
        self.sequences = QListWidget(objectName="sequenceList")
        self.sequences.setAccessibleName(self.tr("Sequences"))
        self.sequences.currentItemChanged.connect(lambda item, _old: self._show(item))
        new = QPushButton(self.tr("&New sequence"), objectName="newSequence")
        new.setShortcut(QKeySequence.StandardKey.New)
        new.setAccessibleName(self.tr("New sequence"))
        new.clicked.connect(self.new_sequence)
        left = QVBoxLayout()
        left.addWidget(self.sequences, 1)
        left.addWidget(new)

        self.name = QLineEdit(objectName="sequenceName")
        self.name.setAccessibleName(self.tr("Sequence name"))
        self.active = QCheckBox(self.tr("&Active (paused: nobody moves on)"), objectName="sequenceActive")
        self.active.setAccessibleName(self.tr("Active"))
        self.steps = StepsModel(self)
        self.table = QTableView(objectName="sequenceSteps")
        self.table.setModel(self.steps)
        self.table.setAccessibleName(self.tr("Steps"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setColumnWidth(0, 90)
        self.table.setColumnWidth(1, 300)
        self.table.horizontalHeader().setStretchLastSection(True)
        buttons = QHBoxLayout()
        for text, key, slot, name in (
            (self.tr("Add &email"), "Alt+E", lambda: self._add("email"), "addEmail"),
            (self.tr("Add &wait"), "Alt+W", lambda: self._add("wait"), "addWait"),
            (self.tr("Add &task"), "Alt+T", lambda: self._add("task"), "addTask"),
            (self.tr("&Remove"), "Alt+R", self._remove, "removeStep"),
            (self.tr("Move &up"), "Ctrl+Up", lambda: self._move(-1), "stepUp"),
            (self.tr("Move &down"), "Ctrl+Down", lambda: self._move(1), "stepDown"),
        ):
            button = QPushButton(text, objectName=name)
            button.setAccessibleName(text.replace("&", ""))
            button.setShortcut(QKeySequence(key))
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.start, self.end = QSpinBox(objectName="windowStart"), QSpinBox(objectName="windowEnd")
        self.start.setRange(0, 23)
        self.end.setRange(1, 24)
        self.start.setAccessibleName(self.tr("Sending from hour (UTC)"))
        self.end.setAccessibleName(self.tr("Sending until hour (UTC)"))
        window = QHBoxLayout()
        window.addWidget(self.start)
        window.addWidget(QLabel(self.tr("to")))
        window.addWidget(self.end)
        window.addWidget(QLabel(self.tr("h UTC on")))
        self.days = []
        for i, day in enumerate(DAYS):
            box = QCheckBox(self.tr(day), objectName=f"day{i}")
            box.setAccessibleName(self.tr(day))
            self.days.append(box)
            window.addWidget(box)
        window.addStretch(1)
        self.per_hour = QSpinBox(objectName="perHour")
        self.per_hour.setRange(0, 100_000)
        self.per_hour.setSpecialValueText(self.tr("no limit"))
        self.per_hour.setAccessibleName(self.tr("Mails per hour at most"))
        self.enrolled = QLabel(objectName="sequenceEnrolled")
        self.problems = QLabel(objectName="sequenceProblems", wordWrap=True)
        self.problems.setStyleSheet("color: #b00020")
        form = QFormLayout()
        form.addRow(self.tr("&Name"), self.name)
        form.addRow("", self.active)
        form.addRow(self.tr("Sending window"), window)
        form.addRow(self.tr("Mails per &hour"), self.per_hour)
        right = QVBoxLayout()
        right.addLayout(form)
        right.addWidget(QLabel(self.tr("Steps, in order (double-click to edit):")))
        right.addWidget(self.table, 1)
        right.addLayout(buttons)
        right.addWidget(self.enrolled)
        right.addWidget(self.problems)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close)
        box.accepted.connect(self.save)
        box.rejected.connect(self.reject)
        for button in box.buttons():
            button.setAccessibleName(button.text().replace("&", ""))
        right.addWidget(box)
        body = QHBoxLayout(self)
        body.addLayout(left, 1)
        body.addLayout(right, 3)
        self.reload()

    def reload(self, select: uuid.UUID | None = None) -> None:
        self.sequences.blockSignals(True)
        self.sequences.clear()
        chosen = None
        for q in self.env.ctx.sequences.list():
            item = QListWidgetItem(q.name if q.active else self.tr("{name} (paused)").format(name=q.name))
            item.setData(256, q.id)
            self.sequences.addItem(item)
            if q.id == select:
                chosen = item
        self.sequences.blockSignals(False)
        if chosen is not None:
            self.sequences.setCurrentItem(chosen)
        elif self.sequences.count():
            self.sequences.setCurrentRow(0)
        else:
            self.new_sequence()

    def _show(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        try:
            self.current = self.env.ctx.sequences.get(item.data(256))
        except RapportError as exc:
            self.env.error(str(exc))
            return
        self._fill(self.current)

    def _fill(self, q: SequenceDetail | None) -> None:
        window: dict[str, Any] = q.window if q else {"start": 9, "end": 17, "weekdays": [0, 1, 2, 3, 4]}
        self.name.setText(q.name if q else "")
        self.active.setChecked(q.active if q else True)
        self.steps.reload(list(q.steps) if q else [])
        self.start.setValue(int(window.get("start", 0)))
        self.end.setValue(int(window.get("end", 24)))
        for i, box in enumerate(self.days):
            box.setChecked(i in window.get("weekdays", range(7)))
        self.per_hour.setValue(q.per_hour if q else 0)
        counts = ", ".join(f"{n} {s}" for s, n in sorted((q.enrolments if q else {}).items()))
        self.enrolled.setText(self.tr("Enrolled: {counts}").format(counts=counts or self.tr("nobody yet")))
        self.problems.clear()

    def new_sequence(self) -> None:
        self.current = None
        self.sequences.clearSelection()
        self._fill(None)
        self.name.setFocus()

    def _add(self, kind: str) -> None:
        row = self.steps.add(kind)
        self.table.setCurrentIndex(self.steps.index(row, 1))
        self.table.edit(self.steps.index(row, 1))

    def _remove(self) -> None:
        self.steps.remove(self.table.currentIndex().row())

    def _move(self, by: int) -> None:
        index = self.table.currentIndex()
        row = self.steps.move(index.row(), by)
        self.table.setCurrentIndex(self.steps.index(row, max(0, index.column())))

    def data(self) -> SequenceInput:
        window = {
            "start": self.start.value(),
            "end": self.end.value(),
            "weekdays": [i for i, box in enumerate(self.days) if box.isChecked()],
        }
        return SequenceInput(
            self.name.text(),
            tuple(self.steps.steps),
            window,
            self.per_hour.value(),
            self.active.isChecked(),
            self.current.campaign_id if self.current else None,
        )

    def save(self) -> None:
        sequences = self.env.ctx.sequences
        try:
            if self.current is None:
                saved = sequences.create(self.data()).value
            else:
                saved = sequences.update(self.current.id, self.data(), self.current.version).value
        except ValidationError as exc:
            self.problems.setText("\n".join(str(e) for e in exc.errors))
            return
        except RapportError as exc:
            self.problems.setText(str(exc))
            return
        self.env.status(self.tr("Sequence '{name}' saved").format(name=saved.name))
        self.reload(saved.id)
