"""Nothing dropped silently: columns not imported and repeated headers are reported; --keep-unmapped
keeps them as custom fields typed from their values."""

from __future__ import annotations

from app.cli import main
from app.config import Settings
from app.context import AppContext
from app.models.custom_field import FieldKind
from app.services.importing.unmapped import duplicate_headers, infer_kind, unmapped_headers

FILE = (
    "Id,Last Name,Id,Tier,Seats,Since,Website Notes\n"
    "1,Ada,x,Gold,3,2024-01-02,likes tea\n"
    "2,Bob,y,Gold,10,2023-05-06,\n"
    "3,Cy,z,Silver,1,2022-07-08,call after 5\n"
    "4,Di,w,Gold,2,,\n"
)


def test_unmapped_columns_and_repeated_headers_are_named():
    headers = ["Id", "Last Name", "Id", "", "Fax"]
    assert unmapped_headers(headers, {"external_id": "Id", "last_name": "Last Name"}) == ["(column 4)", "Fax"]
    assert duplicate_headers(headers) == {"Id": 2}
    assert infer_kind(["1", "2,500", ""]) == (FieldKind.NUMBER, ())
    assert infer_kind(["2024-01-02", "2023-12-31"]) == (FieldKind.DATE, ())
    assert infer_kind(["yes", "No", "yes"]) == (FieldKind.CHECKBOX, ())
    assert infer_kind(["a@b.example", "c@d.example"]) == (FieldKind.EMAIL, ())
    assert infer_kind(["Gold", "Gold", "Silver", "Gold", "Gold", "Silver"]) == (
        FieldKind.CHOICE,
        ("Gold", "Silver"),
    )
    assert infer_kind(["free text", "more text"]) == (FieldKind.TEXT, ())


def test_the_dry_run_and_the_import_list_what_is_not_imported(tmp_path, capsys):
    db, path = tmp_path / "crm.db", tmp_path / "people.csv"
    path.write_text(FILE, encoding="utf-8")
    assert main(["import", "contacts", str(path), "--db", str(db), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "people.csv: the header 'Id' names 2 columns: only the first is imported" in out
    assert (
        "not imported: Tier, Seats, Since, Website Notes (--keep-unmapped keeps them as custom fields)" in out
    )
    assert main(["import", "contacts", str(path), "--db", str(db), "--dry-run", "--keep-unmapped"]) == 0
    out = capsys.readouterr().out
    assert (
        "would keep as new custom fields: Tier (choice), Seats (number), Since (date), Website Notes (text)"
        in out
    )


def test_keep_unmapped_creates_typed_custom_fields_and_fills_them(tmp_path, capsys):
    db, path = tmp_path / "crm.db", tmp_path / "people.csv"
    path.write_text(FILE, encoding="utf-8")
    assert main(["import", "contacts", str(path), "--db", str(db), "--keep-unmapped"]) == 0
    assert "kept as new custom fields: Tier (choice)" in capsys.readouterr().out
    ctx = AppContext.open(Settings(db_url=f"sqlite:///{db}"))
    try:
        fields = {f.label: f for f in ctx.custom_fields.fields("contact")}
        assert {label: f.kind for label, f in fields.items()} == {
            "Tier": FieldKind.CHOICE,
            "Seats": FieldKind.NUMBER,
            "Since": FieldKind.DATE,
            "Website Notes": FieldKind.TEXT,
        }
        from app.services.core.listing import ListQuery

        rows = {r.last_name: r.custom for r in ctx.contacts.page(ListQuery(), 0, 10, 4).rows}
        tier, seats, since = fields["Tier"].key, fields["Seats"].key, fields["Since"].key
        assert (rows["Bob"][tier], rows["Bob"][seats], rows["Bob"][since]) == ("Gold", 10, "2023-05-06")
    finally:
        ctx.close()


def test_a_refused_import_leaves_no_custom_field_behind(tmp_path, capsys):
    db, path = tmp_path / "crm.db", tmp_path / "people.csv"
    path.write_text(FILE + "5,,v,Gold,1,2021-01-01,\n", encoding="utf-8")  # no last name: refused
    assert main(["import", "contacts", str(path), "--db", str(db), "--keep-unmapped"]) == 1
    ctx = AppContext.open(Settings(db_url=f"sqlite:///{db}"))
    try:
        assert ctx.custom_fields.fields("contact", deleted=None) == []
    finally:
        ctx.close()
