"""Standardisation: the casing rules, the proposals from stored values, apply and revert, the CLI."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select, update

from app.models import AuditEntry, Contact
from app.services.quality.standard_forms import national_format, proper_case
from app.services.records.contacts import ContactInput


@pytest.mark.parametrize(
    ("text", "surname", "expected"),
    [
        ("JOHN", False, "John"),
        ("MCDONALD", True, "McDonald"),
        ("McDonald", True, "McDonald"),
        ("DeSantis", True, "DeSantis"),
        ("o'neil", True, "O'Neil"),
        ("VAN DER BERG", True, "van der Berg"),
        ("anne-marie", False, "Anne-Marie"),
        ("FRANKFURT AM MAIN", False, "Frankfurt am Main"),
        ("LE HAVRE", False, "Le Havre"),
        ("  rio   de janeiro ", False, "Rio de Janeiro"),
        ("MÜNCHEN", False, "München"),
    ],
)
def test_proper_case(text, surname, expected):
    assert proper_case(text, surname) == expected


def test_national_format():
    assert national_format("+49301234567") == "030 1234567"
    assert national_format("+12025550100") == "(202) 555-0100"
    assert national_format("") == ""


def _messy(ctx):
    contact = ctx.contacts.create(ContactInput(last_name="x", email="Grace@Navy.example")).value
    with ctx.sessions.begin() as s:  # values as an old import or another program left them
        s.execute(
            update(Contact)
            .where(Contact.id == contact.id)
            .values(
                first_name="GRACE",
                last_name="MCDONALD",
                email=" Grace@Navy.Example ",
                phone="",
                phone_display="030 1234567",
                city="BERLIN",
                country="de",
            )
        )
    return contact


def test_proposals_apply_as_audited_versioned_writes_and_revert(ctx):
    contact = _messy(ctx)
    service = ctx.standardise
    changes = service.propose("contact")
    assert {c.field: (c.before, c.after) for c in changes} == {
        "first_name": ("GRACE", "Grace"),
        "last_name": ("MCDONALD", "McDonald"),
        "city": ("BERLIN", "Berlin"),
        "email": (" Grace@Navy.Example ", "grace@navy.example"),
        "country": ("de", "DE"),
        "phone": ("", "+49301234567"),
    }
    assert {c.label for c in changes} == {"GRACE MCDONALD"}
    chosen = [c for c in changes if c.field != "city"]
    outcome = service.apply(chosen)
    assert outcome.value == 1 and outcome.changes.touches("contact")
    detail = ctx.contacts.get(contact.id)
    assert (detail.first_name, detail.last_name, detail.city, detail.country, detail.phone) == (
        "Grace",
        "McDonald",
        "BERLIN",
        "DE",
        "+49301234567",
    )
    assert detail.version == contact.version + 1
    with ctx.sessions() as s:
        audited = s.scalar(
            select(func.count()).where(AuditEntry.entity_id == contact.id, AuditEntry.action == "update")
        )
        assert audited == len(chosen)
    service.revert(chosen)
    detail = ctx.contacts.get(contact.id)
    assert (detail.first_name, detail.email, detail.country) == ("GRACE", " Grace@Navy.Example ", "de")
    assert service.propose("contact", [contact.id]) == changes


def test_a_record_changed_since_the_preview_keeps_its_new_value(ctx):
    contact = _messy(ctx)
    changes = ctx.standardise.propose("contact", [contact.id])
    with ctx.sessions.begin() as s:
        s.execute(update(Contact).where(Contact.id == contact.id).values(first_name="Gracie"))
    ctx.standardise.apply(changes)
    detail = ctx.contacts.get(contact.id)
    assert (detail.first_name, detail.last_name) == ("Gracie", "McDonald")


def test_cli_prints_the_changes_and_applies_them(tmp_path, capsys):
    from app.cli import main
    from app.config import Settings
    from app.context import AppContext

    db = tmp_path / "crm.db"
    ctx = AppContext.open(Settings(db_url=f"sqlite:///{db}"))
    contact = _messy(ctx)
    ctx.close()
    assert main(["--db", str(db), "standardise", "contacts", "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "GRACE MCDONALD: last_name 'MCDONALD' -> 'McDonald'" in out
    assert "6 change(s) to 1 contact(s) proposed (dry run: nothing changed)" in out
    assert main(["--db", str(db), "standardise", "contacts"]) == 0
    assert "1 contact(s) standardised" in capsys.readouterr().out
    ctx = AppContext.open(Settings(db_url=f"sqlite:///{db}"))
    assert ctx.contacts.get(contact.id).last_name == "McDonald"
    ctx.close()
