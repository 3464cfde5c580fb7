"""Documents print in the customer's language with its number, money and date formats (issue 25)."""

from __future__ import annotations

import io
import re
from datetime import date

import pytest
from babel.messages.extract import extract_from_file
from babel.messages.pofile import read_po
from pypdf import PdfReader

from app.services.core.errors import ValidationError
from app.services.documents import wording
from app.services.documents.company import CompanySettings
from app.services.documents.document_input import DocumentInput, LineInput
from app.services.documents.pdf import render
from app.services.records.accounts import AccountInput

COMPANY = CompanySettings(name="Rapport Test GmbH", tax_id="DE999")


def _text(data: bytes) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages)


def _quote(ctx, country: str, language: str = "", price: str = "1037.44") -> str:
    account = ctx.accounts.create(AccountInput(name="Kunde AG", country=country, language=language)).value
    doc = ctx.documents.create(
        DocumentInput(
            account_id=account.id,
            issued_on=date(2026, 3, 2),
            valid_until=date(2026, 4, 1),
            lines=(LineInput("Beratung", "1", price, "0", "19"),),
        )
    ).value
    return _text(render(doc, COMPANY))


def test_a_german_customer_gets_a_german_quote_with_german_amounts(ctx):
    text = _quote(ctx, "DE")  # 1,037.44 net + 19 % = 1,234.55; a German reader writes 1.234,55 €
    assert "Angebot" in text and "Gesamtbetrag" in text and "Zwischensumme" in text
    assert "MwSt. 19 % auf 1.037,44" in text and "Seite 1 von 1" in text
    assert "1.234,55 €" in text and "Gültig bis: 01.04.2026" in text
    assert "Quote" not in text and "Total" not in text


def test_the_account_language_overrides_the_country_and_formats_follow_the_country(ctx):
    text = _quote(ctx, "CH", language="fr")  # a French-speaking Swiss customer
    assert "Devis" in text and "TVA 19 % sur" in text and "Total TTC" in text
    assert "EUR" in text  # fr_CH writes the currency code, as Swiss usage does
    spanish = _quote(ctx, "ES", price="10")
    assert "Presupuesto" in spanish and "IVA 19 % sobre 10,00" in spanish


def test_a_country_without_a_catalogue_uses_the_company_language_in_its_own_formats(ctx):
    text = _quote(ctx, "SE")
    assert "Quote" in text and "€1,234.55" in text and "Page 1 of 1" in text


def test_an_unknown_language_is_refused_by_name(ctx):
    with pytest.raises(ValidationError, match="language"):
        ctx.accounts.create(AccountInput(name="X", language="xx"))


def test_every_message_pdf_prints_is_translated_with_the_same_placeholders():
    used = {
        msg
        for _line, msg, _comments, _ctx in extract_from_file(
            "python", "app/services/documents/pdf.py", keywords={"tr": None}
        )
    }
    assert len(used) >= 25
    for language in ("de", "fr", "es"):
        with open(wording.catalogue_path(language), "rb") as fh:
            catalogue = {str(m.id): str(m.string) for m in read_po(fh) if m.id}
        missing = sorted(m for m in used if not catalogue.get(m))
        assert not missing, f"{language}.po lacks {missing}"
        for message in used:
            assert set(re.findall(r"{\w+}", message)) == set(re.findall(r"{\w+}", catalogue[message])), (
                message
            )
