"""A list page of editable records (contacts, accounts): new, open in the editor, delete to the trash."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog, QPushButton, QWidget

from app.context import AppContext
from app.services.errors import RapportError
from app.services.segment_criteria import SEGMENT_ENTITIES
from app.views.commands import DeleteCommand
from app.views.env import EntityKind, ViewEnv
from app.views.export_action import ask_and_export
from app.views.formatting import label
from app.views.models.columns import Column
from app.views.models.paged_table import PagedTableModel
from app.views.pages.list_page import ListPage
from app.views.pages.organize import SegmentsButton, TagsButton
from app.views.style import icon
from app.views.widgets.filter_bar import Filter


def standard_filters(ctx: AppContext, statuses: tuple[str, ...], entity: str) -> list[Filter]:
    filters = [
        Filter("owner_id", "All owners", lambda: [(u.id, u.name) for u in ctx.lookups.users()], ("user",)),
        Filter("tag_id", "All tags", lambda: [(t.id, t.name) for t in ctx.lookups.tags()], ("tag",)),
        Filter("status", "Any status", lambda: [(s, label(s)) for s in statuses]),
    ]
    if entity in SEGMENT_ENTITIES:
        filters.insert(
            0,
            Filter(
                "segment_id",
                "No segment",
                lambda: [(s.id, s.name) for s in ctx.segments.list(entity)],
                ("segment",),
            ),
        )
    if entity in ("contact", "account"):  # the record types with a country
        filters.append(
            Filter(
                "country", "All countries", lambda: [(c, c) for c in ctx.lookups.countries(entity)], (entity,)
            )
        )
    return filters


class RecordListPage(ListPage):
    kind: EntityKind
    editor_class: Any  # a FormDialog subclass taking (env, detail, parent)

    def __init__(
        self,
        env: ViewEnv,
        columns: tuple[Column, ...],
        statuses: tuple[str, ...],
        parent: QWidget | None = None,
        filters: list[Filter] | None = None,
    ) -> None:
        model = PagedTableModel(self.kind.service(env.ctx), columns)
        if filters is None:
            filters = standard_filters(env.ctx, statuses, self.kind.name)
            self.views_in_title_row = True
        super().__init__(env, model, filters, parent)
        model.failed.connect(env.error)
        self.editor: QDialog | None = None
        self.new_button = QPushButton(icon("add"), f"New {self.kind.singular}")
        self.new_button.setObjectName("newButton")
        self.new_button.setProperty("primary", True)
        self.new_button.setToolTip(f"New {self.kind.singular} (Ctrl+N)")
        self.new_button.clicked.connect(self.new_record)
        self.export_button = QPushButton("Export…")
        self.export_button.setObjectName("exportButton")
        self.export_button.setToolTip(f"Export the {self.noun} this list shows (CSV, Excel)")
        self.export_button.clicked.connect(lambda: ask_and_export(self))
        self.tags_button = TagsButton(self)
        self.toolbar.insertWidget(self.toolbar.indexOf(self.columns_button), self.tags_button)
        if self.kind.name in SEGMENT_ENTITIES:
            self.segments_button = SegmentsButton(self)
            self.toolbar.insertWidget(self.toolbar.indexOf(self.columns_button), self.segments_button)
        self.toolbar.addWidget(self.export_button)
        self.toolbar.addWidget(self.new_button)

    def new_record(self) -> None:
        self._edit(None)

    def open_row(self, row: int) -> None:
        item = self.model.item(row)
        if item is not None:
            self.open_id(item.id)

    def open_id(self, record_id: Any) -> None:
        self.select_id(record_id)
        try:
            detail = self.kind.service(self.env.ctx).get(record_id)
        except RapportError as exc:
            self.env.error(str(exc))
            return
        self._edit(detail)

    def _edit(self, detail: Any) -> None:
        """Open the editor without blocking (tests drive it; Ctrl+Z stays usable elsewhere)."""
        if self.editor is not None and self.editor.isVisible():
            self.editor.raise_()
            return
        self.editor = self.editor_class(self.env, detail, self)
        self.editor.accepted.connect(lambda dialog=self.editor: self.after_save(dialog.saved_id))
        self.editor.open()

    def after_save(self, record_id: Any) -> None:
        """Select the saved record wherever it sits in the list (the service counts the rows before it)."""
        self.select_id(record_id)

    def select_id(self, record_id: Any) -> bool:
        """Scroll to and select a record if the current query shows it; False if it does not."""
        try:
            row = self.kind.service(self.env.ctx).position(self.model.query, record_id)
        except RapportError as exc:
            self.env.error(str(exc))
            return False
        if row is None or row >= self.model.rowCount():
            return False
        self.select_row(row)
        return True

    def delete_selected(self) -> None:
        items = self.selected_items()
        if not items:
            return
        self.delete_ids([i.id for i in items], _describe(items, self.kind))

    def delete_ids(self, ids: list[Any], text: str) -> None:
        """Move records to the trash through the undo stack; `text` names them in messages."""
        command = DeleteCommand(self.env, self.kind, ids, text)
        try:
            command.execute()
        except RapportError as exc:
            self.env.error(f"Could not delete {text}: {exc}")
            return
        self.env.push(command, f"{text[0].upper()}{text[1:]} moved to the trash")


def _describe(items: list[Any], kind: EntityKind) -> str:
    if len(items) == 1:
        name = getattr(items[0], "name", None) or getattr(items[0], "full_name", "")
        return f"{kind.singular} “{name}”"
    return f"{len(items)} {kind.singular}s"
