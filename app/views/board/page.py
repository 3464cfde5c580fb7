"""The pipeline board: one column per stage, a card per open deal, drag and drop (or keys) to move.

Each column is a QListView over a small StageCardsModel; QListView paints only the visible cards, so a
column of 10,000 deals scrolls smoothly. A move runs as an undo command acting as the board's origin;
the command places the card the service returns and shows the column totals the move read in its own
transaction. The board skips the change records of its own origin only, so it never reloads for its own
moves, while a change from anywhere else (the deal editor, a worker, the CLI, a colleague) reloads it.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListView,
    QMenu,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.services.core.changes import ChangeSet
from app.services.core.errors import ConflictError, RapportError
from app.services.core.initiator import new_origin
from app.services.sales.board import Board, BoardQuery, Card, ColumnTotal, StageRef
from app.views.board.card_delegate import CardDelegate
from app.views.board.commands import MoveDealCommand
from app.views.board.model import CARD_ROLE, StageCardsModel
from app.views.common.commands import DeleteCommand
from app.views.common.env import DEAL, ViewEnv
from app.views.common.formatting import money_list
from app.views.common.labels import translated
from app.views.common.merge_conflict import changed_by
from app.views.common.search_box import DebouncedLineEdit
from app.views.common.theme import hex_of

# Columns share the width between these bounds: six stages fit a 1400-px window; with more stages, or a
# narrower window, the strip scrolls sideways.
COLUMN_MIN_WIDTH = 190
COLUMN_MAX_WIDTH = 320
REFRESH_ON = ("deal", "account", "user", "activity", "setting", "pipeline", "stage")


class StageColumn(QFrame):
    """A column: header (name, count, total, weighted total) over the list of cards."""

    def __init__(self, stage: StageRef, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stage = stage
        self.setObjectName("boardColumn")
        self.setMinimumWidth(COLUMN_MIN_WIDTH)
        self.setMaximumWidth(COLUMN_MAX_WIDTH)
        self.header = QLabel(objectName="columnHeader", wordWrap=True)
        self.model = StageCardsModel(stage.id, self)
        self.view = QListView()
        self.view.setObjectName(f"stage_{stage.name}")
        self.view.setAccessibleName(self.tr("{name} deals").format(name=stage.name))
        self.view.setModel(self.model)
        self.view.setItemDelegate(CardDelegate(self.view))
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # cards fit the width
        self.view.setUniformItemSizes(True)  # 10,000 cards are never measured one by one
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.view.setDropIndicatorShown(True)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(6)
        layout.addWidget(self.header)
        layout.addWidget(self.view, 1)

    def show_total(self, total: ColumnTotal) -> None:
        closed = self.tr(" (last 30 days)") if self.stage.is_closed else ""
        muted = hex_of("#64748b")
        self.header.setText(
            self.tr(
                "<b>{stage}</b> <span style='color:{muted}'>· {count:,}{closed}</span><br>{totals}<br>"
                "<span style='color:{muted}'>weighted {weighted} · {probability}%</span>"
            ).format(
                stage=self.stage.name,
                muted=muted,
                count=total.count,
                closed=closed,
                totals=money_list(total.totals),
                weighted=money_list(total.weighted),
                probability=self.stage.probability,
            )
        )
        self.total = total


class BoardPage(QWidget):
    countChanged = Signal(int)
    title = QT_TRANSLATE_NOOP("labels", "Pipeline")
    settings_key = "board"

    def __init__(self, env: ViewEnv, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.env = env
        self.setObjectName("page_board")
        self.board: Board | None = None
        self.columns: dict[uuid.UUID, StageColumn] = {}
        self.origin = new_origin("board")  # what the board's own moves are made as (MoveDealCommand)
        self._stale = False
        self._wanted_pipeline = ""  # from the remembered layout, applied when the page is first shown
        # The user's answers to a drop on Won or Lost; tests replace these two.
        self.ask_won_amount = self._ask_won_amount
        self.ask_lost_reason = self._ask_lost_reason

        self.pipeline_box = QComboBox(objectName="boardPipeline")
        self.owner_box = QComboBox(objectName="boardOwner")
        self.search = DebouncedLineEdit(self.tr("Search deal or account…"))
        self.search.setObjectName("boardSearch")
        self.search.setMaximumWidth(320)
        self.stale_box = QSpinBox(
            objectName="staleDays",
            accessibleName=self.tr("Stale after days"),
            minimum=1,
            maximum=365,
            suffix=self.tr(" days"),
        )
        self.stale_box.setToolTip(
            self.tr(
                "A deal with no stage move and no activity for this long, and nothing planned, is shown as stale"
            )
        )
        top = QHBoxLayout()
        top.addWidget(QLabel(translated(self.title), objectName="pageTitle"))
        top.addStretch(1)
        top.addWidget(QLabel(self.tr("Stale after")))
        top.addWidget(self.stale_box)
        self.pipelines_button = QPushButton(self.tr("Pipelines…"), objectName="editPipelines")
        self.pipelines_button.setToolTip(self.tr("Add, rename and reorder pipelines and their stages"))
        self.pipelines_button.clicked.connect(self.edit_pipelines)
        top.addWidget(self.pipelines_button)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        filters.addWidget(self.pipeline_box)
        filters.addWidget(self.owner_box)
        filters.addStretch(0)
        self.strip = QWidget(objectName="boardStrip")
        self.strip_layout = QHBoxLayout(self.strip)
        self.strip_layout.setContentsMargins(0, 0, 0, 0)
        self.strip_layout.setSpacing(8)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self.strip)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.empty = QLabel(
            self.tr("No pipeline yet."), objectName="emptyState", alignment=Qt.AlignmentFlag.AlignCenter
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.empty)
        self.pipeline_box.currentIndexChanged.connect(lambda _=0: self.reload())
        self.owner_box.currentIndexChanged.connect(lambda _=0: self.reload())
        self.search.settled.connect(lambda _: self.reload())
        self.stale_box.editingFinished.connect(self._save_stale_days)
        for text, keys, step in (
            ("Move to next stage", "Ctrl+Right", 1),
            ("Move to previous stage", "Ctrl+Left", -1),
        ):
            action = QAction(text, self)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _=False, step=step: self.move_current(step))
            self.addAction(action)
        self.new_button = QPushButton(self.tr("New deal"), objectName="newDeal")
        self.new_button.setToolTip(self.tr("Add a deal (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_record)
        top.insertWidget(top.count() - 1, self.new_button)
        open_deal = QAction(self.tr("Open deal"), self)
        open_deal.setShortcuts([QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)])
        open_deal.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        open_deal.triggered.connect(self._open_current)
        self.addAction(open_deal)
        delete = QAction(self.tr("Delete deal"), self)
        delete.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        delete.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        delete.triggered.connect(self.delete_selected)
        self.addAction(delete)
        self.editor: Any = None
        env.relay.changed.connect(self.on_changes)
        # The cards are read when the page is first shown: start-up does not pay for a big pipeline.

    # --- loading ------------------------------------------------------------------------------------
    def _fill_filters(self) -> None:
        try:
            pipelines = self.env.ctx.deals.pipelines()
            users = self.env.ctx.lookups.users()
        except RapportError as exc:
            self.env.error(str(exc))
            return
        for box in (self.pipeline_box, self.owner_box):
            box.blockSignals(True)
        self.pipeline_box.clear()
        for p in pipelines:
            self.pipeline_box.addItem(p.name, p.id)
        default = next((i for i, p in enumerate(pipelines) if p.is_default), 0)
        self.pipeline_box.setCurrentIndex(default)
        self.owner_box.clear()
        self.owner_box.addItem(self.tr("All owners"), None)
        for u in users:
            self.owner_box.addItem(u.name, u.id)
        for box in (self.pipeline_box, self.owner_box):
            box.blockSignals(False)

    def query(self) -> BoardQuery | None:
        pipeline_id = self.pipeline_box.currentData()
        if pipeline_id is None:
            return None
        return BoardQuery(pipeline_id, self.owner_box.currentData(), self.search.text().strip())

    def reload(self) -> None:
        """Read the whole board (pipeline, filter or outside change); own moves use `place` instead."""
        query = self.query()
        self.empty.setVisible(query is None)
        self.scroll.setVisible(query is not None)
        if query is None:
            return
        try:
            board = self.env.ctx.deals.board(query)
        except RapportError as exc:
            self.env.error(str(exc))
            return
        self.board = board
        if [c.stage for c in self.columns.values()] != list(board.pipeline.stages):
            self._build_columns(board)
        for stage_id, column in self.columns.items():
            column.model.set_cards(board.cards.get(stage_id, ()))
            column.show_total(board.totals[stage_id])
        self.stale_box.blockSignals(True)
        self.stale_box.setValue(board.stale_days)
        self.stale_box.blockSignals(False)
        self._stale = False
        self.countChanged.emit(self.open_count())

    def _build_columns(self, board: Board) -> None:
        for column in self.columns.values():
            column.setParent(None)
            column.deleteLater()
        self.columns = {}
        while self.strip_layout.count():
            self.strip_layout.takeAt(0)
        for stage in board.pipeline.stages:
            column = StageColumn(stage)
            column.model.dropped.connect(self.on_drop)
            column.view.doubleClicked.connect(lambda index: self.open_id(index.data(CARD_ROLE).id))
            column.view.customContextMenuRequested.connect(lambda pos, c=column: self._context_menu(c, pos))
            self.columns[stage.id] = column
            self.strip_layout.addWidget(column, 1)
        self.strip_layout.addStretch(0)  # takes the room only once every column is at its widest

    def show_totals(self, totals: Mapping[uuid.UUID, ColumnTotal]) -> None:
        for stage_id, column in self.columns.items():
            if stage_id in totals:  # a stage added meanwhile comes with its change record: a reload
                column.show_total(totals[stage_id])
        self.countChanged.emit(self.open_count())

    def open_count(self) -> int:
        return sum(
            c.total.count for c in self.columns.values() if not c.stage.is_closed and hasattr(c, "total")
        )

    # --- moving -------------------------------------------------------------------------------------
    def card(self, deal_id: uuid.UUID) -> Card | None:
        for column in self.columns.values():
            row = column.model.row_of(deal_id)
            if row >= 0:
                return column.model.cards[row]
        return None

    def on_drop(self, deal_id: uuid.UUID, stage_id: uuid.UUID, before_id: uuid.UUID | None) -> None:
        card = self.card(deal_id)
        if card is not None:
            self.move(card, stage_id, before_id)

    def move(self, card: Card, stage_id: uuid.UUID, before_id: uuid.UUID | None = None) -> bool:
        """Move through the undo stack, asking for the won amount or lost reason first."""
        stage = self.columns[stage_id].stage
        won_amount, lost_reason = None, None
        if stage.id != card.stage_id and stage.is_won:
            won_amount = self.ask_won_amount(card)
            if won_amount is None:
                return False
        if stage.id != card.stage_id and stage.is_lost:
            lost_reason = self.ask_lost_reason(card)
            if not lost_reason:
                return False
        command = MoveDealCommand(
            self.env, self, card, stage_id, stage.name, before_id, won_amount, lost_reason
        )
        try:
            command.execute()
        except ConflictError:
            self.env.error(self.moved_meanwhile(card))
            self.reload()
            return False
        except RapportError as exc:
            self.env.error(self.tr("Could not move “{name}”: {exc}").format(name=card.name, exc=exc))
            self.reload()
            return False
        self.env.push(command, command.text())
        return True

    def moved_meanwhile(self, card: Card) -> str:
        """Why a move was refused as a conflict: who moved the card to which stage (or changed it)."""
        try:
            now = self.env.ctx.deals.get(card.id)
        except RapportError:
            return f"“{card.name}” was deleted by someone else meanwhile; the board now shows what is left."
        if now.stage_id != card.stage_id:
            who = changed_by(self.env.ctx, "deal", card.id, "stage_id")
            return f"“{card.name}” was moved to {now.stage} by {who} meanwhile; the board now shows it there."
        who = changed_by(self.env.ctx, "deal", card.id)
        return (
            f"“{card.name}” was changed by {who} meanwhile; the board shows it as it is now. Move it again."
        )

    def move_current(self, step: int) -> None:
        """Keyboard: move the selected card to the next or previous stage."""
        column = next((c for c in self.columns.values() if c.view.hasFocus()), None)
        if column is None or not column.view.currentIndex().isValid():
            return
        stages = list(self.columns)
        target = stages.index(column.stage.id) + step
        if 0 <= target < len(stages):
            card = column.view.currentIndex().data(CARD_ROLE)
            if self.move(card, stages[target]):
                self.select(card.id)

    def select(self, deal_id: uuid.UUID) -> None:
        for column in self.columns.values():
            row = column.model.row_of(deal_id)
            if row >= 0:
                index = column.model.index(row)
                column.view.setCurrentIndex(index)
                column.view.scrollTo(index)
                column.view.setFocus()

    def place(self, card: Card, totals: Mapping[uuid.UUID, ColumnTotal] | None, reload: bool = False) -> None:
        """Show a moved card where the database now has it, with the column totals the move returned."""
        if reload or totals is None:
            self.reload()
            return
        for column in self.columns.values():
            column.model.take(card.id)
        target = self.columns.get(card.stage_id)
        if target is not None:
            target.model.insert(card)
        self.show_totals(totals)

    def _context_menu(self, column: StageColumn, pos: Any) -> None:
        index = column.view.indexAt(pos)
        if not index.isValid():
            return
        card = index.data(CARD_ROLE)
        menu = QMenu(self)
        menu.addAction(self.tr("Edit…"), lambda: self.open_id(card.id))
        menu.addAction(self.tr("Create quote…"), lambda: self.create_quote(card.id))
        move_to = menu.addMenu(self.tr("Move to"))
        for stage_id, other in self.columns.items():
            action = move_to.addAction(other.stage.name)
            action.setEnabled(stage_id != card.stage_id)
            action.triggered.connect(lambda _=False, s=stage_id: self.move(card, s))
        menu.addSeparator()
        menu.addAction(self.tr("Delete"), lambda: self.delete_card(card))
        menu.exec(column.view.viewport().mapToGlobal(pos))

    def create_quote(self, deal_id: Any) -> None:
        """A draft quote from the deal, opened in the Documents page's editor (undoable there)."""
        self.env.open_record("deal_quote", deal_id)

    def _ask_won_amount(self, card: Card) -> Decimal | None:
        text, ok = QInputDialog.getText(
            self,
            self.tr("Deal won"),
            self.tr("Won amount for “{name}” ({currency}):").format(name=card.name, currency=card.currency),
            text=f"{card.amount:f}",
        )
        if not ok:
            return None
        try:
            return Decimal(text.replace(",", "").strip())
        except InvalidOperation:
            self.env.error(self.tr("“{text}” is not an amount").format(text=text))
            return None

    def _ask_lost_reason(self, card: Card) -> str | None:
        text, ok = QInputDialog.getText(
            self, self.tr("Deal lost"), self.tr("Why was “{name}” lost?").format(name=card.name)
        )
        return text.strip() if ok and text.strip() else None

    def _save_stale_days(self) -> None:
        if self.board is not None and self.stale_box.value() != self.board.stale_days:
            try:
                self.env.ctx.deals.set_stale_days(self.stale_box.value())
            except RapportError as exc:
                self.env.error(str(exc))

    def edit_pipelines(self) -> None:
        from app.views.board.pipelines import PipelinesDialog

        self.pipelines_dialog = PipelinesDialog(self.env, self)
        self.pipelines_dialog.open()

    # --- refresh and the main window's page protocol -------------------------------------------------
    def on_changes(self, changes: ChangeSet) -> None:
        if changes.made_by(self.origin) or not changes.touches(*REFRESH_ON):  # own moves are placed
            return
        if changes.touches("pipeline", "stage", "user"):
            self._fill_filters()
        self._stale = True
        if self.isVisible():
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        if self.board is None:
            self._fill_filters()
            self._restore_pipeline()
        if self._stale or self.board is None:
            self.reload()
        super().showEvent(event)

    def status_text(self) -> str:
        return self.tr("{count:,} open deals").format(count=self.open_count())

    def refresh(self) -> None:
        self._fill_filters()
        self.reload()

    # --- the deal editor and deleting -----------------------------------------------------------------
    def current_card(self) -> Card | None:
        """The selected card of the focused column, else of any column."""
        columns = sorted(self.columns.values(), key=lambda c: not c.view.hasFocus())
        for column in columns:
            index = column.view.currentIndex()
            if index.isValid() and column.view.selectionModel().isSelected(index):
                return index.data(CARD_ROLE)
        return None

    def selected_record(self) -> tuple[str, uuid.UUID] | None:
        """The deal a quick log links to: the focused column's current card, else any column's."""
        indexes = [c.view.currentIndex() for c in self.columns.values() if c.view.hasFocus()]
        indexes += [c.view.currentIndex() for c in self.columns.values()]
        card = next((index.data(CARD_ROLE) for index in indexes if index.isValid()), None)
        return ("deal", card.id) if card is not None else None

    def new_record(self) -> None:
        """Ctrl+N: a new deal in this pipeline, in the focused column's stage (else the first open one)."""
        from app.services.sales.deal_input import DealInput

        pipeline = self.pipeline_box.currentData()
        focused = next((c for c in self.columns.values() if c.view.hasFocus()), None)
        open_stage = next((c.stage.id for c in self.columns.values() if not c.stage.is_closed), None)
        user = self.env.ctx.current_user
        prefill = DealInput(
            pipeline_id=pipeline,
            stage_id=focused.stage.id if focused and not focused.stage.is_closed else open_stage,
            owner_id=user.id if user else None,
        )
        self._edit(None, prefill)

    def _open_current(self) -> None:
        card = self.current_card()
        if card is not None:
            self.open_id(card.id)

    def open_id(self, record_id: Any) -> None:
        """Select the card and open the editor on its deal."""
        self.select(record_id)
        try:
            detail = self.env.ctx.deals.get(record_id)
        except RapportError as exc:
            self.env.error(str(exc))
            return
        self._edit(detail)

    def _edit(self, detail: Any, prefill: Any = None) -> None:
        """Open the editor without blocking (tests drive it; Ctrl+Z stays usable elsewhere)."""
        from app.views.board.deal_editor import DealEditor

        if self.editor is not None and self.editor.isVisible():
            self.editor.raise_()
            return
        self.editor = DealEditor(self.env, detail, self, prefill)
        self.editor.accepted.connect(lambda dialog=self.editor: self._after_save(dialog.saved_id))
        self.editor.open()

    def _after_save(self, deal_id: Any) -> None:
        """Select the saved card (the save's change record has already reloaded the board)."""
        if deal_id is not None:
            self.select(deal_id)

    def delete_selected(self) -> None:
        card = self.current_card()
        if card is not None:
            self.delete_card(card)

    def delete_card(self, card: Card) -> None:
        """Move the deal to the trash through the undo stack."""
        text = f"deal “{card.name}”"
        command = DeleteCommand(self.env, DEAL, [card.id], text)
        try:
            command.execute()
        except RapportError as exc:
            self.env.error(self.tr("Could not delete {text}: {exc}").format(text=text, exc=exc))
            return
        self.env.push(command, self.tr("Deal “{name}” moved to the trash").format(name=card.name))

    def save_state(self, settings: QSettings) -> None:
        if self.board is not None:
            settings.setValue("board/pipeline", str(self.pipeline_box.currentData() or ""))

    def restore_state(self, settings: QSettings) -> None:
        self._wanted_pipeline = str(settings.value("board/pipeline", ""))

    def _restore_pipeline(self) -> None:
        self.pipeline_box.blockSignals(True)
        for i in range(self.pipeline_box.count()):
            if str(self.pipeline_box.itemData(i)) == self._wanted_pipeline:
                self.pipeline_box.setCurrentIndex(i)
        self.pipeline_box.blockSignals(False)
