"""`rapport mail`: add an account (password to the keyring), test it, save a template, send, fetch, outbox."""

from __future__ import annotations

import json

from app.cli import main
from app.config import Settings
from app.context import AppContext
from app.services.records.contacts import ContactInput
from tests.services.mail.servers import PASSWORD
from tests.services.mail.test_reading import mail


def test_mail_from_the_command_line(tmp_path, capsys, smtp, dovecot, file_keyring, mailbox_user, monkeypatch):
    db = str(tmp_path / "mail.db")
    ctx = AppContext.open(Settings(db_url=f"sqlite:///{db}"))
    ctx.contacts.create(ContactInput(first_name="Ada", last_name="Lovelace", email="ada@example.com"))
    ctx.close()
    monkeypatch.setenv("RAPPORT_IMAP_PASSWORD", PASSWORD)
    add = ["mail", "account", "add", "Work", "--from", "rita@example.com", "--smtp-host", "127.0.0.1"]
    add += ["--smtp-port", str(smtp.port), "--smtp-security", "none", "--imap-host", "127.0.0.1"]
    add += [
        "--imap-port",
        str(dovecot.port),
        "--imap-security",
        "none",
        "--imap-user",
        mailbox_user,
        "--db",
        db,
    ]
    assert main(add) == 0
    assert PASSWORD in json.loads(file_keyring.read_text()).values()  # in the keyring, not the database
    assert PASSWORD.encode() not in (tmp_path / "mail.db").read_bytes()
    assert main(["mail", "account", "test", "--db", db]) == 0
    assert "SMTP: OK\nIMAP: OK" in capsys.readouterr().out
    assert (
        main(
            [
                "mail",
                "template",
                "add",
                "Hi",
                "--subject",
                "Hi {{ recipient.first_name }}",
                "--text",
                "Dear {{ recipient.full_name }}",
                "--db",
                db,
            ]
        )
        == 0
    )
    assert main(["mail", "send", "--to", "ada@example.com", "--template", "Hi", "--db", db]) == 0
    assert "sent 1, failed 0" in capsys.readouterr().out
    assert smtp.handler.to("ada@example.com")[0].message["Subject"] == "Hi Ada"
    dovecot.deliver(mailbox_user, mail("ada@example.com", "rita@example.com", "Re: Hi"))
    assert main(["mail", "fetch", "--db", db]) == 0
    assert "read 1: 1 logged on timelines" in capsys.readouterr().out
    assert main(["mail", "outbox", "--db", db]) == 0
    assert "sent" in capsys.readouterr().out
    assert (
        main(["mail", "send", "--to", "nobody@example.com", "--text", "x", "--subject", "y", "--db", db]) == 1
    )
    assert "no contact, lead or account has the address" in capsys.readouterr().err
