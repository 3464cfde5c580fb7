"""`rapport campaign` and `rapport sequence`: a campaign sent only to the consenting, a sequence run, KPIs,
unsubscribe by token, and bad input refused with the reason."""

from __future__ import annotations

from sqlalchemy import select

from app.cli import main
from app.config import Settings
from app.context import AppContext
from app.models import MailOutbox
from app.services.mail.accounts import MailAccountInput
from app.services.mail.templates import TemplateInput
from app.services.records.contacts import ContactInput


def test_campaign_and_sequence_from_the_command_line(tmp_path, capsys):
    db = tmp_path / "m.db"
    ctx = AppContext.open(Settings(db_url=f"sqlite:///{db}"))
    yes = ctx.contacts.create(ContactInput(last_name="Yes", email="yes@example.com")).value
    no = ctx.contacts.create(ContactInput(last_name="No", email="no@example.com")).value
    # campaigns send through the mail module: a relay to send from and the templates they name
    ctx.mail_accounts.add(MailAccountInput("Office", "news@example.com", "127.0.0.1", 2525, "none"))
    for name, subject in (("fair", "See you at the fair"), ("hello", "Hello")):
        ctx.email_templates.save(TemplateInput(name, subject, "Hi!\nNo more mail: {{ unsubscribe.url }}"))
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
    ctx = AppContext.open(Settings(db_url=f"sqlite:///{db}"))
    with ctx.uow.read() as s:
        queued = s.execute(select(MailOutbox.to_address, MailOutbox.subject, MailOutbox.headers)).all()
    ctx.close()
    assert [(to, subject) for to, subject, _h in queued] == [("yes@example.com", "See you at the fair")]
    assert queued[0][2]["List-Unsubscribe"].startswith("<")  # the unsubscribe link, as mail clients show it
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
