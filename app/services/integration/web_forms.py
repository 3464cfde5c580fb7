"""Web forms that capture leads: what a form asks, its consent text, where it sends the visitor after, which
sites may post it; and the HTML a web site pastes in.

Definitions live in the settings table (no migration for a new form); submissions arrive at the API's
`POST /forms/<id>` (app/api/forms.py), which checks them here and creates or links the lead.
"""

from __future__ import annotations

import html
import uuid
from dataclasses import asdict, dataclass, replace
from typing import Any

from app.services.core import guard, settings_store
from app.services.core.changes import ChangeKind
from app.services.core.errors import FieldError, NotFoundError, ValidationError
from app.services.core.uow import UnitOfWorkFactory

KEY = "web_forms"
ENTITY = "settings"
SETTINGS_ID = uuid.UUID(int=2)  # the web forms' settings record, for change records and the audit trail
# what a form may ask: lead fields a visitor types
FIELDS = (
    "first_name",
    "last_name",
    "email",
    "phone",
    "company",
    "title",
    "website",
    "city",
    "country",
    "notes",
)
LABELS = {"notes": "Message", "website": "Web site"}
HONEYPOT = "url_confirm"  # a field people do not see; bots fill it in
MAX_VALUE = 2000  # characters per field


@dataclass(frozen=True)
class WebForm:
    id: str
    name: str
    fields: tuple[str, ...] = ("first_name", "last_name", "email", "company", "notes")
    required: tuple[str, ...] = ("last_name", "email")
    consent_text: str = ""  # when set, a ticked box is required and its text is kept with the lead
    redirect_url: str = ""  # where the visitor goes after; empty: a short thank-you page
    thank_you: str = "Thank you, we will be in touch soon."
    allowed_origins: tuple[str, ...] = ()  # sites whose pages may post it from a script (CORS)
    owner_id: str = ""  # the user new leads go to; empty: nobody (assignment rules decide)
    enabled: bool = True
    campaign_id: str = ""  # the campaign its leads are credited to; empty: none


@dataclass(frozen=True)
class Submission:
    """A checked submission: the lead's fields, and the consent given (the text ticked), if the form asks."""

    values: dict[str, str]
    consent: str = ""
    is_spam: bool = False


def validate(form: WebForm) -> WebForm:
    errors = []
    if not form.name.strip():
        errors.append(FieldError("name", "a form needs a name"))
    unknown = [f for f in (*form.fields, *form.required) if f not in FIELDS]
    if unknown:
        errors.append(
            FieldError("fields", f"no such field: {', '.join(unknown)} (a form may ask {', '.join(FIELDS)})")
        )
    if not set(form.required) <= set(form.fields):
        errors.append(FieldError("required", "a required field must be one the form asks"))
    if "email" not in form.fields and "phone" not in form.fields:
        errors.append(FieldError("fields", "ask for an email or a phone, or nobody can answer the lead"))
    for origin in form.allowed_origins:
        if not origin.startswith(("https://", "http://")) or origin.count("/") > 2:
            errors.append(
                FieldError("allowed_origins", f"{origin!r} is not a site such as https://www.example.com")
            )
    if form.redirect_url and not form.redirect_url.startswith(("https://", "http://")):
        errors.append(FieldError("redirect_url", "a web address starting with https://"))
    if errors:
        raise ValidationError(errors)
    return form


def check_submission(form: WebForm, posted: dict[str, str]) -> Submission:
    """The lead's fields from what was posted; a ValidationError names each problem field."""
    if posted.get(HONEYPOT, "").strip():
        return Submission({}, is_spam=True)
    errors = []
    values: dict[str, str] = {}
    for name in form.fields:
        value = posted.get(name, "").strip()
        if len(value) > MAX_VALUE:
            errors.append(FieldError(name, f"at most {MAX_VALUE:,} characters"))
        elif name in form.required and not value:
            errors.append(FieldError(name, "please fill this in"))
        values[name] = value
    consent = ""
    if form.consent_text:
        if posted.get("consent", "").lower() not in ("on", "yes", "true", "1"):
            errors.append(FieldError("consent", "please tick the box to agree"))
        consent = form.consent_text
    if errors:
        raise ValidationError(errors)
    return Submission(values, consent)


def snippet(form: WebForm, base_url: str) -> str:
    """The HTML a web site pastes into a page: the fields, the consent box, and a honeypot kept off screen."""
    action = f"{base_url.rstrip('/')}/forms/{form.id}"
    lines = [f'<form method="post" action="{html.escape(action)}" class="rapport-form">']
    for name in form.fields:
        label = LABELS.get(name, name.replace("_", " ").capitalize())
        need = " required" if name in form.required else ""
        kind = "email" if name == "email" else "tel" if name == "phone" else "text"
        control = (
            f'<textarea name="{name}"{need}></textarea>'
            if name == "notes"
            else f'<input type="{kind}" name="{name}"{need}>'
        )
        lines.append(f"  <label>{html.escape(label)} {control}</label>")
    if form.consent_text:
        lines.append(
            f'  <label><input type="checkbox" name="consent" required> {html.escape(form.consent_text)}</label>'
        )
    lines.append(
        f'  <div style="position:absolute;left:-5000px" aria-hidden="true"><input name="{HONEYPOT}" tabindex="-1" autocomplete="off"></div>'
    )
    lines += ['  <button type="submit">Send</button>', "</form>"]
    return "\n".join(lines) + "\n"


class WebFormService:
    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self.uow = uow

    def list(self) -> list[WebForm]:
        with self.uow.read() as session:
            return _forms(settings_store.load(session, KEY))

    def get(self, form_id: str) -> WebForm:
        for form in self.list():
            if form.id == form_id:
                return form
        raise NotFoundError("web form", form_id)

    def save(self, form: WebForm) -> WebForm:
        """Create (an empty id gets one) or replace a form."""
        form = validate(replace(form, id=form.id or uuid.uuid4().hex[:12]))
        with self.uow() as work:
            guard.require(work.session, "edit", "web form")
            forms = [f for f in _forms(settings_store.load(work.session, KEY)) if f.id != form.id] + [form]
            settings_store.store(work, KEY, {"forms": [asdict(f) for f in forms]})
            work.changed(ENTITY, ChangeKind.UPDATED, [SETTINGS_ID])
        return form

    def delete(self, form_id: str) -> None:
        with self.uow() as work:
            guard.require(work.session, "delete", "web form")
            forms = _forms(settings_store.load(work.session, KEY))
            if not any(f.id == form_id for f in forms):
                raise NotFoundError("web form", form_id)
            settings_store.store(work, KEY, {"forms": [asdict(f) for f in forms if f.id != form_id]})
            work.changed(ENTITY, ChangeKind.UPDATED, [SETTINGS_ID])


def _forms(stored: dict[str, Any] | None) -> list[WebForm]:
    out = []
    for raw in (stored or {}).get("forms", []):
        known: dict[str, Any] = {
            k: tuple(v) if isinstance(v, list) else v
            for k, v in raw.items()
            if k in WebForm.__dataclass_fields__
        }
        out.append(WebForm(**known))
    return out
