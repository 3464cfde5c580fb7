"""The lead editor, the conversion dialog (link to existing records or create them) and the scoring rules."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from app.services.core.errors import RapportError, ValidationError
from app.services.sales.conversion import ConversionInput
from app.services.sales.leads import LEAD_LIFECYCLES, LEAD_SOURCES, LEAD_STATUSES, LeadDetail, LeadInput
from app.services.sales.scoring import FIELDS, OPS, FieldRule, ScoringRules
from app.views.common.commands import ServiceCommand
from app.views.common.date_edit import iso_day
from app.views.common.env import LEAD, ViewEnv
from app.views.common.form_dialog import Field, address_fields, owner_choices
from app.views.common.formatting import label
from app.views.leads.commands import ConvertLeadCommand
from app.views.lists.tagged_editor import TaggedEditor


def _choices(values: tuple[str, ...], empty: str | None = None) -> list[tuple[Any, str]]:
    head = [("", empty)] if empty is not None else []
    return head + [(v, label(v)) for v in values]


class LeadEditor(TaggedEditor):
    first_field = "first_name"

    def __init__(self, env: ViewEnv, detail: LeadDetail | None = None, parent: QWidget | None = None):
        fields = [
            Field("salutation", self.tr("Salutation"), placeholder=self.tr("e.g. Dr., Ms")),
            Field("first_name", self.tr("First name")),
            Field("last_name", self.tr("Last name *")),
            Field("email", self.tr("Email"), placeholder=self.tr("name@example.com")),
            Field("phone", self.tr("Phone"), placeholder="+49 30 1234567"),
            Field("other_email", self.tr("Other email")),
            Field("other_phone", self.tr("Other phone")),
            Field("birthday", self.tr("Birthday"), "date"),
            Field("title", self.tr("Job title")),
            Field("company", self.tr("Company")),
            Field("website", self.tr("Website"), placeholder=self.tr("example.com")),
            Field("industry", self.tr("Industry"), column=1),
            Field("company_size", self.tr("Employees"), placeholder=self.tr("e.g. 250"), column=1),
            Field(
                "source", self.tr("Source"), "choice", lambda: _choices(LEAD_SOURCES, "(unknown)"), column=1
            ),
            Field("status", self.tr("Status"), "choice", lambda: _choices(LEAD_STATUSES), column=1),
            Field("disqualified_reason", self.tr("Disqualified because"), column=1),
            Field(
                "lifecycle", self.tr("Lifecycle stage"), "choice", lambda: _choices(LEAD_LIFECYCLES), column=1
            ),
            Field("owner_id", self.tr("Owner"), "choice", lambda: owner_choices(env), column=1),
            *address_fields("street"),
            Field("notes", self.tr("Notes"), "multiline", column=2),
        ]
        super().__init__(env, LEAD, fields, detail, parent)
        self.finish()

    def to_input(self, values: dict[str, Any]) -> LeadInput:
        values = {**values, "birthday": iso_day(values["birthday"])}
        return LeadInput(**values, tag_ids=self.tags.selected())

    def record_label(self, values: dict[str, Any]) -> str:
        return f"{values['first_name']} {values['last_name']}".strip()


class ConvertDialog(QDialog):
    """Choose what the lead becomes; existing matches are offered first so no duplicate is created."""

    def __init__(
        self, env: ViewEnv, lead: LeadDetail, parent: QWidget | None = None, qualify: bool = False
    ) -> None:
        super().__init__(parent)
        self.env = env
        self.lead = lead
        self.qualify = qualify
        self.command: ConvertLeadCommand | None = None
        verb = "Qualify and convert" if qualify else "Convert"
        self.setWindowTitle(self.tr("{verb} lead {full_name}").format(verb=verb, full_name=lead.full_name))
        self.setMinimumWidth(520)
        matches = env.ctx.conversion.matches(lead.id)
        self.account_box = QComboBox(objectName="convertAccount")
        for m in matches.accounts:
            self.account_box.addItem(
                self.tr("Link to existing: {label} ({reason})").format(label=m.label, reason=m.reason), m.id
            )
        self.account_box.addItem(
            self.tr("Create account “{v0}”").format(v0=lead.company or lead.full_name), None
        )
        self.contact_box = QComboBox(objectName="convertContact")
        for m in matches.contacts:
            self.contact_box.addItem(
                self.tr("Link to existing: {label} ({reason})").format(label=m.label, reason=m.reason), m.id
            )
        self.contact_box.addItem(
            self.tr("Create contact “{full_name}”").format(full_name=lead.full_name), None
        )
        self.deal_check = QCheckBox(self.tr("Create a deal"), objectName="convertDeal")
        self.deal_name = QLineEdit(f"{lead.company or lead.full_name} opportunity", objectName="dealName")
        self.deal_amount = QLineEdit("0", objectName="dealAmount")
        self.error = QLabel(objectName="formError", wordWrap=True)
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("Account"), self.account_box)
        form.addRow(self.tr("Contact"), self.contact_box)
        form.addRow("", self.deal_check)
        form.addRow(self.tr("Deal name"), self.deal_name)
        form.addRow(self.tr("Amount (EUR)"), self.deal_amount)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.convert_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.convert_button.setText(verb)
        self.convert_button.setMinimumWidth(100)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        qualified = f"The lead is marked Qualified (it is {label(lead.status)} now). " if qualify else ""
        note = QLabel(
            qualified + "The lead's activities move to the new records; Ctrl+Z undoes the whole conversion.",
            objectName="muted",
            wordWrap=True,
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.error)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def accept(self) -> None:
        try:
            amount = Decimal(self.deal_amount.text().replace(",", "").strip() or "0")
        except InvalidOperation:
            self._show("The amount must be a number such as 1200.50")
            return
        data = ConversionInput(
            account_id=self.account_box.currentData(),
            contact_id=self.contact_box.currentData(),
            create_deal=self.deal_check.isChecked(),
            deal_name=self.deal_name.text(),
            deal_amount=amount,
            qualify=self.qualify,
        )
        command = ConvertLeadCommand(self.env, self.lead.id, self.lead.version, data, self.lead.full_name)
        try:
            command.execute()
        except RapportError as exc:
            self._show(str(exc))
            return
        self.command = command
        self.env.push(command, self.tr("Lead {full_name} converted").format(full_name=self.lead.full_name))
        super().accept()

    def _show(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()


class SaveRulesCommand(ServiceCommand):
    """Save scoring rules (every lead is rescored); undo saves the previous rules again."""

    def __init__(self, env: ViewEnv, before: ScoringRules, after: ScoringRules) -> None:
        super().__init__(env, "Change lead scoring rules")
        self.before, self.after = before, after

    def _redo(self) -> None:
        self.env.ctx.scoring.save_rules(self.after)

    def _undo(self) -> None:
        self.env.ctx.scoring.save_rules(self.before)


NUMBERS = (
    ("per_activity", "Points per activity logged", 0, 100),
    ("per_email", "Points per email answered", 0, 100),
    ("engagement_cap", "Engagement points at most", 0, 1000),
    ("decay_after_days", "Decay after days without activity", 0, 3650),
    ("decay_per_week", "Points lost per further week", 0, 100),
    ("threshold", "Marketing-qualified at score", 0, 10000),
)


class ScoringDialog(QDialog):
    """Edit the scoring rules: field rules in a table, engagement, decay and the MQL threshold."""

    def __init__(self, env: ViewEnv, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.env = env
        self.rules = env.ctx.scoring.rules()
        self.setWindowTitle(self.tr("Lead scoring rules"))
        self.setMinimumSize(760, 600)
        self.table = QTableWidget(0, 4, objectName="scoringRules")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("Test"), self.tr("Value"), self.tr("Points")]
        )
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(34)
        for column, width in enumerate((170, 120, 240)):
            self.table.setColumnWidth(column, width)
        for rule in self.rules.field_rules:
            self.add_rule(rule)
        add = QPushButton(self.tr("Add rule"), objectName="addRule")
        add.clicked.connect(lambda: self.add_rule(FieldRule("industry", "equals", "", 10)))
        remove = QPushButton(self.tr("Remove rule"), objectName="removeRule")
        remove.clicked.connect(lambda: self.table.removeRow(self.table.currentRow()))
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        form = QFormLayout()
        self.numbers: dict[str, QSpinBox] = {}
        for name, text, low, high in NUMBERS:
            box = QSpinBox(objectName=name, minimum=low, maximum=high, value=getattr(self.rules, name))
            self.numbers[name] = box
            form.addRow(text, box)
        self.error = QLabel(objectName="formError", wordWrap=True)
        self.error.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.error)
        layout.addWidget(QLabel(self.tr("Points for field values (tests ignore case)")))
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def add_rule(self, rule: FieldRule) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for col, (values, current) in enumerate(((FIELDS, rule.field), (OPS, rule.op))):
            box = QComboBox()
            for v in values:
                box.addItem(label(v), v)
            box.setCurrentIndex(max(box.findData(current), 0))
            self.table.setCellWidget(row, col, box)
        self.table.setCellWidget(row, 2, QLineEdit(rule.value))
        self.table.setCellWidget(row, 3, QSpinBox(minimum=-1000, maximum=1000, value=rule.points))

    def edited_rules(self) -> ScoringRules:
        rules = tuple(
            FieldRule(
                self.table.cellWidget(r, 0).currentData(),  # type: ignore[attr-defined]
                self.table.cellWidget(r, 1).currentData(),  # type: ignore[attr-defined]
                self.table.cellWidget(r, 2).text(),  # type: ignore[attr-defined]
                self.table.cellWidget(r, 3).value(),  # type: ignore[attr-defined]
            )
            for r in range(self.table.rowCount())
        )
        return ScoringRules(rules, **{name: box.value() for name, box in self.numbers.items()})

    def accept(self) -> None:
        after = self.edited_rules()
        if after == self.rules:
            super().accept()
            return
        command = SaveRulesCommand(self.env, self.rules, after)
        try:
            command.execute()
        except ValidationError as exc:
            self.error.setText("\n".join(e.message for e in exc.errors))
            self.error.show()
            return
        except RapportError as exc:
            self.error.setText(str(exc))
            self.error.show()
            return
        self.env.push(command, self.tr("Scoring rules saved; every lead was rescored"))
        super().accept()
