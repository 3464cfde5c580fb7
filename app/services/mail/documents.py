""" "Email this quote": the document's PDF attached, its number and total available as merge fields."""

from __future__ import annotations

import uuid
from typing import Any

from app.models.money import fmt_amount
from app.services.core.uow import UnitOfWorkFactory
from app.services.documents.company import CompanyService
from app.services.documents.document_input import TYPE_TITLES, DocumentDetail
from app.services.documents.documents import DocumentsService
from app.services.documents.pdf import render as render_pdf
from app.services.mail.compose import Attachment, Draft

DEFAULT_SUBJECT = "{{ document.title }} {{ document.number }}"
DEFAULT_TEXT = """Dear {% if recipient.first_name %}{{ recipient.first_name }}{% else %}{{ recipient.full_name }}{% endif %},

please find attached our {{ document.title|lower }} {{ document.number }} over {{ document.total }}.

Kind regards,
{{ me.name }}
"""


def document_fields(doc: DocumentDetail) -> dict[str, Any]:
    return {
        "number": doc.number,
        "title": TYPE_TITLES[doc.doc_type],
        "total": fmt_amount(doc.total, doc.currency),
        "valid_until": doc.valid_until.isoformat() if doc.valid_until else "",
    }


def _recipient(doc: DocumentDetail) -> tuple[str, uuid.UUID]:
    """Its contact, else its account."""
    return ("contact", doc.contact_id) if doc.contact_id else ("account", doc.account_id)


def document_recipient(
    uow: UnitOfWorkFactory, document_id: uuid.UUID
) -> tuple[str, uuid.UUID, dict[str, Any]]:
    """(recipient entity, its id, the `document` merge fields) of a document."""
    doc = DocumentsService(uow).get(document_id)
    return (*_recipient(doc), document_fields(doc))


def document_mail(
    uow: UnitOfWorkFactory, document_id: uuid.UUID
) -> tuple[str, uuid.UUID, Attachment, dict[str, Any]]:
    """(recipient entity, its id, the PDF, the `document` merge fields) of a document."""
    doc = DocumentsService(uow).get(document_id)
    pdf = render_pdf(doc, CompanyService(uow).get())
    entity, record_id = _recipient(doc)
    return entity, record_id, Attachment(f"{doc.number}.pdf", "application/pdf", pdf), document_fields(doc)


def default_draft() -> Draft:
    return Draft(subject=DEFAULT_SUBJECT, body_text=DEFAULT_TEXT)
