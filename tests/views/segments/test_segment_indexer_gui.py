"""Segments' covering indexes follow the GUI's saves, undo, "Speed up" and the trash, built in a worker."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit

from app.services.segments import covering_index
from tests.views.helpers import rows_text


def _indexes(ctx) -> list[str]:  # type: ignore[no-untyped-def]
    with ctx.engine.connect() as conn:
        return covering_index.existing(conn, ctx.engine.dialect.name)


def _show_contacts(window, qtbot):  # type: ignore[no-untyped-def]
    window.show_page(window.pages.index(window.contacts))
    qtbot.waitUntil(lambda: window.contacts.filter_bar.loaded)
    return window.contacts


def _save_germans(page, qtbot, name: str):  # type: ignore[no-untyped-def]
    builder = page.segments_button.new_segment()
    builder.editor("name").setText(name)
    row = builder.criteria.root.items[0]
    row.field.setCurrentIndex(row.field.findText("Country"))
    row.operator.setCurrentIndex(row.operator.findData("equals"))
    row.value_editor.findChild(QLineEdit, "textValue").setText("DE")
    builder.accept()
    assert not builder.isVisible()


def test_saving_a_segment_on_a_large_list_builds_its_index_in_the_worker(window, qtbot, ctx, sample) -> None:
    indexer = window.segment_indexer
    indexer.threshold = 20  # the sample has 22 contacts: a "large" list here
    page = _show_contacts(window, qtbot)
    with qtbot.waitSignal(indexer.finished, timeout=10_000) as blocker:
        _save_germans(page, qtbot, "Germans")
    segment = ctx.segments.find("Germans", "contact")
    segment_id, result = blocker.args
    assert segment_id == segment.id and result.built
    assert _indexes(ctx) == [result.name] and segment.id.hex[:12] in result.name
    qtbot.waitUntil(lambda: indexer.idle and indexer.busy.isHidden())
    assert window.statusBar().currentMessage().startswith("Segment index ready in")
    # undo purges the new segment and its index; redo recreates it with the same id, and its index
    window.undo_stack.undo()
    assert _indexes(ctx) == []
    with qtbot.waitSignal(indexer.finished, timeout=10_000) as blocker:
        window.undo_stack.redo()
    assert blocker.args[0] == segment.id and blocker.args[1].built
    assert _indexes(ctx) == [result.name]
    # deleting keeps the index (restore is instant); "Delete permanently" in the trash drops it
    page.filter_bar.reload(["segment"])
    page.filter_bar.select("segment_id", segment.id)
    assert page.model.query.segment_id == segment.id
    page.segments_button.delete_segment(confirm=False)
    assert [s.name for s in ctx.segments.list("contact") if s.name == "Germans"] == []
    assert _indexes(ctx) == [result.name]
    trash = window.trash
    window.show_page(window.pages.index(trash))
    qtbot.waitUntil(lambda: rows_text(trash.model, "label") == ["Germans"])
    trash.select_row(0)
    trash.confirm = lambda text: True
    trash.delete_selected()
    assert _indexes(ctx) == []


def test_a_small_list_gets_no_index_until_speed_up_and_an_unindexable_edit_drops_it(
    window, qtbot, ctx, sample
) -> None:
    indexer = window.segment_indexer  # the real threshold: 50,000 rows
    page = _show_contacts(window, qtbot)
    with qtbot.waitSignal(indexer.finished, timeout=10_000) as blocker:
        _save_germans(page, qtbot, "Germans")
    assert blocker.args[1].name is None and _indexes(ctx) == []
    qtbot.waitUntil(lambda: indexer.idle)
    page.segments_button.menu().aboutToShow.emit()
    assert page.segments_button.speed_action.isEnabled()
    with qtbot.waitSignal(indexer.finished, timeout=10_000) as blocker:
        page.segments_button.speed_action.trigger()
    name = blocker.args[1].name
    assert blocker.args[1].built and _indexes(ctx) == [name]
    # an edit that leaves no 'is' condition at the top level drops the index
    builder = page.segments_button.edit_segment()
    row = builder.criteria.root.items[0]
    row.operator.setCurrentIndex(row.operator.findData("contains"))
    row.value_editor.findChild(QLineEdit, "textValue").setText("D")
    with qtbot.waitSignal(indexer.finished, timeout=10_000) as blocker:
        builder.accept()
    assert blocker.args[1].dropped == (name,) and _indexes(ctx) == []
    assert window.statusBar().currentMessage() == (
        "The segment's old index was dropped: its conditions no longer use it"
    )
    # asking again explains why it cannot be indexed
    errors: list[str] = []
    window.env.error = errors.append
    indexer.env.error = errors.append
    with qtbot.waitSignal(indexer.finished, timeout=10_000) as blocker:
        page.segments_button.speed_action.trigger()
    assert blocker.args[1] is None and "only conditions 'is' or 'is one of'" in errors[0]


def test_a_build_that_keeps_meeting_other_writers_is_deferred_and_says_so(
    window, qtbot, ctx, sample, monkeypatch
) -> None:
    """On SQLite a build gives way to other writers (covering_index.create) and is tried again with
    pauses; a build that never got the lock within its patience leaves the segment unindexed."""
    from app.db import sqlite_file
    from tests.concurrency.lock_holder import hold

    indexer = window.segment_indexer  # the real threshold: the sample's list is small, nothing built
    page = _show_contacts(window, qtbot)
    with qtbot.waitSignal(indexer.finished, timeout=10_000):
        _save_germans(page, qtbot, "Germans")
    qtbot.waitUntil(lambda: indexer.idle)
    monkeypatch.setattr(ctx.segments, "build_patience", 0.0)  # one try, no pause
    path = sqlite_file(str(ctx.engine.url))
    assert path is not None
    holder = hold(path, 3.0)  # another program writing
    try:
        page.segments_button.menu().aboutToShow.emit()
        with qtbot.waitSignal(indexer.finished, timeout=10_000) as blocker:
            page.segments_button.speed_action.trigger()
        assert blocker.args[1].deferred and blocker.args[1].name is None and _indexes(ctx) == []
        assert window.statusBar().currentMessage().startswith("The segment's index was not built")
    finally:
        holder.wait(timeout=30)
