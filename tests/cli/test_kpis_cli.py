"""`rapport kpis`: every KPI as JSON for scripts, and a readable summary without --json."""

from __future__ import annotations

import json

from app.cli import main
from app.context import AppContext
from tests.services.metrics.metrics_data import seed


def test_kpis_json_for_a_period_and_an_owner(sqlite_ctx: AppContext, capsys) -> None:  # type: ignore[no-untyped-def]
    seed(sqlite_ctx)
    db = str(sqlite_ctx.settings.sqlite_path)
    sqlite_ctx.close()
    assert main(["kpis", "--from", "2026-01-01", "--to", "2026-03-31", "--json", "--db", db]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["scope"] == {
        "from": "2026-01-01",
        "to": "2026-03-31",
        "owners": [],
        "pipeline": None,
        "currency": "EUR",
    }
    closed = out["headline"]["closed"]
    assert (closed["won"], closed["lost"], closed["won_value"]) == (4, 2, "4500.50")
    assert [m["month"] for m in out["months"]] == ["2026-01", "2026-02", "2026-03"]
    assert out["previous"]["closed"]["won_value"] == "5000.00"  # OLD, won on 2025-12-31
    assert out["headline"]["nps"]["score"] == 0.0  # 10, 9, 7, 6, 0: two promoters, two detractors
    assert (
        main(["kpis", "--from", "2026-01-01", "--to", "2026-03-31", "--owner", "bob", "--json", "--db", db])
        == 0
    )
    bob = json.loads(capsys.readouterr().out)["headline"]["closed"]
    assert (bob["won"], bob["lost"], bob["won_value"]) == (2, 1, "1000.00")  # B1 400, P1 600; B2 lost
    assert main(["kpis", "--from", "2026-01-01", "--to", "2026-03-31", "--db", db]) == 0
    text = capsys.readouterr().out
    assert "Revenue won" in text and "€4,500.50" in text
    assert main(["kpis", "--owner", "Nobody", "--db", db]) == 1
    assert "no user named Nobody" in capsys.readouterr().err
