"""Two people in one process, each with a window on the same database: one's change shows in the other's."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from app.config import Settings
from app.context import AppContext
from app.services.records.contacts import ContactInput
from app.views.shell.main_window import MainWindow


@pytest.fixture
def colleague(ctx: AppContext) -> Iterator[AppContext]:
    """A second signed-in user on the same database file, with a context (engine, bus) of their own."""
    other = AppContext.open(Settings(db_url=str(ctx.engine.url), user_email="colleague@example.com"))
    yield other
    other.close()


def _contact_ids(window: MainWindow) -> set[object]:
    model = window.contacts.model
    return {model.item(row).id for row in range(model.rowCount())}


def _names(column):  # type: ignore[no-untyped-def]
    return [c.name for c in column.model.cards]


def test_a_colleagues_new_contact_and_deal_move_appear_without_a_reload(
    window: MainWindow, colleague: AppContext, deals, qtbot
) -> None:  # type: ignore[no-untyped-def]
    assert colleague.current_user is not None and colleague.current_user.id != window.ctx.current_user.id  # type: ignore[union-attr]
    theirs = MainWindow(colleague)  # the colleague's own window: their own relay and live source
    qtbot.addWidget(theirs)
    theirs.show()  # a hidden page only notes that it is stale
    window.show_page(window.pages.index(window.contacts))
    qtbot.waitUntil(
        lambda: window.live.source is not None and window.live.source.ready.is_set(), timeout=3000
    )  # type: ignore[attr-defined]

    made = colleague.contacts.create(ContactInput(last_name="Hopper", first_name="Grace")).value
    qtbot.waitUntil(lambda: made.id in _contact_ids(window), timeout=1500)

    window.show_page(window.pages.index(window.board))
    board = window.board
    qtbot.waitUntil(lambda: len(_names(board.columns[deals["Qualification"]])) == 4, timeout=2000)
    card = board.columns[deals["Qualification"]].model.cards[0]
    colleague.deals.move(card.id, deals["Proposal"])
    qtbot.waitUntil(lambda: _names(board.columns[deals["Proposal"]]) == [card.name], timeout=1500)
    # and the other way round: my edit reaches the colleague's window
    theirs.show_page(theirs.pages.index(theirs.contacts))
    mine = window.ctx.contacts.create(ContactInput(last_name="Lovelace")).value
    qtbot.waitUntil(lambda: mine.id in _contact_ids(theirs), timeout=1500)
    theirs.close()
