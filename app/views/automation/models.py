"""The rules list and the run log as table models (short lists, held in memory)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from app.services.automation.spec import ACTION_LABELS, TRIGGER_LABELS
from app.views.common.columns import Column
from app.views.common.formatting import short_datetime
from app.views.common.memory_table import MemoryTableModel


def rule_state(rule: Any) -> str:
    if rule.paused_reason:
        return "Paused"
    return "On" if rule.enabled else "Off"


# The last column (Then, Note) takes the width left (the views stretch it; its full text is the tooltip),
# so both tables fit their pane at the dialog's default size without a horizontal scroll bar.
RULE_COLUMNS = (
    Column("state", QT_TRANSLATE_NOOP("labels", "State"), rule_state, 60, sort="state"),
    Column("name", QT_TRANSLATE_NOOP("labels", "Name"), lambda r: r.name, 190, sort="name"),
    Column("entity", QT_TRANSLATE_NOOP("labels", "Records"), lambda r: r.entity, 75, sort="entity"),
    Column(
        "trigger",
        QT_TRANSLATE_NOOP("labels", "When"),
        lambda r: TRIGGER_LABELS.get(r.trigger, r.trigger),
        170,
    ),
    Column(
        "actions",
        QT_TRANSLATE_NOOP("labels", "Then"),
        lambda r: ", ".join(ACTION_LABELS.get(a["type"], a["type"]) for a in r.actions),
        150,
    ),
)
RUN_COLUMNS = (
    Column("started", QT_TRANSLATE_NOOP("labels", "Started"), lambda r: short_datetime(r.started_at), 125),
    Column("rule", QT_TRANSLATE_NOOP("labels", "Rule"), lambda r: r.rule_name, 170),
    Column("trigger", QT_TRANSLATE_NOOP("labels", "Trigger"), lambda r: r.trigger, 90),
    Column("status", QT_TRANSLATE_NOOP("labels", "Status"), lambda r: r.status, 65),
    Column("note", QT_TRANSLATE_NOOP("labels", "Note"), lambda r: r.note, 150),
)


def rules_model(ctx: Any, parent: Any = None) -> MemoryTableModel:
    return MemoryTableModel(RULE_COLUMNS, ctx.automation.list, parent=parent)


def runs_model(ctx: Any, parent: Any = None) -> MemoryTableModel:
    return MemoryTableModel(RUN_COLUMNS, lambda: ctx.automation.log(None, 200), parent=parent)
