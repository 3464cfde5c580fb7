"""vCard import keeps the whole card (real exports of five programs) and export writes 3.0 that reads back."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.models import Contact
from app.services.core.listing import ListQuery
from app.services.importing.engine import MatchOn, RecordImportService, RecordImportSpec
from app.services.importing.export import list_rows
from app.services.importing.vcard import CARD_FIELDS, VCardError, read_vcards, write_vcards
from app.services.importing.vcard_text import components, decode_file, unescape
from app.services.records.contacts import ContactInput
from tests.paths import DATA as DATA_DIR

CARDS = DATA_DIR / "vcards"
SPEC = RecordImportSpec(columns={f: f for f in CARD_FIELDS}, match=MatchOn.EXTERNAL_ID, source="cards.vcf")

# Stored fields: first, last, email, phone (E.164), phone as written, company, title, city, country,
# external id, notes; street, postal code, region, salutation, birthday, second phone, second email (the
# preferred address, N's prefix, BDAY and the next EMAIL and TEL: the notes keep only the rest).
EXPECTED = {
    "android.vcf": [
        (
            "Łukasz",
            "Kowalski",
            "l.kowalski@handel-kowalski.example.pl",
            "+48601234567",
            "+48 601 234 567",
            "Przedsiębiorstwo Handlowe Kowalski Sp. z o.o.",
            "Kierownik sprzedaży",
            "Warszawa",
            "PL",
            "",
            "Spotkanie na targach w Poznaniu, zainteresowany ofertą na 2025 rok.\n"
            "Dzwonić po 10:00.\n"
            "\n"
            "Also on the card:\n"
            "Nickname: Łukaszek\n"
            "Phone (work): +48 22 765 43 21",
            "ul. Łódzka 12/4",
            "00-001",
            "mazowieckie",
            "",
            "1988-02-29",
            "+48221234567",
            "lukasz.kowalski@example.pl",
        ),
        (
            "Anna",
            "Nowak",
            "anna.nowak@example.pl",
            "+48500600700",
            "+48 500 600 700",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
        ),
        (
            "Grzegorz",
            "Brzęczyszczykiewicz",
            "g.brzeczyszczykiewicz@chrzaszcz.example.pl",
            "+48426301122",
            "+48 42 630 11 22",
            "Chrząszczyżewoszyce Sp. z o.o.",
            "",
            "Łódź",
            "PL",
            "",
            "",
            "Piotrkowska 100",
            "90-001",
            "",
            "",
            "",
            "",
            "",
        ),
    ],
    "google.vcf": [
        (
            "Émilie",
            "Dubois",
            "e.dubois@societe-lumiere.example.fr",
            "+33123456789",
            "+33 1 23 45 67 89",
            "Société Lumière SARL",
            "Directrice commerciale",
            "Paris",
            "FR",
            "",
            "Rencontrée au salon VivaTech; préfère les appels le matin, jamais le lundi.\n"
            "\n"
            "Also on the card:\n"
            "Address (Maison de campagne): 3 chemin des Vignes, 69005 Lyon, France\n"
            "Website: https://www.societe-lumiere.example.fr",
            "12 rue de la Paix",
            "75002",
            "",
            "",
            "1982-07-14",
            "+33612345678",
            "emilie.dubois@perso.example.fr",
        ),
        (
            "Marc-André",
            "Lefèvre",
            "marc.andre@club-velo.example.fr",
            "+33711223344",
            "+33 7 11 22 33 44",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "ma.lefevre@example.fr",
        ),
    ],
    "iphone.vcf": [
        (
            "Jürgen",
            "Müller",
            "j.mueller@mueller-soehne.example",
            "+491701234567",
            "+49 170 1234567",
            "Müller & Söhne GmbH",
            "Vertriebsleiter",
            "Berlin",
            "DE",
            "",
            "Kennt uns von der Messe in Hannover, interessiert an einem Rahmenvertrag für 2025.\n"
            "Rückruf nach dem 15.\n"
            "\n"
            "Also on the card:\n"
            "Name: Dr. Jürgen Michael Müller\n"
            "Department: Vertrieb\n"
            "Phone (Sekretariat): +49 30 1234568\n"
            "Address (home): Lindenweg 12, 14467 Potsdam, Brandenburg, Deutschland\n"
            "Website (home page): https://www.mueller-soehne.example",
            "Hauptstr. 5, Hinterhaus",
            "10115",
            "",
            "Dr.",
            "1975-09-23",
            "+49301234560",
            "juergen@mueller-privat.example",
        ),
        (
            "Johnny",
            "Appleseed",
            "johnny@example.com",
            "+14085550100",
            "+1 (408) 555-0100",
            "Apple Inc.",
            "Engineer",
            "Cupertino",
            "US",
            "",
            "",
            "1 Infinite Loop",
            "95014",
            "CA",
            "",
            "",
            "+14085550199",
            "",
        ),
        (
            "",
            "Bäckerei Schmidt",
            "",
            "+49309876543",
            "+49 30 9876543",
            "Bäckerei Schmidt",
            "",
            "Berlin",
            "DE",
            "",
            "",
            "Kastanienallee 3",
            "10435",
            "",
            "",
            "",
            "",
            "",
        ),
    ],
    "outlook.vcf": [
        (
            "Günter",
            "Schröder",
            "g.schroeder@schroeder-logistik.example",
            "+49403012345",
            "+49 40 3012345",
            "Schröder Logistik AG",
            "Leiter Einkauf",
            "Hamburg",
            "DE",
            "",
            "Bevorzugt E-Mail, Rückruf nur dienstags.\n"
            "Jahresgespräch im März, Budget ca. 40.000 €.\n"
            "\n"
            "Also on the card:\n"
            "Department: Einkauf\n"
            "Phone (work fax): +49 40 3012399\n"
            "Address (home): Elbchaussee 100, 22763 Hamburg, Deutschland\n"
            "Website (work): http://www.schroeder-logistik.example",
            "Hafenstraße 5",
            "20457",
            "",
            "",
            "",
            "+491717654321",
            "guenter.schroeder@privat.example",
        ),
        (
            "Hélène",
            "Dupont",
            "h.dupont@hotel-beausejour.example.fr",
            "+33493123456",
            "+33 4 93 12 34 56",
            "Hôtel Beauséjour",
            "Directrice",
            "Nice",
            "FR",
            "",
            "",
            "12 promenade des Anglais",
            "06000",
            "",
            "",
            "",
            "",
            "",
        ),
    ],
    "thunderbird.vcf": [
        (
            "Anna",
            "Nowak",
            "anna@nowak-consulting.example.pl",
            "+48581234567",
            "+48 58 123 45 67",
            "Nowak Consulting",
            "Partnerka",
            "Gdańsk",
            "PL",
            "7f3c2a1e-5b9d-4c8e-a1f2-3d4e5f6a7b8c",
            "Also on the card:\n"
            "Nickname: Ania\n"
            "Department: Doradztwo\n"
            "Website: https://nowak-consulting.example.pl",
            "ul. Długa 5",
            "80-831",
            "pomorskie",
            "",
            "1985-03-15",
            "+48600100200",
            "anna@prywatna.example.pl",
        ),
        (
            "Zoë",
            "Ångström",
            "zoe.angstrom@example.se",
            "",
            "",
            "",
            "",
            "",
            "",
            "0c9b8a7f-1e2d-4c3b-9a8f-7e6d5c4b3a21",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
        ),
        (
            "Paweł",
            "Łaski",
            "p.laski@laski-i-syn.example.pl",
            "+48512345678",
            "+48 512 345 678",
            "Łaski i Syn",
            "",
            "Kraków",
            "PL",
            "5d6e7f80-9a1b-4c2d-8e3f-a0b1c2d3e4f5",
            "Wieloletni klient, zamawia co kwartał. Preferuje kontakt mailowy; telefon tylko w pilnych sprawach.\n"
            "Faktury na adres firmy.",
            "ul. Kwiatowa 7",
            "30-001",
            "",
            "",
            "",
            "",
            "pawel.laski@stary-adres.example.pl",
        ),
    ],
}


def _stored(ctx) -> dict:
    """Every live contact's stored fields, in the order of EXPECTED's tuples, by contact id."""
    with ctx.uow.read() as session:
        contacts = session.scalars(select(Contact).where(Contact.deleted_at.is_(None))).all()
        return {
            c.id: (
                c.first_name,
                c.last_name,
                c.email,
                c.phone,
                c.phone_display,
                c.company_name,
                c.title,
                c.city,
                c.country,
                c.external_id,
                c.notes,
                c.street,
                c.postal_code,
                c.region,
                c.salutation,
                c.birthday.isoformat() if c.birthday else "",
                c.other_phone,
                c.other_email,
            )
            for c in contacts
        }


def _import(ctx, data: bytes, spec: RecordImportSpec = SPEC):
    return RecordImportService(ctx.uow).run("contacts", read_vcards(data), spec).value


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_programs_export_is_stored_field_by_field(ctx, name):
    report = _import(ctx, (CARDS / name).read_bytes())
    assert (report.created, report.updated) == (len(EXPECTED[name]), 0)
    assert sorted(_stored(ctx).values()) == sorted(EXPECTED[name])


def test_a_reimport_matched_on_the_uid_updates_instead_of_duplicating(ctx):
    data = (CARDS / "thunderbird.vcf").read_bytes()
    _import(ctx, data)
    changed = data.replace(b"TITLE:Partnerka", b"TITLE:Wsp\xc3\xb3lniczka")
    report = _import(ctx, changed)
    assert (report.created, report.updated) == (0, 1)  # the two unchanged cards matched and wrote nothing
    first, *others = EXPECTED["thunderbird.vcf"]
    assert sorted(_stored(ctx).values()) == sorted([(*first[:6], "Wspólniczka", *first[7:]), *others])


def test_export_then_reimport_keeps_every_stored_field(ctx, tmp_path):
    _import(ctx, (CARDS / "iphone.vcf").read_bytes())
    ctx.contacts.create(
        ContactInput(
            last_name="O'Brien; Jr.",
            first_name="Seán, Patrick",
            email="sean@example.ie",
            phone="+353 1 234 5678",
            title="Head of Sales, EMAIL & Phone",
            city="Dublin",
            country="IE",
            notes='Likes: tea, "good" coffee; hates C:\\temp\\new.\nSecond line' + " with a long tail" * 8,
        )
    )
    before = _stored(ctx)
    path = tmp_path / "all.vcf"
    assert write_vcards(path, list_rows(ctx.contacts, ListQuery()), ctx.contacts.notes_of) == 4
    report = _import(ctx, path.read_bytes(), RecordImportSpec({f: f for f in CARD_FIELDS}, MatchOn.NONE))
    assert report.created == 4
    added = [row for contact_id, row in _stored(ctx).items() if contact_id not in before]
    assert sorted(row[:9] + row[10:] for row in added) == sorted(
        row[:9] + row[10:] for row in before.values()
    )


def test_export_writes_vcard_3_that_phones_accept(ctx, tmp_path):
    ada = ctx.contacts.create(
        ContactInput(
            last_name="Łowelace",
            first_name="Ada",
            email="ada@example.com",
            phone="+44 20 7946 0000",
            title="Analyst",
            city="London",
            country="GB",
            notes="Met at the Royal Society, 1843; wants the notes\\tables.\nCall back " + "soon " * 20,
        )
    ).value
    path = tmp_path / "out.vcf"
    assert write_vcards(path, [ada]) == 1
    raw = path.read_bytes()
    assert raw.count(b"\r\n") == raw.count(b"\n")  # CRLF line ends only
    assert all(len(line) <= 75 for line in raw.split(b"\r\n"))  # folded at 75 octets
    text = raw.decode("utf-8")
    unfolded = text.replace("\r\n ", "")
    lines = unfolded.split("\r\n")
    assert lines[:2] == ["BEGIN:VCARD", "VERSION:3.0"] and lines[-2:] == ["END:VCARD", ""]
    assert "N:Łowelace;Ada;;;" in lines and "FN:Ada Łowelace" in lines
    assert "EMAIL;TYPE=INTERNET:ada@example.com" in lines and "TEL:+44 20 7946 0000" in lines
    assert "ADR:;;;London;;;GB" in lines and "TITLE:Analyst" in lines and f"UID:{ada.id}" in lines
    note = next(line for line in lines if line.startswith("NOTE:"))
    assert note.startswith(r"NOTE:Met at the Royal Society\, 1843\; wants the notes\\tables.\nCall back soon")
    assert unescape(note.removeprefix("NOTE:")) == ada.notes


def test_export_of_list_rows_reads_their_notes(ctx, tmp_path):
    ctx.contacts.create(ContactInput(last_name="Lovelace", first_name="Ada", notes="Prefers letters"))
    ctx.contacts.create(ContactInput(last_name="Babbage", first_name="Charles"))
    path = tmp_path / "rows.vcf"
    rows = list_rows(ctx.contacts, ListQuery())
    assert write_vcards(path, rows, ctx.contacts.notes_of) == 2
    text = path.read_bytes().decode("utf-8")
    assert text.count("NOTE:") == 1 and "NOTE:Prefers letters\r\n" in text


def test_quoted_printable_is_decoded_in_its_charset_or_the_files_code_page():
    outlook = (
        "N:Schr\xf6der;G\xfcnter\r\nNOTE;ENCODING=QUOTED-PRINTABLE:R=FCckruf=0D=0Aam M=E4rz =80=\r\n5\r\n"
    )
    encoding, text = decode_file(outlook.encode("cp1252"))
    assert encoding == "cp1252"
    assert text.split("\r\n")[:2] == ["N:Schröder;Günter", r"NOTE:Rückruf\nam März €5"]
    android = b"N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Brz=C4=\r\n=99k;=C5=81ukasz;;;\r\nTEL;CELL:1\r\n"
    assert decode_file(android)[1].split("\r\n")[:2] == ["N:Brzęk;Łukasz;;;", "TEL;CELL:1"]
    bare = b"NOTE;CHARSET=ISO-8859-2;QUOTED-PRINTABLE:=A3=F3d=BC\r\n"  # a bare 2.1 parameter
    assert decode_file(bare)[1].split("\r\n")[0] == "NOTE:Łódź"
    unknown = b"NOTE;CHARSET=X-UNKNOWN;ENCODING=QUOTED-PRINTABLE:caf=C3=A9\r\n"
    assert decode_file(unknown)[1].split("\r\n")[0] == "NOTE:café"


def test_values_keep_an_unescaped_comma_and_split_on_unescaped_semicolons():
    assert unescape(r"Head of Sales, EMEA\, DACH\nsecond\\line") == "Head of Sales, EMEA, DACH\nsecond\\line"
    assert components(r";;Hauptstr. 5\; Hof;Berlin") == ["", "", "Hauptstr. 5; Hof", "Berlin"]


def test_a_file_without_cards_is_refused_clearly():
    with pytest.raises(VCardError, match="no BEGIN:VCARD"):
        read_vcards(b"first_name,last_name\nAda,Lovelace\n")


def test_vcard_round_trip_through_the_import_engine(ctx, tmp_path):
    a = ctx.contacts.create(
        ContactInput(
            last_name="Lovelace",
            first_name="Ada",
            email="ada@example.com",
            phone="+44 20 7946 0000",
            title="Analyst",
            city="London",
            country="GB",
        )
    ).value
    path = tmp_path / "out.vcf"
    assert write_vcards(path, [a]) == 1
    text = path.read_text()
    assert (
        "BEGIN:VCARD" in text and "N:Lovelace;Ada" in text and "EMAIL;TYPE=INTERNET:ada@example.com" in text
    )
    table = read_vcards(path.read_bytes())
    record = table.records()[0]
    assert (record["first_name"], record["email"], record["title"], record["city"]) == (
        "Ada",
        "ada@example.com",
        "Analyst",
        "London",
    )


IPHONE = b"""BEGIN:VCARD\r
VERSION:3.0\r
N:Appleseed;Johnny;;;\r
FN:Johnny Appleseed\r
ORG:Apple Inc.;\r
TITLE:Engineer\r
EMAIL;type=INTERNET;type=WORK;type=pref:Johnny@Example.com\r
TEL;type=CELL;type=VOICE;type=pref:+1 (408) 555-0100\r
item1.ADR;type=WORK;type=pref:;;1 Infinite Loop;Cupertino;CA;95014;United States\r
END:VCARD\r
BEGIN:VCARD\r
VERSION:4.0\r
FN:Erika Mustermann\r
N:Mustermann;Erika;;;\r
EMAIL;TYPE=work:erika@example.de\r
TEL;VALUE=uri;TYPE="voice,cell":tel:+49-30-1234567\r
ADR;TYPE=home:;;Heidestr. 17;Berlin;;51147;Germany\r
END:VCARD\r
"""


def test_vcards_from_phones_import_with_their_fields(ctx):
    table = read_vcards(IPHONE)
    spec = RecordImportSpec({f: f for f in table.headers})
    report = RecordImportService(ctx.uow).run("contacts", table, spec).value
    assert report.created == 2
    rows = {r.last_name: r for r in list_rows(ctx.contacts, ListQuery())}
    assert (rows["Appleseed"].email, rows["Appleseed"].company, rows["Appleseed"].country) == (
        "johnny@example.com",
        "Apple Inc.",
        "US",
    )
    assert (rows["Mustermann"].city, rows["Mustermann"].country) == ("Berlin", "DE")
    assert rows["Mustermann"].phone == "+49-30-1234567"  # the tel: of a 4.0 URI is not part of the number


def test_export_writes_address_birthday_salutation_and_second_phone_and_email_that_import_back(ctx, tmp_path):
    """ADR with street, postal code and region, BDAY, N's prefix and a second TEL and EMAIL: written by
    the export and read back into the same fields (nothing of them left in the notes)."""
    from datetime import date

    made = ctx.contacts.create(
        ContactInput(
            last_name="Kowalska",
            first_name="Zofia",
            salutation="Dr.",
            email="zofia@example.pl",
            other_email="zofia.private@example.pl",
            phone="+48 22 123 45 67",
            other_phone="+48 600 100 200",
            street="ul. Długa 5; lok. 3",
            postal_code="80-831",
            region="pomorskie",
            city="Gdańsk",
            country="PL",
            birthday=date(1985, 3, 15),
        )
    ).value
    path = tmp_path / "zofia.vcf"
    assert write_vcards(path, list_rows(ctx.contacts, ListQuery()), ctx.contacts.notes_of) == 1
    text = path.read_bytes().decode("utf-8")
    assert "N:Kowalska;Zofia;;Dr.;\r\n" in text and "BDAY:1985-03-15\r\n" in text
    assert "ADR:;;ul. Długa 5\\; lok. 3;Gdańsk;pomorskie;80-831;PL\r\n" in text
    assert "TEL:+48 600 100 200\r\n" in text and "EMAIL;TYPE=INTERNET:zofia.private@example.pl\r\n" in text
    before = _stored(ctx)[made.id]
    _import(ctx, path.read_bytes(), RecordImportSpec({f: f for f in CARD_FIELDS}, MatchOn.NONE))
    (again,) = [row for contact_id, row in _stored(ctx).items() if contact_id != made.id]
    assert again[:9] + again[10:] == before[:9] + before[10:]
    assert again[11:] == (
        "ul. Długa 5; lok. 3",
        "80-831",
        "pomorskie",
        "Dr.",
        "1985-03-15",
        "+48600100200",
        "zofia.private@example.pl",
    )
    assert again[10] == ""  # the notes: nothing left over
