"""The Contacts page's first rows at start-up, shown before the database layer has loaded.

`ContactsPreview` looks like the Contacts page (title, search box, the table with its remembered columns
and sort, the detail pane's placeholder) and shows the first page that `app/services/core/first_page.py`
read with plain sqlite3. When the real page is ready, `hand_over(page)` gives it what the user did
meanwhile (typed search, selected row, scroll position) and the window swaps the two in one step.

This module must not import the column specs, the services' list code or anything else that loads
SQLAlchemy (tests/views/shell/test_first_rows.py checks that); so the Contacts columns are repeated here
as plain specs, and a test keeps them equal to `CONTACT_COLUMNS`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.services.core.first_page import DEFAULT_SORT, FirstPage, FirstPageReader
from app.views.common.column_model import ColumnTableModel
from app.views.common.style import icon
from app.views.common.table import Table

TITLE = "Contacts"
SETTINGS_KEY = "contacts"
SEARCH_HINT = "Search name, email, phone, company…"
PLACEHOLDER = "Select a contact to see their details, accounts and timeline."


@dataclass(frozen=True)
class PreviewColumn:
    """The part of a Column spec (app/views/common/columns.py) the first rows need."""

    key: str
    title: str
    width: int = 140
    sort: str | None = None
    hidden: bool = False
    shown: Callable[[Any], str] | None = None  # the cell text from a first-page row; default: the value
    icon: None = None
    align_right: bool = False

    def value(self, row: dict[str, Any]) -> str:
        return self.shown(row) if self.shown is not None else str(row.get(self.key, "") or "")


def _label(value: str) -> str:
    return value.replace("_", " ").capitalize() if value else ""  # as formatting.label


def _local_time(when: datetime | None) -> str:
    from app.services.core import locale_format  # Babel only when a date column is shown (hidden by default)

    return locale_format.moment(when.astimezone()) if when else ""  # as formatting.short_datetime


def _iso(day: date | None) -> str:
    from app.services.core import locale_format

    return locale_format.day(day)  # as formatting.day


# CONTACT_COLUMNS, in order (tests/views/shell/test_first_rows.py compares them)
CONTACT_PREVIEW_COLUMNS = (
    PreviewColumn("last_name", QT_TRANSLATE_NOOP("labels", "Last name"), 140, "name"),
    PreviewColumn("first_name", QT_TRANSLATE_NOOP("labels", "First name"), 120, "first_name"),
    PreviewColumn("email", QT_TRANSLATE_NOOP("labels", "Email"), 220, "email"),
    PreviewColumn("phone", QT_TRANSLATE_NOOP("labels", "Phone"), 140),
    PreviewColumn("company", QT_TRANSLATE_NOOP("labels", "Company"), 190, "company"),
    PreviewColumn("title", QT_TRANSLATE_NOOP("labels", "Title"), 170, hidden=True),
    PreviewColumn("city", QT_TRANSLATE_NOOP("labels", "City"), 120, "city"),
    PreviewColumn("country", QT_TRANSLATE_NOOP("labels", "Country"), 70, "country"),
    PreviewColumn("status", QT_TRANSLATE_NOOP("labels", "Status"), 100, shown=lambda r: _label(r["status"])),
    PreviewColumn("owner", QT_TRANSLATE_NOOP("labels", "Owner"), 130, hidden=True),
    PreviewColumn(
        "updated",
        QT_TRANSLATE_NOOP("labels", "Updated"),
        130,
        "updated",
        True,
        lambda r: _local_time(r["updated_at"]),
    ),
    PreviewColumn("street", QT_TRANSLATE_NOOP("labels", "Street"), 180, hidden=True),
    PreviewColumn("postal_code", QT_TRANSLATE_NOOP("labels", "Postal code"), 90, hidden=True),
    PreviewColumn("region", QT_TRANSLATE_NOOP("labels", "Region"), 110, hidden=True),
    PreviewColumn("external_id", QT_TRANSLATE_NOOP("labels", "Source id"), 120, hidden=True),
    PreviewColumn("salutation", QT_TRANSLATE_NOOP("labels", "Salutation"), 80, hidden=True),
    PreviewColumn(
        "birthday",
        QT_TRANSLATE_NOOP("labels", "Birthday"),
        100,
        hidden=True,
        shown=lambda r: _iso(r["birthday"]),
    ),
    PreviewColumn("other_phone", QT_TRANSLATE_NOOP("labels", "Other phone"), 140, hidden=True),
    PreviewColumn("other_email", QT_TRANSLATE_NOOP("labels", "Other email"), 200, hidden=True),
)


class PreviewModel(ColumnTableModel):
    """The first page's rows; as many rows as the list holds, so the scroll bar is already the real one."""

    def __init__(self, columns: tuple[PreviewColumn, ...], parent: Any = None) -> None:
        super().__init__(columns, parent)  # type: ignore[arg-type]
        self.sort_key, self.descending = DEFAULT_SORT, False
        self.page: FirstPage | None = None

    def show_page(self, page: FirstPage) -> None:
        self.beginResetModel()
        self.page = page
        self.endResetModel()

    @property
    def total(self) -> int:
        return self.page.total if self.page is not None else 0

    def item(self, row: int) -> Any | None:
        rows = self.page.rows if self.page is not None else ()
        return rows[row] if 0 <= row < len(rows) else None

    def sort_column(self) -> int:
        return next((i for i, c in enumerate(self.columns) if c.sort == self.sort_key), -1)

    def sort_order(self) -> Qt.SortOrder:
        return Qt.SortOrder.DescendingOrder if self.descending else Qt.SortOrder.AscendingOrder


def _title_row_height() -> int:
    """The height of the page's title row: its tool buttons (Tags, Segments) and its saved views box."""
    button = QToolButton(
        text=QCoreApplication.translate("records.contacts_preview", "Tags"), icon=icon("tag")
    )
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    return max(button.sizeHint().height(), QComboBox().sizeHint().height())


class ContactsPreview(QWidget):
    """A stand-in for the Contacts page with its first rows (see the module docstring)."""

    def __init__(self, custom_fields: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contactsPreview")
        # the custom fields' columns are there (hidden) so the remembered header state fits
        hidden = tuple(PreviewColumn(f"custom.{i}", "", 130, hidden=True) for i in range(custom_fields))
        self.model = PreviewModel(CONTACT_PREVIEW_COLUMNS + hidden, self)
        self.table = Table(self.model, sortable=False)
        self.table.setObjectName("contactsPreviewTable")
        self.search = QLineEdit(placeholderText=SEARCH_HINT)
        self.search.setObjectName("contactsSearch")
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.setMinimumWidth(140)
        self.search.setMaximumWidth(420)
        self._restored = self.table.horizontalHeader().saveState()
        self._build_layout()

    def _build_layout(self) -> None:
        """The Contacts page's layout (app/views/lists/list_page.py), so the rows do not move at the swap."""
        title_row = QHBoxLayout()
        title_row.setSpacing(8)
        title_row.addWidget(QLabel(TITLE, objectName="pageTitle"))
        title_row.addStretch(1)
        self.new_button = QPushButton(icon("add"), self.tr("New contact"))
        self.new_button.setProperty("primary", True)
        title_row.addWidget(self.new_button)
        title_row.addStrut(_title_row_height())  # the page's buttons and saved views come with it
        filters_row = QHBoxLayout()
        filters_row.setSpacing(8)
        filters_row.addWidget(self.search, 1)
        filters_row.addStretch(0)
        filters_row.addStrut(QComboBox().sizeHint().height())  # the filter boxes come with the page
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(
            QLabel(
                PLACEHOLDER, objectName="emptyState", alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True
            )
        )
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([720, 460])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.setSpacing(10)
        layout.addLayout(title_row)
        layout.addLayout(filters_row)
        layout.addWidget(self.splitter, 1)

    def restore(self, settings: QSettings) -> tuple[str, bool] | None:
        """Take the page's remembered columns, sort and splitter; its sort, or None when it shows a custom
        field's column or sorts by one (then the real page comes first)."""
        header = self.table.horizontalHeader()
        state = settings.value(f"{SETTINGS_KEY}/header")
        if state is not None and not header.restoreState(state):
            return None
        standard = len(CONTACT_PREVIEW_COLUMNS)
        if any(not header.isSectionHidden(i) for i in range(standard, header.count())):
            return None
        sort_key, descending = DEFAULT_SORT, False
        if state is not None and header.sortIndicatorSection() >= 0:
            column = header.sortIndicatorSection()
            if column >= standard:
                return None
            sort_key = CONTACT_PREVIEW_COLUMNS[column].sort or DEFAULT_SORT
            descending = header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
        self.model.sort_key, self.model.descending = sort_key, descending
        self.table.sync_sort_indicator()
        header.setSortIndicatorShown(True)
        header.setSectionsClickable(False)  # these rows cannot be re-sorted; the page's header can
        self._restored = header.saveState()
        splitter = settings.value(f"{SETTINGS_KEY}/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)
        return sort_key, descending

    def hand_over(self, page: Any) -> None:
        """Give the real Contacts page the search typed, the selected row and the scroll position."""
        header = self.table.horizontalHeader()
        if header.saveState() != self._restored:  # columns resized or moved meanwhile
            page.table.horizontalHeader().restoreState(header.saveState())
        text = self.search.text().strip()
        if text:
            page.search.setText(text)
            page.apply_query()
            return  # other rows: neither the selection nor the position applies
        current = self.table.currentIndex()
        if current.isValid():
            page.select_row(current.row())
        page.table.verticalScrollBar().setValue(self.table.verticalScrollBar().value())
        page.table.horizontalScrollBar().setValue(self.table.horizontalScrollBar().value())


def contacts_preview(reader: FirstPageReader, settings: QSettings) -> ContactsPreview | None:
    """The preview with its rows, or None when the normal path should show the page."""
    custom_fields = reader.custom_field_count("contact")
    if custom_fields is None:
        return None
    preview = ContactsPreview(custom_fields)
    sort = preview.restore(settings)
    page = reader.contacts(*sort) if sort is not None else None
    if page is None:
        preview.deleteLater()
        return None
    preview.model.show_page(page)
    return preview
