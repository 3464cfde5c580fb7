"""A date field that may be empty: a QDateEdit with a calendar popup, read and written as ISO text."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, QObject
from PySide6.QtWidgets import QDateEdit, QWidget

EMPTY = QDate(1900, 1, 1)  # the minimum date stands for "no date" and shows the special text


def iso_day(text: str) -> date | None:
    """The date of an OptionalDateEdit's 'YYYY-MM-DD' text, None for ''."""
    return date.fromisoformat(text) if text else None


class OptionalDateEdit(QDateEdit):
    """`text()` is 'YYYY-MM-DD' or '' and `setText` takes the same, like the QLineEdit it replaces in
    a FormDialog; Delete or Backspace on the whole field, or the date before the first, empties it."""

    def __init__(self, parent: QWidget | None = None, empty_text: str = "No date") -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd")
        self.setMinimumDate(EMPTY)
        self.setSpecialValueText(empty_text)
        self.setDate(EMPTY)
        self.calendarWidget().window().installEventFilter(self)  # the popup that holds the calendar

    def text(self) -> str:  # type: ignore[override]
        return "" if self.is_empty() else self.date().toString("yyyy-MM-dd")

    def setText(self, text: str) -> None:
        parsed = QDate.fromString(text.strip()[:10], "yyyy-MM-dd") if text else QDate()
        self.setDate(parsed if parsed.isValid() else EMPTY)

    def value(self) -> date | None:
        return None if self.is_empty() else self.date().toPython()  # type: ignore[no-any-return]

    def is_empty(self) -> bool:
        return self.date() == EMPTY

    def clear(self) -> None:
        self.setDate(EMPTY)

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        from PySide6.QtCore import Qt

        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and (
            self.is_empty() or self.lineEdit().selectedText() == self.lineEdit().text()
        ):
            self.clear()
            return
        super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """An empty field opens its calendar on today, not on the placeholder date of 1900."""
        popup = self.calendarWidget().window()
        if watched is popup and event.type() == QEvent.Type.Show and self.is_empty():
            today = QDate.currentDate()
            self.calendarWidget().setCurrentPage(today.year(), today.month())
        return super().eventFilter(watched, event)
