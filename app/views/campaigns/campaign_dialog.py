"""The campaign form: name, type, dates, currency, budget and actual cost, mail template and segment."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.models.money import parse_decimal
from app.services.campaigns.campaigns import CampaignDetail, CampaignInput
from app.services.core.errors import FieldError, ValidationError
from app.views.common.date_edit import OptionalDateEdit
from app.views.common.env import ViewEnv

KINDS = ("email", "event", "webinar", "print", "ads", "other")


class CampaignDialog(QDialog):
    """Create (no `current`) or edit a campaign; a refused save shows each field's problem and stays open."""

    def __init__(
        self, env: ViewEnv, current: CampaignDetail | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.env, self.current = env, current
        self.saved: CampaignDetail | None = None
        self.setWindowTitle(self.tr("Edit campaign") if current else self.tr("New campaign"))
        self.name = QLineEdit(objectName="campaignName")
        self.kind = QComboBox(objectName="campaignKind")
        for kind in KINDS:
            self.kind.addItem(self.tr(kind.capitalize()), kind)
        self.starts, self.ends = OptionalDateEdit(), OptionalDateEdit()
        self.currency = QLineEdit("EUR", objectName="campaignCurrency", maxLength=3)
        self.budget = QLineEdit("0", objectName="campaignBudget")
        self.cost = QLineEdit("0", objectName="campaignCost")
        self.template = QLineEdit(objectName="campaignTemplate")
        self.segment = QComboBox(objectName="campaignSegment")
        self.segment.addItem(self.tr("(none)"), None)
        for s in env.ctx.segments.list():
            if s.entity_type in ("contact", "lead"):
                self.segment.addItem(
                    self.tr("{name} ({entity_type}s)").format(name=s.name, entity_type=s.entity_type), s.id
                )
        self.problems = QLabel(objectName="campaignProblems", wordWrap=True)
        self.problems.setStyleSheet("color: #b00020")
        form = QFormLayout()
        rows: list[tuple[str, QWidget]] = [
            (self.tr("&Name"), self.name),
            (self.tr("&Type"), self.kind),
            (self.tr("&Starts"), self.starts),
            (self.tr("&Ends"), self.ends),
            (self.tr("C&urrency"), self.currency),
            (self.tr("&Budget"), self.budget),
            (self.tr("&Actual cost"), self.cost),
            (self.tr("Mail te&mplate"), self.template),
            (self.tr("Se&gment"), self.segment),
        ]
        for label, widget in rows:
            widget.setAccessibleName(label.replace("&", ""))
            form.addRow(label, widget)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        for button in buttons.buttons():
            button.setAccessibleName(button.text().replace("&", ""))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problems)
        layout.addWidget(buttons)
        if current is not None:
            self._fill(current)

    def _fill(self, c: CampaignDetail) -> None:
        self.name.setText(c.name)
        self.kind.setCurrentIndex(max(0, self.kind.findData(c.kind)))
        self.starts.setText(c.starts_on.isoformat() if c.starts_on else "")
        self.ends.setText(c.ends_on.isoformat() if c.ends_on else "")
        self.currency.setText(c.currency)
        self.budget.setText(str(c.budget))
        self.cost.setText(str(c.actual_cost))
        self.template.setText(c.template_id)
        self.segment.setCurrentIndex(max(0, self.segment.findData(c.segment_id)))

    def data(self) -> CampaignInput:
        amounts: dict[str, Decimal] = {}
        bad: list[FieldError] = []
        for name, edit in (("budget", self.budget), ("actual_cost", self.cost)):
            value = parse_decimal(edit.text() or "0")
            if value is None:
                bad.append(FieldError(name, f"'{edit.text()}' is not an amount"))
            amounts[name] = value or Decimal(0)
        if bad:
            raise ValidationError(bad)
        return CampaignInput(
            self.name.text(),
            self.kind.currentData(),
            "",
            self.starts.value(),
            self.ends.value(),
            self.currency.text().strip().upper(),
            amounts["budget"],
            amounts["actual_cost"],
            self.template.text(),
            self.segment.currentData(),
        )

    def save(self) -> None:
        try:
            if self.current is None:
                self.saved = self.env.ctx.campaigns.create(self.data()).value
            else:
                self.saved = self.env.ctx.campaigns.update(
                    self.current.id, self.data(), self.current.version
                ).value
        except ValidationError as exc:
            self.problems.setText("\n".join(str(e) for e in exc.errors))
            return
        self.accept()
