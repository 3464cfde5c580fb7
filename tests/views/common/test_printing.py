"""Print preview and printing draw the same pages as the PDF (rasterised by PDFium)."""

from __future__ import annotations

import pypdfium2 as pdfium
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog, QPrintPreviewWidget

from app.services.documents.document_input import DocumentInput, LineInput
from app.services.documents.pdf import render
from app.services.records.accounts import AccountInput
from app.views.common.printing import print_pdf


def _three_page_pdf(ctx) -> bytes:
    account = ctx.accounts.create(AccountInput(name="Łódź Tools", city="Malmö", country="SE")).value
    lines = tuple(LineInput(f"Line {i}", "2", "10.50", "0", "19") for i in range(90))
    doc = ctx.documents.create(DocumentInput(account_id=account.id, lines=lines)).value
    data = render(doc, ctx.company.get())
    assert len(PdfReader(__import__("io").BytesIO(data)).pages) == 3
    return data


def _ink(pdf_path) -> float:
    """Share of non-white pixels on page 1 of a PDF."""
    pdf = pdfium.PdfDocument(str(pdf_path))
    bitmap = pdf[0].render(scale=0.5, grayscale=True)
    width, height, stride = bitmap.width, bitmap.height, bitmap.stride
    buffer = bytes(bitmap.buffer)
    dark = sum(1 for y in range(0, height, 2) for x in range(0, width, 2) if buffer[y * stride + x] < 200)
    pdf.close()
    return dark / ((height // 2) * (width // 2))


def test_printing_puts_every_page_on_the_printer(qapp, ctx, tmp_path):
    data = _three_page_pdf(ctx)
    out = tmp_path / "printed.pdf"
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    assert print_pdf(printer, data) == 3
    assert len(PdfReader(out).pages) == 3
    assert _ink(out) > 0.01  # the page carries the rendered document, not a blank sheet


def test_preview_shows_all_pages(qtbot, ctx):
    data = _three_page_pdf(ctx)
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    dialog = QPrintPreviewDialog(printer)
    qtbot.addWidget(dialog)
    dialog.paintRequested.connect(lambda p: print_pdf(p, data))
    widget = dialog.findChild(QPrintPreviewWidget)
    widget.updatePreview()
    assert widget.pageCount() == 3
