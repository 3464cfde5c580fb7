"""What every page, dialog and command of the GUI shares: the app context, undo stack and feedback."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.context import AppContext

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand, QUndoStack

from app.views.common.change_relay import ChangeRelay


@dataclass(frozen=True)
class EntityKind:
    """A record type the GUI edits: its change-bus name, words for messages, and its service."""

    name: str
    singular: str
    service: Callable[[AppContext], Any]

    @property
    def title(self) -> str:
        return self.singular.capitalize()


CONTACT = EntityKind("contact", "contact", lambda ctx: ctx.contacts)
ACCOUNT = EntityKind("account", "account", lambda ctx: ctx.accounts)
PRODUCT = EntityKind("product", "product", lambda ctx: ctx.products)
DOCUMENT = EntityKind("document", "document", lambda ctx: ctx.documents)
LEAD = EntityKind("lead", "lead", lambda ctx: ctx.leads)
NPS = EntityKind("nps", "NPS answer", lambda ctx: ctx.nps)
SEGMENT = EntityKind("segment", "segment", lambda ctx: ctx.segments)
ACTIVITY = EntityKind("activity", "activity", lambda ctx: ctx.activities)
DEAL = EntityKind("deal", "deal", lambda ctx: ctx.deals)
KINDS = {k.name: k for k in (CONTACT, ACCOUNT, LEAD, PRODUCT, DOCUMENT, NPS, SEGMENT, ACTIVITY, DEAL)}


@dataclass
class ViewEnv:
    ctx: AppContext
    undo: QUndoStack
    relay: ChangeRelay
    status: Callable[[str], None]
    error: Callable[[str], None]
    open_record: Callable[[str, Any], None] = lambda entity, record_id: None
    index_segment: Callable[[Any], None] = lambda segment_id: None  # the window's SegmentIndexer

    def push(self, command: QUndoCommand, message: str) -> None:
        """Put an already-executed command on the undo stack and say so in the status bar."""
        self.undo.push(command)
        self.status(
            QCoreApplication.translate("ViewEnv", "{message} — Ctrl+Z to undo").format(message=message)
        )
