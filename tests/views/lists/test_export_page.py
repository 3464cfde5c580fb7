"""The Export button of the list pages writes what the page shows: its visible columns and its query."""

from __future__ import annotations

import csv

from app.views.lists.export_action import export_page


def test_contacts_page_exports_visible_columns_of_the_current_search(window, qtbot, sample, tmp_path):
    window.show_page(1)
    page = window.contacts
    assert page.export_button.isVisible()
    header = page.table.horizontalHeader()
    header.hideSection(2)  # Email
    page.search.setText("Lovelace")
    page.apply_query()
    assert page.model.total == 1
    path = tmp_path / "shown.csv"
    assert export_page(page, path) == 1
    with path.open(encoding="utf-8-sig", newline="") as handle:
        data = list(csv.reader(handle))
    assert data[0] == ["Last name", "First name", "Phone", "Company", "City", "Country", "Status"]
    assert data[1][:2] == ["Lovelace", "Ada"]


def test_vcard_export_holds_the_selection(window, qtbot, sample, tmp_path):
    window.show_page(1)
    page = window.contacts
    page.select_row(0)
    path = tmp_path / "one.vcf"
    assert export_page(page, path) == 1
    assert path.read_text().count("BEGIN:VCARD") == 1
