"""Customer value widgets shared by the account pane and the quote editor: the suggestions list (each with
its reason, one click to add) and the account's Value tab (status, RFM, engagement, purchases)."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.core.errors import RapportError
from app.views.common.columns import Column
from app.views.common.commands import ServiceCommand
from app.views.common.env import ViewEnv
from app.views.common.formatting import label, money
from app.views.common.memory_table import MemoryTableModel
from app.views.common.table import Table

INPUT_LABELS = {
    "activity": "recent activity",
    "meetings": "activities in 90 days",
    "orders": "recent orders",
    "frequency": "order frequency",
    "nps": "NPS answers",
    "tickets": "open tickets",
}
PURCHASE_COLUMNS: tuple[Column, ...] = (
    Column(
        "issued_on",
        QT_TRANSLATE_NOOP("labels", "Date"),
        lambda r: r.issued_on.isoformat(),
        90,
        sort="issued_on",
    ),
    Column("number", QT_TRANSLATE_NOOP("labels", "Number"), lambda r: r.number, 110, sort="number"),
    Column(
        "products",
        QT_TRANSLATE_NOOP("labels", "Products"),
        lambda r: ", ".join(ln.product for ln in r.lines),
        170,
    ),
    Column(
        "net",
        QT_TRANSLATE_NOOP("labels", "Net"),
        lambda r: money(r.net, r.currency, 2),
        100,
        sort="net",
        align_right=True,
        sort_value=lambda r: r.net,
    ),
)


class SuggestionList(QWidget):
    """What to offer next, with why; `chosen` emits the suggestion to add (Add button, Enter or a
    double-click). The suggestions shown are recorded as offered, so the hit rate is known."""

    chosen = Signal(object)

    def __init__(self, env: ViewEnv, can_add: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.env = env
        self.can_add = can_add
        self.account_id: uuid.UUID | None = None
        self.suggestions: list[Any] = []
        self.list = QListWidget(objectName="suggestionList")
        self.list.setAccessibleName(self.tr("Suggested products"))
        self.list.setWordWrap(True)
        self.add_button = QPushButton(self.tr("Add to quote"), objectName="addSuggestion")
        self.add_button.setAccessibleName(self.tr("Add the selected suggestion to the quote"))
        self.add_button.setShortcut(QKeySequence("Ctrl+Shift+S"))
        self.add_button.setToolTip(self.tr("Add the selected suggestion as a line (Ctrl+Shift+S)"))
        self.add_button.setVisible(can_add)
        self.add_button.clicked.connect(self._add_current)
        if can_add:
            self.list.itemActivated.connect(lambda _item: self._add_current())
        self.empty = QLabel(self.tr("No suggestions yet."), objectName="suggestionsEmpty", wordWrap=True)
        self.heading = QLabel(self.tr("Suggested for this customer"), objectName="sectionTitle")
        self.heading.setVisible(can_add)  # the account's tab has its own heading
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignRight)

    def show_for(self, account_id: uuid.UUID | None, exclude: set[uuid.UUID] | None = None) -> None:
        changed = account_id != self.account_id
        self.account_id = account_id
        self.list.clear()
        self.suggestions = []
        if account_id is not None:
            try:
                got = self.env.ctx.suggestions.for_account(account_id)
                self.suggestions = [s for s in got if not exclude or s.product_id not in exclude]
                if changed and self.suggestions:
                    self.env.ctx.suggestions.offered(account_id, self.suggestions)
            except RapportError as exc:
                self.env.error(str(exc))
        for s in self.suggestions:
            item = QListWidgetItem(f"{s.name} ({s.sku})\n{s.reason}", self.list)
            item.setData(Qt.ItemDataRole.UserRole, s)
            item.setToolTip(self.tr("Why: ") + s.reason)
        if self.suggestions:
            self.list.setCurrentRow(0)
        self.empty.setVisible(not self.suggestions)
        self.list.setVisible(bool(self.suggestions))
        self.add_button.setEnabled(bool(self.suggestions))

    def _add_current(self) -> None:
        item = self.list.currentItem()
        if item is not None and self.can_add:
            self.chosen.emit(item.data(Qt.ItemDataRole.UserRole))

    def record_taken(self, suggestion: Any, document_id: uuid.UUID | None) -> None:
        if self.account_id is not None:
            try:
                self.env.ctx.suggestions.taken(self.account_id, suggestion.product_id, document_id)
            except RapportError as exc:
                self.env.error(str(exc))


class CustomerValueTab(QWidget):
    """An account's customer status, RFM segment, explained engagement and churn risk, purchases and the
    suggestions to offer it."""

    def __init__(self, env: ViewEnv, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.env = env
        self.account_id: uuid.UUID | None = None
        self.status_label = QLabel(objectName="customerStatus", wordWrap=True)
        self.scores_label = QLabel(objectName="customerScores", wordWrap=True)
        self.scores_label.setTextFormat(Qt.TextFormat.PlainText)
        self.churn_button = QPushButton(self.tr("Mark churned…"), objectName="markChurned")
        self.churn_button.setAccessibleName(self.tr("Mark this customer as churned"))
        self.back_button = QPushButton(self.tr("Won back…"), objectName="markWonBack")
        self.back_button.setAccessibleName(self.tr("Mark this customer as won back"))
        self.churn_button.clicked.connect(self._mark_churned)
        self.back_button.clicked.connect(self._mark_won_back)
        self.purchases = MemoryTableModel(PURCHASE_COLUMNS, key=lambda p: p.document_id, parent=self)
        self.purchases_table = Table(self.purchases)
        self.purchases_table.setObjectName("purchaseHistory")
        self.purchases_table.setAccessibleName(self.tr("Purchase history"))
        self.suggestions = SuggestionList(env, can_add=False)
        status_row = QHBoxLayout()
        status_row.addWidget(self.status_label, 1)
        status_row.addWidget(self.churn_button)
        status_row.addWidget(self.back_button)
        layout = QVBoxLayout(self)
        layout.addLayout(status_row)
        layout.addWidget(self.scores_label)
        layout.addWidget(QLabel(self.tr("Purchases"), objectName="sectionTitle"))
        layout.addWidget(self.purchases_table, 2)
        layout.addWidget(QLabel(self.tr("Offer next"), objectName="sectionTitle"))
        layout.addWidget(self.suggestions, 1)

    def show_account(self, account_id: uuid.UUID | None) -> None:
        self.account_id = account_id
        if account_id is None:
            return
        ctx = self.env.ctx
        spans = ctx.customer_status.spans(account_id)
        history = ctx.customer_status.history(account_id)
        if not spans:
            status = self.tr("Not a customer yet.")
        elif spans[-1].until is None:
            status = self.tr("Customer since {0}.").format(spans[-1].since.isoformat())
        else:
            status = self.tr("Churned on {0}.").format(spans[-1].until.isoformat())
            reasons = [e.reason for e in history if e.kind == "churned" and e.reason]
            if reasons:
                status += " " + self.tr("Reason: {0}.").format(reasons[-1])
        self.status_label.setText(status)
        self.churn_button.setEnabled(bool(spans) and spans[-1].until is None)
        self.back_button.setEnabled(bool(spans) and spans[-1].until is not None)
        self.scores_label.setText(self._scores_text(ctx.customer_scores.of(account_id)))
        self.purchases.set_rows(ctx.purchases.for_account(account_id))
        self.suggestions.show_for(account_id)

    def _scores_text(self, score: Any) -> str:
        if score is None:
            return self.tr(
                "Scores not computed yet (they are recomputed nightly or by `rapport customer-value`)."
            )
        lines = []
        if score.orders:
            r, f, m = score.rfm
            lines.append(
                self.tr("RFM {0}{1}{2}: {3} · {4}, last on {5}").format(
                    r,
                    f,
                    m,
                    label(score.rfm_segment),
                    self.tr("1 order") if score.orders == 1 else self.tr("{0} orders").format(score.orders),
                    score.last_order_on,
                )
            )
        parts = ", ".join(f"{INPUT_LABELS.get(k, k)} {v:+d}" for k, v in score.inputs.items() if v)
        lines.append(
            self.tr("Engagement {0}/100 ({1})").format(score.engagement, parts or self.tr("no inputs"))
        )
        if score.orders:
            lines.append(self.tr("Churn risk {0}/100").format(score.churn_risk))
        return "\n".join(lines)

    def _ask_reason(self, title: str) -> tuple[date, str] | None:
        reason, ok = QInputDialog.getText(self, title, self.tr("Reason (as of today):"))
        return (date.today(), reason) if ok else None

    def _mark_churned(self) -> None:
        answer = self._ask_reason(self.tr("Mark churned"))
        if answer and self.account_id:
            account_id = self.account_id
            self._run(
                self.tr("Mark churned"),
                lambda: self.env.ctx.customer_status.mark_churned(account_id, *answer),
            )

    def _mark_won_back(self) -> None:
        answer = self._ask_reason(self.tr("Won back"))
        if answer and self.account_id:
            account_id = self.account_id
            self._run(
                self.tr("Won back"), lambda: self.env.ctx.customer_status.mark_won_back(account_id, *answer)
            )

    def _run(self, text: str, action: Any) -> None:
        command = StatusCommand(self.env, text, action, lambda: self.show_account(self.account_id))
        try:
            command.execute()
        except RapportError as exc:
            self.env.error(str(exc))
            return
        self.env.push(command, text)
        self.show_account(self.account_id)


class StatusCommand(ServiceCommand):
    """A status change (Ctrl+Z takes it back: the event goes to the trash and the status follows)."""

    def __init__(self, env: ViewEnv, text: str, action: Any, after: Any) -> None:
        super().__init__(env, text)
        self.action, self.after = action, after
        self.event_id: uuid.UUID | None = None

    def _redo(self) -> None:
        if self.event_id is None:
            self.event_id = self.action().value.id
        else:
            self.env.ctx.customer_status.redo(self.event_id)
        self.after()

    def _undo(self) -> None:
        if self.event_id is not None:
            self.env.ctx.customer_status.undo(self.event_id)
        self.after()
