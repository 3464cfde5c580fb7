"""The CSV reader on hostile and odd files: encodings, bounds, blank rows, empty files."""

from __future__ import annotations

import codecs
import tracemalloc

import pytest

from app.services.core.errors import RapportError
from app.services.importing.csv_read import MAX_FIELD, CsvError, read_table
from app.services.importing.encoding import EncodingError

GREEK = "Όνομα,Επώνυμο,Πόλη\nΓιώργος,Παπαδόπουλος,Αθήνα\nΜαρία,Κωνσταντίνου,Θεσσαλονίκη\n"  # noqa: RUF001 (Greek on purpose)


def test_an_iso_8859_7_file_is_read_as_greek():
    table = read_table(data=GREEK.encode("iso-8859-7"))
    assert table.headers == ("Όνομα", "Επώνυμο", "Πόλη")
    assert table.records()[1] == {"Όνομα": "Μαρία", "Επώνυμο": "Κωνσταντίνου", "Πόλη": "Θεσσαλονίκη"}


def test_a_utf8_mark_before_latin1_text_is_read_as_the_text():
    data = codecs.BOM_UTF8 + "Name,City\nJosé Müller,Köln\nFrançois,Besançon\n".encode("latin-1")
    table = read_table(data=data)
    assert table.headers == ("Name", "City")
    assert [r["Name"] for r in table.records()] == ["José Müller", "François"]


def test_odd_length_utf16_is_a_clear_error():
    data = "Name,City\nAda,London\n".encode("utf-16") + b"x"
    with pytest.raises(EncodingError, match="UTF-16 byte-order mark but has an odd number of bytes"):
        read_table(data=data)


def test_one_legacy_byte_far_down_a_utf8_looking_file_is_still_detected():
    lines = ["Name,City\n", *(f"Person {i},Town {i}\n" for i in range(30_000)), "José,Besançon\n"]
    table = read_table(data="".join(lines).encode("cp1252"))
    assert table.encoding == "cp1252"
    assert table.records()[-1] == {"Name": "José", "City": "Besançon"}


def test_a_wrong_encoding_override_is_a_clear_error_and_an_unknown_one_too():
    with pytest.raises(CsvError, match=r"^line 2: byte 0xE9 is not utf-8 text .*encoding option"):
        read_table(data="Name\nJosé\n".encode("latin-1"), encoding="utf-8")
    with pytest.raises(EncodingError, match="unknown encoding 'klingon'"):
        read_table(data=b"Name\nAda\n", encoding="klingon")


def test_a_field_longer_than_a_megabyte_names_its_row_and_column():
    data = b"Name,Email,Notes\nAda,ada@example.com,short\nBob,bob@example.com," + b"x" * (MAX_FIELD + 10)
    with pytest.raises(CsvError, match=r"^row 3, Notes: field longer than 1 MB"):
        read_table(data=data + b"\n")


def test_a_stray_quote_in_a_4_mb_file_names_its_row():
    lines = ["First Name,Last Name,Email\n", *(f"A{i},B{i},a{i}@example.com\n" for i in range(5))]
    lines.append('Bob,"Smith,bob@example.com\n')
    lines += [f"A{i},B{i},a{i}@example.com\n" for i in range(130_000)]
    data = "".join(lines).encode()
    assert len(data) > 4_000_000
    with pytest.raises(CsvError, match=r"^row 7, Last Name: field longer than 1 MB \(a stray quote"):
        read_table(data=data)


def test_a_line_without_end_longer_than_the_bound_is_refused():
    with pytest.raises(CsvError, match=r"^row 2, column 1: field longer than 1 MB"):
        read_table(data=b"a,b\n" + b"y" * (9 * MAX_FIELD), has_header=False)


def test_more_rows_than_the_maximum_is_a_clear_error():
    data = "Name\n" + "".join(f"P{i}\n" for i in range(11))
    assert len(read_table(data=data.encode(), max_rows=11).rows) == 11
    with pytest.raises(CsvError, match=r"^row 13: more than 11 rows; split the file"):
        read_table(data=data.encode() + b"P11\n", max_rows=11)


def test_blank_rows_are_skipped_in_constant_memory(tmp_path):
    path = tmp_path / "blank.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        handle.write("Name,Email\nAda,ada@example.com\n")
        handle.write(",\n" * 600_000)  # 1.2 MB of empty rows
        handle.write("Bob,bob@example.com\n")
    tracemalloc.start()
    try:
        table = read_table(path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert [n for n, _ in table.rows] == [2, 600_003]
    assert peak < 6 * 1024 * 1024  # all rows kept took 50 MB


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "the file is empty"),
        (b"\n\n , ,\n\n", r"the file holds no rows \(only blank lines\)"),
        (b"First Name,Last Name,Email\n\n", r"has a header row \(row 1\) but no rows below it"),
    ],
)
def test_an_empty_file_is_refused(data, message):
    with pytest.raises(CsvError, match=message):
        read_table(data=data)


def test_a_missing_file_is_a_rapport_error(tmp_path):
    with pytest.raises(RapportError, match="cannot open"):
        read_table(tmp_path / "nope.csv")


def test_row_numbers_count_blank_rows_and_quoted_newlines_stay_in_their_cell():
    table = read_table(data=b'Name,Notes\n\nAda,"two\nlines"\n,\nBob,x\n')
    assert [n for n, _ in table.rows] == [3, 5]
    assert table.records()[0]["Notes"] == "two\nlines"
