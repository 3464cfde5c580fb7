"""Undo commands of the pipeline board."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from decimal import Decimal
from typing import Protocol

from app.services.core.initiator import acting_as
from app.services.sales.board import BoardQuery, Card, ColumnTotal
from app.services.sales.deals import MoveResult
from app.views.common.commands import ServiceCommand
from app.views.common.env import ViewEnv


class CardPlacer(Protocol):
    """What a move needs from the board: who it is, what it shows, and to put the returned card back."""

    origin: str

    def query(self) -> BoardQuery | None: ...

    def place(
        self, card: Card, totals: Mapping[uuid.UUID, ColumnTotal] | None, reload: bool = False
    ) -> None: ...


class MoveDealCommand(ServiceCommand):
    """Move a card to a stage and place; undo puts stage, place, amount and closing fields back.

    Both run as the board's origin, so the board skips their change records (it places the card from
    the result) while every other view refreshes from them.
    """

    def __init__(
        self,
        env: ViewEnv,
        board: CardPlacer,
        card: Card,
        stage_id: uuid.UUID,
        stage_name: str,
        before_id: uuid.UUID | None,
        won_amount: Decimal | None = None,
        lost_reason: str | None = None,
    ) -> None:
        verb = "Reorder" if stage_id == card.stage_id else f"Move to {stage_name}:"
        super().__init__(env, f"{verb} {card.name}")
        self.board = board
        self.args = (stage_id, before_id, won_amount, lost_reason)
        self.deal_id = card.id
        self.version = card.version
        self.result: MoveResult | None = None

    def _redo(self) -> None:
        stage_id, before_id, won_amount, lost_reason = self.args
        with acting_as(self.board.origin):
            self.result = self.env.ctx.deals.move(
                self.deal_id,
                stage_id,
                before_id,
                self.version,
                won_amount,
                lost_reason,
                query=self.board.query(),  # as the board shows it now (undo may come after a filter change)
            ).value
        self.board.place(self.result.card, self.result.totals, reload=self.result.renumbered)

    def _undo(self) -> None:
        assert self.result is not None
        with acting_as(self.board.origin):
            reverted = self.env.ctx.deals.revert_move(self.result, query=self.board.query()).value
        self.version = reverted.card.version
        self.board.place(reverted.card, reverted.totals)
