"""What a sign-in keeps on this computer, in the OS keyring (`keyring`), never in a plain file: the
team server's URL (with its database password) and the "remember me" token of the last user.

When the OS offers no keyring (a bare Linux session: keyring's `fail` backend), saving raises
KeyringUnavailableError saying so; nothing is written anywhere else.
"""

from __future__ import annotations

import contextlib
import json
from typing import Any

from app.services.core.errors import RapportError

SERVICE = "Rapport"
SERVER_KEY = "server:{name}"  # the connection URL of a named server ("default" for the usual one)
TOKEN_KEY = "token:{url}"  # JSON {"email": ..., "token": ...} for a server URL (without password)


class KeyringUnavailableError(RapportError):
    """The OS has no usable keyring; connection settings and tokens are not saved."""


def _keyring() -> Any:
    import keyring
    from keyring.backends import fail

    backend = keyring.get_keyring()
    if isinstance(backend, fail.Keyring):
        raise KeyringUnavailableError(
            "this computer has no usable keyring (GNOME Keyring or KWallet on Linux, the Keychain on "
            "macOS, the Credential Locker on Windows), so Rapport saves no connection or sign-in; "
            "install or unlock one, or sign in each time"
        )
    return keyring


def available() -> bool:
    try:
        _keyring()
    except KeyringUnavailableError:
        return False
    return True


def save_server(url: str, name: str = "default") -> None:
    _keyring().set_password(SERVICE, SERVER_KEY.format(name=name), url)


def load_server(name: str = "default") -> str | None:
    value = _keyring().get_password(SERVICE, SERVER_KEY.format(name=name))
    return str(value) if value else None


def save_token(server: str, email: str, token: str) -> None:
    _keyring().set_password(
        SERVICE, TOKEN_KEY.format(url=server), json.dumps({"email": email, "token": token})
    )


def load_token(server: str) -> tuple[str, str] | None:
    """(email, token) remembered for this server, or None."""
    raw = _keyring().get_password(SERVICE, TOKEN_KEY.format(url=server))
    if not raw:
        return None
    try:
        data = json.loads(raw)
        return str(data["email"]), str(data["token"])
    except (ValueError, KeyError, TypeError):
        return None  # a damaged entry is as good as none


def forget_token(server: str) -> None:
    import keyring.errors

    with contextlib.suppress(keyring.errors.PasswordDeleteError):  # nothing was remembered
        _keyring().delete_password(SERVICE, TOKEN_KEY.format(url=server))


def save_secret(key: str, secret: str) -> None:
    """Keep any other secret (a mail account's password) under `key`."""
    _keyring().set_password(SERVICE, key, secret)


def load_secret(key: str) -> str | None:
    value = _keyring().get_password(SERVICE, key)
    return str(value) if value else None


def forget_secret(key: str) -> None:
    import keyring.errors

    with contextlib.suppress(keyring.errors.PasswordDeleteError):
        _keyring().delete_password(SERVICE, key)
