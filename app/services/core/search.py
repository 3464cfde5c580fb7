"""Full-text search behind one interface: FTS5 on SQLite, a GIN-indexed tsvector on PostgreSQL."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import Select, column, func, literal_column, select, table, text
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from app.migrations.search_ddl import SEARCH_COLUMNS, pg_vector_sql
from app.models import Account, Contact, Deal, Document, Lead, LeadStatus
from app.models.money import from_minor
from app.services.core.guard import visible
from app.services.core.uow import UnitOfWorkFactory

S = TypeVar("S", bound=Select[*tuple[Any, ...]])
_TOKEN = re.compile(r"\w+", re.UNICODE)


def tokens(user_text: str) -> list[str]:
    """Words of the user's text; punctuation (quotes, @, +, dots) separates words, as in the index."""
    return _TOKEN.findall(user_text.lower())[:8]


def fts5_query(user_text: str) -> str:
    """Every word as a prefix, all required: 'smi jo' -> '"smi"* "jo"*'."""
    return " ".join(f'"{t}"*' for t in tokens(user_text))


def tsquery(user_text: str) -> str:
    return " & ".join(f"{t}:*" for t in tokens(user_text))


def apply_search(stmt: S, table_name: str, dialect: str, user_text: str) -> S:
    """Restrict a select over `table_name` to rows matching the text; unchanged if there is no word."""
    if not tokens(user_text):
        return stmt
    if table_name not in SEARCH_COLUMNS:
        raise ValueError(f"no search index on {table_name}")
    if dialect == "sqlite":
        fts = table(f"{table_name}_fts", column("rowid"))
        on = literal_column(f"{table_name}_fts.rowid") == literal_column(f"{table_name}.rowid")
        match = text(f"{table_name}_fts MATCH :fts_q").bindparams(fts_q=fts5_query(user_text))
        return stmt.join(fts, on).where(match)
    vector: ColumnElement[Any] = literal_column(pg_vector_sql(table_name, qualified=True))
    return stmt.where(vector.op("@@")(func.to_tsquery("simple", tsquery(user_text))))


def apply_membership(stmt: S, table_name: str, user_text: str) -> S:
    """SQLite: keep rows whose rowid is among the matches, so a scan in index order can stop at a page."""
    matches = text(f"SELECT rowid FROM {table_name}_fts WHERE {table_name}_fts MATCH :fts_q").bindparams(
        fts_q=fts5_query(user_text)
    )
    # Unary + keeps SQLite from driving the query by this IN list, so it walks the ORDER BY index instead.
    return stmt.where(literal_column(f"+{table_name}.rowid").in_(matches))


def match_count(session: Session, table_name: str, user_text: str) -> int:
    """SQLite: how many live rows match; the FTS5 index holds live rows only, so no join is needed."""
    sql = text(f"SELECT count(*) FROM {table_name}_fts WHERE {table_name}_fts MATCH :q")
    return int(session.scalar(sql, {"q": fts5_query(user_text)}) or 0)


@dataclass(frozen=True)
class SearchHit:
    entity: str  # "account", "contact", "lead", "deal" or "document"
    id: uuid.UUID
    title: str
    subtitle: str


class SearchService:
    """The global search box: the best few accounts, contacts, leads, deals and documents for the text."""

    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self.uow = uow

    def find(self, user_text: str, limit: int = 10) -> list[SearchHit]:
        """Up to `limit` accounts, contacts and open leads each, taken in index order and then sorted by name.

        Sorting every match of a one-letter prefix would cost as much as the list page; a quick-jump box
        only needs a handful, and the next keystroke narrows them.
        """
        if not tokens(user_text):
            return []
        with self.uow.read() as session:
            dialect = session.get_bind().dialect.name
            accounts = apply_search(
                select(Account.id, Account.name, Account.city).where(Account.deleted_at.is_(None)),
                "accounts",
                dialect,
                user_text,
            ).limit(limit)
            contacts = apply_search(
                select(
                    Contact.id, Contact.first_name, Contact.last_name, Contact.company_name, Contact.email
                ).where(Contact.deleted_at.is_(None)),
                "contacts",
                dialect,
                user_text,
            ).limit(limit)
            leads = apply_search(
                select(Lead.id, Lead.first_name, Lead.last_name, Lead.company, Lead.email).where(
                    Lead.deleted_at.is_(None), Lead.status != LeadStatus.CONVERTED
                ),
                "leads",
                dialect,
                user_text,
            ).limit(limit)
            accounts = _seen(session, "account", Account, accounts)
            contacts = _seen(session, "contact", Contact, contacts)
            leads = _seen(session, "lead", Lead, leads)
            found_accounts = sorted(session.execute(accounts), key=lambda r: r.name.lower())
            account_ids = [r.id for r in found_accounts]
            deal_hits = _deals(session, user_text, account_ids, limit)
            document_hits = _documents(session, user_text, account_ids, limit)
            found_leads = sorted(session.execute(leads), key=lambda r: (r.last_name.lower(), r.first_name))
            found_contacts = sorted(
                session.execute(contacts), key=lambda r: (r.last_name.lower(), r.first_name)
            )
        hits = [SearchHit("account", r.id, r.name, r.city) for r in found_accounts]
        hits += [
            SearchHit(
                "contact",
                r.id,
                f"{r.first_name} {r.last_name}".strip(),
                " · ".join(x for x in (r.company_name, r.email) if x),
            )
            for r in found_contacts
        ]
        hits += [
            SearchHit(
                "lead",
                r.id,
                f"{r.first_name} {r.last_name}".strip(),
                " · ".join(x for x in ("lead", r.company, r.email) if x),
            )
            for r in found_leads
        ]
        return hits + deal_hits + document_hits


def _seen(session: Session, entity: str, model: Any, stmt: S) -> S:
    """The statement restricted to the rows the signed-in user may see (app/services/core/guard.py)."""
    condition = visible(session, entity, model)
    return stmt if condition is None else stmt.where(condition)


def _like_all(column_: Any, user_text: str, dialect: str) -> list[ColumnElement[bool]]:
    """Every word somewhere in the column, any case: SQLite's LIKE already ignores (ASCII) case, and
    its ILIKE, lower() on both sides, only costs more; PostgreSQL needs ILIKE."""
    if dialect == "sqlite":
        return [column_.like(f"%{t}%") for t in tokens(user_text)]
    return [column_.ilike(f"%{t}%") for t in tokens(user_text)]


def _deals(session: Session, user_text: str, account_ids: list[uuid.UUID], limit: int) -> list[SearchHit]:
    """Deals whose name holds every word, or of the accounts found (through ix on deals.account_id).

    Deals number thousands, not millions, so the name test is a short scan that stops at `limit`."""
    base = (
        select(Deal.id, Deal.name, Deal.amount_minor, Deal.currency, Account.name.label("account"))
        .outerjoin(Account, Account.id == Deal.account_id)
        .where(Deal.deleted_at.is_(None))
    )
    # The name test is a scan of the table; SQLite would otherwise walk the deleted_at index and look
    # every row up (160 ms instead of 35 ms for 20,000 deals), so the unary + keeps it off that index.
    dialect = session.get_bind().dialect.name
    live = literal_column("+deals.deleted_at").is_(None) if dialect == "sqlite" else Deal.deleted_at.is_(None)
    named = _seen(
        session, "deal", Deal, select(Deal.id).where(live, *_like_all(Deal.name, user_text, dialect))
    )
    named = named.limit(limit)
    ids = list(session.scalars(named))
    if account_ids and len(ids) < limit:
        of_accounts = _seen(
            session,
            "deal",
            Deal,
            select(Deal.id).where(Deal.account_id.in_(account_ids), Deal.deleted_at.is_(None)),
        )
        ids += [i for i in session.scalars(of_accounts.limit(limit)) if i not in ids][: limit - len(ids)]
    rows = {r.id: r for r in session.execute(base.where(Deal.id.in_(ids)))} if ids else {}
    found = sorted(rows.values(), key=lambda r: (r.name.lower(), r.account or ""))
    return [
        SearchHit(
            "deal",
            r.id,
            r.name,
            " · ".join(x for x in ("deal", r.account, format_money(r.amount_minor, r.currency)) if x),
        )
        for r in found
    ]


def _documents(session: Session, user_text: str, account_ids: list[uuid.UUID], limit: int) -> list[SearchHit]:
    """Documents whose number starts with the text (the unique index on documents.number), or of the
    accounts found (ix on documents.account_id)."""
    base = (
        select(Document.id, Document.number, Document.doc_type, Document.total_minor, Document.currency)
        .add_columns(Account.name.label("account"))
        .join(Account, Account.id == Document.account_id)
        .where(Document.deleted_at.is_(None))
    )
    base = _seen(session, "document", Document, base)
    prefix = user_text.strip().upper()
    rows: dict[uuid.UUID, Any] = {}
    if prefix and " " not in prefix:
        numbered = base.where(Document.number >= prefix, Document.number < prefix + "\uffff")
        rows = {r.id: r for r in session.execute(numbered.order_by(Document.number).limit(limit))}
    if account_ids and len(rows) < limit:
        of_accounts = base.where(Document.account_id.in_(account_ids)).order_by(Document.number.desc())
        for r in session.execute(of_accounts.limit(limit - len(rows))):
            rows.setdefault(r.id, r)
    return [
        SearchHit(
            "document",
            r.id,
            r.number,
            " · ".join(
                x
                for x in (
                    r.doc_type.value.replace("_", " "),
                    r.account,
                    format_money(r.total_minor, r.currency),
                )
                if x
            ),
        )
        for r in rows.values()
    ]


def format_money(minor: int, currency: str) -> str:
    """'EUR 12,500.00' from minor units (no locale: the service layer has none)."""
    return f"{currency} {from_minor(minor, currency):,.2f}"
