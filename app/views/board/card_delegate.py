"""Paints a deal card: name, account, amount and close date, owner and days in the stage; amber when stale."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from app.views.board.model import CARD_ROLE
from app.views.common.formatting import money

CARD_HEIGHT = 84
BORDER = QColor("#dbe2ea")
STALE = QColor("#f59e0b")
STALE_FILL = QColor("#fffbeb")
SELECTED = QColor("#2563eb")
MUTED = QColor("#64748b")
TEXT = QColor("#1f2937")


class CardDelegate(QStyledItemDelegate):
    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        return QSize(180, CARD_HEIGHT)  # QListView gives each card the full column width

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        card = index.data(CARD_ROLE)
        if card is None:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = option.rect.adjusted(4, 3, -4, -3)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.setPen(QPen(SELECTED if selected else BORDER, 2 if selected else 1))
        painter.setBrush(STALE_FILL if card.stale else QColor("#ffffff"))
        painter.drawRoundedRect(rect, 6, 6)
        if card.stale:
            painter.fillRect(QRect(rect.left() + 1, rect.top() + 5, 4, rect.height() - 10), STALE)
        inner = rect.adjusted(12, 6, -10, -6)
        line = inner.height() // 4
        bold = QFont(option.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(TEXT)
        top = QRect(inner.left(), inner.top(), inner.width(), line)
        amount = money(card.amount, card.currency)
        painter.drawText(top, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, amount)
        name_rect = top.adjusted(0, 0, -painter.fontMetrics().horizontalAdvance(amount) - 8, 0)
        elided = painter.fontMetrics().elidedText(card.name, Qt.TextElideMode.ElideRight, name_rect.width())
        painter.drawText(name_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, elided)
        painter.setFont(option.font)
        painter.setPen(MUTED)
        rows = (
            card.account or "No account",
            f"Close {card.expected_close:%Y-%m-%d}" if card.expected_close else "No close date",
            f"{card.owner or 'Unassigned'} · {card.days_in_stage} d in stage"
            + (" · stale" if card.stale else ""),
        )
        for i, text in enumerate(rows, start=1):
            r = QRect(inner.left(), inner.top() + i * line, inner.width(), line)
            if card.stale and i == 3:
                painter.setPen(QColor("#b45309"))
            painter.drawText(
                r,
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                painter.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, r.width()),
            )
        painter.restore()
