"""`POST /forms/<id>`: a web site's lead form, the one route that needs no token.

Its defences: a honeypot field (a filled one is thanked and dropped), at most RATE submissions a minute per
address, bodies of at most MAX_FORM_BODY bytes, CORS answered only for the form's own sites. A visitor who
is already a lead or a contact (by the same checks as the editors' "likely duplicate") gets a note on that
record instead of a second lead.
"""

import html
import json
import threading
import time
import uuid
from collections import defaultdict, deque
from typing import Any
from urllib.parse import parse_qsl

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response

from app.context import AppContext
from app.services.core.errors import ValidationError
from app.services.integration.web_forms import Submission, WebForm, check_submission
from app.services.sales.leads import LeadInput
from app.services.scheduling.activities import ActivityInput

RATE = 5  # submissions a minute per client address and form
MAX_FORM_BODY = 20_000


class RateLimit:
    def __init__(self, per_minute: int) -> None:
        self.per_minute = per_minute
        self.seen: dict[tuple[str, str], deque[float]] = defaultdict(deque)
        self.lock = threading.Lock()

    def allow(self, key: tuple[str, str], now: float | None = None) -> bool:
        now = time.monotonic() if now is None else now
        with self.lock:
            recent = self.seen[key]
            while recent and now - recent[0] > 60:
                recent.popleft()
            if len(recent) >= self.per_minute:
                return False
            recent.append(now)
            return True


def add_form_routes(app: FastAPI) -> None:
    app.state.form_rate = RateLimit(RATE)

    @app.options("/forms/{form_id}", tags=["web forms"], include_in_schema=False)
    def preflight(request: Request, form_id: str) -> Response:
        form = _form(request, form_id)
        origin = request.headers.get("origin", "")
        if form is None or origin not in form.allowed_origins:
            return Response(status_code=403)
        return Response(status_code=204, headers=_cors(origin) | {"Access-Control-Allow-Methods": "POST"})

    @app.post("/forms/{form_id}", tags=["web forms"], name="submit a web form (no token)")
    async def submit(request: Request, form_id: str) -> Response:
        wants_json = "application/json" in request.headers.get("content-type", "")
        origin = request.headers.get("origin", "")
        form = _form(request, form_id)
        if form is None or not form.enabled:
            return _answer(wants_json, 404, "This form does not exist.", origin, None)
        length = request.headers.get("content-length", "0")
        if not length.isdigit() or int(length) > MAX_FORM_BODY:
            return _answer(wants_json, 413, "The form is too large.", origin, form)
        address = request.client.host if request.client else "?"
        if not request.app.state.form_rate.allow((address, form_id)):
            return _answer(
                wants_json, 429, "Too many submissions; please try again in a minute.", origin, form
            )
        body = await request.body()
        if len(body) > MAX_FORM_BODY:  # a chunked body that gave no length
            return _answer(wants_json, 413, "The form is too large.", origin, form)
        try:
            posted = _posted(body, wants_json)
            submission = check_submission(form, posted)
        except ValidationError as exc:
            problems = [{"field": e.field, "message": e.message} for e in exc.errors]
            return _answer(wants_json, 422, "Please check the form.", origin, form, problems)
        except ValueError:
            return _answer(wants_json, 400, "The form could not be read.", origin, form)
        if not submission.is_spam:
            _record(request.app.state.ctx, form, submission)
        if form.redirect_url and not wants_json:
            return RedirectResponse(form.redirect_url, status_code=303)
        return _answer(wants_json, 200, form.thank_you, origin, form)


def _form(request: Request, form_id: str) -> WebForm | None:
    ctx: AppContext = request.app.state.ctx
    try:
        return ctx.web_forms.get(form_id)
    except Exception:
        return None


def _posted(body: bytes, as_json: bool) -> dict[str, str]:
    if as_json:
        data = json.loads(body or b"{}")
        if not isinstance(data, dict):
            raise ValueError("not an object")
        return {str(k): str(v) for k, v in data.items() if isinstance(v, str | int | bool)}
    return dict(parse_qsl(body.decode("utf-8"), keep_blank_values=True))


def _record(ctx: AppContext, form: WebForm, submission: Submission) -> None:
    """A new lead, or a note on the lead or contact the visitor already is."""
    values = submission.values
    summary = "\n".join(f"{k.replace('_', ' ')}: {v}" for k, v in values.items() if v)
    if submission.consent:
        summary += f"\nConsent given on the form: {submission.consent}"
    typed = {
        k: v
        for k, v in values.items()
        if k in ("first_name", "last_name", "email", "phone", "company", "city")
    }
    for entity in ("lead", "contact"):
        match = next(iter(ctx.dedupe.likely(entity, typed)), None)
        if match is not None:
            link: dict[str, Any] = {f"{entity}_id": match.id}
            ctx.activities.create(
                ActivityInput(kind="note", subject=f"Web form “{form.name}” sent again", body=summary, **link)
            )
            return
    owner = form.owner_id or None
    lead = LeadInput(
        **{k: v for k, v in values.items() if k in LeadInput.__dataclass_fields__ and k != "notes"},
        notes=summary,
        source="web_form",
        owner_id=uuid.UUID(owner) if owner else None,
        campaign_id=uuid.UUID(form.campaign_id) if form.campaign_id else None,  # cost per lead, ROI
    )
    made = ctx.leads.create(lead).value
    if submission.consent:  # the ticked box is email consent, kept with the text shown
        ctx.consent.set(
            "lead", made.id, "email", "granted", f"web form {form.name}"[:100], submission.consent
        )


def _cors(origin: str) -> dict[str, str]:
    return {"Access-Control-Allow-Origin": origin, "Vary": "Origin"}


def _answer(
    as_json: bool,
    status: int,
    message: str,
    origin: str,
    form: WebForm | None,
    problems: list[dict[str, str]] | None = None,
) -> Response:
    headers = _cors(origin) if form is not None and origin in form.allowed_origins else {}
    if as_json:
        payload = {"ok": status == 200, "message": message, "fields": problems or []}
        return JSONResponse(payload, status_code=status, headers=headers)
    items = "".join(
        f"<li>{html.escape(p['field'])}: {html.escape(p['message'])}</li>" for p in problems or []
    )
    page = (
        f"<!doctype html><meta charset=utf-8><title>{html.escape(message)}</title>"
        f"<p>{html.escape(message)}</p>{f'<ul>{items}</ul>' if items else ''}"
        + ('<p><a href="javascript:history.back()">Back to the form</a></p>' if status != 200 else "")
    )
    return HTMLResponse(page, status_code=status, headers=headers)
