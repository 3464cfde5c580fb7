"""The import wizard's draft: what the pages chose, shared through it alone. The spec and the saved mapping
are worked out from the draft; a page works on a draft without a wizard around it; choices made on one
page reach the others through the draft (hand-picked values back on the mapping page's preview)."""

from __future__ import annotations

from app.services.importing.csv_read import Table
from app.services.importing.engine import MatchOn, OnMatch
from app.views.importing.draft import ImportDraft
from tests.views.importing.test_import_wizard import SALESFORCE_DEALS, _deals_wizard, _rows, _sales_pipeline

DEALS = Table("utf-8", ",", True, ("Name", "Stage", "Amount"), ((2, ("Big order", "Closed Won", "100")),))


def _deals_draft(**kw) -> ImportDraft:
    return ImportDraft(kind="deals", source="deals.csv", table=DEALS, **kw)


def test_the_spec_takes_translations_and_the_stages_pipeline_only_with_a_stage_column():
    translations = {"stage": {"Closed Won": "Won"}}
    draft = _deals_draft(translations=translations, stages_pipeline="Renewals", pipeline=" Sales ")
    draft.mapping = {"name": "Name", "stage": "Stage"}
    assert draft.translates_values() and draft.shows_stages()
    spec = draft.spec()
    assert (spec.values, spec.pipeline, spec.source) == (translations, "Renewals", "deals.csv")
    draft.mapping = {"name": "Name", "amount": "Amount"}  # the stage column left out: no value page
    assert not draft.translates_values() and not draft.shows_stages()
    spec = draft.spec(dry_run=True)
    assert (spec.values, spec.pipeline, spec.dry_run) == ({}, "Sales", True)


def test_the_spec_carries_the_options():
    draft = _deals_draft(match=MatchOn.NONE, on_match=OnMatch.SKIP, currency=" usd ", skip_likely=True)
    draft.mapping = {"name": "Name"}
    spec = draft.spec()
    assert (spec.match, spec.on_match, spec.currency, spec.skip_likely) == ("none", "skip", "USD", True)
    draft.currency = ""
    assert draft.spec().currency == "EUR"


def test_the_mapping_file_names_suggested_columns_left_out_but_not_for_vcards():
    draft = _deals_draft(suggested={"name": "Name", "amount": "Amount"}, pipeline="Sales")
    draft.mapping = {"name": "Name"}
    assert draft.mapping_file() == {
        "columns": {"amount": "", "name": "Name"},
        "values": {},
        "pipeline": "Sales",
    }
    cards = ImportDraft(table=Table("utf-8", "", True, ("email",), ()), suggested={"email": "email"})
    assert cards.from_vcards and cards.mapping_file() == {"columns": {}, "values": {}}


def test_hand_picked_values_show_in_the_preview(window, ctx):
    _sales_pipeline(ctx)
    draft = _deals_draft(mapping={"name": "Name", "stage": "Stage"}, picked={("stage", "Closed Won"): "Lost"})
    found = window.env.ctx.importer.lookups("deals", draft.lookup_spec())
    assert draft.preview_values(DEALS, found)["stage"]["Closed Won"] == "Lost"


def test_the_pages_work_on_a_draft_without_a_wizard(window, qtbot, ctx, tmp_path):
    from app.services.importing.csv_read import read_table
    from app.views.importing.mapping_page import MappingPage
    from app.views.importing.options_page import OptionsPage

    path = tmp_path / "people.csv"
    path.write_text("Last Name,Mail\nLovelace,ada@example.com\n", encoding="utf-8")
    draft = ImportDraft(source=path.name, table=read_table(path))
    mapping = MappingPage(window.env, draft)
    qtbot.addWidget(mapping)
    mapping.initializePage()
    suggested = {"last_name": "Last Name", "email": "Mail"}
    assert draft.suggested == suggested and draft.mapping == suggested
    mail = mapping.columns.cellWidget(1, 2)
    mail.setCurrentIndex(mail.findData(""))  # left out by hand
    assert draft.mapping == {"last_name": "Last Name"} and draft.suggested == suggested
    mail.setCurrentIndex(mail.findData("email"))
    options = OptionsPage(window.env, draft)
    qtbot.addWidget(options)
    options.initializePage()
    assert draft.match == MatchOn.EMAIL  # the contacts' usual way, offered first
    options.on_match.setCurrentIndex(options.on_match.findData(OnMatch.SKIP))
    options.skip_likely.setChecked(True)
    assert (draft.on_match, draft.skip_likely) == (OnMatch.SKIP, True)
    options.dry_run()
    assert "Ready: 1 new, 0 updated, 0 skipped of 1 rows." in options.report.toPlainText()


def test_a_value_picked_by_hand_survives_back_to_the_mapping_and_its_preview(window, qtbot, ctx, tmp_path):
    _sales_pipeline(ctx)
    path = tmp_path / "opportunities.csv"
    path.write_text(SALESFORCE_DEALS, encoding="utf-8")
    wizard = _deals_wizard(window, qtbot, ctx, path)
    wizard.next()
    page = wizard.values_page
    assert page.model.setData(page.model.index(2, 3), "Qualification")  # "Prospecting", chosen by hand
    assert wizard.draft.translations["stage"]["Prospecting"] == "Qualification"
    wizard.back()
    mapping = wizard.mapping_page
    close_date = mapping.columns.cellWidget(4, 2)  # the preview is redrawn when a column changes
    close_date.setCurrentIndex(close_date.findData(""))
    preview = mapping.preview
    headers = [preview.horizontalHeaderItem(c).text() for c in range(preview.columnCount())]
    stages = [preview.item(r, headers.index("stage")).text() for r in range(preview.rowCount())]
    assert stages == ["Won", "Qualification", "Negotiation", "Won"]
    wizard.next()
    assert wizard.currentPage() is page
    assert _rows(page.model)[2] == ("", "Prospecting", "Qualification", "chosen")
    wizard.reject()
