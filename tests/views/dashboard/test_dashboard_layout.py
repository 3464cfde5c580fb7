"""The dashboard on a 1024x700 and a 1920x1080 window: tiles reflow so nothing scrolls sideways and no chart
loses its right edge; the PDF prints each chart at a readable size without the on-screen click hints."""

from __future__ import annotations

from pypdf import PdfReader
from PySide6.QtCore import QPoint
from PySide6.QtGui import QImage

from app.views.dashboard.page import PRINT_SIZE
from tests.views.dashboard.test_dashboard import _show_q1


def _blank(image: QImage, left: int, top: int, right: int, bottom: int) -> bool:
    """Whether every pixel of the rectangle has one colour (no text drawn there)."""
    colours = {image.pixel(x, y) for x in range(left, right) for y in range(top, bottom)}
    return len(colours) == 1


def _hint_strip(image: QImage, chart) -> tuple[int, int, int, int]:  # type: ignore[no-untyped-def]
    """Where the hint sits: the left part of the row under the plot."""
    h = chart.hint.height()
    return 12, image.height() - 6 - h, int(image.width() * 0.45), image.height() - 6


def test_printed_charts_leave_out_the_click_hints(window, qtbot, ctx):  # type: ignore[no-untyped-def]
    page, _data = _show_q1(window, qtbot, ctx)
    chart = page.charts["pipeline"]
    assert chart.hint.text() == "click a bar for its deals" and chart.hint.isVisible()
    assert "click" not in chart.note.text()
    on_screen = chart.grab().toImage()
    assert not _blank(on_screen, *_hint_strip(on_screen, chart))  # the test sees the hint where it is
    for size in (None, PRINT_SIZE):
        printed = QImage.fromData(chart.png(size))
        assert _blank(printed, *_hint_strip(printed, chart))
    assert chart.hint.text() == "click a bar for its deals"  # back on screen
    for key in ("revenue", "sources", "activities"):
        assert page.charts[key].hint.text().startswith("click")
        assert "click" not in page.charts[key].note.text()


def test_the_pdf_prints_every_chart_at_its_print_size(window, qtbot, ctx, tmp_path):  # type: ignore[no-untyped-def]
    page, _data = _show_q1(window, qtbot, ctx)
    window.resize(1920, 1080)
    qtbot.waitUntil(lambda: page.charts["pipeline"].width() > 700)
    limits = [(c.minimumSize(), c.maximumSize()) for c in page.charts.values()]
    page.export_pdf(tmp_path / "dashboard.pdf")
    reader = PdfReader(tmp_path / "dashboard.pdf")
    sizes = [image.image.size for p in reader.pages for image in p.images]
    assert sizes == [(PRINT_SIZE.width(), PRINT_SIZE.height())] * 6  # not the window's 800-px charts
    assert "click" not in "".join(p.extract_text() for p in reader.pages)
    # the screen as it was: no chart left at a fixed size, the wide window's charts wide again
    assert [(c.minimumSize(), c.maximumSize()) for c in page.charts.values()] == limits
    qtbot.waitUntil(lambda: all(c.width() > 700 for c in page.charts.values()))


def test_no_chart_hides_behind_the_scroll_bar_at_1024_or_1920(window, qtbot, ctx):  # type: ignore[no-untyped-def]
    page, _data = _show_q1(window, qtbot, ctx)
    for (width, height), columns in (((1024, 700), 3), ((1920, 1080), 5)):
        window.resize(width, height)
        qtbot.waitUntil(lambda c=columns: page.tile_grid.columns == c)
        viewport = page.scroll.viewport()

        def clear_of_the_scroll_bar(viewport=viewport) -> bool:  # type: ignore[no-untyped-def]
            rights = [
                w.mapTo(viewport, QPoint(w.width(), 0)).x()
                for w in [*page.charts.values(), *page.tiles.values()]
            ]
            return page.body.width() <= viewport.width() and max(rights) <= viewport.width() - 4

        qtbot.waitUntil(clear_of_the_scroll_bar)  # the layout settles after the resize
        assert page.scroll.horizontalScrollBar().maximum() == 0  # nothing to scroll sideways
