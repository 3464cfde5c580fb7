"""The dashboard page: tiles and charts from the metrics service, filters, drill-down, refresh, export."""

from __future__ import annotations

import csv
from datetime import UTC, date, datetime

from pypdf import PdfReader
from PySide6.QtCore import QDate, QPointF, Qt

from tests.services.metrics.metrics_data import seed


def _show_q1(window, qtbot, ctx):  # type: ignore[no-untyped-def]
    data = seed(ctx)
    page = window.dashboard
    window.show_page(window.pages.index(page))
    page.start.setDate(QDate(2026, 1, 1))
    page.end.setDate(QDate(2026, 3, 31))
    qtbot.waitUntil(
        lambda: (
            page.kpis is not None
            and page.kpis.scope.period.start == date(2026, 1, 1)
            and page.kpis.scope.period.end == date(2026, 4, 1)
        ),
        timeout=3000,
    )
    return page, data


def _click_bar(qtbot, chart, index: int) -> None:  # type: ignore[no-untyped-def]
    """A real mouse click on bar `index`, near its base."""
    vb = chart.plot.plotItem.vb
    rect = vb.viewRect()
    if chart.horizontal:
        point = QPointF(rect.left() + rect.width() * 0.02, index)
    else:
        point = QPointF(index, rect.top() + rect.height() * 0.05)
    scene = vb.mapViewToScene(point)
    pos = chart.plot.mapFromScene(scene)
    qtbot.mouseClick(chart.plot.viewport(), Qt.MouseButton.LeftButton, pos=pos)


def test_tiles_charts_and_filters(window, qtbot, ctx, qtmodeltester):  # type: ignore[no-untyped-def]
    page, data = _show_q1(window, qtbot, ctx)
    assert page.tiles["Revenue won"].value.text() == "€4,500.50"
    assert page.tiles["Revenue won"].change.text() == "-10% vs previous"  # 5000.00 won Dec 2 - Dec 31
    assert page.tiles["Win rate"].value.text() == "67%"
    assert page.tiles["Deals won"].value.text() == "4"
    assert page.charts["revenue"].labels == ["Jan '26", "Feb", "Mar"]
    assert page.charts["pipeline"].labels == ["Qualify", "Propose", "Negotiate"]
    assert page.charts["funnel"].labels == ["Qualify", "Propose", "Negotiate", "Won"]
    # owner filter: one owner, then two (checked in the owner menu), then everyone again
    page.owner_box.actions_[data.users["Bob"]].trigger()
    qtbot.waitUntil(lambda: page.kpis.scope.owner_ids == (data.users["Bob"],), timeout=3000)
    assert page.tiles["Revenue won"].value.text() == "€1,000.00"
    assert page.owner_box.text() == "Bob"
    # the bars moved to Bob's figures (the chart reuses its items)
    won = [i for i in page.charts["revenue"].plot.plotItem.items if i.opts.get("name") == "Won"]
    assert [list(i.opts["height"]) for i in won] == [[float(m.won_value) for m in page.kpis.months]]
    assert sum(won[0].opts["height"]) == 1000.0
    page.owner_box.actions_[data.users["Ann"]].trigger()
    qtbot.waitUntil(lambda: len(page.kpis.scope.owner_ids) == 2, timeout=3000)
    assert set(page.kpis.scope.owner_ids) == {data.users["Ann"], data.users["Bob"]}
    assert page.tiles["Revenue won"].value.text() == "€4,500.50"  # Ann 3500.50 + Bob 1000.00
    page.owner_box.everyone.trigger()
    qtbot.waitUntil(lambda: page.kpis.scope.owner_ids == (), timeout=3000)
    assert page.owner_box.text() == "Everyone"
    # a click on the "Qualify" bar lists its open deals
    _click_bar(qtbot, page.charts["pipeline"], 0)
    qtbot.waitUntil(lambda: getattr(page, "drill_dialog", None) is not None, timeout=2000)
    dialog = page.drill_dialog
    qtmodeltester.check(dialog.model)
    assert sorted(d.name for d in dialog.model.rows()) == ["A5", "P2", "U1"]
    dialog.close()
    _click_bar(qtbot, page.charts["revenue"], 1)
    qtbot.waitUntil(lambda: page.drill_dialog is not dialog, timeout=2000)
    assert [d.name for d in page.drill_dialog.model.rows()] == ["A2"]
    page.drill_dialog.close()


def test_source_and_activity_bars_open_their_records(window, qtbot, ctx, qtmodeltester):  # type: ignore[no-untyped-def]
    page, _data = _show_q1(window, qtbot, ctx)
    sources = page.kpis.sources
    for i, row in enumerate(sources[:2]):
        before = getattr(page, "drill_dialog", None)
        _click_bar(qtbot, page.charts["sources"], i)
        qtbot.waitUntil(lambda b=before: getattr(page, "drill_dialog", None) is not b, timeout=2000)
        dialog = page.drill_dialog
        qtmodeltester.check(dialog.model)
        assert {r.source for r in dialog.model.rows()} <= {row.source}
        assert len(dialog.model.rows()) == row.leads
        dialog.close()
    owner, count = page.kpis.activities[0]
    before = page.drill_dialog
    _click_bar(qtbot, page.charts["activities"], 0)
    qtbot.waitUntil(lambda: page.drill_dialog is not before, timeout=2000)
    dialog = page.drill_dialog
    qtmodeltester.check(dialog.model)
    assert len(dialog.model.rows()) == count and {r.owner for r in dialog.model.rows()} == {owner}
    dialog.close()


def test_refreshes_when_deals_change(window, qtbot, ctx):  # type: ignore[no-untyped-def]
    page, data = _show_q1(window, qtbot, ctx)
    today = datetime.now(UTC).date()
    page.end.setDate(QDate(today.year, today.month, today.day))
    qtbot.waitUntil(lambda: page.kpis.scope.period.end > date(2026, 4, 1), timeout=3000)
    before = page.kpis.headline.closed.won
    ctx.deals.move(data.deal_ids["B3"], data.stages[("Sales", "Won")][0])
    qtbot.waitUntil(lambda: page.kpis.headline.closed.won == before + 1, timeout=3000)
    assert page.tiles["Deals won"].value.text() == str(before + 1)


def test_exports_png_csv_and_pdf(window, qtbot, ctx, tmp_path):  # type: ignore[no-untyped-def]
    page, _data = _show_q1(window, qtbot, ctx)
    page.export_png("revenue", tmp_path / "revenue.png")
    assert (tmp_path / "revenue.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    page.export_csv(tmp_path / "kpis.csv")
    rows = list(csv.reader((tmp_path / "kpis.csv").open(encoding="utf-8")))
    assert rows[0] == ["section", "item", "measure", "value"]
    assert ["kpi", "Revenue won", "value", "€4,500.50"] in rows
    assert ["month", "2026-02", "won value", "2500.50"] in rows
    page.export_pdf(tmp_path / "dashboard.pdf")
    reader = PdfReader(tmp_path / "dashboard.pdf")
    text = "".join(p.extract_text() for p in reader.pages)
    assert "Sales dashboard" in text and "€4,500.50" in text
    assert sum(len(p.images) for p in reader.pages) == 6


def test_kpis_come_from_a_worker_and_stale_answers_are_dropped(window, qtbot, ctx):  # type: ignore[no-untyped-def]
    page, data = _show_q1(window, qtbot, ctx)
    seen = []
    page.loaded.connect(lambda: seen.append(page.kpis.scope.owner_ids))
    # three requests in a row: only the last one's answer reaches the screen
    for owners in ((data.users["Ann"],), (data.users["Bob"],), ()):
        page.owner_box.set_selected(owners)
        page.reload()
    assert page.worker.busy and page.busy_label.isVisibleTo(page)
    with qtbot.waitSignal(page.worker.busyChanged, timeout=5000, check_params_cb=lambda busy: not busy):
        pass
    page.worker.wait()
    qtbot.wait(50)  # let any (dropped) queued answers arrive
    assert seen == [()]
    assert not page.busy_label.isVisibleTo(page) and page.body.isEnabled()
    assert page.tiles["Revenue won"].value.text() == "€4,500.50"


def test_nps_answers_editor_from_the_tile(window, qtbot, ctx, qtmodeltester):  # type: ignore[no-untyped-def]
    page, _data = _show_q1(window, qtbot, ctx)
    before = page.kpis.headline.nps.responses
    qtbot.mouseClick(page.tiles["NPS"], Qt.MouseButton.LeftButton)
    dialog = page.nps_dialog
    qtmodeltester.check(dialog.model)
    shown = dialog.model.rowCount()
    # add an answer dated in the period: the list and the dashboard's NPS follow
    dialog.score.setValue(10)
    dialog.answered.setDate(QDate(2026, 2, 14))
    dialog.comment.setText("great support")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert dialog.model.rowCount() == shown + 1
    assert any(d.comment == "great support" and d.score == 10 for d in dialog.model.rows())
    qtbot.waitUntil(lambda: page.kpis.headline.nps.responses == before + 1, timeout=3000)
    # undo the add, redo it, then delete it (undoable too)
    window.undo_stack.undo()
    assert dialog.model.rowCount() == shown
    window.undo_stack.redo()
    assert dialog.model.rowCount() == shown + 1
    row = next(i for i, d in enumerate(dialog.model.rows()) if d.comment == "great support")
    dialog.table.selectRow(row)
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert not any(d.comment == "great support" for d in dialog.model.rows())
    window.undo_stack.undo()
    assert any(d.comment == "great support" for d in dialog.model.rows())
    dialog.close()
