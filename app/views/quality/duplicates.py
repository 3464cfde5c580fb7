"""Review likely duplicates: scored pairs on the left, the two records side by side on the right; merge
(choosing the surviving value per field) or mark them as not duplicates. Both are undoable commands."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.core.errors import RapportError
from app.services.quality.dedupe import DuplicatePair
from app.services.quality.merge import MergeResult
from app.views.common.commands import ServiceCommand
from app.views.common.env import ViewEnv

ENTITIES = [("Contacts", "contact"), ("Accounts", "account"), ("Leads", "lead")]


class MergeCommand(ServiceCommand):
    def __init__(self, env: ViewEnv, pair: DuplicatePair, survivor: Any, take: tuple[str, ...]) -> None:
        super().__init__(env, f"Merge of {pair.name_a} and {pair.name_b}")
        self.entity, self.take = pair.entity, take
        self.survivor = survivor
        self.other = pair.id_b if survivor == pair.id_a else pair.id_a
        self.result: MergeResult | None = None

    def _redo(self) -> None:
        self.result = self.env.ctx.merge.merge(self.entity, self.survivor, self.other, self.take).value

    def _undo(self) -> None:
        if self.result is not None:
            self.env.ctx.merge.unmerge(self.result)


class NotDuplicatesCommand(ServiceCommand):
    def __init__(self, env: ViewEnv, pair: DuplicatePair) -> None:
        super().__init__(env, f"{pair.name_a} and {pair.name_b} are not duplicates")
        self.pair = pair

    def _redo(self) -> None:
        self.env.ctx.merge.not_duplicates(self.pair.entity, self.pair.id_a, self.pair.id_b)

    def _undo(self) -> None:
        self.env.ctx.merge.not_duplicates(self.pair.entity, self.pair.id_a, self.pair.id_b, remember=False)


class DuplicatesDialog(QDialog):
    def __init__(self, env: ViewEnv, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("duplicatesDialog")
        self.setWindowTitle(self.tr("Duplicates"))
        self.env = env
        self.pairs: list[DuplicatePair] = []
        self.entity = QComboBox(objectName="dupEntity")
        for text, value in ENTITIES:
            self.entity.addItem(text, value)
        self.threshold = QDoubleSpinBox(objectName="dupThreshold", minimum=50, maximum=100, value=80)
        self.find_button = QPushButton(self.tr("Find duplicates"), objectName="findDuplicates")
        self.find_button.setMinimumWidth(150)
        self.find_button.clicked.connect(self.find)
        top = QHBoxLayout()
        for w in (
            QLabel(self.tr("Look in")),
            self.entity,
            QLabel(self.tr("Lowest score")),
            self.threshold,
            self.find_button,
        ):
            top.addWidget(w)
        top.addStretch(1)
        self.pair_table = QTableWidget(0, 4, objectName="pairTable")
        self.pair_table.setHorizontalHeaderLabels(
            [self.tr("Score"), self.tr("Record A"), self.tr("Record B"), self.tr("Matched")]
        )
        self.pair_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.pair_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.pair_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.pair_table.itemSelectionChanged.connect(self.show_pair)
        self.compare = QTableWidget(0, 4, objectName="compareTable")
        self.compare.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("Record A"), self.tr("Record B"), self.tr("Keep")]
        )
        self.compare.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.merge_button = QPushButton(self.tr("Merge into A"), objectName="mergeButton")
        self.merge_button.setProperty("primary", True)
        self.merge_button.clicked.connect(self.merge)
        self.distinct_button = QPushButton(self.tr("Not duplicates"), objectName="notDuplicatesButton")
        self.distinct_button.clicked.connect(self.not_duplicates)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.distinct_button)
        buttons.addWidget(self.merge_button)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.compare, 1)
        right_layout.addLayout(buttons)
        split = QSplitter()
        split.addWidget(self.pair_table)
        split.addWidget(right)
        split.setSizes([480, 620])
        self.summary = QLabel(objectName="dupSummary")
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        layout.addWidget(self.summary)
        self._set_buttons()
        self.resize(1150, 620)

    def find(self) -> None:
        try:
            self.pairs = self.env.ctx.dedupe.find(self.entity.currentData(), self.threshold.value())
        except RapportError as exc:
            self.env.error(str(exc))
            return
        self.pair_table.setRowCount(len(self.pairs))
        for row, p in enumerate(self.pairs):
            for col, text in enumerate((f"{p.score:.0f}", p.name_a, p.name_b, ", ".join(p.matched))):
                self.pair_table.setItem(row, col, QTableWidgetItem(text))
        self.pair_table.resizeColumnsToContents()
        self.summary.setText(self.tr("{v0:,} likely duplicate pairs").format(v0=len(self.pairs)))
        if self.pairs:
            self.pair_table.selectRow(0)
        self.show_pair()

    def current_pair(self) -> DuplicatePair | None:
        rows = self.pair_table.selectionModel().selectedRows()
        return self.pairs[rows[0].row()] if rows else None

    def show_pair(self) -> None:
        pair = self.current_pair()
        self.compare.setRowCount(0)
        self._set_buttons()
        if pair is None:
            return
        try:
            view = self.env.ctx.merge.compare(pair.entity, pair.id_a, pair.id_b)
        except RapportError as exc:
            self.env.error(str(exc))
            return
        self.compare.setRowCount(len(view.fields))
        for row, (name, a, b) in enumerate(zip(view.fields, view.a, view.b, strict=True)):
            self.compare.setItem(row, 0, QTableWidgetItem(name.replace("_", " ")))
            self.compare.setItem(row, 1, QTableWidgetItem(a))
            self.compare.setItem(row, 2, QTableWidgetItem(b))
            keep = QComboBox()
            keep.addItem(self.tr("A"), "a")
            keep.addItem(self.tr("B"), "b")
            if not a and b:
                keep.setCurrentIndex(1)  # a value beats an empty one
            keep.setProperty("field", name)
            self.compare.setCellWidget(row, 3, keep)
        self.compare.resizeColumnsToContents()

    def take_from_b(self) -> tuple[str, ...]:
        out = []
        for row in range(self.compare.rowCount()):
            box = self.compare.cellWidget(row, 3)
            if isinstance(box, QComboBox) and box.currentData() == "b":
                out.append(str(box.property("field")))
        return tuple(out)

    def merge(self) -> None:
        pair = self.current_pair()
        if pair is not None:
            self._run(MergeCommand(self.env, pair, pair.id_a, self.take_from_b()), "Merged")

    def not_duplicates(self) -> None:
        pair = self.current_pair()
        if pair is not None:
            self._run(NotDuplicatesCommand(self.env, pair), "Marked as not duplicates")

    def _run(self, command: ServiceCommand, message: str) -> None:
        try:
            command.execute()
        except RapportError as exc:
            self.env.error(str(exc))
            return
        self.env.push(command, f"{message}: {command.text()}")
        self.find()

    def _set_buttons(self) -> None:
        has = self.current_pair() is not None
        self.merge_button.setEnabled(has)
        self.distinct_button.setEnabled(has)
