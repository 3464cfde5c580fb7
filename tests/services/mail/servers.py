"""Real mail servers on loopback for the tests: aiosmtpd (records what it receives) and Dovecot (IMAP).

Dovecot runs in the foreground (`dovecot -F -c CONF`) from a throwaway configuration: any user name
signs in with the password PASSWORD and gets an empty Maildir, so each test takes a user of its own.
"""

from __future__ import annotations

import contextlib
import getpass
import imaplib
import os
import shutil
import socket
import subprocess
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from email import message_from_bytes
from email.message import Message
from pathlib import Path

from aiosmtpd.controller import Controller

PASSWORD = "Mbx-pw-7f3k9q"  # distinctive: the tests look for it in database files


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_for_port(port: int, seconds: float = 15.0) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=0.5):
            return
        time.sleep(0.05)
    raise RuntimeError(f"nothing answers on 127.0.0.1:{port} after {seconds} s")


@dataclass
class Received:
    sender: str
    recipients: list[str]
    data: bytes

    @property
    def message(self) -> Message:
        return message_from_bytes(self.data)


@dataclass
class RecordingHandler:
    """Keeps every message; `on_data` runs before the 250 answer (to file it in Sent, or to stall)."""

    received: list[Received] = field(default_factory=list)
    on_data: Callable[[Received], None] | None = None
    lock: threading.Lock = field(default_factory=threading.Lock)

    async def handle_DATA(self, server: object, session: object, envelope: object) -> str:
        item = Received(
            envelope.mail_from, list(envelope.rcpt_tos), bytes(envelope.original_content or envelope.content)
        )  # type: ignore[attr-defined]
        with self.lock:
            self.received.append(item)
        if self.on_data is not None:
            self.on_data(item)
        return "250 Message accepted for delivery"

    def to(self, address: str) -> list[Received]:
        with self.lock:
            return [r for r in self.received if address in r.recipients]


class SmtpServer:
    def __init__(self) -> None:
        self.handler = RecordingHandler()
        self.port = free_port()
        self.controller = Controller(self.handler, hostname="127.0.0.1", port=self.port)

    def start(self) -> SmtpServer:
        self.controller.start()
        return self

    def stop(self) -> None:
        self.controller.stop()


class Dovecot:
    def __init__(self) -> None:
        self.binary = shutil.which("dovecot") or (
            "/usr/sbin/dovecot" if Path("/usr/sbin/dovecot").exists() else ""
        )
        if not self.binary:
            raise RuntimeError(
                "Dovecot is not installed, so the mail tests have no IMAP server: "
                "`apt-get install dovecot-imapd` (.ci/run installs it)"
            )
        self.root = Path(tempfile.mkdtemp(prefix="rapport-dovecot-"))
        self.port = free_port()
        self.process: subprocess.Popen[bytes] | None = None

    def config(self) -> str:
        root = self.root
        (root / "home").mkdir(mode=0o777)
        os.chmod(root, 0o755)
        os.chmod(root / "home", 0o777)
        if os.getuid() == 0:  # Dovecot keeps mail out of root's hands: the mailboxes belong to nobody
            uid, gid, users = 65534, 65534, ""
        else:
            me = getpass.getuser()
            uid, gid = os.getuid(), os.getgid()
            users = f"default_internal_user = {me}\ndefault_login_user = {me}\n"
        return f"""protocols = imap
listen = 127.0.0.1
base_dir = {root}/run
state_dir = {root}/state
log_path = {root}/dovecot.log
{users}ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
mail_max_userip_connections = 100
mail_fsync = never  # a throwaway test mailbox: no fsync per message
passdb {{
  driver = static
  args = password={PASSWORD}
}}
userdb {{
  driver = static
  args = uid={uid} gid={gid} home={root}/home/%u
}}
mail_location = maildir:~/Maildir
namespace inbox {{
  inbox = yes
  mailbox Sent {{
    special_use = \\Sent
    auto = subscribe
  }}
}}
service imap-login {{
  chroot =
  inet_listener imap {{
    address = 127.0.0.1
    port = {self.port}
  }}
  inet_listener imaps {{
    port = 0
  }}
}}
service anvil {{
  chroot =
}}
"""

    def start(self) -> Dovecot:
        conf = self.root / "dovecot.conf"
        conf.write_text(self.config())
        self.process = subprocess.Popen(
            [self.binary, "-F", "-c", str(conf)], stdout=subprocess.PIPE, stderr=subprocess.STDOUT
        )
        try:
            wait_for_port(self.port)
        except RuntimeError:
            self.stop()
            log = (self.root / "dovecot.log").read_text() if (self.root / "dovecot.log").exists() else ""
            raise RuntimeError(f"Dovecot did not start on port {self.port}: {log[-2000:]}") from None
        return self

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
            self.process = None
        shutil.rmtree(self.root, ignore_errors=True)

    def connect(self, user: str) -> imaplib.IMAP4:
        imap = imaplib.IMAP4("127.0.0.1", self.port)
        imap.login(user, PASSWORD)
        return imap

    def deliver(self, user: str, raw: bytes, folder: str = "INBOX") -> None:
        imap = self.connect(user)
        try:
            status, answer = imap.append(folder, None, None, raw)
            assert status == "OK", answer
        finally:
            imap.logout()

    def deliver_many(self, user: str, messages: list[bytes], folder: str = "INBOX") -> None:
        imap = self.connect(user)
        try:
            for raw in messages:
                imap.append(folder, None, None, raw)
        finally:
            imap.logout()

    def count(self, user: str, folder: str) -> int:
        imap = self.connect(user)
        try:
            status, data = imap.select(folder, readonly=True)
            return int(data[0]) if status == "OK" else 0
        finally:
            imap.logout()
