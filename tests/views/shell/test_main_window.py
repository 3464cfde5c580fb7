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
