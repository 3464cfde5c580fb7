"""Fuzzed files through the whole import, on SQLite and PostgreSQL: a file is imported whole or refused
with Rapport's own error and nothing written (no partial write). A tenth of the profile's examples (the
database makes each one slow): 20 in CI, 2,000 with RAPPORT_FUZZ=long."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

import tests.fuzz_profile  # noqa: F401 (registers and loads the profile)
from app.models import Activity, Contact
from app.services.core.errors import RapportError
from app.services.importing.csv_read import read_table
from app.services.importing.engine import MatchOn, RecordImportService, RecordImportSpec
from app.services.importing.mapping import known_headers, suggest
from app.services.importing.vcard import CARD_FIELDS, read_vcards
from app.services.scheduling.calendar_files import CalendarService
from app.services.scheduling.ical_read import decode
from tests.services.importing.test_reader_fuzz import CELLS, ics_files, vcard_files

BERLIN = ZoneInfo("Europe/Berlin")
FEW = settings(
    max_examples=max(10, settings.default.max_examples // 10),
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def _count(ctx, model) -> int:
    with ctx.sessions() as s:
        return s.scalar(select(func.count()).select_from(model).where(model.deleted_at.is_(None)))


@st.composite
def contact_csvs(draw: st.DrawFn) -> bytes:
    header = "First Name,Last Name,Email,Phone,Country"
    rows = draw(st.lists(st.lists(CELLS, min_size=1, max_size=6), max_size=6))
    good = draw(st.lists(st.sampled_from(["Ada,Lovelace,ada@example.com,,GB", "Bob,Stone,,,"]), max_size=2))
    text = "\n".join([header, *good, *(",".join(cells) for cells in rows)]) + "\n"
    return text.encode(draw(st.sampled_from(["utf-8", "cp1252", "utf-16"])), errors="replace")


@FEW
@given(data=contact_csvs())
def test_a_fuzzed_csv_is_imported_whole_or_not_at_all(ctx, data):
    before = _count(ctx, Contact)
    try:
        table = read_table(data=data, known_headers=known_headers("contacts"))
        spec = RecordImportSpec(suggest("contacts", table.headers), MatchOn.NONE, source="fuzz.csv")
        report = RecordImportService(ctx.uow).run("contacts", table, spec).value
    except RapportError:
        assert _count(ctx, Contact) == before
        return
    assert _count(ctx, Contact) == before + report.created


@FEW
@given(data=vcard_files())
def test_a_fuzzed_vcard_is_imported_whole_or_not_at_all(ctx, data):
    before = _count(ctx, Contact)
    spec = RecordImportSpec({f: f for f in CARD_FIELDS}, MatchOn.NONE, source="fuzz.vcf")
    try:
        report = RecordImportService(ctx.uow).run("contacts", read_vcards(data), spec).value
    except RapportError:
        assert _count(ctx, Contact) == before
        return
    assert _count(ctx, Contact) == before + report.created


@FEW
@given(data=ics_files())
def test_a_fuzzed_calendar_is_imported_whole_or_not_at_all(ctx, data):
    before = _count(ctx, Activity)
    service = CalendarService(ctx.uow)
    try:
        result = service.import_text(decode(data), BERLIN).value
    except RapportError:
        assert _count(ctx, Activity) == before
        return
    assert _count(ctx, Activity) == before + len(result.created)
    service.undo_import(result)  # the next example meets the same UIDs afresh
    assert _count(ctx, Activity) == before
