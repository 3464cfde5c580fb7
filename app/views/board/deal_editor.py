"""The deal editor: name, pipeline and stage, account and contact, amount, close date, owner, custom fields
and the product lines (deal_lines_widget.py): with lines, the amount is their net total and not typed.

Opened from the pipeline board (New deal, double-click or Enter on a card); saving goes through the
generic Create/Edit undo commands of `FormDialog`.
"""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.services.core.errors import FieldError, RapportError, ValidationError
from app.services.sales.board import PipelineRef
from app.services.sales.deal_input import DealDetail, DealInput
from app.services.sales.deal_lines import DealLineInput
from app.views.board.deal_lines_model import EditDealLine, from_detail
from app.views.board.deal_lines_widget import DealLinesSection
from app.views.common.date_edit import OptionalDateEdit
from app.views.common.env import DEAL, ViewEnv
from app.views.common.field_error import FieldWithError
from app.views.common.form_dialog import Field, FormDialog, find_data, owner_choices
from app.views.common.search_box import AccountPicker


class DealEditor(FormDialog):
    def __init__(
        self,
        env: ViewEnv,
        detail: DealDetail | None = None,
        parent: QWidget | None = None,
        prefill: DealInput | None = None,
    ) -> None:
        try:
            self.pipelines: list[PipelineRef] = env.ctx.deals.pipelines()
        except RapportError:
            self.pipelines = []
        fields = [
            Field("name", self.tr("Name *")),
            Field(
                "pipeline_id",
                self.tr("Pipeline *"),
                "choice",
                lambda: [(p.id, p.name) for p in self.pipelines],
            ),
            Field("stage_id", self.tr("Stage *"), "choice"),
            Field("lost_reason", self.tr("Lost because"), placeholder=self.tr("Needed for a lost stage")),
            Field("amount", self.tr("Amount"), placeholder=self.tr("e.g. 12500.00"), column=1),
            Field("currency", self.tr("Currency"), placeholder=self.tr("EUR"), column=1),
            Field("expected_close", self.tr("Expected close"), "date", column=1),
            Field("owner_id", self.tr("Owner"), "choice", lambda: owner_choices(env), column=1),
        ]
        super().__init__(env, DEAL, fields, None, parent)
        self.setObjectName("dealEditor")
        self.setWindowTitle("Edit deal" if detail else "New deal")
        self.editor("pipeline_id").currentIndexChanged.connect(lambda _=0: self._fill_stages())
        self.editor("stage_id").currentIndexChanged.connect(lambda _=0: self._show_probability())
        self._build_links()
        self._build_lines()
        self.detail = detail
        self.load(
            detail or prefill or DealInput(owner_id=env.ctx.current_user.id if env.ctx.current_user else None)
        )
        self.editor("name").setFocus()

    def _editor(self, spec: Field) -> QWidget:
        """Dates get a calendar popup (and may stay empty); the rest as in every form."""
        if spec.kind == "date":
            editor = OptionalDateEdit(empty_text="No close date")
            editor.setObjectName(spec.name)
            return editor
        return super()._editor(spec)

    # --- account and contact ------------------------------------------------------------------------
    def _build_links(self) -> None:
        self.account: tuple[uuid.UUID, str] | None = None
        self.account_label = QLabel(
            self.tr("(none)"), objectName="dealAccount", textFormat=Qt.TextFormat.PlainText
        )
        self.account_picker = AccountPicker(self.env.ctx)
        self.account_picker.setPlaceholderText(self.tr("Type the account's name…"))
        self.account_picker.picked.connect(self.set_account)
        clear = QPushButton(self.tr("Clear"), objectName="clearAccount")
        clear.clicked.connect(lambda: self.set_account(None, ""))
        account_row = QHBoxLayout()
        account_row.setContentsMargins(0, 0, 0, 0)
        account_row.addWidget(QLabel(self.tr("Account")))
        account_row.addWidget(self.account_label, 1)
        account_row.addWidget(self.account_picker, 1)
        account_row.addWidget(clear)
        block = QWidget()
        block.setLayout(account_row)
        self.account_field = FieldWithError(block)
        self.contact_box = QComboBox(objectName="dealContact")
        self.contact_field = FieldWithError(self.contact_box)
        contact_row = QHBoxLayout()
        contact_row.addWidget(QLabel(self.tr("Contact")))
        contact_row.addWidget(self.contact_field, 1)
        self.probability = QLabel(objectName="muted")
        contact_row.addWidget(self.probability)
        links = QVBoxLayout()
        links.addWidget(self.account_field)
        links.addLayout(contact_row)
        self.extra_fields["account_id"] = self.account_field
        self.extra_fields["contact_id"] = self.contact_field
        self.body.insertLayout(2, links)

    def set_account(self, account_id: uuid.UUID | None, name: str) -> None:
        """Choose the account (None: no account) and offer its contacts."""
        self.account = (account_id, name) if account_id is not None else None
        self.account_label.setText(name or "(none)")
        self.account_picker.clear()
        contacts = []
        if account_id is not None:
            try:
                contacts = [(c.contact_id, c.name) for c in self.env.ctx.accounts.get(account_id).contacts]
            except RapportError as exc:
                self.env.error(str(exc))
        self.contact_box.clear()
        self.contact_box.addItem(self.tr("(none)"), None)
        for contact_id, text in contacts:
            self.contact_box.addItem(text, contact_id)
        self.contact_box.setEnabled(bool(contacts))

    def _choose_contact(self, contact_id: uuid.UUID | None, name: str) -> None:
        index = find_data(self.contact_box, contact_id) if contact_id is not None else 0
        if index < 0 and contact_id is not None:  # linked earlier, e.g. someone who has left the account
            self.contact_box.addItem(name or "(linked contact)", contact_id)
            self.contact_box.setEnabled(True)
            index = self.contact_box.count() - 1
        self.contact_box.setCurrentIndex(max(index, 0))

    # --- product lines -------------------------------------------------------------------------------
    def _build_lines(self) -> None:
        self.typed_amount = ""  # the amount as typed, given back when the last line goes
        self.products = DealLinesSection(self.env)
        self.products.changed.connect(self._follow_lines)
        self.editor("currency").textChanged.connect(
            lambda text: self.products.model.set_currency(text.strip().upper() or "EUR")
        )
        self.extra_fields["lines"] = self.products.field
        self.extra.addWidget(self.products)

    def _follow_lines(self) -> None:
        """With lines the amount shows their net total, read-only; without, the typed amount again."""
        amount = self.editor("amount")
        has_lines = bool(self.products.model.lines)
        if has_lines and not amount.isReadOnly():
            self.typed_amount = amount.text()
        elif not has_lines and amount.isReadOnly():
            amount.setText(self.typed_amount)
        amount.setReadOnly(has_lines)
        amount.setToolTip("The net total of the product lines" if has_lines else "")
        if has_lines:
            amount.setText(self.products.model.net_total() or "")

    def show_errors(self, error: ValidationError) -> None:
        """Each field as in every form; each bad line's cell is marked, the first named under the table
        (not one banner line each: fifty bad lines would push the dialog past the screen)."""
        on_lines = [e for e in error.errors if e.row is not None]
        others = [e for e in error.errors if e.row is None]
        if on_lines:
            more = len(on_lines) - 1
            summary = str(on_lines[0]) + (f" (and {more} more in the marked cells)" if more else "")
            others.append(FieldError("lines", summary))
        super().show_errors(ValidationError(others))
        self.products.model.show_errors(on_lines)
        if on_lines and not any(f.error for f in self.fields.values()):
            self.products.table.setFocus()

    # --- pipeline and stage --------------------------------------------------------------------------
    def _pipeline(self) -> PipelineRef | None:
        wanted = self.editor("pipeline_id").currentData()
        return next((p for p in self.pipelines if p.id == wanted), None)

    def _fill_stages(self) -> None:
        box: QComboBox = self.editor("stage_id")
        keep = box.currentData()
        box.blockSignals(True)
        box.clear()
        pipeline = self._pipeline()
        for stage in pipeline.stages if pipeline else ():
            box.addItem(stage.name, stage.id)
        box.setCurrentIndex(max(find_data(box, keep), 0) if keep is not None else 0)
        box.blockSignals(False)
        self._show_probability()

    def _show_probability(self) -> None:
        pipeline, stage_id = self._pipeline(), self.editor("stage_id").currentData()
        stage = next((s for s in pipeline.stages if s.id == stage_id), None) if pipeline else None
        self.probability.setText(f"Stage probability {stage.probability}%" if stage else "")
        self.editor("lost_reason").setEnabled(bool(stage and stage.is_lost))

    # --- FormDialog hooks ----------------------------------------------------------------------------
    def load(self, detail: Any) -> None:
        if detail.pipeline_id is None and self.pipelines:  # a new deal: the default pipeline
            default = next((p for p in self.pipelines if p.is_default), self.pipelines[0])
            detail = DealInput(**{**vars(detail), "pipeline_id": default.id})
        pipeline_box: QComboBox = self.editor("pipeline_id")
        pipeline_box.setCurrentIndex(max(find_data(pipeline_box, detail.pipeline_id), 0))
        self._fill_stages()
        editing, form = self.detail, self.custom_form
        if detail.custom is None:  # a prefilled new deal: the custom form keeps its defaults
            self.custom_form = None
        super().load(detail)
        self.custom_form = form
        if not isinstance(detail, DealDetail):
            self.detail = editing  # still a new deal: saving creates it
        if not isinstance(detail, DealDetail) and detail.stage_id is None:
            self.editor("stage_id").setCurrentIndex(0)
        if isinstance(detail, DealDetail):
            self.set_account(detail.account_id, detail.account)
            self._choose_contact(detail.contact_id, detail.contact)
        else:
            self.set_account(detail.account_id, "")
            self._choose_contact(detail.contact_id, "")
        if not str(self.editor("currency").text()):
            self.editor("currency").setText(self.tr("EUR"))
        self._load_lines(detail)
        self._show_probability()

    def _load_lines(self, detail: Any) -> None:
        amount = self.editor("amount")
        amount.setReadOnly(False)
        self.typed_amount = amount.text()
        if isinstance(detail, DealDetail):
            lines = [from_detail(line) for line in detail.lines]
        else:
            lines = [_from_input(line) for line in detail.lines or ()]
        self.products.model.load(lines, self.editor("currency").text().strip().upper() or "EUR")

    def to_input(self, values: dict[str, Any]) -> DealInput:
        return DealInput(
            **values,
            account_id=self.account[0] if self.account else None,
            contact_id=self.contact_box.currentData(),
            lines=self.products.model.inputs(),
        )

    def record_label(self, values: dict[str, Any]) -> str:
        return str(values["name"]).strip()


def _from_input(line: DealLineInput) -> EditDealLine:
    return EditDealLine(
        line.description,
        str(line.quantity),
        str(line.unit_price),
        str(line.discount),
        str(line.tax_rate),
        line.product_id,
    )
