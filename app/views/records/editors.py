"""The contact and account editors: which fields, and how their values become service inputs."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QLabel, QPushButton, QWidget

from app.services.records.accounts import ACCOUNT_STATUSES, AccountDetail, AccountInput
from app.services.records.contacts import ContactDetail, ContactInput
from app.views.common.env import ACCOUNT, CONTACT, ViewEnv
from app.views.common.field_error import FieldWithError
from app.views.common.form_dialog import Field, owner_choices
from app.views.common.formatting import CONTACT_STATUSES, label
from app.views.common.search_box import AccountPicker
from app.views.common.table import Table
from app.views.lists.tagged_editor import TaggedEditor
from app.views.records.memberships import MembershipModel


def _statuses(values: tuple[str, ...]) -> list[tuple[Any, str]]:
    return [(v, label(v)) for v in values]


class ContactEditor(TaggedEditor):
    first_field = "first_name"

    def __init__(self, env: ViewEnv, detail: ContactDetail | None = None, parent: QWidget | None = None):
        fields = [
            Field("first_name", "First name"),
            Field("last_name", "Last name *"),
            Field("email", "Email", placeholder="name@example.com"),
            Field("phone", "Phone", placeholder="+49 30 1234567"),
            Field("title", "Job title", column=1),
            Field("city", "City", column=1),
            Field("country", "Country", placeholder="Two letters, e.g. DE", column=1),
            Field("status", "Status", "choice", lambda: _statuses(CONTACT_STATUSES), column=1),
            Field("owner_id", "Owner", "choice", lambda: owner_choices(env), column=1),
            Field("notes", "Notes", "multiline", column=2),
        ]
        super().__init__(env, CONTACT, fields, detail, parent)
        self.memberships = MembershipModel(detail.memberships if detail else ())
        self.membership_table = Table(self.memberships, sortable=False)
        self.membership_table.setObjectName("memberships")
        self.membership_table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.membership_table.setMinimumHeight(110)
        self.membership_table.setMaximumHeight(150)
        self.picker = AccountPicker(env.ctx)
        self.picker.picked.connect(self.add_account)
        remove = QPushButton("Remove")
        remove.setObjectName("removeMembership")
        remove.clicked.connect(self.remove_selected_membership)
        row = QHBoxLayout()
        row.addWidget(self.picker, 1)
        row.addWidget(remove)
        self.extra.addWidget(QLabel("Accounts (double-click a role to edit it; tick the primary account)"))
        self.membership_field = FieldWithError(self.membership_table)
        self.extra_fields["memberships"] = self.membership_field
        self.extra.addWidget(self.membership_field)
        self.extra.addLayout(row)
        self.finish()

    def add_account(self, account_id: Any, name: str) -> None:
        row = self.memberships.add(account_id, name)
        self.membership_table.selectRow(row)

    def remove_selected_membership(self) -> None:
        rows = sorted({i.row() for i in self.membership_table.selectionModel().selectedRows()}, reverse=True)
        for row in rows:
            self.memberships.remove(row)

    def load(self, detail: Any) -> None:
        super().load(detail)
        if hasattr(self, "memberships"):
            self.memberships.set_rows(detail.memberships)

    def to_input(self, values: dict[str, Any]) -> ContactInput:
        return ContactInput(**values, memberships=self.memberships.inputs(), tag_ids=self.tags.selected())

    def record_label(self, values: dict[str, Any]) -> str:
        return f"{values['first_name']} {values['last_name']}".strip()


class AccountEditor(TaggedEditor):
    first_field = "name"

    def __init__(self, env: ViewEnv, detail: AccountDetail | None = None, parent: QWidget | None = None):
        fields = [
            Field("name", "Name *"),
            Field("domain", "Website", placeholder="example.com"),
            Field("industry", "Industry"),
            Field("email", "Email", placeholder="info@example.com"),
            Field("phone", "Phone"),
            Field("address", "Address", column=1),
            Field("city", "City", column=1),
            Field("country", "Country", placeholder="Two letters, e.g. DE", column=1),
            Field("status", "Status", "choice", lambda: _statuses(ACCOUNT_STATUSES), column=1),
            Field("owner_id", "Owner", "choice", lambda: owner_choices(env), column=1),
            Field("notes", "Notes", "multiline", column=2),
        ]
        super().__init__(env, ACCOUNT, fields, detail, parent)
        self.finish()

    def to_input(self, values: dict[str, Any]) -> AccountInput:
        return AccountInput(**values, tag_ids=self.tags.selected())

    def record_label(self, values: dict[str, Any]) -> str:
        return values["name"].strip()
