"""What every authenticated route shares: who calls (the token), acting as them, scopes, JSON errors.
(No `from __future__ import annotations`: FastAPI reads these annotations at run time.)"""

from typing import Annotated, Any

from fastapi import Header, Request
from fastapi.responses import JSONResponse

from app.context import AppContext
from app.services.core.errors import RapportError
from app.services.integration.tokens import Caller, NotAuthenticated


class Forbidden(RapportError):
    pass


def error(
    status: int, message: str, fields: list[dict[str, str]] | None = None, **extra: Any
) -> JSONResponse:
    headers = (
        {"WWW-Authenticate": "Bearer"} if status == 401 else ({"Retry-After": "2"} if status == 503 else None)
    )
    return JSONResponse(
        {"error": message, "fields": fields or [], **extra}, status_code=status, headers=headers
    )


def caller(request: Request, authorization: Annotated[str | None, Header()] = None) -> Caller:
    scheme, _, token = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise NotAuthenticated("send your API token as 'Authorization: Bearer <token>'")
    ctx: AppContext = request.app.state.ctx
    return ctx.tokens.authenticate(token.strip())


def acting_as(request: Request, who: Caller) -> AppContext:
    """A context whose reads and writes are the token's user's: audited as them, held to their role."""
    ctx: AppContext = request.app.state.ctx
    return ctx.acting_as(who.user)


def need(who: Caller, scope: str, what: str) -> None:
    if not who.may(scope):
        raise Forbidden(f"this token may not {what} (its scopes: {', '.join(sorted(who.scopes))})")
