"""The board's per-column model: the cards of one stage, dragged as a custom MIME type carrying the deal id.

A drop does not move rows itself: it emits `dropped(deal_id, stage_id, before_id)` and refuses the
drop, so Qt never removes the source row; the page runs the move as an undo command and then places
the returned card (`place`), which keeps the models and the database in step.
"""

from __future__ import annotations

import bisect
import uuid
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from app.services.sales.board import Card

MIME = "application/x-rapport-deal"
Index = QModelIndex | QPersistentModelIndex
CARD_ROLE = Qt.ItemDataRole.UserRole


class StageCardsModel(QAbstractListModel):
    dropped = Signal(object, object, object)  # deal id, stage id, id of the card to go in front of (or None)

    def __init__(self, stage_id: uuid.UUID, parent: Any = None) -> None:
        super().__init__(parent)
        self.stage_id = stage_id
        self.cards: list[Card] = []

    def set_cards(self, cards: Sequence[Card]) -> None:
        self.beginResetModel()
        self.cards = list(cards)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.cards)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.cards):
            return None
        card = self.cards[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return card.name
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{card.name}\n{card.account}\n{card.owner}"
        if role == CARD_ROLE:
            return card
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled

    # --- drag and drop ------------------------------------------------------------------------------
    def mimeTypes(self) -> list[str]:
        return [MIME]

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        data = QMimeData()
        rows = [i.row() for i in indexes if i.isValid()]
        if rows:
            data.setData(MIME, QByteArray(str(self.cards[rows[0]].id).encode()))
        return data

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        return data.hasFormat(MIME)

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        if not data.hasFormat(MIME):
            return False
        deal_id = uuid.UUID(bytes(data.data(MIME).data()).decode())
        if parent.isValid():  # dropped onto a card: go in front of it
            row = parent.row()
        before = self.cards[row].id if 0 <= row < len(self.cards) else None
        if before == deal_id:
            return False
        self.dropped.emit(deal_id, self.stage_id, before)
        return False  # the page applies the move; Qt must not remove the source row

    # --- keeping in step with the database -------------------------------------------------------
    def row_of(self, deal_id: uuid.UUID) -> int:
        return next((i for i, c in enumerate(self.cards) if c.id == deal_id), -1)

    def take(self, deal_id: uuid.UUID) -> bool:
        row = self.row_of(deal_id)
        if row < 0:
            return False
        self.beginRemoveRows(QModelIndex(), row, row)
        del self.cards[row]
        self.endRemoveRows()
        return True

    def insert(self, card: Card) -> int:
        """Insert in column order (position, then id) and return the row."""
        keys = [(c.position, c.id) for c in self.cards]
        row = bisect.bisect_left(keys, (card.position, card.id))
        self.beginInsertRows(QModelIndex(), row, row)
        self.cards.insert(row, card)
        self.endInsertRows()
        return row
