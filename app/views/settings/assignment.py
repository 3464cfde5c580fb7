"""Settings > Users and teams, "New leads and accounts": the office's standing owner rule (by territory,
or round-robin in a team) for records created without an owner; no automation rule to write."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from app.services.automation.default_owner import NewRecordAssignment
from app.services.core.errors import RapportError, ValidationError
from app.views.common.env import ViewEnv


class AssignmentBox(QGroupBox):
    """Choose and save the rule; a refusal (a team with no active member) is said beside it."""

    def __init__(self, env: ViewEnv, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.env = env
        self.setTitle(self.tr("New leads and accounts without an owner"))
        self.setObjectName("assignment")
        self.by = QComboBox(objectName="assignBy")
        self.by.setAccessibleName(self.tr("Owner of a new record without one"))
        self.by.addItem(self.tr("the person who creates it"), ("", None))
        self.by.addItem(self.tr("by territory: its users in turn"), ("territory", None))
        for team_id, name in env.ctx.users.teams():
            self.by.addItem(self.tr("in turn among team {0}").format(name), ("team", team_id))
        self.leads = QCheckBox(self.tr("&Leads"), objectName="assignLeads")
        self.accounts = QCheckBox(self.tr("A&ccounts"), objectName="assignAccounts")
        for box, label in (
            (self.leads, self.tr("Assign new leads")),
            (self.accounts, self.tr("Assign new accounts")),
        ):
            box.setAccessibleName(label)
        self.save_button = QPushButton(self.tr("&Save rule"), objectName="saveAssignment")
        self.save_button.setAccessibleName(self.tr("Save the assignment rule"))
        self.save_button.clicked.connect(self.save)
        self.message = QLabel(objectName="assignMessage", wordWrap=True)
        kinds = QHBoxLayout()
        kinds.addWidget(self.leads)
        kinds.addWidget(self.accounts)
        kinds.addStretch(1)
        kinds.addWidget(self.save_button)
        form = QFormLayout(self)
        form.addRow(self.tr("&Owner"), self.by)
        form.addRow(self.tr("For"), kinds)
        form.addRow(self.message)
        self.load()

    def load(self) -> None:
        rule = self.env.ctx.assignment.get()
        wanted = (rule.by, rule.team_id if rule.by == "team" else None)
        index = next((i for i in range(self.by.count()) if tuple(self.by.itemData(i)) == wanted), 0)
        self.by.setCurrentIndex(index)
        self.leads.setChecked("lead" in rule.entities)
        self.accounts.setChecked("account" in rule.entities)

    def rule(self) -> NewRecordAssignment:
        by, team_id = self.by.currentData()
        entities = tuple(
            e for e, box in (("lead", self.leads), ("account", self.accounts)) if box.isChecked()
        )
        return NewRecordAssignment(str(by), team_id if isinstance(team_id, uuid.UUID) else None, entities)

    def save(self) -> None:
        try:
            self.env.ctx.assignment.save(self.rule())
        except ValidationError as exc:
            self._refused("; ".join(e.message for e in exc.errors))
            return
        except RapportError as exc:
            self._refused(str(exc))
            return
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Saved: it applies to the next record created."))

    def _refused(self, text: str) -> None:
        self.message.setStyleSheet("color: #b00020")
        self.message.setText(text)
