"""The rule action "create a document from a template": a draft quote or sales order for the record.

The document is addressed to the record's account (a deal's, a contact's, or the account itself) and
takes its lines from a template document (a quote or order kept as a model, e.g. a product set) or, for
a deal without a template, from the deal's own lines. It is written by the documents service in the
rule's transaction (numbered like any document); the run's undo deletes it.
"""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import select

from app.models import AccountContact, DocumentType, Entity
from app.services.automation.acting import Acting, ActionFailed, ActionResult
from app.services.core.errors import NotFoundError, ValidationError
from app.services.core.uow import JoinedWork
from app.services.documents.documents import DocumentsService


def create_document(
    acting: Acting, entity: str, obj: Entity, action: dict[str, Any], _i: int
) -> ActionResult:
    doc_type = str(action.get("doc_type") or DocumentType.QUOTE.value)
    template = action.get("template_id")
    record: Any = obj
    account_id = _account_of(acting, entity, record)
    if account_id is None:
        raise ActionFailed(f"the {entity} has no account to address a {doc_type.replace('_', ' ')} to")
    if not template and entity != "deal":
        raise ActionFailed("without a template only a deal's own lines can make a document")
    service = DocumentsService(JoinedWork(acting.work))
    try:
        made = service.draft_in(
            acting.work,
            doc_type,
            account_id,
            contact_id=record.id if entity == "contact" else getattr(record, "contact_id", None),
            deal_id=record.id if entity == "deal" else None,
            template_id=uuid.UUID(str(template)) if template else None,
        )
    except NotFoundError as exc:
        raise ActionFailed(f"the template document is gone: {exc}") from exc
    except ValidationError as exc:
        raise ActionFailed("; ".join(f"{e.field}: {e.message}" for e in exc.errors)) from exc
    return ActionResult(
        "done", f"created {doc_type.replace('_', ' ')} {made.number}", {"delete": ["document", str(made.id)]}
    )


def _account_of(acting: Acting, entity: str, record: Any) -> uuid.UUID | None:
    """The account a document for the record goes to: the account, a deal's, a contact's primary one."""
    if entity == "account":
        return uuid.UUID(str(record.id))
    if entity == "deal":
        return record.account_id  # type: ignore[no-any-return]
    return acting.work.session.scalar(
        select(AccountContact.account_id)
        .where(AccountContact.contact_id == record.id, AccountContact.deleted_at.is_(None))
        .order_by(AccountContact.is_primary.desc(), AccountContact.id)
        .limit(1)
    )


def describe(action: dict[str, Any]) -> str:
    kind = str(action.get("doc_type") or DocumentType.QUOTE.value).replace("_", " ")
    source = (
        f"template {action.get('template_number') or action['template_id']}"
        if action.get("template_id")
        else "the deal's lines"
    )
    return f"create a {kind} from {source}"
