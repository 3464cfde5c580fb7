"""Ctrl+P on the Tasks page prints the call sheet of the person shown, for the chosen day."""

from __future__ import annotations

import io
from datetime import date, datetime, time

from pypdf import PdfReader
from PySide6.QtCore import QDate

from app.services.scheduling.activities import ActivityInput
from app.services.scheduling.tasks import local_zone
from app.views.activities.call_sheet_dialog import CallSheetDialog


def test_the_dialog_prints_the_chosen_persons_day(window, qtbot, ctx):
    ann = ctx.lookups.ensure_user("Ann Rep", "ann@example.com")
    due = datetime.combine(date(2026, 12, 9), time(14), local_zone())
    ctx.activities.create(
        ActivityInput(kind="call", subject="Call Ada about the renewal", owner_id=ann.id, due_at=due)
    )
    window.show_page(3)  # Tasks
    page = window.current_page()
    page.owner_box.setCurrentIndex(page.owner_box.findData(ann.id))
    dialog = CallSheetDialog(page.env, page.owner_box.currentData(), page)
    assert dialog.person.currentText() == "Ann Rep"
    dialog.day.setDate(QDate(2026, 12, 9))
    data = dialog.make_pdf()
    assert data is not None
    (text,) = [p.extract_text() for p in PdfReader(io.BytesIO(data)).pages]
    assert (
        "Call sheet · Ann Rep · Wednesday 09 December 2026" in text and "Call Ada about the renewal" in text
    )
    assert dialog.message.text() == "1 to do for Ann Rep."
    dialog.day.setDate(QDate(2026, 12, 10))
    dialog.make_pdf()
    assert dialog.message.text() == "1 to do for Ann Rep, 1 overdue."  # still open the next day
    dialog.day.setDate(QDate(2026, 12, 8))
    dialog.make_pdf()
    assert dialog.message.text() == "0 to do for Ann Rep."


def test_ctrl_p_on_the_tasks_page_opens_the_call_sheet_dialog(window, qtbot):
    window.show_page(3)
    page = window.current_page()
    (action,) = [a for a in page.actions() if a.text() == "Print a call sheet"]
    action.trigger()
    dialog = page.findChild(CallSheetDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.reject()
