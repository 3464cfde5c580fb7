"""The pipeline board through the real widgets: drag a card with the mouse, keyboard moves, Won/Lost, undo."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select

from app.models import Deal, DealStageHistory, Stage

# PySide6 marks the QPoint constructors of the drag events deprecated; they are the ones Qt delivers.
pytestmark = pytest.mark.filterwarnings("ignore:Function.*QDrag:DeprecationWarning")


def _history(ctx) -> int:
    with ctx.sessions() as s:
        return s.scalar(select(func.count()).select_from(DealStageHistory))


def _stage_of(ctx, name):
    with ctx.sessions() as s:
        return s.scalar(select(Stage.name).join(Deal, Deal.stage_id == Stage.id).where(Deal.name == name))


def _names(column):
    return [c.name for c in column.model.cards]


def _drag(qtbot, source_view, row, target_view, target_pos):
    """Drag a card with the mouse: press and move on the source until the view starts its drag, then drop.

    The offscreen platform has no drag loop (its QDrag.exec returns at once), so the drop half is
    delivered as the platform would: DragEnter, DragMove and Drop events on the target's viewport,
    carrying the MIME data the source model made for the pressed card.
    """
    start = source_view.visualRect(source_view.model().index(row)).center()
    QTest.mousePress(source_view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for step in (5, 12, 20, 30):
        QTest.mouseMove(source_view.viewport(), start + QPoint(step, step))
    QTest.mouseRelease(
        source_view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start
    )
    assert source_view.state() != source_view.State.DraggingState
    mime = source_view.model().mimeData([source_view.model().index(row)])
    viewport = target_view.viewport()
    pos = QPointF(target_pos)
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    move = Qt.DropAction.MoveAction
    enter = QDragEnterEvent(pos.toPoint(), move, mime, buttons, mods)
    QApplication.sendEvent(viewport, enter)
    assert enter.isAccepted()
    drag_move = QDragMoveEvent(pos.toPoint(), move, mime, buttons, mods)
    QApplication.sendEvent(viewport, drag_move)
    assert drag_move.isAccepted()
    QApplication.sendEvent(viewport, QDropEvent(pos, move, mime, buttons, mods))
    qtbot.wait(10)


def test_drag_a_card_to_another_column_then_undo(deals, window, qtbot, qtmodeltester, ctx):
    window.show_page(window.pages.index(window.board))
    board = window.board
    qual, proposal = board.columns[deals["Qualification"]], board.columns[deals["Proposal"]]
    qtmodeltester.check(qual.model)
    assert "· 4" in qual.header.text() and "€10,000" in qual.header.text()
    before = _history(ctx)
    _drag(qtbot, qual.view, 1, proposal.view, QPoint(100, 40))
    qtbot.waitUntil(lambda: _names(proposal) == ["Deal 1"], timeout=3000)
    assert _names(qual) == ["Deal 0", "Deal 2", "Deal 3"]
    assert _stage_of(ctx, "Deal 1") == "Proposal"
    assert _history(ctx) == before + 1
    assert proposal.total.count == 1 and proposal.total.weighted == (("EUR", Decimal("1000.00")),)
    assert "€2,000" in proposal.header.text() and "weighted €1,000" in proposal.header.text()
    assert qual.total.totals == (("EUR", Decimal("8000.00")),)
    window.undo_action.trigger()
    assert _names(qual) == ["Deal 0", "Deal 1", "Deal 2", "Deal 3"] and _names(proposal) == []
    assert _stage_of(ctx, "Deal 1") == "Qualification" and _history(ctx) == before
    assert qual.total.count == 4
    window.redo_action.trigger()
    assert _names(proposal) == ["Deal 1"] and _stage_of(ctx, "Deal 1") == "Proposal"


def test_reorder_within_a_column_by_dragging(deals, window, qtbot, ctx):
    window.show_page(window.pages.index(window.board))
    qual = window.board.columns[deals["Qualification"]]
    top = qual.view.visualRect(qual.model.index(0)).center()
    _drag(
        qtbot, qual.view, 3, qual.view, QPoint(top.x(), qual.view.visualRect(qual.model.index(0)).top() + 3)
    )
    qtbot.waitUntil(lambda: _names(qual)[0] == "Deal 3", timeout=3000)
    assert _names(qual) == ["Deal 3", "Deal 0", "Deal 1", "Deal 2"]
    window.undo_action.trigger()
    assert _names(qual) == ["Deal 0", "Deal 1", "Deal 2", "Deal 3"]


def test_keyboard_move_and_won_asks_for_the_amount(deals, window, qtbot, ctx):
    window.show_page(window.pages.index(window.board))
    board = window.board
    board.ask_won_amount = lambda card: Decimal("1234.50")
    board.ask_lost_reason = lambda card: None  # the user cancels
    qual = board.columns[deals["Qualification"]]
    qual.view.setFocus()
    qual.view.setCurrentIndex(qual.model.index(0))
    qtbot.keyClick(qual.view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert _names(board.columns[deals["Proposal"]]) == ["Deal 0"]
    assert board.columns[deals["Proposal"]].view.hasFocus()
    qtbot.keyClick(
        board.columns[deals["Proposal"]].view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier
    )
    won = board.columns[deals["Won"]]
    assert _names(won) == ["Deal 0"] and won.model.cards[0].amount == Decimal("1234.50")
    assert "(last 30 days)" in won.header.text()
    card = board.columns[deals["Qualification"]].model.cards[0]
    assert not board.move(card, deals["Lost"])  # cancelled: nothing moves
    assert _stage_of(ctx, card.name) == "Qualification"
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert _names(board.columns[deals["Qualification"]])[0] == "Deal 0"
    with ctx.sessions() as s:
        assert s.scalar(select(Deal.amount_minor).where(Deal.name == "Deal 0")) == 100000


def test_filter_by_search_and_an_outside_change_reloads(deals, window, qtbot, ctx):
    window.show_page(window.pages.index(window.board))
    board = window.board
    qtbot.keyClicks(board.search, "deal 2")
    qtbot.waitUntil(lambda: _names(board.columns[deals["Qualification"]]) == ["Deal 2"], timeout=2000)
    assert board.columns[deals["Qualification"]].total.count == 1
    card = board.columns[deals["Qualification"]].model.cards[0]
    ctx.deals.move(card.id, deals["Proposal"])  # another window or a sync
    assert _names(board.columns[deals["Proposal"]]) == ["Deal 2"]
