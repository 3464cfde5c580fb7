"""The document editor: header fields, the line table (edit, add, remove, drag to reorder, pick a product
by typing) with totals updated on every edit, and an undo stack for the lines (Ctrl+Z inside the table).
Saving goes through the services and the main undo stack like every other editor."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.core.errors import FieldError, RapportError, ValidationError
from app.services.documents.document_input import (
    DOCUMENT_STATUSES,
    TYPE_TITLES,
    DocumentDetail,
    DocumentInput,
)
from app.services.documents.products import ProductPick
from app.views.common.customer_value import SuggestionList
from app.views.common.env import DOCUMENT, ViewEnv
from app.views.common.field_error import FieldWithError
from app.views.common.form_dialog import Field, FormDialog
from app.views.common.formatting import label
from app.views.common.search_box import AccountPicker, TypeAhead
from app.views.common.style import icon
from app.views.documents.lines_model import DocumentLinesModel, EditLine, from_detail, from_product

DATE_FIELDS = ("issued_on", "valid_until", "delivery_date")
PREFERRED = QSize(1100, 860)  # on a large screen; a laptop's 768 px get the available height
LINES_HINT = "Double-click to edit, drag to reorder; Ctrl+Z in the table undoes"


class ProductPicker(TypeAhead):
    """Type part of a SKU or name; emits the chosen product (priced from the document's price list)."""

    def __init__(self, env: ViewEnv, parent: QWidget | None = None) -> None:
        super().__init__("Add product: type its SKU or name…", parent)
        self.setObjectName("productPicker")
        self.env = env
        self.price_list_id: uuid.UUID | None = None

    def lookup(self, text: str) -> list[tuple[QIcon, str, Any]]:
        picks = self.env.ctx.products.find(text, self.price_list_id, 15)
        return [(icon("products"), f"{p.sku}  {p.name}  ({p.price} {p.currency})", p) for p in picks]


class DocumentEditor(FormDialog):
    def __init__(
        self,
        env: ViewEnv,
        detail: DocumentDetail | None = None,
        parent: QWidget | None = None,
        doc_type: str = "quote",
    ):
        self.doc_type = detail.doc_type if detail else doc_type
        fields = [
            Field("status", self.tr("Status"), "choice", lambda: [(s, label(s)) for s in DOCUMENT_STATUSES]),
            Field("issued_on", self.tr("Issued on"), placeholder=self.tr("YYYY-MM-DD")),
            Field(
                "valid_until" if self.doc_type == "quote" else "delivery_date",
                "Valid until" if self.doc_type == "quote" else "Delivery date",
                placeholder=self.tr("YYYY-MM-DD"),
            ),
            Field("currency", self.tr("Currency"), placeholder=self.tr("EUR")),
            Field("price_list_id", self.tr("Price list"), "choice", lambda: self._price_lists(), column=1),
            Field("payment_terms", self.tr("Payment terms"), column=1),
            Field("notes", self.tr("Notes"), "multiline", column=1),
        ]
        super().__init__(env, DOCUMENT, fields, None, parent)
        self.setWindowTitle(
            f"{TYPE_TITLES[self.doc_type]} {detail.number}"
            if detail
            else f"New {TYPE_TITLES[self.doc_type].lower()}"
        )
        self.setMinimumWidth(760)
        self.editor("notes").setMaximumHeight(52)  # the lines, not the notes, get the height
        self.body.setSpacing(6)
        self.account: tuple[uuid.UUID, str] | None = None
        self.account_label = QLabel(objectName="documentAccount", textFormat=Qt.TextFormat.PlainText)
        self.account_picker = AccountPicker(env.ctx)
        self.account_picker.setPlaceholderText(self.tr("Type the account's name…"))
        self.account_picker.picked.connect(self.set_account)
        account_row = QHBoxLayout()
        account_row.addWidget(QLabel("Supplier *" if self.doc_type == "purchase_order" else "Customer *"))
        account_row.addWidget(self.account_label, 1)
        account_row.addWidget(self.account_picker, 1)
        # the account's people and deals, filled when the account is chosen
        self.contact_box = QComboBox(objectName="documentContact")
        self.deal_box = QComboBox(objectName="documentDeal")
        links_row = QHBoxLayout()
        links_row.addWidget(QLabel(self.tr("Contact")))
        links_row.addWidget(self.contact_box, 1)
        links_row.addWidget(QLabel(self.tr("Deal")))
        links_row.addWidget(self.deal_box, 1)
        account_block = QVBoxLayout()
        account_block.setContentsMargins(0, 0, 0, 0)
        account_block.addLayout(account_row)
        account_block.addLayout(links_row)
        self._fill_links(None)
        self.account_field = FieldWithError(QWidget())
        self.account_field.editor.setLayout(account_block)
        self.extra_fields["account_id"] = self.account_field
        self.body.insertWidget(1, self.account_field)

        self.lines = DocumentLinesModel(currency="EUR", parent=self)
        self.table = QTableView(objectName="documentLines")
        self.table.setModel(self.lines)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.table.setDragEnabled(True)
        self.table.setAcceptDrops(True)
        self.table.setDropIndicatorShown(True)
        self.table.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.setMinimumHeight(160)
        rows = self.table.verticalHeader()
        rows.setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.setToolTip(LINES_HINT)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for col, width in ((0, 80), (2, 60), (3, 55), (4, 90), (5, 60), (6, 55), (7, 100)):
            self.table.setColumnWidth(col, width)
        self.product_picker = ProductPicker(env)
        self.product_picker.chosen.connect(self.add_product)
        add_text = QPushButton(icon("add"), self.tr("Add text line"))
        add_text.setObjectName("addLine")
        add_text.clicked.connect(lambda: self._add(EditLine(description="", tax_rate=self._default_tax())))
        remove = QPushButton(self.tr("Remove line"))
        remove.setObjectName("removeLine")
        remove.clicked.connect(self.remove_selected)
        up, down = QPushButton(self.tr("Move up")), QPushButton(self.tr("Move down"))
        up.clicked.connect(lambda: self.move_selected(-1))
        down.clicked.connect(lambda: self.move_selected(1))
        tools = QHBoxLayout()
        tools.addWidget(self.product_picker, 2)
        for button in (add_text, remove, up, down):
            tools.addWidget(button)
        self.totals_label = QLabel(objectName="documentTotals")
        self.totals_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.lines_field = FieldWithError(self.table)
        self.extra_fields["lines"] = self.lines_field
        self.extra.addLayout(tools)
        self.document_id: uuid.UUID | None = None
        self.suggestions: SuggestionList | None = None
        if self.doc_type == "quote":  # cross-sell and upsell: what to offer this customer, one click to add
            self.suggestions = SuggestionList(env, can_add=True)
            self.suggestions.setMaximumWidth(280)
            self.suggestions.chosen.connect(self.add_suggestion)
            beside = QHBoxLayout()
            beside.addWidget(self.lines_field, 3)
            beside.addWidget(self.suggestions, 1)
            self.extra.addLayout(beside, 1)
        else:
            self.extra.addWidget(self.lines_field, 1)
        below = QHBoxLayout()
        below.addWidget(QLabel(LINES_HINT, objectName="linesHint", wordWrap=True), 1)
        below.addWidget(self.totals_label)  # never cut: the hint wraps instead
        self.extra.addLayout(below)
        self.body.setStretchFactor(self.extra, 1)
        self.preview_button = QPushButton(
            icon("pdf"), self.tr("Save and preview…"), objectName="documentPreview"
        )
        self.preview_button.setToolTip(self.tr("Save, then show the PDF as it will print (Ctrl+P)"))
        self.preview_button.clicked.connect(self.print_preview)
        buttons = self.findChild(QDialogButtonBox)
        buttons.addButton(self.preview_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.print_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Print), self)
        self.print_shortcut.activated.connect(self.print_preview)
        self.preview_window: QWidget | None = None
        for keys, slot in (
            (QKeySequence.StandardKey.Undo, self.lines.undo_stack.undo),
            (QKeySequence.StandardKey.Redo, self.lines.undo_stack.redo),
        ):
            shortcut = QShortcut(QKeySequence(keys), self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self.lines.totalsChanged.connect(self.update_totals)
        self.editor("currency").textChanged.connect(self._currency_changed)
        self.editor("price_list_id").currentIndexChanged.connect(self._price_list_changed)
        if detail is not None:
            self.load(detail)
        else:
            company = env.ctx.company.get()
            self.editor("issued_on").setText(date.today().isoformat())
            self.editor("currency").setText(company.default_currency)
            self.editor("payment_terms").setText(company.payment_terms)
        self.update_totals()

    # --- size and printing --------------------------------------------------------------------------
    def fit_to(self, available: QSize) -> None:
        """Take PREFERRED, or what the screen has (a 768-px laptop: its available height); the line
        table takes whatever the header fields leave."""
        frame = 48  # the window manager's title bar and borders, and a little air
        self.resize(
            max(self.minimumWidth(), min(PREFERRED.width(), available.width() - frame)),
            min(PREFERRED.height(), available.height() - frame),
        )

    def showEvent(self, event: QShowEvent) -> None:
        if not self.property("fitted"):
            self.setProperty("fitted", True)
            self.fit_to(self.screen().availableGeometry().size())
        super().showEvent(event)

    def print_preview(self) -> None:
        """Ctrl+P: save what is in the editor (undoable like Save) and preview the stored document's PDF;
        the editor stays open. A field that does not validate is marked as on Save, nothing is printed."""
        from app.services.documents.pdf import render
        from app.views.common.printing import preview_dialog

        values = self.values()
        try:
            self.save(self.to_input(values), self.record_label(values))
        except ValidationError as exc:
            self.show_errors(exc)
            return
        except RapportError as exc:
            self.env.error(self.tr("Could not save before printing: {exc}").format(exc=exc))
            return
        detail = self.env.ctx.documents.get(self.saved_id)
        self.load(detail)
        self.setWindowTitle(f"{TYPE_TITLES[self.doc_type]} {detail.number}")
        data = render(detail, self.env.ctx.company.get())
        self.preview_window = preview_dialog(self, data, f"{detail.title} {detail.number}")
        self.preview_window.open()

    def _price_lists(self) -> list[tuple[Any, str]]:
        return [(None, "(standard prices)")] + [
            (p.id, f"{p.name} ({p.currency})") for p in self.env.ctx.products.price_lists()
        ]

    def _price_list_changed(self) -> None:
        self.product_picker.price_list_id = self.editor("price_list_id").currentData()

    def _currency_changed(self, text: str) -> None:
        if len(text.strip()) == 3:
            self.lines.currency = text.strip().upper()
            self.update_totals()

    def _default_tax(self) -> str:
        return self.lines.lines[-1].tax_rate if self.lines.lines else "0"

    # --- lines ------------------------------------------------------------------------------------
    def set_account(self, account_id: uuid.UUID, name: str) -> None:
        changed = self.account is None or self.account[0] != account_id
        self.account = (account_id, name)
        self.account_label.setText(name)
        self.account_picker.clear()
        if changed:
            self._fill_links(account_id)
            self._refresh_suggestions()

    def _refresh_suggestions(self) -> None:
        if self.suggestions is not None:
            on_quote = {line.product_id for line in self.lines.lines if line.product_id}
            self.suggestions.show_for(self.account[0] if self.account else None, on_quote)

    def add_suggestion(self, suggestion: Any) -> None:
        """Add a suggested product as a line, priced like a picked one, and record the offer as taken."""
        price_list = self.editor("price_list_id").currentData()
        self._add(from_product(self.env.ctx.products.pick(suggestion.product_id, price_list)))
        if self.suggestions is not None:
            self.suggestions.record_taken(suggestion, self.document_id)
        self._refresh_suggestions()

    def _fill_links(self, account_id: uuid.UUID | None) -> None:
        """Offer the account's contacts and deals; a new account clears both choices."""
        contacts = self.env.ctx.accounts.get(account_id).contacts if account_id else ()
        deals = self.env.ctx.deals.for_account(account_id) if account_id else []
        for box, items in (
            (self.contact_box, [(c.contact_id, c.name) for c in contacts]),
            (self.deal_box, deals),
        ):
            box.clear()
            box.addItem(self.tr("(none)"), None)
            for item_id, text in items:
                box.addItem(text, item_id)
            box.setEnabled(bool(items))

    def _choose(self, box: QComboBox, wanted: uuid.UUID | None) -> None:
        index = box.findData(wanted) if wanted is not None else 0
        if index < 0 and wanted is not None:  # linked earlier, e.g. a contact who has left the account
            box.addItem(self.tr("(linked record)"), wanted)
            index = box.count() - 1
        box.setCurrentIndex(max(index, 0))

    def add_product(self, pick: ProductPick) -> None:
        self._add(from_product(pick))
        self.product_picker.clear()

    def _add(self, line: EditLine) -> None:
        row = self.lines.add(line)
        self.table.selectRow(row)
        self.table.setCurrentIndex(self.lines.index(row, 1))

    def remove_selected(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.lines.remove(index.row())

    def move_selected(self, step: int) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            target = index.row() + step
            self.lines.move(index.row(), target)
            if 0 <= target < self.lines.rowCount():
                self.table.selectRow(target)

    def update_totals(self) -> None:
        self.totals_label.setText(self.lines.totals_text())

    # --- FormDialog hooks ---------------------------------------------------------------------------
    def load(self, detail: Any) -> None:
        super().load(detail)
        for name in DATE_FIELDS:
            if name in self.fields:
                value = getattr(detail, name)
                self.editor(name).setText(value.isoformat() if value else "")
        if hasattr(self, "lines"):
            self.set_account(detail.account_id, detail.account_name)
            self._choose(self.contact_box, detail.contact_id)
            self._choose(self.deal_box, detail.deal_id)
            self.lines.currency = detail.currency
            self.lines.beginResetModel()
            self.lines.lines = [from_detail(line) for line in detail.lines]
            self.lines.endResetModel()
            self.lines.undo_stack.clear()
            self.update_totals()
            self.document_id = detail.id
            self._refresh_suggestions()

    def to_input(self, values: dict[str, Any]) -> DocumentInput:
        errors: list[FieldError] = []
        dates: dict[str, date | None] = {}
        for name in DATE_FIELDS:
            text = values.pop(name, "").strip()
            try:
                dates[name] = date.fromisoformat(text) if text else None
            except ValueError:
                errors.append(FieldError(name, "a date as YYYY-MM-DD"))
        if errors:
            raise ValidationError(errors)
        before = self.detail.as_input() if self.detail else DocumentInput(doc_type=self.doc_type)
        return DocumentInput(
            doc_type=self.doc_type,
            account_id=self.account[0] if self.account else None,
            contact_id=self.contact_box.currentData(),
            deal_id=self.deal_box.currentData(),
            source_id=before.source_id,
            lines=self.lines.inputs(),
            **dates,
            **values,
        )

    def record_label(self, values: dict[str, Any]) -> str:
        return self.detail.number if self.detail else TYPE_TITLES[self.doc_type].lower()

    def show_errors(self, error: ValidationError) -> None:
        super().show_errors(error)
        rows = [e for e in error.errors if e.row is not None]
        if rows:
            self.lines_field.set_error(
                "; ".join(f"line {e.row}: {e.field.replace('_', ' ')}: {e.message}" for e in rows[:4])
            )
