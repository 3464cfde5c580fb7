"""Show or hide table columns from the header's context menu or a toolbar button."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QMenu, QToolButton, QWidget

from app.views.common.columns import Column
from app.views.common.labels import translated
from app.views.common.style import icon


class ColumnChooser(QToolButton):
    """A 'Columns' button whose menu toggles header sections; also the header's right-click menu."""

    def __init__(self, header: QHeaderView, columns: Sequence[Column], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.header = header
        self.columns = tuple(columns)
        self.setText(self.tr("Columns"))
        self.setIcon(icon("columns"))
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu_ = QMenu(self)
        self.menu_.aboutToShow.connect(self._fill)
        self.setMenu(self.menu_)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(lambda pos: self.menu_.exec(header.mapToGlobal(pos)))

    def _fill(self) -> None:
        self.menu_.clear()
        visible = sum(not self.header.isSectionHidden(i) for i in range(len(self.columns)))
        for i, column in enumerate(self.columns):
            action = self.menu_.addAction(translated(column.title))
            action.setCheckable(True)
            action.setChecked(not self.header.isSectionHidden(i))
            action.setEnabled(self.header.isSectionHidden(i) or visible > 1)  # keep one column
            action.toggled.connect(lambda on, section=i: self.set_visible(section, on))

    def set_visible(self, section: int, visible: bool) -> None:
        self.header.setSectionHidden(section, not visible)
        if visible and self.header.sectionSize(section) < 30:
            self.header.resizeSection(section, self.columns[section].width)
