"""The Campaigns page: the campaigns list; under it the chosen campaign's KPIs (cost per lead, ROI, CAC)
and its members with their status. New / Edit, add the segment's members, send (in a worker, with
progress and cancel) and the drip sequence editor are on the toolbar and the keyboard."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.models.money import fmt_amount
from app.services.campaigns.campaigns import CampaignDetail
from app.services.campaigns.ports import default_sender
from app.services.core.changes import ChangeSet
from app.services.core.errors import RapportError
from app.views.campaigns.campaign_dialog import CampaignDialog
from app.views.campaigns.consent_dialog import ConsentDialog
from app.views.campaigns.models import CampaignsModel, MembersModel
from app.views.campaigns.sequence_editor import SequenceEditor
from app.views.common.env import ViewEnv
from app.views.common.thread_job import ThreadJob

NONE = "\N{EN DASH}"  # a KPI with no value (no leads, no cost ...)
WATCHED = ("campaign", "campaign_member", "lead", "deal", "consent", "sequence", "sequence_enrolment")


class CampaignsPage(QWidget):
    """Has what the main window asks of a page (countChanged, status_text, state, refresh ...)."""

    countChanged = Signal(int)
    title = QT_TRANSLATE_NOOP("labels", "Campaigns")
    settings_key = "campaigns"

    def __init__(self, env: ViewEnv, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.env = env
        self.setObjectName("page_campaigns")
        self._stale = True
        self.job: ThreadJob | None = None
        self.progress: QProgressDialog | None = None
        self.model = CampaignsModel(self)
        self.table = self._table("campaignsTable", self.tr("Campaigns"), self.model)
        self.table.selectionModel().currentRowChanged.connect(lambda current, _old: self._show(current.row()))
        self.table.activated.connect(lambda _index: self._open_current())
        self.members = MembersModel(self)
        self.member_table = self._table("membersTable", self.tr("Members"), self.members)
        self.member_table.setWordWrap(False)
        self.member_table.activated.connect(lambda index: self.edit_consent(index.row()))
        for column, width in enumerate((200, 240, 70, 100, 130)):
            self.member_table.setColumnWidth(column, width)
        self.kpis: dict[str, QLabel] = {}
        grid = QGridLayout()
        names = (
            ("cost", self.tr("Actual cost")),
            ("leads", self.tr("Leads")),
            ("cpl", self.tr("Cost per lead")),
            ("revenue", self.tr("Won revenue")),
            ("roi", self.tr("ROI")),
            ("customers", self.tr("New customers")),
            ("cac", self.tr("CAC")),
            ("members", self.tr("Members")),
        )
        for i, (key, label) in enumerate(names):
            value = QLabel(NONE, objectName=f"kpi_{key}")
            value.setAccessibleName(label)
            value.setStyleSheet("font-size: 15pt; font-weight: 600")
            grid.addWidget(QLabel(label), 0, i)
            grid.addWidget(value, 1, i)
            grid.setColumnStretch(i, 1)
            self.kpis[key] = value
        toolbar = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for key, text, shortcut, slot in (
            ("new", self.tr("&New campaign"), "Ctrl+Shift+N", self.new_record),
            ("edit", self.tr("&Edit"), "F2", self._open_current),
            ("segment", self.tr("Add se&gment members"), "Ctrl+Shift+G", self.add_segment_members),
            ("send", self.tr("&Send mail"), "Ctrl+Shift+S", self.send),
            ("sequences", self.tr("Drip se&quences…"), "Ctrl+Shift+Q", self.edit_sequences),
        ):
            button = QPushButton(text, objectName=f"campaign_{key}")
            button.setAccessibleName(text.replace("&", "").rstrip("…"))
            button.setShortcut(QKeySequence(shortcut))
            button.setToolTip(f"{text.replace('&', '')} ({shortcut})")
            button.clicked.connect(slot)
            toolbar.addWidget(button)
            self.buttons[key] = button
        toolbar.addStretch(1)
        self.heading = QLabel(self.tr("Campaigns"), objectName="pageTitle")
        self.detail_title = QLabel(objectName="campaignTitle")
        self.detail_title.setStyleSheet("font-weight: 600")
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.detail_title)
        lower_layout.addLayout(grid)
        lower_layout.addWidget(self.member_table, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(lower)
        self.splitter.setSizes([220, 420])
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(toolbar)
        layout.addWidget(self.splitter, 1)
        self.poll = QTimer(self, interval=100)
        self.poll.timeout.connect(self._check_send)
        env.relay.changed.connect(self.on_changes)

    def _table(self, name: str, accessible: str, model: Any) -> QTableView:
        table = QTableView(objectName=name)
        table.setModel(model)
        table.setAccessibleName(accessible)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        table.horizontalHeader().setStretchLastSection(True)
        table.setColumnWidth(0, 220)
        return table

    # --- reading --------------------------------------------------------------------------------------
    def refresh(self) -> None:
        chosen = self.current()
        try:
            rows = self.env.ctx.campaigns.list()
        except RapportError as exc:
            self.env.error(self.tr("Could not read the campaigns: {error}").format(error=exc))
            return
        self._stale = False
        self.model.reload(rows)
        self.countChanged.emit(len(rows))
        row = next((i for i, c in enumerate(rows) if chosen and c.id == chosen.id), 0 if rows else -1)
        if row >= 0:
            self.table.selectRow(row)
        self._show(row)

    def current(self) -> CampaignDetail | None:
        return self.model.item(self.table.currentIndex().row())

    def _show(self, row: int) -> None:
        campaign = self.model.item(row)
        for key in ("segment", "send", "edit"):
            self.buttons[key].setEnabled(campaign is not None)
        if campaign is None:
            self.detail_title.setText(self.tr("No campaign yet: Ctrl+Shift+N makes one."))
            self.members.reload(None)
            for label in self.kpis.values():
                label.setText(NONE)
            return
        k = self.env.ctx.campaign_metrics.for_campaign(campaign.id)
        dates = f" {NONE} ".join(d.isoformat() for d in (campaign.starts_on, campaign.ends_on) if d)
        self.detail_title.setText(f"{campaign.name} · {campaign.kind} {('· ' + dates) if dates else ''}")
        money = lambda v: NONE if v is None else fmt_amount(v, k.currency)  # noqa: E731
        values = {
            "cost": money(k.cost),
            "leads": str(k.leads),
            "cpl": money(k.cost_per_lead),
            "revenue": money(k.revenue),
            "roi": NONE if k.roi is None else f"{k.roi * 100:.1f} %",
            "customers": str(k.new_customers),
            "cac": money(k.cac),
            "members": str(sum(campaign.members.values())),
        }
        for key, text in values.items():
            self.kpis[key].setText(text)
        service = self.env.ctx.campaigns
        self.members.reload(lambda offset, limit: service.members(campaign.id, offset, limit))

    def on_changes(self, changes: ChangeSet) -> None:
        if not changes.touches(*WATCHED):
            return
        self._stale = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    # --- actions --------------------------------------------------------------------------------------
    def new_record(self) -> None:
        dialog = CampaignDialog(self.env, None, self)
        if dialog.exec() and dialog.saved is not None:
            self.env.status(self.tr("Campaign '{name}' created").format(name=dialog.saved.name))

    def _open_current(self) -> None:
        campaign = self.current()
        if campaign is None:
            return
        dialog = CampaignDialog(self.env, campaign, self)
        if dialog.exec() and dialog.saved is not None:
            self.env.status(self.tr("Campaign '{name}' saved").format(name=dialog.saved.name))

    def add_segment_members(self) -> None:
        campaign = self.current()
        if campaign is None:
            return
        try:
            added = self.env.ctx.campaigns.add_segment(campaign.id).value
        except RapportError as exc:
            self.env.error(str(exc))
            return
        self.env.status(self.tr("{n} members added from the segment").format(n=added))

    def send(self) -> None:
        campaign = self.current()
        if campaign is None or (self.job is not None and not self.job.finished):
            return
        pending = campaign.members.get("pending", 0)
        question = self.tr(
            "Queue '{name}' to its {n} pending members? Those without email consent are skipped."
        )
        if (
            QMessageBox.question(
                self, self.tr("Send campaign"), question.format(name=campaign.name, n=pending)
            )
            != QMessageBox.StandardButton.Yes
        ):
            return
        ctx = self.env.ctx.unbroadcast()
        made: list[Any] = []
        ctx.uow.bus.subscribe(made.append)

        def work(progress: Any) -> Any:
            job = self.job
            return ctx.campaigns.send(
                campaign.id,
                default_sender(),
                cancelled=lambda: bool(job and job.cancelled),
                progress=progress,
            ), made

        self.job = ThreadJob(work, name="rapport-campaign-send")
        self.progress = QProgressDialog(
            self.tr("Queueing the campaign's mail…"), self.tr("Cancel"), 0, max(1, pending), self
        )
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.canceled.connect(self._cancel_send)
        self.job.thread.start()
        self.poll.start()

    def _cancel_send(self) -> None:
        if self.job is not None:
            self.job.cancelled = True

    def _check_send(self) -> None:
        job = self.job
        if job is None:
            return
        if self.progress is not None and job.total:
            self.progress.setMaximum(job.total)
            self.progress.setValue(job.done)
        if not job.finished:
            return
        self.poll.stop()
        if self.progress is not None:
            self.progress.reset()
        if job.error:
            self.env.error(job.error)
            return
        result, made = job.result
        for changes in made:
            self.env.ctx.bus.publish(changes)
        self.env.status(
            self.tr("{q} mails queued, {s} suppressed (no consent), {p} still pending").format(
                q=result.queued, s=result.suppressed, p=result.pending
            )
        )

    def edit_consent(self, row: int) -> None:
        """A member's consent (Enter or double-click on the member)."""
        member = self.members.rows[row] if 0 <= row < len(self.members.rows) else None
        if member is not None:
            ConsentDialog(self.env, member.subject_type, member.subject_id, member.name, self).exec()

    def edit_sequences(self) -> None:
        SequenceEditor(self.env, self).exec()

    # --- what the main window asks of a page --------------------------------------------------------
    def status_text(self) -> str:
        n = self.model.rowCount()
        return self.tr("1 campaign") if n == 1 else self.tr("{n} campaigns").format(n=n)

    def save_state(self, settings: QSettings) -> None:
        settings.setValue("campaigns/splitter", self.splitter.saveState())
        settings.setValue("campaigns/header", self.table.horizontalHeader().saveState())

    def restore_state(self, settings: QSettings) -> None:
        for key, restore in (
            ("campaigns/splitter", self.splitter.restoreState),
            ("campaigns/header", self.table.horizontalHeader().restoreState),
        ):
            state = settings.value(key)
            if state is not None:
                restore(state)

    def selected_items(self) -> list[CampaignDetail]:
        current = self.current()
        return [current] if current else []

    def open_id(self, record_id: Any) -> None:
        for row, c in enumerate(self.model.rows):
            if c.id == record_id:
                self.table.selectRow(row)

    def delete_selected(self) -> None:
        campaign = self.current()
        if campaign is None:
            return
        question = self.tr("Delete the campaign '{name}'? Its leads and deals keep their other data.")
        if (
            QMessageBox.question(self, self.tr("Delete campaign"), question.format(name=campaign.name))
            == QMessageBox.StandardButton.Yes
        ):
            self.env.ctx.campaigns.delete(campaign.id)
