"""`rapport webhook add|list|remove|log` on a real file, delivering to a real local server."""

from __future__ import annotations

import re

from app.cli import main
from app.config import Settings
from app.context import AppContext
from app.services.automation.webhooks import SIGNATURE_HEADER, verify
from app.services.records.contacts import ContactInput
from tests.services.automation.webhook_server import webhook_server


def test_webhook_add_list_log_and_remove(tmp_path, capsys):
    db = tmp_path / "hooks.db"
    AppContext.open(Settings(db_url=f"sqlite:///{db}")).close()
    with webhook_server() as server:
        assert main(["webhook", "add", server.url, "--name", "Shop", "--records", "contact,deal",
                     "--events", "created,won", "--db", str(db)]) == 0  # fmt: skip
        said = capsys.readouterr().out
        secret = re.search(r"whsec_\S+", said).group(0)
        assert "contact, deal: created, won" in said
        assert main(["webhook", "list", "--db", str(db)]) == 0
        listed = capsys.readouterr().out
        assert "Shop" in listed and "[contact,deal: created,won]  on" in listed and secret not in listed
        sub_id = listed.split()[0]
        ctx = AppContext.open(Settings(db_url=f"sqlite:///{db}"))
        ctx.contacts.create(ContactInput(last_name="Hooked"))
        ctx.close()
        assert main(["automation", "run", "--db", str(db)]) == 0
        assert "webhooks: 1 delivered" in capsys.readouterr().out
    assert verify(secret, server.headers[0][SIGNATURE_HEADER], server.raw[0])
    assert main(["webhook", "log", sub_id, "--db", str(db)]) == 0
    assert "Shop  contact.created" in (log := capsys.readouterr().out) and "delivered (1 attempt(s))" in log
    assert main(["webhook", "remove", sub_id, "--db", str(db)]) == 0
    assert "removed" in capsys.readouterr().out
    assert main(["webhook", "list", "--db", str(db)]) == 0 and capsys.readouterr().out == ""


def test_bad_webhook_input_is_named(tmp_path, capsys):
    db = tmp_path / "hooks.db"
    AppContext.open(Settings(db_url=f"sqlite:///{db}")).close()
    assert main(["webhook", "add", "ftp://x.example", "--db", str(db)]) == 1
    assert "url: 'ftp://x.example' is not an http:// or https:// address" in capsys.readouterr().err
    assert main(["webhook", "add", "https://x.example", "--events", "boom", "--db", str(db)]) == 1
    assert "events: boom unknown; choose one or more of created, updated" in capsys.readouterr().err
