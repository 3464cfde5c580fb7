"""The activity editor: every field of a task, call, meeting, email or note, saved through the undo stack.

It opens on an existing activity (edit) or on a prefilled `ActivityInput` (new; quick logging from a
record fills in the kind, the time and the links).
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, time, timedelta
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

    def set_dates_only(self, dates_only: bool) -> None:
        """Show the date alone (an all-day activity) or the date and time."""
        self.edit.setDisplayFormat("yyyy-MM-dd" if dates_only else "yyyy-MM-dd HH:mm")

    def set_day(self, when: datetime | None) -> None:
        """Show an all-day activity's day: its UTC date, the same in every zone."""
        self.enabled.setChecked(when is not None)
        if when is not None:
            self.edit.setDateTime(QDateTime(when.astimezone(UTC).replace(tzinfo=None)))


def whole_day(when: datetime | None, days_after: int = 0) -> datetime | None:
    """The day shown in the editor as 00:00 UTC (how all-day activities are kept), plus `days_after`."""
    if when is None:
        return None
    return datetime.combine(when.date() + timedelta(days=days_after), time(), tzinfo=UTC)


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
            Field("kind", self.tr("Kind"), "choice", lambda: [(k, label(k)) for k in KINDS]),
            Field("subject", self.tr("Subject *")),
            Field("all_day", self.tr("All day"), "bool"),
            Field("start_at", self.tr("Start"), "datetime"),
            Field("end_at", self.tr("End"), "datetime"),
            Field("location", self.tr("Location"), placeholder=self.tr("e.g. Acme HQ, room 4")),
            Field("due_at", self.tr("Due"), "datetime"),
            Field("reminder_at", self.tr("Remind me at"), "datetime"),
            Field("owner_id", self.tr("Assigned to"), "choice", lambda: owner_choices(env), column=1),
            Field(
                "priority",
                self.tr("Priority"),
                "choice",
                lambda: [(p, label(p)) for p in PRIORITIES],
                column=1,
            ),
            Field("progress", self.tr("Progress"), "percent", column=1),
            Field("done", self.tr("Done"), "bool", column=1),
            Field("is_milestone", self.tr("Milestone"), "bool", column=1),
            Field(
                "group_name", self.tr("Group / project"), placeholder=self.tr("e.g. Acme rollout"), column=1
            ),
            Field("body", self.tr("Notes"), "multiline", column=2),
        ]
        self.links: dict[str, uuid.UUID | None] = dict.fromkeys(LINK_FIELDS)
        self._done_at: datetime | None = None
        super().__init__(env, ACTIVITY, fields, None, parent)
        self.setObjectName("activityEditor")
        all_day = self.editor("all_day")
        assert isinstance(all_day, QCheckBox)
        all_day.toggled.connect(self._show_dates_only)
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
        self.link_search.setPlaceholderText(self.tr("Link to a contact, account or lead: type a name…"))
        self.link_search.opened.connect(self._link)
        self.unlink = QPushButton(self.tr("Unlink all"), objectName="unlinkButton")
        self.unlink.clicked.connect(self._unlink)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Regarding:")))
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
        if detail.all_day:  # the days as they are kept, the end as the last day (not the day after)
            self._time_edit("start_at").set_day(detail.start_at)
            end = detail.end_at - timedelta(days=1) if detail.end_at is not None else None
            self._time_edit("end_at").set_day(end)
        self._show_dates_only(bool(detail.all_day))
        self._done_at = detail.done_at
        self.links = {name: getattr(detail, name) for name in LINK_FIELDS}
        self._show_links(detail.regarding if isinstance(detail, ActivityDetail) else None)

    def _time_edit(self, name: str) -> OptionalDateTime:
        editor = self.editor(name)
        assert isinstance(editor, OptionalDateTime)
        return editor

    def _show_dates_only(self, all_day: bool) -> None:
        """An all-day activity has days, not times: its start and end show the date alone."""
        for name in ("start_at", "end_at"):
            self._time_edit(name).set_dates_only(all_day)

    def to_input(self, values: dict[str, Any]) -> ActivityInput:
        done_at = (self._done_at or datetime.now().astimezone()) if values.pop("done") else None
        if values["all_day"]:  # the shown days; the end is kept as the day after the last
            values["start_at"] = whole_day(values["start_at"])
            values["end_at"] = whole_day(values["end_at"], days_after=1)
        return ActivityInput(
            **values,
            **self.links,
            done_at=done_at,
            external_uid=self.detail.external_uid if self.detail else None,
        )

    def record_label(self, values: dict[str, Any]) -> str:
        return str(values["subject"]).strip()
