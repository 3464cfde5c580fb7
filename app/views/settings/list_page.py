"""A settings tab: a table of records with a row of buttons under it (each with an accessible name and a
mnemonic or shortcut) and a line for errors."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.views.settings.rows_model import Column, RowsModel


class ListPage(QWidget):
    def __init__(self, columns: Sequence[Column], table_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = RowsModel(columns, self)
        self.table = QTableView(objectName=table_name)
        self.table.setModel(self.model)
        self.table.setAccessibleName(table_name.replace("_", " "))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.buttons = QHBoxLayout()
        self.message = QLabel("", objectName="message")
        self.message.setStyleSheet("color: #b00020")
        self.message.setWordWrap(True)
        self.body = QVBoxLayout(self)
        self.body.addWidget(self.table, 1)
        self.body.addLayout(self.buttons)
        self.body.addWidget(self.message)

    def add_button(
        self, text: str, name: str, accessible: str, slot: Callable[[], Any], shortcut: str | None = None
    ) -> QPushButton:
        button = QPushButton(text, objectName=name)
        button.setAccessibleName(accessible)
        button.clicked.connect(lambda _=False: slot())
        if shortcut:
            key = QShortcut(
                QKeySequence(shortcut), self, context=Qt.ShortcutContext.WidgetWithChildrenShortcut
            )
            key.activated.connect(slot)
            button.setToolTip(
                f"{accessible} ({QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)})"
            )
        self.buttons.addWidget(button)
        return button

    def selected(self) -> Any:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def show_rows(self, rows: Sequence[Any]) -> None:
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        if rows:
            self.table.selectRow(0)
