"""The shell: page switching, global search, status bar, and state remembered between runs."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from app.views.shell.main_window import MainWindow
from tests.views.helpers import column_of, press


def test_ctrl_number_switches_pages_and_status_shows_count(window, qtbot, sample):
    press(qtbot, window.contacts.table, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() is window.accounts
    assert window.count_label.text() == "2 accounts"
    press(qtbot, window.accounts.table, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() is window.contacts
    assert window.count_label.text() == "22 contacts"
    assert window.sidebar.currentRow() == 1


def test_ctrl_k_focuses_global_search_and_enter_opens_the_record(window, qtbot, sample):
    window.show_page(1)
    press(qtbot, window.contacts.table, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.global_search, timeout=2000)
    qtbot.keyClicks(window.global_search, "globex")
    qtbot.waitUntil(lambda: window.global_search.matches.rowCount() == 2, timeout=2000)  # the account and Bob
    assert "Globex Ltd" in window.global_search.matches.index(0, 0).data()
    qtbot.keyClick(window.global_search, Qt.Key.Key_Return)
    assert window.current_page() is window.accounts
    assert window.accounts.detail.title.text() == "Globex Ltd"


def test_global_search_opens_a_contact_in_its_detail_pane(window, qtbot, sample):
    window.open_record("contact", sample.ada)
    assert window.current_page() is window.contacts
    assert window.contacts.detail.title.text() == "Ada Lovelace"
    assert window.contacts.model.item(window.contacts.current_row()).id == sample.ada


def test_window_layout_is_remembered(window, qtbot, ctx, sample, _temp_qsettings):
    window.resize(1111, 777)
    window.show_page(window.pages.index(window.trash))
    contacts = window.contacts
    email = column_of(contacts.model, "email")
    contacts.columns_button.set_visible(email, False)
    contacts.table.horizontalHeader().resizeSection(0, 222)
    contacts.model.sort(column_of(contacts.model, "city"), Qt.SortOrder.DescendingOrder)
    contacts.table.sync_sort_indicator()
    window.accounts.splitter.setSizes([500, 600])
    sizes = window.accounts.splitter.sizes()
    window.close()
    assert any(_temp_qsettings.rglob("*.ini"))  # written to the test's own store

    again = MainWindow(ctx)
    qtbot.addWidget(again)
    again.show()
    screen = again.screen().availableGeometry()
    if (
        screen.width() >= 1200 and screen.height() >= 900
    ):  # a smaller screen would clamp it (reused QApplication)
        assert again.size().width() == 1111 and again.size().height() == 777
    assert again.current_page() is again.trash
    header = again.contacts.table.horizontalHeader()
    assert header.isSectionHidden(email)
    assert header.sectionSize(0) == 222
    assert again.contacts.model.query.sort == "city" and again.contacts.model.query.descending
    assert again.accounts.splitter.sizes() == sizes
    trash = window.pages.index(window.trash)
    assert QSettings().value("window/page") in (trash, str(trash))  # the Trash, last page
    again.relay.close()


def test_the_shortcut_list_is_built_from_every_action_and_names_print_import_and_preferences(window, qtbot):
    from PySide6.QtGui import QAction, QKeySequence
    from PySide6.QtWidgets import QMessageBox

    from app.views.activities.actions import shortcut_rows

    listing = shortcut_rows(window)
    rows = dict(listing)
    # one key, what it does on each page: the document, the day's calls, or the list shown
    assert {what for keys, what in listing if keys == "Ctrl+P"} == {
        "Documents: Print",
        "Tasks: Print a call sheet",
        "Print list",
    }
    assert rows["Ctrl+Shift+I"] == "Import"
    assert "Preferences" in rows["Ctrl+,"]
    assert rows["Ctrl+0"] == "Go to Documents" and rows["Ctrl+Shift+T"] == "Go to Trash"
    listed = {k for keys in rows for k in keys.split(" / ")}
    for action in window.findChildren(QAction):  # every page is built by now
        for key in action.shortcuts():
            assert key.toString(QKeySequence.SequenceFormat.NativeText) in listed, action.text()
    next(a for a in window.findChildren(QAction) if a.text() == "&Keyboard shortcuts").trigger()
    box = window.findChild(QMessageBox, "shortcutsDialog")
    assert "Ctrl+P" in box.text() and "Ctrl+Shift+I" in box.text()
    assert "Calendar: go to today" in box.text()  # keys the calendar handles itself
    box.close()


def test_every_page_has_a_key_documents_ctrl_0_and_preferences_opens_the_settings(window, qtbot):
    from PySide6.QtGui import QAction

    from app.views.shell.main_window import PAGE_TITLES

    by_text = {a.text(): a for a in window.findChildren(QAction)}
    keys = [by_text[title].shortcut().toString() for title in PAGE_TITLES]
    assert all(keys) and len(set(keys)) == len(keys)  # every page has a key of its own
    assert keys[:9] == [f"Ctrl+{n}" for n in range(1, 10)] and keys[-2:] == ["Ctrl+Shift+T", "Ctrl+Shift+H"]
    assert PAGE_TITLES[-2:] == ("Trash", "Audit")  # the Trash, then the Audit log, last
    assert keys[PAGE_TITLES.index("Documents")] == "Ctrl+0"
    press(qtbot, window.contacts.table, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.documents
    preferences = by_text["&Preferences…"]
    assert "Ctrl+," in [k.toString() for k in preferences.shortcuts()]
    preferences.trigger()
    qtbot.waitUntil(lambda: window.settings_dialog.isVisible(), timeout=2000)
    window.settings_dialog.reject()


def test_global_search_finds_a_deal_and_opens_it_on_the_board(window, qtbot, sample):
    window.focus_search()
    qtbot.keyClicks(window.global_search, "rollout")
    qtbot.waitUntil(lambda: window.global_search.matches.rowCount() == 1, timeout=2000)
    assert window.global_search.matches.index(0, 0).data().startswith("Acme rollout — deal · Acme GmbH")
    qtbot.keyClick(window.global_search, Qt.Key.Key_Return)
    assert window.current_page() is window.board
    qtbot.waitUntil(lambda: window.board.editor is not None and window.board.editor.isVisible(), timeout=2000)
    assert window.board.editor.editor("name").text() == "Acme rollout"
    window.board.editor.reject()


def test_at_1024_by_700_every_page_fits_and_the_sidebar_keeps_only_its_icons(window, qtbot, sample):
    from PySide6.QtWidgets import QComboBox, QLabel

    from app.services.core.custom_fields import FieldInput
    from app.views.shell.main_window import PAGE_TITLES, SIDEBAR_COMPACT

    window.ctx.lookups.ensure_user("Maximiliane Oberhauser-Lindqvist of Accounts", "max@example.com")
    window.ctx.lookups.create_tag("A tag with a rather long name for the filter")
    for entity in ("account", "contact"):  # the custom-field filter joins the filter row, as in the demo
        window.ctx.custom_fields.create(
            FieldInput(entity, "Customer region", kind="choice", choices=("EMEA",))
        )
    for index in range(len(PAGE_TITLES)):  # every page built: the widest one sets the minimum
        window.show_page(index)
    window.resize(1024, 700)
    qtbot.waitUntil(lambda: window.width() == 1024, timeout=2000)
    assert window.compact_sidebar and window.sidebar.width() == SIDEBAR_COMPACT
    assert window.sidebar.item(2).text() == "" and window.sidebar.item(2).toolTip() == "Leads (Ctrl+3)"
    for index, title in enumerate(PAGE_TITLES):
        window.show_page(index)
        page = window.current_page()
        qtbot.waitUntil(lambda page=page: page.isVisible(), timeout=2000)
        assert page.width() >= page.minimumSizeHint().width(), title
        heading = next(w for w in page.findChildren(QLabel) if w.objectName() == "pageTitle")
        assert heading.width() >= heading.sizeHint().width(), title  # "Schedule", not "Schedul"
        for combo in page.findChildren(QComboBox):
            if combo.objectName().startswith("filter_") and combo.isVisible():  # "All owners", not "All owr"
                needed = combo.fontMetrics().horizontalAdvance(combo.currentText()) + 20
                assert combo.width() >= needed, (title, combo.currentText(), combo.width())
    window.resize(1600, 900)
    qtbot.waitUntil(lambda: not window.compact_sidebar, timeout=2000)
    assert window.sidebar.item(2).text() == "Leads"


def test_global_search_finds_a_document_by_number_and_opens_the_documents_page(window, qtbot, ctx, sample):
    from datetime import date

    from app.services.documents.document_input import DocumentInput, LineInput

    quote = ctx.documents.create(
        DocumentInput(
            account_id=sample.acme, issued_on=date(2026, 3, 1), lines=(LineInput("Widget", "2", "10"),)
        )
    ).value
    window.focus_search()
    qtbot.keyClicks(window.global_search, quote.number.lower())
    qtbot.waitUntil(lambda: window.global_search.matches.rowCount() == 1, timeout=2000)
    assert window.global_search.matches.index(0, 0).data().startswith(f"{quote.number} — quote · Acme GmbH")
    qtbot.keyClick(window.global_search, Qt.Key.Key_Return)
    assert window.current_page() is window.documents
