"""A list page of editable records (contacts, accounts): new, open in the editor, delete to the trash."""

from __future__ import annotations

import uuid
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QPushButton, QWidget

from app.context import AppContext
from app.services.core.changes import ChangeSet
from app.services.core.custom_fields import ENTITY_TYPES as CUSTOM_FIELD_ENTITIES
from app.services.core.custom_validation import FieldDef
from app.services.core.errors import RapportError
from app.services.segments.criteria import SEGMENT_ENTITIES
from app.views.common.columns import Column, custom_columns
from app.views.common.commands import DeleteCommand
from app.views.common.env import EntityKind, ViewEnv
from app.views.common.formatting import label
from app.views.common.labels import translated
from app.views.common.paged_table import PagedTableModel
from app.views.common.style import icon
from app.views.lists.assign_action import ASSIGNABLE, AssignMenu
from app.views.lists.custom_filter import CustomFieldFilter
from app.views.lists.filter_bar import Filter
from app.views.lists.list_page import ListPage
from app.views.lists.organize import SegmentsButton, TagsButton
from app.views.lists.print_action import print_button, print_list


def standard_filters(ctx: AppContext, statuses: tuple[str, ...], entity: str) -> list[Filter]:
    filters = [
        Filter(
            "owner_id",
            QCoreApplication.translate("lists.record_page", "All owners"),
            lambda: [(u.id, u.name) for u in ctx.lookups.users()],
            ("user",),
        ),
        Filter(
            "tag_id",
            QCoreApplication.translate("lists.record_page", "All tags"),
            lambda: [(t.id, t.name) for t in ctx.lookups.tags()],
            ("tag",),
        ),
        Filter(
            "status",
            QCoreApplication.translate("lists.record_page", "Any status"),
            lambda: [(s, label(s)) for s in statuses],
        ),
    ]
    if entity in SEGMENT_ENTITIES:
        filters.insert(
            0,
            Filter(
                "segment_id",
                QCoreApplication.translate("lists.record_page", "No segment"),
                lambda: [(s.id, s.name) for s in ctx.segments.list(entity)],
                ("segment",),
            ),
        )
    if entity in ("contact", "account"):  # the record types with a country
        filters.append(
            Filter(
                "country",
                QCoreApplication.translate("lists.record_page", "All countries"),
                lambda: [(c, c) for c in ctx.lookups.countries(entity)],
                (entity,),
            )
        )
    return filters


class RecordListPage(ListPage):
    kind: EntityKind
    editor_class: Any  # a FormDialog subclass taking (env, detail, parent)
    print_list_on_ctrl_p = True  # False where Ctrl+P prints the selected record (Documents)
    model_class: type[PagedTableModel] = PagedTableModel  # a subclass adds roles (the tickets' timer colours)

    def __init__(
        self,
        env: ViewEnv,
        columns: tuple[Column, ...],
        statuses: tuple[str, ...],
        parent: QWidget | None = None,
        filters: list[Filter] | None = None,
    ) -> None:
        self.base_columns = columns
        self.env = env
        defs = self._custom_defs()
        model = self.model_class(self.kind.service(env.ctx), columns + custom_columns(defs))
        if filters is None:
            filters = standard_filters(env.ctx, statuses, self.kind.name)
            self.views_in_title_row = True
        super().__init__(env, model, filters, parent)
        model.failed.connect(env.error)
        self.custom_filter = CustomFieldFilter()
        self.custom_filter.set_fields(defs)
        self.custom_filter.changed.connect(self.apply_query)
        self.filter_bar.layout().addWidget(self.custom_filter)
        self.editor: QDialog | None = None
        self.new_button = QPushButton(
            icon("add"), self.tr("New {singular}").format(singular=self.kind.singular)
        )
        self.new_button.setObjectName("newButton")
        self.new_button.setProperty("primary", True)
        self.new_button.setToolTip(self.tr("New {singular} (Ctrl+N)").format(singular=self.kind.singular))
        self.new_button.clicked.connect(self.new_record)
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setObjectName("exportButton")
        self.export_button.setToolTip(
            self.tr("Export the {noun} this list shows (CSV, Excel)").format(noun=translated(self.noun))
        )
        self.export_button.clicked.connect(self.export_rows)
        self.tags_button = TagsButton(self, parent=self)
        self.toolbar.insertWidget(self.toolbar.indexOf(self.columns_button), self.tags_button)
        if self.kind.name in SEGMENT_ENTITIES:
            self.segments_button = SegmentsButton(self, parent=self)
            self.toolbar.insertWidget(self.toolbar.indexOf(self.columns_button), self.segments_button)
        self.assign_menu = AssignMenu(self, parent=self) if self.kind.name in ASSIGNABLE else None
        self.print_button = print_button(self)
        self.toolbar.addWidget(self.print_button)
        self.toolbar.addWidget(self.export_button)
        self.toolbar.addWidget(self.new_button)
        if self.print_list_on_ctrl_p:
            self._table_action(
                "Print list", lambda: print_list(self), QKeySequence(QKeySequence.StandardKey.Print)
            )

    def _custom_defs(self) -> tuple[FieldDef, ...]:
        if self.kind.name not in CUSTOM_FIELD_ENTITIES:
            return ()
        try:
            return tuple(self.env.ctx.custom_fields.fields(self.kind.name))
        except RapportError:
            return ()

    def refine_query(self, query: Any) -> Any:
        return self.custom_filter.apply(query)

    def on_changes(self, changes: ChangeSet) -> None:
        if changes.touches("custom_field") and self.kind.name in CUSTOM_FIELD_ENTITIES:
            self.reload_columns()
        super().on_changes(changes)

    def reload_columns(self) -> None:
        """Rebuild the columns and the filter's fields after custom fields changed, keeping which
        columns were shown."""
        header = self.table.horizontalHeader()
        shown = {c.key: not header.isSectionHidden(i) for i, c in enumerate(self.model.columns)}
        defs = self._custom_defs()
        self.custom_filter.set_fields(defs)
        columns = self.base_columns + custom_columns(defs)
        if tuple(c.key for c in columns) == tuple(c.key for c in self.model.columns) and all(
            a.title == b.title for a, b in zip(columns, self.model.columns, strict=True)
        ):
            return
        if self.model.query.sort.startswith("custom.") and self.model.query.sort not in {
            c.sort for c in columns
        }:
            self.model.set_query(replace(self.model.query, sort=columns[0].sort or "", descending=False))
        self.model.set_columns(columns)
        self.columns_button.columns = columns
        for i, column in enumerate(columns):
            header.resizeSection(i, column.width)
            header.setSectionHidden(i, not shown.get(column.key, not column.hidden))
        self.table.sync_sort_indicator()

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

    def export_rows(self) -> None:
        from app.views.lists.export_action import (
            ask_and_export,  # the exporters load on first use (start-up time)
        )

        ask_and_export(self)

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

    def assign_selection(self) -> None:
        """Edit > Assign to… (Ctrl+Shift+A): the people to give the selected records to."""
        if self.assign_menu is not None:
            self.assign_menu.open_at_selection()

    def selected_record(self) -> tuple[str, uuid.UUID] | None:
        """The kind and id of the first selected record (what a quick log links to)."""
        items = self.selected_items()
        return (self.kind.name, items[0].id) if items else None

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
            self.env.error(self.tr("Could not delete {text}: {exc}").format(text=text, exc=exc))
            return
        self.env.push(command, self.tr("{v0}{v1} moved to the trash").format(v0=text[0].upper(), v1=text[1:]))


def _describe(items: list[Any], kind: EntityKind) -> str:
    if len(items) == 1:
        name = getattr(items[0], "name", None) or getattr(items[0], "full_name", "")
        return f"{kind.singular} “{name}”"
    return f"{len(items)} {kind.singular}s"
