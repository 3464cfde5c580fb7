"""`rapport serve [--host 127.0.0.1] [--port 8750]`: the HTTP API over this database (docs at /docs), and
`rapport token create|list|revoke`: the API tokens that open it.

On a team database (one where users sign in) the server itself signs in as a service account, `--as
EMAIL` with `--password-file` (or $RAPPORT_PASSWORD): that account only opens the database; every call
acts as its token's user. Without one it refuses to start and says how (docs/api.md).
"""

from __future__ import annotations

import argparse
import uuid
from pathlib import Path

from app.commands.common import add_db_option, guarded, open_context


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    serve = sub.add_parser("serve", help="serve the HTTP API (OpenAPI documentation at /docs)")
    serve.add_argument("--host", default="127.0.0.1", help="the address to listen on (default 127.0.0.1)")
    serve.add_argument("--port", type=int, default=8750, help="the port (default 8750)")
    serve.add_argument(
        "--workers",
        type=int,
        default=1,
        help="server processes (default 1; one per core serves more clients)",
    )
    add_db_option(serve)
    # also after `serve` (where a service definition naturally puts them); the global options still work
    serve.add_argument(
        "--as", dest="as_user", metavar="EMAIL", default=argparse.SUPPRESS,
        help="on a team database: the service account the server signs in as",
    )  # fmt: skip
    serve.add_argument(
        "--password-file", type=Path, default=argparse.SUPPRESS, help="that account's password (first line)"
    )
    serve.set_defaults(func=run_serve)

    token = sub.add_parser("token", help="create, list or revoke API tokens")
    actions = token.add_subparsers(dest="action", required=True)
    create = actions.add_parser("create", help="a new token, shown once")
    create.add_argument("name", help="what it is for, e.g. 'web shop'")
    create.add_argument("--user", default="", help="whose (name or email; default: you)")
    create.add_argument(
        "--scope", default="read", help="read, write and/or leads, comma-separated (default read)"
    )
    listing = actions.add_parser("list", help="the tokens, never their secret")
    revoke = actions.add_parser("revoke", help="stop a token working at once")
    revoke.add_argument("id", help="the token's id (from `rapport token list`)")
    for q in (create, listing, revoke):
        add_db_option(q)
        q.set_defaults(func=run_token)

    form = sub.add_parser("form", help="web forms that capture leads (posted to `rapport serve`)")
    form_actions = form.add_subparsers(dest="action", required=True)
    add = form_actions.add_parser("create", help="a new lead form")
    add.add_argument("name")
    add.add_argument("--fields", default="first_name,last_name,email,company,notes", help="comma-separated")
    add.add_argument("--required", default="last_name,email", help="comma-separated")
    add.add_argument("--consent", default="", help="the consent box's text (a ticked box is then required)")
    add.add_argument("--redirect", default="", help="the page to send the visitor to afterwards")
    add.add_argument("--origin", action="append", default=[], help="a site that may post it from a script")
    form_list = form_actions.add_parser("list", help="the forms")
    show = form_actions.add_parser("snippet", help="the HTML to paste into a web page")
    show.add_argument("id")
    show.add_argument("--base-url", default="http://127.0.0.1:8750", help="where `rapport serve` is reached")
    remove = form_actions.add_parser("delete", help="remove a form (its leads stay)")
    remove.add_argument("id")
    for q in (add, form_list, show, remove):
        add_db_option(q)
        q.set_defaults(func=run_form)


NEEDS_SERVICE_ACCOUNT = (
    "rapport serve: this is a team database, so the server signs in as a service account:\n"
    "  rapport serve --as api@your.office --password-file /etc/rapport/api-password ...\n"
    "(any active user will do; a read-only one is best: each call acts as its token's user, not as this "
    "account; see docs/api.md, 'On a team database')"
)


def run_serve(args: argparse.Namespace) -> int:
    def action() -> int:
        import os

        import uvicorn

        from app.api.app import create_app
        from app.api.server import DB_VARIABLE
        from app.services.access.signin import SignInError

        if args.workers < 1:
            raise SystemExit("rapport serve: --workers is 1 or more")
        try:
            ctx = open_context(args)  # checks and migrates the database, whatever the number of workers
        except SignInError as exc:
            if getattr(args, "as_user", None):
                raise
            raise SystemExit(NEEDS_SERVICE_ACCOUNT) from exc
        url = ctx.settings.db_url
        print(f"Rapport API on http://{args.host}:{args.port} (documentation: /docs); Ctrl+C stops it")
        if ctx.signed_in is not None:
            print(
                f"signed in as the service account {ctx.signed_in.email}; each call acts as its token's user"
            )
        try:
            if args.workers == 1:
                uvicorn.run(create_app(ctx), host=args.host, port=args.port, log_level="warning")
                return 0
        finally:
            ctx.close()
        os.environ[DB_VARIABLE] = url
        uvicorn.run(
            "app.api.server:worker_app", factory=True, workers=args.workers, host=args.host, port=args.port,
            log_level="warning",
        )  # fmt: skip
        return 0

    return guarded(action)


def run_token(args: argparse.Namespace) -> int:
    def action() -> int:
        ctx = open_context(args)
        try:
            if args.action == "create":
                user = _user(ctx, args.user)
                secret, info = ctx.tokens.create(user.id, args.name, args.scope)
                print(
                    f"token {info.id} for {info.user} ({' '.join(info.scopes)}); copy it now, it is not shown again:"
                )
                print(secret)
            elif args.action == "list":
                for t in ctx.tokens.list():
                    state = (
                        "revoked"
                        if t.revoked_at
                        else f"last used {t.last_used_at:%Y-%m-%d}"
                        if t.last_used_at
                        else "never used"
                    )
                    print(f"{t.id}  {t.prefix}…  {t.user}  {t.name}  [{' '.join(t.scopes)}]  {state}")
            else:
                try:
                    token_id = uuid.UUID(args.id)
                except ValueError:
                    raise SystemExit(
                        f"rapport token: {args.id!r} is not a token id (see `rapport token list`)"
                    ) from None
                info = ctx.tokens.revoke(token_id)
                print(f"token {info.id} ({info.name}, {info.user}) revoked")
        finally:
            ctx.close()
        return 0

    return guarded(action)


def _user(ctx, wanted: str):  # type: ignore[no-untyped-def]
    if not wanted:
        if ctx.current_user is None:
            raise SystemExit("rapport token: say whose token with --user")
        return ctx.current_user
    users = ctx.lookups.users()
    for user in users:
        if wanted.lower() in (user.name.lower(), user.email.lower()):
            return user
    raise SystemExit(f"rapport token: no user {wanted!r} (users: {', '.join(u.name for u in users[:10])})")


def run_form(args: argparse.Namespace) -> int:
    def action() -> int:
        from app.services.integration.web_forms import WebForm, snippet

        def names(text: str) -> tuple[str, ...]:
            return tuple(x.strip() for x in text.split(",") if x.strip())

        ctx = open_context(args)
        try:
            if args.action == "create":
                made = ctx.web_forms.save(
                    WebForm("", args.name, names(args.fields), names(args.required), args.consent,
                            args.redirect, allowed_origins=tuple(args.origin))
                )  # fmt: skip
                print(
                    f"form {made.id} ({made.name}) created; `rapport form snippet {made.id}` gives its HTML"
                )
            elif args.action == "list":
                for f in ctx.web_forms.list():
                    print(f"{f.id}  {f.name}  [{', '.join(f.fields)}]{'  (off)' if not f.enabled else ''}")
            elif args.action == "snippet":
                print(snippet(ctx.web_forms.get(args.id), args.base_url), end="")
            else:
                ctx.web_forms.delete(args.id)
                print(f"form {args.id} deleted")
        finally:
            ctx.close()
        return 0

    return guarded(action)
