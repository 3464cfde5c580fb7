"""`rapport kb add|search|suggest|export|list`: the knowledge base from the command line."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.commands.common import add_db_option, guarded, open_context


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("kb", help="knowledge base: add, list, search, suggest for a ticket, export")
    actions = p.add_subparsers(dest="action", required=True)
    add = actions.add_parser("add", help="add an article (Markdown from --file, or the text)")
    add.add_argument("title")
    add.add_argument("--category", default="")
    add.add_argument("--file", type=Path, help="a Markdown file with the article's text")
    add.add_argument("--text", default="")
    add.add_argument("--draft", action="store_true", help="not published: left out of search and suggestions")
    listing = actions.add_parser("list", help="the articles, by title")
    listing.add_argument("--category", default="")
    search = actions.add_parser("search", help="ranked full-text search")
    search.add_argument("text")
    suggest = actions.add_parser("suggest", help="articles that may answer a ticket")
    suggest.add_argument("number", help="the ticket's number, e.g. T-2026-00012")
    export = actions.add_parser("export", help="an article as HTML or PDF for a customer")
    export.add_argument("title", help="the article's title (or the start of it)")
    export.add_argument("out", type=Path, help="FILE.html or FILE.pdf")
    for q in (add, listing, search, suggest, export):
        add_db_option(q)
        q.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    def action() -> int:
        from app.services.core.listing import ListQuery
        from app.services.service_desk.knowledge import ArticleInput

        ctx = open_context(args)
        try:
            kb = ctx.knowledge
            if args.action == "add":
                body = args.file.read_text(encoding="utf-8") if args.file else args.text
                made = kb.create(ArticleInput(args.title, body, args.category, not args.draft)).value
                print(f"added “{made.title}”{' (draft)' if args.draft else ''}")
            elif args.action == "list":
                query = ListQuery(sort="title", kind=args.category)
                for row in kb.page(query, 0, 500, kb.count(query)).rows:
                    print(f"{row.category or '-':<16} {row.title}{'' if row.published else '  (draft)'}")
            elif args.action in ("search", "suggest"):
                if args.action == "search":
                    hits = kb.search(args.text)
                else:
                    from app.commands.ticket import _by_number

                    hits = kb.suggest(_by_number(ctx.tickets, args.number).id)
                for rank, hit in enumerate(hits, 1):
                    print(f"{rank:>2}. {hit.title}  [{hit.category or '-'}]\n    {hit.snippet}")
                if not hits:
                    print("no article matches")
            else:
                return _export(kb, args)
        finally:
            ctx.close()
        return 0

    return guarded(action)


def _export(kb, args: argparse.Namespace) -> int:  # type: ignore[no-untyped-def]
    from app.services.core.listing import ListQuery
    from app.services.service_desk.knowledge_export import to_html, to_pdf

    wanted = args.title.strip().lower()
    rows = [r for r in kb.page(ListQuery(sort="title"), 0, 5000, kb.count(ListQuery())).rows]
    found = [r for r in rows if r.title.lower() == wanted] or [
        r for r in rows if r.title.lower().startswith(wanted)
    ]
    if len(found) != 1:
        names = ", ".join(f"“{r.title}”" for r in found[:5]) or "none"
        raise SystemExit(f"rapport kb export: {len(found)} articles match “{args.title}” ({names})")
    article = kb.get(found[0].id)
    if args.out.suffix.lower() == ".pdf":
        to_pdf(article, args.out)
    elif args.out.suffix.lower() in (".html", ".htm"):
        args.out.write_text(to_html(article), encoding="utf-8")
    else:
        raise SystemExit("rapport kb export: the file must end in .html or .pdf")
    print(f"wrote {args.out}")
    return 0
