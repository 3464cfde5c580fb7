"""The 360-degree timeline of an account or a contact, newest first, two lines per entry.

Double-click or Enter opens an entry's record; an entry leading to several (a lead's conversion into an
account, a contact and a deal) offers them in a menu.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFont, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QMenu,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from app.services.records.timeline import TimelineItem
from app.views.common.columns import TIMELINE_COLUMNS, timeline_icon, timeline_when
from app.views.common.formatting import label
from app.views.common.memory_table import MemoryTableModel
from app.views.common.style import icon
from app.views.common.theme import themed, tone

ROW_HEIGHT = 54
MUTED = themed("#64748b")
TEXT = themed("#1f2937")


def timeline_model(parent: QWidget | None = None) -> MemoryTableModel:
    return MemoryTableModel(TIMELINE_COLUMNS, key=lambda t: (t.entity, t.entity_id), parent=parent)


class TimelineDelegate(QStyledItemDelegate):
    """Kind icon on the left; title and date on line one; kind, owner and detail on line two."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        return QSize(option.rect.width(), ROW_HEIGHT)

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        item: TimelineItem | None = index.data(Qt.ItemDataRole.UserRole)
        if item is None:
            return
        painter.save()
        rect = option.rect
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(rect, option.palette.highlight())
        elif index.row() % 2:
            painter.fillRect(rect, option.palette.alternateBase())
        painter.setPen(tone("#e2e8f0"))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        icon(timeline_icon(item)).paint(painter, QRect(rect.left() + 10, rect.top() + 9, 20, 20))
        left = rect.left() + 42
        width = rect.width() - 52
        when = timeline_when(item)
        small = QFont(option.font)
        small.setPointSizeF(option.font.pointSizeF() * 0.9)
        painter.setFont(small)
        date_width = painter.fontMetrics().horizontalAdvance(when) + 4
        painter.setPen(MUTED)
        line_one = QRect(left, rect.top() + 6, width, 20)
        painter.drawText(line_one, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, when)
        bold = QFont(option.font)
        bold.setWeight(QFont.Weight.DemiBold)
        painter.setFont(bold)
        painter.setPen(TEXT)
        title = painter.fontMetrics().elidedText(
            item.title, Qt.TextElideMode.ElideRight, width - date_width - 8
        )
        painter.drawText(line_one, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, title)
        painter.setFont(small)
        painter.setPen(MUTED)
        second = " · ".join(x for x in (label(item.kind), item.owner, item.detail.replace("\n", " ")) if x)
        line_two = QRect(left, rect.top() + 28, width, 18)
        second = painter.fontMetrics().elidedText(second, Qt.TextElideMode.ElideRight, width)
        painter.drawText(line_two, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, second)
        painter.restore()


class TimelineView(QListView):
    """Shows the timeline model's items in the service's order (newest first); activation opens them."""

    opened = Signal(str, object)  # entity, id: the record an activated entry (or its menu) chose

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timeline")
        self.setModel(timeline_model(self))
        self.setItemDelegate(TimelineDelegate(self))
        self.setUniformItemSizes(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setToolTip(self.tr("Double-click or press Enter to open an entry"))
        self.links_menu: QMenu | None = None
        self.activated.connect(self.open_index)

    def set_items(self, items: Sequence[TimelineItem]) -> None:
        self.model().set_rows(items)  # type: ignore[attr-defined]

    def open_index(self, index: QModelIndex) -> None:
        """Open the entry's record, or offer its records when it leads to several."""
        item: TimelineItem | None = self.model().item(index.row()) if index.isValid() else None  # type: ignore[attr-defined]
        if item is None:
            return
        if not item.links:
            self.opened.emit(item.entity, item.entity_id)
            return
        menu = QMenu(self)
        menu.setObjectName("timelineLinks")
        for link in item.links:
            action = menu.addAction(self.tr("Open {label}").format(label=link.label))
            action.triggered.connect(lambda _=False, link=link: self.opened.emit(link.entity, link.entity_id))
        self.links_menu = menu
        menu.popup(self.viewport().mapToGlobal(self.visualRect(index).center()))
