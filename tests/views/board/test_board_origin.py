"""The board skips only its own changes: its moves (and their undo) place the card without a reload or a
second read of the totals; the same deal changed from anywhere else reloads it."""

from __future__ import annotations

import os
from dataclasses import replace

import pytest

from app.services.core.initiator import acting_as, new_origin
from app.views.common.thread_job import ThreadJob


@pytest.fixture
def board(deals, window, monkeypatch):
    """The shown board, counting its full reloads and any separate read of the column totals."""
    window.show_page(window.pages.index(window.board))
    page = window.board
    page.reloads, page.totals_reads = 0, 0
    reload = page.reload

    def counting_reload() -> None:
        page.reloads += 1
        reload()

    totals = window.env.ctx.deals.totals

    def counting_totals(query):
        page.totals_reads += 1
        return totals(query)

    monkeypatch.setattr(page, "reload", counting_reload)
    monkeypatch.setattr(window.env.ctx.deals, "totals", counting_totals)
    return page


def _names(column):
    return [c.name for c in column.model.cards]


def test_the_boards_own_move_and_undo_neither_reload_nor_read_the_totals_again(board, deals, window, ctx):
    qual, proposal = board.columns[deals["Qualification"]], board.columns[deals["Proposal"]]
    heard = []
    window.relay.changed.connect(heard.append)
    assert board.move(qual.model.cards[1], deals["Proposal"])
    assert _names(proposal) == ["Deal 1"] and proposal.total.count == 1 and qual.total.count == 3
    assert len(heard) == 1 and heard[0].made_by(board.origin)  # other pages did hear it
    window.undo_action.trigger()
    assert _names(qual) == ["Deal 0", "Deal 1", "Deal 2", "Deal 3"] and qual.total.count == 4
    assert proposal.total.count == 0 and len(heard) == 2 and heard[1].made_by(board.origin)
    window.redo_action.trigger()
    assert _names(proposal) == ["Deal 1"] and proposal.total.count == 1
    assert (board.reloads, board.totals_reads) == (0, 0)


def test_an_edit_of_the_same_deal_from_outside_the_board_reloads_it(board, deals, window, ctx):
    qual = board.columns[deals["Qualification"]]
    card = qual.model.cards[0]
    assert board.move(card, deals["Proposal"]) and board.reloads == 0
    detail = ctx.deals.get(card.id)
    ctx.deals.update(card.id, replace(detail.as_input(), name="Deal 0 renamed"), detail.version)
    assert board.reloads == 1
    assert _names(board.columns[deals["Proposal"]]) == ["Deal 0 renamed"]
    detail = ctx.deals.get(card.id)
    with acting_as(new_origin("deal-editor")):  # another view of this window
        ctx.deals.update(card.id, replace(detail.as_input(), amount="5000"), detail.version)
    assert board.reloads == 2
    assert board.columns[deals["Proposal"]].total.totals[0][1] == 5000


def test_a_change_from_another_thread_or_process_reloads_the_board(board, deals, window, ctx):
    card = board.columns[deals["Qualification"]].model.cards[2]
    worker = ctx.unbroadcast()
    job = ThreadJob(lambda progress: worker.deals.move(card.id, deals["Proposal"]))  # made outside the board
    job.thread.start()
    job.thread.join()
    ctx.bus.publish(job.result.changes)  # published on the GUI thread, as the pages do
    assert board.reloads == 1 and _names(board.columns[deals["Proposal"]]) == ["Deal 2"]
    # A colleague's process that happens to use the board's token is still someone else.
    with acting_as(board.origin):
        moved = ctx.unbroadcast().deals.move(card.id, deals["Qualification"]).value
        changes = ctx.unbroadcast().deals.revert_move(moved).changes
    ctx.bus.publish(replace(changes, initiator=replace(changes.initiator, process_id=os.getpid() + 1)))
    assert board.reloads == 2
    ctx.bus.publish(changes)  # the same record from this process: the board's own, skipped
    assert board.reloads == 2
