"""The rule action "send an email from a template" (issue 20 with issue 21): the named email template,
rendered for the contact or lead, queued in the rule's own transaction through the mail module's outbox
(exactly-once delivery, docs/email.md). Consent is honoured as for campaigns: a person who has not agreed
to email, or whose address opted out, is skipped with the reason. Undoing the run cancels a mail that has
not gone out yet."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app.models import Entity, MailOutbox, OutboxStatus
from app.services.automation.acting import ActionFailed, ActionResult, label_of
from app.services.campaigns.consent import may_email
from app.services.campaigns.ports import Recipient
from app.services.core.errors import RapportError
from app.services.mail.campaign_sender import sending_account, template_of
from app.services.mail.compose import Draft, queue_mail

if TYPE_CHECKING:
    from app.services.automation.acting import Acting

SUBJECTS = ("contact", "lead")  # whom a rule can write to


def send_email(acting: Acting, entity: str, obj: Entity, action: dict[str, Any], i: int) -> ActionResult:
    session = acting.work.session
    person = Recipient(entity, obj.id, str(getattr(obj, "email", "") or ""), label_of(obj))
    allowed = may_email(session, person)
    if not allowed.allowed:
        return ActionResult("skipped", f"not sent: {allowed.reason}")
    try:
        template = template_of(session, str(action.get("template", "")))
        account = sending_account(session, acting.work.user_id)
        queued = queue_mail(
            session,
            account,
            Draft(template_id=template),
            entity,
            obj.id,
            idempotency_key=f"rule:{acting.run_id}:{i}:{obj.id}",
        )
    except RapportError as exc:
        raise ActionFailed(str(exc)) from exc
    if queued is None:
        return ActionResult("skipped", "this run already queued that mail")
    return ActionResult("queued", f"email to {queued.to}", {"mail": str(queued.outbox_id)})


def describe(action: dict[str, Any]) -> str:
    return f"send the email '{action.get('template', '?')}'"


def cancel(session: Any, outbox_id: Any) -> str:
    """Undo: a mail still waiting is cancelled; one already on its way or sent stays, and says so."""
    row = session.get(MailOutbox, outbox_id)
    if row is None:
        return ""
    if row.status is not OutboxStatus.QUEUED:
        return f"the email to {row.to_address} was already {row.status.value}; it cannot be called back"
    row.status, row.error = OutboxStatus.FAILED, "cancelled: its rule's run was undone"
    return ""
