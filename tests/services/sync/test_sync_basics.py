"""Field-level sync between SQLite replicas and the PostgreSQL office server."""

from __future__ import annotations

from app.services.records.contacts import ContactInput
from app.services.sync.conflicts import open_conflicts, resolve
from app.services.sync.status import sync_status
from tests.services.sync.conftest import edit


def test_a_replica_holds_the_office_records_and_pulls_their_changes(office, laptop_factory):
    made = office.contacts.create(ContactInput(last_name="Lovelace", first_name="Ada")).value
    laptop = laptop_factory("a")
    assert laptop.ctx.contacts.get(made.id).last_name == "Lovelace"
    edit(office, made.id, title="Countess")
    report = laptop.sync()
    assert report.pulled == 1 and report.pushed == 0
    assert laptop.ctx.contacts.get(made.id).title == "Countess"


def test_edits_to_different_fields_of_one_record_both_survive(office, laptop_factory):
    made = office.contacts.create(ContactInput(last_name="Lovelace", first_name="Ada")).value
    laptop = laptop_factory("a")
    edit(laptop.ctx, made.id, title="Countess")
    edit(office, made.id, city="London")
    assert sync_status(laptop.ctx.engine).pending == 1
    laptop.sync()
    for side in (office, laptop.ctx):
        got = side.contacts.get(made.id)
        assert (got.title, got.city) == ("Countess", "London")
    assert sync_status(laptop.ctx.engine).pending == 0
    assert open_conflicts(laptop.ctx.engine) == []


def test_the_same_field_changed_on_both_sides_is_listed_and_the_users_choice_wins(office, laptop_factory):
    made = office.contacts.create(ContactInput(last_name="Lovelace", first_name="Ada")).value
    laptop = laptop_factory("a")
    edit(laptop.ctx, made.id, title="Mine")
    edit(office, made.id, title="Theirs")
    assert laptop.sync().conflicts == 1
    # Until the user decides, both hold the office's value; the replica's waits in the list.
    assert office.contacts.get(made.id).title == laptop.ctx.contacts.get(made.id).title == "Theirs"
    (conflict,) = open_conflicts(laptop.ctx.engine)
    assert (conflict.table, conflict.field, conflict.mine, conflict.theirs) == (
        "contacts",
        "title",
        "Mine",
        "Theirs",
    )
    assert conflict.theirs_by == office.current_user.name and conflict.theirs_at  # who changed it, when
    resolve(laptop.ctx.engine, conflict.id, "mine")
    laptop.sync()
    assert office.contacts.get(made.id).title == "Mine"
    assert open_conflicts(laptop.ctx.engine) == []


def test_a_typed_value_settles_a_conflict(office, laptop_factory):
    made = office.contacts.create(ContactInput(last_name="Lovelace")).value
    laptop = laptop_factory("a")
    edit(laptop.ctx, made.id, city="Paris")
    edit(office, made.id, city="Rome")
    laptop.sync()
    (conflict,) = open_conflicts(laptop.ctx.engine)
    resolve(laptop.ctx.engine, conflict.id, "value", "Vienna")
    laptop.sync()
    assert office.contacts.get(made.id).city == laptop.ctx.contacts.get(made.id).city == "Vienna"


def test_offline_creates_reach_the_office_and_an_empty_sync_changes_nothing(office, laptop_factory):
    laptop = laptop_factory("a")
    made = laptop.ctx.contacts.create(ContactInput(last_name="Hopper", first_name="Grace")).value
    report = laptop.sync()
    assert report.pushed == 1
    assert office.contacts.get(made.id).last_name == "Hopper"
    again = laptop.sync()
    assert (again.pushed, again.pulled, again.conflicts) == (0, 0, 0)


def test_a_deletion_against_an_edit_is_listed_and_keeps_the_edit(office, laptop_factory):
    made = office.contacts.create(ContactInput(last_name="Lovelace")).value
    laptop = laptop_factory("a")
    laptop.ctx.contacts.delete([made.id])
    edit(office, made.id, title="Countess")
    laptop.sync()
    (conflict,) = open_conflicts(laptop.ctx.engine)
    assert conflict.field == "deleted_at" and conflict.theirs is None and conflict.mine is not None
    got = laptop.ctx.contacts.get(made.id)
    assert got.title == "Countess"  # the office's edit is not dropped: the record stays live meanwhile
    resolve(laptop.ctx.engine, conflict.id, "mine")
    laptop.sync()
    with office.sessions() as s:
        from app.models import Contact

        assert s.get(Contact, made.id).deleted_at is not None
        assert s.get(Contact, made.id).title == "Countess"


def test_the_office_history_shows_what_a_sync_brought_in_and_whose_it_was(office, laptop_factory):
    made = office.contacts.create(ContactInput(last_name="Lovelace")).value
    laptop = laptop_factory("a")
    edit(laptop.ctx, made.id, title="Countess")
    created = laptop.ctx.contacts.create(ContactInput(last_name="Offline")).value
    laptop.sync()
    history = office.audit_log.history("contact", made.id)
    assert [(h.action, h.field, h.old, h.new, h.user) for h in history[:1]] == [
        ("update", "title", "", "Countess", laptop.ctx.current_user.name)
    ]
    assert [h.action for h in office.audit_log.history("contact", created.id)] == ["create"]
    laptop.sync()  # nothing new: no second entry
    assert len(office.audit_log.history("contact", made.id)) == len(history)
