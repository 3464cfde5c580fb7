"""The activity editor: every field of a task, call, meeting, email or note, saved through the undo stack.

It opens on an existing activity (edit) or on a prefilled `ActivityInput` (new; quick logging from a
record fills in the kind, the time and the links).
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from app.services.scheduling.activities import KINDS, PRIORITIES, ActivityDetail, ActivityInput
from app.views.common.env import ACTIVITY, ViewEnv
from app.views.common.form_dialog import Field, FormDialog, find_data, owner_choices
from app.views.common.formatting import label
from app.views.common.search_box import GlobalSearch

LINK_FIELDS = ("account_id", "contact_id", "lead_id", "deal_id")


class OptionalDateTime(QWidget):
    """A date and time that may be absent: a checkbox turns it on; shown and edited in local time."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.enabled = QCheckBox()
        self.edit = QDateTimeEdit(calendarPopup=True)
        self.edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.edit.setDateTime(QDateTime.currentDateTime())
        self.edit.setEnabled(False)
        self.enabled.toggled.connect(self.edit.setEnabled)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.enabled)
        layout.addWidget(self.edit, 1)

    def value(self) -> datetime | None:
        if not self.enabled.isChecked():
            return None
        local: datetime = self.edit.dateTime().toPython()
        return local.replace(second=0, microsecond=0).astimezone()  # naive local -> aware

    def set_value(self, when: datetime | None) -> None:
        self.enabled.setChecked(when is not None)
        if when is not None:
            self.edit.setDateTime(QDateTime(when.astimezone().replace(tzinfo=None)))


class ActivityEditor(FormDialog):
    def __init__(
        self,
        env: ViewEnv,
        detail: ActivityDetail | None = None,
        parent: QWidget | None = None,
        prefill: ActivityInput | None = None,
        title: str = "",
    ) -> None:
        fields = [
            Field("kind", "Kind", "choice", lambda: [(k, label(k)) for k in KINDS]),
            Field("subject", "Subject *"),
            Field("start_at", "Start", "datetime"),
            Field("end_at", "End", "datetime"),
            Field("due_at", "Due", "datetime"),
            Field("reminder_at", "Remind me at", "datetime"),
            Field("owner_id", "Assigned to", "choice", lambda: owner_choices(env), column=1),
            Field("priority", "Priority", "choice", lambda: [(p, label(p)) for p in PRIORITIES], column=1),
            Field("progress", "Progress", "percent", column=1),
            Field("done", "Done", "bool", column=1),
            Field("is_milestone", "Milestone", "bool", column=1),
            Field("group_name", "Group / project", placeholder="e.g. Acme rollout", column=1),
            Field("body", "Notes", "multiline", column=2),
        ]
        self.links: dict[str, uuid.UUID | None] = dict.fromkeys(LINK_FIELDS)
        self._done_at: datetime | None = None
        super().__init__(env, ACTIVITY, fields, None, parent)
        self.setObjectName("activityEditor")
        self._build_links(env)
        self.detail = detail
        start = (
            detail
            or prefill
            or ActivityInput(owner_id=env.ctx.current_user.id if env.ctx.current_user else None)
        )
        self.load(start)
        if title:
            self.setWindowTitle(title)
        self.editor("subject").setFocus()

    def _build_links(self, env: ViewEnv) -> None:
        self.regarding = QLabel(objectName="regarding", wordWrap=True)
        self.link_search = GlobalSearch(env.ctx)
        self.link_search.setObjectName("linkSearch")
        self.link_search.setPlaceholderText("Link to a contact, account or lead: type a name…")
        self.link_search.opened.connect(self._link)
        self.unlink = QPushButton("Unlink all", objectName="unlinkButton")
        self.unlink.clicked.connect(self._unlink)
        row = QHBoxLayout()
        row.addWidget(QLabel("Regarding:"))
        row.addWidget(self.regarding, 1)
        row.addWidget(self.link_search, 1)
        row.addWidget(self.unlink)
        self.extra.addLayout(row)

    def _link(self, entity: str, record_id: Any) -> None:
        links = self.env.ctx.activities.links_for(entity, record_id)
        self.links.update({k: v for k, v in links.items() if v is not None})
        self._show_links(None)

    def _unlink(self) -> None:
        self.links = dict.fromkeys(LINK_FIELDS)
        self._show_links("")

    def _show_links(self, text: str | None) -> None:
        if text is None:  # a new link: ask the service for the names
            text = self.env.ctx.activities.describe_links(self.links)
        self.regarding.setText(text or "(nothing)")

    # --- the FormDialog hooks for our extra field kinds ----------------------------------------------
    def _editor(self, spec: Field) -> QWidget:
        if spec.kind == "datetime":
            editor: QWidget = OptionalDateTime()
        elif spec.kind == "percent":
            editor = QSpinBox(minimum=0, maximum=100, suffix=" %")
        elif spec.kind == "bool":
            editor = QCheckBox()
        else:
            return super()._editor(spec)
        editor.setObjectName(spec.name)
        return editor

    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for name, field in self.fields.items():
            editor = field.editor
            if isinstance(editor, (OptionalDateTime, QSpinBox)):
                out[name] = editor.value()
            elif isinstance(editor, QCheckBox):
                out[name] = editor.isChecked()
            elif isinstance(editor, QComboBox):
                out[name] = editor.currentData()
            elif isinstance(editor, QPlainTextEdit):
                out[name] = editor.toPlainText()
            elif isinstance(editor, QLineEdit):
                out[name] = editor.text()
        return out

    def load(self, detail: Any) -> None:
        """Fill the fields from an ActivityDetail or a prefilled ActivityInput."""
        for name, field in self.fields.items():
            editor = field.editor
            value = getattr(detail, name, None)
            if isinstance(editor, OptionalDateTime):
                editor.set_value(value)
            elif isinstance(editor, QSpinBox):
                editor.setValue(int(value or 0))
            elif isinstance(editor, QCheckBox):
                editor.setChecked(bool(detail.done_at) if name == "done" else bool(value))
            elif isinstance(editor, QComboBox):
                editor.setCurrentIndex(max(find_data(editor, value), 0))
            elif isinstance(editor, QPlainTextEdit):
                editor.setPlainText(value or "")
            elif isinstance(editor, QLineEdit):
                editor.setText(str(value or ""))
        self._done_at = detail.done_at
        self.links = {name: getattr(detail, name) for name in LINK_FIELDS}
        self._show_links(detail.regarding if isinstance(detail, ActivityDetail) else None)

    def to_input(self, values: dict[str, Any]) -> ActivityInput:
        done_at = (self._done_at or datetime.now().astimezone()) if values.pop("done") else None
        return ActivityInput(
            **values,
            **self.links,
            done_at=done_at,
            external_uid=self.detail.external_uid if self.detail else None,
        )

    def record_label(self, values: dict[str, Any]) -> str:
        return str(values["subject"]).strip()
