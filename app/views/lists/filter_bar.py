"""Combo boxes that narrow a list: owner, tag, status, country. Each maps to one ListQuery field."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QSizePolicy,
    QStyle,
    QStyleOptionComboBox,
    QStylePainter,
    QWidget,
)

from app.services.core.errors import RapportError
from app.services.core.listing import ListQuery


@dataclass(frozen=True)
class Filter:
    """`field` of ListQuery; `choices()` returns (value, text) pairs; `entities` say when to reload them."""

    field: str
    all_text: str
    choices: Callable[[], Sequence[tuple[Any, str]]]
    entities: tuple[str, ...] = ()


class CompactCombo(QComboBox):
    """A combo that asks for its contents' width (at most `widest` px) but shrinks to its chosen text
    when the bar is short of room, so a long segment or tag name in the list never widens the window."""

    def __init__(self, narrowest: int = 6, widest: int = 200, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.narrowest, self.widest = narrowest, widest
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.currentIndexChanged.connect(lambda _=0: self.updateGeometry())  # a new floor for the text

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(min(hint.width(), self.widest), hint.height())

    def minimumSizeHint(self) -> QSize:
        """Room for the chosen text ("All owners", not "All owr"), up to `widest`; never less than
        `narrowest` characters. A QComboBox clips its text instead of eliding it, so this is the floor."""
        hint = super().minimumSizeHint()
        metrics = self.fontMetrics()
        text = max(
            metrics.horizontalAdvance("x" * self.narrowest), metrics.horizontalAdvance(self.currentText())
        )
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        width = (
            self.style()
            .sizeFromContents(  # the style's arrow, frame and padding (the QSS's too)
                QStyle.ContentsType.CT_ComboBox, option, QSize(text + 4, hint.height()), self
            )
            .width()
        )
        return QSize(min(width, self.widest), hint.height())

    def paintEvent(self, _event: QPaintEvent) -> None:
        """As QComboBox paints, but a text longer than the field ends in "…" instead of being cut."""
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        field = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, self
        )
        option.currentText = self.fontMetrics().elidedText(
            option.currentText, Qt.TextElideMode.ElideRight, field.width() - 4
        )
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)


class FilterBar(QWidget):
    changed = Signal()

    def __init__(self, filters: Sequence[Filter], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.filters = tuple(filters)
        self.combos: dict[str, QComboBox] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        for spec in self.filters:
            combo = CompactCombo()
            combo.setObjectName(f"filter_{spec.field}")
            combo.currentIndexChanged.connect(lambda _=0: self.changed.emit())
            combo.addItem(spec.all_text, None)
            self.combos[spec.field] = combo
            layout.addWidget(combo)
        self.loaded = False  # the page loads the choices when it is first shown

    def reload(self, entities: Sequence[str] | None = None) -> None:
        """Re-read the choices (all, or those fed by the given entities), keeping the selections."""
        if entities is None:
            self.loaded = True
        elif not self.loaded:
            return
        for spec in self.filters:
            if entities is not None and not set(spec.entities) & set(entities):
                continue
            combo = self.combos[spec.field]
            current = combo.currentData()
            try:
                choices = list(spec.choices())
            except RapportError:
                choices = []
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(spec.all_text, None)
            for value, text in choices:
                combo.addItem(text, value)
            found = _index_of(combo, current) if current is not None else 0
            combo.setCurrentIndex(max(found, 0))
            combo.blockSignals(False)
            if current is not None and found < 0:
                self.changed.emit()  # the chosen value disappeared

    def apply(self, query: ListQuery) -> ListQuery:
        values = {field: combo.currentData() for field, combo in self.combos.items()}
        defaults = ListQuery()
        return replace(query, **{f: v if v is not None else getattr(defaults, f) for f, v in values.items()})

    def select(self, field: str, value: Any) -> None:
        if not self.loaded:
            self.reload()
        combo = self.combos[field]
        combo.setCurrentIndex(max(_index_of(combo, value), 0))

    def select_text(self, field: str, value: str) -> None:
        """Select the choice whose value reads as `value` ('' = all), without emitting `changed`."""
        combo = self.combos[field]
        index = next((i for i in range(1, combo.count()) if str(combo.itemData(i)) == value), 0)
        combo.blockSignals(True)
        combo.setCurrentIndex(index)
        combo.blockSignals(False)

    def reset(self) -> None:
        for combo in self.combos.values():
            combo.setCurrentIndex(0)


def _index_of(combo: QComboBox, value: Any) -> int:
    """The item holding `value`, compared in Python: `findData` never matches a UUID (a wrapped PyObject)."""
    return next((i for i in range(combo.count()) if combo.itemData(i) == value), -1)
