"""The look-ahead before the import's lock reads the match the same way the write does, even when the
match arrives as its text value (as the import wizard passes it): a row "like an existing record" is then
skipped when asked (it was imported because the look-ahead took "none" for a match)."""

from __future__ import annotations

from app.services.core.listing import ListQuery
from app.services.importing.csv_read import read_table
from app.services.importing.engine import RecordImportSpec
from app.services.records.contacts import ContactInput


def test_skip_likely_with_the_match_given_as_text(sqlite_ctx):
    ctx = sqlite_ctx
    ctx.contacts.create(ContactInput(last_name="Hopper", first_name="Grace", email="grace@navy.example"))
    table = read_table(
        data=b"First Name,Last Name,Email\nGrace,Hopper,grace@navy.example\nAlan,Turing,\n", has_header=True
    )
    spec = RecordImportSpec(
        {"first_name": "First Name", "last_name": "Last Name", "email": "Email"},
        match="none",
        skip_likely=True,
    )
    report = ctx.importer.run("contacts", table, spec).value
    assert (report.created, report.skipped) == (1, 1)
    assert ctx.contacts.count(ListQuery()) == 2
