"""The contact's detail pane and its own timeline; every timeline entry opens its record."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from app.models import Stage
from app.services.documents.document_input import DocumentInput
from app.services.sales.conversion import ConversionInput
from app.services.sales.deal_input import DealInput
from app.services.sales.leads import LeadInput
from tests.views.helpers import column_of, press, row_of, rows_text


@pytest.fixture
def linked(ctx, sample):
    """Ada's own deal, a quote addressed to her, and the lead she was converted from."""
    with ctx.uow.read() as s:
        stage = s.query(Stage).one()
        pipeline_id, stage_id = stage.pipeline_id, stage.id
    deal = ctx.deals.create(
        DealInput("Ada pilot", pipeline_id, stage_id, sample.acme, sample.ada, "900")
    ).value
    quote = ctx.documents.create(
        DocumentInput(account_id=sample.acme, contact_id=sample.ada, issued_on=date(2026, 2, 3))
    ).value
    lead = ctx.leads.create(LeadInput(last_name="Lovelace", first_name="Ada", status="qualified")).value
    ctx.conversion.convert(
        lead.id,
        ConversionInput(
            account_id=sample.acme,
            contact_id=sample.ada,
            create_deal=True,
            deal_name="Lead deal",
            deal_amount=Decimal(5),
        ),
    )
    return {"deal": deal.id, "quote": quote.number, "quote_id": quote.id, "lead": lead.id}


def _show_contact(window, last_name: str):
    window.show_page(1)
    page = window.contacts
    page.table.setCurrentIndex(page.model.index(row_of(page.model, "last_name", last_name), 0))
    return page.detail


def _timeline_row(pane, title: str) -> int:
    return row_of(pane.timeline.model(), "title", title)


def test_selecting_a_contact_shows_details_accounts_and_own_timeline(window, sample, linked, qtmodeltester):
    pane = _show_contact(window, "Lovelace")
    assert pane.stack.currentIndex() == 1
    assert pane.title.text() == "Ada Lovelace"
    assert "Acme GmbH" in pane.subtitle.text() and "Berlin, DE" in pane.subtitle.text()
    assert pane.values["email"].text() == "ada@acme.example"
    assert pane.values["status"].text() == "Active"
    assert rows_text(pane.accounts, "account") == ["Acme GmbH", "Globex Ltd"]
    assert rows_text(pane.accounts, "primary") == ["Primary", ""]
    titles = rows_text(pane.timeline.model(), "title")
    assert set(titles) == {
        "Quarterly review with Ada",  # her activity
        "Deal: Ada pilot",
        "Deal: Lead deal",
        f"Quote {linked['quote']}",
        "Converted from lead Ada Lovelace",
    }
    assert "Intro call" not in titles and "Deal: Acme rollout" not in titles  # the account's, not hers
    assert pane.tabs.tabText(1) == "Accounts (2)" and pane.tabs.tabText(2) == "Timeline (5)"
    qtmodeltester.check(pane.accounts)
    qtmodeltester.check(pane.timeline.model())

    pane = _show_contact(window, "Builder")
    assert pane.title.text() == "Bob Builder"
    assert rows_text(pane.timeline.model(), "title") == []
    assert pane.tabs.tabText(2) == "Timeline (0)"


def test_day_entries_show_the_date_without_a_time(window, sample, linked):
    pane = _show_contact(window, "Lovelace")
    model = pane.timeline.model()
    when = column_of(model, "when")
    deal = model.index(_timeline_row(pane, "Deal: Ada pilot"), when).data()
    quote = model.index(_timeline_row(pane, f"Quote {linked['quote']}"), when).data()
    meeting = model.index(_timeline_row(pane, "Quarterly review with Ada"), when).data()
    assert ":" not in deal and deal.endswith(", 2026")  # the locale's date ('Dec 7, 2026' in en_US)
    assert quote == "Feb 3, 2026"
    assert ":" in meeting  # an activity keeps its time of day


def _activate(qtbot, pane, title: str, how: str = "enter") -> None:
    pane.tabs.setCurrentWidget(pane.timeline)
    view = pane.timeline
    index = view.model().index(_timeline_row(pane, title), 0)
    view.setCurrentIndex(index)
    if how == "enter":
        press(qtbot, view, Qt.Key.Key_Return)
    else:
        rect = view.visualRect(index)
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # a real double-click
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_contact_timeline_entries_open_deal_document_and_activity(window, qtbot, ctx, sample, linked):
    pane = _show_contact(window, "Lovelace")
    _activate(qtbot, pane, "Deal: Ada pilot", "double-click")
    assert window.current_page() is window.board
    assert window.board.editor.isVisible() and window.board.editor.detail.id == linked["deal"]
    window.board.editor.reject()

    pane = _show_contact(window, "Lovelace")
    _activate(qtbot, pane, f"Quote {linked['quote']}")
    assert window.current_page() is window.documents
    assert window.documents.editor.detail.id == linked["quote_id"]
    window.documents.editor.reject()

    pane = _show_contact(window, "Lovelace")
    _activate(qtbot, pane, "Quarterly review with Ada")
    assert window.current_page() is window.tasks
    assert window.tasks.editor.isVisible()
    assert window.tasks.editor.editor("subject").text() == "Quarterly review with Ada"


def test_account_timeline_deal_opens_on_double_click(window, qtbot, sample):
    window.show_page(0)
    page = window.accounts
    page.table.setCurrentIndex(page.model.index(row_of(page.model, "name", "Acme GmbH"), 0))
    _activate(qtbot, page.detail, "Deal: Acme rollout", "double-click")
    assert window.current_page() is window.board
    assert window.board.editor.detail.name == "Acme rollout"


def test_a_conversion_entry_offers_lead_account_contact_and_deal(window, qtbot, sample, linked):
    pane = _show_contact(window, "Lovelace")
    _activate(qtbot, pane, "Converted from lead Ada Lovelace")
    menu = pane.timeline.links_menu
    actions = {a.text(): a for a in menu.actions()}
    assert list(actions) == [
        "Open Lead: Ada Lovelace",
        "Open Account: Acme GmbH",
        "Open Contact: Ada Lovelace",
        "Open Deal: Lead deal",
    ]
    menu.close()
    actions["Open Account: Acme GmbH"].trigger()
    assert window.current_page() is window.accounts
    assert window.accounts.detail.title.text() == "Acme GmbH"
    # the account's timeline has the same entry, and its lead link opens the lead
    _activate(qtbot, window.accounts.detail, "Converted from lead Ada Lovelace")
    lead = {a.text(): a for a in window.accounts.detail.timeline.links_menu.actions()}
    window.accounts.detail.timeline.links_menu.close()
    lead["Open Lead: Ada Lovelace"].trigger()
    assert window.current_page() is window.leads


def test_pane_follows_edits_and_deletion(window, qtbot, ctx, sample):
    pane = _show_contact(window, "Lovelace")
    qtbot.mouseClick(pane.edit_button, Qt.MouseButton.LeftButton)
    dialog = window.contacts.editor
    dialog.editor("city").clear()
    qtbot.keyClicks(dialog.editor("city"), "Paris")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert pane.values["city"].text() == "Paris"
    qtbot.mouseClick(pane.delete_button, Qt.MouseButton.LeftButton)
    assert pane.contact is None and pane.stack.currentWidget() is pane.placeholder
    window.undo_action.trigger()
    assert ctx.contacts.get(sample.ada).deleted_at is None


def test_opening_a_contact_the_filtered_list_hides_still_shows_it(window, qtbot, sample):
    window.show_page(1)
    page = window.contacts
    qtbot.keyClicks(page.search, "Builder")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=3000)
    window.open_record("contact", sample.ada)
    assert page.detail.title.text() == "Ada Lovelace"
    window.open_record("contact", sample.bob)  # listed: selected, and shown once
    assert page.model.item(page.current_row()).id == sample.bob
    assert page.detail.title.text() == "Bob Builder"


def test_a_narrow_pane_shows_its_buttons_as_icons_with_tooltips(window, qtbot, sample):
    pane = _show_contact(window, "Lovelace")
    window.resize(1600, 900)
    page = window.contacts
    page.splitter.setSizes([1400, 200])  # as narrow as the pane goes
    qtbot.waitUntil(lambda: pane.width() < 420, timeout=2000)
    assert (pane.edit_button.text(), pane.edit_button.toolTip()) == ("", "Edit")
    assert pane.delete_button.text() == ""
    page.splitter.setSizes([900, 700])
    qtbot.waitUntil(lambda: pane.width() >= 420, timeout=2000)
    assert (pane.edit_button.text(), pane.delete_button.text()) == ("Edit", "Delete")
