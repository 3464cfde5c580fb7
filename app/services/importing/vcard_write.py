"""Contacts as vCard 3.0: every stored field a card has a place for, so an export imports back the same.

N carries the salutation as its prefix, ADR the street, city, region, postal code and country, BDAY the
birthday (YYYY-MM-DD), and a second EMAIL and TEL follow the main ones (the import takes the first of
each as the main one, the next as the second); NOTE holds the notes and UID the contact's id.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Mapping
from itertools import islice
from pathlib import Path
from typing import Any

EXPORT_CHUNK = 500


def write_vcards(
    path: Path,
    contacts: Iterable[Any],
    notes_of: Callable[[list[uuid.UUID]], Mapping[uuid.UUID, str]] | None = None,
) -> int:
    """Write vCard 3.0 cards for contact rows or details. A row carries no notes: `notes_of` reads them
    (ContactsService.notes_of), a chunk of contacts at a time."""
    count = 0
    items = iter(contacts)
    with path.open("w", encoding="utf-8", newline="") as handle:
        while chunk := list(islice(items, EXPORT_CHUNK)):
            missing = [c.id for c in chunk if not hasattr(c, "notes")]
            notes = notes_of(missing) if notes_of and missing else {}
            for c in chunk:
                handle.write(card_text(c, getattr(c, "notes", None) or notes.get(c.id, "")))
                count += 1
    return count


def card_text(contact: Any, notes: str = "") -> str:
    """One contact as a vCard 3.0 (CRLF lines folded at 75 octets, text escaped, UTF-8)."""
    import vobject

    def field(name: str) -> str:
        return str(getattr(contact, name, "") or "")

    card = vobject.vCard()
    card.add("prodid").value = "-//Rapport//Rapport CRM//EN"
    card.add("n").value = vobject.vcard.Name(
        family=contact.last_name, given=contact.first_name, prefix=field("salutation")
    )
    card.add("fn").value = f"{contact.first_name} {contact.last_name}".strip()
    company = getattr(contact, "company", None) or getattr(contact, "company_name", "")
    if company:
        card.add("org").value = [company]
    if contact.title:
        card.add("title").value = contact.title
    for address in (contact.email, field("other_email")):
        if address:
            item = card.add("email")
            item.value, item.type_param = address, "INTERNET"
    phones = (
        getattr(contact, "phone_display", "") or contact.phone,
        field("other_phone_display") or field("other_phone"),
    )
    for phone in phones:
        if phone:
            card.add("tel").value = phone
    parts = {
        "street": field("street"),
        "city": contact.city,
        "region": field("region"),
        "code": field("postal_code"),
        "country": contact.country,
    }
    if any(parts.values()):
        card.add("adr").value = vobject.vcard.Address(**parts)
    birthday = getattr(contact, "birthday", None)
    if birthday is not None:
        card.add("bday").value = birthday.isoformat()
    if notes:
        card.add("note").value = notes
    card.add("uid").value = str(contact.id)
    return str(card.serialize())
