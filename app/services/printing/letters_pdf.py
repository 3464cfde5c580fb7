"""Letters as PDF, laid out for a DL window envelope (DIN 5008, form B): the sender's line and the address in
the window (20 mm from the left, from 45 mm down), the date, the subject, then the text; fold marks at 105 and
210 mm and the punch mark at 148.5 mm. Each letter starts on a new page; a long one continues with a running
head naming the recipient and the page."""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import date
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
)

from app.services.documents import pdf_fonts
from app.services.printing.letters import Letter

WIDTH, HEIGHT = A4
LEFT, RIGHT = 25 * mm, 20 * mm
WINDOW_LEFT, WINDOW_TOP, WINDOW_WIDTH = 20 * mm, 45 * mm, 85 * mm
BODY_TOP_FIRST = 103 * mm  # below the window and the date line
BODY_TOP_LATER = 25 * mm
BOTTOM = 22 * mm


def _esc(value: str) -> str:
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class _LetterStart(Flowable):  # type: ignore[misc]
    """Takes no room; tells the page decorations which letter the page belongs to."""

    def __init__(self, letter: Letter) -> None:
        super().__init__()
        self.letter = letter

    def wrap(self, *_args: Any) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv.rapport_letter = self.letter
        self.canv.rapport_page_of_letter = 0


def render(letters: Sequence[Letter], sender: Sequence[str], day: date, title: str = "Letters") -> bytes:
    """`sender`: our name, then our address lines (the first line is the letterhead)."""
    regular, bold = pdf_fonts.register()
    text = ParagraphStyle("body", fontName=regular, fontSize=10.5, leading=14, spaceAfter=7)
    subject = ParagraphStyle("subject", fontName=bold, fontSize=11, leading=14, spaceAfter=10)
    return_line = " · ".join(x.strip() for x in sender if x.strip())
    dated = f"{day:%d %B %Y}".lstrip("0")

    def decorate(canvas: Any, doc: Any) -> None:
        letter: Letter | None = getattr(canvas, "rapport_letter", None)
        if letter is None:
            return
        canvas.rapport_page_of_letter = getattr(canvas, "rapport_page_of_letter", 0) + 1
        canvas.saveState()
        canvas.setStrokeColor(colors.HexColor("#999999"))
        canvas.setLineWidth(0.4)
        for y in (105 * mm, 210 * mm):  # fold marks
            canvas.line(4 * mm, HEIGHT - y, 9 * mm, HEIGHT - y)
        canvas.line(4 * mm, HEIGHT / 2, 11 * mm, HEIGHT / 2)  # punch mark
        if canvas.rapport_page_of_letter == 1:
            canvas.setFont(bold, 13)
            canvas.setFillColor(colors.HexColor("#1f4e79"))
            canvas.drawRightString(WIDTH - RIGHT, HEIGHT - 18 * mm, sender[0] if sender else "")
            canvas.setFont(regular, 8)
            canvas.setFillColor(colors.HexColor("#444444"))
            for i, line in enumerate(sender[1:5]):
                canvas.drawRightString(WIDTH - RIGHT, HEIGHT - 23 * mm - i * 10, line)
            canvas.setFillColor(colors.black)
            canvas.setFont(regular, 7)
            canvas.drawString(LEFT, HEIGHT - WINDOW_TOP - 8 * mm, return_line[:110])
            canvas.setFont(regular, 10)
            for i, line in enumerate(letter.address[:6]):
                canvas.drawString(LEFT, HEIGHT - WINDOW_TOP - 17 * mm - i * 12.5, line)
            canvas.drawRightString(WIDTH - RIGHT, HEIGHT - 97 * mm, dated)
        else:
            canvas.setFont(regular, 8)
            canvas.setFillColor(colors.HexColor("#555555"))
            canvas.drawString(LEFT, HEIGHT - 15 * mm, f"{letter.recipient} · {dated}")
            canvas.drawRightString(WIDTH - RIGHT, HEIGHT - 15 * mm, f"Page {canvas.rapport_page_of_letter}")
        canvas.restoreState()

    frame_width = WIDTH - LEFT - RIGHT
    flush = {
        "leftPadding": 0,
        "rightPadding": 0,
        "topPadding": 0,
        "bottomPadding": 0,
    }  # text lines up with the address
    first = Frame(LEFT, BOTTOM, frame_width, HEIGHT - BODY_TOP_FIRST - BOTTOM, id="first", **flush)
    later = Frame(LEFT, BOTTOM, frame_width, HEIGHT - BODY_TOP_LATER - BOTTOM, id="later", **flush)
    out = io.BytesIO()
    doc = BaseDocTemplate(out, pagesize=A4, title=title)
    doc.addPageTemplates(
        [
            PageTemplate("first", [first], onPageEnd=decorate),
            PageTemplate("later", [later], onPageEnd=decorate),
        ]
    )
    story: list[Any] = []
    for number, letter in enumerate(letters):
        if number:
            story += [NextPageTemplate("first"), PageBreak()]
        story += [_LetterStart(letter), NextPageTemplate("later")]
        story.append(Paragraph(_esc(letter.subject), subject))
        for paragraph in letter.body.split("\n\n"):
            if paragraph.strip():
                story.append(Paragraph(_esc(paragraph.strip()).replace("\n", "<br/>"), text))
        story.append(Spacer(1, 1))
    doc.build(story)
    return out.getvalue()
