"""Mail accounts of the signed-in user: SMTP to send, IMAP to read; passwords only in the OS keyring."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, fields

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import MailAccount, MailSecurity
from app.services.access import keyring_store
from app.services.core.changes import ChangeKind
from app.services.core.errors import FieldError, NotFoundError, RapportError, ValidationError
from app.services.core.uow import UnitOfWorkFactory
from app.services.core.validation import normalise_email
from app.services.mail.transport import Endpoint, MailServerError, imap_connect, smtp_connect

PASSWORD_KEY = "mail:{account_id}:{kind}"  # kind: smtp or imap
SECURITIES = tuple(s.value for s in MailSecurity)

NIL = uuid.UUID(int=0)  # the default of a dataclass field after ones with defaults


@dataclass(frozen=True)
class MailAccountInput:
    name: str
    from_address: str
    smtp_host: str
    smtp_port: int = 587
    smtp_security: str = MailSecurity.STARTTLS.value
    smtp_username: str = ""
    from_name: str = ""
    imap_host: str = ""
    imap_port: int = 993
    imap_security: str = MailSecurity.TLS.value
    imap_username: str = ""
    sent_folder: str = "Sent"
    copy_to_sent: bool = True
    capture_address: str = ""
    per_minute: int = 60


@dataclass(frozen=True)
class MailAccountInfo(MailAccountInput):
    id: uuid.UUID = NIL
    user_id: uuid.UUID = NIL


@dataclass(frozen=True)
class ConnectionTest:
    smtp: str  # '' when it worked, else what went wrong
    imap: str  # '' when it worked or the account reads no mail

    @property
    def ok(self) -> bool:
        return not self.smtp and not self.imap


def validate(data: MailAccountInput) -> dict[str, object]:
    errors: list[FieldError] = []
    if not data.name.strip():
        errors.append(FieldError("name", "is required"))
    sender, err = normalise_email(data.from_address, "from_address")
    errors += [err] if err else []
    if not sender and not err:
        errors.append(FieldError("from_address", "is required"))
    capture, err = normalise_email(data.capture_address, "capture_address")
    errors += [err] if err else []
    if not data.smtp_host.strip():
        errors.append(FieldError("smtp_host", "is required"))
    for name in ("smtp_port", "imap_port"):
        if not 0 < int(getattr(data, name)) < 65536:
            errors.append(FieldError(name, f"{getattr(data, name)} is not a port (1-65535)"))
    for name in ("smtp_security", "imap_security"):
        if getattr(data, name) not in SECURITIES:
            errors.append(FieldError(name, f"'{getattr(data, name)}' is not one of {', '.join(SECURITIES)}"))
    if data.imap_host.strip() and not data.imap_username.strip():
        errors.append(FieldError("imap_username", "is required to read mail"))
    if capture and not data.imap_host.strip():
        errors.append(FieldError("capture_address", "needs an IMAP server to read the mail sent to it"))
    if not 1 <= data.per_minute <= 10_000:
        errors.append(
            FieldError("per_minute", f"{data.per_minute} is not between 1 and 10,000 mails a minute")
        )
    if errors:
        raise ValidationError(errors)
    values: dict[str, object] = {f.name: getattr(data, f.name) for f in fields(MailAccountInput)}
    values.update(
        name=data.name.strip(),
        from_address=sender,
        capture_address=capture,
        smtp_host=data.smtp_host.strip(),
        imap_host=data.imap_host.strip(),
        smtp_security=MailSecurity(data.smtp_security),
        imap_security=MailSecurity(data.imap_security),
    )
    return values


def info_of(row: MailAccount) -> MailAccountInfo:
    values = {f.name: getattr(row, f.name) for f in fields(MailAccountInfo)}
    values["smtp_security"] = row.smtp_security.value
    values["imap_security"] = row.imap_security.value
    return MailAccountInfo(**values)


def smtp_endpoint(account: MailAccountInfo) -> Endpoint:
    password = ""
    if account.smtp_username:  # a relay without sign-in needs no keyring at all
        password = keyring_store.load_secret(PASSWORD_KEY.format(account_id=account.id, kind="smtp")) or ""
    return Endpoint(
        account.smtp_host, account.smtp_port, account.smtp_security, account.smtp_username, password
    )


def imap_endpoint(account: MailAccountInfo) -> Endpoint:
    if not account.imap_host:
        raise RapportError(f"the mail account {account.name!r} has no IMAP server to read mail from")
    password = keyring_store.load_secret(PASSWORD_KEY.format(account_id=account.id, kind="imap")) or ""
    return Endpoint(
        account.imap_host, account.imap_port, account.imap_security, account.imap_username, password
    )


def load_account(session: Session, account_id: uuid.UUID) -> MailAccountInfo:
    row = session.get(MailAccount, account_id)
    if row is None or row.deleted_at is not None:
        raise NotFoundError("mail account", account_id)
    return info_of(row)


class MailAccountService:
    """Add, change, list and test the signed-in user's mail accounts."""

    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self.uow = uow

    def _user(self) -> uuid.UUID:
        if self.uow.user_id is None:
            raise RapportError("nobody is signed in, so there is no one whose mail account this is")
        return self.uow.user_id

    def add(
        self, data: MailAccountInput, smtp_password: str = "", imap_password: str = ""
    ) -> MailAccountInfo:
        """Save the account; its passwords go to the keyring inside the transaction (no keyring, no account)."""
        values = validate(data)
        user_id = self._user()
        with self.uow() as work:
            taken = work.session.scalar(
                select(MailAccount.id).where(
                    MailAccount.user_id == user_id,
                    MailAccount.name == values["name"],
                    MailAccount.deleted_at.is_(None),
                )
            )
            if taken is not None:
                raise ValidationError(
                    FieldError("name", f"you already have a mail account named {values['name']!r}")
                )
            row = MailAccount(user_id=user_id, **values)
            work.session.add(row)
            work.session.flush()
            self._save_passwords(row.id, smtp_password, imap_password)
            work.audit("mail_account", row.id, "create", "name", None, row.name)
            work.changed("mail_account", ChangeKind.CREATED, [row.id])
            return info_of(row)

    def update(
        self,
        account_id: uuid.UUID,
        data: MailAccountInput,
        smtp_password: str | None = None,
        imap_password: str | None = None,
    ) -> MailAccountInfo:
        """Change the account; a password given as None stays as it is."""
        values = validate(data)
        with self.uow() as work:
            row = work.session.get(MailAccount, account_id)
            if row is None or row.deleted_at is not None or row.user_id != self._user():
                raise NotFoundError("mail account", account_id)
            for key, value in values.items():
                setattr(row, key, value)
            work.session.flush()
            self._save_passwords(row.id, smtp_password, imap_password)
            work.audit("mail_account", row.id, "update")
            work.changed("mail_account", ChangeKind.UPDATED, [row.id])
            return info_of(row)

    @staticmethod
    def _save_passwords(account_id: uuid.UUID, smtp: str | None, imap: str | None) -> None:
        for kind, secret in (("smtp", smtp), ("imap", imap)):
            if secret:
                keyring_store.save_secret(PASSWORD_KEY.format(account_id=account_id, kind=kind), secret)

    def list(self) -> list[MailAccountInfo]:
        with self.uow.read() as session:
            rows = session.scalars(
                select(MailAccount)
                .where(MailAccount.user_id == self._user(), MailAccount.deleted_at.is_(None))
                .order_by(MailAccount.name)
            )
            return [info_of(r) for r in rows]

    def get(self, account_id: uuid.UUID) -> MailAccountInfo:
        with self.uow.read() as session:
            return load_account(session, account_id)

    def by_name(self, name: str | None) -> MailAccountInfo:
        """The account named `name`, or the user's only (first) account when no name is given."""
        accounts = self.list()
        if not accounts:
            raise RapportError(
                "you have no mail account yet: add one in Settings > Email or `rapport mail account add`"
            )
        if not name:
            return accounts[0]
        for account in accounts:
            if account.name == name:
                return account
        raise RapportError(f"no mail account named {name!r} (yours: {', '.join(a.name for a in accounts)})")

    def test(self, account_id: uuid.UUID) -> ConnectionTest:
        """Sign in to the SMTP server and, when there is one, the IMAP server; say what failed."""
        account = self.get(account_id)
        smtp_error = imap_error = ""
        try:
            smtp_connect(smtp_endpoint(account), timeout=15).quit()
        except (MailServerError, keyring_store.KeyringUnavailableError) as exc:
            smtp_error = str(exc)
        if account.imap_host:
            try:
                imap = imap_connect(imap_endpoint(account), timeout=15)
                status, _ = imap.select("INBOX", readonly=True)
                if status != "OK":
                    imap_error = (
                        f"the IMAP server {account.imap_host} has no INBOX for {account.imap_username}"
                    )
                imap.logout()
            except (MailServerError, keyring_store.KeyringUnavailableError) as exc:
                imap_error = str(exc)
        return ConnectionTest(smtp_error, imap_error)
