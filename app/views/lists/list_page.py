"""What the list pages share: title bar, search-as-you-type, filters, column chooser, table or empty state,
an optional detail pane on the right, refresh on change records, and remembered layout."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSplitter, QStackedWidget, QVBoxLayout, QWidget

from app.services.core.changes import ChangeSet
from app.services.records.saved_views import ViewState
from app.views.common.env import ViewEnv
from app.views.common.labels import translated
from app.views.common.search_box import DebouncedLineEdit
from app.views.common.table import Table
from app.views.lists.column_chooser import ColumnChooser
from app.views.lists.filter_bar import Filter, FilterBar
from app.views.lists.saved_views_bar import SavedViewsBar

MAX_SELECTION = 10_000


class ListPage(QWidget):
    """Subclasses set the class attributes and implement new_record / open_row / delete_selected."""

    countChanged = Signal(int)
    title = ""
    noun = QT_TRANSLATE_NOOP("labels", "records")  # plural, for messages: "No contacts match ..."
    settings_key = ""
    entities: tuple[str, ...] = ()  # change records that make this list refresh
    search_hint = QT_TRANSLATE_NOOP("labels", "Search…")
    views_in_title_row = False  # pages with many filters put the saved views beside the title instead

    def __init__(
        self,
        env: ViewEnv,
        model: Any,
        filters: Sequence[Filter] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.env = env
        self.model = model
        self.setObjectName(f"page_{self.settings_key}")
        self.table = Table(model)
        self.table.setObjectName(f"{self.settings_key}Table")
        self.table.setAccessibleName(translated(self.title))
        self.table.activated.connect(lambda index: self.open_row(index.row()))
        self.search = DebouncedLineEdit(translated(self.search_hint))
        self.search.setObjectName(f"{self.settings_key}Search")
        self.search.setMinimumWidth(140)  # the filters beside it keep their texts at 1024 px
        self.search.setMaximumWidth(420)
        self.search.settled.connect(lambda _: self.apply_query())
        self.filter_bar = FilterBar(filters)
        self.filter_bar.changed.connect(self.apply_query)
        self.columns_button = ColumnChooser(self.table.horizontalHeader(), model.columns)
        self.empty = QLabel(objectName="emptyState", alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.stack)
        # Row one: title and the page's buttons; row two: search and filters (keeps the minimum width low).
        self.toolbar = QHBoxLayout()
        self.toolbar.setSpacing(8)
        self.toolbar.addWidget(QLabel(translated(self.title), objectName="pageTitle"))
        self.toolbar.addStretch(1)
        self.toolbar.addWidget(self.columns_button)
        filters_row = QHBoxLayout()
        filters_row.setSpacing(8)
        filters_row.addWidget(self.search, 1)
        filters_row.addWidget(self.filter_bar)
        filters_row.addStretch(0)
        self.views_bar = SavedViewsBar(self, parent=self)
        # The saved views sit in the row with room: beside the filters, or in the title row of pages
        # with many filters.
        (self.toolbar if self.views_in_title_row else filters_row).addWidget(self.views_bar)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.setSpacing(10)
        layout.addLayout(self.toolbar)
        layout.addLayout(filters_row)
        layout.addWidget(self.splitter, 1)
        self._table_action("Open", self._open_current, QKeySequence(Qt.Key.Key_F2))
        self._table_action("Delete", self.delete_selected, QKeySequence(QKeySequence.StandardKey.Delete))
        self._touched: set[str] = set()  # entities changed while the page was hidden
        self._applying_view = False
        model.totalChanged.connect(self._on_total)
        env.relay.changed.connect(self.on_changes)
        self._on_total(model.total)

    def _table_action(self, text: str, slot: Any, shortcut: QKeySequence) -> QAction:
        action = QAction(text, self.table)
        action.setShortcut(shortcut)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda: slot())
        self.table.addAction(action)
        return action

    # --- what subclasses do -----------------------------------------------------------------------
    def new_record(self) -> None:
        """Ctrl+N on this page."""

    def open_row(self, row: int) -> None:
        """Enter, F2 or a double-click on a row."""

    def delete_selected(self) -> None:
        """The Delete key."""

    def open_id(self, record_id: Any) -> None:
        """Show one record (from the global search)."""

    # --- query and refresh ------------------------------------------------------------------------
    def apply_query(self) -> None:
        query = self.filter_bar.apply(replace(self.model.query, search=self.search.text().strip()))
        refined = self.refine_query(query)
        if refined != self.model.query and not self._applying_view:
            self.views_bar.mark_custom()
        self.model.set_query(refined)

    def refine_query(self, query: Any) -> Any:
        """Subclasses add what their own filter widgets select."""
        return query

    # --- saved views ------------------------------------------------------------------------------
    def view_state(self) -> ViewState:
        """The columns (visible, in screen order), sort, search and filters this page shows now."""
        header = self.table.horizontalHeader()
        columns = self.model.columns
        logical = [header.logicalIndex(v) for v in range(header.count())]
        query = self.model.query
        filters = tuple(
            sorted(
                (f.field, str(getattr(query, f.field)))
                for f in self.filter_bar.filters
                if getattr(query, f.field)
            )
        )
        return ViewState(
            columns=tuple(columns[i].key for i in logical if not header.isSectionHidden(i)),
            sort=query.sort,
            descending=query.descending,
            search=self.search.text().strip(),
            filters=filters,
        )

    def apply_view(self, state: ViewState) -> None:
        """Show a saved view: columns, filters, search and sort in one query change."""
        header = self.table.horizontalHeader()
        keys = [c.key for c in self.model.columns]
        if state.columns:
            for i, key in enumerate(keys):
                header.setSectionHidden(i, key not in state.columns)
            for target, key in enumerate(k for k in state.columns if k in keys):
                header.moveSection(header.visualIndex(keys.index(key)), target)
        self._applying_view = True
        try:
            if not self.filter_bar.loaded:
                self.filter_bar.reload()
            for spec in self.filter_bar.filters:
                self.filter_bar.select_text(spec.field, state.filter(spec.field))
            self.search.blockSignals(True)
            self.search.setText(state.search)
            self.search.blockSignals(False)
            query = self.filter_bar.apply(replace(self.model.query, search=state.search))
            if state.sort and any(c.sort == state.sort for c in self.model.columns):
                query = replace(query, sort=state.sort, descending=state.descending)
            self.model.set_query(query)
            self.table.sync_sort_indicator()
        finally:
            self._applying_view = False

    def refresh(self) -> None:
        self.filter_bar.reload()
        self.model.refresh()

    def on_changes(self, changes: ChangeSet) -> None:
        """Refresh now if shown; a hidden page only notes that it is stale and refreshes when shown."""
        self._touched.update(c.entity for c in changes.changes)
        if self.isVisible():
            self._catch_up()

    def _catch_up(self) -> None:
        touched, self._touched = self._touched, set()
        if not self.views_bar.loaded or "saved_view" in touched:
            self.views_bar.reload()
        if not self.filter_bar.loaded:
            QTimer.singleShot(0, self._load_filters)  # after the first rows are painted
        elif touched:
            self.filter_bar.reload(sorted(touched))
        query = self.model.query
        # A segment's members change with its criteria, and with tags (a criterion can name one).
        filtered_by = {"segment", "tag"} if query.segment_id else {"tag"} if query.tag_id else set()
        if touched & (set(self.entities) | filtered_by):
            self.model.refresh()

    def _load_filters(self) -> None:
        if not self.filter_bar.loaded:
            self.filter_bar.reload()

    def showEvent(self, event: QShowEvent) -> None:
        self._catch_up()
        super().showEvent(event)

    def _on_total(self, total: int) -> None:
        self.stack.setCurrentWidget(self.table if total else self.empty)
        self.empty.setText(self.empty_text())
        self.countChanged.emit(total)

    def empty_text(self) -> str:
        query = self.model.query
        if query.search:
            return f"No {self.noun} match “{query.search}”."
        if any(getattr(query, f.field) for f in self.filter_bar.filters):
            return f"No {self.noun} match these filters."
        return f"No {self.noun} yet."

    def status_text(self) -> str:
        total = self.model.total
        return f"{total:,} {self.noun}" if total != 1 else f"1 {self.noun.rstrip('s')}"

    # --- selection --------------------------------------------------------------------------------
    def current_row(self) -> int:
        index = self.table.currentIndex()
        return index.row() if index.isValid() else -1

    def selected_items(self) -> list[Any]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})[:MAX_SELECTION]
        items = [self.model.item(r) for r in rows]
        return [i for i in items if i is not None]

    def select_row(self, row: int) -> None:
        if 0 <= row < self.model.total:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def _open_current(self) -> None:
        if self.current_row() >= 0:
            self.open_row(self.current_row())

    # --- remembered layout ------------------------------------------------------------------------
    def save_state(self, settings: QSettings) -> None:
        settings.setValue(f"{self.settings_key}/header", self.table.horizontalHeader().saveState())
        settings.setValue(f"{self.settings_key}/splitter", self.splitter.saveState())

    def restore_state(self, settings: QSettings) -> None:
        header = self.table.horizontalHeader()
        state = settings.value(f"{self.settings_key}/header")
        if state is not None and header.restoreState(state):
            column, order = header.sortIndicatorSection(), header.sortIndicatorOrder()
            if self.model.sort_column() != column:
                self.model.sort(column, order)
            self.table.sync_sort_indicator()
        splitter = settings.value(f"{self.settings_key}/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)
