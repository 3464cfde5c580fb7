"""The Calendar page through the real widgets: blocks on the right days, drag to move and resize with undo,
month counts, the locale's first weekday, double-clicks, keys and refresh on changes."""

from __future__ import annotations

import time
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QPoint, Qt

from app.services.scheduling.activities import ActivityInput
from app.views.calendar.layout import Span, side_by_side, snap, visible_days, week_start
from app.views.calendar.time_grid import HOUR

LEFT = Qt.MouseButton.LeftButton
MONDAY = date(2026, 3, 2)


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=UTC)


def _make(ctx, subject, **kw):
    base = {"subject": subject, "owner_id": ctx.current_user.id, "kind": "meeting"}
    return ctx.activities.create(ActivityInput(**{**base, **kw})).value


@pytest.fixture
def page(window, qtbot):
    window.resize(1400, 900)
    window.show_page(window.pages.index(window.calendar))
    calendar = window.calendar
    calendar.tz = UTC  # the test's days are UTC days whatever the machine's zone
    calendar.set_first_weekday(1)
    calendar.go_to(MONDAY)
    qtbot.waitUntil(lambda: calendar.grid.width() > 1000)
    return calendar


def _block(page, subject):
    return next(rect for item, rect in page.grid.blocks() if item.subject == subject)


def _day_of(page, rect):
    return page.grid.days[page.grid.day_at(rect.center().x())]


def test_week_start_follows_the_first_weekday_and_months_show_six_weeks():
    sunday = date(2026, 3, 8)
    assert week_start(sunday, 1) == MONDAY and week_start(sunday, 7) == sunday
    assert week_start(MONDAY, 7) == date(2026, 3, 1)
    assert len(visible_days(Span.MONTH, date(2026, 3, 15), 1)) == 42
    assert visible_days(Span.MONTH, date(2026, 3, 15), 7)[0] == date(
        2026, 3, 1
    )  # March 2026 starts on Sunday
    assert snap(at(MONDAY, 9, 7)) == at(MONDAY, 9) and snap(at(MONDAY, 9, 8)) == at(MONDAY, 9, 15)


def test_overlapping_meetings_share_the_width_and_the_rest_keep_it(ctx):
    a = _make(ctx, "A", start_at=at(MONDAY, 9), end_at=at(MONDAY, 10))
    b = _make(ctx, "B", start_at=at(MONDAY, 9, 30), end_at=at(MONDAY, 11))
    c = _make(ctx, "C", start_at=at(MONDAY, 10), end_at=at(MONDAY, 10, 30))
    d = _make(ctx, "D", start_at=at(MONDAY, 12), end_at=at(MONDAY, 13))
    from app.services.scheduling.calendar_range import activities_between

    items = activities_between(ctx.activities, at(MONDAY, 0), at(MONDAY, 23))
    placed = {p.item.id: (p.column, p.columns) for p in side_by_side(items)}
    assert placed == {a.id: (0, 2), b.id: (1, 2), c.id: (0, 2), d.id: (0, 1)}


def test_the_week_view_shows_meetings_on_their_days_and_tasks_in_the_top_row(page, ctx, qtbot):
    _make(ctx, "Kick-off", start_at=at(MONDAY, 9), end_at=at(MONDAY, 10))
    _make(
        ctx,
        "Review",
        kind="call",
        start_at=at(MONDAY + timedelta(days=3), 14),
        end_at=at(MONDAY + timedelta(days=3), 15),
    )
    _make(ctx, "Next week", start_at=at(MONDAY + timedelta(days=7), 9))
    _make(ctx, "Send the quote", kind="task", due_at=at(MONDAY + timedelta(days=4), 17))
    qtbot.waitUntil(lambda: len(page.items) == 3)  # the change relay reloaded the page
    assert page.range_label.text() == "2\u20138 March 2026"
    kick_off, review = _block(page, "Kick-off"), _block(page, "Review")
    assert _day_of(page, kick_off) == MONDAY and _day_of(page, review) == date(2026, 3, 5)
    assert kick_off.top() == pytest.approx(9 * HOUR, abs=2) and kick_off.height() == pytest.approx(
        HOUR, abs=3
    )
    chips = [(item.subject, day) for item, _rect, day in page.header.chips()]
    assert chips == [("Send the quote", date(2026, 3, 6))]
    assert page.summary.text() == "2 meetings and calls · 1 tasks"
    assert page.scroll.verticalScrollBar().value() > 0  # the working day in view, not midnight


def test_drag_a_meeting_to_another_day_and_hour_then_undo_and_redo(page, ctx, qtbot, window):
    meeting = _make(ctx, "Kick-off", start_at=at(MONDAY, 9), end_at=at(MONDAY, 10))
    qtbot.waitUntil(lambda: len(page.items) == 1)
    rect = _block(page, "Kick-off")
    press = rect.center().toPoint()
    target = press + QPoint(round(page.grid.column_width() * 2), round(HOUR * 1.5))
    qtbot.mousePress(page.grid, LEFT, pos=press)
    qtbot.mouseMove(page.grid, press + QPoint(0, 10))
    qtbot.mouseMove(page.grid, target)
    qtbot.mouseRelease(page.grid, LEFT, pos=target)

    moved = ctx.activities.get(meeting.id)
    wednesday = MONDAY + timedelta(days=2)
    assert (moved.start_at, moved.end_at) == (at(wednesday, 10, 30), at(wednesday, 11, 30))
    assert window.undo_stack.undoText() == "Move “Kick-off”"
    qtbot.waitUntil(lambda: _day_of(page, _block(page, "Kick-off")) == wednesday)
    window.undo_stack.undo()
    back = ctx.activities.get(meeting.id)
    assert (back.start_at, back.end_at) == (at(MONDAY, 9), at(MONDAY, 10))
    qtbot.waitUntil(lambda: _day_of(page, _block(page, "Kick-off")) == MONDAY)
    window.undo_stack.redo()
    assert ctx.activities.get(meeting.id).start_at == at(wednesday, 10, 30)


def test_drag_the_lower_edge_to_resize_and_a_click_changes_nothing(page, ctx, qtbot, window):
    meeting = _make(ctx, "Workshop", start_at=at(MONDAY, 9), end_at=at(MONDAY, 10))
    qtbot.waitUntil(lambda: len(page.items) == 1)
    rect = _block(page, "Workshop")
    qtbot.mouseClick(page.grid, LEFT, pos=rect.center().toPoint())
    assert window.undo_stack.count() == 0 and page.grid.selected == meeting.id
    edge = QPoint(round(rect.center().x()), round(rect.bottom()) - 2)
    qtbot.mousePress(page.grid, LEFT, pos=edge)
    qtbot.mouseMove(page.grid, edge + QPoint(0, 10))
    qtbot.mouseMove(page.grid, edge + QPoint(0, HOUR + HOUR // 2))
    qtbot.mouseRelease(page.grid, LEFT, pos=edge + QPoint(0, HOUR + HOUR // 2))
    resized = ctx.activities.get(meeting.id)
    assert (resized.start_at, resized.end_at) == (at(MONDAY, 9), at(MONDAY, 11, 30))
    assert window.undo_stack.undoText() == "Resize “Workshop”" and window.undo_stack.count() == 1
    window.undo_stack.undo()
    assert ctx.activities.get(meeting.id).end_at == at(MONDAY, 10)


def test_a_move_over_someone_elses_change_is_refused_and_nothing_is_lost(page, ctx, qtbot, window):
    meeting = _make(ctx, "Kick-off", start_at=at(MONDAY, 9), end_at=at(MONDAY, 10))
    qtbot.waitUntil(lambda: len(page.items) == 1)
    item = page.items[0]
    ctx.activities.update(
        meeting.id, ActivityInput(**{**meeting.as_input().__dict__, "subject": "Renamed"}), 1
    )
    assert page.move_item(item, at(MONDAY, 11), at(MONDAY, 12))  # the version is read when the drag ends
    after = ctx.activities.get(meeting.id)
    assert (after.subject, after.start_at) == ("Renamed", at(MONDAY, 11))
    window.undo_stack.undo()
    assert ctx.activities.get(meeting.id).subject == "Renamed"  # undo puts back the time, not the old name
    item = next(i for i in page.items if i.id == meeting.id)
    assert not page.move_item(item, at(MONDAY, 11), at(MONDAY, 10))  # the end before the start
    assert "end" in window.last_error
    assert ctx.activities.get(meeting.id).start_at == at(MONDAY, 9)


def test_the_month_view_counts_each_day_and_a_day_opens_the_day_view(page, ctx, qtbot):
    for hour in (9, 11, 15):
        _make(ctx, f"Call {hour}", kind="call", start_at=at(date(2026, 3, 10), hour))
    _make(ctx, "Due", kind="task", due_at=at(date(2026, 3, 10), 12))
    _make(ctx, "April", start_at=at(date(2026, 4, 1), 9))  # shown greyed in March's last row
    page.set_span(Span.MONTH)
    assert page.views.currentWidget() is page.month and page.range_label.text() == "March 2026"
    assert page.month.days[0] == date(2026, 2, 23) and len(page.month.days) == 42
    assert page.month.count(date(2026, 3, 10)) == 4 and page.month.count(date(2026, 4, 1)) == 1
    assert page.month.count(date(2026, 3, 11)) == 0
    index = page.month.days.index(date(2026, 3, 10))
    cell = page.month.cell(index)
    qtbot.mouseDClick(page.month, LEFT, pos=QPoint(round(cell.right()) - 4, round(cell.bottom()) - 3))
    assert page.span is Span.DAY and page.days() == [date(2026, 3, 10)]
    assert page.range_label.text() == "Tuesday 10 March 2026"


def test_sunday_start_weeks_begin_on_sunday(page, ctx, qtbot):
    _make(ctx, "Sunday brunch", start_at=at(date(2026, 3, 8), 11))
    page.set_first_weekday(7)
    assert page.days()[0] == date(2026, 3, 1) and page.days()[-1] == date(2026, 3, 7)
    assert [i.subject for i in page.items] == []  # the 8th is next week now
    page.move_range(1)
    assert page.days()[0] == date(2026, 3, 8)
    assert _day_of(page, _block(page, "Sunday brunch")) == date(2026, 3, 8)
    assert page.grid.day_at(_block(page, "Sunday brunch").center().x()) == 0


def test_double_click_a_free_slot_for_a_new_meeting_and_a_block_to_edit_it(page, ctx, qtbot):
    _make(ctx, "Kick-off", start_at=at(MONDAY, 9), end_at=at(MONDAY, 10))
    qtbot.waitUntil(lambda: len(page.items) == 1)
    free = QPoint(round(page.grid.x_of(1) + 20), 14 * HOUR + 5)  # Tuesday 14:00
    qtbot.mouseDClick(page.grid, LEFT, pos=free)
    editor = page.editor
    assert editor.windowTitle() == "New meeting"
    assert editor.editor("start_at").value() == at(MONDAY + timedelta(days=1), 14)
    assert editor.editor("end_at").value() == at(MONDAY + timedelta(days=1), 14, 30)
    editor.reject()
    qtbot.mouseDClick(page.grid, LEFT, pos=_block(page, "Kick-off").center().toPoint())
    assert page.editor.editor("subject").text() == "Kick-off"
    page.editor.reject()


def test_keys_move_the_range_and_t_goes_to_today(page, qtbot):
    page.grid.setFocus()
    qtbot.keyClick(page.grid, Qt.Key.Key_Right)
    assert page.days()[0] == MONDAY + timedelta(days=7)
    qtbot.keyClick(page.grid, Qt.Key.Key_PageUp)
    qtbot.keyClick(page.grid, Qt.Key.Key_PageUp)
    assert page.days()[0] == MONDAY - timedelta(days=7)
    qtbot.keyClick(page.grid, Qt.Key.Key_T)
    assert date.today() in page.days()


@pytest.mark.parametrize("zone", ["system", "named"])
def test_meetings_keep_their_local_hour_across_a_daylight_saving_change(page, ctx, qtbot, monkeypatch, zone):
    berlin = ZoneInfo("Europe/Berlin")  # summer time from Sunday 29 March 2026
    monkeypatch.setenv("TZ", "Europe/Berlin")
    time.tzset()
    try:
        page.tz = None if zone == "system" else berlin
        winter = datetime(2026, 3, 23, 9, tzinfo=berlin)
        summer = datetime(2026, 3, 30, 9, tzinfo=berlin)
        _make(ctx, "Winter", start_at=winter, end_at=winter + timedelta(hours=1))
        _make(ctx, "Summer", start_at=summer, end_at=summer + timedelta(hours=1))
        page.set_span(Span.MONTH)
        page.go_to(date(2026, 3, 1))
        assert page.month.count(date(2026, 3, 23)) == page.month.count(date(2026, 3, 30)) == 1
        page.set_span(Span.WEEK)
        for day, subject in ((date(2026, 3, 23), "Winter"), (date(2026, 3, 30), "Summer")):
            page.go_to(day)
            assert _block(page, subject).top() == pytest.approx(9 * HOUR, abs=2)
    finally:
        monkeypatch.undo()
        time.tzset()


def test_drag_a_task_onto_another_day_keeps_its_time_and_undo_puts_it_back(page, ctx, qtbot, window):
    task = _make(ctx, "Send the quote", kind="task", due_at=at(MONDAY, 17))
    qtbot.waitUntil(lambda: len(page.items) == 1)
    rect = next(rect for item, rect, _day in page.header.chips() if item is not None)
    press = rect.center().toPoint()
    target = press + QPoint(round(page.header.column_width() * 3), 0)
    qtbot.mousePress(page.header, LEFT, pos=press)
    qtbot.mouseMove(page.header, press + QPoint(10, 0))
    qtbot.mouseMove(page.header, target)
    qtbot.mouseRelease(page.header, LEFT, pos=target)
    assert ctx.activities.get(task.id).due_at == at(MONDAY + timedelta(days=3), 17)
    assert window.undo_stack.undoText() == "Move “Send the quote”"
    qtbot.waitUntil(lambda: [d for i, _r, d in page.header.chips() if i] == [MONDAY + timedelta(days=3)])
    window.undo_stack.undo()
    assert ctx.activities.get(task.id).due_at == at(MONDAY, 17)


def test_escape_cancels_a_drag_and_the_tooltip_says_what_and_when(page, ctx, qtbot, window):
    meeting = _make(ctx, "Kick-off", start_at=at(MONDAY, 9), end_at=at(MONDAY, 10))
    qtbot.waitUntil(lambda: len(page.items) == 1)
    press = _block(page, "Kick-off").center().toPoint()
    qtbot.mousePress(page.grid, LEFT, pos=press)
    qtbot.mouseMove(page.grid, press + QPoint(0, 10))
    qtbot.mouseMove(page.grid, press + QPoint(0, 3 * HOUR))
    qtbot.keyClick(page.grid, Qt.Key.Key_Escape)
    qtbot.mouseRelease(page.grid, LEFT, pos=press + QPoint(0, 3 * HOUR))
    assert ctx.activities.get(meeting.id).start_at == at(MONDAY, 9) and window.undo_stack.count() == 0
    from app.views.calendar.time_grid import tooltip

    owner = ctx.current_user.name
    assert owner and tooltip(page.items[0], UTC) == f"Meeting: Kick-off\nMon 02 Mar 09:00\u201310:00\n{owner}"


def test_too_many_overlaps_for_the_width_become_a_marker_that_opens_the_day(page, ctx, qtbot):
    for n in range(6):
        _make(ctx, f"Call {n}", kind="call", start_at=at(MONDAY, 10), end_at=at(MONDAY, 11))
    qtbot.waitUntil(lambda: len(page.items) == 6)
    drawn, markers = page.grid.blocks(), page.grid.more_markers()
    assert all(rect.width() >= 45 for _item, rect in drawn)
    assert len(markers) == 1 and len(drawn) + markers[0][1] == 6
    qtbot.mouseDClick(page.grid, LEFT, pos=markers[0][0].center().toPoint())
    assert page.span is Span.DAY and page.days() == [MONDAY]
    assert len(page.grid.blocks()) == 6 and page.grid.more_markers() == []


def test_the_tooltip_names_the_location_and_an_all_day_span_by_its_dates(page, ctx, qtbot):
    _make(
        ctx,
        "Trade fair",
        start_at=at(MONDAY, 0),
        end_at=at(MONDAY + timedelta(days=2), 0),  # two days: Monday and Tuesday
        all_day=True,
        location="Messe Berlin",
    )
    qtbot.waitUntil(lambda: len(page.items) == 1)
    from app.views.calendar.time_grid import tooltip

    owner = ctx.current_user.name
    text = tooltip(page.items[0], ZoneInfo("America/Los_Angeles"))  # not the day before in Los Angeles
    assert text == f"Meeting: Trade fair\nMon 02 Mar\u2013Tue 03 Mar, all day\nat Messe Berlin\n{owner}"
