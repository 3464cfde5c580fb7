"""The Audit page: who changed what and when, filters, paging as it scrolls, and opening the record."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QModelIndex

from app.models import uuid7_many
from app.services.core.changes import ChangeKind
from app.services.records.contacts import ContactInput
from app.views.common.audit_model import PAGE_ROWS


def _show(window, qtbot):  # type: ignore[no-untyped-def]
    window.show_page(window.pages.index(window.audit))
    page = window.audit
    qtbot.waitExposed(page)
    return page


def _rows(page) -> list[tuple[str, ...]]:  # type: ignore[no-untyped-def]
    model = page.model
    return [
        tuple(model.index(r, c).data() for c in range(model.columnCount())) for r in range(model.rowCount())
    ]


def test_an_edit_shows_who_which_record_field_and_old_and_new(
    window, qtbot, qtmodeltester, ctx, sample
) -> None:  # type: ignore[no-untyped-def]
    ada = ctx.contacts.get(sample.ada)
    ctx.contacts.update(sample.ada, ContactInput(**{**_input(ada), "city": "Marlow"}), ada.version)
    page = _show(window, qtbot)
    qtmodeltester.check(page.model)
    when, who, kind, record, change, old, new = _rows(page)[0]
    assert when  # the local time it was written
    assert (who, kind, record, change, new) == (
        ctx.current_user.name,
        "Contact",
        "Ada Lovelace",
        "Changed city",
        "Marlow",
    )
    assert old == (ada.city or "")
    assert window.count_label.text().endswith("audit entries")
    page.table.selectRow(0)
    page._open_current()
    assert window.current_page() is window.contacts  # the entry's record opened


def test_filters_by_record_type_person_and_day(window, qtbot, ctx, sample) -> None:  # type: ignore[no-untyped-def]
    page = _show(window, qtbot)
    everything = len(_rows(page))
    page.kind.setCurrentIndex(page.kind.findData("account"))
    assert _rows(page) and all(r[2] == "Account" for r in _rows(page))
    page.kind.setCurrentIndex(0)
    page.person.setCurrentIndex(page.person.findText("Me"))
    assert 0 < len(_rows(page)) <= everything and all(r[1] == ctx.current_user.name for r in _rows(page))
    page.person.setCurrentIndex(0)
    page.until.setDate(date.today() - timedelta(days=1))  # before anything was written
    assert _rows(page) == []
    page.until.clear()
    page.since.setDate(date.today())
    assert len(_rows(page)) == everything


def test_a_long_log_is_read_a_page_at_a_time_as_it_scrolls(window, qtbot, qtmodeltester, ctx, sample) -> None:  # type: ignore[no-untyped-def]
    with ctx.uow() as work:  # many entries, quickly: one unit of work auditing 450 updates
        for record_id in uuid7_many(450):
            work.audit("contact", record_id, "update", "city", "A", "B")
        work.changed("contact", ChangeKind.UPDATED, [sample.ada])
    page = _show(window, qtbot)
    assert page.model.rowCount() == PAGE_ROWS
    assert page.model.canFetchMore(QModelIndex())
    page.table.scrollToBottom()
    qtbot.waitUntil(lambda: page.model.rowCount() > PAGE_ROWS, timeout=2000)
    while page.model.canFetchMore(QModelIndex()):
        page.model.fetchMore(QModelIndex())
    ids = [r.id for r in page.model.rows]
    assert len(ids) == len(set(ids)) >= 450 and ids == sorted(
        ids, reverse=True
    )  # no gap, no repeat, newest first
    qtmodeltester.check(page.model)


def _input(detail) -> dict:  # type: ignore[no-untyped-def,type-arg]
    from dataclasses import asdict

    return {k: v for k, v in asdict(detail.as_input()).items() if k not in ("memberships",)}
