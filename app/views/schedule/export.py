"""The Gantt (not only what is on screen) as a PNG image; the PDF is `scheduling.gantt_pdf`, vector pages."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter

from app.views.common.theme import for_paper
from app.views.schedule.chart import GROUP, HEADER_H, ROW_H, GanttChart, paint_chart
from app.views.schedule.tree import NO_GROUP

NAMES_W = 260
MAX_SIDE = 16_000  # pixels: beyond this an image is too big to be useful (and to allocate)


def rows_per_image() -> int:
    return max(1, (MAX_SIDE - HEADER_H - 30) // ROW_H)


def render_image(chart: GanttChart, title: str, first: int = 0, count: int | None = None) -> QImage:
    """Names column plus the chart for rows first.., at the current zoom (width clipped to MAX_SIDE), in
    the light theme whatever the screen shows (the image is for paper and documents)."""
    with for_paper():
        return _render_image(chart, title, first, count)


def _render_image(chart: GanttChart, title: str, first: int, count: int | None) -> QImage:
    width = min(NAMES_W + chart.content_width(), MAX_SIDE)
    rows = max(0, min(len(chart.rows) - first, count if count is not None else rows_per_image()))
    height = 30 + HEADER_H + rows * ROW_H
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    title_font = QFont(painter.font())
    title_font.setBold(True)
    title_font.setPointSizeF(title_font.pointSizeF() * 1.3)
    painter.setFont(title_font)
    painter.setPen(GROUP)
    painter.drawText(QRectF(8, 0, width, 30), Qt.AlignmentFlag.AlignVCenter, title)
    painter.setFont(QFont())
    painter.translate(NAMES_W, 30)
    painter.setClipRect(QRect(0, 0, width - NAMES_W, height - 30))
    selected, chart.selected = chart.selected, None
    paint_chart(chart, painter, QRect(0, first * ROW_H, width - NAMES_W, height - 30), first, first + rows)
    chart.selected = selected
    painter.setClipping(False)
    painter.translate(-NAMES_W, 0)
    painter.fillRect(QRectF(0, 0, NAMES_W, height), QColor("#f8fafc"))
    painter.setPen(QColor("#475569"))
    painter.drawText(QRectF(8, 0, NAMES_W, HEADER_H), Qt.AlignmentFlag.AlignVCenter, "Task")
    bold = QFont()
    bold.setBold(True)
    for row in range(rows):
        item = chart.rows[first + row]
        top = HEADER_H + row * ROW_H
        painter.setFont(bold if item.task is None else QFont())
        name = item.task.subject if item.task is not None else (item.group or NO_GROUP)
        indent = 8 if item.task is None else 22
        elided = painter.fontMetrics().elidedText(name, Qt.TextElideMode.ElideRight, NAMES_W - indent - 6)
        painter.setPen(GROUP)
        painter.drawText(QRectF(indent, top, NAMES_W, ROW_H), Qt.AlignmentFlag.AlignVCenter, elided)
        painter.setPen(QColor("#e2e8f0"))
        painter.drawLine(QPointF(0, top + ROW_H - 0.5), QPointF(NAMES_W, top + ROW_H - 0.5))
    painter.drawLine(QPointF(NAMES_W - 0.5, 0), QPointF(NAMES_W - 0.5, height))
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())
