"""`rapport ticket`: open, answer, wait, resolve, with the SLA clock shown."""

from __future__ import annotations

import re

from app.cli import main
from app.config import Settings
from app.context import AppContext


def test_a_ticket_from_opening_to_resolution(tmp_path, capsys):
    db = tmp_path / "desk.db"
    AppContext.open(Settings(db_url=f"sqlite:///{db}")).close()
    assert (
        main(
            [
                "ticket",
                "new",
                "VPN drops every hour",
                "--priority",
                "high",
                "--channel",
                "phone",
                "--db",
                str(db),
            ]
        )
        == 0
    )
    number = re.search(r"(T-\d{4}-\d{5}) opened; first response due", capsys.readouterr().out).group(1)
    assert main(["ticket", "reply", number, "Which client version?", "--db", str(db)]) == 0
    assert main(["ticket", "status", number, "waiting", "--db", str(db)]) == 0
    assert f"{number} is now waiting" in capsys.readouterr().out
    assert main(["ticket", "show", number, "--db", str(db)]) == 0
    shown = capsys.readouterr().out
    assert "[waiting, high]" in shown and "(paused: waiting for the customer)" in shown
    assert "first response:" not in shown  # answered
    assert "reply by" in shown and "Which client version?" in shown
    assert main(["ticket", "list", "--db", str(db)]) == 0
    assert f"{number}  waiting  high" in capsys.readouterr().out
    assert main(["ticket", "status", number, "resolved", "--db", str(db)]) == 0
    assert f"{number} is now resolved" in capsys.readouterr().out
    assert main(["ticket", "list", "--db", str(db)]) == 0
    assert number not in capsys.readouterr().out  # the queue holds open tickets only
    assert main(["ticket", "status", number, "lost", "--db", str(db)]) == 1
    assert "'lost' is not one of new, open, waiting, resolved, closed" in capsys.readouterr().err
