"""Settings > Automation: the rules, switched on and off, tested with a dry run, and the run log with the
undo of one run."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.core.errors import RapportError
from app.views.automation.editor import RuleEditor
from app.views.automation.models import rules_model, runs_model
from app.views.common.env import ViewEnv

WATCHED = ("automation_rule", "automation_run", "automation_outbox")


def _table(model: Any, name: str) -> QTableView:
    view = QTableView(objectName=name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.verticalHeader().hide()
    view.setSortingEnabled(True)
    for i, column in enumerate(model.columns):
        view.setColumnWidth(i, column.width)
    header = view.horizontalHeader()
    header.setStretchLastSection(True)  # the last column takes the pane's width left, no scroll bar
    header.setMinimumSectionSize(50)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)  # a long Then/Note is cut, whole in its tooltip
    return view


class AutomationDialog(QDialog):
    def __init__(self, env: ViewEnv, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.env = env
        self.setWindowTitle(self.tr("Automation rules"))
        self.resize(1100, 720)
        self.rules = rules_model(env.ctx, self)
        self.runs = runs_model(env.ctx, self)
        self.rule_view = _table(self.rules, "rulesTable")
        self.run_view = _table(self.runs, "runsTable")
        self.rule_view.doubleClicked.connect(lambda _index: self.edit_rule())
        buttons = QHBoxLayout()
        for text, name, slot in (
            ("New rule…", "newRule", self.new_rule),
            ("Edit…", "editRule", self.edit_rule),
            ("Switch on/off", "toggleRule", self.toggle_rule),
            ("Dry run", "dryRun", self.dry_run),
            ("Add ready-made rules", "addBuiltins", self.add_builtins),
        ):
            button = QPushButton(text, objectName=name)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.result = QListWidget(objectName="dryRunResult")
        self.result_title = QLabel(
            self.tr(
                "Select a rule and press Dry run: which records it would act on now, and what it would do."
            )
        )
        self.result_title.setWordWrap(True)
        undo = QPushButton(self.tr("Undo this run"), objectName="undoRun")
        undo.clicked.connect(self.undo_run)
        log_bar = QHBoxLayout()
        log_bar.addWidget(QLabel(self.tr("<b>Run log</b>")))
        log_bar.addStretch(1)
        log_bar.addWidget(undo)
        self.run_items = QListWidget(objectName="runItems")
        self.run_view.selectionModel().currentRowChanged.connect(lambda *_: self.show_run())
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.addLayout(buttons)
        top_split = QSplitter(Qt.Orientation.Horizontal)
        top_split.addWidget(self.rule_view)
        dry = QWidget()
        dry_layout = QVBoxLayout(dry)
        dry_layout.setContentsMargins(0, 0, 0, 0)
        dry_layout.addWidget(self.result_title)
        dry_layout.addWidget(self.result)
        top_split.addWidget(dry)
        top_split.setSizes([700, 400])
        top_layout.addWidget(top_split)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.addLayout(log_bar)
        bottom_split = QSplitter(Qt.Orientation.Horizontal)
        bottom_split.addWidget(self.run_view)
        bottom_split.addWidget(self.run_items)
        bottom_split.setSizes([700, 400])
        bottom_layout.addWidget(bottom_split)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(top)
        split.addWidget(bottom)
        layout = QVBoxLayout(self)
        layout.addWidget(split)
        env.relay.changed.connect(self._on_changes)

    # --- selection helpers --------------------------------------------------------------------------
    def selected_rule(self) -> Any:
        rows = self.rules.rows()
        index = self.rule_view.currentIndex()
        return rows[index.row()] if index.isValid() else None

    def selected_run(self) -> Any:
        rows = self.runs.rows()
        index = self.run_view.currentIndex()
        return rows[index.row()] if index.isValid() else None

    def refresh(self) -> None:
        self.rules.refresh()
        self.runs.refresh()

    def _on_changes(self, changes: Any) -> None:
        if changes.touches(*WATCHED):
            self.refresh()

    def _guard(self, action: Any) -> Any:
        try:
            return action()
        except RapportError as exc:
            self.env.error(str(exc))
            return None

    # --- actions ------------------------------------------------------------------------------------
    def new_rule(self) -> RuleEditor:
        editor = RuleEditor(self.env, None, self)
        editor.accepted.connect(self.refresh)
        editor.open()
        return editor

    def edit_rule(self) -> RuleEditor | None:
        rule = self.selected_rule()
        if rule is None:
            return None
        editor = RuleEditor(self.env, rule, self)
        editor.accepted.connect(self.refresh)
        editor.open()
        return editor

    def toggle_rule(self) -> None:
        rule = self.selected_rule()
        if rule is not None:
            on = not rule.active
            self._guard(lambda: self.env.ctx.automation.set_enabled(rule.id, on))
            self.env.status(
                self.tr("'{name}' switched {v1}").format(name=rule.name, v1="on" if on else "off")
            )
            self.refresh()

    def add_builtins(self) -> None:
        added = self._guard(self.env.ctx.automation.install_builtins)
        self.env.status(self.tr("{v0} ready-made rule(s) added, switched off").format(v0=added or 0))
        self.refresh()

    def dry_run(self) -> None:
        rule = self.selected_rule()
        if rule is None:
            return
        plan = self._guard(lambda: self.env.ctx.automation.dry_run(rule.id))
        if plan is None:
            return
        self.result.clear()
        self.result_title.setText(self.tr("<b>{name}</b>: {note}").format(name=rule.name, note=plan.note))
        steps: dict[Any, list[str]] = {}
        for step in plan.actions:
            steps.setdefault(step.record_id, []).append(step.summary)
        for record_id, label in zip(plan.record_ids, plan.labels, strict=True):
            self.result.addItem(f"{label}: {'; '.join(steps.get(record_id, []))}")

    def show_run(self) -> None:
        run = self.selected_run()
        self.run_items.clear()
        if run is None:
            return
        detail = self._guard(lambda: self.env.ctx.automation.run(run.id))
        for item in detail.items if detail else ():
            error = f" — {item.error}" if item.error else ""
            self.run_items.addItem(
                self.tr("{action} on {record_type}: {outcome}{error}").format(
                    action=item.action, record_type=item.record_type, outcome=item.outcome, error=error
                )
            )

    def undo_run(self) -> None:
        run = self.selected_run()
        if run is None:
            return
        outcome = self._guard(lambda: self.env.ctx.automation.undo_run(run.id))
        if outcome is not None:
            kept = outcome.value.kept
            self.env.status("Run undone" + (f"; kept: {'; '.join(kept)}" if kept else ""))
        self.refresh()

    def done(self, result: int) -> None:
        self.env.relay.changed.disconnect(self._on_changes)
        super().done(result)
