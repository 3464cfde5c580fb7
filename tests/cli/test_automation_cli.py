"""`rapport automation`: add a rule, dry-run it, run it from the command line (cron), read the log, undo."""

from __future__ import annotations

import json
from datetime import timedelta

from app.cli import main
from app.config import Settings
from app.context import AppContext
from app.models import Contact, utcnow
from app.services.core.listing import ListQuery
from app.services.records.contacts import ContactInput


def _db_with_quiet_contacts(tmp_path):
    db = tmp_path / "auto.db"
    ctx = AppContext.open(Settings(db_url=f"sqlite:///{db}"))
    ids = [ctx.contacts.create(ContactInput(last_name=f"Quiet {i}")).value.id for i in range(3)]
    with ctx.uow() as work:
        for i in ids:
            work.session.get(Contact, i).created_at = utcnow() - timedelta(days=60)
    ctx.close()
    return db


def test_add_dry_run_run_log_and_undo(tmp_path, capsys):
    db = _db_with_quiet_contacts(tmp_path)
    rule_file = tmp_path / "rule.json"
    rule_file.write_text(
        json.dumps(
            {
                "name": "Quiet contacts",
                "entity": "contact",
                "trigger": "no_activity",
                "trigger_params": {"days": 30},
                "actions": [{"type": "create_task", "subject": "Check in"}],
            }
        )
    )
    assert main(["automation", "add", str(rule_file), "--db", str(db)]) == 0
    assert "added rule 'Quiet contacts' (off)" in capsys.readouterr().out
    assert main(["automation", "dry-run", "Quiet", "--db", str(db)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "Quiet contacts: 3 record(s) due now"
    assert all("create task 'Check in' due in 0 days" in line for line in out[1:]) and len(out) == 4
    assert main(["automation", "run", "--db", str(db)]) == 0  # off: nothing runs
    assert "Quiet contacts" not in capsys.readouterr().out
    assert main(["automation", "enable", "Quiet", "--db", str(db)]) == 0
    assert capsys.readouterr().out.strip() == "'Quiet contacts' is on"
    assert main(["automation", "run", "--db", str(db)]) == 0
    assert "Quiet contacts: acted on 3 record(s)" in capsys.readouterr().out
    assert main(["automation", "log", "--db", str(db)]) == 0
    (line,) = capsys.readouterr().out.splitlines()
    run_id = line.split()[2]
    assert "done" in line and "Quiet contacts (no_activity)" in line
    assert main(["automation", "undo", run_id, "--db", str(db)]) == 0
    assert capsys.readouterr().out.strip() == f"undone run {run_id}"
    assert main(["automation", "undo", run_id, "--db", str(db)]) == 1
    assert "already undone" in capsys.readouterr().err


def test_undo_a_rule_since_a_time(tmp_path, capsys):
    db = tmp_path / "since.db"
    ctx = AppContext.open(Settings(db_url=f"sqlite:///{db}"))
    from app.services.automation.spec import RuleInput

    task = ({"type": "create_task", "subject": "Welcome"},)
    ctx.automation.create(RuleInput("Welcome", "contact", "created", {}, {}, task, enabled=True))
    for name in ("A", "B", "C"):
        ctx.contacts.create(ContactInput(last_name=name))
    ctx.close()
    assert main(["automation", "undo", "--rule", "Welcome", "--since", "2000-01-01", "--db", str(db)]) == 0
    assert capsys.readouterr().out.strip() == "undone 3 run(s) of 'Welcome' since 2000-01-01 00:00 UTC"
    ctx = AppContext.open(Settings(db_url=f"sqlite:///{db}"))
    try:
        assert {r.status for r in ctx.automation.log()} == {"undone"}
        assert ctx.activities.count(ListQuery()) == 0
    finally:
        ctx.close()


def test_list_builtins_and_a_bad_rule_name(tmp_path, capsys):
    db = _db_with_quiet_contacts(tmp_path)
    assert main(["automation", "list", "--db", str(db)]) == 0
    assert "no rules" in capsys.readouterr().out
    assert main(["automation", "builtins", "--db", str(db)]) == 0
    assert capsys.readouterr().out.strip() == "4 rule(s) added"
    assert main(["automation", "list", "--db", str(db)]) == 0
    listed = capsys.readouterr().out.splitlines()
    assert len(listed) == 4 and all(line.startswith("off") for line in listed)
    assert main(["automation", "show", "Won deal", "--db", str(db)]) == 0
    assert '"outcome": "won"' in capsys.readouterr().out
    assert main(["automation", "enable", "Nothing like it", "--db", str(db)]) == 1
    assert "no rule named 'Nothing like it'" in capsys.readouterr().err


def test_an_import_triggers_rules_unless_told_not_to(tmp_path, capsys):
    db = tmp_path / "imp.db"
    ctx = AppContext.open(Settings(db_url=f"sqlite:///{db}"))
    from app.services.automation.spec import RuleInput

    task = ({"type": "create_task", "subject": "Welcome"},)
    ctx.automation.create(RuleInput("Welcome", "contact", "created", {}, {}, task, enabled=True))
    ctx.close()
    first = tmp_path / "a.csv"
    first.write_text("Last Name,Email\nAlpha,a@example.com\nBeta,b@example.com\n", encoding="utf-8")
    second = tmp_path / "b.csv"
    second.write_text("Last Name,Email\nGamma,g@example.com\n", encoding="utf-8")
    assert main(["import", "contacts", str(first), "--db", str(db)]) == 0
    assert main(["import", "contacts", str(second), "--no-rules", "--db", str(db)]) == 0
    capsys.readouterr()
    ctx = AppContext.open(Settings(db_url=f"sqlite:///{db}"))
    try:
        (run,) = ctx.automation.log()
        assert [i.action for i in ctx.automation.run(run.id).items] == ["create_task", "create_task"]
    finally:
        ctx.close()
