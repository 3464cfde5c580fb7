"""Mailing labels land inside their labels on the common sheets; long addresses shrink, never spill."""

from __future__ import annotations

import io
import itertools

import pytest
from pypdf import PdfReader
from reportlab.pdfbase.pdfmetrics import stringWidth

from app.services.core.errors import RapportError
from app.services.documents import pdf_fonts
from app.services.printing import labels_pdf, sheets
from app.services.printing.labels_pdf import PADDING, fit, render_labels


def _texts(data: bytes) -> list[list[tuple[float, float, str]]]:
    """Each page's text runs with their origin (x, y) in PDF points."""
    pages = []
    for page in PdfReader(io.BytesIO(data)).pages:
        runs: list[tuple[float, float, str]] = []

        def visit(text, _cm, tm, _font, _size, runs=runs):  # type: ignore[no-untyped-def]
            if text.strip():
                runs.append((tm[4], tm[5], text.strip()))

        page.extract_text(visitor_text=visit)
        pages.append(runs)
    return pages


def _label_of(sheet: sheets.LabelSheet, x: float, y: float) -> int | None:
    for index in range(sheet.per_sheet):
        bx, by, w, h = sheet.label_box(index)
        if bx + PADDING - 0.01 <= x <= bx + w - PADDING and by + PADDING - 0.01 <= y <= by + h - PADDING:
            return index
    return None


@pytest.mark.parametrize("code", sorted(sheets.SHEETS))
def test_every_label_of_a_sheet_is_on_the_page_and_none_overlap(code):
    sheet = sheets.SHEETS[code]
    boxes = [sheet.label_box(i) for i in range(sheet.per_sheet)]
    width, height = sheet.page
    for x, y, w, h in boxes:
        assert x > 0 and x + w < width and y > 0 and y + h < height
    for (ax, ay, aw, ah), (bx, by, bw, bh) in itertools.combinations(boxes, 2):
        assert ax + aw <= bx + 0.01 or bx + bw <= ax + 0.01 or ay + ah <= by + 0.01 or by + bh <= ay + 0.01
    # the grid is centred on the page, as the makers' sheets are
    assert boxes[0][0] == pytest.approx(width - boxes[-1][0] - boxes[-1][2], abs=0.5)
    assert sheet.page[1] - boxes[0][1] - boxes[0][3] == pytest.approx(boxes[-1][1], abs=0.5)


@pytest.mark.parametrize("code", ["L7160", "5160"])
def test_each_address_prints_inside_its_own_label_in_order_after_the_used_ones(code):
    sheet = sheets.SHEETS[code]
    blocks = [
        (f"Person {n}", f"{n} High Street", f"TOWN {n}", "UNITED KINGDOM") for n in range(sheet.per_sheet + 2)
    ]
    pages = _texts(render_labels(blocks, sheet, skip=3))
    assert len(pages) == 2
    where: dict[str, int] = {}
    for page_number, runs in enumerate(pages):
        for x, y, text in runs:
            index = _label_of(sheet, x, y)
            assert index is not None, f"{text!r} at ({x:.0f}, {y:.0f}) is outside every label"
            if text.startswith("Person "):
                where[text] = page_number * sheet.per_sheet + index
    assert [where[f"Person {n}"] for n in range(len(blocks))] == list(range(3, 3 + len(blocks)))


def test_a_long_address_shrinks_to_fit_and_is_cut_only_when_it_cannot():
    regular, _bold = pdf_fonts.register()
    sheet = sheets.SHEETS["5160"]
    width, height = sheet.width - 2 * PADDING, sheet.height - 2 * PADDING
    long = (
        "Dr. Maximiliane Schwarzenberg-Hohenlohe",
        "Internationale Handelsgesellschaft mbH",
        "1 Road",
        "BERLIN",
    )
    size, shown = fit(long, width, height, regular)
    assert size < labels_pdf.LARGEST
    assert all(stringWidth(line, regular, size) <= width for line in shown)
    huge = (*tuple(f"line {n} " + "x" * 80 for n in range(9)), "10115 BERLIN", "GERMANY")
    size, shown = fit(huge, width, height, regular)
    assert size == labels_pdf.SMALLEST
    assert shown[-2:] == ["10115 BERLIN", "GERMANY"]  # the lines the post sorts by are kept
    assert len(shown) * size * labels_pdf.LEADING <= height
    assert all(stringWidth(line, regular, size) <= width for line in shown)
    assert shown[0].endswith("…")


def test_skip_must_leave_a_label_on_the_first_sheet():
    with pytest.raises(RapportError, match="0 to 20"):
        render_labels([("A",)], sheets.SHEETS["L7160"], skip=21)
    with pytest.raises(RapportError, match="no label sheet 'L9999'; known: L7160"):
        sheets.sheet("L9999")


def test_envelopes_one_a_page_with_the_recipient_in_the_lower_right():
    envelope = sheets.envelope("dl")
    data = labels_pdf.render_envelopes(
        [("Ann Lee", "1 Main St", "SPRINGFIELD, IL 62701"), ("Bo",)], envelope, ("Us GmbH",)
    )
    pages = _texts(data)
    assert len(pages) == 2
    width, height = envelope.size
    runs = {text: (x, y) for x, y, text in pages[0]}
    assert runs["Us GmbH"][0] < width * 0.2 and runs["Us GmbH"][1] > height * 0.8
    x, y = runs["SPRINGFIELD, IL 62701"]
    assert width * 0.45 - 0.01 <= x < width and y < height * 0.6
