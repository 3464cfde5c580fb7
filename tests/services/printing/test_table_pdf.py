"""A printed list: the heads on every page, "Page x of y", stoppable, bounded."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from app.services.printing import table_pdf
from app.services.printing.table_pdf import Cancelled, render_table


def test_a_long_list_repeats_its_heads_and_numbers_its_pages():
    rows = ([f"Name {n:04d}", f"{n * 1.5:,.2f}"] for n in range(600))
    data = render_table("Contacts", "segment Key accounts", ["Name", "Revenue"], rows, right_aligned=[1])
    pages = [p.extract_text() for p in PdfReader(io.BytesIO(data)).pages]
    assert len(pages) > 5
    assert "segment Key accounts" in pages[0]
    for number, text in enumerate(pages, start=1):
        assert "Name" in text and "Revenue" in text
        assert f"Page {number} of {len(pages)}" in text
    everything = "\n".join(pages)
    assert "Name 0000" in everything and "Name 0599" in everything
    assert everything.index("Name 0100") < everything.index("Name 0101")  # in the list's order


def test_many_columns_turn_the_page_and_an_empty_list_still_prints():
    data = render_table("Wide", "", [f"C{n}" for n in range(9)], [])
    page = PdfReader(io.BytesIO(data)).pages[0]
    assert page.mediabox.width > page.mediabox.height
    assert "(no rows)" in page.extract_text()


def test_cancel_stops_between_chunks_and_a_huge_list_is_refused(monkeypatch):
    seen = []

    def progress(done):
        seen.append(done)
        return False

    with pytest.raises(Cancelled):
        render_table("X", "", ["A"], ([str(n)] for n in range(1000)), progress=progress)
    assert seen == [table_pdf.CHUNK]
    monkeypatch.setattr(table_pdf, "LIMIT", 10)
    with pytest.raises(ValueError, match="10 rows is the most one print holds"):
        render_table("X", "", ["A"], ([str(n)] for n in range(11)))
