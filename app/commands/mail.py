"""`rapport mail account add|test|list`, `mail template add|list`, `mail send`, `mail fetch`, `mail outbox`.

Passwords are asked for (never shown), or read from RAPPORT_SMTP_PASSWORD / RAPPORT_IMAP_PASSWORD in
scripts; they are kept in the OS keyring, never in the database.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from app.commands.common import add_db_option, guarded, open_context


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("mail", help="email: accounts, templates, send, fetch, outbox")
    groups = p.add_subparsers(dest="group", required=True)
    account = groups.add_parser("account", help="your mail accounts").add_subparsers(
        dest="action", required=True
    )
    add = account.add_parser("add", help="add an SMTP (and IMAP) account; asks for the passwords")
    add.add_argument("name")
    add.add_argument("--from", dest="from_address", required=True, help="the sender address")
    add.add_argument("--from-name", default="")
    add.add_argument("--smtp-host", required=True)
    add.add_argument("--smtp-port", type=int, default=587)
    add.add_argument("--smtp-security", default="starttls", help="none, starttls or tls")
    add.add_argument("--smtp-user", default="", help="user name to sign in with (none: no sign-in)")
    add.add_argument("--imap-host", default="", help="where to read mail (none: send only)")
    add.add_argument("--imap-port", type=int, default=993)
    add.add_argument("--imap-security", default="tls", help="none, starttls or tls")
    add.add_argument("--imap-user", default="")
    add.add_argument("--sent-folder", default="Sent")
    add.add_argument("--no-copy-to-sent", action="store_true", help="the server files sent mail itself")
    add.add_argument("--capture", default="", help="mail to this address from strangers becomes a lead")
    add.add_argument("--per-minute", type=int, default=60, help="sending pace")
    test = account.add_parser("test", help="sign in to the account's servers and say what failed")
    test.add_argument("name", nargs="?")
    listing = account.add_parser("list", help="your mail accounts")
    template = groups.add_parser("template", help="email templates").add_subparsers(
        dest="action", required=True
    )
    tadd = template.add_parser("add", help="save a template (merge fields like {{ recipient.first_name }})")
    tadd.add_argument("name")
    tadd.add_argument("--subject", required=True)
    tadd.add_argument("--text", default="", help="the plain text, or @FILE")
    tadd.add_argument("--html", default="", help="the HTML, or @FILE")
    tlist = template.add_parser("list", help="the saved templates")
    send = groups.add_parser("send", help="write to a contact, lead or account (by address or id)")
    send.add_argument("--to", required=True, help="the recipient's email address or id")
    send.add_argument("--template", default="", help="a saved template's name")
    send.add_argument("--subject", default="")
    send.add_argument("--text", default="", help="the text (or @FILE) when no template is named")
    send.add_argument("--document", default="", help="attach this document's PDF (its number)")
    send.add_argument("--queue-only", action="store_true", help="queue it; `mail outbox --send` sends")
    fetch = groups.add_parser("fetch", help="read new mail: log it, capture leads, note bounces")
    fetch.add_argument("--folder", default="INBOX")
    outbox = groups.add_parser("outbox", help="the mails waiting, sent and failed")
    outbox.add_argument("--status", default="", help="queued, sending, sent or failed")
    outbox.add_argument("--send", action="store_true", help="send what is queued, at the account's pace")
    outbox.add_argument("--resend", default="", help="queue this failed mail (its id) again")
    for q in (add, test, listing, tadd, tlist, send, fetch, outbox):
        add_db_option(q)
        q.add_argument("--account", default="", help="which of your mail accounts (default: the first)")
        q.set_defaults(func=run)


def _text(value: str) -> str:
    return (
        Path(value[1:]).read_text(encoding="utf-8") if value.startswith("@") else value.replace("\\n", "\n")
    )


def _password(kind: str, needed: bool) -> str:
    from_env = os.environ.get(f"RAPPORT_{kind.upper()}_PASSWORD")
    if from_env is not None or not needed:
        return from_env or ""
    return getpass.getpass(f"{kind.upper()} password: ")


def _progress(done: int, total: int) -> None:
    print(f"\rsent {done} of {total}", end="", file=sys.stderr, flush=True)


def run(args: argparse.Namespace) -> int:
    def action() -> int:
        ctx = open_context(args)
        try:
            return _run(ctx, args)
        finally:
            ctx.close()

    return guarded(action)


def _run(ctx, args: argparse.Namespace) -> int:  # type: ignore[no-untyped-def]
    from app.services.mail.accounts import MailAccountInput
    from app.services.mail.compose import Draft
    from app.services.mail.templates import TemplateInput

    if args.group == "account" and args.action == "add":
        data = MailAccountInput(
            args.name,
            args.from_address,
            args.smtp_host,
            args.smtp_port,
            args.smtp_security,
            args.smtp_user,
            args.from_name,
            args.imap_host,
            args.imap_port,
            args.imap_security,
            args.imap_user,
            args.sent_folder,
            not args.no_copy_to_sent,
            args.capture,
            args.per_minute,
        )
        made = ctx.mail_accounts.add(
            data, _password("smtp", bool(args.smtp_user)), _password("imap", bool(args.imap_host))
        )
        print(
            f"mail account {made.name!r} added for {made.from_address}; test it with `rapport mail account test`"
        )
        return 0
    if args.group == "account" and args.action == "list":
        for info in ctx.mail_accounts.list():
            reads = f", reads {info.imap_username}@{info.imap_host}" if info.imap_host else ""
            capture = f", captures {info.capture_address}" if info.capture_address else ""
            print(
                f"{info.name}: {info.from_address} via {info.smtp_host}:{info.smtp_port} ({info.smtp_security}){reads}{capture}"
            )
        return 0
    if args.group == "template":
        if args.action == "add":
            saved = ctx.email_templates.save(
                TemplateInput(args.name, args.subject, _text(args.text), _text(args.html))
            )
            print(f"template {saved.name!r} saved")
        else:
            for t in ctx.email_templates.list():
                print(f"{t.name}: {t.subject}")
        return 0
    account = ctx.mail_accounts.by_name(args.account or getattr(args, "name", None))
    if args.group == "account":  # test
        result = ctx.mail_accounts.test(account.id)
        print(f"SMTP: {result.smtp or 'OK'}")
        print(f"IMAP: {result.imap or 'OK' if account.imap_host else 'not set up (send only)'}")
        return 0 if result.ok else 1
    if args.group == "send":
        draft = (
            Draft(template_id=ctx.email_templates.by_name(args.template).id)
            if args.template
            else Draft(subject=args.subject, body_text=_text(args.text))
        )
        if args.document:
            doc = ctx.documents.by_number(args.document)
            queued = ctx.mail.email_document(
                account.id, doc.id, None if not (args.template or args.subject) else draft
            )
        else:
            entity, record_id, name = ctx.mail.find_recipient(args.to)
            queued = ctx.mail.send(account.id, draft, entity, record_id)
            print(f"queued for {name} <{queued.to}>")
        if not args.queue_only:
            report = ctx.mail.deliver(account.id, progress=_progress)
            print(f"\nsent {report.sent}, failed {report.failed}")
            return 0 if report.failed == 0 else 1
        return 0
    if args.group == "fetch":
        got = ctx.mail.fetch(account.id, folder=args.folder)
        print(
            f"read {got.read}: {got.logged} logged on timelines, {got.leads} new leads, {got.replies} replies, "
            f"{got.bounces} bounces, {got.ignored} left alone"
        )
        return 0
    if args.resend:
        import uuid

        ctx.mail.resend(uuid.UUID(args.resend))
        print("queued again")
    if args.send:
        report = ctx.mail.deliver(account.id, progress=_progress)
        print(f"\nsent {report.sent}, failed {report.failed}, uncertain {report.uncertain}")
    for row in ctx.mail.outbox(args.status or None):
        when = f"{row.sent_at:%Y-%m-%d %H:%M}" if row.sent_at else f"{row.created_at:%Y-%m-%d %H:%M}"
        print(
            f"{row.id}  {row.status:<7} {when}  {row.to}  {row.subject}{'  — ' + row.error if row.error else ''}"
        )
    return 0
