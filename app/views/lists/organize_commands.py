"""Undoable commands for tags (bulk tagging, the tag manager) and the list pages' saved views."""

from __future__ import annotations

import uuid

from app.services.core.lookups import TagRef
from app.services.records.saved_views import SavedViewRef, ViewState
from app.views.common.commands import ServiceCommand, require_all
from app.views.common.env import ViewEnv


class TagRecordsCommand(ServiceCommand):
    """Add a tag to (or remove it from) many records; undo reverses exactly the records that changed."""

    def __init__(
        self, env: ViewEnv, entity: str, ids: list[uuid.UUID], tag: TagRef, add: bool, label: str
    ) -> None:
        verb = "Tag" if add else "Untag"
        super().__init__(env, f"{verb} {label} “{tag.name}”")
        self.entity, self.ids, self.tag, self.add = entity, list(ids), tag, add
        self.done: list[uuid.UUID] = []

    def _apply(self, ids: list[uuid.UUID], add: bool) -> list[uuid.UUID]:
        tags = self.env.ctx.tags
        method = tags.add if add else tags.remove
        return method(self.entity, ids, self.tag.id).value

    def _redo(self) -> None:
        self.done = self._apply(self.ids, self.add)

    def _undo(self) -> None:
        self._apply(self.done, not self.add)


class CreateTagCommand(ServiceCommand):
    def __init__(self, env: ViewEnv, name: str, color: str) -> None:
        super().__init__(env, f"New tag “{name.strip()}”")
        self.name, self.color = name, color
        self.tag_id: uuid.UUID | None = None

    def _redo(self) -> None:
        self.tag_id = self.env.ctx.tags.create(self.name, self.color, self.tag_id).value.id

    def _undo(self) -> None:
        assert self.tag_id is not None
        self.env.ctx.tags.delete([self.tag_id])
        self.env.ctx.trash.purge([("tag", self.tag_id)])


class EditTagCommand(ServiceCommand):
    """Rename and/or recolour; undo puts the old name and colour back."""

    def __init__(self, env: ViewEnv, before: TagRef, name: str, color: str) -> None:
        super().__init__(env, f"Edit tag “{before.name}”")
        self.before, self.name, self.color = before, name, color

    def _redo(self) -> None:
        self.env.ctx.tags.update(self.before.id, self.name, self.color)

    def _undo(self) -> None:
        self.env.ctx.tags.update(self.before.id, self.before.name, self.before.color)


class DeleteTagCommand(ServiceCommand):
    """Trash a tag (records keep their taggings, hidden); undo restores it."""

    def __init__(self, env: ViewEnv, tag: TagRef) -> None:
        super().__init__(env, f"Delete tag “{tag.name}”")
        self.tag = tag

    def _redo(self) -> None:
        self.env.ctx.tags.delete([self.tag.id])

    def _undo(self) -> None:
        require_all(self.env.ctx.tags.restore([self.tag.id]).value, [self.tag.id], "restored")


class SaveViewCommand(ServiceCommand):
    """Save the page's state under a name; undo removes a new view or puts back the state it replaced."""

    def __init__(self, env: ViewEnv, page: str, name: str, state: ViewState) -> None:
        super().__init__(env, f"Save view “{name.strip()}”")
        self.page, self.name, self.state = page, name, state
        self.view: SavedViewRef | None = None
        self.replaced: ViewState | None = None

    def _redo(self) -> None:
        view_id = self.view.id if self.view else None
        saved = self.env.ctx.saved_views.save(self.page, self.name, self.state, view_id).value
        self.view, self.replaced = saved.view, saved.replaced

    def _undo(self) -> None:
        assert self.view is not None
        if self.replaced is None:
            self.env.ctx.saved_views.delete(self.view.id)
        else:
            self.env.ctx.saved_views.save(self.page, self.name, self.replaced)


class DeleteViewCommand(ServiceCommand):
    def __init__(self, env: ViewEnv, view: SavedViewRef) -> None:
        super().__init__(env, f"Delete view “{view.name}”")
        self.view = view

    def _redo(self) -> None:
        self.env.ctx.saved_views.delete(self.view.id)

    def _undo(self) -> None:
        self.env.ctx.saved_views.restore(self.view.id)
