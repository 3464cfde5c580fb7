"""Undo commands of the pipeline board and of lead conversion."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from decimal import Decimal
from typing import Protocol

from app.services.core.initiator import acting_as
from app.services.sales.board import BoardQuery, Card, ColumnTotal
from app.services.sales.conversion import ConversionInput, ConversionResult
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
