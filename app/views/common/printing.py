"""Print preview and printing of the PDFs the app renders.

PySide6-Essentials has no QtPdf, so PDFium (pypdfium2, its binary ships in the wheel) rasterises each
page and QPainter draws it on the QPrinter: what is previewed and printed is exactly the PDF that
"Save as PDF" writes. Pages are rendered one at a time at no more than 300 dpi, so a printer reporting
1200 dpi does not cost gigabytes of memory.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QImage, QPageLayout, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QWidget

MAX_DPI = 300


class PrintError(RuntimeError):
    """The printer could not be opened (no printer, or the user's driver refused)."""


def page_images(data: bytes, dpi: int) -> list[QSize]:
    """The pixel size each page has at `dpi` (used by tests and to size previews)."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(data)
    try:
        return [QSize(round(w * dpi / 72), round(h * dpi / 72)) for w, h in (p.get_size() for p in pdf)]
    finally:
        pdf.close()


def print_pdf(printer: QPrinter, data: bytes) -> int:
    """Draw every page of a PDF on the printer, each fitted to the printable area; returns the page count."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(data)
    painter = QPainter()
    if not painter.begin(printer):
        pdf.close()
        raise PrintError("the printer could not be opened")
    try:
        scale = min(printer.resolution(), MAX_DPI) / 72
        target = printer.pageLayout().paintRectPixels(printer.resolution())
        for number, page in enumerate(pdf):
            if number and not printer.newPage():
                raise PrintError(f"the printer refused page {number + 1}")
            bitmap = page.render(scale=scale, rev_byteorder=True, prefer_bgrx=True)
            image = QImage(
                bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGBX8888
            )
            fitted = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRectF(0, 0, fitted.width(), fitted.height()), image)
            page.close()
        return len(pdf)
    finally:
        painter.end()
        pdf.close()


def _printer(data: bytes, title: str) -> QPrinter:
    """A printer set up for the PDF: landscape when its first page is wider than tall (a Gantt)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    sizes = page_images(data, 72)
    if sizes and sizes[0].width() > sizes[0].height():
        printer.setPageOrientation(QPageLayout.Orientation.Landscape)
    return printer


def preview_dialog(parent: QWidget, data: bytes, title: str) -> QPrintPreviewDialog:
    """The print preview dialog of a PDF, not yet shown; printing from it prints the same pages."""
    printer = _printer(data, title)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(
        QCoreApplication.translate("common.printing", "Print preview: {title}").format(title=title)
    )
    dialog.paintRequested.connect(lambda p: print_pdf(p, data))
    landscape = printer.pageLayout().orientation() is QPageLayout.Orientation.Landscape
    dialog.resize(*((1200, 850) if landscape else (900, 1000)))
    dialog._printer = printer  # type: ignore[attr-defined]  # the dialog does not own it: keep it alive
    return dialog


def preview(parent: QWidget, data: bytes, title: str) -> None:
    """Show the print preview dialog (modal)."""
    preview_dialog(parent, data, title).exec()


def print_with_dialog(parent: QWidget, data: bytes, title: str) -> bool:
    """Ask for the printer and options, then print; False if the user cancelled."""
    printer = _printer(data, title)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    print_pdf(printer, data)
    return True
