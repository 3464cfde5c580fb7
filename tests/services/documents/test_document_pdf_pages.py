"""What a customer reads on a document's PDF beyond the lines: the document number on every later page, the
acceptance block of a quote, the sender's and the customer's full addresses (the demo company's too)."""

from __future__ import annotations

import io
import subprocess
from datetime import date

import pytest
from pypdf import PdfReader

from app.services.demo import dataset
from app.services.documents.company import CompanySettings, address_lines
from app.services.documents.document_input import DocumentInput, LineInput
from app.services.documents.pdf import render
from app.services.records.accounts import AccountInput

COMPANY = CompanySettings(name="Rapport Test GmbH", address="Testweg 1\n10115 Berlin")


def _document(ctx, n_lines, doc_type="quote"):
    account = ctx.accounts.create(
        # English by choice: a German customer's documents are German by default (test_document_language.py)
        AccountInput(
            name="Müller & Söhne KG", address="Hafenstr. 3", city="Bremen", country="DE", language="en"
        )
    ).value
    lines = tuple(LineInput(f"Part {i}", "1", "10", "0", "19") for i in range(n_lines))
    return ctx.documents.create(
        DocumentInput(
            doc_type=doc_type,
            account_id=account.id,
            issued_on=date(2026, 3, 2),
            valid_until=date(2026, 4, 1) if doc_type == "quote" else None,
            lines=lines,
        )
    ).value


def page_texts(data: bytes) -> list[str]:
    return [p.extract_text() for p in PdfReader(io.BytesIO(data)).pages]


def heights(data: bytes, page: int) -> dict[str, list[float]]:
    """Each piece of text on a page with the heights (points from the bottom) where it is drawn."""
    found: dict[str, list[float]] = {}

    def visit(text, _cm, tm, _font, _size):  # type: ignore[no-untyped-def]
        if text.strip():
            found.setdefault(text.strip(), []).append(tm[5])

    PdfReader(io.BytesIO(data)).pages[page].extract_text(visitor_text=visit)
    return found


def test_later_pages_repeat_the_number_and_customer_at_the_top(ctx):
    doc = _document(ctx, 90)
    data = render(doc, COMPANY)
    texts = page_texts(data)
    assert len(texts) == 3
    head = f"Quote {doc.number} · Müller & Söhne KG"
    assert head not in texts[0]  # the letterhead says it on page 1
    for n in (2, 3):
        at = heights(data, n - 1)
        assert at[head][0] > max(at["Description"])  # above the line table, at the top of the page
        assert sorted(at[f"Page {n} of 3"]) == [pytest.approx(28.3, abs=1), at[head][0]]  # foot and head


def test_a_quote_ends_with_an_acceptance_block_and_an_order_does_not(ctx):
    quote = _document(ctx, 3)
    (text,) = page_texts(render(quote, COMPANY))
    assert "ACCEPTED FOR MÜLLER & SÖHNE KG" in text
    assert f"We accept quote {quote.number} on the terms above (valid until 1 Apr 2026)." in text
    assert "Name" in text and "Date" in text and "Signature" in text
    order = _document(ctx, 3, doc_type="sales_order")
    (text,) = page_texts(render(order, COMPANY))
    assert "ACCEPTED FOR" not in text and "Signature" not in text


def test_address_blocks_print_every_part_the_account_has():
    assert address_lines("Hafenstr. 3\n\nHof 2", "Bremen", "DE", postal_code="28195") == (
        "Hafenstr. 3",
        "Hof 2",
        "28195 Bremen",
        "Germany",
    )
    assert address_lines("1 Main St", "Springfield", "US", region="IL") == (
        "1 Main St",
        "Springfield, IL",
        "United States",
    )
    assert address_lines("1-2-3 Ginza", "Chuo-ku", "JP", postal_code="104-0061", region="Tokyo") == (
        "1-2-3 Ginza",
        "Chuo-ku, Tokyo",
        "104-0061",
        "Japan",
    )
    assert address_lines("", "", "", region="Tyrol") == ("Tyrol",)
    assert address_lines("  ") == ()


def test_the_demo_company_prints_its_name_and_full_address(ctx, tmp_path):
    dataset.generate(ctx.engine, 200, today=date(2026, 12, 6))
    company = ctx.company.get()
    assert company.name != "Your Company" and company.tax_id and company.bank_details
    (quote,) = [d for d in ctx.documents.rows() if d.number.startswith("Q-")][:1]
    detail = ctx.documents.get(quote.id)
    (tmp_path / "q.pdf").write_bytes(render(detail, company))
    text = subprocess.run(
        ["pdftotext", "-layout", str(tmp_path / "q.pdf"), "-"], check=True, capture_output=True, text=True
    ).stdout
    for line in (company.name, "Hafenstraße 12", "20457 Hamburg", "Germany", company.tax_id):
        assert line in text
    assert "Your Company" not in text
