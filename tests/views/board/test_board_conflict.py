"""A drop on a card a colleague moved meanwhile says who moved it where, and the board shows it there."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from app.config import Settings
from app.context import AppContext


@pytest.fixture
def colleague(ctx: AppContext) -> Iterator[AppContext]:
    other = AppContext.open(Settings(db_url=str(ctx.engine.url), user_email="grace@example.com"))
    yield other
    other.close()


def _names(column):  # type: ignore[no-untyped-def]
    return [c.name for c in column.model.cards]


def test_a_drop_on_a_card_moved_meanwhile_names_who_moved_it_and_where(
    deals, window, qtbot, ctx, colleague
) -> None:  # type: ignore[no-untyped-def]
    window.show_page(window.pages.index(window.board))
    board = window.board
    qtbot.waitUntil(lambda: len(_names(board.columns[deals["Qualification"]])) == 4, timeout=2000)
    stale = board.columns[deals["Qualification"]].model.cards[0]
    colleague.deals.move(stale.id, deals["Proposal"])  # before this board heard of it
    assert not board.move(stale, deals["Qualification"], None)
    who = colleague.current_user.name  # type: ignore[union-attr]
    assert window.last_error.startswith(f"“{stale.name}” was moved to Proposal by {who} (")
    assert window.last_error.endswith(") meanwhile; the board now shows it there.")
    assert _names(board.columns[deals["Proposal"]]) == [stale.name]  # reloaded at once
    assert stale.name not in _names(board.columns[deals["Qualification"]])
    assert ctx.deals.get(stale.id).stage == "Proposal"  # nothing of the colleague's move was undone


def test_a_drop_on_a_card_edited_meanwhile_says_it_changed(deals, window, qtbot, ctx, colleague) -> None:  # type: ignore[no-untyped-def]
    from dataclasses import replace

    window.show_page(window.pages.index(window.board))
    board = window.board
    qtbot.waitUntil(lambda: len(_names(board.columns[deals["Qualification"]])) == 4, timeout=2000)
    stale = board.columns[deals["Qualification"]].model.cards[1]
    current = colleague.deals.get(stale.id)
    colleague.deals.update(stale.id, replace(current.as_input(), name="Renamed by Grace"), current.version)
    assert not board.move(stale, deals["Proposal"])
    assert window.last_error.startswith(f"“{stale.name}” was changed by {colleague.current_user.name} (")  # type: ignore[union-attr]
    assert "Renamed by Grace" in _names(board.columns[deals["Qualification"]])
