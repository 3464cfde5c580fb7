"""Customer value in the GUI: the account's Value tab (status with undo, scores, purchases, suggestions),
one-click suggestions in the quote editor, and the Customer value window with its cohort chart."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog

from app.views.common.customer_value import CustomerValueTab
from app.views.customer_value.window import CustomerValueWindow
from app.views.documents.editor import DocumentEditor
from tests.services.customer_value.shop import account, order, product
from tests.views.helpers import rows_text


def _shop(ctx):
    """Sensors sell with cables, handbooks alone; "Me" has bought a sensor."""
    today = datetime.now(UTC).date()
    sensor, cable, handbook = product(ctx, "sensor"), product(ctx, "cable"), product(ctx, "handbook")
    for i in range(3):
        order(ctx, account(ctx, f"Reader {i}"), today - timedelta(days=200), (handbook, "20.00"))
    others = [account(ctx, f"Other {i}") for i in range(4)]
    for i, other in enumerate(others):
        order(ctx, other, today - timedelta(days=400 - i), (sensor, "10.00"), (cable, "5.00"))
    me = account(ctx, "Me")
    order(ctx, me, today - timedelta(days=30), (sensor, "10.00"))
    ctx.customer_scores.recompute()
    ctx.suggestions.rebuild()
    return me, cable, others


def test_value_tab_shows_scores_purchases_suggestions_and_undoes_a_churn(
    window, ctx, qtbot, qtmodeltester, monkeypatch
):
    me, _cable, _others = _shop(ctx)
    tab = CustomerValueTab(window.env)
    qtbot.addWidget(tab)
    tab.show_account(me)
    assert tab.status_label.text().startswith("Customer since")
    assert "Engagement" in tab.scores_label.text() and "Churn risk" in tab.scores_label.text()
    qtmodeltester.check(tab.purchases)
    assert rows_text(tab.purchases, "products") == ["Sensor"]
    texts = [tab.suggestions.list.item(i).text() for i in range(tab.suggestions.list.count())]
    # sensor -> cable: 4 of 5 sensor orders; 4 of 8 orders hold a cable: lift 0.8 / 0.5 = 1.6
    assert texts[0] == "Cable (cable)\nbought with Sensor in 4 of 5 orders (80%, lift 1.6)"
    assert ctx.suggestions.hit_rate().offered == len(texts)  # shown = offered
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("budget cut", True))
    qtbot.mouseClick(tab.churn_button, Qt.MouseButton.LeftButton)
    assert tab.status_label.text().startswith("Churned on") and "budget cut" in tab.status_label.text()
    assert ctx.accounts.get(me).status == "churned"
    window.env.undo.undo()
    assert tab.status_label.text().startswith("Customer since")
    assert ctx.accounts.get(me).status == "customer"
    window.env.undo.redo()
    assert ctx.accounts.get(me).status == "churned"
    tab.resize(520, 560)
    tab.grab().save("/tmp/g_value_tab.png")


def test_a_suggestion_goes_onto_the_quote_in_one_click(window, ctx, qtbot):
    me, cable, _others = _shop(ctx)
    editor = DocumentEditor(window.env, None, window, doc_type="quote")
    qtbot.addWidget(editor)
    editor.set_account(me, "Me")
    suggestions = editor.suggestions
    assert suggestions is not None and suggestions.list.count() >= 1
    assert suggestions.add_button.accessibleName()
    qtbot.mouseClick(suggestions.add_button, Qt.MouseButton.LeftButton)
    assert [line.product_id for line in editor.lines.lines] == [cable]
    assert ctx.suggestions.hit_rate().taken == 1
    assert all(
        suggestions.list.item(i).data(Qt.ItemDataRole.UserRole).product_id != cable
        for i in range(suggestions.list.count())
    )  # on the quote now: no longer offered
    editor.resize(1100, 640)
    editor.grab().save("/tmp/g_quote_suggestions.png")


def test_the_customer_value_window_shows_churn_cohorts_and_accounts_at_risk(
    window, ctx, qtbot, qtmodeltester
):
    _me, _cable, others = _shop(ctx)
    today = datetime.now(UTC).date()
    # customers a year ago: the four others (a year and a month); one of them leaves
    ctx.customer_status.mark_churned(others[0], today - timedelta(days=3), "moved to a competitor")
    ctx.customer_scores.recompute()
    win = CustomerValueWindow(window.env)
    qtbot.addWidget(win)
    assert "%" in win.figures["churn"].text() and "25.0 %  (1 / 4)" in win.figures["churn"].text()
    assert win.chart.cohorts  # at least the cohort of "Me"
    qtmodeltester.check(win.risky)
    assert win.risky.rowCount() >= 1
    assert "Other 0" not in rows_text(win.risky, "name")  # churned already: not "at risk"
    win.show()
    qtbot.waitExposed(win)
    win.grab().save("/tmp/g_customer_value_window.png")
