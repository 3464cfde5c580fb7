"""Saved views of the list pages: columns, sort, search, filters or segment, remembered by name.

The state is a JSON object the page writes and reads back (`ViewState`); the service checks its shape
so a damaged row cannot break a page.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select

from app.models import SavedView
from app.services.core import writes
from app.services.core.changes import ChangeKind, Outcome
from app.services.core.errors import FieldError, NotFoundError, ValidationError
from app.services.core.uow import UnitOfWorkFactory

ENTITY = "saved_view"


@dataclass(frozen=True)
class ViewState:
    """What a list page shows. `filters` maps a ListQuery field (owner_id, tag_id, status, country,
    segment_id, kind ...) to its value as text; `columns` () means the page's default columns."""

    columns: tuple[str, ...] = ()  # visible column keys in their on-screen order
    sort: str = ""
    descending: bool = False
    search: str = ""
    filters: tuple[tuple[str, str], ...] = ()  # sorted (field, value) pairs

    def filter(self, name: str) -> str:
        return dict(self.filters).get(name, "")

    def to_json(self) -> dict[str, Any]:
        return {
            "columns": list(self.columns),
            "sort": self.sort,
            "descending": self.descending,
            "search": self.search,
            "filters": dict(self.filters),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ViewState:
        """Read a stored state, ignoring keys it does not know and refusing values of the wrong type."""
        columns = data.get("columns", [])
        if not isinstance(columns, list) or not all(isinstance(c, str) for c in columns):
            raise ValidationError(FieldError("columns", "must be a list of column names"))
        filters = data.get("filters", {})
        if not isinstance(filters, dict) or not all(isinstance(v, str) for v in filters.values()):
            raise ValidationError(FieldError("filters", "must map filter names to text"))
        for name in ("sort", "search"):
            if not isinstance(data.get(name, ""), str):
                raise ValidationError(FieldError(name, "must be text"))
        return cls(
            tuple(columns),
            data.get("sort", ""),
            bool(data.get("descending", False)),
            data.get("search", ""),
            tuple(sorted((str(k), v) for k, v in filters.items() if v)),
        )


@dataclass(frozen=True)
class SavedViewRef:
    id: uuid.UUID
    page: str
    name: str
    state: ViewState = field(default_factory=ViewState)


@dataclass(frozen=True)
class ViewSaved:
    """A save's result: the view, and the state it replaced (None when the name was new)."""

    view: SavedViewRef
    replaced: ViewState | None


class SavedViewService:
    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self.uow = uow

    def list(self, page: str) -> list[SavedViewRef]:
        with self.uow.read() as session:
            stmt = (
                select(SavedView)
                .where(SavedView.page == page, SavedView.deleted_at.is_(None))
                .order_by(SavedView.name)
            )
            return [_ref(v) for v in session.scalars(stmt)]

    def save(
        self, page: str, name: str, state: ViewState, view_id: uuid.UUID | None = None
    ) -> Outcome[ViewSaved]:
        """Save under `name`, replacing a view of that name (a trashed one is brought back)."""
        name = name.strip()
        errors = []
        if not name:
            errors.append(FieldError("name", "is required"))
        elif len(name) > 120:
            errors.append(FieldError("name", "is longer than 120 characters"))
        if not page:
            errors.append(FieldError("page", "is required"))
        if errors:
            raise ValidationError(errors)
        with self.uow() as work:
            view = work.session.scalar(
                select(SavedView).where(SavedView.page == page, SavedView.name == name)
            )
            replaced = None
            if view is None:
                view = SavedView(page=page, name=name, state=state.to_json())
                if view_id is not None:
                    view.id = view_id
                writes.create(work, view, ENTITY)
            else:
                replaced = None if view.deleted_at is not None else ViewState.from_json(view.state)
                if view.deleted_at is not None:
                    writes.restore(work, SavedView, ENTITY, [view.id])
                writes.apply_fields(work, view, ENTITY, {"state": state.to_json()})
                work.changed(ENTITY, ChangeKind.UPDATED, [view.id])
            work.session.flush()
            result = ViewSaved(_ref(view), replaced)
        return Outcome(result, work.changes)

    def delete(self, view_id: uuid.UUID) -> Outcome[SavedViewRef]:
        with self.uow() as work:
            view = writes.get_live(work.session, SavedView, view_id, ENTITY)
            writes.soft_delete(work, SavedView, ENTITY, [view_id])
            ref = _ref(view)
        return Outcome(ref, work.changes)

    def restore(self, view_id: uuid.UUID) -> Outcome[SavedViewRef]:
        with self.uow() as work:
            if not writes.restore(work, SavedView, ENTITY, [view_id]):
                raise NotFoundError(ENTITY, view_id)
            view = writes.get_live(work.session, SavedView, view_id, ENTITY)
            ref = _ref(view)
        return Outcome(ref, work.changes)


def _ref(view: SavedView) -> SavedViewRef:
    return SavedViewRef(view.id, view.page, view.name, ViewState.from_json(view.state or {}))
