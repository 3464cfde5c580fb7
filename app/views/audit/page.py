"""The Audit page: who changed what and when, newest first; filter by person, record type and dates.

Entries are read a page at a time as the table scrolls (AuditModel, keyset paging on the log's key), so a
log of millions opens as fast as a short one. Double-click opens the record the entry is about.
"""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.core.changes import ChangeSet
from app.services.core.errors import RapportError
from app.services.records.audit_log import AuditQuery, AuditRow
from app.views.common.audit_model import COLUMNS, AuditModel
from app.views.common.date_edit import OptionalDateEdit
from app.views.common.env import ViewEnv
from app.views.common.form_dialog import fill_assignees

OPENABLE = ("contact", "account", "lead", "deal", "activity")


class AuditPage(QWidget):
    """Has what the main window asks of a page (countChanged, status_text, state, refresh ...)."""

    countChanged = Signal(int)
    title = QT_TRANSLATE_NOOP("labels", "Audit")
    settings_key = "audit"

    def __init__(self, env: ViewEnv, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.env = env
        self.setObjectName("page_audit")
        self._stale = True
        self.model = AuditModel(parent=self)
        self.table = QTableView(objectName="auditTable", accessibleName=self.tr("Audit entries"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        for column, (_title, _value, width) in enumerate(COLUMNS):
            self.table.setColumnWidth(column, width)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.activated.connect(lambda index: self._open_row(index.row()))
        self.person = QComboBox(objectName="auditPerson")
        self.kind = QComboBox(objectName="auditType")
        self.kind.addItem(self.tr("All records"), None)
        for name in env.ctx.audit_log.record_types():
            self.kind.addItem(
                f"{name.capitalize()}s" if not name.endswith("y") else f"{name[:-1]}ies".capitalize(), name
            )
        self.since = OptionalDateEdit(empty_text="Any day")
        self.since.setObjectName("auditSince")
        self.since.setAccessibleName(self.tr("Changes since"))
        self.until = OptionalDateEdit(empty_text="Any day")
        self.until.setObjectName("auditUntil")
        self.until.setAccessibleName(self.tr("Changes until"))
        for box in (self.person, self.kind):
            box.currentIndexChanged.connect(lambda _i: self.refresh())
        for edit in (self.since, self.until):
            edit.dateChanged.connect(lambda _d: self.refresh())
        heading = QLabel(self.tr("Audit"), objectName="pageTitle")
        filters = QHBoxLayout()
        for text, widget in (
            ("Person", self.person),
            ("Records", self.kind),
            ("From", self.since),
            ("To", self.until),
        ):
            filters.addWidget(QLabel(text))
            filters.addWidget(widget)
        filters.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        env.relay.changed.connect(self.on_changes)

    # --- filters --------------------------------------------------------------------------------------
    def query(self) -> AuditQuery:
        since, until = self.since.value(), self.until.value()
        return AuditQuery(
            user_id=self.person.currentData(),
            entity=self.kind.currentData(),
            since=datetime.combine(since, time.min).astimezone(UTC) if since else None,
            until=datetime.combine(until + timedelta(days=1), time.min).astimezone(UTC) if until else None,
        )

    def refresh(self) -> None:
        if self.person.count() == 0:
            fill_assignees(self.person, self.env, None, None)
        query = self.query()
        service = self.env.ctx.audit_log

        def fetch(last: AuditRow | None, limit: int) -> list[AuditRow]:
            try:
                return service.page(query, after=last.id if last else None, limit=limit)
            except RapportError as exc:
                self.env.error(self.tr("Could not read the audit log: {exc}").format(exc=exc))
                return []

        self._stale = False
        self.model.reload(fetch)
        self.countChanged.emit(self.model.rowCount())

    def on_changes(self, changes: ChangeSet) -> None:
        """Every write is audited: refresh when shown, else note it for the next showing."""
        self._stale = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    # --- what the main window asks of a page --------------------------------------------------------
    def status_text(self) -> str:
        shown = self.model.rowCount()
        more = "+" if self.model.canFetchMore(self.model.index(-1, -1)) else ""
        return f"{shown:,}{more} audit entries" if shown != 1 else "1 audit entry"

    def save_state(self, settings: QSettings) -> None:
        settings.setValue("audit/header", self.table.horizontalHeader().saveState())

    def restore_state(self, settings: QSettings) -> None:
        state = settings.value("audit/header")
        if state is not None:
            self.table.horizontalHeader().restoreState(state)

    def selected_items(self) -> list[AuditRow]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [r for r in (self.model.item(row) for row in rows) if r is not None]

    def _open_current(self) -> None:
        self._open_row(self.table.currentIndex().row())

    def _open_row(self, row: int) -> None:
        entry = self.model.item(row)
        if entry is not None and entry.entity in OPENABLE:
            self.env.open_record(entry.entity, entry.entity_id)

    def open_id(self, record_id: Any) -> None:
        """Nothing to open by id here: the log is not a list of records."""

    def new_record(self) -> None:
        """The log is written by every save, never by hand."""

    def delete_selected(self) -> None:
        """Audit entries cannot be deleted."""

    def keyPressEvent(self, event: Any) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._open_current()
            return
        super().keyPressEvent(event)
