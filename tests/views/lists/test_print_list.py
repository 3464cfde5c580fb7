"""The Print menu of the list pages: the list as shown, mailing labels and envelopes."""

from __future__ import annotations

import io

from pypdf import PdfReader
from PySide6.QtGui import QKeySequence

from app.views.lists.labels_dialog import LabelsDialog
from app.views.lists.print_action import describe, list_pdf


def _texts(data: bytes) -> list[str]:
    return [p.extract_text() for p in PdfReader(io.BytesIO(data)).pages]


def _menu(page) -> list[str]:
    return [a.text() for a in page.print_button.menu().actions() if a.text()]


def test_each_list_page_has_a_print_menu_and_labels_where_records_have_addresses(window):
    full = ["Print list…", "Save list as PDF…", "Mailing labels…", "Envelopes…", "Letters…"]
    assert _menu(window.contacts) == full
    assert _menu(window.accounts) == full
    assert _menu(window.leads) == ["Print list…", "Save list as PDF…"]


def test_ctrl_p_prints_the_list_but_on_documents_still_prints_the_document(window):
    def print_actions(page):
        return [
            a.text()
            for a in page.table.actions()
            if a.shortcut() == QKeySequence(QKeySequence.StandardKey.Print)
        ]

    assert print_actions(window.contacts) == ["Print list"]
    assert print_actions(window.documents) == ["Print"]  # one action per key: an ambiguous key does nothing


def test_the_printed_list_is_the_list_as_shown(window, sample):
    window.show_page(1)
    page = window.contacts
    page.table.horizontalHeader().hideSection(2)  # Email
    page.search.setText("Fred")
    page.apply_query()
    assert page.model.total == 20
    assert describe(page).startswith("20 contacts · search “Fred”")
    (text,) = _texts(list_pdf(page))
    assert "Last name" in text and "Email" not in text and "fred3@x.example" not in text
    assert "Filler00" in text and "Filler19" in text and "Lovelace" not in text
    assert text.index("Filler00") < text.index("Filler19")
    assert "Page 1 of 1" in text


def test_labels_for_the_selection_start_where_the_sheet_was_used_and_name_who_is_left_out(window, sample):
    window.show_page(1)
    page = window.contacts
    page.search.setText("Lovelace")  # Ada, at Acme's (which has no street): only a town
    page.apply_query()
    dialog = LabelsDialog(page, "labels", page)
    assert not dialog.who.selection.isEnabled()  # one row is not a selection to choose
    dialog.size_box.setCurrentIndex(dialog.size_box.findData("5160"))
    assert dialog.start.maximum() == 30
    dialog.start.setValue(30)
    data = dialog.make_pdf()
    assert data is not None
    (text,) = _texts(data)
    assert text.splitlines() == ["Ada Lovelace", "Acme GmbH", "BERLIN", "GERMANY"]  # no home country set
    assert dialog.summary.text() == "1 contact."
    page.search.setText("Filler")
    page.apply_query()
    nobody = LabelsDialog(page, "envelopes", page)
    assert nobody.make_pdf() is None
    assert (
        "20 left out with no postal address (Fred Filler00, Fred Filler01, Fred Filler02 …)"
        in nobody.summary.text()
    )


def test_letters_are_checked_as_typed_and_never_print_a_blank(window, qtbot, sample):
    from app.views.lists.letters_dialog import LettersDialog

    window.show_page(1)
    page = window.contacts
    page.search.setText("Lovelace")
    page.apply_query()
    dialog = LettersDialog(page, page)
    dialog.body.setPlainText("Dear {{ contact.frist_name }}")
    assert not dialog.check_template()
    assert "body: line 1: no field contact.frist_name" in dialog.message.text()
    dialog.body.setPlainText("Dear {{ contact.title }},\n\nHello.")
    assert dialog.make_pdf() is None
    assert (
        "Nothing printed: 1 letter would have a blank. Ada Lovelace: contact.title has no value"
        in dialog.message.text()
    )
    dialog.field_box.setCurrentIndex(dialog.field_box.findText("contact.first_name"))
    dialog.body.setPlainText("Dear ")
    dialog.body.moveCursor(dialog.body.textCursor().MoveOperation.End)
    dialog._insert_field(dialog.field_box.findText("contact.first_name"))
    assert dialog.body.toPlainText() == "Dear {{ contact.first_name }}"
    data = dialog.make_pdf()
    assert data is not None and dialog.message.text() == "1 letter."
    (text,) = _texts(data)
    assert "Dear Ada" in text and "Our new service plans for Acme GmbH" in text
