"""Documents as PDF: stored totals equal an independent recomputation and the PDF prints them; escaping,
Unicode names, page splitting with "Page N of M"."""

from __future__ import annotations

import io
import shutil
import subprocess
from datetime import date
from decimal import ROUND_HALF_EVEN, Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from app.services.documents.company import CompanySettings
from app.services.documents.document_input import DocumentInput, LineInput
from app.services.documents.pdf import render
from app.services.records.accounts import AccountInput

COMPANY = CompanySettings(name="Rapport Test GmbH", tax_id="DE999", bank_details="IBAN DE00 1234")


def pdf_text(data: bytes) -> tuple[int, str]:
    reader = PdfReader(io.BytesIO(data))
    return len(reader.pages), "\n".join(page.extract_text() for page in reader.pages)


def expected_totals(
    lines: list[tuple[Decimal, Decimal, Decimal, Decimal]],
) -> tuple[list[Decimal], Decimal, Decimal]:
    """Plain Decimal arithmetic, written apart from app.services.documents.totals: nets, subtotal, tax."""
    cent = Decimal("0.01")
    nets = [(q * p * (1 - d / 100)).quantize(cent, ROUND_HALF_EVEN) for q, p, d, _t in lines]
    by_rate: dict[Decimal, Decimal] = {}
    for (_q, _p, _d, t), net in zip(lines, nets, strict=True):
        by_rate[t] = by_rate.get(t, Decimal(0)) + net
    tax = sum(((b * r / 100).quantize(cent, ROUND_HALF_EVEN) for r, b in by_rate.items()), Decimal(0))
    return nets, sum(nets, Decimal(0)), tax


line_strategy = st.tuples(
    st.decimals(min_value=Decimal("0.001"), max_value=Decimal(10000), places=3),
    st.decimals(min_value=Decimal(0), max_value=Decimal(100000), places=2),
    st.sampled_from([Decimal(0), Decimal(5), Decimal("12.5"), Decimal("33.33"), Decimal(100)]),
    st.sampled_from([Decimal(0), Decimal(7), Decimal(19), Decimal("20"), Decimal("8.1")]),
)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(lines=st.lists(line_strategy, min_size=1, max_size=12))
def test_stored_totals_equal_recomputation_and_the_pdf_shows_them(ctx, lines):
    account = ctx.accounts.create(AccountInput(name="Prop Co")).value
    doc = ctx.documents.create(
        DocumentInput(
            account_id=account.id,
            issued_on=date(2026, 1, 1),
            lines=tuple(LineInput(f"L{i}", q, p, d, t) for i, (q, p, d, t) in enumerate(lines)),
        )
    ).value
    stored = ctx.documents.get(doc.id)  # read back from the database
    nets, subtotal, tax = expected_totals([(q.normalize(), p, d, t) for q, p, d, t in lines])
    assert [ln.net for ln in stored.lines] == nets
    assert (stored.subtotal, stored.tax, stored.total) == (subtotal, tax, subtotal + tax)
    _pages, shown = pdf_text(render(stored, COMPANY))
    assert f"{subtotal + tax:,}" in shown
    assert f"{subtotal:,}" in shown
    for net in nets:
        assert f"{net:,}" in shown


def _doc(ctx, name, n_lines, **kw):
    account = ctx.accounts.create(
        AccountInput(name=name, address="Łódź Street 1", city="Malmö", country="SE")
    ).value
    lines = tuple(
        LineInput(f"Line {i} Ærø \u2013 Çà", "2", "10.50", "0", "19" if i % 2 else "7")
        for i in range(n_lines)
    )
    return ctx.documents.create(DocumentInput(account_id=account.id, lines=lines, **kw)).value


def test_user_text_prints_literally_and_unicode_survives(ctx):
    doc = _doc(ctx, "<b>ACME</b> & Sons", 2, notes="Gate <3> & ramp", payment_terms="Net 30 \u2013 Ünïcode")
    pages, shown = pdf_text(render(doc, COMPANY))
    assert pages == 1
    assert "<b>ACME</b> & Sons" in shown
    assert "Gate <3> & ramp" in shown
    assert "Łódź Street 1\nMalmö\nSweden" in shown and "Ærø \u2013 Çà" in shown
    assert "Page 1 of 1" in shown and "Tax ID DE999" in shown


def test_long_document_splits_with_header_repeated_and_page_numbers(ctx):
    doc = _doc(ctx, "Long Ltd", 90)
    pages, _ = pdf_text(render(doc, COMPANY))
    assert pages == 3
    reader = PdfReader(io.BytesIO(render(doc, COMPANY)))
    for n, page in enumerate(reader.pages, start=1):
        page_text = page.extract_text()
        assert f"Page {n} of 3" in page_text
        assert "Description" in page_text and "Net (EUR)" in page_text  # the table header, repeated
    assert "Line 89" in reader.pages[-1].extract_text()
    assert f"{doc.total:,}" in reader.pages[-1].extract_text()


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm (poppler-utils) not installed")
def test_three_pages_rasterise(ctx, tmp_path):
    doc = _doc(ctx, "Raster AG", 90)
    (tmp_path / "doc.pdf").write_bytes(render(doc, COMPANY))
    subprocess.run(
        ["pdftoppm", "-r", "40", "-png", str(tmp_path / "doc.pdf"), str(tmp_path / "p")], check=True
    )
    pngs = sorted(tmp_path.glob("p-*.png"))
    assert len(pngs) == 3 and all(p.stat().st_size > 2000 for p in pngs)
