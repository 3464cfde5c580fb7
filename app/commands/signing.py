"""Signing in from the command line: `--as EMAIL`, with the password from `--password-file`,
$RAPPORT_PASSWORD, a "remember me" token in the OS keyring, or a prompt (when typing at a terminal).

On a local file where nobody has a password, `--as EMAIL` alone acts as that user.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from app.config import Settings

if TYPE_CHECKING:
    from app.context import AppContext

ENV_PASSWORD = "RAPPORT_PASSWORD"


def add_sign_in_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--as", dest="as_user", metavar="EMAIL", help="sign in as this user (team databases)")
    parser.add_argument(
        "--password-file", type=Path, help=f"read the password from this file (or set ${ENV_PASSWORD})"
    )
    parser.add_argument(
        "--remember", action="store_true", help="keep a revocable sign-in token in the OS keyring"
    )


def read_password(path: Path | None) -> str | None:
    """The password of --password-file (first line) or $RAPPORT_PASSWORD, else None."""
    if path is not None:
        try:
            return path.read_text(encoding="utf-8").splitlines()[0] if path.stat().st_size else ""
        except OSError as exc:
            raise SystemExit(f"rapport: cannot read the password file {path}: {exc.strerror}") from None
    return os.environ.get(ENV_PASSWORD)


def server_key(settings: Settings) -> str:
    """How the keyring names a server: its URL without the password."""
    return settings.display_url


def open_signed_in(settings: Settings, args: argparse.Namespace) -> AppContext:
    from app.context import AppContext
    from app.services.access import keyring_store
    from app.services.access.signin import Credentials, PasswordRequiredError

    email = str(args.as_user).strip().lower()
    password = read_password(getattr(args, "password_file", None))
    remember = bool(getattr(args, "remember", False))
    token = None
    if password is None and keyring_store.available():
        saved = keyring_store.load_token(server_key(settings))
        token = saved[1] if saved and saved[0] == email else None
    credentials = Credentials(
        email, password, token, remember, device=f"rapport CLI on {os.uname().nodename}"
    )
    try:
        ctx = AppContext.open(settings, user=credentials)
    except PasswordRequiredError:
        if not sys.stdin.isatty():
            raise
        credentials = Credentials(email, getpass.getpass(f"Password for {email}: "), None, remember)
        ctx = AppContext.open(settings, user=credentials)
    signed = getattr(ctx, "signed_in", None)
    if remember and signed is not None and signed.token:
        keyring_store.save_token(server_key(settings), email, signed.token)
    return ctx
