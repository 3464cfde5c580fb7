"""The Leads page through the real widgets: scores and their explanation, rules, conversion with undo."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QSpinBox

from app.services.core.listing import ListQuery
from app.services.sales.leads import LeadInput
from app.services.sales.scoring import FieldRule, ScoringRules
from tests.views.helpers import row_of, rows_text


def _show(window, name):
    window.show_page(window.pages.index(window.leads))
    page = window.leads
    page.table.setCurrentIndex(page.model.index(row_of(page.model, "last_name", name), 0))
    return page.detail


def test_scoring_dialog_changes_scores_and_explanation_and_undo(ctx, window, qtbot, qtmodeltester, sample):
    ctx.scoring.save_rules(
        ScoringRules(field_rules=(FieldRule("industry", "equals", "Software", 20),), threshold=40)
    )
    ctx.leads.create(LeadInput(last_name="Hopper", company="Navy", industry="Software", title="Head of IT"))
    ctx.leads.create(LeadInput(last_name="Lamarr", company="Hop", industry="Film"))
    pane = _show(window, "Hopper")
    qtmodeltester.check(window.leads.model)
    assert rows_text(window.leads.model, "score") == ["20", "0"]
    assert "20</b> points" in pane.score.text() and "industry equals “Software”" in pane.explanation.text()
    dialog = window.leads.edit_rules()
    qtbot.mouseClick(dialog.findChild(type(dialog.save_button), "addRule"), Qt.MouseButton.LeftButton)
    row = dialog.table.rowCount() - 1
    dialog.table.cellWidget(row, 0).setCurrentIndex(dialog.table.cellWidget(row, 0).findData("title"))
    dialog.table.cellWidget(row, 1).setCurrentIndex(dialog.table.cellWidget(row, 1).findData("contains"))
    editor = dialog.table.cellWidget(row, 2)
    assert isinstance(editor, QLineEdit)
    qtbot.keyClicks(editor, "head")
    points = dialog.table.cellWidget(row, 3)
    assert isinstance(points, QSpinBox)
    points.setValue(25)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert "45</b> points" in pane.score.text() and "marketing-qualified" in pane.score.text()
    assert "title contains “head”" in pane.explanation.text() and "+25" in pane.explanation.text()
    assert rows_text(window.leads.model, "score") == ["45", "0"]
    assert rows_text(window.leads.model, "lifecycle")[0] == "Marketing qualified"
    window.leads.model.sort(
        window.leads.model.columns.index(next(c for c in window.leads.model.columns if c.key == "score")),
        Qt.SortOrder.DescendingOrder,
    )
    assert rows_text(window.leads.model, "last_name") == ["Hopper", "Lamarr"]
    window.undo_action.trigger()
    assert "20</b> points" in pane.score.text() and "head" not in pane.explanation.text()


def test_convert_a_lead_that_matches_an_existing_contact(ctx, window, qtbot, sample):
    ctx.leads.create(
        LeadInput(
            last_name="Lovelace",
            first_name="Ada",
            company="Acme GmbH",
            email="ada@acme.example",
            status="qualified",
        )
    )
    pane = _show(window, "Lovelace")
    assert pane.convert_button.isEnabled()
    dialog = pane.convert()
    assert dialog.account_box.currentText() == "Link to existing: Acme GmbH (same name)"
    assert dialog.contact_box.currentText().startswith("Link to existing: Ada Lovelace")
    assert "same email" in dialog.contact_box.currentText()
    dialog.deal_check.setChecked(True)
    dialog.deal_amount.setText("abc")
    qtbot.mouseClick(dialog.convert_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "number" in dialog.error.text()
    dialog.deal_amount.setText("5000")
    qtbot.mouseClick(dialog.convert_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    lead = ctx.leads.get(pane.lead.id)
    assert (lead.status, lead.converted_contact_id, lead.converted_account_id) == (
        "converted",
        sample.ada,
        sample.acme,
    )
    assert (
        ctx.contacts.count(ListQuery()) == 22 and ctx.accounts.count(ListQuery()) == 2
    )  # nothing duplicated
    links = re.findall(r'<a href="([^"]+)">([^<]+)</a>', pane.converted.text())
    assert re.sub("<[^>]+>", "", pane.converted.text()) == "Converted into an account, a contact, a deal."
    assert [(href.split(":")[0], text) for href, text in links] == [
        ("account", "an account"),
        ("contact", "a contact"),
        ("deal", "a deal"),
    ]
    pane.converted.linkActivated.emit(links[0][0])  # a click on "an account"
    assert window.current_page() is window.accounts and window.accounts.detail.account.id == sample.acme
    pane.converted.linkActivated.emit(links[1][0])
    assert window.current_page() is window.contacts and window.contacts.detail.contact.id == sample.ada
    window.show_page(window.pages.index(window.leads))
    assert not pane.convert_button.isEnabled()
    assert rows_text(window.leads.model, "status") == ["Converted"]
    window.show_page(window.pages.index(window.board))
    names = [c.name for col in window.board.columns.values() for c in col.model.cards]
    assert "Acme GmbH opportunity" in names
    window.undo_action.trigger()
    assert ctx.leads.get(lead.id).status == "qualified"
    assert "Acme GmbH opportunity" not in [
        c.name for col in window.board.columns.values() for c in col.model.cards
    ]
    window.redo_action.trigger()
    assert ctx.leads.get(lead.id).converted_contact_id == sample.ada


def test_an_open_lead_is_qualified_and_converted_in_one_undo_step(ctx, window, qtbot, sample):
    ctx.leads.create(LeadInput(last_name="Hamilton", first_name="Margaret", company="MIT", status="working"))
    ctx.leads.create(
        LeadInput(last_name="Nope", company="Void", status="disqualified", disqualified_reason="no budget")
    )
    pane = _show(window, "Nope")
    assert not pane.convert_button.isEnabled()
    assert "cannot be converted" in pane.convert_button.toolTip()
    pane = _show(window, "Hamilton")
    assert pane.convert_button.isEnabled() and pane.convert_button.text() == "Qualify and convert…"
    dialog = pane.convert()
    assert dialog.windowTitle() == "Qualify and convert lead Margaret Hamilton"
    assert dialog.convert_button.text() == "Qualify and convert"
    qtbot.mouseClick(dialog.convert_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    lead_id = pane.lead.id
    assert ctx.leads.get(lead_id).status == "converted"
    assert window.undo_stack.undoText() == "Qualify and convert lead Margaret Hamilton"
    window.undo_action.trigger()
    assert ctx.leads.get(lead_id).status == "working"
    assert ctx.accounts.count(ListQuery()) == 2  # the created account went with the one undo step
    assert pane.convert_button.text() == "Qualify and convert…"


def _right_edge_fits(page, key):
    header = page.table.horizontalHeader()
    col = next(i for i, c in enumerate(page.model.columns) if c.key == key)
    return header.sectionViewportPosition(col) + header.sectionSize(col) <= page.table.viewport().width()


def test_no_empty_detail_pane_takes_the_source_columns_room(ctx, window, qtbot, sample):
    ctx.leads.create(LeadInput(last_name="Hopper", company="Navy", source="web_form"))
    window.resize(1400, 900)
    window.show_page(window.pages.index(window.leads))
    page = window.leads
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.detail.isHidden() and _right_edge_fits(page, "source")
    pane = _show(window, "Hopper")
    assert pane.isVisible() and pane.width() >= 300
    window.resize(1920, 1080)
    qtbot.waitUntil(lambda: _right_edge_fits(page, "owner"))  # a wide window shows every column beside it
    ctx.leads.delete([pane.lead.id])
    qtbot.waitUntil(lambda: page.detail.isHidden())
