"""A salesperson's call sheet: the day's open calls and meetings, recent overdue tasks, numbers, context."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from pypdf import PdfReader

from app.services.records.accounts import AccountInput
from app.services.records.contacts import ContactInput, MembershipInput
from app.services.scheduling.activities import ActivityInput
from app.services.scheduling.call_sheet_pdf import render

BERLIN = ZoneInfo("Europe/Berlin")
DAY = date(2026, 12, 8)


def _at(day_offset: int, hour: int) -> datetime:
    return datetime(2026, 12, 8, hour, tzinfo=BERLIN) + timedelta(days=day_offset)


def test_the_sheet_holds_the_days_open_work_in_time_order_with_numbers_and_the_last_contact(ctx):
    me = ctx.lookups.ensure_user("Ann Rep", "ann@example.com")
    other = ctx.lookups.ensure_user("Bo Other", "bo@example.com")
    acme = ctx.accounts.create(AccountInput(name="Acme GmbH", phone="+49 30 1234567", country="DE")).value.id
    ada = ctx.contacts.create(
        ContactInput(last_name="Lovelace", first_name="Ada", phone="+49 30 7654321", country="DE",
                     memberships=(MembershipInput(acme, is_primary=True),))
    ).value.id  # fmt: skip

    def task(subject, due=None, start=None, kind="task", owner=me.id, done=None):
        end = start + timedelta(hours=1) if start else None
        data = ActivityInput(kind=kind, subject=subject, contact_id=ada, account_id=acme, owner_id=owner,
                             due_at=due, start_at=start, end_at=end, done_at=done)  # fmt: skip
        return ctx.activities.create(data).value.id

    task("Intro call", kind="call", due=_at(-5, 9), done=_at(-5, 9))  # the last contact
    task("Send brochure", due=_at(-2, 10))  # overdue, still on the sheet
    task("Ancient task", due=_at(-45, 10))  # too old for a day's sheet
    task("Follow-up call", kind="call", due=_at(0, 15))
    task("Site visit", kind="meeting", start=_at(0, 11))
    task("Tomorrow's meeting", kind="meeting", start=_at(1, 11))
    task("Done today", due=_at(0, 8), done=_at(-9, 8))  # done early: older than the intro call
    task("Someone else's", due=_at(0, 9), owner=other.id)

    sheet = ctx.call_sheets.for_day(me.id, DAY, BERLIN, now=datetime(2026, 12, 8, 7, tzinfo=UTC))
    assert sheet.owner == "Ann Rep"
    assert [i.subject for i in sheet.items] == ["Send brochure", "Site visit", "Follow-up call"]
    overdue, visit, call = sheet.items
    assert overdue.overdue and not visit.overdue and not call.overdue
    assert visit.at == _at(0, 11) and visit.at.tzinfo is not None
    assert call.person == "Ada Lovelace" and call.company == "Acme GmbH"
    assert len(call.phones) == 2 and call.phones[1].endswith("(company)")
    assert call.last_contact.endswith("call: Intro call") and call.last_contact.startswith("2026-12-03 ")

    pages = [p.extract_text() for p in PdfReader(io.BytesIO(render(sheet))).pages]
    assert len(pages) == 1
    text = pages[0]
    assert "Call sheet · Ann Rep · Tuesday 08 December 2026" in text
    assert "3 to do, 1 overdue" in text
    assert text.index("Send brochure") < text.index("Site visit") < text.index("Follow-up call")
    assert "Someone else" not in text and "Ancient" not in text


def test_an_empty_day_prints_a_sheet_that_says_so(ctx):
    me = ctx.lookups.ensure_user("Ann Rep", "ann@example.com")
    sheet = ctx.call_sheets.for_day(me.id, DAY, BERLIN)
    assert sheet.items == ()
    (text,) = [p.extract_text() for p in PdfReader(io.BytesIO(render(sheet))).pages]
    assert "Nothing due" in text
