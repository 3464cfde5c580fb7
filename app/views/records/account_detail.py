"""The right-hand pane of the Accounts page: an account's details, its contacts and its timeline."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.services.core.changes import ChangeKind, ChangeSet
from app.services.core.errors import NotFoundError, RapportError
from app.services.records.accounts import AccountDetail
from app.views.common.columns import MEMBER_COLUMNS
from app.views.common.env import ViewEnv
from app.views.common.formatting import label, short_datetime
from app.views.common.memory_table import MemoryTableModel
from app.views.common.style import icon
from app.views.common.table import Table
from app.views.records.timeline_view import TimelineView

DETAIL_ROWS = (
    ("Website", "domain"),
    ("Industry", "industry"),
    ("Email", "email"),
    ("Phone", "phone_display"),
    ("Address", "address"),
    ("City", "city"),
    ("Country", "country"),
)
REFRESH_ON = ("account", "contact", "account_contact", "activity", "deal", "tag", "user")


class AccountDetailPane(QWidget):
    editRequested = Signal(object)
    deleteRequested = Signal(object)

    def __init__(self, env: ViewEnv, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.env = env
        self.account: AccountDetail | None = None
        self.setObjectName("detailPane")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setMinimumWidth(380)
        self.title = QLabel(objectName="paneTitle", wordWrap=True)
        self.subtitle = QLabel(objectName="paneSubtitle", wordWrap=True)
        edit = QPushButton(icon("edit"), "Edit")
        edit.clicked.connect(lambda: self.account and self.editRequested.emit(self.account.id))
        delete = QPushButton(icon("trash"), "Delete")
        delete.setProperty("danger", True)
        delete.clicked.connect(lambda: self.account and self.deleteRequested.emit(self.account.id))
        head = QHBoxLayout()
        names = QVBoxLayout()
        names.addWidget(self.title)
        names.addWidget(self.subtitle)
        head.addLayout(names, 1)
        schedule = QPushButton(icon("schedule"), "Schedule", objectName="accountSchedule")
        schedule.setToolTip("The Gantt of this account's tasks and its deals' tasks")
        schedule.clicked.connect(
            lambda: self.account and self.env.open_record("account_schedule", self.account.id)
        )
        head.addWidget(edit, 0, Qt.AlignmentFlag.AlignTop)
        head.addWidget(schedule, 0, Qt.AlignmentFlag.AlignTop)
        head.addWidget(delete, 0, Qt.AlignmentFlag.AlignTop)

        self.details = QWidget()
        self.form = QFormLayout(self.details)
        self.form.setVerticalSpacing(8)
        self.values: dict[str, QLabel] = {}
        for caption, key in (
            *DETAIL_ROWS,
            ("Owner", "owner"),
            ("Tags", "tags"),
            ("Notes", "notes"),
            ("Created", "created"),
            ("Updated", "updated"),
        ):
            value = QLabel(wordWrap=True, textInteractionFlags=Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setObjectName(f"detail_{key}")
            self.values[key] = value
            self.form.addRow(f"{caption}:", value)
        self.members = MemoryTableModel(MEMBER_COLUMNS, key=lambda m: m.contact_id, parent=self)
        self.members_table = Table(self.members)
        self.members_table.setObjectName("accountContacts")
        self.members_table.activated.connect(self._open_member)
        self.timeline = TimelineView()
        self.tabs = QTabWidget()
        self.tabs.addTab(self.details, "Details")
        self.tabs.addTab(self.members_table, "Contacts")
        self.tabs.addTab(self.timeline, "Timeline")

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(16, 14, 16, 12)
        layout.addLayout(head)
        layout.addWidget(self.tabs, 1)
        self.placeholder = QLabel(
            "Select an account to see its details, contacts and timeline.",
            objectName="emptyState",
            alignment=Qt.AlignmentFlag.AlignCenter,
            wordWrap=True,
        )
        self.stack = QStackedWidget()
        self.stack.addWidget(self.placeholder)
        self.stack.addWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)
        env.relay.changed.connect(self.on_changes)

    def show_account(self, account_id: uuid.UUID | None) -> None:
        if account_id is None:
            self.account = None
            self.stack.setCurrentWidget(self.placeholder)
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
        self.timeline.set_items(timeline)
        self.tabs.setTabText(1, f"Contacts ({len(account.contacts)})")
        self.tabs.setTabText(2, f"Timeline ({len(timeline)})")
        self.stack.setCurrentIndex(1)

    def _fill(self, a: AccountDetail) -> None:
        self.title.setText(a.name)
        where = ", ".join(x for x in (a.city, a.country) if x)
        self.subtitle.setText(" · ".join(x for x in (label(a.status), a.industry, where) if x))
        for key in dict(DETAIL_ROWS).values():
            self.values[key].setText(str(getattr(a, key) or "—"))
        users = {u.id: u.name for u in self.env.ctx.lookups.users()}
        tags = {t.id: t.name for t in self.env.ctx.lookups.tags()}
        self.values["owner"].setText(users.get(a.owner_id, "—") if a.owner_id else "—")
        self.values["tags"].setText(", ".join(tags.get(t, "?") for t in a.tag_ids) or "—")
        self.values["notes"].setText(a.notes or "—")
        self.values["created"].setText(short_datetime(a.created_at))
        self.values["updated"].setText(short_datetime(a.updated_at))

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
