"""Consent: the history, the one may_email check, address-wide suppression, HMAC unsubscribe tokens."""

from __future__ import annotations

import pytest

from app.services.campaigns.consent import ConsentRefused, require_may_email
from app.services.campaigns.subjects import recipient
from app.services.core.errors import ValidationError
from tests.services.campaigns.helpers import contact, lead


def test_consent_is_kept_with_its_text_source_and_history(ctx):
    anna = contact(ctx, "Anna", consent=None)
    assert ctx.consent.of("contact", anna.id)["email"].status == "unknown"
    ctx.consent.set("contact", anna.id, "email", "granted", "web form", "Send me the newsletter")
    ctx.consent.set("contact", anna.id, "email", "withdrawn", "phone call")
    ctx.consent.set("contact", anna.id, "post", "granted", "by hand")
    now = ctx.consent.of("contact", anna.id)
    assert (now["email"].status, now["email"].source) == ("withdrawn", "phone call")
    assert now["post"].status == "granted" and now["phone"].status == "unknown"
    history = ctx.consent.history("contact", anna.id)
    assert [(h.channel, h.status, h.source) for h in history] == [
        ("email", "granted", "web form"),
        ("email", "withdrawn", "phone call"),
        ("post", "granted", "by hand"),
    ]
    assert history[0].text_shown == "Send me the newsletter"


def test_bad_consent_input_names_each_field(ctx):
    anna = contact(ctx, "Anna", consent=None)
    with pytest.raises(ValidationError) as caught:
        ctx.consent.set("contact", anna.id, "fax", "maybe", " ")
    fields = {e.field for e in caught.value.errors}
    assert fields == {"channel", "status", "source"}
    assert ctx.consent.history("contact", anna.id) == []


def test_may_email_refuses_unknown_and_withdrawn_with_a_reason(ctx):
    yes, unknown, no = (
        contact(ctx, "Yes"),
        contact(ctx, "Unknown", consent=None),
        contact(ctx, "No", consent="withdrawn"),
    )
    assert ctx.consent.may_email("contact", yes.id).allowed
    refused = ctx.consent.may_email("contact", unknown.id)
    assert not refused.allowed and "has not agreed to email" in refused.reason
    assert "unsubscribed" in ctx.consent.may_email("contact", no.id).reason
    with ctx.uow.read() as s, pytest.raises(ConsentRefused, match=r"Not sent: .*Unknown.*has not agreed"):
        require_may_email(s, recipient(s, "contact", unknown.id))


def test_an_opted_out_address_is_suppressed_on_every_record_that_holds_it(ctx):
    shared = "same@example.com"
    old_lead = lead(ctx, "Old", email=shared, consent="withdrawn")
    new_contact = contact(ctx, "New", email=shared, consent="granted")  # granted, but the address opted out
    verdict = ctx.consent.may_email("contact", new_contact.id)
    assert not verdict.allowed and "same@example.com has unsubscribed" in verdict.reason
    assert old_lead.id


def test_unsubscribe_token_withdraws_consent_and_a_forged_one_is_refused(ctx):
    anna = contact(ctx, "Anna")
    token = ctx.consent.token("contact", anna.id)
    assert ctx.consent.token("contact", anna.id) == token  # stable: the same link in every mail
    forged = token[:-2] + ("AA" if not token.endswith("AA") else "BB")
    with pytest.raises(ValidationError, match="unsubscribe link is not valid"):
        ctx.consent.unsubscribe(forged)
    with pytest.raises(ValidationError, match="unsubscribe link is not valid"):
        ctx.consent.unsubscribe("garbage")
    assert ctx.consent.may_email("contact", anna.id).allowed
    ctx.consent.unsubscribe(token)
    now = ctx.consent.of("contact", anna.id)["email"]
    assert (now.status, now.source) == ("withdrawn", "unsubscribe link")
    assert not ctx.consent.may_email("contact", anna.id).allowed
