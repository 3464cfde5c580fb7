"""Search fields: a debounced filter box for list pages and the global Ctrl+K search with a popup."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from app.context import AppContext
from app.services.errors import RapportError
from app.views.style import icon

DEBOUNCE_MS = 120
HIT_ROLE = Qt.ItemDataRole.UserRole + 1


class DebouncedLineEdit(QLineEdit):
    """A line edit that emits `settled(text)` once typing pauses for `delay_ms`."""

    settled = Signal(str)

    def __init__(self, placeholder: str = "", delay_ms: int = DEBOUNCE_MS, parent: QWidget | None = None):
        super().__init__(parent)
        self.setPlaceholderText(placeholder)
        self.setClearButtonEnabled(True)
        self.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self._timer = QTimer(self, singleShot=True, interval=delay_ms)
        self._timer.timeout.connect(lambda: self.settled.emit(self.text()))
        self.textEdited.connect(lambda _: self._timer.start())
        self.textChanged.connect(self._on_changed)

    def _on_changed(self, text: str) -> None:
        if not text:  # the clear button: no need to wait
            self._timer.stop()
            self.settled.emit("")


class GlobalSearch(DebouncedLineEdit):
    """Type to find contacts and accounts anywhere; Enter or a click opens the record."""

    opened = Signal(str, object)  # entity, id

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__("Search contacts and accounts  (Ctrl+K)", parent=parent)
        self.setObjectName("globalSearch")
        self.ctx = ctx
        self.hits = QStandardItemModel(self)
        self.completer_ = QCompleter(self.hits, self)
        self.completer_.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer_.setWidget(self)
        self.completer_.activated[QModelIndex].connect(self._open_index)
        self.settled.connect(self._search)
        self.returnPressed.connect(self._open_first)

    def _search(self, text: str) -> None:
        self.hits.clear()
        try:
            hits = self.ctx.search.find(text, limit=8) if text.strip() else []
        except RapportError:
            hits = []
        for hit in hits:
            item = QStandardItem(
                icon(f"{hit.entity}s"), f"{hit.title}   —   {hit.subtitle}" if hit.subtitle else hit.title
            )
            item.setData((hit.entity, hit.id), HIT_ROLE)
            item.setEditable(False)
            self.hits.appendRow(item)
        if hits and self.hasFocus():
            self.completer_.complete()
        else:
            self.completer_.popup().hide()

    def _open_first(self) -> None:
        popup = self.completer_.popup()
        current = popup.currentIndex() if popup.isVisible() else QModelIndex()
        self._open_index(current if current.isValid() else self.hits.index(0, 0))

    def _open_index(self, index: QModelIndex) -> None:
        hit = index.data(HIT_ROLE) if index.isValid() else None
        if not hit:
            return
        self.completer_.popup().hide()
        self.hits.clear()  # so the Return that the popup passes on does not open a second record
        self.clear()
        entity, record_id = hit
        self.opened.emit(entity, uuid.UUID(str(record_id)))
