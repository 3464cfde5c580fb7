"""Custom fields: definitions, validated values on every record type, sorted and filtered lists, the trash."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import literal_column, select, text, tuple_

from app.models import AuditEntry, Contact
from app.services.core.custom_fields import FieldInput, key_from_label
from app.services.core.custom_values import index_name
from app.services.core.errors import ValidationError
from app.services.core.listing import CustomFilter, ListQuery
from app.services.documents.products import ProductInput
from app.services.records.accounts import AccountInput
from app.services.records.contacts import ContactInput
from app.services.sales.leads import LeadInput


def _define(ctx, label, kind="text", entity="contact", **kw):
    return ctx.custom_fields.create(FieldInput(entity, label, kind, **kw)).value


def _indexes(ctx, table: str) -> set[str]:
    sql = (
        "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = :t"
        if ctx.engine.dialect.name == "sqlite"
        else "SELECT indexname FROM pg_indexes WHERE tablename = :t"
    )
    with ctx.engine.connect() as conn:
        return set(conn.scalars(text(sql), {"t": table}))


def test_key_from_label() -> None:
    assert key_from_label("Contract end (UTC)") == "contract_end_utc"
    assert key_from_label("2nd phone") == "f_2nd_phone"


def test_values_are_validated_typed_and_defaulted(ctx) -> None:
    _define(ctx, "Tier", "choice", choices=("Gold", "Silver"), default_value="Silver")
    _define(ctx, "Budget", "money", currency="EUR", required=True)
    _define(ctx, "Seats", "number")
    _define(ctx, "Renewal", "date")
    _define(ctx, "VIP", "checkbox")
    _define(ctx, "Interests", "multi_choice", choices=("CRM", "ERP", "BI"))
    _define(ctx, "Site", "url")
    _define(ctx, "Billing email", "email")
    _define(ctx, "Hotline", "phone")
    with pytest.raises(ValidationError) as err:
        ctx.contacts.create(
            ContactInput(
                last_name="",
                custom={"tier": "Bronze", "seats": "many", "renewal": "31/12/2026", "site": "not a url"},
            )
        )
    fields = {e.field: e.message for e in err.value.errors}
    assert set(fields) == {
        "last_name",
        "custom.tier",
        "custom.budget",
        "custom.seats",
        "custom.renewal",
        "custom.site",
    }
    assert fields["custom.budget"] == "Budget is required"
    assert "Gold, Silver" in fields["custom.tier"]
    detail = ctx.contacts.create(
        ContactInput(
            last_name="Ada",
            custom={
                "budget": "1,234.50",
                "seats": "12.5",
                "renewal": "2026-12-31",
                "vip": "yes",
                "interests": "erp; crm",
                "site": "example.com/x",
                "billing_email": "Billing@Example.COM",
                "hotline": "+49 30 1234567",
            },
        )
    ).value
    assert detail.custom == {
        "tier": "Silver",  # the default
        "budget": 123450,
        "seats": 12.5,
        "renewal": "2026-12-31",
        "vip": True,
        "interests": ["CRM", "ERP"],
        "site": "https://example.com/x",
        "billing_email": "billing@example.com",
        "hotline": "+49301234567",
    }
    assert ctx.contacts.get(detail.id).custom == detail.custom


def test_edit_replaces_live_values_keeps_others_and_audits_each_key(ctx) -> None:
    _define(ctx, "Tier", "choice", choices=("Gold", "Silver"))
    _define(ctx, "Seats", "number")
    created = ctx.contacts.create(ContactInput(last_name="Ada", custom={"tier": "Gold", "seats": 3})).value
    with ctx.uow() as work:  # a key no definition owns (an import's external id) must survive edits
        obj = work.session.get(Contact, created.id)
        obj.custom = {**obj.custom, "external_id": "X-1"}
    before = ctx.contacts.get(created.id)
    edited = ctx.contacts.update(created.id, replace_custom(before, {"seats": "4"}), before.version).value
    assert edited.custom == {"seats": 4, "external_id": "X-1"}  # tier cleared: the form left it out
    untouched = ctx.contacts.update(created.id, ContactInput(last_name="Ada B"), edited.version).value
    assert untouched.custom == edited.custom  # custom=None leaves the values alone
    with ctx.uow() as work:
        audited = work.session.execute(
            select(AuditEntry.field, AuditEntry.old_value, AuditEntry.new_value).where(
                AuditEntry.entity_id == created.id, AuditEntry.field.like("custom.%")
            )
        ).all()
    assert sorted(audited) == [("custom.seats", "3", "4"), ("custom.tier", "Gold", None)]
    undone = ctx.contacts.update(created.id, before.as_input(), untouched.version).value  # what undo does
    assert undone.custom == {"tier": "Gold", "seats": 3, "external_id": "X-1"}


def replace_custom(detail, custom):
    from dataclasses import replace

    return replace(detail.as_input(), custom=custom)


def test_every_record_type_takes_custom_values(ctx) -> None:
    for entity in ("account", "lead", "product"):
        _define(ctx, "Region", "choice", entity=entity, choices=("North", "South"), required=True)
    account = ctx.accounts.create(AccountInput(name="Acme", custom={"region": "north"})).value
    lead = ctx.leads.create(LeadInput(last_name="Lee", company="L", custom={"region": "South"})).value
    product = ctx.products.create(
        ProductInput(sku="P1", name="Widget", price="1", custom={"region": "North"})
    )
    assert account.custom == {"region": "North"}
    assert lead.custom == {"region": "South"}
    assert product.value.custom == {"region": "North"}
    with pytest.raises(ValidationError, match="Region is required"):
        ctx.products.create(ProductInput(sku="P2", name="Gadget", price="1"))


def test_definition_rules_key_kind_and_index(ctx) -> None:
    seats = _define(ctx, "Seats", "number")
    assert index_name("contacts", "seats") in _indexes(ctx, "contacts")
    with pytest.raises(ValidationError, match="taken"):
        _define(ctx, "Seats", "text")
    with pytest.raises(ValidationError, match="at least one choice"):
        _define(ctx, "Tier", "choice")
    with pytest.raises(ValidationError, match="default"):
        _define(ctx, "Budget", "money", default_value="lots")
    ctx.contacts.create(ContactInput(last_name="Ada", custom={"seats": 2}))
    renamed = ctx.custom_fields.update(
        seats.id, FieldInput("contact", "Licences", "number", "seats"), seats.version
    ).value
    assert (renamed.label, renamed.key) == ("Licences", "seats")
    with pytest.raises(ValidationError, match="cannot change: records hold values"):
        ctx.custom_fields.update(
            seats.id, FieldInput("contact", "Licences", "text", "seats"), renamed.version
        )


def test_delete_keeps_values_restore_brings_them_back_purge_removes_them(ctx) -> None:
    tier = _define(ctx, "Tier", "text")
    _define(ctx, "Seats", "number")
    ada = ctx.contacts.create(ContactInput(last_name="Ada", custom={"tier": "Gold", "seats": 1})).value
    assert ctx.custom_fields.value_count(tier.id) == 1
    ctx.custom_fields.delete([tier.id])
    assert [f.key for f in ctx.custom_fields.fields("contact")] == ["seats"]
    assert [f.key for f in ctx.custom_fields.fields("contact", deleted=True)] == ["tier"]
    # an edit while the field is in the trash must not lose its value
    edited = ctx.contacts.update(
        ada.id, replace_custom(ctx.contacts.get(ada.id), {"seats": 2}), ada.version
    ).value
    assert edited.custom == {"tier": "Gold", "seats": 2}
    ctx.custom_fields.restore([tier.id])
    assert [f.key for f in ctx.custom_fields.fields("contact")] == ["seats", "tier"]
    ctx.custom_fields.delete([tier.id])
    assert ctx.custom_fields.purge([tier.id]).value == 1
    assert ctx.contacts.get(ada.id).custom == {"seats": 2}
    assert index_name("contacts", "tier") not in _indexes(ctx, "contacts")
    assert ctx.custom_fields.fields("contact", deleted=None)[0].key == "seats"


def test_reorder(ctx) -> None:
    a, _b, c = (_define(ctx, name) for name in ("A", "B", "C"))
    ctx.custom_fields.reorder("contact", [c.id, a.id])
    assert [f.label for f in ctx.custom_fields.fields("contact")] == ["C", "A", "B"]


def _all_keys(ctx, query: ListQuery, total: int, page_size: int = 7) -> list:
    rows, after, offset = [], None, 0
    while offset < total:
        page = ctx.contacts.page(query, offset, page_size, total, after=after)
        rows.extend(page.rows)
        after, offset = page.keys[-1], offset + len(page.rows)
    return rows


@pytest.mark.parametrize("kind", ["number", "text", "date", "money", "checkbox"])
def test_list_sorts_by_a_custom_field_with_keyset_paging(ctx, kind) -> None:
    _define(ctx, "Score", kind, currency="EUR")
    values = {
        "number": [5, -2, None, 10.5, 0, None, 3, 7, 7, 100, -50, 1, None, 2, 8, 9, 4],
        "text": ["b", "a", None, "z", "", "c", "c", None, "aa", "B", "y", "m", "n", "o", "p", "q", "r"],
        "date": ["2024-01-02", None, "2023-05-05", "2025-01-01", "2024-01-01"] * 3 + [None, "2020-02-02"],
        "money": [
            "5",
            "0.5",
            None,
            "100",
            "-3",
            None,
            "7.25",
            "1",
            "1",
            "2",
            "3",
            "4",
            "6",
            "8",
            "9",
            "10",
            "11",
        ],
        "checkbox": [True, False, None] * 5 + [True, None],
    }[kind]
    for i, v in enumerate(values):
        ctx.contacts.create(ContactInput(last_name=f"C{i:02}", custom={"score": v}))
    total = len(values)
    for descending in (False, True):
        query = ListQuery(sort="custom.score", descending=descending)
        assert ctx.contacts.count(query) == total
        rows = _all_keys(ctx, query, total)
        assert len({r.id for r in rows}) == total
        got = [r.custom.get("score") for r in rows]
        empty = {"number": float("-inf"), "money": float("-inf"), "checkbox": False}.get(kind, "")
        expected = sorted(got, key=lambda v: empty if v is None else v, reverse=descending)
        assert [empty if v is None else v for v in got] == [empty if v is None else v for v in expected]
        last = rows[-1]
        assert ctx.contacts.position(query, last.id) == total - 1 or got.count(got[-1]) > 1


def test_list_filters_on_a_custom_field(ctx) -> None:
    _define(ctx, "Seats", "number")
    _define(ctx, "Tier", "choice", choices=("Gold", "Silver"))
    _define(ctx, "Tags", "multi_choice", choices=("Red", "Blue"))
    data = [
        {"seats": 5, "tier": "Gold", "tags": ["Red"]},
        {"seats": 50, "tier": "Silver", "tags": ["Red", "Blue"]},
        {"seats": None, "tier": "Gold"},
        {"seats": -1},
    ]
    for i, custom in enumerate(data):
        ctx.contacts.create(ContactInput(last_name=f"C{i}", custom=custom))

    def names(op, key, value=None):
        query = ListQuery(custom_filter=CustomFilter(key, op, value))
        total = ctx.contacts.count(query)
        return sorted(r.last_name for r in ctx.contacts.page(query, 0, 50, total).rows)

    assert names("greater", "seats", "4") == ["C0", "C1"]
    assert names("less", "seats", "10") == ["C0", "C3"]  # the empty one is not "less than 10"
    assert names("equals", "tier", "gold") == ["C0", "C2"]
    assert names("empty", "seats") == ["C2"]
    assert names("not_empty", "tier") == ["C0", "C1", "C2"]
    assert names("contains", "tags", "Blue") == ["C1"]
    assert names("contains", "seats", "5") == ["C0", "C1"]
    with pytest.raises(ValidationError, match="Seats"):
        names("greater", "seats", "lots")


def test_custom_sort_uses_the_expression_index_on_sqlite(sqlite_ctx) -> None:
    ctx = sqlite_ctx
    _define(ctx, "Seats", "number")
    from app.services.core.custom_values import sort_expression
    from app.services.records.contacts import LIST

    col = sort_expression(Contact.__table__.c.custom, "seats", _kind("number"), "sqlite")
    stmt = select(col, Contact.id).where(Contact.deleted_at.is_(None)).order_by(col, Contact.id).limit(5)
    sql = str(stmt.compile(ctx.engine, compile_kwargs={"literal_binds": True}))
    with ctx.engine.connect() as conn:
        plan = " ".join(str(r[-1]) for r in conn.execute(text(f"EXPLAIN QUERY PLAN {sql}")))
    assert index_name("contacts", "seats") in plan and "TEMP B-TREE" not in plan
    assert LIST.custom_values


def _kind(name: str):
    from app.models import FieldKind

    return FieldKind(name)


def test_money_display_and_edit_text() -> None:
    import uuid

    from app.models import FieldKind
    from app.services.core.custom_validation import FieldDef, display, edit_text

    defn = FieldDef(
        uuid.uuid4(), 1, "contact", "budget", "Budget", FieldKind.MONEY, options={"currency": "EUR"}
    )
    assert display(defn, 123450) == "1,234.50 EUR"
    assert edit_text(defn, 123450) == "1234.50"
    assert Decimal(edit_text(defn, 5)) == Decimal("0.05")


def test_import_maps_columns_to_custom_fields_validates_them_and_undo_restores(ctx) -> None:
    from app.services.importing.csv_read import read_table
    from app.services.importing.engine import RecordImportService, RecordImportSpec
    from app.services.importing.mapping import suggest, suggest_custom

    _define(ctx, "Budget", "money", currency="EUR")
    _define(ctx, "Tier", "choice", choices=("Gold", "Silver"), default_value="Silver")
    ada = ctx.contacts.create(
        ContactInput(last_name="Ada", email="ada@example.com", custom={"tier": "Gold"})
    ).value
    service = RecordImportService(ctx.uow)
    bad = read_table(data=b"Last Name,Email,Budget\nBob,bob@example.com,lots\n")
    columns = suggest("contacts", bad.headers)
    columns.update(suggest_custom(bad.headers, ctx.custom_fields.fields("contact"), columns.values()))
    assert columns["custom.budget"] == "Budget"
    with pytest.raises(ValidationError) as err:
        service.run("contacts", bad, RecordImportSpec(columns))
    assert [(e.field, e.row) for e in err.value.errors] == [("Budget", 2)]
    with pytest.raises(ValidationError, match="no such custom field"):
        service.run("contacts", bad, RecordImportSpec({**columns, "custom.nope": "Budget"}))
    table = read_table(data=b"Last Name,Email,Budget\nBob,bob@example.com,12.5\nAda,ada@example.com,99\n")
    report = service.run("contacts", table, RecordImportSpec(columns)).value
    assert (report.created, report.updated) == (1, 1)
    bob = ctx.contacts.page(ListQuery(search="bob"), 0, 5, 1).rows[0]
    assert bob.custom == {"budget": 1250, "tier": "Silver"}  # the default for a new record
    assert ctx.contacts.get(ada.id).custom == {"tier": "Gold", "budget": 9900}  # tier kept
    service.undo(report.batch_id)
    assert ctx.contacts.get(ada.id).custom == {"tier": "Gold"}


@pytest.mark.parametrize("kind", ["number", "text", "checkbox"])
def test_sort_filter_and_keyset_queries_match_the_expression_index(ctx, kind) -> None:
    """The planner can only use the index if the query's expression is the indexed one, on both dialects."""
    from app.services.core.custom_values import filter_expression, sort_expression

    _define(ctx, "Score", kind)
    dialect = ctx.engine.dialect.name
    column = Contact.__table__.c.custom
    key = sort_expression(column, "score", _kind(kind), dialect)
    live = Contact.deleted_at.is_(None)
    sample = {"number": 5, "text": "m", "checkbox": True}[kind]
    some_id = literal_column(
        "'0190a000000070008000000000000000'" + ("::uuid" if dialect == "postgresql" else "")
    )
    queries = [
        select(key, Contact.id).where(live).order_by(key, Contact.id).limit(5),
        select(key, Contact.id)
        .where(live, tuple_(key, Contact.id) > tuple_(sample, some_id))
        .order_by(key, Contact.id)
        .limit(5),
        select(Contact.id).where(
            live, filter_expression(column, "score", _kind(kind), dialect, "equals", sample)
        ),
    ]
    name = index_name("contacts", "score")
    with ctx.engine.connect() as conn:
        if dialect == "postgresql":
            conn.execute(text("SET enable_seqscan = off"))
        for stmt in queries:
            sql = str(stmt.compile(ctx.engine, compile_kwargs={"literal_binds": True}))
            plan = " ".join(
                str(r[-1])
                for r in conn.execute(text(f"EXPLAIN {'QUERY PLAN ' if dialect == 'sqlite' else ''}{sql}"))
            )
            assert name in plan, plan


def test_demo_custom_values_are_valid_and_sortable(sqlite_ctx) -> None:
    from app.services.demo import dataset

    ctx = sqlite_ctx
    dataset.generate(ctx.engine, 200)
    assert [f.key for f in ctx.custom_fields.fields("contact")][:2] == ["tier", "licences"]
    query = ListQuery(sort="custom.licences", descending=True)
    rows = ctx.contacts.page(query, 0, 50, ctx.contacts.count(query)).rows
    licences = [r.custom.get("licences", 0) for r in rows]
    assert licences == sorted(licences, reverse=True) and licences[0] == 250
    for row in rows[:20]:  # the demo's values pass the services' own validation unchanged
        detail = ctx.contacts.get(row.id)
        assert ctx.contacts.update(row.id, detail.as_input(), detail.version).value.custom == detail.custom
    account = ctx.accounts.page(ListQuery(), 0, 1, 1).rows[0]
    assert ctx.accounts.get(account.id).custom["annual_budget"] % 100_000 == 0
