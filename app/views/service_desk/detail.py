"""One ticket beside the queue: its SLA timers, links, the conversation, and the reply box."""

from __future__ import annotations

import html
import uuid
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.services.core.changes import ChangeKind, ChangeSet
from app.services.core.errors import NotFoundError, RapportError
from app.services.service_desk.tickets import SlaClock, TicketDetail
from app.views.common.formatting import label, short_datetime
from app.views.service_desk.columns import BREACHED_COLOUR


def _minutes(left: float) -> str:
    hours, minutes = divmod(int(abs(left)), 60)
    return f"{hours}h {minutes:02d}m" if hours else f"{minutes}m"


class TicketDetailPane(QWidget):
    """The selected ticket; the page's triage keys act on it."""

    def __init__(self, page: Any) -> None:  # the TicketsPage (not imported: it imports this module)
        super().__init__()
        self.page = page
        self.env = page.env
        self.ticket: TicketDetail | None = None
        self.suggested: list[Any] = []
        self.setObjectName("detailPane")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setMinimumWidth(340)
        self.title = QLabel(objectName="paneTitle", wordWrap=True)
        self.subtitle = QLabel(objectName="paneSubtitle", wordWrap=True)
        self.timers = QLabel(objectName="ticketTimers", wordWrap=True)
        self.timers.setTextFormat(Qt.TextFormat.RichText)
        self.links = QLabel(objectName="ticketLinks", wordWrap=True)
        self.links.setTextFormat(Qt.TextFormat.RichText)
        self.links.linkActivated.connect(self._open_link)
        self.suggestions = QLabel(objectName="suggestedArticles", wordWrap=True)
        self.suggestions.setTextFormat(Qt.TextFormat.RichText)
        self.suggestions.linkActivated.connect(self._open_link)
        self.conversation = QTextBrowser(objectName="ticketConversation")
        self.conversation.setAccessibleName(self.tr("Conversation"))
        self.conversation.setOpenLinks(False)
        self.reply_box = QPlainTextEdit(objectName="replyBox")
        self.reply_box.setPlaceholderText(self.tr("Write a reply… (R to start, Ctrl+Enter to send)"))
        self.reply_box.setAccessibleName(self.tr("Reply"))
        self.reply_box.setMaximumHeight(110)
        self.internal = QCheckBox(self.tr("&Internal note"), objectName="internalNote")
        self.internal.setAccessibleName(self.tr("Internal note, not sent to the customer"))
        self.send_button = QPushButton(self.tr("Send"), objectName="sendReply")
        self.send_button.setProperty("primary", True)
        self.send_button.setToolTip(self.tr("Send the reply (Ctrl+Enter)"))
        self.send_button.setAccessibleName(self.tr("Send reply"))
        self.send_button.clicked.connect(page.send_reply)
        self.resolve_button = QPushButton(self.tr("Resolve"), objectName="resolveTicket")
        self.resolve_button.setToolTip(self.tr("Mark the ticket resolved (Ctrl+Shift+R)"))
        self.resolve_button.setAccessibleName(self.tr("Resolve ticket"))
        self.resolve_button.clicked.connect(page.resolve)
        self.edit_button = QPushButton(self.tr("Edit…"), objectName="editTicket")
        self.edit_button.setAccessibleName(self.tr("Edit ticket"))
        self.edit_button.clicked.connect(lambda: self.ticket and page.edit_id(self.ticket.id))
        self.link_button = QPushButton(self.tr("Link…"), objectName="linkTicket")
        self.link_button.setToolTip(self.tr("Link a deal or document of the ticket's account"))
        self.link_button.setAccessibleName(self.tr("Link to a deal or document"))
        self.rate_button = QPushButton(self.tr("CSAT…"), objectName="rateTicket")
        self.rate_button.setToolTip(self.tr("Record how satisfied the customer is (1-5), once resolved"))
        self.rate_button.setAccessibleName(self.tr("Record customer satisfaction"))
        self.rate_button.clicked.connect(page.ask_csat)
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.resolve_button)
        buttons.addWidget(self.link_button)
        buttons.addWidget(self.rate_button)
        buttons.addStretch(1)
        send_row = QHBoxLayout()
        send_row.addWidget(self.internal)
        send_row.addStretch(1)
        send_row.addWidget(self.send_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 12)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addLayout(buttons)
        layout.addWidget(self.timers)
        layout.addWidget(self.links)
        layout.addWidget(self.suggestions)
        layout.addWidget(self.conversation, 1)
        layout.addWidget(self.reply_box)
        layout.addLayout(send_row)
        self.hide()
        self.env.relay.changed.connect(self.on_changes)

    def show_ticket(self, ticket_id: uuid.UUID | None) -> None:
        if ticket_id is None:
            self.ticket = None
            self.hide()
            return
        try:
            ticket = self.env.ctx.tickets.get(ticket_id)
            clock = self.env.ctx.tickets.clock(ticket)
            links = self.page.links_of(ticket_id)
            suggested = self.env.ctx.knowledge.suggest(ticket_id, 3)
        except NotFoundError:
            self.show_ticket(None)
            return
        except RapportError as exc:
            self.env.error(str(exc))
            return
        self.ticket = ticket
        self.title.setText(f"{ticket.number} — {ticket.subject}")
        users = {u.id: u.name for u in self.env.ctx.lookups.users()}
        assignee = users.get(ticket.assignee_id, "") if ticket.assignee_id else self.tr("unassigned")
        csat = self.env.ctx.feedback.csat_of(ticket.id)
        rated = self.tr("CSAT {0}/5").format(csat) if csat is not None else ""
        parts = (
            label(ticket.status),
            self.tr("{0} priority").format(label(ticket.priority)),
            assignee,
            rated,
        )
        self.subtitle.setText(" · ".join(p for p in parts if p))
        self.timers.setText(self._timers_html(clock))
        self.links.setText(links)
        self.links.setVisible(bool(links))
        self.suggested = suggested
        items = ", ".join(f'<a href="article:{a.id}">{html.escape(a.title)}</a>' for a in suggested)
        self.suggestions.setText(self.tr("Suggested articles: {0}").format(items) if items else "")
        self.suggestions.setVisible(bool(items))
        self.conversation.setHtml(self._conversation_html(ticket))
        self.resolve_button.setEnabled(ticket.status not in ("resolved", "closed"))
        self.rate_button.setVisible(ticket.status in ("resolved", "closed"))
        self.show()

    def _timers_html(self, clock: SlaClock) -> str:
        rows = []
        for name, left in ((self.tr("First response"), clock.first_response_left),
                           (self.tr("Resolution"), clock.resolution_left)):  # fmt: skip
            if left is None:
                continue
            if left < 0:
                text = f"<b style='color:{BREACHED_COLOUR.name()}'>{self.tr('BREACHED')}</b> " + self.tr(
                    "by {0} working time"
                ).format(_minutes(left))
            else:
                text = self.tr("{0} working time left").format(_minutes(left))
            rows.append(f"{name}: {text}")
        if clock.paused:
            rows.append(self.tr("Clock paused: waiting for the customer"))
        return "<br>".join(rows) or self.tr("No SLA target running")

    def _conversation_html(self, ticket: TicketDetail) -> str:
        parts = []
        if ticket.description:
            parts.append(
                f"<p><i>{self.tr('Opened')} {short_datetime(ticket.created_at)}</i><br>"
                f"{html.escape(ticket.description).replace(chr(10), '<br>')}</p>"
            )
        for entry in ticket.entries:
            who = html.escape(entry.author or self.tr("someone"))
            body = html.escape(entry.body).replace("\n", "<br>")
            when = short_datetime(entry.created_at)
            if entry.kind == "note":
                parts.append(
                    f"<div style='background:#fef9c3;padding:4px'><b>{self.tr('Internal note')}</b> "
                    f"{who} · {when}<br>{body}</div>"
                )
            else:
                parts.append(f"<p><b>{who}</b> · {when}<br>{body}</p>")
        return "".join(parts) or f"<p><i>{self.tr('No messages yet.')}</i></p>"

    def _open_link(self, href: str) -> None:
        entity, _, record_id = href.partition(":")
        self.env.open_record(entity, uuid.UUID(record_id))

    def on_changes(self, changes: ChangeSet) -> None:
        if self.ticket is None or not changes.touches("ticket", "user", "ticket_link", "kb_article"):
            return
        gone = any(
            c.entity == "ticket"
            and c.kind in (ChangeKind.DELETED, ChangeKind.PURGED)
            and self.ticket.id in c.ids
            for c in changes.changes
        )
        self.show_ticket(None if gone else self.ticket.id)
