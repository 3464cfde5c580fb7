"""vCard 2.1, 3.0 and 4.0 in, vCard 3.0 out.

Import turns each card into one row of a table with our field names as headers, so the same engine as a
CSV import validates, matches and stores them (all or nothing, undoable). Nothing on a card is dropped:

- `email` and `phone` take the preferred one (TYPE=pref, PREF=n with the lowest n), else a work one,
  else the first. `company` is the first part of ORG, `title` is TITLE, `external_id` the UID.
- `city` and `country` come from the preferred address (TYPE=pref / PREF), else the first one.
- Everything else goes into `notes`, after the card's NOTE, under "Also on the card:": the other
  emails and phones, every postal address in full (one that holds no more than the city and country
  already stored is left out), websites, the birthday, nickname, ORG's department and, when N has a
  prefix, middle or suffix, the whole name. Each line is labelled by Apple's `itemN.X-ABLabel` when
  the card has one, else by its TYPE (home, work, mobile, fax ...; "other" when it has none).
- A card with no N but an FN is split at its last space (first name, last name).
- A card with no name at all but an email (Android exports email-only cards) is named from the email's
  local part: `jane.doe@example.com` -> Jane Doe, `jdoe@…` -> jdoe; the notes say so. A card with neither
  is left without a name, which the import reports for that card's row.
- A company card (no name in N, but an ORG, and no FN or an FN equal to the organisation, or Apple's
  X-ABShowAs:COMPANY) is imported as a contact whose last name and company are the organisation: an
  address book mixes people and firms, and refusing such a row would refuse the whole file.
- Photos, categories, revision stamps and program-specific X- lines are not kept.

A card without UID has no external id, so a re-import matched on external id creates it again.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.services.core.errors import RapportError
from app.services.importing.csv_read import MAX_ROWS, Table, read_table
from app.services.importing.vcard_text import components, decode_file, unescape
from app.services.importing.vcard_write import card_text, write_vcards

__all__ = [
    "CARD_FIELDS",
    "VCardError",
    "card_text",
    "is_vcard",
    "read_import_file",
    "read_vcards",
    "write_vcards",
]

CARD_FIELDS = (
    "first_name",
    "last_name",
    "full_name",
    "email",
    "phone",
    "company",
    "title",
    "city",
    "country",
    "notes",
    "external_id",
    "street",
    "postal_code",
    "region",
    "salutation",
    "birthday",
    "other_phone",
    "other_email",
)
# The longest value each structured field takes; a longer one stays in the notes instead of refusing.
_FIELD_MAX = {"postal_code": 20, "region": 100, "salutation": 40}
NOTES_HEADING = "Also on the card:"
_NOT_LABELS = {"pref", "internet", "voice", "x400", "text", "uri", "dom", "intl", "postal", "parcel", "msg"}
_WORDS = {"cell": "mobile", "iphone": "iPhone", "homepage": "home page", "workfax": "work fax"}
_APPLE_LABEL = re.compile(r"^_\$!<(.*)>!\$_$")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")


class VCardError(RapportError, ValueError):
    """The file holds no vCard that can be read."""


@dataclass(frozen=True)
class Line:
    """One property of a card: its group (Apple's `item1`), upper-case name, types, PREF and raw value."""

    group: str
    name: str
    types: tuple[str, ...]
    pref: int | None
    value: str


def read_vcards(data: bytes, max_cards: int = MAX_ROWS) -> Table:
    """Cards as table rows (row numbers count cards from 2, as if a header were row 1)."""
    encoding, text = decode_file(data)
    rows: list[tuple[int, tuple[str, ...]]] = []
    for number, card in enumerate(_cards(text), start=2):
        if len(rows) >= max_cards:
            raise VCardError(f"card {number - 1:,}: more than {max_cards:,} cards; split the file")
        rows.append((number, _row(card)))
    if not rows:
        if "BEGIN:VCARD" not in text.upper():
            raise VCardError("not a vCard file: it has no BEGIN:VCARD line")
        raise VCardError("the file holds no complete card (BEGIN:VCARD … END:VCARD)")
    return Table(encoding, "", True, CARD_FIELDS, tuple(rows))


def is_vcard(head: bytes) -> bool:
    """Whether a file's first bytes are a vCard's: BEGIN:VCARD is its first line that is not blank."""
    for bom, codec in (
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if head.startswith(bom):
            text = head.decode(codec, errors="ignore").lstrip("\ufeff")
            break
    else:
        text = head.replace(b"\x00", b"").decode("latin-1")  # UTF-16 without a mark: its ASCII
    return text.lstrip().upper().startswith("BEGIN:VCARD")


def read_import_file(
    path: Path,
    kind: str,
    *,
    encoding: str = "",
    delimiter: str = "",
    known_headers: frozenset[str] = frozenset(),
) -> Table:
    """An import file as a table: vCards when its content is a vCard (whatever its name), else delimited
    text read by csv_read with the given overrides."""
    try:
        with path.open("rb") as handle:
            head = handle.read(4096)
    except OSError as exc:
        raise VCardError(f"cannot open {path}: {exc.strerror or exc}") from exc
    if not is_vcard(head):
        return read_table(path, encoding=encoding, delimiter=delimiter, known_headers=known_headers)
    if kind != "contacts":
        raise VCardError(f"{path.name} is a vCard file: vCards are imported as contacts")
    return read_vcards(path.read_bytes())


def _cards(text: str) -> Iterator[list[Line]]:
    """Each BEGIN:VCARD ... END:VCARD as its lines; an unreadable line is skipped, a nested card too."""
    import io

    from vobject.base import VObjectError, getLogicalLines, textLineToContentLine

    card: list[Line] | None = None
    depth = 0
    for raw, number in getLogicalLines(io.StringIO(text)):
        try:
            content = textLineToContentLine(raw, number)
        except (VObjectError, UnicodeDecodeError):  # skipped, as vobject's ignoreUnreadable does
            continue
        name, value = content.name.upper(), str(content.value)
        if name == "BEGIN" and value.upper() == "VCARD":
            depth += 1
            card = [] if depth == 1 else card
        elif name == "END" and value.upper() == "VCARD" and depth:
            depth -= 1
            if depth == 0 and card is not None:
                yield card
                card = None
        elif card is not None and depth == 1:
            card.append(_line(content, name, value))


def _line(content: Any, name: str, value: str) -> Line:
    types: list[str] = []
    for item in [*content.params.get("TYPE", []), *content.singletonparams]:
        types += [t.strip().strip('"').lower() for t in str(item).split(",") if t.strip()]
    pref_param = content.params.get("PREF")
    pref = None
    if pref_param:
        pref = int(pref_param[0]) if str(pref_param[0]).isdigit() else 1
    elif "pref" in types:
        pref = 1
    return Line(str(content.group or "").lower(), name, tuple(types), pref, value)


class _Card:
    """A card's lines, looked up by property name, with Apple's labels by group."""

    def __init__(self, lines: list[Line]) -> None:
        self.lines = lines
        self.labels = {
            ln.group: _apple_label(unescape(ln.value)) for ln in lines if ln.name == "X-ABLABEL" and ln.group
        }

    def all_of(self, name: str) -> list[Line]:
        return [ln for ln in self.lines if ln.name == name and ln.value.strip()]

    def text_of(self, name: str) -> str:
        found = self.all_of(name)
        return unescape(found[0].value).strip() if found else ""

    def parts_of(self, name: str, count: int) -> list[str]:
        """The first such structured value's parts, at least `count` of them."""
        found = self.all_of(name)
        parts = [p.strip() for p in components(found[0].value)] if found else []
        return parts + [""] * (count - len(parts))

    def label(self, line: Line, default: str = "other") -> str:
        return self.labels.get(line.group) or _type_label(line.types) or default


def _row(lines: list[Line]) -> tuple[str, ...]:
    card = _Card(lines)
    emails, phones = card.all_of("EMAIL"), card.all_of("TEL")
    email, phone = _preferred(emails, work_first=True), _preferred(phones, work_first=True)
    other_email = next((e for e in emails if e is not email), None)
    other_phone = next((p for p in phones if p is not phone), None)
    address = _preferred(card.all_of("ADR"), work_first=False)
    family, given = card.parts_of("N", 2)[:2]
    full_name, company = card.text_of("FN"), card.parts_of("ORG", 1)[0]
    email_text = unescape(email.value).strip() if email else ""
    named_from_email = not (family or given or full_name or company) and "@" in email_text
    if named_from_email:
        given, family = _name_from_email(email_text)
    is_company = (
        not (family or given)
        and bool(company)
        and (not full_name or full_name == company or card.text_of("X-ABSHOWAS").upper() == "COMPANY")
    )
    if not (family or given or is_company) and full_name:  # as the import splits a full-name column
        given, _, family = full_name.rpartition(" ")
    where = _address_parts(address.value) if address else [""] * 7
    box, extended, street, city, region, postal_code, country = where
    stored = _fitting({"postal_code": postal_code, "region": region, "salutation": card.parts_of("N", 4)[3]})
    birthday = _date(card.text_of("BDAY"))
    stored["birthday"] = birthday if _ISO_DAY.fullmatch(birthday) else ""
    notes = card.text_of("NOTE")
    whole_address = not box and all(
        stored[f] or not v for f, v in (("postal_code", postal_code), ("region", region))
    )
    kept = Kept(email, phone, other_email, other_phone, address if whole_address else None, stored)
    extra = _also_on_card(card, kept)
    if named_from_email:
        extra.insert(0, "Name: taken from the email address (the card has none)")
    if extra:
        notes = "\n".join([*([notes, ""] if notes else []), NOTES_HEADING, *extra])
    values = {
        "first_name": "" if is_company else given,
        "last_name": company if is_company else family,
        "full_name": "" if is_company or family else full_name,
        "email": email_text,
        "phone": _phone(phone.value) if phone else "",
        "company": company,
        "title": card.text_of("TITLE"),
        "city": city,
        "country": country,
        "notes": notes,
        "external_id": card.text_of("UID"),
        "street": ", ".join(p for p in (street, extended) if p),
        "other_email": unescape(other_email.value).strip() if other_email else "",
        "other_phone": _phone(other_phone.value) if other_phone else "",
        **stored,
    }
    return tuple(values[f] for f in CARD_FIELDS)


_ISO_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def _fitting(values: dict[str, str]) -> dict[str, str]:
    """The values that fit their fields ('' for one too long, which the notes keep)."""
    return {f: v if len(v) <= _FIELD_MAX[f] else "" for f, v in values.items()}


@dataclass(frozen=True)
class Kept:
    """What the contact's own fields hold of a card, so the notes leave it out."""

    email: Line | None
    phone: Line | None
    other_email: Line | None
    other_phone: Line | None
    address: Line | None  # the address whose every part is stored (None: the notes keep it whole)
    stored: Mapping[str, str]


def _also_on_card(card: _Card, kept: Kept) -> list[str]:
    """The lines of the notes block: what the contact's own fields do not hold."""
    extra: list[str] = []
    family, given, middle, prefix, suffix = card.parts_of("N", 5)[:5]
    if middle or suffix or (prefix and not kept.stored["salutation"]):
        whole = card.text_of("FN") or " ".join(p for p in (prefix, given, middle, family, suffix) if p)
        extra.append(f"Name: {whole}")
    nickname = card.text_of("NICKNAME") or _android_nickname(card.all_of("X-ANDROID-CUSTOM"))
    extra += [f"Nickname: {nickname}"] if nickname else []
    extra += [f"Department: {d}" for d in card.parts_of("ORG", 1)[1:] if d]
    extra += [
        f"Email ({card.label(e)}): {unescape(e.value).strip()}"
        for e in card.all_of("EMAIL")
        if e is not kept.email and e is not kept.other_email
    ]
    extra += [
        f"Phone ({card.label(p)}): {_phone(p.value)}"
        for p in card.all_of("TEL")
        if p is not kept.phone and p is not kept.other_phone
    ]
    for adr in card.all_of("ADR"):
        if adr is not kept.address:
            extra.append(f"Address ({card.label(adr)}): {_address_text(_address_parts(adr.value))}")
    for url in card.all_of("URL"):
        named = card.label(url, default="")
        extra.append(f"Website{f' ({named})' if named else ''}: {unescape(url.value).strip()}")
    birthday = card.text_of("BDAY")
    extra += [f"Birthday: {_date(birthday)}"] if birthday and not kept.stored["birthday"] else []
    return extra


def _name_from_email(email: str) -> tuple[str, str]:
    """(first, last) from an address's local part: jane.doe -> Jane Doe; one word is the last name."""
    local = email.partition("@")[0].partition("+")[0]
    words = [w for w in re.split(r"[._\-]+", local) if w]
    if len(words) < 2:
        return "", local or email
    return words[0].capitalize(), " ".join(w.capitalize() for w in words[1:])


def _android_nickname(lines: list[Line]) -> str:
    """Android 2.1 keeps a nickname as X-ANDROID-CUSTOM:vnd.android.cursor.item/nickname;NAME;..."""
    for line in lines:
        parts = components(line.value)
        if parts[0] == "vnd.android.cursor.item/nickname" and len(parts) > 1:
            return parts[1].strip()
    return ""


def _preferred(lines: list[Line], work_first: bool) -> Line | None:
    """The line marked preferred (lowest PREF), else (if asked) the first work one, else the first."""
    if not lines:
        return None
    marked = [ln for ln in lines if ln.pref is not None]
    if marked:
        return min(marked, key=lambda ln: ln.pref or 1)
    work = [ln for ln in lines if "work" in ln.types] if work_first else []
    return (work or lines)[0]


def _apple_label(text: str) -> str:
    """`_$!<HomePage>!$_` -> 'home page'; a label the user typed stays as it is."""
    match = _APPLE_LABEL.match(text.strip())
    if not match:
        return text.strip()
    word = match.group(1)
    return _WORDS.get(word.lower()) or _CAMEL.sub(" ", word).lower()


def _type_label(types: Sequence[str]) -> str:
    words: list[str] = []
    for t in types:
        word = _WORDS.get(t, t)
        if t not in _NOT_LABELS and not t.startswith("x-") and word not in words:
            words.append(word)
    return " ".join(words)


def _phone(raw: str) -> str:
    value = unescape(raw).strip()
    return value[4:] if value.lower().startswith("tel:") else value


def _address_parts(raw: str) -> list[str]:
    """(box, extended, street, city, region, postal code, country), each on one line."""
    parts = [*components(raw), "", "", "", "", "", "", ""][:7]
    return [", ".join(s.strip() for s in p.splitlines() if s.strip()) for p in parts]


def _address_text(parts: Sequence[str]) -> str:
    box, extended, street, city, region, code, country = parts
    place = " ".join(p for p in (code, city) if p)
    return ", ".join(
        p for p in (f"PO Box {box}" if box else "", street, extended, place, region, country) if p
    )


def _date(raw: str) -> str:
    """19850315 -> 1985-03-15 (as 3.0 and 4.0 writers differ); anything else as written."""
    day = raw.split("T")[0]
    return f"{day[:4]}-{day[4:6]}-{day[6:]}" if len(day) == 8 and day.isdigit() else day
