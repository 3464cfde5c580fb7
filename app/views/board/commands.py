"""Undo commands of the pipeline board."""

from __future__ import annotations

import uuid
from decimal import Decimal
from typing import Any, Protocol

from app.services.sales.deals import Card, MoveResult
from app.views.common.commands import ServiceCommand
from app.views.common.env import ViewEnv


class CardPlacer(Protocol):
    """What a move needs from the board: to put the returned card where the database says it is."""

    def place(self, card: Card, reload: bool = False) -> None: ...

    def quiet(self) -> Any: ...


class MoveDealCommand(ServiceCommand):
    """Move a card to a stage and place; undo puts stage, place, amount and closing fields back."""

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
        with self.board.quiet():
            self.result = self.env.ctx.deals.move(
                self.deal_id, stage_id, before_id, self.version, won_amount, lost_reason
            ).value
        self.board.place(self.result.card, reload=self.result.renumbered)

    def _undo(self) -> None:
        assert self.result is not None
        with self.board.quiet():
            card = self.env.ctx.deals.revert_move(self.result).value
        self.version = card.version
        self.board.place(card)
