"""Documents as PDF (issue 5): a 100-line purchase order rendered, and a batch of documents rendered.

Runs on its own fresh database (documents created through the services), so it measures the same at
every `--size`; `--size small` renders a batch of 50 to prove it works, `--size large` the issue's 1,000.
"""

from __future__ import annotations

import tempfile
import time
from datetime import date
from pathlib import Path

from app.config import Settings
from app.context import AppContext
from app.services.documents.company import CompanySettings
from app.services.documents.document_input import DocumentInput, LineInput
from app.services.documents.pdf import render
from app.services.records.accounts import AccountInput
from benchmarks.common import Result, median_ms

SECTION = "Documents as PDF (issue 5)"
COMPANY = CompanySettings(name="Rapport Bench GmbH", address="Benchstraße 1\n10115 Berlin", tax_id="DE123")


def _lines(n: int) -> tuple[LineInput, ...]:
    return tuple(
        LineInput(
            f"Part {i:03d} \u2013 Güte A, Øresund",
            str(1 + i % 7),
            f"{3 + i}.{i % 100:02d}",
            str(i % 3 * 5),
            "19" if i % 4 else "7",
            "pc",
        )
        for i in range(n)
    )


def run(batch: int) -> list[Result]:
    with tempfile.TemporaryDirectory(prefix="rapport-bench-docs-") as tmp:
        ctx = AppContext.open(Settings(db_url=f"sqlite:///{Path(tmp) / 'docs.db'}"))
        try:
            return _measure(ctx, batch)
        finally:
            ctx.close()


def _measure(ctx: AppContext, batch: int) -> list[Result]:
    supplier = ctx.accounts.create(
        AccountInput(name="Ørsted & <Sons>", address="Kai 4", city="Aarhus", country="DK")
    )
    po = ctx.documents.create(
        DocumentInput(
            doc_type="purchase_order",
            account_id=supplier.value.id,
            issued_on=date(2026, 2, 1),
            lines=_lines(100),
        )
    ).value
    render(po, COMPANY)  # fonts registered, modules warm: the app renders after it has started
    one = median_ms(lambda: render(po, COMPANY), repeat=7)
    pages = render(po, COMPANY).count(b"/Type /Page\n") or None
    ids = [
        ctx.documents.create(
            DocumentInput(doc_type="quote", account_id=supplier.value.id, lines=_lines(1 + i % 12))
        ).value.id
        for i in range(batch)
    ]
    started = time.perf_counter()
    company = ctx.company.get()
    for doc_id in ids:
        render(ctx.documents.get(doc_id), company)
    seconds = time.perf_counter() - started
    note = f"{len(po.lines)} lines" + (f", {pages} pages" if pages else "")
    return [
        Result("PDF: 100-line purchase order", one, "ms", 150, note=note),
        Result(
            f"PDF: batch of {batch:,} documents (read + render)",
            seconds,
            "s",
            60 if batch >= 1000 else None,
            note=f"1-12 lines each; {seconds / batch * 1000:.0f} ms per document",
        ),
    ]
