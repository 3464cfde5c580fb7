"""`rapport campaign` and `rapport sequence`: a campaign sent only to the consenting, a sequence run, KPIs,
unsubscribe by token, and bad input refused with the reason."""

from __future__ import annotations

from app.cli import main
from app.config import Settings
from app.context import AppContext
from app.services.records.contacts import ContactInput


def test_campaign_and_sequence_from_the_command_line(tmp_path, capsys):
    db = tmp_path / "m.db"
    ctx = AppContext.open(Settings(db_url=f"sqlite:///{db}"))
    yes = ctx.contacts.create(ContactInput(last_name="Yes", email="yes@example.com")).value
    no = ctx.contacts.create(ContactInput(last_name="No", email="no@example.com")).value
    ctx.close()
    run = lambda *args: main([*args, "--db", str(db)])  # noqa: E731
    assert (
        run("campaign", "consent", "contact", str(yes.id), "granted", "--source", "fair", "--text", "News?")
        == 0
    )
    assert run("campaign", "new", "Fair", "--type", "event", "--cost", "300", "--template", "fair") == 0
    assert run("campaign", "add", "Fair", "--contact", str(yes.id), "--contact", str(no.id)) == 0
    assert "2 members added" in capsys.readouterr().out
    assert run("campaign", "send", "Fair") == 0
    assert "1 mails queued, 1 suppressed" in capsys.readouterr().out
    assert run("campaign", "show", "fair") == 0
    shown = capsys.readouterr().out
    assert "1 sent" in shown and "1 suppressed" in shown and "actual cost 300.00 EUR" in shown
    assert (
        run("sequence", "new", "Drip", "--step", "email:hello", "--step", "wait:2", "--step", "task:Call:1")
        == 0
    )
    assert run("sequence", "enrol", "Drip", "--contact", str(yes.id)) == 0
    assert run("sequence", "run") == 0
    assert "1 mails queued" in capsys.readouterr().out
    assert run("sequence", "show", "Drip") == 0
    assert "step 3, active, next at" in capsys.readouterr().out
    ctx = AppContext.open(Settings(db_url=f"sqlite:///{db}"))
    token = ctx.consent.token("contact", yes.id)
    ctx.close()
    assert run("campaign", "unsubscribe", token) == 0
    assert run("sequence", "show", "Drip") == 0
    assert "left (unsubscribe)" in capsys.readouterr().out
    assert run("campaign", "unsubscribe", token + "x") == 1
    assert "unsubscribe link is not valid" in capsys.readouterr().err
    assert run("sequence", "new", "Bad", "--step", "wait:0") == 1
    assert "steps[0].days: wait a whole number of days" in capsys.readouterr().err
