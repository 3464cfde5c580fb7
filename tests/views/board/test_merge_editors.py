"""Every record editor merges a colleague's change instead of refusing or overwriting it: accounts, leads
and deals (contacts: tests/views/records/test_merge_conflict.py), money fields included."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from decimal import Decimal

import pytest
from PySide6.QtCore import QTimer

from app.config import Settings
from app.context import AppContext
from app.services.sales.leads import LeadInput


@pytest.fixture
def colleague(ctx: AppContext) -> Iterator[AppContext]:
    other = AppContext.open(Settings(db_url=str(ctx.engine.url), user_email="grace@example.com"))
    yield other
    other.close()


def _save_through_merge(editor) -> list[object]:  # type: ignore[no-untyped-def]
    """Press Save; when the merge opens, check it has no clash and save the merge."""
    seen: list[object] = []

    def poll() -> None:
        dialog = editor.merge_dialog
        if dialog is not None and dialog.isVisible():
            seen.append((dialog.merge.theirs_only, dialog.merge.mine_only, dialog.merge.clashes))
            dialog.save_button.click()
            return
        QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)
    editor.accept()
    return seen


def test_account_editor(window, ctx, colleague, sample) -> None:  # type: ignore[no-untyped-def]
    from app.views.records.editors import AccountEditor

    editor = AccountEditor(window.env, ctx.accounts.get(sample.acme), window)
    editor.editor("industry").setText("Looms")
    acme = colleague.accounts.get(sample.acme)
    colleague.accounts.update(
        sample.acme,
        replace(acme.as_input(), annual_revenue=Decimal("2500000"), annual_revenue_currency="EUR"),
        acme.version,
    )
    (seen,) = _save_through_merge(editor)
    assert (
        seen[0] == ("annual_revenue", "annual_revenue_currency")
        and seen[1] == ("industry",)
        and seen[2] == ()
    )
    saved = ctx.accounts.get(sample.acme)
    assert (saved.industry, saved.annual_revenue) == ("Looms", Decimal("2500000"))


def test_lead_editor(window, ctx, colleague) -> None:  # type: ignore[no-untyped-def]
    from app.views.leads.dialogs import LeadEditor

    lead = ctx.leads.create(LeadInput(last_name="Hopper", company="Navy")).value
    editor = LeadEditor(window.env, lead, window)
    editor.editor("title").setText("Rear admiral")
    theirs = colleague.leads.get(lead.id)
    colleague.leads.update(lead.id, replace(theirs.as_input(), company="US Navy"), theirs.version)
    (seen,) = _save_through_merge(editor)
    assert seen[0] == ("company",) and seen[1] == ("title",) and seen[2] == ()
    saved = ctx.leads.get(lead.id)
    assert (saved.company, saved.title) == ("US Navy", "Rear admiral")


def test_deal_editor_keeps_a_colleagues_new_amount(window, ctx, colleague, deals) -> None:  # type: ignore[no-untyped-def]
    from app.models import Deal
    from app.views.board.deal_editor import DealEditor

    with ctx.sessions() as s:
        deal_id = s.query(Deal.id).filter(Deal.name == "Deal 0").scalar()
    editor = DealEditor(window.env, ctx.deals.get(deal_id), window)
    editor.editor("name").setText("Deal 0, renamed")
    theirs = colleague.deals.get(deal_id)
    colleague.deals.update(deal_id, replace(theirs.as_input(), amount=Decimal("4321.50")), theirs.version)
    (seen,) = _save_through_merge(editor)
    assert seen[0] == ("amount",) and seen[1] == ("name",) and seen[2] == ()
    saved = ctx.deals.get(deal_id)
    assert (saved.name, saved.amount) == ("Deal 0, renamed", Decimal("4321.50"))
