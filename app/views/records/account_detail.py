"""The right-hand pane of the Accounts page: an account's details, its contacts and its timeline."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtWidgets import QPushButton, QWidget

from app.services.core.changes import ChangeKind, ChangeSet
from app.services.core.errors import NotFoundError, RapportError
from app.services.records.accounts import AccountDetail
from app.views.common.columns import MEMBER_COLUMNS
from app.views.common.customer_value import CustomerValueTab
from app.views.common.env import ViewEnv
from app.views.common.formatting import label, money
from app.views.common.memory_table import MemoryTableModel
from app.views.common.style import icon
from app.views.common.table import Table
from app.views.records.detail_pane import RecordDetailPane, street_block

DETAIL_ROWS = (
    ("Website", "domain"),
    ("Industry", "industry"),
    ("Email", "email"),
    ("Phone", "phone_display"),
    ("Address", "address"),  # with the postal code and region
    ("City", "city"),
    ("Country", "country"),
    ("Annual revenue", "annual_revenue"),
    ("Employees", "employee_count"),
)
REFRESH_ON = (
    "account",
    "contact",
    "account_contact",
    "activity",
    "deal",
    "document",
    "lead",
    "tag",
    "user",
    "customer_status_event",
    "account_value",
)


class AccountDetailPane(RecordDetailPane):
    entity = "account"

    def __init__(self, env: ViewEnv, parent: QWidget | None = None) -> None:
        self.account: AccountDetail | None = None
        self.members = MemoryTableModel(MEMBER_COLUMNS, key=lambda m: m.contact_id)
        self.members_table = Table(self.members)
        self.members_table.setObjectName("accountContacts")
        super().__init__(
            env,
            DETAIL_ROWS,
            self.members_table,
            "Contacts",
            "Select an account to see its details, contacts and timeline.",
            parent,
        )
        self.members.setParent(self)
        self.members_table.activated.connect(self._open_member)
        schedule = QPushButton(icon("schedule"), self.tr("Schedule"), objectName="accountSchedule")
        schedule.setToolTip(self.tr("The Gantt of this account's tasks and its deals' tasks"))
        schedule.clicked.connect(
            lambda: self.account and self.env.open_record("account_schedule", self.account.id)
        )
        self.add_button(schedule)
        # status, RFM, engagement, purchases and suggestions: read only while the tab is shown
        self.value_tab = CustomerValueTab(env)
        self.tabs.addTab(self.value_tab, self.tr("Value"))
        self._value_of: uuid.UUID | None = None
        self.tabs.currentChanged.connect(lambda _i: self._load_value())
        self.finish_head()
        env.relay.changed.connect(self.on_changes)

    def show_account(self, account_id: uuid.UUID | None) -> None:
        if account_id is None:
            self.account = None
            self.show_empty()
            return
        try:
            account = self.env.ctx.accounts.get(account_id)
            timeline = self.env.ctx.timeline.for_account(account_id)
        except NotFoundError:
            self.show_account(None)
            return
        except RapportError as exc:
            self.env.error(str(exc))
            return
        self.account = account
        self._fill(account)
        self.members.set_rows(account.contacts)
        self.show_filled(account.id, len(account.contacts), "Contacts", timeline)
        self._value_of = None
        self._load_value()

    def _load_value(self) -> None:
        if self.tabs.currentWidget() is self.value_tab and self.account and self._value_of != self.account.id:
            self._value_of = self.account.id
            self.value_tab.show_account(self.account.id)

    def _fill(self, a: AccountDetail) -> None:
        self.title.setText(a.name)
        where = ", ".join(x for x in (a.city, a.country) if x)
        self.subtitle.setText(" · ".join(x for x in (label(a.status), a.industry, where) if x))
        for key in dict(DETAIL_ROWS).values():
            self.values[key].setText(str(getattr(a, key) or "—"))
        self.values["address"].setText(street_block(a.address, a.postal_code, a.region) or "—")
        revenue = a.annual_revenue
        self.values["annual_revenue"].setText(
            money(revenue, a.annual_revenue_currency) if revenue is not None else "—"
        )
        self.fill_common(a.owner_id, a.tag_ids, a.notes, a.created_at, a.updated_at)

    def _open_member(self, index: Any) -> None:
        member = self.members.item(index.row())
        if member is not None:
            self.env.open_record("contact", member.contact_id)

    def on_changes(self, changes: ChangeSet) -> None:
        if self.account is None or not changes.touches(*REFRESH_ON):
            return
        gone = any(
            c.entity == "account"
            and c.kind in (ChangeKind.DELETED, ChangeKind.PURGED)
            and self.account.id in c.ids
            for c in changes.changes
        )
        self.show_account(None if gone else self.account.id)
