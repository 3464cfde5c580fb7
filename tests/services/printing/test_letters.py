"""Mail-merge letters: templates checked before use, no blank where a value is missing, window layout."""

from __future__ import annotations

import io
from datetime import date

import pytest
from pypdf import PdfReader

from app.services.core.errors import ValidationError
from app.services.core.listing import ListQuery
from app.services.core.merge_templates import compile_template, problems
from app.services.importing.export import list_rows
from app.services.printing import letters, letters_pdf
from app.services.records.accounts import AccountInput
from app.services.records.contacts import ContactInput, MembershipInput

KNOWN = {"contact": ("first_name", "title"), "me": ("name",)}


@pytest.mark.parametrize(
    ("source", "message"),
    [
        (
            "Hi {{ contact.frist_name }}",
            "template: line 1: no field contact.frist_name (there are contact.first_name",
        ),
        (
            "Hi\n{{ contakt.first_name }}",
            "template: line 2: no field group 'contakt' (there are contact, me)",
        ),
        ("Hi {% if %}", "template: line 1: Expected an expression"),
        ("{{ contact.__class__ }}", "no field contact.__class__"),
    ],
)
def test_a_template_is_checked_before_it_is_used(source, message):
    with pytest.raises(ValidationError, match=message.replace("(", r"\(").replace(")", r"\)")):
        compile_template(source, KNOWN)


def test_the_sandbox_refuses_pythons_insides():
    template = compile_template("{{ ''.__class__.__mro__ }}", KNOWN)
    with pytest.raises(ValidationError, match="cannot be filled in"):
        template.render({"contact": {"first_name": "Ann"}})


def test_a_missing_value_is_named_per_recipient_and_an_if_may_skip_it():
    strict = compile_template("Dear {{ contact.title }} {{ contact.first_name }}", KNOWN)
    guarded = compile_template(
        "Dear {% if contact.title %}{{ contact.title }} {% endif %}{{ contact.first_name }}", KNOWN
    )
    ann = {"contact": {"first_name": "Ann", "title": "Dr"}}
    bo = {"contact": {"first_name": "Bo", "title": ""}}
    assert problems(strict, [("Ann", ann), ("Bo", bo)]) == [problems(strict, [("Bo", bo)])[0]]
    (problem,) = problems(strict, [("Bo", bo)])
    assert problem.recipient == "Bo" and problem.field == "contact.title has no value"
    assert guarded.render(bo) == "Dear Bo" and guarded.render(ann) == "Dear Dr Ann"


def _people(ctx):
    acme = ctx.accounts.create(
        AccountInput(
            name="Acme GmbH", address="Hafenstr. 3", postal_code="28195", city="Bremen", country="DE"
        )
    ).value.id
    for first, last, salutation in (("Jan", "Ohm", "Herr"), ("Eva", "Berg", "")):
        ctx.contacts.create(
            ContactInput(first_name=first, last_name=last, salutation=salutation,
                         memberships=(MembershipInput(acme, is_primary=True),))
        )  # fmt: skip
    ctx.contacts.create(ContactInput(first_name="No", last_name="Where"))
    return list_rows(ctx.contacts, ListQuery(sort="name"))


def test_letters_refuse_to_print_a_blank_and_name_who_lacks_what(ctx):
    subject, body = letters.templates(
        "Hello", "Dear {{ contact.salutation }} {{ contact.last_name }},\n\nText."
    )
    run = letters.merge(_people(ctx), subject, body, ("Ann Rep", "ann@x"), ("Us GmbH", "", ""), "DE", date(2026, 12, 8),
                        ctx.contacts.company_addresses)  # fmt: skip
    assert [(p.recipient, p.field) for p in run.missing] == [("Eva Berg", "contact.salutation has no value")]
    assert run.without_address == ["No Where"]


def test_each_letter_has_its_page_the_address_in_the_window_and_a_running_head_when_long(ctx):
    subject, body = letters.templates(
        "Service plans for {{ account.name }}",
        "Dear {% if contact.salutation %}{{ contact.salutation }} {% endif %}{{ contact.last_name }},\n\n"
        "{{ our.name }} writes.\n\nKind regards,\n{{ me.name }}",
    )
    run = letters.merge(_people(ctx), subject, body, ("Ann Rep", "ann@x"), ("Us GmbH", "", ""), "DE", date(2026, 12, 8),
                        ctx.contacts.company_addresses)  # fmt: skip
    assert run.missing == [] and [x.recipient for x in run.letters] == ["Eva Berg", "Herr Jan Ohm"]
    assert run.letters[1].address == ("Herr Jan Ohm", "Acme GmbH", "Hafenstr. 3", "28195 BREMEN")
    assert run.letters[1].body.startswith("Dear Herr Ohm,") and run.letters[1].body.endswith(
        "Kind regards,\nAnn Rep"
    )
    long = letters.Letter("Eva Berg", ("Eva Berg",), "Long", "\n\n".join(["A paragraph of text. " * 20] * 20))
    data = letters_pdf.render(
        [*run.letters, long], ("Us GmbH", "Main St 1", "28195 Bremen"), date(2026, 12, 8)
    )
    pages = PdfReader(io.BytesIO(data)).pages
    assert len(pages) >= 4
    first = pages[1].extract_text()
    assert "Service plans for Acme GmbH" in first and "8 December 2026" in first
    assert "Us GmbH · Main St 1 · 28195 Bremen" in first  # the return line above the address

    where = {}

    def visit(text, _cm, tm, _font, _size):  # type: ignore[no-untyped-def]
        if text.strip():
            where[text.strip()] = (tm[4], tm[5])

    pages[1].extract_text(visitor_text=visit)
    x, y = where["28195 BREMEN"]
    mm = 72 / 25.4
    assert 20 * mm <= x <= 105 * mm and 297 * mm - 90 * mm <= y <= 297 * mm - 45 * mm  # inside the DL window
    assert "Eva Berg · 8 December 2026" in pages[3].extract_text() and "Page 2" in pages[3].extract_text()
