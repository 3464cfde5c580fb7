"""The Knowledge page and the articles suggested on a ticket, through the real widgets."""

from __future__ import annotations

from pypdf import PdfReader

from app.services.service_desk.knowledge import ArticleInput
from app.services.service_desk.tickets import TicketInput
from tests.views.helpers import row_of, rows_text


def test_articles_render_export_and_are_suggested_and_linked_on_a_ticket(
    ctx, window, qtmodeltester, tmp_path
):
    ctx.knowledge.create(
        ArticleInput("Printer shows error 42", "The **fuser** is too hot.\n\n- Switch it off", "Hardware")
    )
    ctx.knowledge.create(ArticleInput("Reset your password", "Open *Settings*.", "Account"))
    window.show_page(window.pages.index(window.knowledge))
    page = window.knowledge
    qtmodeltester.check(page.model)
    assert rows_text(page.model, "title") == ["Printer shows error 42", "Reset your password"]
    page.table.setCurrentIndex(page.model.index(row_of(page.model, "title", "Printer shows error 42"), 0))
    assert page.pane.isVisible() and "fuser is too hot" in page.preview.toPlainText()
    assert "<b>" in page.preview.toHtml() or "font-weight" in page.preview.toHtml()
    pdf = page.export_article("pdf", tmp_path / "a.pdf")
    assert "fuser" in PdfReader(pdf).pages[0].extract_text()
    assert "<strong>fuser</strong>" in page.export_article("html", tmp_path / "a.html").read_text(
        encoding="utf-8"
    )
    page.filter_bar.reload()
    page.filter_bar.select("kind", "Account")  # the category filter
    page.apply_query()
    assert rows_text(page.model, "title") == ["Reset your password"]
    ctx.tickets.create(TicketInput(subject="Printer error 42", description="It smells hot"))
    window.show_page(window.pages.index(window.tickets))
    tickets = window.tickets
    tickets.table.setCurrentIndex(tickets.model.index(0, 0))
    assert "Printer shows error 42" in tickets.detail.suggestions.text()
    menu = tickets.ask_link()
    next(a for a in menu.actions() if a.text() == "Article: Printer shows error 42").trigger()
    assert (
        "Article" in tickets.detail.links.text() and "Printer shows error 42" in tickets.detail.links.text()
    )
    window.undo_action.trigger()
    assert "Printer shows error 42" not in tickets.detail.links.text()
