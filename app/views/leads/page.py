"""The Leads page: the scored list, a detail pane that explains the score, conversion and scoring rules."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.core.changes import ChangeKind, ChangeSet
from app.services.core.errors import NotFoundError, RapportError
from app.services.sales.conversion import can_convert
from app.services.sales.leads import LEAD_STATUSES, LeadDetail
from app.views.common.columns import LEAD_COLUMNS
from app.views.common.env import LEAD, ViewEnv
from app.views.common.formatting import label, short_datetime
from app.views.common.style import icon
from app.views.common.theme import hex_of
from app.views.leads.dialogs import ConvertDialog, LeadEditor, ScoringDialog
from app.views.lists.record_page import RecordListPage

DETAIL_ROWS = (
    ("Email", "email"),
    ("Phone", "phone_display"),
    ("Website", "website"),
    ("Industry", "industry"),
    ("Employees", "company_size"),
    ("Source", "source"),
    ("Lifecycle", "lifecycle"),
    ("Disqualified", "disqualified_reason"),
)


class LeadDetailPane(QWidget):
    """One lead: who, the score and which rules gave it, and the Convert action."""

    def __init__(self, page: LeadsPage) -> None:
        super().__init__()
        self.page = page
        self.env = page.env
        self.lead: LeadDetail | None = None
        self.setObjectName("detailPane")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setMinimumWidth(300)
        self.title = QLabel(objectName="paneTitle", wordWrap=True)
        self.subtitle = QLabel(objectName="paneSubtitle", wordWrap=True)
        self.convert_button = QPushButton(self.tr("Convert…"), objectName="convertLead")
        self.convert_button.setProperty("primary", True)
        self.convert_button.clicked.connect(self.convert)
        edit = QPushButton(icon("edit"), self.tr("Edit"))
        edit.clicked.connect(lambda: self.lead and page.edit_id(self.lead.id))
        # The buttons sit under the name, not beside it: a narrow pane then keeps the name on one line.
        buttons = QHBoxLayout()
        buttons.addWidget(edit)
        buttons.addWidget(self.convert_button)
        buttons.addStretch(1)
        self.score = QLabel(objectName="leadScore")
        self.explanation = QLabel(objectName="scoreExplanation", wordWrap=True)
        self.explanation.setTextFormat(Qt.TextFormat.RichText)
        self.converted = QLabel(objectName="convertedLinks", wordWrap=True)
        self.converted.setTextFormat(Qt.TextFormat.RichText)
        self.converted.linkActivated.connect(self._open_converted)  # href "entity:id": opens that record
        form = QFormLayout()
        self.values: dict[str, QLabel] = {}
        for caption, key in (*DETAIL_ROWS, ("Owner", "owner"), ("Notes", "notes"), ("Updated", "updated")):
            value = QLabel(wordWrap=True, textInteractionFlags=Qt.TextInteractionFlag.TextSelectableByMouse)
            self.values[key] = value
            form.addRow(f"{caption}:", value)
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(16, 14, 16, 12)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addLayout(buttons)
        layout.addWidget(self.score)
        layout.addWidget(self.explanation)
        layout.addWidget(self.converted)
        layout.addLayout(form)
        layout.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(content)
        self.hide()  # shown with a lead: an empty pane would take the table's room
        self.env.relay.changed.connect(self.on_changes)

    def show_lead(self, lead_id: uuid.UUID | None) -> None:
        if lead_id is None:
            self.lead = None
            self.hide()
            return
        try:
            lead = self.env.ctx.leads.get(lead_id)
        except NotFoundError:
            self.show_lead(None)
            return
        except RapportError as exc:
            self.env.error(str(exc))
            return
        self.lead = lead
        self.title.setText(lead.full_name)
        self.subtitle.setText(" · ".join(x for x in (lead.title, lead.company, label(lead.status)) if x))
        badge = f"  <span style='color:{hex_of('#15803d')}'>marketing-qualified</span>" if lead.is_mql else ""
        self.score.setText(
            self.tr("<b style='font-size:16pt'>{score}</b> points (threshold {threshold}){badge}").format(
                score=lead.score, threshold=lead.threshold, badge=badge
            )
        )
        rows = "".join(
            f"<tr><td>{why}</td><td align='right' style='padding-left:12px'>{points:+d}</td></tr>"
            for why, points in lead.score_parts
        )
        self.explanation.setText(f"<table>{rows}</table>" if rows else "No rule gives this lead points.")
        links = [
            f'<a href="{entity}:{value}">{name}</a>'
            for name, entity, value in (
                ("an account", "account", lead.converted_account_id),
                ("a contact", "contact", lead.converted_contact_id),
                ("a deal", "deal", lead.converted_deal_id),
            )
            if value
        ]
        self.converted.setText(f"Converted into {', '.join(links)}." if links else "")
        self.converted.setVisible(bool(links))
        for key in dict(DETAIL_ROWS).values():
            value = getattr(lead, key)
            text = label(value) if key in ("source", "lifecycle") else str(value or "")
            self.values[key].setText(text or "—")
        users = {u.id: u.name for u in self.env.ctx.lookups.users()}
        self.values["owner"].setText(users.get(lead.owner_id, "—") if lead.owner_id else "—")
        self.values["notes"].setText(lead.notes or "—")
        self.values["updated"].setText(short_datetime(lead.updated_at))
        self._offer_conversion(lead.status)
        self.show()

    def _offer_conversion(self, status: str) -> None:
        """Convert a qualified lead; offer to qualify and convert an open one; nothing for the rest."""
        qualify = not can_convert(status) and can_convert(status, qualify=True)
        self.convert_button.setText("Qualify and convert…" if qualify else "Convert…")
        self.convert_button.setEnabled(can_convert(status, qualify=True))
        if status == "qualified":
            tip = "Turn this lead into an account, a contact and optionally a deal"
        elif qualify:
            tip = "Mark this lead qualified and convert it in one step (one Ctrl+Z undoes both)"
        else:
            tip = f"A {label(status).lower()} lead cannot be converted"
        self.convert_button.setToolTip(tip)

    def convert(self) -> ConvertDialog | None:
        if self.lead is None:
            return None
        dialog = ConvertDialog(self.env, self.lead, self, qualify=not can_convert(self.lead.status))
        self.page.convert_dialog = dialog
        dialog.open()
        return dialog

    def _open_converted(self, href: str) -> None:
        entity, _, record_id = href.partition(":")
        self.env.open_record(entity, uuid.UUID(record_id))

    def on_changes(self, changes: ChangeSet) -> None:
        if self.lead is None or not changes.touches("lead", "activity", "setting", "user"):
            return
        gone = any(
            c.entity == "lead" and c.kind in (ChangeKind.DELETED, ChangeKind.PURGED) and self.lead.id in c.ids
            for c in changes.changes
        )
        self.show_lead(None if gone else self.lead.id)


class LeadsPage(RecordListPage):
    title = QT_TRANSLATE_NOOP("labels", "Leads")
    noun = QT_TRANSLATE_NOOP("labels", "leads")
    settings_key = "leads"
    entities = ("lead", "user", "setting")
    search_hint = QT_TRANSLATE_NOOP("labels", "Search name, company, email, phone…")
    kind = LEAD
    editor_class = LeadEditor

    def __init__(self, env: ViewEnv, parent: QWidget | None = None) -> None:
        super().__init__(env, LEAD_COLUMNS, LEAD_STATUSES, parent)
        self.convert_dialog: ConvertDialog | None = None
        self.scoring_dialog: ScoringDialog | None = None
        rules = QPushButton(self.tr("Scoring rules…"), objectName="scoringRulesButton")
        rules.clicked.connect(self.edit_rules)
        self.toolbar.insertWidget(self.toolbar.count() - 1, rules)
        self.detail = LeadDetailPane(self)
        self.splitter.addWidget(self.detail)
        # The table takes any extra width (its columns want ~960 px); the pane keeps ~340 px.
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setSizes([960, 340])
        self.table.selectionModel().currentRowChanged.connect(self._on_current)

    def _on_current(self, current: Any, _previous: Any = None) -> None:
        item = self.model.item(current.row()) if current.isValid() else None
        if item is not None:
            self.detail.show_lead(item.id)

    def open_id(self, record_id: Any) -> None:
        self.detail.show_lead(record_id)
        self.select_id(record_id)

    def edit_id(self, record_id: uuid.UUID) -> None:
        super().open_id(record_id)

    def edit_rules(self) -> ScoringDialog:
        self.scoring_dialog = ScoringDialog(self.env, self)
        self.scoring_dialog.open()
        return self.scoring_dialog
