"""Email templates (name, subject, plain text and HTML) with merge fields, checked when saved."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select

from app.models import EmailTemplate
from app.services.core.changes import ChangeKind
from app.services.core.errors import FieldError, NotFoundError, RapportError, ValidationError
from app.services.core.merge_templates import MergeTemplate, compile_template
from app.services.core.uow import UnitOfWorkFactory

# The merge fields a mail may use; `recipient` is the contact or lead it goes to.
FIELDS: dict[str, tuple[str, ...]] = {
    "recipient": ("salutation", "first_name", "last_name", "full_name", "title", "email", "company", "city"),
    "account": ("name", "city", "country", "domain"),
    "deal": ("name", "amount"),
    "document": ("number", "title", "total", "valid_until"),
    "me": ("name", "email"),
    "unsubscribe": ("url",),  # a campaign's or drip step's one-click unsubscribe link (campaigns only)
}

NIL = uuid.UUID(int=0)  # the default of a dataclass field after ones with defaults


@dataclass(frozen=True)
class TemplateInput:
    name: str
    subject: str
    body_text: str = ""
    body_html: str = ""


@dataclass(frozen=True)
class TemplateInfo(TemplateInput):
    id: uuid.UUID = NIL


@dataclass(frozen=True)
class CompiledMail:
    subject: MergeTemplate
    text: MergeTemplate
    html: MergeTemplate | None


def compile_mail(subject: str, body_text: str, body_html: str = "") -> CompiledMail:
    """Every part checked: a ValidationError names the part (subject, body_text, body_html), line and field."""
    errors: list[FieldError] = []
    parts: dict[str, MergeTemplate] = {}
    for name, source in (("subject", subject), ("body_text", body_text), ("body_html", body_html)):
        if name == "body_html" and not source.strip():
            continue
        try:
            parts[name] = compile_template(source, FIELDS, name)
        except ValidationError as exc:
            errors += exc.errors
    if not subject.strip():
        errors.append(FieldError("subject", "is required"))
    if not body_text.strip() and not body_html.strip():
        errors.append(FieldError("body_text", "the mail has no text"))
    if errors:
        raise ValidationError(errors)
    return CompiledMail(parts["subject"], parts["body_text"], parts.get("body_html"))


def _info(row: EmailTemplate) -> TemplateInfo:
    return TemplateInfo(row.name, row.subject, row.body_text, row.body_html, row.id)


class EmailTemplateService:
    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self.uow = uow

    def save(self, data: TemplateInput, template_id: uuid.UUID | None = None) -> TemplateInfo:
        """Create (no id) or change a template; its merge fields are checked first."""
        name = data.name.strip()
        errors = [FieldError("name", "is required")] if not name else []
        try:
            compile_mail(data.subject, data.body_text, data.body_html)
        except ValidationError as exc:
            errors += exc.errors
        if errors:
            raise ValidationError(errors)
        with self.uow() as work:
            clash = work.session.scalar(
                select(EmailTemplate.id).where(EmailTemplate.name == name, EmailTemplate.deleted_at.is_(None))
            )
            if clash is not None and clash != template_id:
                raise ValidationError(FieldError("name", f"there is already a template named {name!r}"))
            if template_id is None:
                row = EmailTemplate(name=name)
                work.session.add(row)
                kind = ChangeKind.CREATED
            else:
                found = work.session.get(EmailTemplate, template_id)
                if found is None or found.deleted_at is not None:
                    raise NotFoundError("email template", template_id)
                row, kind = found, ChangeKind.UPDATED
            row.name, row.subject, row.body_text, row.body_html = (
                name,
                data.subject,
                data.body_text,
                data.body_html,
            )
            work.session.flush()
            work.audit("email_template", row.id, kind.value, "name", None, name)
            work.changed("email_template", kind, [row.id])
            return _info(row)

    def list(self) -> list[TemplateInfo]:
        with self.uow.read() as session:
            rows = session.scalars(
                select(EmailTemplate).where(EmailTemplate.deleted_at.is_(None)).order_by(EmailTemplate.name)
            )
            return [_info(r) for r in rows]

    def by_name(self, name: str) -> TemplateInfo:
        for info in self.list():
            if info.name == name:
                return info
        raise RapportError(f"no email template named {name!r}")
