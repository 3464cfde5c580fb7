"""The Tickets page: the queues a service team works from, a detail pane, and triage from the keyboard.

Keys on the list: A assign, P priority, R reply (focus the reply box); anywhere on the page: Ctrl+Enter
sends the reply, Ctrl+Shift+R resolves (taken before the window's Reports key while this page has focus).
"""

from __future__ import annotations

import html
import uuid
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QMenu, QPushButton, QWidget

from app.services.core.errors import RapportError
from app.services.service_desk.queues import queue_kind
from app.services.service_desk.tickets import PRIORITIES, STATUSES, TicketDetail
from app.views.common.commands import EditCommand, ServiceCommand
from app.views.common.env import ViewEnv
from app.views.common.formatting import label
from app.views.lists.filter_bar import Filter
from app.views.lists.record_page import RecordListPage
from app.views.service_desk.columns import TICKET_COLUMNS, TicketTableModel
from app.views.service_desk.detail import TicketDetailPane
from app.views.service_desk.editor import TICKET, TicketEditor

NOBODY = "nobody"
_CTRL = Qt.KeyboardModifier.ControlModifier
_SHIFT = Qt.KeyboardModifier.ShiftModifier


class TriageKeys(QObject):
    """Reads the triage keys on the list and the reply box before any shortcut does."""

    def __init__(self, page: TicketsPage) -> None:
        super().__init__(page)
        self.page = page

    def action(self, watched: QObject, event: QKeyEvent) -> Any:
        mods = event.modifiers() & (_CTRL | _SHIFT | Qt.KeyboardModifier.AltModifier)
        key = event.key()
        if key == Qt.Key.Key_R and mods == _CTRL | _SHIFT:
            return self.page.resolve
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and mods == _CTRL:
            return self.page.send_reply
        if watched is self.page.table and not mods:
            return {
                Qt.Key.Key_A: self.page.ask_assignee,
                Qt.Key.Key_P: self.page.ask_priority,
                Qt.Key.Key_R: self.page.start_reply,
            }.get(Qt.Key(key))
        return None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            act = self.action(watched, event)  # type: ignore[arg-type]
            if act is not None:
                event.accept()
                if event.type() == QEvent.Type.KeyPress:
                    act()
                return True
        return False


class MergeCommand(ServiceCommand):
    """Merge one ticket into another; undo moves the conversation back and reopens it as it was."""

    def __init__(self, env: ViewEnv, keep: TicketDetail, gone: TicketDetail) -> None:
        super().__init__(env, f"Merge {gone.number} into {keep.number}")
        self.keep_id, self.gone_id = keep.id, gone.id
        self.record: Any = None

    def _redo(self) -> None:
        self.record = self.env.ctx.ticket_merge.merge(self.keep_id, self.gone_id).value

    def _undo(self) -> None:
        self.env.ctx.ticket_merge.unmerge(self.record)


class LinkCommand(ServiceCommand):
    """Link a ticket to a deal or document; undo removes the link."""

    def __init__(self, env: ViewEnv, ticket: TicketDetail, target_type: str, target_id: uuid.UUID) -> None:
        super().__init__(env, f"Link {ticket.number} to a {target_type}")
        self.args = (ticket.id, target_type, target_id)
        self.link_id: Any = None

    def _redo(self) -> None:
        self.link_id = self.env.ctx.ticket_links.link(*self.args).value.id

    def _undo(self) -> None:
        self.env.ctx.ticket_links.unlink(self.link_id)


class TicketsPage(RecordListPage):
    title = QT_TRANSLATE_NOOP("labels", "Tickets")
    noun = QT_TRANSLATE_NOOP("labels", "tickets")
    settings_key = "tickets"
    entities = ("ticket", "account", "user")
    search_hint = QT_TRANSLATE_NOOP("labels", "Search number, subject, description…")
    kind = TICKET
    editor_class = TicketEditor
    model_class = TicketTableModel

    def __init__(self, env: ViewEnv, parent: QWidget | None = None) -> None:
        self.env = env
        filters = [
            Filter("kind", QCoreApplication.translate("TicketsPage", "All tickets"), self.queue_choices, ("user",)),
            Filter("owner_id", QCoreApplication.translate("TicketsPage", "Any assignee"), lambda: [(u.id, u.name) for u in env.ctx.lookups.users()], ("user",)),
            Filter("status", QCoreApplication.translate("TicketsPage", "Any status"), lambda: [(s, label(s)) for s in _STATUSES]),
            Filter("tag_id", QCoreApplication.translate("TicketsPage", "All tags"), lambda: [(t.id, t.name) for t in env.ctx.lookups.tags()], ("tag",)),
        ]  # fmt: skip
        super().__init__(env, TICKET_COLUMNS, _STATUSES, parent, filters=filters)
        self.new_button.setText(self.tr("New ticket"))
        self.new_button.setAccessibleName(self.tr("New ticket"))
        self.search.setAccessibleName(self.tr("Search tickets"))
        self.table.setAccessibleName(self.tr("Ticket queue"))
        self.model.set_query(replace(self.model.query, sort="due"))  # what breaches first on top
        self.table.sync_sort_indicator()
        self.menu: QMenu | None = None  # the open assign / priority menu (tests pick from it)
        self.detail = TicketDetailPane(self)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setSizes([820, 420])
        self.table.selectionModel().currentRowChanged.connect(self._on_current)
        self.merge_button = QPushButton(self.tr("Merge"), objectName="mergeTickets")
        self.merge_button.setToolTip(self.tr("Merge the other selected ticket into the current one (Ctrl+M)"))
        self.merge_button.setAccessibleName(self.tr("Merge tickets"))
        self.merge_button.clicked.connect(self.merge_selected)
        self.toolbar.insertWidget(self.toolbar.indexOf(self.new_button), self.merge_button)
        self._table_action(self.tr("Merge"), self.merge_selected, QKeySequence("Ctrl+M"))
        self.detail.link_button.clicked.connect(self.ask_link)
        self.report_button = QPushButton(self.tr("SLA report…"), objectName="slaReport")
        self.report_button.setToolTip(
            self.tr("First responses and resolutions on time, by period, priority, team")
        )
        self.report_button.setAccessibleName(self.tr("SLA compliance report"))
        self.report_button.clicked.connect(self.show_sla_report)
        self.toolbar.insertWidget(self.toolbar.indexOf(self.merge_button), self.report_button)
        self.report: QWidget | None = None
        self.keys = TriageKeys(self)
        for widget in (self.table, self.detail.reply_box, self.detail):
            widget.installEventFilter(self.keys)

    # --- queues -----------------------------------------------------------------------------------
    def queue_choices(self) -> list[tuple[str, str]]:
        me = self.env.ctx.current_user
        me_id = me.id if me else None
        team = self.env.ctx.tickets.my_team()
        choices = [(queue_kind("mine", me_id), self.tr("Mine"))] if me_id else []
        if team:
            choices.append((queue_kind("team", me_id, team), self.tr("My team's")))
        return [
            *choices,
            ("unassigned", self.tr("Unassigned")),
            ("breaching", self.tr("Breaching soon")),
            ("waiting", self.tr("Waiting for customer")),
            ("open", self.tr("All open")),
        ]

    def show_queue(self, kind: str) -> None:
        """Pick a queue by its ListQuery.kind ("" for all tickets), as the queue filter does."""
        if not self.filter_bar.loaded:
            self.filter_bar.reload()
        combo = self.filter_bar.combos["kind"]
        combo.setCurrentIndex(max(combo.findData(kind), 0) if kind else 0)
        self.apply_query()

    # --- selection and detail ---------------------------------------------------------------------
    def _on_current(self, current: Any, _previous: Any = None) -> None:
        item = self.model.item(current.row()) if current.isValid() else None
        if item is not None:
            self.detail.show_ticket(item.id)

    def open_id(self, record_id: Any) -> None:
        self.detail.show_ticket(record_id)
        self.select_id(record_id)

    def edit_id(self, record_id: uuid.UUID) -> None:
        super().open_id(record_id)

    def links_of(self, ticket_id: uuid.UUID) -> str:
        """The ticket's links as rich text (deals, documents, the ticket it was merged into, merged ones)."""
        ctx = self.env.ctx
        parts = []
        for link in ctx.ticket_links.links(ticket_id):
            name = html.escape(link.label or self.tr("(in the trash)"))
            what = self.tr("Merged into") if link.relation == "merged_into" else label(link.target_type)
            parts.append(f'{what}: <a href="{link.target_type}:{link.target_id}">{name}</a>')
        for merged in ctx.ticket_links.tickets_of("ticket", ticket_id):
            if merged.relation == "merged_into":
                parts.append(
                    self.tr("Merged from") + f': <a href="ticket:{merged.ticket_id}">{merged.number}</a>'
                )
        return "<br>".join(parts)

    def current_ticket(self) -> TicketDetail | None:
        if self.detail.ticket is None:
            row = self.current_row()
            item = self.model.item(row) if row >= 0 else None
            if item is not None:
                self.detail.show_ticket(item.id)
        return self.detail.ticket

    # --- triage -----------------------------------------------------------------------------------
    def change(self, text: str, **values: Any) -> bool:
        """Apply field changes to the current ticket as one undoable edit."""
        ticket = self.current_ticket()
        if ticket is None:
            return False
        command = EditCommand(self.env, TICKET, ticket, replace(ticket.as_input(), **values), ticket.number)
        try:
            command.execute()
        except RapportError as exc:
            self.env.error(self.tr("Could not change {0}: {1}").format(ticket.number, exc))
            return False
        self.env.push(command, text.format(ticket.number))
        self.detail.show_ticket(ticket.id)
        return True

    def _popup(self, name: str, choices: list[tuple[Any, str]], pick: Any) -> QMenu:
        menu = QMenu(self, objectName=name)
        menu.setAccessibleName(name)
        for value, text in choices:
            menu.addAction(text, lambda v=value: pick(v)).setData(value)
        rect = self.table.visualRect(self.table.currentIndex())
        menu.popup(self.table.viewport().mapToGlobal(rect.bottomLeft()))
        self.menu = menu
        return menu

    def ask_assignee(self) -> QMenu | None:
        if self.current_ticket() is None:
            return None
        me = self.env.ctx.current_user
        users = [(u.id, u.name) for u in self.env.ctx.lookups.users()]
        if me is not None:
            users.sort(key=lambda u: u[0] != me.id)  # me first
        choices = [*users, (NOBODY, self.tr("Nobody (unassigned)"))]
        return self._popup("assignMenu", choices, self.assign)

    def assign(self, user_id: Any) -> bool:
        return self.change(self.tr("Assigned {0}"), assignee_id=None if user_id == NOBODY else user_id)

    def ask_priority(self) -> QMenu | None:
        if self.current_ticket() is None:
            return None
        choices = [(p, label(p)) for p in reversed(PRIORITIES)]
        return self._popup("priorityMenu", choices, self.set_priority)

    def set_priority(self, priority: str) -> bool:
        return self.change(self.tr("Priority of {0} set to ") + label(priority), priority=priority)

    def start_reply(self) -> None:
        if self.current_ticket() is not None:
            self.detail.reply_box.setFocus()

    def send_reply(self) -> bool:
        ticket = self.current_ticket()
        body = self.detail.reply_box.toPlainText()
        if ticket is None or not body.strip():
            return False
        internal = self.detail.internal.isChecked()
        try:
            self.env.ctx.tickets.reply(ticket.id, body, internal=internal)
        except RapportError as exc:
            self.env.error(str(exc))
            return False
        self.detail.reply_box.clear()
        self.detail.internal.setChecked(False)
        self.env.status(self.tr("Note added to {0}" if internal else "Replied on {0}").format(ticket.number))
        self.detail.show_ticket(ticket.id)
        self.table.setFocus()
        return True

    def show_sla_report(self) -> QWidget:
        from app.views.service_desk.sla_report import SlaReportDialog

        self.report = SlaReportDialog(self.env, self)
        self.report.open()
        return self.report

    def merge_selected(self) -> bool:
        """With two tickets selected, keep the current one and merge the other into it."""
        items = self.selected_items()
        keep = self.current_ticket()
        others = [i for i in items if keep is not None and i.id != keep.id]
        if keep is None or len(items) != 2 or len(others) != 1:
            self.env.status(self.tr("Select two tickets to merge: the current one is kept"))
            return False
        try:
            gone = self.env.ctx.tickets.get(others[0].id)
            command = MergeCommand(self.env, keep, gone)
            command.execute()
        except RapportError as exc:
            self.env.error(self.tr("Could not merge: {0}").format(exc))
            return False
        self.env.push(command, self.tr("Merged {0} into {1}").format(gone.number, keep.number))
        self.detail.show_ticket(keep.id)
        return True

    def ask_link(self) -> QMenu | None:
        ticket = self.current_ticket()
        if ticket is None:
            return None
        choices = [
            ((kind, ident), f"{label(kind)}: {name}")
            for kind, ident, name in self.env.ctx.ticket_links.candidates(ticket.id)
        ]
        linked = {(lk.target_type, lk.target_id) for lk in self.env.ctx.ticket_links.links(ticket.id)}
        choices += [
            (("article", a.id), self.tr("Article: {0}").format(a.title))
            for a in self.detail.suggested
            if ("article", a.id) not in linked
        ]
        if not choices:
            self.env.status(self.tr("No deal, document or suggested article to link"))
            return None
        return self._popup("linkMenu", choices, self.link_to)

    def link_to(self, target: tuple[str, uuid.UUID]) -> bool:
        ticket = self.current_ticket()
        if ticket is None:
            return False
        command = LinkCommand(self.env, ticket, *target)
        try:
            command.execute()
        except RapportError as exc:
            self.env.error(str(exc))
            return False
        self.env.push(command, self.tr("Linked {0}").format(ticket.number))
        self.detail.show_ticket(ticket.id)
        return True

    def ask_csat(self) -> QMenu | None:
        ticket = self.current_ticket()
        if ticket is None or ticket.status not in ("resolved", "closed"):
            return None
        words = {5: self.tr("very satisfied"), 4: self.tr("satisfied"), 3: self.tr("neutral"),
                 2: self.tr("dissatisfied"), 1: self.tr("very dissatisfied")}  # fmt: skip
        return self._popup("csatMenu", [(n, f"{n} — {w}") for n, w in words.items()], self.record_csat)

    def record_csat(self, score: int) -> bool:
        ticket = self.current_ticket()
        if ticket is None:
            return False
        try:
            self.env.ctx.feedback.record_csat(ticket.id, score)
        except RapportError as exc:
            self.env.error(str(exc))
            return False
        self.env.status(self.tr("CSAT {0} recorded for {1}").format(score, ticket.number))
        self.detail.show_ticket(ticket.id)
        return True

    def resolve(self) -> bool:
        ticket = self.current_ticket()
        if ticket is None or ticket.status in ("resolved", "closed"):
            return False
        return self.change(self.tr("Resolved {0}"), status="resolved")


_STATUSES = STATUSES


def _tr(text: str) -> str:
    return QCoreApplication.translate("TicketsPage", text)
