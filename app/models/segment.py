"""Saved segments (named criteria over one entity) and saved views of the list pages."""

from __future__ import annotations

from typing import Any

from sqlalchemy import String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Entity


class Segment(Entity):
    __tablename__ = "segments"

    name: Mapped[str] = mapped_column(String(120))
    entity_type: Mapped[str] = mapped_column(String(30))
    description: Mapped[str] = mapped_column(Text, default="")
    criteria: Mapped[dict[str, Any]] = mapped_column(default=dict)  # an AND/OR tree, see services/segments
    is_builtin: Mapped[bool] = mapped_column(default=False)  # the ready-made ones

    __table_args__ = (UniqueConstraint("entity_type", "name", name="uq_segments_entity_name"),)


class SavedView(Entity):
    __tablename__ = "saved_views"

    page: Mapped[str] = mapped_column(String(40))  # which list page: "contacts", "accounts", ...
    name: Mapped[str] = mapped_column(String(120))
    state: Mapped[dict[str, Any]] = mapped_column(default=dict)  # columns, sort, filters, segment id

    __table_args__ = (UniqueConstraint("page", "name", name="uq_saved_views_page_name"),)
