"""vCard 3.0/4.0 in and out (vobject).

Import turns each card into one row of a table with our field names as headers, so the same engine as a
CSV import validates, matches and stores them (all or nothing, undoable). A card's first email, first
phone (preferred or work first), organisation, title and its address's city and country are kept.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from app.services.csv_read import Table

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
)


def _first(card: Any, name: str) -> Any:
    items = card.contents.get(name, [])
    if not items:
        return None
    preferred = [i for i in items if "pref" in str(i.params.get("TYPE", "")).lower() or i.params.get("PREF")]
    return (preferred or items)[0]


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return " ".join(str(v) for v in value if v).strip()
    return str(value).strip()


def read_vcards(data: bytes) -> Table:
    """Cards as table rows (row numbers count cards from 2, as if a header were row 1)."""
    import vobject

    text = data.decode("utf-8-sig", errors="replace")
    rows = []
    for number, card in enumerate(vobject.readComponents(text, ignoreUnreadable=True), start=2):
        n = _first(card, "n")
        given = family = ""
        if n is not None:
            given, family = _text(n.value.given), _text(n.value.family)
        email, tel, org = _first(card, "email"), _first(card, "tel"), _first(card, "org")
        title, adr, note, uid = (_first(card, k) for k in ("title", "adr", "note", "uid"))
        fn = _first(card, "fn")
        city = country = ""
        if adr is not None:
            city, country = _text(adr.value.city), _text(adr.value.country)
        values = {
            "first_name": given,
            "last_name": family,
            "full_name": "" if family else _text(fn.value if fn else ""),
            "email": _text(email.value if email else ""),
            "phone": _text(tel.value if tel else ""),
            "company": _text(org.value[0] if org and org.value else ""),
            "title": _text(title.value if title else ""),
            "city": city,
            "country": country,
            "notes": _text(note.value if note else ""),
            "external_id": _text(uid.value if uid else ""),
        }
        rows.append((number, tuple(values[f] for f in CARD_FIELDS)))
    return Table("utf-8", "", True, CARD_FIELDS, tuple(rows))


def write_vcards(path: Path, contacts: Iterable[Any]) -> int:
    """Write vCard 3.0 cards for contact rows or details (first/last name, email, phone, company...)."""
    import vobject

    count = 0
    with path.open("w", encoding="utf-8", newline="") as handle:
        for c in contacts:
            card = vobject.vCard()
            card.add("n").value = vobject.vcard.Name(family=c.last_name, given=c.first_name)
            card.add("fn").value = f"{c.first_name} {c.last_name}".strip()
            if c.email:
                item = card.add("email")
                item.value, item.type_param = c.email, "INTERNET"
            phone = getattr(c, "phone_display", "") or c.phone
            if phone:
                card.add("tel").value = phone
            company = getattr(c, "company", None) or getattr(c, "company_name", "")
            if company:
                card.add("org").value = [company]
            if c.title:
                card.add("title").value = c.title
            if c.city or c.country:
                card.add("adr").value = vobject.vcard.Address(city=c.city, country=c.country)
            card.add("uid").value = str(c.id)
            handle.write(card.serialize())
            count += 1
    return count
