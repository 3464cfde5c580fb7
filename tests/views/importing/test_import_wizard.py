"""The import wizard through its real widgets: detection, suggested mapping, preview, value translations,
dry run, import in a worker thread, one undo step; a refused file imports nothing and names the bad row."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWizard

from app.services.core.listing import ListQuery
from tests.paths import DATA as DATA_DIR

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
    values = wizard.values_page  # the country column has a fixed set of values: all of these are fine
    assert wizard.currentPage() is values
    assert [values.model.state(i) for i in range(values.model.rowCount())] == ["fine", "fine"]
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
    wizard.next()  # past the country values
    assert wizard.currentPage() is wizard.options_page
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
    from app.services.records.contacts import ContactInput

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

    source = DATA_DIR / "vcards" / "outlook.vcf"
    path = tmp_path / "outlook.vcf"
    path.write_bytes(source.read_bytes())
    wizard = _wizard(window, qtbot, path)
    assert wizard.currentPage() is wizard.mapping_page
    assert "cp1252, delimiter vCard, 2 rows" in wizard.file_page.detected.text()
    wizard.next()
    assert wizard.currentPage() is wizard.values_page  # the cards' countries, as names
    wizard.next()
    wizard.next()
    assert wizard.currentPage() is wizard.run_page
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


def test_an_empty_csv_or_a_stray_quote_is_refused_on_the_first_page(window, qtbot, ctx, tmp_path):
    path = tmp_path / "empty.csv"
    path.write_bytes(b"")
    wizard = _wizard(window, qtbot, path)
    assert wizard.currentPage() is wizard.file_page
    assert wizard.file_page.detected.text() == "Cannot read empty.csv: the file is empty"
    path.write_text('Name,Email\nAda,"ada@example.com\n' + "x,y\n" * 300_000, encoding="utf-8")
    wizard.next()
    assert wizard.currentPage() is wizard.file_page
    assert wizard.file_page.detected.text().startswith(
        "Cannot read empty.csv: row 2, Email: field longer than 1 MB"
    )
    wizard.reject()


# A Salesforce opportunities report: its stage names are not ours.
SALESFORCE_DEALS = (
    "Opportunity Name,Account Name,Stage,Amount,Close Date,Opportunity Owner\n"
    "Big order,Acme GmbH,Closed Won,12500.00,2026-03-15,tester@example.com\n"
    "Pilot,Initech,Prospecting,900,2026-04-02,\n"
    "Renewal,Acme GmbH,Negotiation/Review,3000,2026-12-01,tester@example.com\n"
    "Upsell,Initech,Closed Won,400,2026-05-01,\n"
)


def _sales_pipeline(ctx):
    from app.services.sales.pipelines import PipelineInput, StageInput

    stages = (
        StageInput("Prospect", 10),
        StageInput("Qualification", 25),
        StageInput("Negotiation", 75),
        StageInput("Won", 100, is_won=True),
        StageInput("Lost", 0, is_lost=True),
    )
    ctx.pipelines.save(PipelineInput("Sales", stages, is_default=True))


def _deals_wizard(window, qtbot, ctx, path):
    window.open_import_wizard()
    wizard = window.import_wizard
    wizard.file_page.kind.setCurrentIndex(wizard.file_page.kind.findData("deals"))
    wizard.file_page.path.setText(str(path))
    wizard.next()
    return wizard


def _stages(ctx):
    from sqlalchemy import select

    from app.models import Deal, Stage

    with ctx.sessions() as s:
        return dict(s.execute(select(Deal.name, Stage.name).join(Stage, Stage.id == Deal.stage_id)).all())


def _rows(model):
    from app.views.importing.values_model import FIELD, TARGET, VALUE

    return [
        (*(model.index(r, c).data() for c in (FIELD, VALUE, TARGET)), model.state(r))
        for r in range(model.rowCount())
    ]


def _import(wizard, qtbot):
    wizard.next()
    qtbot.waitUntil(lambda: wizard.run_page.done, timeout=10_000)
    assert "Imported" in wizard.run_page.status.text(), wizard.run_page.status.text()


def test_salesforce_stages_import_with_the_pages_guesses(window, qtbot, ctx, tmp_path, qtmodeltester):
    _sales_pipeline(ctx)
    path = tmp_path / "opportunities.csv"
    path.write_text(SALESFORCE_DEALS, encoding="utf-8")
    wizard = _deals_wizard(window, qtbot, ctx, path)
    mapping = wizard.mapping_page
    assert mapping.mapping()["stage"] == "Stage" and mapping.mapping()["owner"] == "Opportunity Owner"
    assert mapping.problems.text() == ""  # the preview already translates the guessed stages
    wizard.next()
    page = wizard.values_page
    assert wizard.currentPage() is page
    qtmodeltester.check(page.model)
    assert _rows(page.model) == [
        ("Stage", "Closed Won", "Won", "guessed"),
        ("", "Negotiation/Review", "Negotiation", "guessed"),
        ("", "Prospecting", "Prospect", "guessed"),
        ("Owner", "(empty)", "as in the file", "fine"),  # the importing user
        ("", "tester@example.com", "as in the file", "fine"),
    ]
    assert page.model.index(0, 2).data() == "2"  # rows with "Closed Won"
    assert "5 distinct value(s): 2 fine, 3 guessed" in page.summary.text()
    wizard.next()
    options = wizard.options_page
    assert not options.pipeline.isVisible()  # chosen on the value page, with the stages it offers
    assert wizard.draft.spec().values == {
        "stage": {"Closed Won": "Won", "Negotiation/Review": "Negotiation", "Prospecting": "Prospect"}
    }
    options.check_button.click()
    assert "Ready: 4 new" in options.report.toPlainText()
    _import(wizard, qtbot)
    assert _stages(ctx) == {
        "Big order": "Won",
        "Pilot": "Prospect",
        "Renewal": "Negotiation",
        "Upsell": "Won",
    }
    wizard.reject()


def test_a_value_changed_from_the_keyboard_is_what_is_stored(window, qtbot, ctx, tmp_path):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QComboBox

    from app.views.importing.values_model import TARGET, VALUE

    _sales_pipeline(ctx)
    path = tmp_path / "opportunities.csv"
    path.write_text(SALESFORCE_DEALS, encoding="utf-8")
    wizard = _deals_wizard(window, qtbot, ctx, path)
    wizard.next()
    page, view = wizard.values_page, wizard.values_page.view
    assert not view.tabKeyNavigation()  # Tab leaves the table, the arrows move in it
    assert view.currentIndex().row() == 0 and view.currentIndex().column() == TARGET
    qtbot.keyClick(view, Qt.Key.Key_Down)  # "Negotiation/Review"
    view.setCurrentIndex(view.currentIndex().siblingAtColumn(VALUE))  # F2 edits the row from any cell
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = view.findChild(QComboBox, "valueChoice")
    assert editor is not None and editor.currentText() == "Negotiation"
    qtbot.keyClick(editor, Qt.Key.Key_Up)
    qtbot.keyClick(editor, Qt.Key.Key_Up)  # Negotiation -> Qualification -> Prospect
    qtbot.keyClick(editor, Qt.Key.Key_Down)
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # commits (queued by the delegate)
    qtbot.waitUntil(lambda: page.model.index(1, TARGET).data() == "Qualification")
    assert page.model.state(1) == "chosen"
    assert wizard.currentPage() is page  # Enter committed the choice, it did not press Next
    qtbot.keyClick(view, Qt.Key.Key_Down)  # "Prospecting": typing opens the combo on the typed choice
    qtbot.keyClicks(view, "L")
    # the previous row's editor may still await its deferred deletion: take the open one
    editor = next((e for e in view.findChildren(QComboBox, "valueChoice") if e.isVisible()), None)
    assert editor is not None and editor.currentText() == "Lost"
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.model.translations()["stage"]["Prospecting"] == "Lost")
    wizard.next()
    _import(wizard, qtbot)
    stages = _stages(ctx)
    assert (stages["Renewal"], stages["Pilot"], stages["Big order"]) == ("Qualification", "Lost", "Won")
    wizard.reject()


def test_a_value_without_a_match_is_flagged_and_refused_naming_its_row(window, qtbot, ctx, tmp_path):
    _sales_pipeline(ctx)
    path = tmp_path / "opportunities.csv"
    path.write_text(SALESFORCE_DEALS + "Audit,Initech,Waiting on legal,100,2026-06-01,\n", encoding="utf-8")
    wizard = _deals_wizard(window, qtbot, ctx, path)
    wizard.next()
    page = wizard.values_page
    flagged = [r for r in _rows(page.model) if r[1] == "Waiting on legal"]
    assert flagged == [("", "Waiting on legal", "— choose a value —", "missing")]
    row = [r[1] for r in _rows(page.model)].index("Waiting on legal")
    assert page.model.index(row, 4).data() == "no match: its rows are refused"
    assert "1 without a match" in page.summary.text() and "refused (1 row(s))" in page.summary.text()
    wizard.next()
    wizard.options_page.check_button.click()
    report = wizard.options_page.report.toPlainText()
    assert "refused: 1 problem(s)" in report
    assert "row 6, Stage: 'Waiting on legal' is not a stage of Sales" in report
    wizard.reject()


def test_the_value_page_is_skipped_without_a_fixed_value_column(window, qtbot, ctx, tmp_path):
    _sales_pipeline(ctx)
    path = tmp_path / "plain-deals.csv"
    path.write_text("Opportunity Name,Amount\nBig order,100\n", encoding="utf-8")
    wizard = _deals_wizard(window, qtbot, ctx, path)
    wizard.next()
    assert wizard.currentPage() is wizard.options_page
    assert wizard.options_page.pipeline.isVisible()  # no stage column: the pipeline is chosen here
    assert wizard.draft.spec().values == {}
    wizard.back()
    assert wizard.currentPage() is wizard.mapping_page
    wizard.reject()


def test_saved_mapping_repeats_the_import_from_the_command_line(window, qtbot, ctx, tmp_path, monkeypatch):
    import json

    from app.cli import main
    from app.views.importing import options_page

    _sales_pipeline(ctx)
    path = tmp_path / "opportunities.csv"
    path.write_text(SALESFORCE_DEALS, encoding="utf-8")
    wizard = _deals_wizard(window, qtbot, ctx, path)
    wizard.next()
    page = wizard.values_page
    assert page.model.setData(page.model.index(2, 3), "Qualification")  # "Prospecting", chosen by hand
    wizard.next()
    saved = tmp_path / "opportunities-mapping.json"
    monkeypatch.setattr(options_page, "get_save_file_name", lambda *a, **k: (str(saved), ""))
    wizard.options_page.save_button.click()
    assert "Mapping saved" in wizard.options_page.report.toPlainText()
    data = json.loads(saved.read_text(encoding="utf-8"))
    assert data["columns"]["stage"] == "Stage" and data["columns"]["name"] == "Opportunity Name"
    assert data["values"] == {
        "stage": {"Closed Won": "Won", "Negotiation/Review": "Negotiation", "Prospecting": "Qualification"}
    }
    wizard.reject()
    db = ctx.settings.db_url.removeprefix("sqlite:///")
    assert main(["import", "deals", str(path), "--db", db, "--mapping", str(saved)]) == 0
    stages = _stages(ctx)
    assert (stages["Big order"], stages["Pilot"], stages["Renewal"]) == (
        "Won",
        "Qualification",
        "Negotiation",
    )


def test_a_custom_column_left_out_in_the_wizard_stays_out_in_its_saved_mapping(window, qtbot, ctx, tmp_path):
    """`rapport import` maps a column named like a custom field by itself: the saved mapping must say no."""
    import json

    from app.cli import main
    from app.services.core.custom_fields import FieldInput

    ctx.custom_fields.create(FieldInput("contact", "Tier", "text"))
    path = tmp_path / "people.csv"
    path.write_text("Last Name,Email,Tier\nLovelace,ada@example.com,gold\n", encoding="utf-8")
    wizard = _wizard(window, qtbot, path)
    page = wizard.mapping_page
    tier = page.columns.cellWidget(2, 2)
    assert tier.currentData() == "custom.tier"  # suggested from the field's label
    tier.setCurrentIndex(tier.findData(""))  # left out by hand
    while wizard.currentPage() is not wizard.options_page:
        wizard.next()
    data = wizard.draft.mapping_file()
    assert data["columns"]["custom.tier"] == "" and data["columns"]["email"] == "Email"
    saved = tmp_path / "people-mapping.json"
    wizard.options_page.save_mapping(saved)
    wizard.reject()
    db = ctx.settings.db_url.removeprefix("sqlite:///")
    assert main(["import", "contacts", str(path), "--db", db, "--mapping", str(saved)]) == 0
    (row,) = ctx.contacts.page(ListQuery(), 0, 5, 1).rows
    assert row.last_name == "Lovelace" and "tier" not in row.custom
    assert json.loads(saved.read_text(encoding="utf-8")) == data


def test_a_saved_mapping_keeps_the_pipeline_chosen_in_the_wizard(window, qtbot, ctx, tmp_path):
    from sqlalchemy import select

    from app.cli import main
    from app.models import Deal, Pipeline
    from app.services.sales.pipelines import PipelineInput, StageInput

    _sales_pipeline(ctx)
    ctx.pipelines.save(
        PipelineInput("Renewals", (StageInput("Quote", 50), StageInput("Signed", 100, is_won=True)))
    )
    path = tmp_path / "renewals.csv"
    path.write_text("Opportunity Name,Stage,Amount\nAcme 2027,Quote,900\nInitech 2027,Signed,1200\n", "utf-8")
    wizard = _deals_wizard(window, qtbot, ctx, path)
    wizard.next()
    page = wizard.values_page
    assert wizard.currentPage() is page
    page.pipeline.setCurrentIndex(page.pipeline.findText("Renewals"))
    while wizard.currentPage() is not wizard.options_page:
        wizard.next()
    saved = tmp_path / "renewals-mapping.json"
    wizard.options_page.save_mapping(saved)
    assert wizard.draft.mapping_file()["pipeline"] == "Renewals"
    wizard.reject()
    db = ctx.settings.db_url.removeprefix("sqlite:///")
    assert main(["import", "deals", str(path), "--db", db, "--mapping", str(saved), "--match", "none"]) == 0
    with ctx.sessions() as s:
        pipelines = s.execute(
            select(Deal.name, Pipeline.name).join(Pipeline, Pipeline.id == Deal.pipeline_id)
        ).all()
    assert sorted(pipelines) == [("Acme 2027", "Renewals"), ("Initech 2027", "Renewals")]


def test_wizard_in_forgiving_mode_imports_the_good_rows_and_saves_the_refused(window, qtbot, ctx, tmp_path):
    path = tmp_path / "people.csv"
    path.write_text(
        "First Name,Last Name,Email,Fax\nAda,Lovelace,ada@example.com,1\nBob,,bob@example.com,2\n",
        encoding="utf-8",
    )
    wizard = _wizard(window, qtbot, path)
    while wizard.currentPage() is not wizard.options_page:
        wizard.next()
    options = wizard.options_page
    options.refused.setCurrentIndex(options.refused.findData(True))
    options.check_button.click()
    report = options.report.toPlainText()
    assert "Ready: 1 new, 0 updated, 0 skipped of 2 rows." in report
    assert "1 row(s) would be refused and saved to fix:\nrow 3: Last Name: is required" in report
    assert "Not imported (no field reads them): Fax" in report
    wizard.grab().save("/tmp/c_wizard_forgiving_options.png")
    wizard.next()
    run = wizard.run_page
    qtbot.waitUntil(lambda: run.done, timeout=10_000)
    assert "1 row(s) refused: save them, fix them and import the file again." in run.status.text()
    assert run.save_rejects_button.isVisibleTo(wizard)
    wizard.grab().save("/tmp/c_wizard_forgiving_run.png")
    out = tmp_path / "refused.csv"
    run.save_rejects(out)
    assert out.read_text(encoding="utf-8").splitlines() == [
        "First Name,Last Name,Email,Fax,reason",
        "Bob,,bob@example.com,2,Last Name: is required",
    ]
    assert ctx.contacts.count(ListQuery()) == 1
    window.undo_stack.undo()  # one step either way
    assert ctx.contacts.count(ListQuery()) == 0
    wizard.button(QWizard.WizardButton.FinishButton).click()


def test_a_whole_hubspot_export_folder_shows_its_plan_imports_in_one_step_and_undoes(window, qtbot, ctx):
    from tests.services.importing.export_helpers import ensure_pipeline

    ensure_pipeline(ctx)
    wizard = _wizard(window, qtbot, DATA_DIR / "hubspot")
    assert wizard.currentPage() is wizard.export_plan_page
    plan = wizard.export_plan_page
    assert "HubSpot export hubspot" in plan.summary.text()
    names = [plan.plan_table.item(r, 0).text() for r in range(plan.plan_table.rowCount())]
    becomes = {names[r]: plan.plan_table.item(r, 2).text() for r in range(len(names))}
    assert becomes["hubspot-crm-exports-all-contacts-2024-05-01.csv"] == "contacts"
    assert becomes["hubspot-crm-exports-all-tickets-2024-05-01.csv"] == "(not imported)"
    wizard.next()
    run = wizard.export_run_page
    qtbot.waitUntil(lambda: run.done, timeout=20_000)
    assert "is imported" in run.status.text(), run.status.text()
    assert ctx.contacts.count(ListQuery()) == 3
    table = run.result_table
    rows = {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}
    assert rows["hubspot-crm-exports-all-contacts-2024-05-01.csv"] == "3"
    assert window.undo_stack.count() == 1
    run.undo_button.click()  # one step takes the whole export back
    assert ctx.contacts.count(ListQuery()) == 0
    wizard.button(QWizard.WizardButton.FinishButton).click()


def test_a_folder_that_is_no_crm_export_is_refused_on_the_file_page(window, qtbot, tmp_path):
    (tmp_path / "notes.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    wizard = _wizard(window, qtbot, tmp_path)
    assert wizard.currentPage() is wizard.file_page
    assert "not a Salesforce, HubSpot or Pipedrive export" in wizard.file_page.detected.text()
