"""The record pages' Tags and Segments buttons: tag the selection in bulk, manage tags, build segments."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QMenu, QMessageBox, QToolButton, QWidget

from app.services.core.errors import RapportError
from app.services.core.lookups import TagRef
from app.views.common.commands import DeleteCommand
from app.views.common.env import SEGMENT, ViewEnv
from app.views.common.paged_table import PagedTableModel
from app.views.common.style import icon
from app.views.lists.filter_bar import FilterBar
from app.views.lists.organize_commands import TagRecordsCommand
from app.views.lists.tag_picker import tag_swatch

if TYPE_CHECKING:
    from app.views.lists.tag_manager import TagManager
    from app.views.segments.builder import SegmentBuilder


class RecordKindName(Protocol):
    name: str
    singular: str


class OrganizedPage(Protocol):
    """What the buttons need from their record page (RecordListPage): its kind, list and selection."""

    env: ViewEnv
    kind: RecordKindName
    noun: str
    model: PagedTableModel
    filter_bar: FilterBar

    def selected_items(self) -> list[Any]: ...


class TagsButton(QToolButton):
    """Add or remove a tag on every selected record (one undo step), or open the tag manager."""

    def __init__(self, page: OrganizedPage, parent: QWidget) -> None:
        super().__init__(parent)
        self.dialog_parent = parent  # the page itself: a layout may re-parent the button
        self.page = page
        self.setObjectName("tagsButton")
        self.setText(self.tr("Tags"))
        self.setIcon(icon("tag"))
        self.setToolTip(self.tr("Tag or untag the selected records"))
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu_ = QMenu(self)
        self.menu_.aboutToShow.connect(self._fill)
        self.setMenu(self.menu_)
        self.manager: TagManager | None = None

    def _fill(self) -> None:
        self.menu_.clear()
        tags = self.page.env.ctx.lookups.tags()
        count = len(self.page.selected_items())
        add = self.menu_.addMenu(self.tr("Add tag to {count} selected").format(count=count))
        remove = self.menu_.addMenu(self.tr("Remove tag from {count} selected").format(count=count))
        for tag in tags:
            swatch = QIcon(tag_swatch(tag.color))
            add.addAction(swatch, tag.name, lambda t=tag: self.tag_selection(t, True))
            remove.addAction(swatch, tag.name, lambda t=tag: self.tag_selection(t, False))
        add.setEnabled(bool(tags and count))
        remove.setEnabled(bool(tags and count))
        self.menu_.addSeparator()
        self.menu_.addAction(self.tr("Manage tags…"), self.open_manager)

    def tag_selection(self, tag: TagRef, add: bool) -> None:
        items = self.page.selected_items()
        if not items:
            return
        noun = self.page.kind.singular if len(items) == 1 else f"{len(items)} {self.page.noun}"
        command = TagRecordsCommand(self.page.env, self.page.kind.name, [i.id for i in items], tag, add, noun)
        try:
            command.execute()
        except RapportError as exc:
            self.page.env.error(self.tr("Could not change the tags: {exc}").format(exc=exc))
            return
        verb = "tagged" if add else "untagged"
        self.page.env.push(command, f"{len(command.done):,} {self.page.noun} {verb} “{tag.name}”")

    def open_manager(self) -> None:
        if self.manager is None:
            from app.views.lists.tag_manager import TagManager  # dialogs load when opened (start-up time)

            self.manager = TagManager(self.page.env, self.dialog_parent)
        self.manager.reload()
        self.manager.show()
        self.manager.raise_()


class SegmentsButton(QToolButton):
    """New, edit and delete segments of the page's entity; the filter bar's segment combo selects one."""

    def __init__(self, page: OrganizedPage, parent: QWidget) -> None:
        super().__init__(parent)
        self.dialog_parent = parent  # the page itself: a layout may re-parent the button
        self.page = page
        self.setObjectName("segmentsButton")
        self.setText(self.tr("Segments"))
        self.setIcon(icon("filter"))
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self)
        menu.addAction(self.tr("New segment…"), self.new_segment)
        self.edit_action = menu.addAction(self.tr("Edit this segment…"), self.edit_segment)
        self.delete_action = menu.addAction(self.tr("Delete this segment"), self.delete_segment)
        menu.addSeparator()
        self.speed_action = menu.addAction(self.tr("Speed up this segment"), self.speed_up)
        self.speed_action.setToolTip(
            self.tr(
                "Build an index for the segment's 'is' conditions in the background (automatic on large lists)"
            )
        )
        menu.aboutToShow.connect(self._enable)
        self.setMenu(menu)
        self.builder: SegmentBuilder | None = None

    def _enable(self) -> None:
        chosen = self.page.model.query.segment_id is not None
        self.edit_action.setEnabled(chosen)
        self.delete_action.setEnabled(chosen)
        self.speed_action.setEnabled(chosen)

    def new_segment(self) -> SegmentBuilder:
        return self._open(None)

    def edit_segment(self) -> SegmentBuilder | None:
        segment_id = self.page.model.query.segment_id
        if segment_id is None:
            return None
        try:
            detail = self.page.env.ctx.segments.get(segment_id)
        except RapportError as exc:
            self.page.env.error(str(exc))
            return None
        return self._open(detail)

    def _open(self, detail: object) -> SegmentBuilder:
        if self.builder is not None and self.builder.isVisible():
            self.builder.raise_()
            return self.builder
        from app.views.segments.builder import SegmentBuilder  # loads the segments service

        self.builder = SegmentBuilder(self.page.env, self.page.kind.name, detail, self.dialog_parent)
        self.builder.accepted.connect(lambda b=self.builder: self._saved(b.saved_id))
        self.builder.open()
        return self.builder

    def _saved(self, segment_id: object) -> None:
        """Show the saved segment's members."""
        self.page.filter_bar.reload(["segment"])
        self.page.filter_bar.select("segment_id", segment_id)

    def speed_up(self) -> None:
        segment_id = self.page.model.query.segment_id
        if segment_id is not None:
            self.page.env.index_segment(segment_id)

    def delete_segment(self, confirm: bool = True) -> None:
        segment_id = self.page.model.query.segment_id
        if segment_id is None:
            return
        name = self.page.filter_bar.combos["segment_id"].currentText()
        if confirm:
            answer = QMessageBox.question(
                self,
                self.tr("Delete segment"),
                self.tr("Move the segment “{name}” to the trash?").format(name=name),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        command = DeleteCommand(self.page.env, SEGMENT, [segment_id], f"segment “{name}”")
        try:
            command.execute()
        except RapportError as exc:
            self.page.env.error(self.tr("Could not delete the segment: {exc}").format(exc=exc))
            return
        self.page.env.push(command, self.tr("Segment “{name}” moved to the trash").format(name=name))
