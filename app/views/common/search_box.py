"""Search fields: a debounced filter box, and a type-ahead box with a popup of matches to pick from."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.context import AppContext

import uuid
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QIcon, QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from app.services.core.errors import RapportError
from app.views.common.accessibility import name_from_hint
from app.views.common.style import icon

DEBOUNCE_MS = 120
PAYLOAD_ROLE = Qt.ItemDataRole.UserRole + 1


class DebouncedLineEdit(QLineEdit):
    """A line edit that emits `settled(text)` once typing pauses for `delay_ms`."""

    settled = Signal(str)

    def __init__(self, placeholder: str = "", delay_ms: int = DEBOUNCE_MS, parent: QWidget | None = None):
        super().__init__(parent)
        self.setPlaceholderText(placeholder)
        name_from_hint(self, placeholder)
        self.setClearButtonEnabled(True)
        self.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self._timer = QTimer(self, singleShot=True, interval=delay_ms)
        self._timer.timeout.connect(lambda: self.settled.emit(self.text()))
        self.textEdited.connect(lambda _: self._timer.start())
        self.textChanged.connect(self._on_changed)

    def _on_changed(self, text: str) -> None:
        if not text:  # cleared (the clear button or code): no need to wait
            self._timer.stop()
            self.settled.emit("")


class TypeAhead(DebouncedLineEdit):
    """Shows `lookup(text)` matches in a popup; Enter or a click emits `chosen(payload)`."""

    chosen = Signal(object)

    def __init__(self, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(placeholder, parent=parent)
        self.matches = QStandardItemModel(self)
        self.completer_ = QCompleter(self.matches, self)
        self.completer_.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer_.setWidget(self)
        self.completer_.activated[QModelIndex].connect(self._choose_index)
        self.settled.connect(self._search)
        self.returnPressed.connect(self._choose_current)

    def lookup(self, text: str) -> list[tuple[QIcon, str, Any]]:
        raise NotImplementedError

    def keyPressEvent(self, event: QKeyEvent) -> None:
        super().keyPressEvent(event)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()  # Enter picks a match; it must not also press a dialog's default button

    def _search(self, text: str) -> None:
        self.matches.clear()
        try:
            found = self.lookup(text) if text.strip() else []
        except RapportError:
            found = []
        for decoration, label, payload in found:
            item = QStandardItem(decoration, label)
            item.setData(payload, PAYLOAD_ROLE)
            item.setEditable(False)
            self.matches.appendRow(item)
        if found and self.hasFocus():
            self.completer_.complete()
        else:
            self.completer_.popup().hide()

    def _choose_current(self) -> None:
        popup = self.completer_.popup()
        current = popup.currentIndex() if popup.isVisible() else QModelIndex()
        self._choose_index(current if current.isValid() else self.matches.index(0, 0))

    def _choose_index(self, index: QModelIndex) -> None:
        payload = index.data(PAYLOAD_ROLE) if index.isValid() else None
        if payload is None:
            return
        self.completer_.popup().hide()
        self.matches.clear()  # so the Return that the popup passes on does not choose twice
        self.clear()
        self.chosen.emit(payload)


HIT_ICONS = {"deal": "deal", "document": "documents"}  # the others are named like their pages: "accounts"


class GlobalSearch(TypeAhead):
    """Find accounts, contacts, leads, deals and documents anywhere (Ctrl+K); emits `opened(entity, id)`."""

    opened = Signal(str, object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        hint = QCoreApplication.translate(
            "GlobalSearch", "Search accounts, contacts, leads, deals, documents…  (Ctrl+K)"
        )
        super().__init__(hint, parent)
        self.setObjectName("globalSearch")
        self.ctx = ctx
        self.chosen.connect(lambda hit: self.opened.emit(hit[0], uuid.UUID(str(hit[1]))))

    def lookup(self, text: str) -> list[tuple[QIcon, str, Any]]:
        return [
            (
                icon(HIT_ICONS.get(h.entity, f"{h.entity}s")),
                " — ".join(x for x in (h.title, h.subtitle) if x),
                (h.entity, h.id),
            )
            for h in self.ctx.search.find(text, limit=8)
        ]


class AccountPicker(TypeAhead):
    """Type the start of an account's name and pick it; emits `picked(id, name)`."""

    picked = Signal(object, str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__("Add account: type its name…", parent)
        self.setObjectName("accountPicker")
        self.ctx = ctx
        self.chosen.connect(lambda hit: self.picked.emit(uuid.UUID(str(hit[0])), hit[1]))

    def lookup(self, text: str) -> list[tuple[QIcon, str, Any]]:
        return [(icon("accounts"), name, (i, name)) for i, name in self.ctx.accounts.find_by_name(text, 12)]


class ContactPicker(TypeAhead):
    """Type part of a contact's name and pick it; emits `picked(id, name)`."""

    picked = Signal(object, str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__("Contact: type a name…", parent)
        self.setObjectName("contactPicker")
        self.ctx = ctx
        self.chosen.connect(lambda hit: self.picked.emit(uuid.UUID(str(hit[0])), hit[1]))

    def lookup(self, text: str) -> list[tuple[QIcon, str, Any]]:
        hits = [h for h in self.ctx.search.find(text, limit=12) if h.entity == "contact"]
        return [
            (icon("contacts"), " — ".join(x for x in (h.title, h.subtitle) if x), (h.id, h.title))
            for h in hits
        ]
