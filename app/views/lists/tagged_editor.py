"""A record editor with a tag list under its fields (contacts, accounts, leads)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel, QWidget

from app.services.core.errors import RapportError
from app.views.common.env import ViewEnv
from app.views.common.form_dialog import Field, FormDialog, find_data
from app.views.lists.tag_picker import TagPicker


class TaggedEditor(FormDialog):
    """A form with a tag list under the fields."""

    def __init__(self, env: ViewEnv, kind: Any, fields: list[Field], detail: Any, parent: QWidget | None):
        super().__init__(env, kind, fields, None, parent)
        try:
            tags = env.ctx.lookups.tags()
        except RapportError:
            tags = []
        self.tags = TagPicker(tags, detail.tag_ids if detail else ())
        if tags:
            self.extra.addWidget(QLabel(self.tr("Tags")))
            self.extra.addWidget(self.tags)
        self.detail = detail

    def finish(self) -> None:
        """Load the record once subclasses have added their widgets; default owner is the user."""
        if self.detail is not None:
            self.load(self.detail)
            # FormDialog was built without the detail (tags come first), so it titled the dialog "New …"
            name = self.record_label(self.values())
            self.setWindowTitle(
                f"Edit {self.kind.singular} — {name}" if name else f"Edit {self.kind.singular}"
            )
        elif self.env.ctx.current_user is not None:
            owner = self.editor("owner_id")
            owner.setCurrentIndex(max(find_data(owner, self.env.ctx.current_user.id), 0))
        self.editor(self.first_field).setFocus()

    first_field = ""
