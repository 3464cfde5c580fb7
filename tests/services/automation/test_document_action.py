"""The rule action "create a document from a template": a numbered draft for the record's account with the
template's lines, shown by the dry run, refused when it cannot be made, undone with its run."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import select

from app.models import Document
from app.services.automation.spec import RuleInput
from app.services.core.errors import ValidationError
from app.services.documents.document_input import DocumentInput, LineInput
from app.services.records.accounts import AccountInput
from app.services.records.contacts import MembershipInput
from tests.services.automation.helpers import contact, items, rows, rule, runs


def _template(ctx, account_id):
    lines = (
        LineInput("Onboarding workshop", "1", "1200.00", "0", "19"),
        LineInput("Licence, first year", "5", "300.00", "10", "19"),
    )
    data = DocumentInput(account_id=account_id, currency="EUR", notes="Our standard starter set", lines=lines)
    return ctx.documents.create(data).value


def _live_documents(ctx):
    return rows(ctx, select(Document).where(Document.deleted_at.is_(None)).order_by(Document.id))


def test_a_new_contact_gets_a_quote_from_the_template_which_the_dry_run_announces_and_undo_removes(ctx):
    acme = ctx.accounts.create(AccountInput(name="Acme")).value
    template = _template(ctx, acme.id)
    action = {"type": "create_document", "doc_type": "quote", "template_id": str(template.id)}
    made_rule = rule(ctx, "contact", "created", [{**action, "template_number": template.number}])
    contact(ctx, "Existing", memberships=(MembershipInput(acme.id, is_primary=True),))
    preview = ctx.automation.dry_run(made_rule.id)
    assert {a.summary for a in preview.actions} == {f"create a quote from template {template.number}"}
    documents = _live_documents(ctx)
    quote = ctx.documents.get(next(d.id for d in documents if d.id != template.id))
    assert quote.number != template.number and quote.account_name == "Acme"
    assert [(ln.description, ln.quantity, ln.net) for ln in quote.lines] == [
        ("Onboarding workshop", Decimal(1), Decimal("1200.00")),
        ("Licence, first year", Decimal(5), Decimal("1350.00")),
    ]
    assert (quote.notes, quote.status, quote.valid_until is not None) == (
        "Our standard starter set",
        "draft",
        True,
    )
    assert [i.outcome for i in items(ctx)] == ["done"]
    ctx.automation.undo_run(runs(ctx)[0].id)
    assert [d.id for d in _live_documents(ctx)] == [template.id]


def test_a_contact_without_an_account_fails_that_action_with_the_reason_and_keeps_the_contact(ctx):
    acme = ctx.accounts.create(AccountInput(name="Acme")).value
    template = _template(ctx, acme.id)
    rule(ctx, "contact", "created", [{"type": "create_document", "template_id": str(template.id)}])
    loner = contact(ctx, "Loner")
    assert ctx.contacts.get(loner.id).last_name == "Loner"
    (item,) = items(ctx)
    assert (item.outcome, item.error) == ("failed", "the contact has no account to address a quote to")


def test_a_document_rule_is_checked_before_it_is_saved(ctx):
    def refused(entity, action):
        data = RuleInput("Docs", entity, "created", {}, {}, (action,))
        with pytest.raises(ValidationError) as err:
            ctx.automation.create(data)
        return {e.field: e.message for e in err.value.errors}

    assert refused("contact", {"type": "create_document"}) == {
        "actions[0].template_id": "choose a template document"
    }
    assert refused("deal", {"type": "create_document", "doc_type": "invoice"}) == {
        "actions[0].doc_type": "one of quote, sales_order"
    }
    assert "not a lead" in refused("lead", {"type": "create_document"})["actions[0]"]
