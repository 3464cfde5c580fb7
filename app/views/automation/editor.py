"""The rule editor: a name, *when* (the trigger and its settings), *if* (the segments' criteria editor)
and *then* (the actions in order)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.services.automation.actions import describe
from app.services.automation.spec import (
    ACTION_LABELS,
    CONDITION_ENTITIES,
    EVENT_TRIGGERS,
    TIME_TRIGGERS,
    TRIGGER_LABELS,
    RuleDetail,
    RuleInput,
)
from app.services.core.errors import RapportError, ValidationError
from app.views.common.env import ViewEnv
from app.views.segments.criteria_editor import CriteriaEditor

ENTITIES = ("contact", "account", "lead", "deal", "activity", "document", "ticket")
# which settings each trigger shows
TRIGGER_SETTINGS = {
    "field_changed": ("field", "to", "from"),
    "deal_stage": ("outcome",),
    "score_crosses": ("threshold",),
    "date_reached": ("date_field", "days", "yearly"),
    "no_activity": ("quiet_days",),
    "sla_near": ("sla_minutes", "sla_target"),
    "email_received": ("subject_words",),
}
TEXT_OF_ACTION = {
    "create_task": "subject",
    "set_field": "value",
    "add_tag": "tag",
    "remove_tag": "tag",
    "move_stage": "stage_id",
    "notify": "message",
    "webhook": "url",
    "assign_owner": "user",
    "send_email": "template",
}


def describe_action(action: dict[str, Any]) -> str:
    text = describe(action)
    return text[:1].upper() + text[1:]


class RuleEditor(QDialog):
    """New or edit one rule; Save calls the service, whose refusal is shown, field by field."""

    def __init__(self, env: ViewEnv, rule: RuleDetail | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.env, self.rule = env, rule
        self.setWindowTitle(self.tr("Edit rule") if rule else self.tr("New rule"))
        self.setMinimumSize(820, 640)
        self.name = QLineEdit(
            objectName="ruleName", placeholderText=self.tr("e.g. Welcome call for new contacts")
        )
        self.entity = QComboBox(objectName="ruleEntity")
        for entity in ENTITIES:
            self.entity.addItem(entity.capitalize() + "s", entity)
        self.trigger = QComboBox(objectName="ruleTrigger")
        self.field = QComboBox(objectName="triggerField")
        self.date_field = QComboBox(objectName="triggerDateField")
        self.to = QLineEdit(objectName="triggerTo", placeholderText=self.tr("any value"))
        self.from_ = QLineEdit(objectName="triggerFrom", placeholderText=self.tr("any value"))
        self.outcome = QComboBox(objectName="triggerOutcome")
        self.outcome.addItem(self.tr("won"), "won")
        self.outcome.addItem(self.tr("lost"), "lost")
        self.threshold = QSpinBox(objectName="triggerThreshold", maximum=100_000, value=50)
        self.days = QSpinBox(objectName="triggerDays", minimum=-3650, maximum=3650)
        self.days.setToolTip(self.tr("days after the date; negative: before it"))
        self.quiet_days = QSpinBox(objectName="triggerQuietDays", minimum=1, maximum=3650, value=30)
        self.yearly = QCheckBox(self.tr("every year (birthdays, anniversaries)"), objectName="triggerYearly")
        self.sla_minutes = QSpinBox(
            objectName="triggerSlaMinutes", maximum=7 * 24 * 60, value=30, suffix=self.tr(" min")
        )
        self.sla_minutes.setAccessibleName(self.tr("Minutes before the breach"))
        self.sla_target = QComboBox(objectName="triggerSlaTarget")
        self.sla_target.setAccessibleName(self.tr("SLA target"))
        self.sla_target.addItem(self.tr("first response"), "first_response")
        self.sla_target.addItem(self.tr("resolution"), "resolution")
        when = QFormLayout()
        when.addRow(self.tr("Records"), self.entity)
        when.addRow(self.tr("When"), self.trigger)
        self.subject_words = QLineEdit(objectName="triggerSubjectWords")
        self.subject_words.setPlaceholderText(self.tr("any mail; or words its subject must contain"))
        self.setting_rows = {
            "field": (self.tr("Field"), self.field),
            "to": (self.tr("Changes to"), self.to),
            "from": (self.tr("Changes from"), self.from_),
            "outcome": (self.tr("Outcome"), self.outcome),
            "threshold": (self.tr("Score reaches"), self.threshold),
            "date_field": (self.tr("Date field"), self.date_field),
            "days": (self.tr("Days after"), self.days),
            "yearly": ("", self.yearly),
            "quiet_days": (self.tr("Quiet for days"), self.quiet_days),
            "sla_minutes": (self.tr("Before the breach"), self.sla_minutes),
            "sla_target": (self.tr("Of the"), self.sla_target),
            "subject_words": (self.tr("Subject contains"), self.subject_words),
        }
        for text, widget in self.setting_rows.values():
            when.addRow(text, widget)
        self.when_form = when
        when_box = QGroupBox(self.tr("When"))
        when_box.setLayout(when)
        self.criteria_scroll = QScrollArea(widgetResizable=True)
        self.criteria: CriteriaEditor | None = None
        self.no_conditions = QLabel(self.tr("Deals, activities and documents: every record (no conditions)."))
        if_box = QGroupBox(self.tr("If"))
        if_layout = QVBoxLayout(if_box)
        if_layout.addWidget(self.criteria_scroll)
        if_layout.addWidget(self.no_conditions)
        self.actions: list[dict[str, Any]] = []
        self.action_list = QListWidget(objectName="actionList")
        self.action_type = QComboBox(objectName="actionType")
        for key, text in ACTION_LABELS.items():
            self.action_type.addItem(text, key)
        self.action_text = QLineEdit(
            objectName="actionText", placeholderText=self.tr("subject, value, tag, URL ...")
        )
        self.action_field = QComboBox(objectName="actionField")
        self.action_days = QSpinBox(objectName="actionDays", maximum=3650, suffix=self.tr(" days"))
        self.action_team = QComboBox(objectName="actionTeam")
        self.action_team.setToolTip(self.tr("whom the owner is chosen from, in turn"))
        self.action_team.addItem(self.tr("every active user"), None)
        for team_id, team_name in env.ctx.users.teams():
            self.action_team.addItem(
                self.tr("team {team_name}").format(team_name=team_name), (str(team_id), team_name)
            )
        self.action_team.addItem(self.tr("by territory (its users)"), "territory")
        self.action_doc_type = QComboBox(objectName="actionDocType")
        self.action_doc_type.setAccessibleName(self.tr("Document type"))
        self.action_doc_type.addItem(self.tr("quote"), "quote")
        self.action_doc_type.addItem(self.tr("sales order"), "sales_order")
        self.action_template = QComboBox(objectName="actionTemplate")
        self.action_template.setAccessibleName(self.tr("Template document"))
        self.action_template.setToolTip(self.tr("the document whose lines the new one copies"))
        self.action_template.addItem(self.tr("the deal's own lines"), None)
        for doc in env.ctx.documents.rows():
            if doc.doc_type in ("quote", "sales_order"):
                self.action_template.addItem(f"{doc.number} ({doc.account})", (str(doc.id), doc.number))
        add = QPushButton(self.tr("Add action"), objectName="addAction")
        add.clicked.connect(self.add_action)
        remove = QPushButton(self.tr("Remove"), objectName="removeAction")
        remove.clicked.connect(self.remove_action)
        row = QHBoxLayout()
        widgets = (
            self.action_type,
            self.action_field,
            self.action_team,
            self.action_doc_type,
            self.action_template,
            self.action_text,
            self.action_days,
        )
        for w in (*widgets, add, remove):
            row.addWidget(w)
        then_box = QGroupBox(self.tr("Then"))
        then_layout = QVBoxLayout(then_box)
        then_layout.addWidget(self.action_list)
        then_layout.addLayout(row)
        self.enabled = QCheckBox(self.tr("Switched on"), objectName="ruleEnabled")
        self.problem = QLabel(objectName="ruleProblem", wordWrap=True)
        self.problem.setStyleSheet("color: #b00020")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        top = QFormLayout()
        top.addRow(self.tr("Name"), self.name)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        columns = QHBoxLayout()
        columns.addWidget(when_box, 1)
        columns.addWidget(if_box, 2)
        layout.addLayout(columns, 2)
        layout.addWidget(then_box, 1)
        layout.addWidget(self.enabled)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.entity.currentIndexChanged.connect(self._entity_changed)
        self.trigger.currentIndexChanged.connect(self._show_settings)
        self.action_type.currentIndexChanged.connect(self._action_type_changed)
        self._entity_changed()
        self._action_type_changed()
        if rule is not None:
            self.load(rule)

    # --- building the form ------------------------------------------------------------------------
    def _entity_changed(self) -> None:
        entity = self.entity.currentData()
        ctx = self.env.ctx
        self.trigger.blockSignals(True)
        self.trigger.clear()
        for key, entities in (*EVENT_TRIGGERS.items(), *TIME_TRIGGERS.items()):
            if entity in entities:
                self.trigger.addItem(TRIGGER_LABELS[key], key)
        self.trigger.blockSignals(False)
        for combo, names in (
            (self.field, ctx.automation.fields(entity)),
            (self.action_field, ctx.automation.fields(entity)),
            (self.date_field, ctx.automation.date_fields(entity)),
        ):
            combo.clear()
            for name in names:
                combo.addItem(name.replace("_", " "), name)
        if entity in CONDITION_ENTITIES:
            self.criteria = CriteriaEditor(ctx.segments.fields(entity), ctx.lookups.tags())
            self.criteria.setObjectName("ruleCriteria")
            self.criteria_scroll.setWidget(self.criteria)
        else:
            self.criteria = None
            self.criteria_scroll.takeWidget()
        self.criteria_scroll.setVisible(self.criteria is not None)
        self.no_conditions.setVisible(self.criteria is None)
        self._show_settings()

    def _show_settings(self) -> None:
        shown = TRIGGER_SETTINGS.get(self.trigger.currentData(), ())
        for key, (_text, widget) in self.setting_rows.items():
            self.when_form.setRowVisible(widget, key in shown)

    def _action_type_changed(self) -> None:
        kind = self.action_type.currentData()
        self.action_field.setVisible(kind == "set_field")
        self.action_days.setVisible(kind == "create_task")
        self.action_text.setVisible(kind not in ("assign_owner", "create_document"))
        self.action_team.setVisible(kind == "assign_owner")
        self.action_doc_type.setVisible(kind == "create_document")
        self.action_template.setVisible(kind == "create_document")
        hint = self.tr("the email template's name") if kind == "send_email" else ""
        self.action_text.setPlaceholderText(hint)

    def add_action(self) -> None:
        kind = self.action_type.currentData()
        action: dict[str, Any] = {"type": kind}
        text = self.action_text.text().strip()
        if kind == "create_task":
            action |= {"subject": text, "due_days": self.action_days.value()}
        elif kind == "set_field":
            action |= {"field": self.action_field.currentData(), "value": text}
        elif kind == "assign_owner":
            action["user"] = "round_robin"
            team = self.action_team.currentData()
            if team == "territory":
                action["user"] = "territory"
            elif team is not None:
                action |= {"team_id": team[0], "team_name": team[1]}
        elif kind == "create_document":
            action["doc_type"] = self.action_doc_type.currentData()
            template = self.action_template.currentData()
            if template is not None:
                action |= {"template_id": template[0], "template_number": template[1]}
        elif text:
            action[TEXT_OF_ACTION[kind]] = text
        self.actions.append(action)
        self.action_list.addItem(describe_action(action))
        self.action_text.clear()

    def remove_action(self) -> None:
        row = self.action_list.currentRow()
        if row >= 0:
            self.action_list.takeItem(row)
            del self.actions[row]

    # --- loading and saving -----------------------------------------------------------------------
    def load(self, rule: RuleDetail) -> None:
        self.name.setText(rule.name)
        self.entity.setCurrentIndex(self.entity.findData(rule.entity))
        self.trigger.setCurrentIndex(self.trigger.findData(rule.trigger))
        p = rule.trigger_params
        self.field.setCurrentIndex(max(self.field.findData(p.get("field")), 0))
        self.date_field.setCurrentIndex(max(self.date_field.findData(p.get("field")), 0))
        self.to.setText(str(p.get("to", "")))
        self.from_.setText(str(p.get("from", "")))
        self.outcome.setCurrentIndex(max(self.outcome.findData(p.get("outcome")), 0))
        self.threshold.setValue(int(p.get("threshold", 50)))
        self.days.setValue(int(p.get("days", 0)) if rule.trigger == "date_reached" else 0)
        self.quiet_days.setValue(int(p.get("days", 30)) if rule.trigger == "no_activity" else 30)
        self.yearly.setChecked(bool(p.get("yearly")))
        self.subject_words.setText(str(p.get("subject_contains", "")))
        if rule.trigger == "sla_near":
            self.sla_minutes.setValue(int(p.get("minutes", 30)))
            self.sla_target.setCurrentIndex(max(self.sla_target.findData(p.get("target", "resolution")), 0))
        if self.criteria is not None and rule.conditions:
            self.criteria.set_tree(rule.conditions)
        self.actions = [dict(a) for a in rule.actions]
        for action in self.actions:
            self.action_list.addItem(describe_action(action))
        self.enabled.setChecked(rule.enabled)

    def trigger_params(self) -> dict[str, Any]:
        trigger = self.trigger.currentData()
        params: dict[str, Any] = dict(self.rule.trigger_params) if self.rule else {}
        params = {k: v for k, v in params.items() if k == "only"}  # the rest is what the form says
        if trigger == "field_changed":
            params["field"] = self.field.currentData()
            params |= {
                k: w.text().strip() for k, w in (("to", self.to), ("from", self.from_)) if w.text().strip()
            }
        elif trigger == "deal_stage":
            params["outcome"] = self.outcome.currentData()
        elif trigger == "score_crosses":
            params["threshold"] = self.threshold.value()
        elif trigger == "date_reached":
            params |= {"field": self.date_field.currentData(), "days": self.days.value()}
            if self.yearly.isChecked():
                params["yearly"] = True
        elif trigger == "no_activity":
            params["days"] = self.quiet_days.value()
        elif trigger == "sla_near":
            params |= {"minutes": self.sla_minutes.value(), "target": self.sla_target.currentData()}
        elif trigger == "email_received" and self.subject_words.text().strip():
            params["subject_contains"] = self.subject_words.text().strip()
        return params

    def to_input(self) -> RuleInput:
        conditions: dict[str, Any] = {}
        if self.criteria is not None:
            tree = self.criteria.tree()
            conditions = tree if tree.get("items") else {}
        return RuleInput(
            self.name.text(),
            self.entity.currentData(),
            self.trigger.currentData(),
            self.trigger_params(),
            conditions,
            tuple(self.actions),
            self.enabled.isChecked(),
        )

    def accept(self) -> None:
        service = self.env.ctx.automation
        try:
            if self.rule is None:
                self.saved = service.create(self.to_input()).value
            else:
                self.saved = service.update(self.rule.id, self.to_input(), self.rule.version).value
        except ValidationError as exc:
            self.problem.setText("; ".join(str(e) for e in exc.errors))
            return
        except RapportError as exc:
            self.problem.setText(str(exc))
            return
        super().accept()
