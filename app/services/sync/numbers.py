"""Document numbers on a laptop: a block of numbers per document type and year reserved at the office.

Counters (`number_sequences`) are not synced. Making a replica and each sync reserve the next `BLOCK`
numbers of the office's counter for this laptop (the office's counter jumps past them) when the laptop
has used half of its block, so numbers drawn offline cannot be drawn at the office or on another laptop.
A laptop that draws more than a block between two syncs could reach numbers the office hands out later:
the server's unique constraint then refuses that document at the next sync, and it is held and listed
as a conflict, never lost (docs/sync.md)."""

from __future__ import annotations

from sqlalchemy import Connection, insert, select, update

from app.models import DocumentType, NumberSequence, Setting
from app.services.sync import replica

BLOCK = 1000
COMPANY_KEY = "company"  # documents/company.py keeps the number formats and device code there


def reserve_blocks(server: Connection, local: Connection, year: int) -> None:
    """Give the laptop a fresh block of each document type's numbers for `year` where it needs one."""
    company = server.execute(
        select(Setting.value).where(Setting.key == COMPANY_KEY, Setting.deleted_at.is_(None))
    ).scalar()
    device = str((company or {}).get("device", ""))
    state = replica.read_state(local)
    seq = NumberSequence
    for doc_type in DocumentType:
        key = f"block:{doc_type.value}:{year}:{device}"
        where = (seq.doc_type == doc_type.value, seq.year == year, seq.device == device)
        used = local.execute(select(seq.next_value).where(*where)).scalar()
        start, end = (int(x) for x in state.get(key, "0:0").split(":"))
        if used is not None and end and used < start + BLOCK // 2:
            continue
        taken = server.execute(
            update(seq).where(*where).values(next_value=seq.next_value + BLOCK).returning(seq.next_value)
        ).scalar()
        if taken is None:
            server.execute(
                insert(seq).values(doc_type=doc_type.value, year=year, device=device, next_value=1 + BLOCK)
            )
            taken = 1 + BLOCK
        first = int(taken) - BLOCK
        if used is None:
            local.execute(
                insert(seq).values(doc_type=doc_type.value, year=year, device=device, next_value=first)
            )
        else:
            local.execute(update(seq).where(*where).values(next_value=first))
        replica.write_state(local, **{key: f"{first}:{first + BLOCK}"})
