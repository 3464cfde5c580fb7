"""`rapport document list [--type T]` and `rapport document pdf NUMBER -o FILE`."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.commands.common import add_db_option, guarded, open_context

TYPES = ("quote", "sales_order", "purchase_order")


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = sub.add_parser("document", help="list documents or print one as PDF")
    actions = parser.add_subparsers(dest="document_action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="number, type, status, account and total of each document")
    listing.add_argument("--type", choices=TYPES, default="", help="only this document type")
    add_db_option(listing)
    listing.set_defaults(func=run_list)
    pdf = actions.add_parser("pdf", help="write a document as PDF")
    pdf.add_argument("number", help="the document number, e.g. Q-2026-0042")
    pdf.add_argument("-o", "--output", required=True, help="the PDF file to write")
    add_db_option(pdf)
    pdf.set_defaults(func=run_pdf)


def run_list(args: argparse.Namespace) -> int:
    def action() -> int:
        from app.models.money import fmt_amount

        ctx = open_context(args)
        try:
            rows = ctx.documents.rows(args.type)
        finally:
            ctx.close()
        print(f"{'NUMBER':<20} {'TYPE':<15} {'STATUS':<10} {'ACCOUNT':<32} {'TOTAL':>18}")
        for r in rows:
            total = fmt_amount(r.total, r.currency)
            print(f"{r.number:<20} {r.doc_type:<15} {r.status:<10} {r.account[:32]:<32} {total:>18}")
        return 0

    return guarded(action)


def run_pdf(args: argparse.Namespace) -> int:
    def action() -> int:
        from app.services.documents.pdf import render

        ctx = open_context(args)
        try:
            doc = ctx.documents.by_number(args.number)
            data = render(doc, ctx.company.get())
        finally:
            ctx.close()
        Path(args.output).write_bytes(data)
        print(f"{doc.number}: {len(doc.lines)} lines, total {doc.total} {doc.currency} -> {args.output}")
        return 0

    return guarded(action)
