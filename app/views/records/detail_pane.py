"""What the right-hand panes of the Accounts and Contacts pages share: a heading with Edit and Delete,
a Details tab of labelled values, a tab of related records and the record's own timeline."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.views.common.audit_model import COLUMNS as HISTORY_COLUMNS
from app.views.common.audit_model import AuditModel
from app.views.common.env import ViewEnv
from app.views.common.formatting import short_datetime
from app.views.common.style import icon
from app.views.records.timeline_view import TimelineView

DETAILS_TAB, RELATED_TAB, TIMELINE_TAB = 0, 1, 2
COMPACT_BELOW = 420  # pane width (px) under which the heading's buttons drop their text
COMMON_ROWS = (
    ("Owner", "owner"),
    ("Tags", "tags"),
    ("Notes", "notes"),
    ("Created", "created"),
    ("Updated", "updated"),
)


class RecordDetailPane(QWidget):
    """A pane showing one record: subclasses add the related tab and fill the values."""

    editRequested = Signal(object)
    deleteRequested = Signal(object)

    def __init__(
        self,
        env: ViewEnv,
        rows: Sequence[tuple[str, str]],
        related: QWidget,
        related_title: str,
        placeholder: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.env = env
        self.record_id: uuid.UUID | None = None
        self.setObjectName("detailPane")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setMinimumWidth(340)
        self.title = QLabel(objectName="paneTitle", wordWrap=True)
        self.subtitle = QLabel(objectName="paneSubtitle", wordWrap=True)
        self.head_buttons: list[QPushButton] = []
        self.head = QHBoxLayout()  # the name, then the buttons at their full width; the subtitle below
        self.head.addWidget(self.title, 1, Qt.AlignmentFlag.AlignTop)
        self.edit_button = self.add_button(QPushButton(icon("edit"), self.tr("Edit"), objectName="paneEdit"))
        self.edit_button.clicked.connect(lambda: self.record_id and self.editRequested.emit(self.record_id))
        self.delete_button = QPushButton(icon("trash"), self.tr("Delete"), objectName="paneDelete")
        self.delete_button.setProperty("danger", True)
        self.delete_button.clicked.connect(
            lambda: self.record_id and self.deleteRequested.emit(self.record_id)
        )

        self.details = QWidget()
        self.form = QFormLayout(self.details)
        self.form.setVerticalSpacing(8)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.values: dict[str, QLabel] = {}
        for caption, key in (*rows, *COMMON_ROWS):
            value = QLabel(wordWrap=True, textInteractionFlags=Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setObjectName(f"detail_{key}")
            # a long email has no space to wrap at: cut it at the pane's edge rather than scroll sideways
            value.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            self.values[key] = value
            self.form.addRow(f"{caption}:", value)
        scroll = QScrollArea(widgetResizable=True, frameShape=QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.details)
        self.timeline = TimelineView()
        self.timeline.opened.connect(env.open_record)
        self.tabs = QTabWidget()
        self.tabs.addTab(scroll, self.tr("Details"))
        self.tabs.addTab(related, related_title)
        self.tabs.addTab(self.timeline, self.tr("Timeline"))
        self.history = AuditModel(parent=self)
        self.history_table = QTableView(objectName="recordHistory")
        self.history_table.setModel(self.history)
        self.history_table.verticalHeader().hide()
        self.history_table.setWordWrap(False)
        self.history_table.horizontalHeader().setStretchLastSection(True)
        for column in (2, 3):  # the type and name of the record: this one
            self.history_table.setColumnHidden(column, True)
        for column, (_title, _value, width) in enumerate(HISTORY_COLUMNS):
            self.history_table.setColumnWidth(column, min(width, 120))
        self._history_of: uuid.UUID | None = None
        self.tabs.addTab(self.history_table, self.tr("History"))
        self.tabs.currentChanged.connect(lambda _i: self._load_history())

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(16, 14, 16, 12)
        layout.addLayout(self.head)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.tabs, 1)
        self.placeholder = QLabel(
            placeholder, objectName="emptyState", alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True
        )
        self.stack = QStackedWidget()
        self.stack.addWidget(self.placeholder)
        self.stack.addWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)

    def add_button(self, button: QPushButton) -> QPushButton:
        """A button in the heading, after the ones already there (Delete is added last by `finish_head`)."""
        button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)  # never clipped to "Schedu"
        button.setProperty("fullText", button.text())
        button.setToolTip(button.toolTip() or button.text())
        self.head.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        self.head_buttons.append(button)
        return button

    def resizeEvent(self, event: Any) -> None:
        """In a narrow pane the heading's buttons show their icons only (their names stay as tooltips)."""
        super().resizeEvent(event)
        narrow = self.width() < COMPACT_BELOW
        for button in self.head_buttons:
            button.setText("" if narrow else button.property("fullText"))

    def finish_head(self) -> None:
        self.add_button(self.delete_button)

    def show_empty(self) -> None:
        self.record_id = None
        self.stack.setCurrentWidget(self.placeholder)

    def show_filled(
        self, record_id: uuid.UUID, related: int, related_title: str, timeline: list[Any]
    ) -> None:
        self.record_id = record_id
        for value in self.values.values():
            value.setToolTip(value.text() if len(value.text()) > 30 else "")  # the whole of a cut value
        self.timeline.set_items(timeline)
        self.tabs.setTabText(RELATED_TAB, f"{related_title} ({related})")
        self.tabs.setTabText(TIMELINE_TAB, self.tr("Timeline ({v0})").format(v0=len(timeline)))
        self.stack.setCurrentIndex(1)
        self._history_of = None  # read again when the History tab is (or is next) shown
        self._load_history()

    entity = ""  # the record type, for its History tab (subclasses)

    def _load_history(self) -> None:
        """The record's field history, newest first; read only while its tab is shown."""
        if self.tabs.currentWidget() is not self.history_table or self.record_id in (None, self._history_of):
            return
        record_id, entity, service = self.record_id, self.entity, self.env.ctx.audit_log
        self._history_of = record_id
        self.history.reload(
            lambda last, limit: [] if last is not None else service.history(entity, record_id, limit)
        )

    def fill_common(
        self, owner_id: Any, tag_ids: Sequence[Any], notes: str, created: datetime, updated: datetime
    ) -> None:
        users = {u.id: u.name for u in self.env.ctx.lookups.users()}
        tags = {t.id: t.name for t in self.env.ctx.lookups.tags()}
        self.values["owner"].setText(users.get(owner_id, "—") if owner_id else "—")
        self.values["tags"].setText(", ".join(tags.get(t, "?") for t in tag_ids) or "—")
        self.values["notes"].setText(notes or "—")
        self.values["created"].setText(short_datetime(created))
        self.values["updated"].setText(short_datetime(updated))


def street_block(street: str, postal_code: str, region: str) -> str:
    """The street lines, then postal code and region (city and country have rows of their own)."""
    lines = [*street.splitlines(), " ".join(x.strip() for x in (postal_code, region) if x.strip())]
    return "\n".join(x.strip() for x in lines if x.strip())
