"""The Reports page on a real database: build, run (Ctrl+R), totals and chart, save (Ctrl+S), rename,
delete and undo, export files, cancel, a damaged saved report, a stale run's result dropped."""

from __future__ import annotations

import csv
import io
import time

import openpyxl
import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog
from sqlalchemy import text

from app.models import SavedView
from app.services.reports.compile import Compiled
from app.services.reports.definition import Aggregate, GroupBy, ReportDefinition
from app.services.reports.run import execute
from app.services.reports.saved import PAGE
from app.views.reports.result_model import ReportResultModel
from tests.services.reports.report_data import seed
from tests.views.helpers import press

CTRL = Qt.KeyboardModifier.ControlModifier


def _open(window, qtbot, ctx):  # type: ignore[no-untyped-def]
    seed(ctx)
    page = window.reports
    window.show_page(window.pages.index(page))
    page.wait()
    return page


def _choose(box, data) -> None:  # type: ignore[no-untyped-def]
    box.setCurrentIndex(next(i for i in range(box.count()) if box.itemData(i) == data))


def _figures(page, *keys: str) -> None:  # type: ignore[no-untyped-def]
    for action in page.builder.figures.menu().actions():
        action.setChecked(action.data() in keys)
    page.builder.figures._changed()


def _cells(model) -> list[list[str]]:  # type: ignore[no-untyped-def]
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]


def _deals_by_stage(page, qtbot) -> None:  # type: ignore[no-untyped-def]
    _choose(page.builder.entity, "deal")
    _choose(page.builder.group1, "stage")
    _figures(page, "count", "sum:amount")
    press(qtbot, page.builder.entity, Qt.Key.Key_R, CTRL)
    page.wait()


def test_a_grouped_report_with_totals_and_chart(window, qtbot, ctx, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    page = _open(window, qtbot, ctx)
    _deals_by_stage(page, qtbot)
    qtmodeltester.check(ReportResultModel())  # before any run: empty
    model = page.model
    qtmodeltester.check(model)
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())] == [
        "Stage",
        "Currency",
        "Count",
        "Amount (sum)",
    ]
    assert _cells(model) == [
        ["Proposal", "EUR", "3", "300.01"],
        ["Won", "EUR", "2", "251.50"],
        ["Won", "JPY", "1", "5,000"],
        ["Total (5 rows)", "EUR", "5", "551.51"],
        ["Total (1 row)", "JPY", "1", "5,000"],
    ]
    assert model.index(3, 0).data(Qt.ItemDataRole.FontRole).bold()
    assert model.index(0, 3).data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    assert page.chart.data.categories == ("Proposal", "Won") and page.chart.data.note == "EUR only"
    assert page.summary.text().startswith("3 groups in")
    assert page.export_button.isEnabled() and page.print_button.isEnabled()


def test_two_groupings_draw_one_series_per_value(window, qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    page = _open(window, qtbot, ctx)
    _choose(page.builder.entity, "deal")
    _choose(page.builder.group1, "created")
    _choose(page.builder.bucket1, "quarter")
    _choose(page.builder.group2, "stage")
    assert page.builder.bucket1.isVisible() and not page.builder.bucket2.isVisible()
    assert not page.builder.columns.isEnabled()  # a grouped report shows groups and figures
    page.run()
    page.wait()
    assert dict(page.chart.data.series) == {"Proposal": (3.0, 0.0), "Won": (1.0, 2.0)}
    assert page.chart.legend.isVisible() and "Proposal" in page.chart.legend.text()
    png = page.chart.png()
    assert png[:4] == b"\x89PNG"
    # drawn for the page at a fixed size, whatever the chart's size on screen
    assert (int.from_bytes(png[16:20], "big"), int.from_bytes(png[20:24], "big")) == (1200, 480)


def test_filters_follow_the_entity(window, qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    page = _open(window, qtbot, ctx)
    b = page.builder
    _choose(b.entity, "contact")
    assert b.segment.isEnabled() and b.country.isEnabled() and b.status.isEnabled()
    _choose(b.entity, "deal")
    assert not b.segment.isEnabled() and not b.country.isEnabled() and not b.status.isEnabled()
    _choose(b.entity, "contact")
    _choose(b.group1, "country")
    _choose(b.status, "inactive")
    page.run()
    page.wait()
    assert _cells(page.model) == [["DE", "1"], ["Total (1 row)", "1"]]


def test_save_rename_delete_and_undo(window, qtbot, ctx, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    page = _open(window, qtbot, ctx)
    _deals_by_stage(page, qtbot)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Deals by stage", True))
    press(qtbot, page.builder.entity, Qt.Key.Key_S, CTRL)  # nothing saved yet: asks a name
    assert [r.name for r in ctx.reports.saved()] == ["Deals by stage"]
    assert page.saved_list.currentItem().text() == "Deals by stage"
    assert "Deals by stage" in page.report_name.text()
    _choose(page.builder.group1, "owner")  # an edit, then Ctrl+S saves over it
    assert page.report_name.text().endswith("•")
    press(qtbot, page.builder.entity, Qt.Key.Key_S, CTRL)
    saved = ctx.reports.saved()[0]
    assert saved.definition.group_by == (GroupBy("owner"),)
    window.undo_stack.undo()
    assert ctx.reports.get(saved.id).definition.group_by == (GroupBy("stage"),)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Pipeline by stage", True))
    page.rename_current()
    assert [r.name for r in ctx.reports.saved()] == ["Pipeline by stage"]
    page.delete_selected()
    assert ctx.reports.saved() == [] and page.saved_list.count() == 0
    window.undo_stack.undo()  # the delete
    window.undo_stack.undo()  # the rename
    assert [r.name for r in ctx.reports.saved()] == ["Deals by stage"]
    assert page.saved_list.count() == 1


def test_a_duplicate_name_is_refused_with_its_reason(window, qtbot, ctx, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    page = _open(window, qtbot, ctx)
    ctx.reports.create("Taken", ReportDefinition("deal", group_by=(GroupBy("stage"),)))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Taken", True))
    page.save_as()
    assert "a report named “Taken” already exists" in window.last_error
    assert len(ctx.reports.saved()) == 1


def test_opening_a_saved_report_loads_and_runs_it(window, qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    seed(ctx)
    report = ReportDefinition(
        "deal",
        group_by=(GroupBy("created", "month"),),
        aggregates=(Aggregate("sum", "amount"),),
        sort="sum:amount",
        descending=True,
    )
    saved = ctx.reports.create("Monthly amounts", report).value
    page = window.reports
    window.show_page(window.pages.index(page))
    page.wait()  # the first visit opens the first saved report
    assert page.current.id == saved.id
    assert page.builder.definition() == report
    assert page.builder.sort.currentText() == "Sort by amount: sum"
    assert _cells(page.model)[0] == ["2026-02", "EUR", "350.51"]


def test_a_damaged_saved_report_is_named_not_fatal(window, qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    with ctx.sessions.begin() as s:
        s.add(SavedView(page=PAGE, name="Broken", state={"entity": "deal", "limit": "ten"}))
    page = window.reports
    window.show_page(window.pages.index(page))
    page.wait()
    item = page.saved_list.item(0)
    assert item.text() == "Broken" and "limit: must be a whole number" in item.toolTip()
    assert "“Broken” cannot be read: limit: must be a whole number" in window.last_error


def test_export_files(window, qtbot, ctx, tmp_path) -> None:  # type: ignore[no-untyped-def]
    page = _open(window, qtbot, ctx)
    _deals_by_stage(page, qtbot)
    page.export_to(tmp_path / "r.csv", "csv")
    with (tmp_path / "r.csv").open(encoding="utf-8-sig", newline="") as handle:
        assert list(csv.reader(handle))[1] == ["Proposal", "EUR", "3", "300.01"]
    page.export_to(tmp_path / "r.xlsx", "xlsx")
    sheet = openpyxl.load_workbook(tmp_path / "r.xlsx").active
    assert [c.value for c in sheet[5]] == ["Total (5 rows)", "EUR", "5", "551.51"]
    page.export_to(tmp_path / "r.pdf", "pdf")
    reader = PdfReader(io.BytesIO((tmp_path / "r.pdf").read_bytes()))
    first = reader.pages[0]
    assert "Deals by stage" in first.extract_text() and "551.51" in first.extract_text()
    assert list(first.images)  # the chart


def _slow_run(ctx):  # type: ignore[no-untyped-def]
    """A report run that lasts until cancelled (a real query the database must stop)."""

    def run(report, cancelled=None):  # type: ignore[no-untyped-def]
        with ctx.uow.read() as session:
            endless = text(
                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000000000)"
                " SELECT count(*) FROM n"
            )
            return execute(session, Compiled([], endless, None, [], [], limit=1), cancelled)

    return run


def test_cancel_stops_a_long_report(window, qtbot, ctx, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    page = _open(window, qtbot, ctx)
    monkeypatch.setattr(ctx.reports, "run", _slow_run(ctx))
    page.run()
    qtbot.waitUntil(lambda: page.cancel_button.isVisible(), timeout=3000)
    started = time.perf_counter()
    qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.job is None, timeout=3000)
    assert time.perf_counter() - started < 2
    assert page.summary.text() == "Cancelled." and not page.busy.isVisible()


def test_a_newer_run_drops_the_older_result(window, qtbot, ctx, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    page = _open(window, qtbot, ctx)
    real_run = ctx.reports.run
    monkeypatch.setattr(ctx.reports, "run", _slow_run(ctx))
    page.run()
    first = page.job
    monkeypatch.setattr(ctx.reports, "run", real_run)
    _choose(page.builder.entity, "contact")
    _choose(page.builder.group1, "country")
    page.run()
    assert first.cancelled  # the older query is stopped in the database
    page.wait()
    first.thread.join(3)
    assert not first.thread.is_alive()
    assert page.model.result.columns[0].key == "country"


@pytest.mark.parametrize("size", [(1024, 700), (1920, 1080)])
def test_the_page_fits_small_and_large_windows(window, qtbot, ctx, size) -> None:  # type: ignore[no-untyped-def]
    page = _open(window, qtbot, ctx)
    _deals_by_stage(page, qtbot)
    window.resize(*size)
    qtbot.wait(50)
    chrome = window.width() - window.stack.width()  # the sidebar and margins beside the page
    # the page never forces the window wider than the screen (another page may; this one does not)
    assert page.minimumSizeHint().width() + chrome <= size[0]
    assert page.builder.isVisible() and page.table.isVisible() and page.chart.isVisible()
    assert page.table.width() > 250 and page.chart.width() > 200


def test_a_header_click_sorts_in_sql_and_again_reverses(window, qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    page = _open(window, qtbot, ctx)
    _choose(page.builder.entity, "contact")
    _choose(page.builder.group1, "country")
    page.run()
    page.wait()
    header = page.table.horizontalHeader()
    count = 1
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=_section_centre(header, count))
    qtbot.waitUntil(lambda: page.builder.sort.currentData() == "count", timeout=2000)
    page.run()
    page.wait()
    assert [r[0] for r in _cells(page.model)[:3]] == ["GB", "FR", "DE"]
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=_section_centre(header, count))
    assert page.builder.descending.isChecked()
    page.run()
    page.wait()
    assert [r[0] for r in _cells(page.model)[:3]] == ["DE", "FR", "GB"]


def _section_centre(header, section: int):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QPoint

    return QPoint(
        header.sectionViewportPosition(section) + header.sectionSize(section) // 2, header.height() // 2
    )
