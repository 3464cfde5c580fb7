"""Issue 16: a document prints the customer's postal code and region (SQLite and PostgreSQL), and the
company settings keep a checked ISO country."""

from __future__ import annotations

import pytest

from app.services.core.errors import ValidationError
from app.services.documents.company import CompanySettings
from app.services.documents.document_input import DocumentInput, LineInput
from app.services.documents.pdf import render
from app.services.records.accounts import AccountInput
from tests.services.documents.test_document_pdf import COMPANY, pdf_text


def test_document_address_has_postal_code_and_region(ctx):
    account = ctx.accounts.create(
        AccountInput(
            name="Initech",
            address="1 Main St",
            postal_code="62701",
            city="Springfield",
            region="IL",
            country="US",
        )
    ).value
    doc = ctx.documents.create(DocumentInput(account_id=account.id, lines=(LineInput("Staplers", "2", "5"),)))
    stored = ctx.documents.get(doc.value.id)
    assert stored.account_address == ("1 Main St", "Springfield, IL 62701", "United States")
    _pages, shown = pdf_text(render(stored, COMPANY))
    assert "1 Main St\nSpringfield, IL 62701\nUnited States" in shown


def test_company_country_is_checked_and_kept_upper_case(ctx):
    saved = ctx.company.save(CompanySettings(name="Rapport", country=" de ")).value
    assert saved.country == "DE" and ctx.company.get().country == "DE"
    with pytest.raises(ValidationError) as info:
        ctx.company.save(CompanySettings(name="Rapport", country="Germany"))
    assert [e.field for e in info.value.errors] == ["country"]
    assert ctx.company.get().country == "DE"
