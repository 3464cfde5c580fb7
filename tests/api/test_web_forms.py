"""Web forms: a lead from a web page with no token, spam and floods turned away, no second lead for a known visitor."""

from __future__ import annotations

import httpx
import pytest

from app.services.core.errors import ValidationError
from app.services.core.listing import ListQuery
from app.services.integration.web_forms import HONEYPOT, WebForm, snippet
from app.services.records.contacts import ContactInput

SITE = "https://www.example.com"


@pytest.fixture
def form(ctx):
    return ctx.web_forms.save(
        WebForm("", "Contact us", ("first_name", "last_name", "email", "company", "notes"), ("last_name", "email"),
                consent_text="I agree to be contacted about my request.", allowed_origins=(SITE,))
    )  # fmt: skip


def _post(server, form_id, data, **kw):
    return httpx.post(f"{server}/forms/{form_id}", data=data, timeout=10, **kw)


GOOD = {
    "first_name": "Wendy",
    "last_name": "Web",
    "email": "wendy@example.org",
    "notes": "Call me",
    "consent": "on",
}


def test_a_submission_becomes_a_lead_with_its_consent_and_no_token(server, form, ctx):
    reply = _post(server, form.id, GOOD)
    assert reply.status_code == 200 and "Thank you" in reply.text
    (lead,) = ctx.leads.page(ListQuery(), 0, 10, 1).rows
    detail = ctx.leads.get(lead.id)
    assert (detail.last_name, detail.email, detail.source) == ("Web", "wendy@example.org", "web_form")
    assert (
        "Consent given on the form: I agree to be contacted" in detail.notes
        and "notes: Call me" in detail.notes
    )


def test_missing_fields_and_consent_are_named_and_nothing_is_stored(server, form, ctx):
    reply = httpx.post(f"{server}/forms/{form.id}", json={"first_name": "X"}, timeout=10)
    assert reply.status_code == 422
    assert {p["field"] for p in reply.json()["fields"]} == {"last_name", "email", "consent"}
    html_reply = _post(server, form.id, {"last_name": "X"})
    assert html_reply.status_code == 422 and "please fill this in" in html_reply.text
    assert ctx.leads.count(ListQuery()) == 0


def test_spam_is_thanked_and_dropped_floods_are_refused_and_cors_is_the_forms_own(server, form, ctx):
    assert _post(server, form.id, {**GOOD, HONEYPOT: "http://spam"}).status_code == 200  # 1 of 5 this minute
    assert ctx.leads.count(ListQuery()) == 0
    other = httpx.options(f"{server}/forms/{form.id}", headers={"Origin": "https://evil.example"}, timeout=10)
    assert other.status_code == 403 and "access-control-allow-origin" not in other.headers
    allowed = httpx.options(f"{server}/forms/{form.id}", headers={"Origin": SITE}, timeout=10)
    assert allowed.status_code == 204 and allowed.headers["access-control-allow-origin"] == SITE
    scripted = httpx.post(
        f"{server}/forms/{form.id}", json=GOOD, headers={"Origin": SITE}, timeout=10
    )  # 2 of 5
    assert scripted.status_code == 200 and scripted.headers["access-control-allow-origin"] == SITE
    assert scripted.json() == {"ok": True, "message": "Thank you, we will be in touch soon.", "fields": []}
    assert (
        httpx.post(f"{server}/forms/{form.id}", content=b"a=" + b"x" * 30_000, timeout=10).status_code == 413
    )
    assert _post(server, "nope", GOOD).status_code == 404
    people = [
        {**GOOD, "email": f"p{n}@example.org", "last_name": f"P{n}", "first_name": f"F{n}"} for n in range(5)
    ]
    assert [_post(server, form.id, p).status_code for p in people] == [200, 200, 200, 429, 429]
    assert ctx.leads.count(ListQuery()) == 4


def test_a_known_visitor_gets_a_note_not_a_second_lead(server, form, ctx):
    ada = ctx.contacts.create(
        ContactInput(first_name="Wendy", last_name="Web", email="wendy@example.org")
    ).value.id
    assert _post(server, form.id, GOOD).status_code == 200
    assert ctx.leads.count(ListQuery()) == 0
    notes = [e for e in ctx.timeline.for_contact(ada) if "Web form" in str(e)]
    assert notes, "the submission is on the contact's timeline"


def test_forms_are_checked_and_give_pasteable_html(ctx):
    with pytest.raises(ValidationError, match="no such field: shoe_size"):
        ctx.web_forms.save(WebForm("", "Bad", ("last_name", "shoe_size"), ()))
    with pytest.raises(ValidationError, match="ask for an email or a phone"):
        ctx.web_forms.save(WebForm("", "Bad", ("last_name",), ()))
    made = ctx.web_forms.save(WebForm("", "Demo", consent_text="I agree <really>"))
    html = snippet(made, "https://crm.example.com/")
    assert f'action="https://crm.example.com/forms/{made.id}"' in html
    assert (
        f'name="{HONEYPOT}"' in html and "I agree &lt;really&gt;" in html and 'name="email" required' in html
    )
