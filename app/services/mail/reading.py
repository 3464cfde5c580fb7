"""Read new mail over IMAP: from known contacts and leads onto their timeline (threads kept), to the
capture address from strangers as new leads (deduplicated like every new lead), and bounces.

The last UID read is remembered per folder (with its UIDVALIDITY) in the same transaction as what the
batch logged, so a crash mid-way neither loses nor doubles a mail.
"""

from __future__ import annotations

import contextlib
import imaplib
import re
import uuid
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from email import message_from_bytes
from email.errors import HeaderParseError
from email.header import decode_header, make_header
from email.message import Message
from email.utils import getaddresses, parseaddr, parsedate_to_datetime
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from app.models import Contact, Lead, MailDirection, MailFolderState, MailMessage, MailOutbox, utcnow
from app.services.core import field_changes, writes
from app.services.core.changes import ChangeKind
from app.services.core.errors import RapportError, ValidationError
from app.services.core.uow import UnitOfWorkFactory, Work
from app.services.mail.accounts import MailAccountInfo, imap_endpoint, load_account
from app.services.mail.bounces import bounces_of, is_dsn, record_bounce
from app.services.mail.mail_log import MailLog, log_mail, thread_of
from app.services.mail.transport import imap_connect
from app.services.quality.likely_duplicates import likely_duplicates
from app.services.sales.leads import LeadInput
from app.services.sales.leads import validate as validate_lead

BATCH = 250
_UID = re.compile(rb"UID (\d+)")


@dataclass
class FetchReport:
    read: int = 0
    logged: int = 0  # on a known contact's or lead's timeline
    leads: int = 0  # new leads from the capture address
    bounces: int = 0
    replies: int = 0  # answers to mail sent from Rapport
    ignored: int = 0  # from strangers, not to the capture address, or already logged


@dataclass(frozen=True)
class Incoming:
    uid: int
    message_id: str
    from_address: str
    from_name: str
    to: tuple[str, ...]
    subject: str
    body_text: str
    body_html: str
    in_reply_to: str
    references: tuple[str, ...]
    at: datetime
    msg: Message


def _quoted(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _header(msg: Message, name: str) -> str:
    """A header decoded from RFC 2047 (=?utf-8?q?…?=), '' when absent or undecodable."""
    raw = msg.get(name)
    if raw is None:
        return ""
    try:
        return str(make_header(decode_header(str(raw))))
    except (LookupError, UnicodeError, ValueError, HeaderParseError):
        return str(raw)


def parse(uid: int, raw: bytes, fallback_id: str) -> Incoming:
    """The parts of a mail Rapport keeps. The compat32 parser: strings, no header objects (fast at 10,000)."""
    msg = message_from_bytes(raw)
    name, address = parseaddr(_header(msg, "From"))
    to = tuple(
        a.lower()
        for _n, a in getaddresses(
            [str(v) for k in ("To", "Cc", "Delivered-To", "X-Original-To") for v in msg.get_all(k, [])]
        )
        if a
    )
    try:
        at = parsedate_to_datetime(str(msg["Date"])) if msg["Date"] else utcnow()
        at = at.astimezone(UTC) if at.tzinfo else at.replace(tzinfo=UTC)
    except (TypeError, ValueError):
        at = utcnow()
    text = html = ""
    for part in msg.walk():
        kind = part.get_content_type()
        if part.is_multipart() or part.get_filename() or kind not in ("text/plain", "text/html"):
            continue
        if kind == "text/plain" and not text:
            text = _content(part)
        elif kind == "text/html" and not html:
            html = _content(part)
        if kind == "text/plain" and msg.get_content_type() == "multipart/report":
            break  # a report's human part; the rest is for machines
    return Incoming(
        uid,
        str(msg.get("Message-ID", "")).strip() or fallback_id,
        address.lower(),
        name,
        to,
        _header(msg, "Subject"),
        text or re.sub(r"<[^>]+>", " ", html),
        html,
        str(msg.get("In-Reply-To", "")).strip(),
        tuple(str(msg.get("References", "")).split()),
        at,
        msg,
    )


def _content(part: Message) -> str:
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        return ""
    charset = part.get_content_charset() or "utf-8"
    try:
        return payload.decode(charset, "replace")
    except LookupError:  # an unknown charset name
        return payload.decode("utf-8", "replace")


def _chunks(items: list[int], size: int) -> Iterator[list[int]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _fetch(imap: imaplib.IMAP4, uids: list[int]) -> list[tuple[int, bytes]]:
    status, data = imap.uid("FETCH", ",".join(map(str, uids)), "(UID BODY.PEEK[])")
    if status != "OK":
        raise RapportError(f"the IMAP server would not hand over mail {uids[0]}-{uids[-1]}: {data}")
    out = []
    for item in data:
        if isinstance(item, tuple) and (found := _UID.search(item[0])):
            out.append((int(found.group(1)), item[1]))
    return out


class Reader:
    def __init__(self, uow: UnitOfWorkFactory, account: MailAccountInfo, folder: str) -> None:
        self.uow, self.account, self.folder = uow, account, folder
        self.report = FetchReport()

    def new_uids(self, imap: imaplib.IMAP4) -> tuple[int, list[int]]:
        status, _ = imap.select(_quoted(self.folder), readonly=True)
        if status != "OK":
            raise RapportError(f"the mail account {self.account.name!r} has no folder {self.folder!r}")
        validity = int((imap.response("UIDVALIDITY")[1] or [b"0"])[0] or 0)
        with self.uow.read() as session:
            state = self._state(session)
            last = state.last_uid if state is not None and state.uid_validity == validity else 0
        status, data = imap.uid("SEARCH", f"UID {last + 1}:*")
        uids = sorted(int(u) for u in (data[0] or b"").split() if int(u) > last) if status == "OK" else []
        return validity, uids

    def _state(self, session: Session) -> MailFolderState | None:
        return session.scalar(
            select(MailFolderState).where(
                MailFolderState.mail_account_id == self.account.id, MailFolderState.folder == self.folder
            )
        )

    def take(self, validity: int, batch: list[tuple[int, bytes]]) -> None:
        """Log one batch and move the folder's last UID past it, in one transaction."""
        host = self.account.imap_host
        mails = [parse(uid, raw, f"<uid-{validity}-{uid}@{host}>") for uid, raw in batch]
        with self.uow() as work:
            s = work.session
            ids = [m.message_id for m in mails]
            seen = set(
                s.scalars(
                    select(MailMessage.message_id).where(
                        MailMessage.message_id.in_(ids), MailMessage.direction == MailDirection.IN
                    )
                )
            )
            senders = {m.from_address for m in mails}
            contacts = _by_email(s, Contact, senders)
            leads = _by_email(s, Lead, senders)
            for mail in mails:
                self.report.read += 1
                if mail.message_id in seen:
                    self.report.ignored += 1
                    continue
                seen.add(mail.message_id)
                self._one(work, mail, contacts, leads)
            state = self._state(s)
            if state is None:
                state = MailFolderState(mail_account_id=self.account.id, folder=self.folder)
                s.add(state)
            state.uid_validity = validity
            state.last_uid = max(uid for uid, _ in batch)

    def _one(self, work: Work, mail: Incoming, contacts: dict[str, Any], leads: dict[str, Any]) -> None:
        s = work.session
        if is_dsn(mail.msg):
            found = bounces_of(mail.msg)
            for bounce in found:
                record_bounce(s, bounce, mail.at)
            self.report.bounces += len(found)
            if found:
                return
        parents = [p for p in (mail.in_reply_to, *mail.references) if p]
        if parents:
            for row in s.scalars(
                select(MailOutbox).where(MailOutbox.message_id.in_(parents), MailOutbox.replied_at.is_(None))
            ):
                row.replied_at = mail.at
                self.report.replies += 1
        contact, lead = contacts.get(mail.from_address), leads.get(mail.from_address)
        if contact is None and lead is None and self._captured(mail):
            entity, record_id = self._capture(work, mail)
            contact, lead = (record_id, None) if entity == "contact" else (None, record_id)
        if contact is None and lead is None:
            self.report.ignored += 1
            return
        links = {"contact_id": contact, "lead_id": lead, "account_id": None, "deal_id": None}
        log = MailLog(
            MailDirection.IN,
            mail.from_address,
            ", ".join(mail.to),
            mail.subject,
            mail.body_text,
            mail.body_html,
            mail.message_id,
            mail.in_reply_to,
            mail.at,
            links,
            self.account.id,
            self.account.user_id,
        )
        log_mail(s, log, thread_of(s, mail.message_id, mail.in_reply_to, mail.references))
        # the automation's "an email arrives" rules: a change of the person's (synthetic) email_received
        who, person = ("contact", contact) if contact is not None else ("lead", lead)
        if person is not None:
            field_changes.record(s, who, "email_received", [(person, None, mail.subject)])
        self.report.logged += 1
        work.changed("activity", ChangeKind.CREATED, [])

    def _captured(self, mail: Incoming) -> bool:
        return bool(self.account.capture_address) and self.account.capture_address in mail.to

    def _capture(self, work: Work, mail: Incoming) -> tuple[str, uuid.UUID]:
        """The lead or contact this stranger probably already is, else a new lead."""
        first, _, last = mail.from_name.strip().rpartition(" ")
        if not last:
            last = mail.from_address.partition("@")[0]
        typed = {"first_name": first, "last_name": last, "email": mail.from_address}
        for entity in ("lead", "contact"):
            match = next(iter(likely_duplicates(work.session, entity, typed)), None)
            if match is not None:
                return entity, match.id
        notes = (
            f"From the mail “{mail.subject}” to {self.account.capture_address}:\n\n{mail.body_text[:4000]}"
        )
        data = LeadInput(
            last_name=last[:100],
            first_name=first[:100],
            email=mail.from_address,
            source="email",
            notes=notes,
            owner_id=self.account.user_id,
        )
        try:
            values = validate_lead(data)
        except ValidationError:  # an address the editor would refuse: keep the mail, not the address
            values = validate_lead(
                LeadInput(
                    last_name=last[:100] or "Unknown",
                    first_name=first[:100],
                    source="email",
                    notes=notes,
                    owner_id=self.account.user_id,
                )
            )
        lead = writes.create(work, Lead(**values, custom={}), "lead")
        self.report.leads += 1
        return "lead", lead.id


def _by_email(session: Session, model: Any, addresses: Iterable[str]) -> dict[str, uuid.UUID]:
    wanted = [a for a in addresses if a]
    if not wanted:
        return {}
    rows = session.execute(
        select(model.id, model.email, model.other_email).where(
            or_(model.email.in_(wanted), model.other_email.in_(wanted)), model.deleted_at.is_(None)
        )
    ).all()
    found: dict[str, uuid.UUID] = {}
    for row_id, email, other in rows:
        for address in (other.lower(), email.lower()):  # the main address wins
            if address in wanted:
                found[address] = row_id
    return found


def fetch_mail(
    uow: UnitOfWorkFactory,
    account_id: uuid.UUID,
    folder: str = "INBOX",
    progress: Callable[[int, int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> FetchReport:
    """Read the folder's mail newer than the last UID read, in batches; returns what became of it."""
    with uow.read() as session:
        account = load_account(session, account_id)
    reader = Reader(uow, account, folder)
    imap = imap_connect(imap_endpoint(account))
    try:
        validity, uids = reader.new_uids(imap)
        for chunk in _chunks(uids, BATCH):
            if cancel is not None and cancel():
                break
            reader.take(validity, _fetch(imap, chunk))
            if progress is not None:
                progress(reader.report.read, len(uids))
    finally:
        with contextlib.suppress(imaplib.IMAP4.error, OSError):
            imap.logout()
    return reader.report
