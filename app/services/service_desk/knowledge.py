"""The knowledge base: Markdown articles in categories, ranked full-text search, and the articles that
may answer an open ticket.

Search goes through the kb_articles index (FTS5 on SQLite ranked by bm25 with the title weighted above the
category and the body; a GIN-indexed tsvector on PostgreSQL ranked by ts_rank). The search box requires
every word (as a prefix); suggestions for a ticket take any of its significant words, so the articles
sharing the most (and rarest) words with the ticket come first. Articles link to tickets through
ticket_links (target "article").
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from app.migrations.search_ddl import pg_vector_sql
from app.models import KbArticle, Ticket
from app.services.core.errors import NotFoundError, ValidationError
from app.services.core.listing import ScannedList, text_filter
from app.services.core.record_service import RecordService
from app.services.core.search import tokens
from app.services.core.validation import require_text

ENTITY = "kb_article"
_WORD = re.compile(r"\w{3,}", re.UNICODE)
# words too common in support requests to tell articles apart
STOPWORDS = frozenset(
    [
        "the",
        "and",
        "for",
        "are",
        "but",
        "not",
        "you",
        "your",
        "with",
        "this",
        "that",
        "have",
        "has",
        "was",
        "were",
        "from",
        "they",
        "them",
        "there",
        "what",
        "when",
        "which",
        "who",
        "how",
        "can",
        "could",
        "would",
        "should",
        "will",
        "just",
        "our",
        "out",
        "all",
        "any",
        "its",
        "it's",
        "into",
        "about",
        "been",
        "does",
        "did",
        "please",
        "thanks",
        "thank",
        "hello",
        "dear",
        "regards",
        "help",
        "issue",
        "problem",
        "ticket",
        "since",
        "after",
        "before",
        "again",
        "still",
    ]
)


@dataclass(frozen=True)
class ArticleInput:
    title: str = ""
    body: str = ""
    category: str = ""
    published: bool = True
    custom: dict[str, Any] | None = None


@dataclass(frozen=True)
class ArticleDetail:
    id: uuid.UUID
    version: int
    title: str
    body: str
    category: str
    published: bool
    updated_at: datetime
    deleted_at: datetime | None = None

    def as_input(self) -> ArticleInput:
        return ArticleInput(self.title, self.body, self.category, self.published)


@dataclass(frozen=True)
class ArticleRow:
    id: uuid.UUID
    title: str
    category: str
    published: bool
    updated_at: datetime
    deleted_at: datetime | None = None


@dataclass(frozen=True)
class ArticleHit:
    id: uuid.UUID
    title: str
    category: str
    snippet: str
    score: float  # higher is better


LIST = ScannedList(
    model=KbArticle,
    entity=ENTITY,
    table="kb_articles",
    sorts={
        "title": (KbArticle.title, KbArticle.id),
        "category": (KbArticle.category, KbArticle.title, KbArticle.id),
        "updated": (KbArticle.updated_at, KbArticle.id),
    },
    sort_indexes={},
    row_columns=(
        KbArticle.id,
        KbArticle.title,
        KbArticle.category,
        KbArticle.published,
        KbArticle.updated_at,
        KbArticle.deleted_at,
    ),
    row_factory=ArticleRow,
    default_sort="title",
    search_filter=lambda t: text_filter([KbArticle.title, KbArticle.category, KbArticle.body], t),
    kind_column=KbArticle.category,  # ListQuery.kind: one category
)


def significant_words(user_text: str, limit: int = 12) -> list[str]:
    """The words of a ticket worth searching for: three letters or more, not common, first ones first."""
    seen: dict[str, None] = {}
    for word in _WORD.findall(user_text.lower()):
        if word not in STOPWORDS and not word.isdigit():
            seen.setdefault(word, None)
    return list(seen)[:limit]


def _snippet(body: str, words: list[str], width: int = 160) -> str:
    flat = " ".join(re.sub(r"[#*_`>\[\]()]", " ", body).split())
    low = flat.lower()
    at = min((i for i in (low.find(w) for w in words) if i >= 0), default=0)
    start = max(0, at - 40)
    cut = flat[start : start + width]
    return ("…" if start else "") + cut + ("…" if start + width < len(flat) else "")


def ranked(
    session: Session, words: list[str], any_word: bool, limit: int, drafts: bool = False
) -> list[ArticleHit]:
    """Articles matching the words (all as prefixes, or any whole word), best first."""
    if not words:
        return []
    published = "" if drafts else " AND a.published"
    if session.get_bind().dialect.name == "sqlite":
        query = " OR ".join(f'"{w}"' for w in words) if any_word else " ".join(f'"{w}"*' for w in words)
        # Ranked on the index and the published flag alone, so the sort holds (rowid, score) pairs, not
        # the texts of every match; the texts are read for the page only.
        sql = text(
            "SELECT a.id, a.title, a.category, a.body, best.score FROM ("
            "SELECT kb_articles_fts.rowid AS rid, -bm25(kb_articles_fts, 10.0, 3.0, 1.0) AS score "
            "FROM kb_articles_fts JOIN kb_articles a ON a.rowid = kb_articles_fts.rowid "
            f"WHERE kb_articles_fts MATCH :q AND a.deleted_at IS NULL{published} "
            "ORDER BY score DESC LIMIT :n) AS best JOIN kb_articles a ON a.rowid = best.rid "
            "ORDER BY best.score DESC, a.title"
        )
        rows = session.execute(sql, {"q": query, "n": limit})
    else:
        query = " | ".join(words) if any_word else " & ".join(f"{w}:*" for w in words)
        vector = pg_vector_sql("kb_articles", qualified=True).replace("kb_articles.", "a.")
        weighted = (
            "setweight(to_tsvector('simple', a.title), 'A') || setweight(to_tsvector('simple', a.category), 'B')"
            " || setweight(to_tsvector('simple', a.body), 'D')"
        )
        sql = text(
            f"SELECT a.id, a.title, a.category, a.body, ts_rank({weighted}, to_tsquery('simple', :q)) AS score "
            f"FROM kb_articles a WHERE {vector} @@ to_tsquery('simple', :q) AND a.deleted_at IS NULL{published} "
            "ORDER BY score DESC, a.title LIMIT :n"
        )
        rows = session.execute(sql, {"q": query, "n": limit})
    return [
        ArticleHit(uuid.UUID(str(i)), title, category, _snippet(body, words), float(score))
        for i, title, category, body, score in rows
    ]


class KnowledgeService(RecordService[ArticleInput, ArticleDetail]):
    model = KbArticle
    entity = ENTITY
    listing = LIST

    def validate(self, data: ArticleInput) -> dict[str, Any]:
        errors = [
            e
            for e in (
                require_text(data.title, "title", 200, True),
                require_text(data.category, "category", 60, False),
            )
            if e
        ]
        if errors:
            raise ValidationError(errors)
        return {
            "title": data.title.strip(),
            "body": data.body.strip(),
            "category": data.category.strip(),
            "published": bool(data.published),
            "custom": data.custom,
        }

    def detail(self, session: Session, obj: KbArticle) -> ArticleDetail:
        return ArticleDetail(
            obj.id,
            obj.version,
            obj.title,
            obj.body,
            obj.category,
            obj.published,
            obj.updated_at,
            obj.deleted_at,
        )

    def search(self, user_text: str, limit: int = 20, drafts: bool = False) -> list[ArticleHit]:
        """Ranked articles containing every word of the text (each as a prefix)."""
        with self.uow.read() as session:
            return ranked(session, tokens(user_text), False, limit, drafts)

    def suggest(self, ticket_id: uuid.UUID, limit: int = 5) -> list[ArticleHit]:
        """Published articles that may answer a ticket, from the words of its subject and description."""
        with self.uow.read() as session:
            ticket = session.get(Ticket, ticket_id)
            if ticket is None or ticket.deleted_at is not None:
                raise NotFoundError("ticket", ticket_id)
            words = significant_words(f"{ticket.subject} {ticket.subject} {ticket.description}")
            return ranked(session, words, True, limit)

    def categories(self) -> list[str]:
        with self.uow.read() as session:
            rows = session.scalars(
                select(KbArticle.category)
                .where(KbArticle.deleted_at.is_(None), KbArticle.category != "")
                .distinct()
                .order_by(KbArticle.category)
            )
            return list(rows)


def require_article(session: Session, article_id: uuid.UUID) -> KbArticle:
    obj = session.get(KbArticle, article_id)
    if obj is None or obj.deleted_at is not None:
        raise NotFoundError(ENTITY, article_id)
    return obj
