"""The contact and account editors: which fields, and how their values become service inputs."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QPushButton, QWidget

from app.services.core.errors import ValidationError
from app.services.core.locale_format import LANGUAGES
from app.services.records.accounts import ACCOUNT_STATUSES, AccountDetail, AccountInput
from app.services.records.contacts import ContactDetail, ContactInput
from app.views.common.date_edit import iso_day
from app.views.common.env import ACCOUNT, CONTACT, ViewEnv
from app.views.common.field_error import FieldWithError
from app.views.common.field_messages import human_message
from app.views.common.form_dialog import Field, address_fields, owner_choices
from app.views.common.formatting import CONTACT_STATUSES, label
from app.views.common.live_validation import LiveValidation
from app.views.common.search_box import AccountPicker
from app.views.common.table import Table
from app.views.lists.tagged_editor import TaggedEditor
from app.views.records.editor_fit import scroll_fields
from app.views.records.memberships import MembershipModel


def _statuses(values: tuple[str, ...]) -> list[tuple[Any, str]]:
    return [(v, label(v)) for v in values]


def document_languages() -> list[tuple[Any, str]]:
    """The languages quotes and orders can be printed in; '' follows the customer's country."""
    return [("", "Automatic (by country)"), *LANGUAGES.items()]


class RecordEditor(TaggedEditor):
    """A contact or account editor: fits a laptop screen, and checks each field as it is typed and left."""

    def __init__(self, env: ViewEnv, kind: Any, fields: list[Field], detail: Any, parent: QWidget | None):
        self.labels = {f.name: f.label for f in fields} | {"memberships": "accounts"}
        super().__init__(env, kind, fields, detail, parent)

    side_by_side = False  # notes and custom fields beside the tags (and accounts), not above them

    def finish(self) -> None:
        super().finish()
        if self.custom_form is not None:
            self.labels |= {d.name: d.label for d in self.custom_form.defs}
        self.fields_scroll = scroll_fields(self, self.body, self.side_by_side)
        self.live = LiveValidation(
            self, self.kind.service(self.env.ctx).validate, self.labels, ("memberships",)
        )

    def show_errors(self, error: ValidationError) -> None:
        """The service's errors, worded for the field they sit under; the first one scrolled into view."""
        super().show_errors(error)
        self.live.save_tried = True
        shown = {**self.fields, **self.extra_fields}
        for name, field in shown.items():
            if field.error:
                field.set_error(human_message(field.error, self.labels.get(name, name)))
        first = next((f for f in shown.values() if f.error), None)
        if first is not None:
            self.fields_scroll.ensureWidgetVisible(first)


class ContactEditor(RecordEditor):
    first_field = "first_name"
    side_by_side = True

    def __init__(self, env: ViewEnv, detail: ContactDetail | None = None, parent: QWidget | None = None):
        fields = [
            Field("salutation", self.tr("Salutation"), placeholder=self.tr("e.g. Dr., Ms")),
            Field("first_name", self.tr("First name")),
            Field("last_name", self.tr("Last name *")),
            Field("email", self.tr("Email"), placeholder=self.tr("name@example.com")),
            Field("phone", self.tr("Phone"), placeholder="+49 30 1234567"),
            Field("other_email", self.tr("Other email")),
            Field("other_phone", self.tr("Other phone")),
            Field("birthday", self.tr("Birthday"), "date"),
            Field("title", self.tr("Job title"), column=1),
            Field("status", self.tr("Status"), "choice", lambda: _statuses(CONTACT_STATUSES), column=1),
            Field("owner_id", self.tr("Owner"), "choice", lambda: owner_choices(env), column=1),
            *address_fields("street"),
            Field("notes", self.tr("Notes"), "multiline", column=2),
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
        header = self.membership_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # no sideways scrolling in its column
        header.resizeSection(1, 120)
        self.setMinimumWidth(860)  # two columns below the fields as well (fits a 1024-px-wide screen)
        self.picker = AccountPicker(env.ctx)
        self.picker.picked.connect(self.add_account)
        remove = QPushButton(self.tr("Remove"))
        remove.setObjectName("removeMembership")
        remove.clicked.connect(self.remove_selected_membership)
        row = QHBoxLayout()
        row.addWidget(self.picker, 1)
        row.addWidget(remove)
        accounts = QLabel(
            self.tr("Accounts (double-click a role to edit it; tick the primary account)"), wordWrap=True
        )
        self.extra.addWidget(accounts)
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
        values = {**values, "birthday": iso_day(values["birthday"])}
        return ContactInput(**values, memberships=self.memberships.inputs(), tag_ids=self.tags.selected())

    def record_label(self, values: dict[str, Any]) -> str:
        return f"{values['first_name']} {values['last_name']}".strip()


class AccountEditor(RecordEditor):
    first_field = "name"

    def __init__(self, env: ViewEnv, detail: AccountDetail | None = None, parent: QWidget | None = None):
        fields = [
            Field("name", self.tr("Name *")),
            Field("domain", self.tr("Website"), placeholder=self.tr("example.com")),
            Field("industry", self.tr("Industry")),
            Field("email", self.tr("Email"), placeholder=self.tr("info@example.com")),
            Field("phone", self.tr("Phone")),
            Field("annual_revenue", self.tr("Annual revenue"), placeholder=self.tr("e.g. 1,250,000")),
            Field("annual_revenue_currency", self.tr("Revenue currency"), placeholder=self.tr("e.g. EUR")),
            Field("employee_count", self.tr("Employees"), placeholder=self.tr("e.g. 250")),
            Field("status", self.tr("Status"), "choice", lambda: _statuses(ACCOUNT_STATUSES), column=1),
            Field("owner_id", self.tr("Owner"), "choice", lambda: owner_choices(env), column=1),
            Field("language", self.tr("Documents in"), "choice", document_languages, column=1),
            *address_fields("address"),
            Field("notes", self.tr("Notes"), "multiline", column=2),
        ]
        super().__init__(env, ACCOUNT, fields, detail, parent)
        self.finish()

    def to_input(self, values: dict[str, Any]) -> AccountInput:
        return AccountInput(**values, tag_ids=self.tags.selected())

    def record_label(self, values: dict[str, Any]) -> str:
        return values["name"].strip()
