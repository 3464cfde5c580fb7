"""Tickets beyond the routes every record type has (app.py): a reply or an internal note, and a status
change with the version read. (No `from __future__ import annotations`: FastAPI reads them at run time.)

The list takes `status` and `search` (subject, number, description) and sorts by `due` (the queue's
order), `number` or `updated`; tickets have no owner, tags or segments, so those filters are refused.
"""

import dataclasses
import uuid
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Request
from pydantic import BaseModel, ConfigDict, Field

from app.api.calls import acting_as, caller, error, need
from app.api.encoding import to_json
from app.services.core.errors import ConflictError, FieldError, NotFoundError, ValidationError
from app.services.core.listing import ListQuery
from app.services.integration.tokens import Caller
from app.services.service_desk.tickets import TicketInput, validate

FILTERS = ("status",)


class ReplyBody(BaseModel):
    model_config = ConfigDict(extra="forbid")
    body: str = Field(min_length=1, max_length=100_000)
    internal: bool = False  # an internal note: not a reply to the customer, stops no clock


class StatusBody(BaseModel):
    model_config = ConfigDict(extra="forbid")
    status: str
    version: int


def check_ticket_query(query: ListQuery) -> None:
    """Refuse a status that no ticket can have (422 naming the allowed ones)."""
    if query.status:
        validate(TicketInput(subject="-", status=query.status))


def add_ticket_routes(app: FastAPI) -> None:
    @app.post("/tickets/{ticket_id}/replies", tags=["tickets"], status_code=201, name="reply to a ticket")
    def reply(
        request: Request, ticket_id: uuid.UUID, body: ReplyBody, who: Annotated[Caller, Depends(caller)]
    ) -> Any:
        need(who, "write", "reply to tickets")
        tickets = acting_as(request, who).tickets
        return to_json(tickets.reply(ticket_id, body.body, internal=body.internal).value)

    @app.post("/tickets/{ticket_id}/status", tags=["tickets"], name="change a ticket's status")
    def set_status(
        request: Request, ticket_id: uuid.UUID, body: StatusBody, who: Annotated[Caller, Depends(caller)]
    ) -> Any:
        need(who, "write", "change tickets")
        tickets = acting_as(request, who).tickets
        current = tickets.get(ticket_id)
        if current.deleted_at is not None:
            raise NotFoundError("ticket", ticket_id)
        wanted = dataclasses.replace(current.as_input(), status=body.status)
        try:
            return to_json(tickets.update(ticket_id, wanted, body.version).value)
        except ConflictError as exc:
            return error(409, str(exc), current=to_json(tickets.get(ticket_id)))


def refuse_filters(path: str, allowed: tuple[str, ...], given: dict[str, Any]) -> None:
    """A filter the record type does not have is an error, not silently ignored."""
    wrong = [name for name, value in given.items() if value not in (None, "") and name not in allowed]
    if wrong:
        raise ValidationError(
            [FieldError(name, f"{path} cannot be filtered by {name} (only by: {', '.join(allowed) or 'search'})")
             for name in wrong]
        )  # fmt: skip
