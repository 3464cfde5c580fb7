"""The knowledge base: ranked full-text search, suggestions for a ticket, links, and HTML / PDF export."""

from __future__ import annotations

import pytest
from pypdf import PdfReader

from app.services.core.errors import ValidationError
from app.services.service_desk.knowledge import ArticleInput, significant_words
from app.services.service_desk.knowledge_export import to_html, to_pdf
from app.services.service_desk.tickets import TicketInput

ARTICLES = (
    ("Reset your password", "Account", "Open **Settings**, choose *Password* and follow the email link."),
    ("Printer shows error 42", "Hardware", "Error 42 means the fuser is too hot.\n\n- Switch it off\n- Wait"),
    ("Invoices and credit notes", "Billing", "A wrong invoice is corrected with a credit note."),
    ("Draft: password policy", "Account", "Passwords need twelve characters."),
    ("Network setup", "Network", "Plug the cable in; a shared printer joins the network by itself."),
)


@pytest.fixture
def kb(ctx):
    made = {}
    for title, category, body in ARTICLES:
        made[title] = ctx.knowledge.create(
            ArticleInput(title, body, category, published=not title.startswith("Draft"))
        ).value
    return made


def test_search_ranks_a_title_match_first_and_leaves_drafts_out(ctx, kb):
    hits = ctx.knowledge.search("password")
    assert [h.title for h in hits] == ["Reset your password"]
    assert {h.title for h in ctx.knowledge.search("passw", drafts=True)} == {
        "Reset your password", "Draft: password policy",
    }  # fmt: skip
    assert [h.title for h in ctx.knowledge.search("printer")] == ["Printer shows error 42", "Network setup"]
    assert [h.title for h in ctx.knowledge.search("error 42")] == ["Printer shows error 42"]
    assert "fuser" in ctx.knowledge.search("fuser")[0].snippet
    assert ctx.knowledge.search("nothing matches this") == []
    assert ctx.knowledge.categories() == ["Account", "Billing", "Hardware", "Network"]


def test_search_follows_edits_and_deletes(ctx, kb):
    art = kb["Invoices and credit notes"]
    ctx.knowledge.update(
        art.id, ArticleInput("Refunds", "Money back within 14 days.", "Billing"), art.version
    )
    assert ctx.knowledge.search("invoice") == []
    assert [h.title for h in ctx.knowledge.search("refunds")] == ["Refunds"]
    ctx.knowledge.delete([art.id])
    assert ctx.knowledge.search("refunds") == []
    with pytest.raises(ValidationError, match="title"):
        ctx.knowledge.create(ArticleInput("", "body"))


def test_suggestions_for_a_ticket_and_links(ctx, kb):
    ticket = ctx.tickets.create(
        TicketInput(subject="Printer error", description="Our printer says error 42 since this morning")
    ).value
    hits = ctx.knowledge.suggest(ticket.id)
    assert hits[0].title == "Printer shows error 42"
    assert "Draft: password policy" not in [h.title for h in hits]
    link = ctx.ticket_links.link(ticket.id, "article", hits[0].id).value
    assert link.label == "Printer shows error 42"
    assert [t.number for t in ctx.ticket_links.tickets_of("article", hits[0].id)] == [ticket.number]
    assert significant_words("Hello, the printer PRINTER is broken 42 times") == [
        "printer",
        "broken",
        "times",
    ]


def test_export_to_html_and_pdf(ctx, kb, tmp_path):
    article = kb["Printer shows error 42"]
    page = to_html(article)
    assert "<h1>Printer shows error 42</h1>" in page and "<li>Switch it off</li>" in page
    raw = ctx.knowledge.create(ArticleInput("Careful", "<script>alert(1)</script> **bold**")).value
    assert "<script>" not in to_html(raw) and "<strong>bold</strong>" in to_html(raw)
    pdf = to_pdf(article, tmp_path / "a.pdf")
    text = "".join(p.extract_text() for p in PdfReader(pdf).pages)
    assert "Printer shows error 42" in text and "Switch it off" in text and "fuser" in text
