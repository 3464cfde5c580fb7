"""A bulk insert into an empty table drops its indexes and rebuilds them after, except for a table whose
own insert triggers read it: deal_stage_history's rollup looks up each deal's earlier history, and
without the index every row scanned all rows before it (50,000 imported deals took minutes)."""

from __future__ import annotations

from sqlalchemy import event

from app.services.core.bulk import _reads_itself
from app.services.importing.csv_read import read_table
from app.services.importing.engine import MatchOn, RecordImportSpec
from tests.services.importing.export_helpers import ensure_pipeline


def test_only_a_table_read_by_its_own_insert_triggers_keeps_its_indexes(sqlite_ctx):
    with sqlite_ctx.uow.read() as s:
        assert _reads_itself(s, "deal_stage_history")
        assert not _reads_itself(s, "contacts")
        assert not _reads_itself(s, "deals")  # only its delete trigger reads deals


def test_a_first_deal_import_keeps_the_stage_history_index_its_trigger_needs(sqlite_ctx):
    ensure_pipeline(sqlite_ctx)
    rows = "".join(f"Deal {i},Lost,{i}\n" for i in range(600))  # lost deals take the trigger's lookup
    table = read_table(data=f"Deal Name,Stage,Amount\n{rows}".encode(), has_header=True)
    dropped: list[str] = []

    def watch(_conn, _cursor, statement, *_args) -> None:
        if statement.startswith("DROP INDEX"):
            dropped.append(statement)

    event.listen(sqlite_ctx.engine, "before_cursor_execute", watch)
    try:
        spec = RecordImportSpec({"name": "Deal Name", "stage": "Stage", "amount": "Amount"}, MatchOn.NONE)
        assert sqlite_ctx.importer.run("deals", table, spec).value.created == 600
    finally:
        event.remove(sqlite_ctx.engine, "before_cursor_execute", watch)
    assert dropped  # the deals' own indexes are rebuilt after the insert ...
    assert not [d for d in dropped if "deal_stage_history" in d]  # ... the history's are kept
