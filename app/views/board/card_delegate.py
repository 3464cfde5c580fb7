"""Paints a deal card: name, account, amount and close date, owner and days in the stage; amber when stale."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from app.services.sales.board import Card
from app.views.board.model import CARD_ROLE
from app.views.common.formatting import day, money
from app.views.common.theme import themed, tone

CARD_HEIGHT = 84
BORDER = themed("#dbe2ea")
STALE = themed("#f59e0b")
STALE_FILL = themed("#fffbeb")
SELECTED = themed("#2563eb")
MUTED = themed("#64748b")
TEXT = themed("#1f2937")
STALE_TEXT = themed("#b45309")
STALE_BADGE = QT_TRANSLATE_NOOP("CardDelegate", "stale")


def _tr(text: str) -> str:
    return QCoreApplication.translate("CardDelegate", text)


class CardDelegate(QStyledItemDelegate):
    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        return QSize(120, CARD_HEIGHT)  # QListView gives each card the full column width

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
        painter.setBrush(STALE_FILL if card.stale else tone("#ffffff"))
        painter.drawRoundedRect(rect, 6, 6)
        if card.stale:
            painter.fillRect(QRect(rect.left() + 1, rect.top() + 5, 4, rect.height() - 10), STALE)
        inner = rect.adjusted(12, 6, -10, -6)
        line = inner.height() // 4
        bold = QFont(option.font)
        bold.setBold(True)
        for piece in card_pieces(card, inner.width(), QFontMetrics(bold), QFontMetrics(option.font)):
            painter.setFont(bold if piece.bold else option.font)
            painter.setPen(QColor(piece.color))
            box = QRect(inner.left() + piece.left, inner.top() + piece.row * line, piece.width, line)
            painter.drawText(box, piece.align | Qt.AlignmentFlag.AlignVCenter, piece.text)
        painter.restore()


@dataclass(frozen=True)
class Piece:
    """One text on a card: its row (0-3), left offset and width in the card's inner rectangle."""

    row: int
    left: int
    width: int
    text: str
    bold: bool = False
    color: str = MUTED.name()
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft


def card_pieces(card: Card, width: int, bold: QFontMetrics, regular: QFontMetrics) -> list[Piece]:
    """The texts of a card `width` px wide, elided where they must be; the amount and the stale badge never.

    A narrow column puts the amount beside the account, so the deal's name keeps the first line."""

    def elide(text: str, metrics: QFontMetrics, room: int) -> str:
        return metrics.elidedText(text, Qt.TextElideMode.ElideRight, max(0, room))

    amount = money(card.amount, card.currency)
    amount_room = bold.horizontalAdvance(amount) + 8
    amount_row = 0 if bold.horizontalAdvance(card.name) + amount_room <= width else 1
    right = Qt.AlignmentFlag.AlignRight
    pieces = [Piece(amount_row, 0, width, amount, True, TEXT.name(), right)]
    name_room = width - (amount_room if amount_row == 0 else 0)
    pieces.append(Piece(0, 0, name_room, elide(card.name, bold, name_room), True, TEXT.name()))
    account_room = width - (amount_room if amount_row == 1 else 0)
    no_account = QCoreApplication.translate("CardDelegate", "No account")
    pieces.append(Piece(1, 0, account_room, elide(card.account or no_account, regular, account_room)))
    if card.expected_close:
        close = QCoreApplication.translate("CardDelegate", "Close {date}").format(
            date=day(card.expected_close)
        )
    else:
        close = QCoreApplication.translate("CardDelegate", "No close date")
    pieces.append(Piece(2, 0, width, elide(close, regular, width)))
    badge_room = 0
    if card.stale:
        badge = _tr(STALE_BADGE)
        badge_room = bold.horizontalAdvance(badge) + 8
        pieces.append(Piece(3, 0, width, badge, True, STALE_TEXT.name(), right))
    owner_room = width - badge_room
    who = card.owner or QCoreApplication.translate("CardDelegate", "Unassigned")
    owner = QCoreApplication.translate("CardDelegate", "{owner} · {days} d in stage").format(
        owner=who, days=card.days_in_stage
    )
    if regular.horizontalAdvance(owner) > owner_room:  # short form first, the name elided last
        owner = QCoreApplication.translate("CardDelegate", "{owner} · {days} d").format(
            owner=who, days=card.days_in_stage
        )
    color = (STALE_TEXT if card.stale else MUTED).name()
    pieces.append(Piece(3, 0, owner_room, elide(owner, regular, owner_room), color=color))
    return pieces
