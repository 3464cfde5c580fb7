"""Send the outbox at the account's pace, each mail exactly once across crashes (docs/email.md).

A mail goes queued -> sending (claimed by this process, committed) -> the SMTP MAIL and RCPT commands ->
`data_started_at` committed -> DATA -> sent (committed, logged on the record's timeline). A deliverer that
finds a "sending" row whose claimer is gone resolves it:
- no `data_started_at`: the server never received the message, so it is provably unsent and queued again;
- `data_started_at` set: the message may have arrived. If the account's Sent folder holds its Message-ID
  it was sent (marked so); otherwise it is marked failed as *uncertain* and never re-sent by itself: the
  user decides (`rapport mail outbox --resend ID`). A duplicate is worse than a question.
"""

from __future__ import annotations

import contextlib
import imaplib
import os
import smtplib
import socket
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from email.policy import SMTP as SMTP_POLICY  # CRLF line ends: smtplib sends bytes as they are

from sqlalchemy import func, select

from app.models import MailAttachment, MailDirection, MailOutbox, OutboxStatus, utcnow
from app.services.core.changes import ChangeKind
from app.services.core.uow import UnitOfWorkFactory
from app.services.mail.accounts import MailAccountInfo, imap_endpoint, load_account, smtp_endpoint
from app.services.mail.mail_log import MailLog, log_mail, thread_of
from app.services.mail.message import build_message
from app.services.mail.transport import MailServerError, imap_connect, smtp_connect

LEASE = timedelta(minutes=10)  # a claim from another computer is taken over only after this
MAX_ATTEMPTS = 5
UNCERTAIN = (
    "interrupted while the mail server was receiving it and not found in the Sent folder: it may have "
    "arrived, so it is not re-sent by itself; check with the recipient and resend it if needed"
)

Progress = Callable[[int, int], None]  # (done, total)
# Accounts being delivered by this process: a claim made by this process's id is taken for a crashed
# run's only when no delivery of that account is running here (the GUI may start one while one runs).
_RUNNING: set[uuid.UUID] = set()
_RUNNING_LOCK = threading.Lock()
Cancel = Callable[[], bool]


@dataclass(frozen=True)
class DeliveryReport:
    sent: int = 0
    failed: int = 0
    requeued: int = 0  # temporary refusals, tried again on the next run
    recovered_sent: int = 0  # interrupted ones found in the Sent folder
    recovered_queued: int = 0  # interrupted before the server had them: sent again
    uncertain: int = 0
    cancelled: bool = False
    already_running: bool = False  # another delivery of this account runs in this process


def claim_token() -> str:
    return f"{socket.gethostname()[:20]}:{os.getpid()}"


def _claimer_gone(claim: str, claimed_at: datetime | None, now: datetime) -> bool:
    host, _, pid = claim.rpartition(":")
    if host == socket.gethostname()[:20] and pid.isdigit():
        if int(pid) == os.getpid():
            return True  # this process claimed it in an earlier, interrupted run
        try:
            os.kill(int(pid), 0)
        except ProcessLookupError:
            return True
        except PermissionError:
            return False
        return False
    return claimed_at is None or now - claimed_at > LEASE


def _in_sent_folder(imap: imaplib.IMAP4, folder: str, message_id: str) -> bool:
    status, _ = imap.select(_quoted(folder), readonly=True)
    if status != "OK":
        return False
    status, data = imap.uid("SEARCH", "HEADER", "Message-ID", _quoted(message_id))
    return status == "OK" and bool(data and data[0] and data[0].split())


def _quoted(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


class Deliverer:
    """One run over one account's outbox."""

    def __init__(self, uow: UnitOfWorkFactory, account_id: uuid.UUID) -> None:
        self.uow = uow
        with uow.read() as session:
            self.account: MailAccountInfo = load_account(session, account_id)
        self.token = claim_token()
        self._imap: imaplib.IMAP4 | None = None

    def imap(self) -> imaplib.IMAP4:
        if self._imap is None:
            self._imap = imap_connect(imap_endpoint(self.account))
        return self._imap

    def close(self) -> None:
        if self._imap is not None:
            with contextlib.suppress(imaplib.IMAP4.error, OSError):
                self._imap.logout()
            self._imap = None

    def recover(self) -> tuple[int, int, int]:
        """Resolve interrupted sends: (found sent, queued again, uncertain)."""
        now = utcnow()
        with self.uow.read() as session:
            rows = session.execute(
                select(
                    MailOutbox.id,
                    MailOutbox.claim,
                    MailOutbox.claimed_at,
                    MailOutbox.data_started_at,
                    MailOutbox.message_id,
                ).where(
                    MailOutbox.mail_account_id == self.account.id, MailOutbox.status == OutboxStatus.SENDING
                )
            ).all()
        found = queued = uncertain = 0
        for row_id, claim, claimed_at, data_started, message_id in rows:
            if not _claimer_gone(claim, claimed_at, now):
                continue
            if data_started is None:
                self._set(row_id, OutboxStatus.QUEUED, "")
                queued += 1
            elif self.account.imap_host and _in_sent_folder(
                self.imap(), self.account.sent_folder, message_id
            ):
                self._mark_sent(row_id, data_started)
                found += 1
            else:
                self._set(row_id, OutboxStatus.FAILED, UNCERTAIN)
                uncertain += 1
        return found, queued, uncertain

    def _set(self, row_id: uuid.UUID, status: OutboxStatus, error: str) -> None:
        with self.uow() as work:
            row = work.session.get(MailOutbox, row_id)
            assert row is not None
            row.status, row.error, row.claim = status, error, ""
            if status is OutboxStatus.QUEUED:
                row.data_started_at = None
            work.changed("mail_outbox", ChangeKind.UPDATED, [row_id])

    def _mark_sent(self, row_id: uuid.UUID, at: datetime) -> None:
        """Sent, and logged on the record's timeline, in one transaction."""
        with self.uow() as work:
            row = work.session.get(MailOutbox, row_id)
            assert row is not None
            row.status, row.sent_at, row.claim, row.error = OutboxStatus.SENT, at, "", ""
            links = {
                "contact_id": row.contact_id,
                "lead_id": row.lead_id,
                "account_id": row.account_id,
                "deal_id": row.deal_id,
            }
            log = MailLog(
                MailDirection.OUT,
                row.from_address,
                row.to_address,
                row.subject,
                row.body_text,
                row.body_html,
                row.message_id,
                row.in_reply_to,
                at,
                links,
                row.mail_account_id,
                self.account.user_id,
            )
            log_mail(work.session, log, thread_of(work.session, row.message_id, row.in_reply_to))
            work.changed("mail_outbox", ChangeKind.UPDATED, [row_id])
            work.changed("activity", ChangeKind.CREATED, [])

    def pending(self) -> int:
        with self.uow.read() as session:
            return int(
                session.scalar(
                    select(func.count())
                    .select_from(MailOutbox)
                    .where(
                        MailOutbox.mail_account_id == self.account.id,
                        MailOutbox.status == OutboxStatus.QUEUED,
                    )
                )
                or 0
            )

    def claim_next(self) -> tuple[uuid.UUID, bytes, str, str] | None:
        """Claim the oldest queued mail: (id, message bytes, from, to), committed as "sending"."""
        with self.uow() as work:
            row = work.session.scalar(
                select(MailOutbox)
                .where(
                    MailOutbox.mail_account_id == self.account.id, MailOutbox.status == OutboxStatus.QUEUED
                )
                .order_by(MailOutbox.id)
                .limit(1)
            )
            if row is None:
                return None
            row.status, row.claim, row.claimed_at = OutboxStatus.SENDING, self.token, utcnow()
            row.attempts += 1
            attachments = work.session.scalars(
                select(MailAttachment).where(MailAttachment.outbox_id == row.id)
            ).all()
            data = build_message(row, attachments, self.account.from_name).as_bytes(policy=SMTP_POLICY)
            return row.id, data, row.from_address, row.to_address

    def send_one(self, smtp: smtplib.SMTP, row_id: uuid.UUID, data: bytes, sender: str, to: str) -> str:
        """'sent', 'failed' or 'requeued'."""
        code, answer = smtp.mail(sender)
        if code == 250:
            code, answer = smtp.rcpt(to)
        if code not in (250, 251):
            smtp.rset()
            return self._refused(row_id, code, answer)
        with self.uow() as work:
            row = work.session.get(MailOutbox, row_id)
            assert row is not None
            row.data_started_at = utcnow()
        try:
            code, answer = smtp.data(data)
        except (smtplib.SMTPServerDisconnected, OSError):
            self._resolve_now(row_id)
            raise
        if code != 250:
            return self._refused(row_id, code, answer, after_data=True)
        self._mark_sent(row_id, utcnow())
        if self.account.copy_to_sent and self.account.imap_host:
            self._copy_to_sent(data)
        return "sent"

    def _refused(self, row_id: uuid.UUID, code: int, answer: bytes, after_data: bool = False) -> str:
        said = f"{code} {answer.decode('utf-8', 'replace')}"
        with self.uow() as work:
            row = work.session.get(MailOutbox, row_id)
            assert row is not None
            row.claim, row.data_started_at = "", None
            temporary = 400 <= code < 500 and row.attempts < MAX_ATTEMPTS
            row.status = OutboxStatus.QUEUED if temporary else OutboxStatus.FAILED
            row.error = f"the server refused {'the message' if after_data else row.to_address}: {said}"
        return "requeued" if temporary else "failed"

    def _resolve_now(self, row_id: uuid.UUID) -> None:
        """The connection broke during DATA: sent if the Sent folder has it, else uncertain."""
        with self.uow.read() as session:
            message_id = session.scalar(select(MailOutbox.message_id).where(MailOutbox.id == row_id)) or ""
        try:
            found = bool(self.account.imap_host) and _in_sent_folder(
                self.imap(), self.account.sent_folder, message_id
            )
        except (MailServerError, imaplib.IMAP4.error, OSError):
            found = False
        if found:
            self._mark_sent(row_id, utcnow())
        else:
            self._set(row_id, OutboxStatus.FAILED, UNCERTAIN)

    def _copy_to_sent(self, data: bytes) -> None:
        """A copy in the Sent folder (best effort: the mail is already sent and logged)."""
        try:
            self.imap().append(_quoted(self.account.sent_folder), "\\Seen", None, data)
        except (MailServerError, imaplib.IMAP4.error, OSError):
            self._imap = None


def deliver_outbox(
    uow: UnitOfWorkFactory,
    account_id: uuid.UUID,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    per_minute: int | None = None,
    limit: int | None = None,
    sleep: Callable[[float], None] = time.sleep,
) -> DeliveryReport:
    """Send the account's queued mail at `per_minute` (the account's pace when None) until none is left,
    `limit` are sent or `cancel()` says stop; `progress(done, total)` after each mail."""
    with _RUNNING_LOCK:
        if account_id in _RUNNING:  # the running one sends what was queued since: claims stay unambiguous
            return DeliveryReport(already_running=True)
        _RUNNING.add(account_id)
    try:
        return _deliver(uow, account_id, progress, cancel, per_minute, limit, sleep)
    finally:
        with _RUNNING_LOCK:
            _RUNNING.discard(account_id)


def _deliver(
    uow: UnitOfWorkFactory,
    account_id: uuid.UUID,
    progress: Progress | None,
    cancel: Cancel | None,
    per_minute: int | None,
    limit: int | None,
    sleep: Callable[[float], None],
) -> DeliveryReport:
    run = Deliverer(uow, account_id)
    counts = {"sent": 0, "failed": 0, "requeued": 0}
    cancelled = False
    smtp: smtplib.SMTP | None = None
    try:
        found, queued, uncertain = run.recover()
        total = run.pending()
        interval = 60.0 / (per_minute or run.account.per_minute)
        done = 0
        next_slot = time.monotonic()
        while limit is None or done < limit:
            if cancel is not None and cancel():
                cancelled = True
                break
            claimed = run.claim_next()
            if claimed is None:
                break
            if smtp is None:
                try:
                    smtp = smtp_connect(smtp_endpoint(run.account))
                except MailServerError:
                    run._set(claimed[0], OutboxStatus.QUEUED, "")
                    raise
            counts[run.send_one(smtp, *claimed)] += 1
            done += 1
            if progress is not None:
                progress(done, max(total, done))
            next_slot += interval
            cancelled = _wait_until(next_slot, cancel, sleep)
            if cancelled:
                break
    finally:
        if smtp is not None:
            with contextlib.suppress(smtplib.SMTPException, OSError):
                smtp.quit()
        run.close()
    return DeliveryReport(
        counts["sent"], counts["failed"], counts["requeued"], found, queued, uncertain, cancelled
    )


def _wait_until(moment: float, cancel: Cancel | None, sleep: Callable[[float], None]) -> bool:
    """Sleep until `moment` (time.monotonic), looking at `cancel` every tenth of a second; True if cancelled."""
    while (left := moment - time.monotonic()) > 0:
        if cancel is not None and cancel():
            return True
        sleep(min(left, 0.1))
    return False


def resend(uow: UnitOfWorkFactory, outbox_id: uuid.UUID) -> None:
    """Queue a failed mail again (the user's answer to an uncertain or refused one); same Message-ID."""
    with uow() as work:
        row = work.session.get(MailOutbox, outbox_id)
        if row is None or row.status is not OutboxStatus.FAILED:
            from app.services.core.errors import RapportError

            raise RapportError(f"outbox mail {outbox_id} is not a failed mail, so it cannot be sent again")
        row.status, row.error, row.claim, row.data_started_at = OutboxStatus.QUEUED, "", "", None
        work.audit("mail_outbox", row.id, "resend")
        work.changed("mail_outbox", ChangeKind.UPDATED, [row.id])
