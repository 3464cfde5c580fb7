"""The Contacts page: the paged list of people, edited in the contact editor."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from app.views.common.columns import CONTACT_COLUMNS
from app.views.common.env import CONTACT, ViewEnv
from app.views.common.formatting import CONTACT_STATUSES
from app.views.lists.record_page import RecordListPage


class ContactsPage(RecordListPage):
    title = "Contacts"
    noun = "contacts"
    settings_key = "contacts"
    entities = ("contact", "user")  # an account rename also reports the contacts it renamed
    search_hint = "Search name, email, phone, company…"
    kind = CONTACT

    def __init__(self, env: ViewEnv, parent: QWidget | None = None) -> None:
        super().__init__(env, CONTACT_COLUMNS, CONTACT_STATUSES, parent)

    @property
    def editor_class(self) -> Any:
        """The contact editor, imported on the first open: the Contacts page is the usual first page."""
        from app.views.records.editors import ContactEditor

        return ContactEditor
