"""The FastAPI application: authentication by token, one set of routes per record type, clear errors.
(No `from __future__ import annotations` here: FastAPI reads the annotations at run time, and the request
bodies are models built per record type.)

Every call names its token (`Authorization: Bearer rpt_…`) and acts as that token's user: the audit trail
names them. Scopes: `read` for GETs, `write` for everything, `leads` for creating leads only. Errors are
JSON `{"error": …, "fields": [{"field", "message"}]}` with 400 (bad request), 401 (no or bad token), 403
(scope), 404, 409 (stale version: the current record comes back), 413 (body too large), 422 (validation),
503 (database busy; retry).
"""

import uuid
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response

from app import __version__
from app.api.calls import Forbidden, acting_as, caller, error, need
from app.api.encoding import BadCursor, decode_cursor, encode_cursor, to_json
from app.api.forms import add_form_routes
from app.api.resources import RESOURCES, Resource, to_input
from app.api.tickets import add_ticket_routes, refuse_filters
from app.context import AppContext
from app.services.core.errors import (
    AccessDeniedError,
    ConflictError,
    DatabaseBusyError,
    NotFoundError,
    RapportError,
    ValidationError,
)
from app.services.core.listing import ListQuery
from app.services.integration.tokens import Caller, NotAuthenticated

MAX_BODY = 1_000_000  # bytes
MAX_PAGE = 500
LIST_FILTERS = ("status", "country", "kind")


def create_app(ctx: AppContext) -> FastAPI:
    app = FastAPI(
        title="Rapport API",
        version=__version__,
        description="The records of a Rapport database. Authenticate with `Authorization: Bearer <token>` "
        "(create one with `rapport token create`).",
    )
    app.state.ctx = ctx

    @app.middleware("http")
    async def limit_body(request: Request, call_next: Any) -> Response:
        length = request.headers.get("content-length")
        if length is not None and (not length.isdigit() or int(length) > MAX_BODY):
            return error(413, f"the body is over {MAX_BODY:,} bytes")
        return await call_next(request)  # type: ignore[no-any-return]

    @app.exception_handler(RequestValidationError)
    async def invalid(_request: Request, exc: RequestValidationError) -> JSONResponse:
        fields = [
            {"field": ".".join(str(p) for p in e["loc"] if p != "body"), "message": e["msg"]}
            for e in exc.errors()
        ]
        return error(422, "the request does not fit", fields)

    @app.exception_handler(RapportError)
    async def refused(_request: Request, exc: RapportError) -> JSONResponse:
        return _from_service_error(exc)

    @app.get("/health", tags=["server"])
    def health() -> dict[str, str]:
        return {"status": "ok", "version": __version__}

    for resource in RESOURCES:
        _routes(app, resource)
    add_form_routes(app)
    add_ticket_routes(app)
    return app


def _from_service_error(exc: RapportError) -> JSONResponse:
    if isinstance(exc, NotAuthenticated):
        return error(401, str(exc))
    if isinstance(exc, Forbidden | AccessDeniedError):
        return error(403, str(exc))
    if isinstance(exc, NotFoundError):
        return error(404, str(exc))
    if isinstance(exc, ValidationError):
        return error(422, str(exc), [{"field": e.field, "message": e.message} for e in exc.errors])
    if isinstance(exc, ConflictError):
        return error(409, str(exc))
    if isinstance(exc, DatabaseBusyError):
        return error(503, str(exc))
    if isinstance(exc, BadCursor):
        return error(400, str(exc))
    return error(400, str(exc))


def _routes(app: FastAPI, resource: Resource) -> None:
    path, tag, Body, Patch = f"/{resource.path}", resource.path, resource.body, resource.patch

    @app.get(path, tags=[tag], name=f"list {resource.path}")
    def list_records(
        request: Request,
        who: Annotated[Caller, Depends(caller)],
        search: str = "",
        sort: str = "",
        descending: bool = False,
        status: str = "",
        country: str = "",
        kind: str = "",
        owner_id: uuid.UUID | None = None,
        tag_id: uuid.UUID | None = None,
        segment_id: uuid.UUID | None = None,
        limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 50,
        cursor: str = "",
        trashed: bool = False,
    ) -> dict[str, Any]:
        need(who, "read", f"read {resource.path}")
        refuse_filters(resource.path, resource.filters, {
            "status": status, "country": country, "kind": kind, "owner_id": owner_id, "tag_id": tag_id,
            "segment_id": segment_id,
        })  # fmt: skip
        service = resource.service(acting_as(request, who))
        query = ListQuery(
            search=search, sort=sort, descending=descending, status=status, country=country, kind=kind,
            owner_id=owner_id, tag_id=tag_id, segment_id=segment_id,
        )  # fmt: skip
        if resource.check_query is not None:
            resource.check_query(query)
        offset, after = decode_cursor(cursor) if cursor else (0, None)
        total = service.count(query, deleted=trashed)
        page = service.page(query, offset, limit, total, after, deleted=trashed)
        more = offset + len(page.rows) < total and page.rows
        return {
            "items": to_json(list(page.rows)),
            "total": total,
            "next_cursor": encode_cursor(offset + len(page.rows), page.keys[-1]) if more else None,
        }

    @app.get(f"{path}/{{record_id}}", tags=[tag], name=f"get a {resource.entity}")
    def get_record(request: Request, record_id: uuid.UUID, who: Annotated[Caller, Depends(caller)]) -> Any:
        need(who, "read", f"read {resource.path}")
        return to_json(resource.service(acting_as(request, who)).get(record_id))

    @app.post(path, tags=[tag], status_code=201, name=f"create a {resource.entity}")
    def create_record(request: Request, body: Body, who: Annotated[Caller, Depends(caller)]) -> Any:  # type: ignore[valid-type]
        if not (resource.path == "leads" and who.may("leads")):
            need(who, "write", f"create {resource.path}")
        service = resource.service(acting_as(request, who))
        return to_json(service.create(to_input(resource.input, body)).value)

    @app.patch(f"{path}/{{record_id}}", tags=[tag], name=f"update a {resource.entity}")
    def update_record(
        request: Request,
        record_id: uuid.UUID,
        body: Patch,
        who: Annotated[Caller, Depends(caller)],  # type: ignore[valid-type]
    ) -> Any:
        need(who, "write", f"change {resource.path}")
        service = resource.service(acting_as(request, who))
        current = service.get(record_id)
        if getattr(current, "deleted_at", None) is not None:
            raise NotFoundError(resource.entity, record_id)
        try:
            return to_json(
                service.update(
                    record_id, to_input(resource.input, body, current.as_input()), body.version
                ).value
            )  # type: ignore[attr-defined]
        except ConflictError as exc:
            latest = service.get(record_id)
            return error(409, str(exc), current=to_json(latest))

    @app.delete(f"{path}/{{record_id}}", tags=[tag], status_code=200, name=f"trash a {resource.entity}")
    def trash_record(request: Request, record_id: uuid.UUID, who: Annotated[Caller, Depends(caller)]) -> Any:
        need(who, "write", f"trash {resource.path}")
        service = resource.service(acting_as(request, who))
        service.get(record_id)  # 404 for an id that never existed
        service.delete([record_id])
        return {"trashed": str(record_id)}

    @app.post(f"{path}/{{record_id}}/restore", tags=[tag], name=f"restore a {resource.entity}")
    def restore_record(
        request: Request, record_id: uuid.UUID, who: Annotated[Caller, Depends(caller)]
    ) -> Any:
        need(who, "write", f"restore {resource.path}")
        service = resource.service(acting_as(request, who))
        service.restore([record_id])
        return to_json(service.get(record_id))

    if resource.path == "documents":

        @app.get(f"{path}/{{record_id}}/pdf", tags=[tag], name="a document as PDF", response_class=Response)
        def document_pdf(
            request: Request, record_id: uuid.UUID, who: Annotated[Caller, Depends(caller)]
        ) -> Response:
            need(who, "read", "read documents")
            from app.services.documents.pdf import render

            ctx = acting_as(request, who)
            document = ctx.documents.get(record_id)
            data = render(document, ctx.company.get())
            headers = {"Content-Disposition": f'attachment; filename="{document.number}.pdf"'}
            return Response(data, media_type="application/pdf", headers=headers)
