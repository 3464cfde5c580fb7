"""The Contacts page: the paged list of people with the selected one's detail pane and timeline on the right."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer
from PySide6.QtWidgets import QLabel, QWidget

from app.views.common.columns import CONTACT_COLUMNS
from app.views.common.env import CONTACT, ViewEnv
from app.views.common.formatting import CONTACT_STATUSES
from app.views.lists.record_page import RecordListPage

if TYPE_CHECKING:
    from app.views.records.contact_detail import ContactDetailPane

PLACEHOLDER = "Select a contact to see their details, accounts and timeline."  # as the pane says


class ContactsPage(RecordListPage):
    title = QT_TRANSLATE_NOOP("labels", "Contacts")
    noun = QT_TRANSLATE_NOOP("labels", "contacts")
    settings_key = "contacts"
    entities = ("contact", "user")  # an account rename also reports the contacts it renamed
    search_hint = QT_TRANSLATE_NOOP("labels", "Search name, email, phone, company…")
    kind = CONTACT

    def __init__(self, env: ViewEnv, parent: QWidget | None = None) -> None:
        super().__init__(env, CONTACT_COLUMNS, CONTACT_STATUSES, parent)
        # The pane is built on first use (a selection, a search hit) or just after the rows are painted:
        # the Contacts page is the usual first page, and its rows should not wait for the pane.
        self._detail: ContactDetailPane | None = None
        self.splitter.addWidget(
            QLabel(
                PLACEHOLDER, objectName="emptyState", alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True
            )
        )
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([720, 460])
        self.table.selectionModel().currentRowChanged.connect(self._on_current)
        self.model.modelReset.connect(self._on_reset)

    @property
    def detail(self) -> ContactDetailPane:
        """The selected contact's pane, built the first time it is needed."""
        if self._detail is None:
            from app.views.records.contact_detail import ContactDetailPane

            pane = ContactDetailPane(self.env)
            pane.editRequested.connect(self.edit_id)
            pane.deleteRequested.connect(self.delete_id)
            sizes = self.splitter.sizes()
            placeholder = self.splitter.replaceWidget(1, pane)
            if placeholder is not None:
                placeholder.deleteLater()
            self.splitter.setSizes(sizes)
            self._detail = pane
        return self._detail

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self._detail is None:
            QTimer.singleShot(200, self, self._build_detail)  # after the first rows are on screen

    def _build_detail(self) -> None:
        self.detail  # noqa: B018 - the property builds the pane

    @property
    def editor_class(self) -> Any:
        """The contact editor, imported on the first open: the Contacts page is the usual first page."""
        from app.views.records.editors import ContactEditor

        return ContactEditor

    def _on_current(self, current: Any, _previous: Any = None) -> None:
        item = self.model.item(current.row()) if current.isValid() else None
        if item is not None:
            self.detail.show_contact(item.id)

    def _on_reset(self) -> None:
        """Keep showing the contact if it is still listed; the pane itself drops deleted ones."""
        if self._detail is not None and self._detail.contact is not None:
            row = self.model.find_row(self.detail.contact.id)
            if row >= 0:
                self.table.selectionModel().blockSignals(True)
                self.select_row(row)
                self.table.selectionModel().blockSignals(False)

    def open_id(self, record_id: Any) -> None:
        """From a search or another record's link: show the contact in the pane and select it in the list."""
        if (
            not self.select_id(record_id)
            or self.detail.contact is None
            or self.detail.contact.id != record_id
        ):
            self.detail.show_contact(record_id)  # not in the list as filtered (or already the current row)

    def edit_id(self, record_id: uuid.UUID) -> None:
        super().open_id(record_id)

    def open_row(self, row: int) -> None:
        item = self.model.item(row)
        if item is not None:
            self.edit_id(item.id)

    def delete_id(self, record_id: uuid.UUID) -> None:
        name = self.detail.contact.full_name if self.detail.contact else ""
        self.delete_ids([record_id], f"contact “{name}”")
