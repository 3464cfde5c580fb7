"""The right-hand pane of the Contacts page: a person's details, their accounts and their own timeline."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

from app.services.core.changes import ChangeKind, ChangeSet
from app.services.core.errors import NotFoundError, RapportError
from app.services.records.contacts import ContactDetail
from app.views.common.columns import Column
from app.views.common.env import ViewEnv
from app.views.common.formatting import label
from app.views.common.memory_table import MemoryTableModel
from app.views.common.table import Table
from app.views.records.detail_pane import RecordDetailPane, street_block

DETAIL_ROWS = (
    ("Email", "email"),
    ("Phone", "phone_display"),
    ("Job title", "title"),
    ("Company", "company_name"),
    ("Address", "street"),  # with the postal code and region
    ("City", "city"),
    ("Country", "country"),
    ("Birthday", "birthday"),
    ("Other email", "other_email"),
    ("Other phone", "other_phone_display"),
    ("Status", "status"),
)
ACCOUNT_COLUMNS = (
    Column(
        "account",
        QT_TRANSLATE_NOOP("labels", "Account"),
        lambda m: m.account_name,
        200,
        sort="account",
        icon=lambda m: "accounts",
    ),
    Column("role", QT_TRANSLATE_NOOP("labels", "Role"), lambda m: m.role, 140, sort="role"),
    Column(
        "primary",
        QT_TRANSLATE_NOOP("labels", "Primary"),
        lambda m: "Primary" if m.is_primary else "",
        70,
        sort="primary",
    ),
)
PLACEHOLDER = "Select a contact to see their details, accounts and timeline."
REFRESH_ON = ("contact", "account", "account_contact", "activity", "deal", "document", "lead", "tag", "user")


class ContactDetailPane(RecordDetailPane):
    entity = "contact"

    def __init__(self, env: ViewEnv, parent: QWidget | None = None) -> None:
        self.contact: ContactDetail | None = None
        self.accounts = MemoryTableModel(ACCOUNT_COLUMNS, key=lambda m: m.account_id)
        self.accounts_table = Table(self.accounts)
        self.accounts_table.setObjectName("contactAccounts")
        super().__init__(
            env,
            DETAIL_ROWS,
            self.accounts_table,
            "Accounts",
            PLACEHOLDER,
            parent,
        )
        self.accounts.setParent(self)
        self.accounts_table.activated.connect(self._open_account)
        self.finish_head()
        env.relay.changed.connect(self.on_changes)

    def show_contact(self, contact_id: uuid.UUID | None) -> None:
        if contact_id is None:
            self.contact = None
            self.show_empty()
            return
        try:
            contact = self.env.ctx.contacts.get(contact_id)
            timeline = self.env.ctx.timeline.for_contact(contact_id)
        except NotFoundError:
            self.show_contact(None)
            return
        except RapportError as exc:
            self.env.error(str(exc))
            return
        self.contact = contact
        self._fill(contact)
        self.accounts.set_rows(contact.memberships)
        self.show_filled(contact.id, len(contact.memberships), "Accounts", timeline)

    def _fill(self, c: ContactDetail) -> None:
        self.title.setText(c.full_name)
        where = ", ".join(x for x in (c.city, c.country) if x)
        self.subtitle.setText(" · ".join(x for x in (c.title, c.company_name, where) if x))
        for key in dict(DETAIL_ROWS).values():
            value = getattr(c, key)
            self.values[key].setText((label(value) if key == "status" else str(value or "")) or "—")
        self.values["street"].setText(street_block(c.street, c.postal_code, c.region) or "—")
        self.fill_common(c.owner_id, c.tag_ids, c.notes, c.created_at, c.updated_at)

    def _open_account(self, index: Any) -> None:
        membership = self.accounts.item(index.row())
        if membership is not None:
            self.env.open_record("account", membership.account_id)

    def on_changes(self, changes: ChangeSet) -> None:
        if self.contact is None or not changes.touches(*REFRESH_ON):
            return
        gone = any(
            c.entity == "contact"
            and c.kind in (ChangeKind.DELETED, ChangeKind.PURGED)
            and self.contact.id in c.ids
            for c in changes.changes
        )
        self.show_contact(None if gone else self.contact.id)
