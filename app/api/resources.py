"""The record types the API serves: their URL, their service, and the input a create or update takes.

Every one gets the same routes (app.py): list with search, filters and keyset paging; get; create; update
with the version it read (409 with the current record when stale); trash and restore. The request bodies
are the services' own input dataclasses, so the API validates exactly as the editors do.
"""

from __future__ import annotations

import dataclasses
import typing
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel, ConfigDict, create_model

from app.api.tickets import FILTERS, check_ticket_query
from app.context import AppContext
from app.services.core.listing import ListQuery
from app.services.documents.document_input import DocumentInput
from app.services.documents.products import ProductInput
from app.services.records.accounts import AccountInput
from app.services.records.contacts import ContactInput
from app.services.sales.deal_input import DealInput
from app.services.sales.leads import LeadInput
from app.services.scheduling.activities import ActivityInput
from app.services.service_desk.tickets import TicketInput

ALL_FILTERS = ("status", "country", "kind", "owner_id", "tag_id", "segment_id")


@dataclass(frozen=True)
class Resource:
    path: str  # "contacts"
    entity: str  # "contact", as the change bus and the audit trail name it
    service: Callable[[AppContext], Any]
    input: type
    filters: tuple[str, ...] = ALL_FILTERS  # the list's filters; another given is refused (422)
    check_query: Callable[[ListQuery], None] | None = None  # refuses a filter value, e.g. a bad status

    @property
    def body(self) -> type[BaseModel]:
        return _body_model(self.input)

    @property
    def patch(self) -> type[BaseModel]:
        return _patch_model(self.input)


RESOURCES = (
    Resource("accounts", "account", lambda ctx: ctx.accounts, AccountInput),
    Resource("contacts", "contact", lambda ctx: ctx.contacts, ContactInput),
    Resource("leads", "lead", lambda ctx: ctx.leads, LeadInput),
    Resource("deals", "deal", lambda ctx: ctx.deals, DealInput),
    Resource("activities", "activity", lambda ctx: ctx.activities, ActivityInput),
    Resource("products", "product", lambda ctx: ctx.products, ProductInput),
    Resource("documents", "document", lambda ctx: ctx.documents, DocumentInput),
    Resource("tickets", "ticket", lambda ctx: ctx.tickets, TicketInput, FILTERS, check_ticket_query),
)

STRICT = ConfigDict(extra="forbid")  # an unknown field is an error, not silently dropped


def _fields(cls: type) -> dict[str, tuple[Any, Any]]:
    hints = typing.get_type_hints(cls)
    out: dict[str, tuple[Any, Any]] = {}
    for f in dataclasses.fields(cls):
        if f.default is not dataclasses.MISSING:
            default: Any = f.default
        elif f.default_factory is not dataclasses.MISSING:
            default = f.default_factory()
        else:
            default = ...
        out[f.name] = (hints[f.name], default)
    return out


_MODELS: dict[tuple[type, str], type[BaseModel]] = {}


def _body_model(cls: type) -> type[BaseModel]:
    """The create body: the input dataclass's fields and defaults."""
    key = (cls, "body")
    if key not in _MODELS:
        _MODELS[key] = create_model(
            cls.__name__.removesuffix("Input") + "Create", __config__=STRICT, **_fields(cls)
        )  # type: ignore[call-overload]
    return _MODELS[key]


def _patch_model(cls: type) -> type[BaseModel]:
    """The update body: `version` (the one read) and any of the fields; those left out keep their value."""
    key = (cls, "patch")
    if key not in _MODELS:
        optional = {name: (kind | None, None) for name, (kind, _default) in _fields(cls).items()}
        _MODELS[key] = create_model(  # type: ignore[call-overload]
            cls.__name__.removesuffix("Input") + "Update", __config__=STRICT, version=(int, ...), **optional
        )
    return _MODELS[key]


def to_input(cls: type, body: BaseModel, base: Any = None) -> Any:
    """The input dataclass from a request body; for an update, over the record's current input `base`."""
    given = body.model_dump(exclude_unset=True)
    given.pop("version", None)
    values = {f.name: getattr(body, f.name) for f in dataclasses.fields(cls) if f.name in given}
    return dataclasses.replace(base, **values) if base is not None else cls(**values)
