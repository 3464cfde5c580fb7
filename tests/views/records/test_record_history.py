"""The History tab of the contact and account panes: the record's field changes, who made them and when."""

from __future__ import annotations

from dataclasses import replace

from app.views.common.audit_model import COLUMNS


def _history(pane) -> list[tuple[str, ...]]:  # type: ignore[no-untyped-def]
    model = pane.history
    return [tuple(model.index(r, c).data() for c in range(len(COLUMNS))) for r in range(model.rowCount())]


def test_a_contacts_history_lists_its_field_changes_newest_first_and_follows_the_selection(
    window, qtbot, qtmodeltester, ctx, sample
) -> None:  # type: ignore[no-untyped-def]
    ada = ctx.contacts.get(sample.ada)
    ctx.contacts.update(sample.ada, replace(ada.as_input(), city="Marlow", title="Countess"), ada.version)
    window.show_page(window.pages.index(window.contacts))
    window.contacts.select_id(sample.ada)
    pane = window.contacts.detail
    assert pane.history.rowCount() == 0  # not read until its tab is shown
    pane.tabs.setCurrentWidget(pane.history_table)
    qtmodeltester.check(pane.history)
    rows = _history(pane)
    changes = {(r[4], r[6]) for r in rows[:2]}
    assert changes == {("Changed city", "Marlow"), ("Changed title", "Countess")}
    assert rows[-1][4] == "Created" and all(r[1] == ctx.current_user.name for r in rows)
    assert {r.entity_id for r in pane.history.rows} == {sample.ada}
    window.contacts.select_id(sample.bob)  # another contact: its own history, read at once (tab shown)
    assert pane.history.rows and {r.entity_id for r in pane.history.rows} == {sample.bob}


def test_an_accounts_history_tab(window, qtbot, ctx, sample) -> None:  # type: ignore[no-untyped-def]
    acme = ctx.accounts.get(sample.acme)
    ctx.accounts.update(sample.acme, replace(acme.as_input(), industry="Looms"), acme.version)
    window.show_page(window.pages.index(window.accounts))
    window.accounts.select_id(sample.acme)
    pane = window.accounts.detail
    pane.tabs.setCurrentWidget(pane.history_table)
    assert (_history(pane)[0][4], _history(pane)[0][6]) == ("Changed industry", "Looms")
