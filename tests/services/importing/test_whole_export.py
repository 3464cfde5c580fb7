"""The wizard's view of a whole CRM export: the vendor recognised, the plan as rows, cancel rolls back."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from app.models import Account, Contact
from app.services.importing.spec import ImportCancelled
from app.services.importing.whole_export import WholeExport, detect
from tests.paths import DATA
from tests.services.importing.export_helpers import ensure_pipeline


def _count(ctx, model):
    with ctx.sessions() as s:
        return s.scalar(select(func.count()).select_from(model))


def test_each_vendor_is_recognised_by_its_files(tmp_path):
    assert detect(DATA / "hubspot") == "hubspot"
    assert detect(DATA / "pipedrive") == "pipedrive"
    (tmp_path / "Account.csv").write_text("Id,Name\n0018c00000BBBBBBB1,Acme\n", encoding="utf-8")
    assert detect(tmp_path) == "salesforce"


def test_cancelling_half_way_keeps_nothing_and_a_full_run_keeps_everything(ctx):
    ensure_pipeline(ctx)
    export = WholeExport(DATA / "pipedrive")
    assert any(row.becomes == "accounts" and row.rows for row in export.plan())
    seen = []

    def stop_after_two(done, total):
        seen.append((done, total))
        return done < 2

    with pytest.raises(ImportCancelled):
        export.run(ctx.uow, progress=stop_after_two)
    assert seen[-1][0] == 2 and seen[-1][1] > 2
    assert (_count(ctx, Account), _count(ctx, Contact)) == (0, 0)  # the accounts written first: rolled back
    result = export.run(ctx.uow).value
    assert _count(ctx, Account) > 0 and {r.name for r in result.rows} >= {"owners"}
    ctx.importer.undo(result.batch_id)
    assert (_count(ctx, Account), _count(ctx, Contact)) == (0, 0)
