"""The segment builder: a name, AND/OR groups of conditions, and the live count of matching records."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QScrollArea, QWidget

from app.services.core.errors import RapportError, ValidationError
from app.services.segments.service import SegmentDetail, SegmentInput
from app.views.common.background import Latest
from app.views.common.env import SEGMENT, ViewEnv
from app.views.common.form_dialog import Field, FormDialog
from app.views.segments.criteria_editor import CriteriaEditor

NOUNS = {"contact": "contacts", "account": "accounts", "lead": "leads"}


class SegmentBuilder(FormDialog):
    """New or edit; saving goes through the undo stack like any record editor."""

    def __init__(
        self, env: ViewEnv, entity: str, detail: SegmentDetail | None, parent: QWidget | None
    ) -> None:
        self.entity = entity
        fields = [
            Field("name", self.tr("Name"), placeholder=self.tr("e.g. German customers")),
            Field("description", self.tr("Description"), column=1),
        ]
        super().__init__(env, SEGMENT, fields, detail, parent)
        self.setWindowTitle(
            self.tr("{v0} segment of {v1}").format(v0="Edit" if detail else "New", v1=NOUNS[entity])
        )
        self.setMinimumSize(900, 520)
        self.criteria = CriteriaEditor(env.ctx.segments.fields(entity), env.ctx.lookups.tags())
        self.criteria.setObjectName("criteriaEditor")
        scroll = QScrollArea(widgetResizable=True)
        scroll.setWidget(self.criteria)
        self.extra.addWidget(scroll, 1)
        self.count_label = QLabel(objectName="liveCount", wordWrap=True)
        self.extra.addWidget(self.count_label)
        # the count runs off the GUI thread (an unindexed segment takes a second at a million rows);
        # a newer edit supersedes a count still running
        self.counter = Latest(self)
        self.counter.done.connect(self._show_count)
        self.counter.failed.connect(self._show_problem)
        self.timer = QTimer(self, singleShot=True, interval=250)
        self.timer.timeout.connect(self.update_count)
        self.criteria.changed.connect(self.timer.start)
        if detail is not None:
            self.criteria.set_tree(detail.criteria)
        else:
            self.criteria.root.add_condition()
        self.update_count()

    def update_count(self) -> None:
        """Count the records the criteria select now (also before saving); the label follows when done."""
        self.counter.submit(self.env.ctx.segments.count_criteria, self.entity, self.criteria.tree())

    def _show_problem(self, exc: object) -> None:
        if isinstance(exc, ValidationError):
            self.count_label.setText("Not complete yet: " + "; ".join(e.message for e in exc.errors))
            self.count_label.setProperty("invalid", True)
        elif isinstance(exc, RapportError):
            self.count_label.setText(str(exc))
        else:
            raise exc  # type: ignore[misc]  # a bug, not a refusal: let it surface

    def _show_count(self, count: int) -> None:
        self.count_label.setProperty("invalid", False)
        noun = NOUNS[self.entity] if count != 1 else NOUNS[self.entity][:-1]
        self.count_label.setText(self.tr("{count:,} {noun} match").format(count=count, noun=noun))

    def to_input(self, values: dict[str, Any]) -> SegmentInput:
        return SegmentInput(values["name"], self.entity, self.criteria.tree(), values["description"])

    def record_label(self, values: dict[str, Any]) -> str:
        return str(values["name"]).strip()
