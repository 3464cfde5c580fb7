"""Open SMTP and IMAP connections with the account's security (none, STARTTLS or implicit TLS)."""

from __future__ import annotations

import imaplib
import smtplib
import ssl
from dataclasses import dataclass

from app.models import MailSecurity
from app.services.core.errors import RapportError

TIMEOUT_SECONDS = 30


class MailServerError(RapportError):
    """A mail server could not be reached, refused the sign-in or answered with an error."""


@dataclass(frozen=True)
class Endpoint:
    host: str
    port: int
    security: str  # MailSecurity value
    username: str
    password: str


def smtp_connect(end: Endpoint, timeout: float = TIMEOUT_SECONDS) -> smtplib.SMTP:
    """A signed-in SMTP connection (no sign-in when the account has no user name)."""
    context = ssl.create_default_context()
    try:
        if end.security == MailSecurity.TLS:
            smtp: smtplib.SMTP = smtplib.SMTP_SSL(end.host, end.port, timeout=timeout, context=context)
        else:
            smtp = smtplib.SMTP(end.host, end.port, timeout=timeout)
        smtp.ehlo()
        if end.security == MailSecurity.STARTTLS:
            smtp.starttls(context=context)
            smtp.ehlo()
        if end.username:
            smtp.login(end.username, end.password)
    except smtplib.SMTPAuthenticationError as exc:
        raise MailServerError(
            f"the SMTP server {end.host} refused the sign-in of {end.username}: {_said(exc)}"
        ) from None
    except (smtplib.SMTPException, OSError) as exc:
        raise MailServerError(f"cannot send through {end.host}:{end.port} ({end.security}): {exc}") from None
    return smtp


def imap_connect(end: Endpoint, timeout: float = TIMEOUT_SECONDS) -> imaplib.IMAP4:
    """A signed-in IMAP connection."""
    context = ssl.create_default_context()
    try:
        if end.security == MailSecurity.TLS:
            imap: imaplib.IMAP4 = imaplib.IMAP4_SSL(end.host, end.port, ssl_context=context, timeout=timeout)
        else:
            imap = imaplib.IMAP4(end.host, end.port, timeout=timeout)
            if end.security == MailSecurity.STARTTLS:
                imap.starttls(ssl_context=context)
        imap.login(end.username, end.password)
    except imaplib.IMAP4.error as exc:
        raise MailServerError(
            f"the IMAP server {end.host} refused the sign-in of {end.username}: {exc}"
        ) from None
    except OSError as exc:
        raise MailServerError(
            f"cannot read mail from {end.host}:{end.port} ({end.security}): {exc}"
        ) from None
    return imap


def _said(exc: smtplib.SMTPResponseException) -> str:
    raw = exc.smtp_error
    return raw.decode("utf-8", "replace") if isinstance(raw, bytes) else str(raw)
