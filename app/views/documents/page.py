"""The Documents page: quotes, sales orders and purchase orders; new, edit, convert, PDF.

Printing: the PDF (reportlab) is the one rendering. "Print preview…" and "Print…" (Ctrl+P) draw its pages
through app/views/common/printing.py, "Save as PDF…" writes it, "Open in the PDF viewer" hands it to the system.
"""

from __future__ import annotations

import tempfile
import uuid
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence
from PySide6.QtWidgets import QInputDialog, QMenu, QToolButton, QWidget

from app.services.core.errors import RapportError
from app.services.documents.document_input import DOCUMENT_STATUSES, TYPE_TITLES
from app.views.common.columns import DOCUMENT_COLUMNS
from app.views.common.commands import ServiceCommand
from app.views.common.env import DOCUMENT, ViewEnv
from app.views.common.file_dialogs import get_save_file_name
from app.views.common.formatting import label
from app.views.common.style import icon
from app.views.documents.editor import DocumentEditor
from app.views.lists.filter_bar import Filter
from app.views.lists.record_page import RecordListPage


class DeriveCommand(ServiceCommand):
    """Create a document from another (quote -> order, order -> purchase order); undo removes it."""

    def __init__(self, env: ViewEnv, text: str, action: Any) -> None:
        super().__init__(env, text)
        self.action = action
        self.created: Any = None

    def _redo(self) -> None:
        self.created = self.action().value

    def _undo(self) -> None:
        self.env.ctx.documents.delete([self.created.id])
        self.env.ctx.trash.purge([("document", self.created.id)])


class DocumentsPage(RecordListPage):
    title = QT_TRANSLATE_NOOP("labels", "Documents")
    noun = QT_TRANSLATE_NOOP("labels", "documents")
    settings_key = "documents"
    entities = ("document", "account")
    search_hint = QT_TRANSLATE_NOOP("labels", "Search number, account, notes…")
    kind = DOCUMENT
    editor_class = DocumentEditor
    print_list_on_ctrl_p = False  # Ctrl+P prints the selected document; the list prints from its menu

    def __init__(self, env: ViewEnv, parent: QWidget | None = None) -> None:
        filters = [
            Filter("kind", self.tr("All types"), lambda: list(TYPE_TITLES.items())),
            Filter("status", self.tr("Any status"), lambda: [(s, label(s)) for s in DOCUMENT_STATUSES]),
        ]
        super().__init__(env, DOCUMENT_COLUMNS, DOCUMENT_STATUSES, parent, filters=filters)
        self._last_created: Any = None  # the document the last conversion made
        self.new_button.setText(self.tr("New quote"))
        new_menu = QMenu(self)
        for doc_type, title in TYPE_TITLES.items():
            new_menu.addAction(title, lambda t=doc_type: self.new_document(t))
        new_menu.addSeparator()
        new_menu.addAction(self.tr("Quote from a deal…"), self.ask_deal_for_quote)
        more = QToolButton(objectName="newDocumentMenu", text="▾")
        more.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        more.setMenu(new_menu)
        self.toolbar.addWidget(more)
        self._table_action("Print", self.print_document, QKeySequence(QKeySequence.StandardKey.Print))
        for name, text, icon_name, entries in (
            (
                "convertButton",
                "Convert",
                "documents",
                (
                    ("Quote → sales order", self.convert_selected),
                    ("Sales order → purchase order…", self.purchase_order_selected),
                ),
            ),
            (
                "pdfButton",
                "PDF",
                "pdf",
                (
                    ("Print preview…", self.print_preview),
                    ("Print…", self.print_document),
                    ("Save as PDF…", self.save_pdf),
                    ("Open in the PDF viewer", self.open_pdf),
                    ("Email this document…", self.email_document),
                ),
            ),
        ):
            menu = QMenu(self)
            for entry, slot in entries:
                menu.addAction(entry, lambda slot=slot: slot())
            button = QToolButton(objectName=name, text=text, icon=icon(icon_name))
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
            button.setMenu(menu)
            self.toolbar.addWidget(button)

    def new_record(self) -> None:
        self.new_document("quote")

    def new_document(self, doc_type: str) -> None:
        if self.editor is not None and self.editor.isVisible():
            self.editor.raise_()
            return
        self.editor = DocumentEditor(self.env, None, self, doc_type=doc_type)
        self.editor.accepted.connect(lambda dialog=self.editor: self.after_save(dialog.saved_id))
        self.editor.open()

    def ask_deal_for_quote(self) -> None:
        """Choose an account, then one of its deals; a draft quote is made from that deal."""
        name, ok = QInputDialog.getText(
            self, self.tr("Quote from a deal"), self.tr("The deal's account (start of its name):")
        )
        if not ok or not name.strip():
            return
        found = self.env.ctx.accounts.find_by_name(name, 1)
        deals = self.env.ctx.deals.for_account(found[0][0]) if found else []
        if not deals:
            self.env.error(
                self.tr("No deals at an account whose name starts with “{name}”").format(name=name)
            )
            return
        labels = [deal_name for _id, deal_name in deals]
        chosen, ok = QInputDialog.getItem(
            self,
            self.tr("Quote from a deal"),
            self.tr("Deal at {v0}:").format(v0=found[0][1]),
            labels,
            0,
            False,
        )
        if ok:
            self.quote_from_deal(deals[labels.index(chosen)][0])

    def quote_from_deal(self, deal_id: uuid.UUID) -> None:
        """Make a draft quote from a deal (undoable), select it and open it in the editor to adjust its line.

        The board's card menu can call this too ("Create quote from this deal")."""
        self._derive("Create quote from deal", lambda: self.env.ctx.documents.quote_from_deal(deal_id))
        created = self._last_created
        if created is not None:
            self._edit(self.env.ctx.documents.get(created.id))

    def _current_id(self) -> uuid.UUID | None:
        items = self.selected_items()
        if not items:
            self.env.status(self.tr("Select a document first"))
            return None
        return items[0].id

    def email_document(self) -> None:
        """Compose a mail to the document's contact (else its account) with its PDF attached."""
        from app.views.mail.actions import open_compose

        document_id = self._current_id()
        if document_id is not None:
            self.compose_dialog = open_compose(self.env, self, "document", document_id)

    def convert_selected(self) -> None:
        doc_id = self._current_id()
        if doc_id is not None:
            self._derive(
                "Convert quote to sales order", lambda: self.env.ctx.documents.convert_to_order(doc_id)
            )

    def purchase_order_selected(self, supplier_id: uuid.UUID | None = None) -> None:
        doc_id = self._current_id()
        if doc_id is None:
            return
        if supplier_id is None:
            name, ok = QInputDialog.getText(
                self, self.tr("Purchase order"), self.tr("Supplier account (start of its name):")
            )
            found = self.env.ctx.accounts.find_by_name(name, 1) if ok and name.strip() else []
            if not found:
                if ok:
                    self.env.error(self.tr("No account starts with “{name}”").format(name=name))
                return
            supplier_id = found[0][0]
        sid = supplier_id
        self._derive(
            "Purchase order from sales order", lambda: self.env.ctx.documents.purchase_order_from(doc_id, sid)
        )

    def _derive(self, text: str, action: Any) -> None:
        command = DeriveCommand(self.env, text, action)
        self._last_created = None
        try:
            command.execute()
        except RapportError as exc:
            self.env.error(
                self.tr("Could not {v0}{v1}: {exc}").format(v0=text[0].lower(), v1=text[1:], exc=exc)
            )
            return
        self._last_created = command.created
        self.env.push(
            command,
            self.tr("{v0} {number} created").format(
                v0=TYPE_TITLES[command.created.doc_type], number=command.created.number
            ),
        )
        self.select_id(command.created.id)

    def pdf_bytes(self, doc_id: uuid.UUID) -> tuple[str, bytes]:
        from app.services.documents.pdf import render

        doc = self.env.ctx.documents.get(doc_id)
        return doc.number, render(doc, self.env.ctx.company.get())

    def save_pdf(self, path: str | None = None) -> None:
        doc_id = self._current_id()
        if doc_id is None:
            return
        try:
            number, data = self.pdf_bytes(doc_id)
        except RapportError as exc:
            self.env.error(str(exc))
            return
        if not path:
            path, _ = get_save_file_name(
                self, self.tr("Save as PDF"), f"{number}.pdf", self.tr("PDF files (*.pdf)")
            )
        if path:
            Path(path).write_bytes(data)
            self.env.status(self.tr("{number} saved to {path}").format(number=number, path=path))

    def _selected_pdf(self) -> tuple[str, bytes] | None:
        doc_id = self._current_id()
        if doc_id is None:
            return None
        try:
            return self.pdf_bytes(doc_id)
        except RapportError as exc:
            self.env.error(str(exc))
            return None

    def print_preview(self) -> None:
        """Preview the selected document's PDF pages in the app; print from the preview."""
        from app.views.common.printing import preview

        selected = self._selected_pdf()
        if selected is not None:
            preview(self, selected[1], selected[0])

    def print_document(self) -> None:
        from app.views.common.printing import PrintError, print_with_dialog

        selected = self._selected_pdf()
        if selected is None:
            return
        try:
            if print_with_dialog(self, selected[1], selected[0]):
                self.env.status(self.tr("{v0} sent to the printer").format(v0=selected[0]))
        except PrintError as exc:
            self.env.error(self.tr("Could not print {v0}: {exc}").format(v0=selected[0], exc=exc))

    def open_pdf(self) -> None:
        """Write the PDF to a temporary file and open it in the system viewer (preview and print)."""
        doc_id = self._current_id()
        if doc_id is None:
            return
        number, data = self.pdf_bytes(doc_id)
        target = Path(tempfile.gettempdir()) / f"rapport-{number}.pdf"
        target.write_bytes(data)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))
        self.env.status(self.tr("Opened {number} in the PDF viewer").format(number=number))
