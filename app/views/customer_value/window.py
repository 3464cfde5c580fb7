"""The Customer value window (View menu): the year's churn, lifetime value, cohorts, segments, at-risk
accounts and the suggestions' hit rate."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.services.core.errors import RapportError
from app.views.common.columns import Column
from app.views.common.env import ViewEnv
from app.views.common.formatting import label, money
from app.views.common.memory_table import MemoryTableModel
from app.views.common.table import Table
from app.views.customer_value.cohorts import CohortChart

RISK_COLUMNS: tuple[Column, ...] = (
    Column("name", QT_TRANSLATE_NOOP("labels", "Account"), lambda r: r[0], 150, sort="name"),
    Column(
        "risk",
        QT_TRANSLATE_NOOP("labels", "Risk"),
        lambda r: str(r[1].churn_risk),
        50,
        sort="risk",
        align_right=True,
        sort_value=lambda r: r[1].churn_risk,
    ),
    Column(
        "segment",
        QT_TRANSLATE_NOOP("labels", "RFM segment"),
        lambda r: label(r[1].rfm_segment),
        110,
        sort="segment",
    ),
    Column(
        "last",
        QT_TRANSLATE_NOOP("labels", "Last order"),
        lambda r: str(r[1].last_order_on or ""),
        90,
        sort="last",
    ),
)


def _pct(value: float | None) -> str:
    return f"{100 * value:.1f} %" if value is not None else "—"


class CustomerValueWindow(QWidget):
    def __init__(self, env: ViewEnv, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.env = env
        self.setObjectName("customerValueWindow")
        self.setWindowTitle(self.tr("Customer value"))
        self.resize(980, 680)
        self.figures: dict[str, QLabel] = {}
        grid = QGridLayout()
        for i, (key, title) in enumerate(
            (
                ("churn", self.tr("Churn rate, last 12 months")),
                ("ltv", self.tr("Lifetime value")),
                ("won_back", self.tr("Won back, last 12 months")),
                ("hit_rate", self.tr("Suggestions taken")),
            )
        ):
            caption = QLabel(title, objectName="figureCaption")
            value = QLabel("—", objectName=f"figure_{key}")
            value.setStyleSheet("font-size: 18pt; font-weight: 600;")
            grid.addWidget(caption, 0, i)
            grid.addWidget(value, 1, i)
            self.figures[key] = value
        self.segments = QLabel(objectName="segmentCounts", wordWrap=True)
        self.chart = CohortChart()
        self.risky = MemoryTableModel(RISK_COLUMNS, key=lambda r: r[1].account_id, parent=self)
        self.risky_table = Table(self.risky)
        self.risky_table.setObjectName("atRiskAccounts")
        self.risky_table.setAccessibleName(self.tr("Accounts at risk of churning"))
        self.risky_table.activated.connect(self._open_account)
        recompute = QPushButton(self.tr("&Recompute scores"), objectName="recomputeScores")
        recompute.setAccessibleName(self.tr("Recompute RFM, engagement, churn risk and product pairs"))
        recompute.setShortcut(QKeySequence("Ctrl+R"))
        recompute.clicked.connect(self.recompute)
        rule = QPushButton(self.tr("Apply &churn rule"), objectName="applyChurnRule")
        rule.setAccessibleName(self.tr("Mark customers without an order for 12 months as churned"))
        rule.clicked.connect(self.apply_rule)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(rule)
        buttons.addWidget(recompute)
        lower = QHBoxLayout()
        lower.addWidget(self.chart, 3)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("At risk (churn risk 60 and above)"), objectName="sectionTitle"))
        right.addWidget(self.risky_table, 1)
        lower.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.segments)
        layout.addWidget(QLabel(self.tr("Retention by cohort"), objectName="sectionTitle"))
        layout.addLayout(lower, 1)
        layout.addLayout(buttons)
        self.reload()

    def reload(self) -> None:
        ctx = self.env.ctx
        today = datetime.now(UTC).date()
        year_ago = today - timedelta(days=365)
        try:
            churn = ctx.customer_status.churn(year_ago, today + timedelta(days=1))
            ltv = ctx.customer_status.lifetime_value(year_ago, today + timedelta(days=1))
            cohorts = ctx.customer_status.cohorts(today)
            hits = ctx.suggestions.hit_rate()
            counts = ctx.customer_scores.segment_counts()
            risky = ctx.customer_scores.at_risk(60, 200)
            names = {a: ctx.accounts.get(a).name for a in [r.account_id for r in risky]}
        except RapportError as exc:
            self.env.error(str(exc))
            return
        self.figures["churn"].setText(
            f"{_pct(churn.churn_rate)}  ({churn.churned} / {churn.customers_at_start})"
        )
        self.figures["ltv"].setText(money(ltv.value, "EUR") if ltv.value is not None else "—")
        self.figures["won_back"].setText(str(churn.won_back))
        self.figures["hit_rate"].setText(f"{_pct(hits.rate)}  ({hits.taken} / {hits.offered})")
        self.segments.setText(
            self.tr("RFM segments: ")
            + (", ".join(f"{label(k)} {v}" for k, v in sorted(counts.items())) or "—")
        )
        self.chart.set_cohorts(cohorts)
        self.risky.set_rows([(names[r.account_id], r) for r in risky])

    def recompute(self) -> None:
        try:
            n = self.env.ctx.customer_scores.recompute().value
            pairs = self.env.ctx.suggestions.rebuild().value
        except RapportError as exc:
            self.env.error(str(exc))
            return
        self.env.status(self.tr("Scored {0} accounts; {1} product pairs").format(n, pairs))
        self.reload()

    def apply_rule(self) -> None:
        try:
            result = self.env.ctx.customer_status.apply_rules().value
        except RapportError as exc:
            self.env.error(str(exc))
            return
        self.env.status(
            self.tr("{0} churned (no order for 12 months), {1} won back").format(
                len(result.churned), len(result.won_back)
            )
        )
        self.reload()

    def _open_account(self, index: Any) -> None:
        row = self.risky.item(index.row())
        if row is not None:
            self.env.open_record("account", row[1].account_id)
