"""The ticket form: subject, priority, status, channel, category, assignee and description."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.services.service_desk.tickets import CHANNELS, PRIORITIES, STATUSES, TicketDetail, TicketInput
from app.views.common.env import EntityKind, ViewEnv
from app.views.common.form_dialog import Field, FormDialog, owner_choices
from app.views.common.formatting import label

TICKET = EntityKind("ticket", "ticket", lambda ctx: ctx.tickets)


def tr(text: str) -> str:
    return QCoreApplication.translate("TicketEditor", text)


def _choices(values: Any) -> list[tuple[str, str]]:
    return [(v, label(v) or "(none)") for v in values]


class TicketEditor(FormDialog):
    def __init__(self, env: ViewEnv, detail: TicketDetail | None = None, parent: QWidget | None = None):
        fields = [
            Field("subject", tr("Subject *")),
            Field("priority", tr("Priority"), "choice", lambda: _choices(PRIORITIES)),
            Field("status", tr("Status"), "choice", lambda: _choices(STATUSES)),
            Field("channel", tr("Channel"), "choice", lambda: _choices(CHANNELS), column=1),
            Field("category", tr("Category"), column=1),
            Field("assignee_id", tr("Assignee"), "choice", lambda: owner_choices(env), column=1),
            Field("description", tr("Description"), "multiline", column=2),
        ]
        super().__init__(env, TICKET, fields, detail, parent)
        if detail is None:
            self.editor("priority").setCurrentIndex(self.editor("priority").findData("normal"))
        self.detail_before = detail

    def to_input(self, values: dict[str, Any]) -> TicketInput:
        keep = self.detail_before
        return TicketInput(
            subject=values["subject"],
            description=values["description"],
            account_id=keep.account_id if keep else None,
            contact_id=keep.contact_id if keep else None,
            product_id=keep.product_id if keep else None,
            priority=values["priority"],
            category=values["category"],
            status=values["status"],
            channel=values["channel"] or "",
            assignee_id=values["assignee_id"],
            custom=dict(keep.custom) if keep else None,
        )

    def record_label(self, values: dict[str, Any]) -> str:
        return str(values["subject"])
