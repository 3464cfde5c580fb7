"""Duplicate detection (blocking + fuzzy scores) and merging with everything moved, audited and undoable."""

from __future__ import annotations

import csv

from sqlalchemy import func, select

from app.cli import main
from app.models import AccountContact, Activity, AuditEntry, Contact, Tag, Tagging, utcnow
from app.services.quality.dedupe import blocking_keys, find_pairs
from app.services.quality.similarity import Candidate, fold
from app.services.records.accounts import AccountInput
from app.services.records.contacts import ContactInput, MembershipInput


def test_fold_and_blocking_keys_survive_accents_and_swapped_names():
    assert fold("  Jürgen  MÜLLER-Lüdenscheidt ") == "jurgen muller ludenscheidt"
    a = Candidate(None, fold("Anna Schmidt"), "anna@x.example", "+4930123456", "", "")  # type: ignore[arg-type]
    b = Candidate(None, fold("Schmidt Anna"), "", "", "", "")  # type: ignore[arg-type]
    assert blocking_keys(a) & blocking_keys(b)


def test_find_pairs_scores_typos_swaps_and_missing_values():
    import uuid

    ids = [uuid.UUID(int=i) for i in range(1, 6)]
    people = [
        Candidate(ids[0], fold("Margaret Hamilton"), "mh@nasa.example", "+16175550100", "nasa", "boston"),
        Candidate(ids[1], fold("Margaret Hamliton"), "mh@nasa.example", "", "nasa", ""),  # typo, no phone
        Candidate(ids[2], fold("Hamilton Margaret"), "", "+16175550100", "", ""),  # swapped, no email
        Candidate(
            ids[3], fold("Margaret Hampton"), "m.hampton@other.example", "+441234567890", "acme", "york"
        ),
        Candidate(ids[4], fold("Grace Hopper"), "grace@navy.example", "", "", ""),
    ]
    pairs = find_pairs("contact", people)
    found = {(p.id_a, p.id_b): p for p in pairs}
    assert {(ids[0], ids[1]), (ids[0], ids[2])} <= set(found)  # (1, 2) share only a name, with a typo
    assert not {ids[3], ids[4]} & {i for pair in found for i in pair}
    assert found[(ids[0], ids[1])].matched == ("name", "email", "company")
    assert found[(ids[0], ids[2])].matched == ("name", "phone")
    assert all(80 <= p.score <= 100 for p in pairs)
    assert find_pairs("contact", people, dismissed=[(ids[1], ids[0])]) == [
        p for p in pairs if (p.id_a, p.id_b) != (ids[0], ids[1])
    ]


def _twins(ctx):
    acme = ctx.accounts.create(AccountInput(name="Acme GmbH")).value.id
    initech = ctx.accounts.create(AccountInput(name="Initech")).value.id
    a = ctx.contacts.create(
        ContactInput(
            last_name="Hamilton",
            first_name="Margaret",
            email="mh@nasa.example",
            memberships=(MembershipInput(acme, is_primary=True),),
        )
    ).value.id
    b = ctx.contacts.create(
        ContactInput(
            last_name="Hamliton",
            first_name="Margaret",
            email="mh@nasa.example",
            phone="+1 617 555 0100",
            city="Boston",
            memberships=(MembershipInput(acme, is_primary=True), MembershipInput(initech)),
        )
    ).value.id
    return acme, initech, a, b


def test_service_finds_the_pair_and_remembers_not_duplicates(ctx):
    _, _, a, b = _twins(ctx)
    pairs = ctx.dedupe.find("contact")
    assert [(p.id_a, p.id_b) for p in pairs] == [tuple(sorted((a, b)))]
    ctx.merge.not_duplicates("contact", b, a)
    assert ctx.dedupe.find("contact") == []
    ctx.merge.not_duplicates("contact", a, b, remember=False)
    assert len(ctx.dedupe.find("contact")) == 1


def test_merge_moves_links_takes_chosen_fields_audits_and_undo_restores(ctx):
    _, _, a, b = _twins(ctx)
    with ctx.sessions.begin() as s:
        s.add(Activity(kind="call", subject="Call Margaret", contact_id=b, occurred_at=utcnow()))
        tag = Tag(name="vip")
        s.add(tag)
        s.flush()
        s.add(Tagging(tag_id=tag.id, entity_type="contact", entity_id=b))
    result = ctx.merge.merge("contact", a, b, take_from_other=("phone", "city")).value
    survivor = ctx.contacts.get(a)
    assert (survivor.phone, survivor.phone_display, survivor.city) == (
        "+16175550100",
        "+1 617 555 0100",
        "Boston",
    )
    assert {m.account_name: m.is_primary for m in survivor.memberships} == {
        "Acme GmbH": True,
        "Initech": False,
    }
    assert len(survivor.tag_ids) == 1
    assert ctx.contacts.get(b).deleted_at is not None
    with ctx.sessions() as s:
        assert s.scalar(select(Activity.contact_id)) == a
        assert s.scalar(select(func.count()).where(AuditEntry.action == "merge")) == 2
    ctx.merge.unmerge(result)
    back, other = ctx.contacts.get(a), ctx.contacts.get(b)
    assert (back.phone, back.city, len(back.tag_ids)) == ("", "", 0)
    assert [m.account_name for m in back.memberships] == ["Acme GmbH"]
    assert other.deleted_at is None
    assert {m.account_name: m.is_primary for m in other.memberships} == {"Acme GmbH": True, "Initech": False}
    with ctx.sessions() as s:
        assert s.scalar(select(Activity.contact_id)) == b
        assert (
            s.scalar(
                select(func.count()).select_from(AccountContact).where(AccountContact.deleted_at.is_(None))
            )
            == 3
        )


def test_merge_accounts_moves_contacts_and_renames_their_company(ctx):
    acme = ctx.accounts.create(AccountInput(name="Acme GmbH", domain="acme.example")).value.id
    acme2 = ctx.accounts.create(AccountInput(name="ACME GmbH.", domain="acme.example")).value.id
    c = ctx.contacts.create(
        ContactInput(last_name="Doe", memberships=(MembershipInput(acme2, is_primary=True),))
    ).value.id
    assert len(ctx.dedupe.find("account")) == 1
    result = ctx.merge.merge("account", acme, acme2).value
    assert ctx.contacts.get(c).company_name == "Acme GmbH"
    ctx.merge.unmerge(result)
    assert ctx.contacts.get(c).company_name == "ACME GmbH."
    with ctx.sessions() as s:
        assert s.scalar(select(AccountContact.account_id).where(AccountContact.contact_id == c)) == acme2
        assert s.scalar(select(func.count()).select_from(Contact)) == 1


def test_cli_dedupe_writes_pairs(ctx, tmp_path, capsys):
    _, _, a, b = _twins(ctx)
    out = tmp_path / "pairs.csv"
    assert main(["--db", ctx.settings.db_url, "dedupe", "contacts", "-o", str(out)]) == 0
    rows = list(csv.DictReader(out.open()))
    assert [(r["id_a"], r["id_b"]) for r in rows] == [tuple(str(i) for i in sorted((a, b)))]
    assert rows[0]["matched"] == "name email company" and float(rows[0]["score"]) >= 80
    assert main(["--db", ctx.settings.db_url, "dedupe", "contacts", "--threshold", "99.5"]) == 0
    assert capsys.readouterr().out.strip().endswith("name_a,name_b")
