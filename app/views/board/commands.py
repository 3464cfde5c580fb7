"""Undo commands of the pipeline board and of lead conversion."""

from __future__ import annotations

import uuid
from decimal import Decimal
from typing import Any, Protocol

from app.services.sales.board import Card
from app.services.sales.conversion import ConversionInput, ConversionResult
from app.services.sales.deals import MoveResult
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


class ConvertLeadCommand(ServiceCommand):
    """Convert a lead; undo removes what it created and restores the lead; redo recreates the same ids."""

    def __init__(
        self, env: ViewEnv, lead_id: uuid.UUID, version: int, data: ConversionInput, label: str
    ) -> None:
        super().__init__(env, f"Convert lead {label}")
        self.lead_id = lead_id
        self.version: int | None = version
        self.data = data
        self.result: ConversionResult | None = None

    def _redo(self) -> None:
        self.result = self.env.ctx.conversion.convert(self.lead_id, self.data, self.version).value
        self.version = None  # redo after undo: the lead's version moved on with the undo
        self.data = ConversionInput(
            **{
                **self.data.__dict__,
                "new_account_id": self.result.account_id if self.result.created_account else None,
                "new_contact_id": self.result.contact_id if self.result.created_contact else None,
                "new_deal_id": self.result.deal_id,
            }
        )

    def _undo(self) -> None:
        assert self.result is not None
        self.env.ctx.conversion.revert(self.result)
