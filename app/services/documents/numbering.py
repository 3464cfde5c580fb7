"""Document numbers: one counter per (type, year, device), drawn inside the document's own transaction.

PostgreSQL: `UPDATE ... RETURNING` takes the counter row's lock until commit, so two concurrent saves
queue on it and get consecutive values; a rolled-back save gives its value back with the rest of its
work. SQLite serialises writers. The first number of a year inserts the row in a savepoint; if another
transaction inserted it meanwhile, the insert fails and the UPDATE is retried. The unique constraint on
`documents.number` is the last guard; a value whose formatted number already exists (say, after the
format was changed) is skipped, so numbers never repeat.
"""

from __future__ import annotations

from sqlalchemy import exists, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.models import Document, NumberSequence
from app.services.documents.company import format_number


def draw(session: Session, doc_type: str, year: int, device: str) -> int:
    """Take the next value of a counter (1 for a new one)."""
    seq = NumberSequence
    where = (seq.doc_type == doc_type, seq.year == year, seq.device == device)
    bump = update(seq).where(*where).values(next_value=seq.next_value + 1).returning(seq.next_value)
    for _attempt in range(3):
        taken = session.execute(bump).scalar()
        if taken is not None:
            return int(taken) - 1
        try:
            with session.begin_nested():
                session.add(NumberSequence(doc_type=doc_type, year=year, device=device, next_value=2))
            return 1
        except IntegrityError:
            continue  # created by a concurrent transaction: take its next value
    raise RuntimeError(f"could not draw a {doc_type} number")


def next_number(session: Session, doc_type: str, year: int, device: str, fmt: str) -> str:
    for _skip in range(1000):
        number = format_number(fmt, doc_type, year, draw(session, doc_type, year, device), device)
        if not session.scalar(select(exists().where(Document.number == number))):
            return number
    raise RuntimeError(f"no free {doc_type} number for format {fmt!r}")
