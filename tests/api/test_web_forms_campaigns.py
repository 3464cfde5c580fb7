"""A web form's lead carries its ticked consent as granted email consent and is credited to the form's
campaign, so a campaign may mail it and counts it in its cost per lead."""

from __future__ import annotations

import httpx

from app.services.campaigns.campaigns import CampaignInput
from app.services.core.listing import ListQuery
from app.services.integration.web_forms import WebForm


def test_a_form_lead_has_email_consent_and_its_campaign(server, ctx):
    fair = ctx.campaigns.create(CampaignInput("Spring webinar", "webinar")).value
    form = ctx.web_forms.save(
        WebForm("", "Webinar sign-up", ("last_name", "email"), ("last_name", "email"),
                consent_text="Send me the webinar link and news.", campaign_id=str(fair.id))
    )  # fmt: skip
    data = {"last_name": "Web", "email": "web@example.org", "consent": "on"}
    reply = httpx.post(f"{server}/forms/{form.id}", data=data, timeout=10)
    assert reply.status_code == 200
    (lead,) = ctx.leads.page(ListQuery(), 0, 10, 1).rows
    assert ctx.leads.get(lead.id).campaign_id == fair.id
    email = ctx.consent.of("lead", lead.id)["email"]
    assert (email.status, email.source, email.text_shown) == (
        "granted", "web form Webinar sign-up", "Send me the webinar link and news."
    )  # fmt: skip
    assert ctx.consent.may_email("lead", lead.id).allowed
    assert ctx.campaign_metrics.for_campaign(fair.id).leads == 1
