"""The Gantt as a vector PDF: small, readable (labels >= 7 pt), each page's axis starting at its first task,
rows paginated without orphaned headings, on the demo schedule of both backends."""

from __future__ import annotations

import io
import re
import uuid
from datetime import UTC, date, datetime, timedelta

import pytest
from pypdf import PdfReader

from app.services.demo import dataset
from app.services.scheduling.gantt import GanttData, GanttScope, GanttTask
from app.services.scheduling.gantt_pdf import GanttRow, gantt_rows, paginate, render_gantt_pdf, rows_per_page

TODAY = date(2026, 12, 6)
RANGE = re.compile(r"(\d{1,2} \w{3} \d{4}) to (\d{1,2} \w{3} \d{4})")


def page_texts(data: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]


def font_sizes(data: bytes) -> set[float]:
    """The effective size of every piece of text drawn (the font size times the text matrix's scale)."""
    sizes: set[float] = set()

    def visit(text, cm, tm, _font, size):  # type: ignore[no-untyped-def]
        if text.strip():
            sizes.add(round(size * (tm[0] ** 2 + tm[1] ** 2) ** 0.5 * (cm[0] ** 2 + cm[1] ** 2) ** 0.5, 2))

    for page in PdfReader(io.BytesIO(data)).pages:
        page.extract_text(visitor_text=visit)
    return sizes


def task(subject: str, day: int, group: str = "", days: int = 1) -> GanttTask:
    start = datetime(2026, 3, 2, 8, tzinfo=UTC) + timedelta(days=day)
    return GanttTask(
        uuid.uuid4(), subject, group, "", start, start + timedelta(days=days), 0, False, False, 1
    )


def test_the_demo_schedule_prints_on_few_small_pages_that_start_at_their_first_task(ctx):
    dataset.generate(ctx.engine, "small", today=TODAY)
    data = ctx.scheduling.load(GanttScope())
    assert len(data.tasks) > 600
    pdf = render_gantt_pdf(data, today=datetime(2026, 12, 6, 12, tzinfo=UTC), zone=UTC)
    texts = page_texts(pdf)
    # was 5 A3 pages of 17.8 MB (rasterised); ~650 rows at 65 a page, one page break per project group
    assert len(pdf) < 1_000_000
    assert -(-len(data.tasks) // rows_per_page()) <= len(texts) <= 14
    assert min(font_sizes(pdf)) >= 7
    first = data.tasks[0]
    assert data.title in texts[0] and first.subject in texts[0] and first.group in texts[0]
    assert texts[1].count(f"Page 2 of {len(texts)}") == 1
    # the first page's axis starts a few days before its first bar, not months before
    start = datetime.strptime(RANGE.search(texts[0]).group(1), "%d %b %Y").date()
    page_one = paginate(gantt_rows(data), rows_per_page())[0]
    first_bar = min(r.start for r in page_one if r.task is not None).date()
    assert first_bar - timedelta(days=7) <= start <= first_bar


def test_every_row_is_printed_once_and_no_heading_ends_a_page():
    tasks = [task(f"Alpha {i}", i, "Alpha") for i in range(30)]
    tasks += [task(f"Beta {i}", 400 + i, "Beta") for i in range(100)]
    tasks += [task(f"Gamma {i}", 40 + i, "Gamma") for i in range(6)]
    rows = gantt_rows(GanttData("Plan", tuple(tasks), (), frozenset()))
    assert [r.label for r in rows if r.task is None] == ["Alpha", "Beta", "Gamma"]
    pages = paginate(rows, 40)
    assert [r for page in pages for r in page if not r.continued] == rows
    assert all(len(page) <= 40 for page in pages)
    assert all(page[-1].task is not None for page in pages)
    # Beta runs on over pages 3 and 4: each starts with its heading again
    assert [page[0].label for page in pages] == ["Alpha", "Beta", "Beta (continued)", "Beta (continued)"]
    assert pages[2][0].task is None and pages[2][0].start == pages[1][0].start
    # Beta (101 rows) does not fit beside Alpha's 31: it starts its own page, so page 1's axis is Alpha's
    assert [r.label for r in pages[0]] == [r.label for r in rows[:31]]
    assert pages[1][0] == GanttRow("Beta", tasks[30].start, tasks[129].end)


def test_a_short_plan_is_one_page_whose_axis_fits_its_tasks_and_a_bad_page_size_is_named():
    plan = GanttData("Launch", (task("Design", 0), task("Build ÄÖÜ <b>", 1, days=3)), (), frozenset())
    pdf = render_gantt_pdf(plan, page_size="A4", zone=UTC)
    (text,) = page_texts(pdf)
    assert "Build ÄÖÜ <b>" in text and "Page 1 of 1" in text
    start, end = (datetime.strptime(x, "%d %b %Y").date() for x in RANGE.search(text).groups())
    assert start == date(2026, 3, 1) and end <= date(2026, 3, 31)  # 30 pt a day at most, not a year
    with pytest.raises(ValueError, match="page size must be one of A3, A4, not 'Letter'"):
        render_gantt_pdf(plan, page_size="Letter")
