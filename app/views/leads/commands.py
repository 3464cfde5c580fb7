"""Undo commands of the Leads page: conversion."""

from __future__ import annotations

import uuid

from app.services.sales.conversion import ConversionInput, ConversionResult
from app.views.common.commands import ServiceCommand
from app.views.common.env import ViewEnv


class ConvertLeadCommand(ServiceCommand):
    """Convert a lead; undo removes what it created and restores the lead; redo recreates the same ids."""

    def __init__(
        self, env: ViewEnv, lead_id: uuid.UUID, version: int, data: ConversionInput, label: str
    ) -> None:
        super().__init__(env, f"{'Qualify and convert' if data.qualify else 'Convert'} lead {label}")
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
