"""The import wizard through its real widgets: detection, suggested mapping, preview, dry run, import in a
worker thread, one undo step; a refused file imports nothing and names the bad row."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWizard

from app.services.listing import ListQuery

HUBSPOT = (
    "Record ID;First Name;Last Name;Email;Phone Number;Company Name;City;Country/Region\n"
    "101;Grace;Hopper;Grace@Navy.example;+1 202 555 0100;US Navy;Münster;United States\n"
    "102;Alan;Turing;alan@bletchley.example;+44 20 7946 0000;Bletchley Park;London;GB\n"
)


def _wizard(window, qtbot, path):
    window.open_import_wizard()
    wizard = window.import_wizard
    assert wizard.isVisible()
    wizard.file_page.path.setText(str(path))
    wizard.next()
    return wizard


def test_wizard_imports_then_one_undo_removes_the_import(window, qtbot, ctx, tmp_path):
    path = tmp_path / "hubspot.csv"
    path.write_bytes(HUBSPOT.encode("cp1252"))
    wizard = _wizard(window, qtbot, path)
    assert wizard.currentPage() is wizard.mapping_page
    assert "cp1252, delimiter ;, 2 rows" in wizard.file_page.detected.text()
    mapping = wizard.mapping_page.mapping()
    assert mapping["email"] == "Email" and mapping["external_id"] == "Record ID"
    assert mapping["country"] == "Country/Region"
    preview = wizard.mapping_page.preview
    headers = [preview.horizontalHeaderItem(c).text() for c in range(preview.columnCount())]
    assert preview.item(0, headers.index("email")).text() == "grace@navy.example"
    assert preview.item(0, headers.index("country")).text() == "US"
    wizard.next()
    options = wizard.options_page
    options.match.setCurrentIndex(options.match.findData("external_id"))
    options.check_button.click()
    assert "Ready: 2 new, 0 updated, 0 skipped of 2 rows." in options.report.toPlainText()
    assert ctx.contacts.count(ListQuery()) == 0  # the dry run changed nothing
    wizard.next()
    run = wizard.run_page
    qtbot.waitUntil(lambda: run.done, timeout=10_000)
    assert "Imported 2 new" in run.status.text()
    assert ctx.contacts.count(ListQuery()) == 2
    assert window.undo_stack.count() == 1
    window.undo_stack.undo()
    assert ctx.contacts.count(ListQuery()) == 0
    window.undo_stack.redo()
    assert ctx.contacts.count(ListQuery()) == 2
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert not wizard.isVisible()


def test_refused_file_names_the_bad_row_and_imports_nothing(window, qtbot, ctx, tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text(HUBSPOT + "103;Ada;;not-an-email;;;;\n104;Too;Short\n", encoding="utf-8")
    wizard = _wizard(window, qtbot, path)
    wizard.next()
    wizard.options_page.check_button.click()
    report = wizard.options_page.report.toPlainText()
    assert "refused: 3 problem(s)" in report
    assert "row 4, Last Name: is required" in report
    assert "row 4, Email: 'not-an-email' is not a valid email address" in report
    assert "row 5, (row): ragged row: 3 cells, the header has 8" in report
    wizard.next()
    qtbot.waitUntil(lambda: wizard.run_page.done, timeout=10_000)
    assert "Nothing was imported" in wizard.run_page.status.text()
    assert ctx.contacts.count(ListQuery()) == 0 and window.undo_stack.count() == 0
    wizard.reject()


def test_mapping_can_be_changed_by_hand(window, qtbot, ctx, tmp_path):
    path = tmp_path / "plain.csv"
    path.write_text("Who,Mail\nAda Lovelace,ada@example.com\n", encoding="utf-8")
    wizard = _wizard(window, qtbot, path)
    page = wizard.mapping_page
    who = page.columns.cellWidget(0, 2)
    assert isinstance(who, QComboBox) and who.currentData() == ""
    who.setCurrentIndex(who.findData("full_name"))
    page.columns.cellWidget(1, 2).setCurrentIndex(page.columns.cellWidget(1, 2).findData("email"))
    assert page.mapping() == {"full_name": "Who", "email": "Mail"}
    assert page.preview.rowCount() == 1 and page.problems.text() == ""
    wizard.reject()


def test_products_are_imported_by_sku_through_the_wizard(window, qtbot, ctx, tmp_path):
    path = tmp_path / "products.csv"
    path.write_text("SKU,Product Name,Unit Price,VAT\nA-1,Anvil,19.99,19%\n", encoding="utf-8")
    window.open_import_wizard()
    wizard = window.import_wizard
    wizard.file_page.kind.setCurrentIndex(wizard.file_page.kind.findData("products"))
    wizard.file_page.path.setText(str(path))
    wizard.next()
    page = wizard.mapping_page
    assert page.mapping() == {"sku": "SKU", "name": "Product Name", "price": "Unit Price", "tax_rate": "VAT"}
    headers = [page.preview.horizontalHeaderItem(c).text() for c in range(page.preview.columnCount())]
    assert page.preview.item(0, headers.index("price minor")).text() == "1999"
    wizard.next()
    options = wizard.options_page
    assert [options.match.itemData(i) for i in range(options.match.count())] == ["sku", "external_id", "none"]
    assert not options.currency.isVisible()
    options.check_button.click()
    assert "Ready: 1 new, 0 updated, 0 skipped of 1 rows." in options.report.toPlainText()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.run_page.done, timeout=10_000)
    assert [p.sku for p in ctx.products.page(ListQuery(), 0, 10, 1).rows] == ["A-1"]
    window.undo_stack.undo()
    assert ctx.products.count(ListQuery()) == 0
    wizard.reject()


def test_dry_run_lists_rows_like_existing_contacts_and_the_import_can_skip_them(window, qtbot, ctx, tmp_path):
    from app.services.contacts import ContactInput

    ctx.contacts.create(ContactInput(last_name="Hopper", first_name="Grace", email="grace@navy.example"))
    path = tmp_path / "people.csv"
    path.write_text(
        "First Name,Last Name,Email\nGrace,Hopper,grace@navy.example\nAlan,Turing,\n", encoding="utf-8"
    )
    wizard = _wizard(window, qtbot, path)
    wizard.next()
    options = wizard.options_page
    options.match.setCurrentIndex(options.match.findData("none"))
    assert options.skip_likely.isVisible()
    options.check_button.click()
    report = options.report.toPlainText()
    assert "1 row(s) look like existing records (imported anyway):" in report
    assert "row 2, Grace Hopper: looks like Grace Hopper (100 %)" in report
    options.skip_likely.setChecked(True)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.run_page.done, timeout=10_000)
    assert ctx.contacts.count(ListQuery()) == 2  # Grace was skipped, Alan imported
    wizard.reject()


def test_a_vcard_file_goes_through_the_wizard_with_its_whole_card(window, qtbot, ctx, tmp_path):
    from pathlib import Path

    source = Path(__file__).parent.parent / "data" / "vcards" / "outlook.vcf"
    path = tmp_path / "outlook.vcf"
    path.write_bytes(source.read_bytes())
    wizard = _wizard(window, qtbot, path)
    assert wizard.currentPage() is wizard.mapping_page
    assert "cp1252, delimiter vCard, 2 rows" in wizard.file_page.detected.text()
    wizard.next()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.run_page.done, timeout=10_000)
    assert ctx.contacts.count(ListQuery()) == 2
    schroeder = next(r for r in ctx.contacts.page(ListQuery(), 0, 10, 2).rows if r.last_name == "Schröder")
    assert (
        "Address (home): Elbchaussee 100, 22763 Hamburg, Deutschland" in ctx.contacts.get(schroeder.id).notes
    )
    wizard.reject()


def test_a_vcf_file_without_cards_is_refused_on_the_first_page(window, qtbot, ctx, tmp_path):
    path = tmp_path / "contacts.vcf"
    path.write_text("First Name,Last Name\nAda,Lovelace\n", encoding="utf-8")
    wizard = _wizard(window, qtbot, path)
    assert wizard.currentPage() is wizard.file_page
    assert wizard.file_page.detected.text() == (
        "Cannot read contacts.vcf: not a vCard file: it has no BEGIN:VCARD line"
    )
    wizard.reject()
