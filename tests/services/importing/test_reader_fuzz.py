"""Fuzz the CSV, vCard and iCalendar readers: whatever the bytes, the answer is a table (or a list of items)
or one of Rapport's own errors, never a traceback from a codec, the csv module or a parser library.

200 examples a test in CI; RAPPORT_FUZZ=long runs 20,000 (tests/fuzz_profile.py). The database halves
(tests/services/importing/test_reader_fuzz_writes.py) check that a refused file writes nothing.
"""

from __future__ import annotations

import codecs
from zoneinfo import ZoneInfo

from hypothesis import given
from hypothesis import strategies as st

import tests.fuzz_profile  # noqa: F401 (registers and loads the profile)
from app.services.core.errors import RapportError
from app.services.importing.csv_read import Table, read_table
from app.services.importing.vcard import read_vcards
from app.services.scheduling.calendar_files import read_items
from app.services.scheduling.ical_read import decode

BERLIN = ZoneInfo("Europe/Berlin")
ENCODINGS = ("utf-8", "utf-8-sig", "utf-16", "utf-16-le", "cp1252", "latin-1", "iso-8859-7", "shift_jis")
# cells that trouble readers: quotes, delimiters, line ends, NUL and control characters, non-Latin text
PIECES = st.sampled_from(
    ['"', '""', ",", ";", "\t", "|", "\n", "\r", "\r\n", "\x00", "\x01", "\ufeff", " ", "=", "\\"]
)
CELLS = st.one_of(st.text(max_size=12), PIECES, st.sampled_from(["Ada", "Müller", "Όνομα", "名前", "@"]))


def _encoded(draw: st.DrawFn, text: str) -> bytes:
    encoding = draw(st.sampled_from(ENCODINGS))
    data = text.encode(encoding, errors="replace")
    if draw(st.booleans()):  # a cut file, a stray mark or byte
        data = data[: draw(st.integers(0, len(data)))]
    prefix = draw(st.sampled_from([b"", codecs.BOM_UTF8, codecs.BOM_UTF16_LE, b"\xff", b"\x00"]))
    return prefix + data


@st.composite
def csv_files(draw: st.DrawFn) -> bytes:
    rows = draw(st.lists(st.lists(CELLS, max_size=6), max_size=8))
    delimiter = draw(st.sampled_from([",", ";", "\t", "|"]))
    text = "".join(delimiter.join(cells) + draw(st.sampled_from(["\n", "\r\n", "\r", ""])) for cells in rows)
    return _encoded(draw, text)


VCARD_LINES = st.sampled_from(
    [
        "BEGIN:VCARD",
        "END:VCARD",
        "VERSION:2.1",
        "VERSION:3.0",
        "N:Müller;Jürgen;;;",
        "N:;;;;",
        "FN:Ada Lovelace",
        "FN:",
        "ORG:Acme;Sales",
        "EMAIL;TYPE=INTERNET:ada@example.com",
        "EMAIL:not-an-email",
        "TEL;CELL:0123456789",
        "TEL:tel:+49 30 1234",
        "ADR;WORK:;;Street 1;Berlin;;10117;Germany",
        "NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=ISO-8859-1:R=FCckruf=",
        "NOTE;QUOTED-PRINTABLE:=C3=A9=ZZ",
        "NOTE;CHARSET=X-NONE;ENCODING=QUOTED-PRINTABLE:caf=C3=A9",
        " folded continuation",
        "item1.X-ABLabel:_$!<HomePage>!$_",
        "BDAY:19850315",
        "PREF=x;TEL:1",
        "TEL;PREF=99999999999999999999:1",
        "X-ANDROID-CUSTOM:vnd.android.cursor.item/nickname;Bob;;;",
        ":",
        ";;;",
    ]
)


@st.composite
def vcard_files(draw: st.DrawFn) -> bytes:
    lines = draw(st.lists(st.one_of(VCARD_LINES, st.text(max_size=20)), max_size=25))
    return _encoded(draw, "\r\n".join(lines))


ICS_LINES = st.sampled_from(
    [
        "BEGIN:VEVENT",
        "END:VEVENT",
        "BEGIN:VTODO",
        "END:VTODO",
        "BEGIN:VALARM",
        "END:VALARM",
        "BEGIN:VTIMEZONE",
        "END:VTIMEZONE",
        "TZID:Custom",
        "UID:1",
        "UID:2",
        "SUMMARY:Meeting\\, room 4",
        "DTSTART:20260310T100000Z",
        "DTSTART;VALUE=DATE:20260310",
        "DTSTART;TZID=W. Europe Standard Time:20260310T100000",
        "DTSTART;TZID=Mars/Olympus:20260310T100000",
        "DTSTART;TZID=Custom:20260310T100000",
        "DTSTART:2026-03-10",
        "DTSTART:99991231T235959Z",
        "DTEND:20260310T090000Z",
        "DUE:00010101T000000Z",
        "DTSTART:00010101T000000",
        "DTSTART;VALUE=DATE:99991231",
        "DUE;TZID=Asia/Tokyo:00010101T000000",
        "DURATION:P999999999999999999W",
        "DURATION:P999999999D",
        "DURATION:-P1D",
        "DURATION:PT",
        "TRIGGER:-PT15M",
        "TRIGGER;RELATED=END:P99999999W",
        "TRIGGER;VALUE=DATE-TIME:19760401T005545Z",
        "RRULE:FREQ=WEEKLY",
        "RRULE:FREQ=NEVER",
        "RECURRENCE-ID:20260310T100000Z",
        "PRIORITY:99999999999999999999",
        "PERCENT-COMPLETE:-5",
        "STATUS:COMPLETED",
        'X-APPLE-STRUCTURED-LOCATION;X-TITLE="Office:geo:52',
        "X-APPLE-TRAVEL-ADVISORY-BEHAVIOR",
        "LOCATION:Room 1",
        " folded",
        "X-RAPPORT-KIND:call",
        "TZOFFSETFROM:+0100",
        "TZOFFSETTO:+99",
        "BEGIN:STANDARD",
        "END:STANDARD",
    ]
)


@st.composite
def ics_files(draw: st.DrawFn) -> bytes:
    lines = draw(st.lists(st.one_of(ICS_LINES, st.text(max_size=20)), max_size=30))
    if draw(st.booleans()):
        lines = ["BEGIN:VCALENDAR", *lines, "END:VCALENDAR"]
    return _encoded(draw, "\r\n".join(lines))


@given(csv_files(), st.sampled_from(["", "utf-8", "cp1252", "utf-16"]), st.sampled_from(["", ",", ";"]))
def test_the_csv_reader_gives_a_table_or_its_own_error(data, encoding, delimiter):
    try:
        table = read_table(data=data, encoding=encoding, delimiter=delimiter)
    except RapportError:
        return
    assert isinstance(table, Table) and table.rows
    numbers = [n for n, _ in table.rows]
    assert numbers == sorted(set(numbers)) and numbers[0] >= 1


@given(st.binary(max_size=400))
def test_the_csv_reader_survives_any_bytes(data):
    try:
        table = read_table(data=data)
    except RapportError:
        return
    assert table.rows and table.encoding  # a table is never empty: an empty file is an error


@given(st.one_of(vcard_files(), st.binary(max_size=400)))
def test_the_vcard_reader_gives_cards_or_its_own_error(data):
    try:
        table = read_vcards(data)
    except RapportError:
        return
    assert all(len(cells) == len(table.headers) for _, cells in table.rows)


@given(st.one_of(ics_files(), st.binary(max_size=400)))
def test_the_icalendar_reader_gives_items_or_its_own_error(data):
    try:
        items, skipped, notes = read_items(decode(data), BERLIN, None)
    except RapportError:
        return
    assert skipped >= 0 and all(isinstance(n, str) for n in notes)
    for item in items:
        assert item.data.subject
