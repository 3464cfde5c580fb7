"""The page-level saved views: one combo to switch views, save the current one under a name, or delete one."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QInputDialog, QWidget

from app.services.core.errors import RapportError
from app.services.records.saved_views import SavedViewRef, ViewState
from app.views.common.env import ViewEnv
from app.views.common.style import icon
from app.views.lists.organize_commands import DeleteViewCommand, SaveViewCommand

SAVE, DELETE = "save-view", "delete-view"  # the combo's two action entries


class ViewedPage(Protocol):
    """What the bar needs from its list page (ListPage): where its views are kept, and its state."""

    env: ViewEnv
    settings_key: str

    def view_state(self) -> ViewState: ...

    def apply_view(self, state: ViewState) -> None: ...


class SavedViewsBar(QWidget):
    def __init__(self, page: ViewedPage, parent: QWidget) -> None:
        super().__init__(parent)
        self.page = page
        self.env = page.env
        self.views: list[SavedViewRef] = []
        self.combo = QComboBox(objectName="savedViews")
        self.combo.setToolTip(self.tr("Switch to a saved view of this list"))
        self.combo.setMinimumContentsLength(11)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.combo.activated.connect(self._chosen)
        self.shown_index = 0  # the view shown (the combo's action entries jump back to it)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.combo)
        self.loaded = False

    def reload(self, keep: str | None = None) -> None:
        """Re-read the views of this page, keeping the shown one selected (by name) if it still exists."""
        name = keep if keep is not None else (self.current().name if self.current() else "")
        try:
            self.views = self.env.ctx.saved_views.list(self.page.settings_key)
        except RapportError as exc:
            self.env.error(str(exc))
            self.views = []
        self.loaded = True
        self.combo.blockSignals(True)
        self.combo.clear()
        self.combo.addItem(icon("bookmark"), "Custom view", None)
        for view in self.views:
            self.combo.addItem(view.name, view.id)
        self.combo.insertSeparator(self.combo.count())
        self.combo.addItem(self.tr("Save view as…"), SAVE)
        self.combo.addItem(self.tr("Delete this view"), DELETE)
        self.shown_index = max(self.combo.findText(name), 0) if name else 0
        self.combo.setCurrentIndex(self.shown_index)
        self._enable_delete()
        self.combo.blockSignals(False)

    def _enable_delete(self) -> None:
        model = self.combo.model()
        item = model.item(self.combo.findData(DELETE)) if hasattr(model, "item") else None
        if item is not None:
            item.setEnabled(self.shown_index > 0)

    def current(self) -> SavedViewRef | None:
        view_id = self.combo.itemData(self.shown_index)
        return next((v for v in self.views if v.id == view_id), None)

    def _chosen(self, index: int) -> None:
        action = self.combo.itemData(index)
        if action in (SAVE, DELETE):
            self.combo.setCurrentIndex(self.shown_index)
            self.ask_save() if action == SAVE else self.delete_current()
            return
        self.shown_index = index
        self._enable_delete()
        view = self.current()
        if view is not None:
            self.page.apply_view(view.state)

    def choose(self, name: str) -> None:
        """Switch to the view called `name` (tests and keyboard users)."""
        if not self.loaded:
            self.reload()
        index = self.combo.findText(name)
        if index > 0 and self.combo.itemData(index) not in (SAVE, DELETE):
            self.combo.setCurrentIndex(index)
            self._chosen(index)

    def mark_custom(self) -> None:
        """The user changed the list by hand: it no longer is the saved view."""
        if self.shown_index > 0:
            self.shown_index = 0
            self.combo.setCurrentIndex(0)
            self._enable_delete()

    def ask_save(self) -> None:
        current = self.current()
        name, ok = QInputDialog.getText(
            self, self.tr("Save view"), self.tr("Name of this view:"), text=current.name if current else ""
        )
        if ok and name.strip():
            self.save_as(name)

    def save_as(self, name: str) -> None:
        command = SaveViewCommand(self.env, self.page.settings_key, name, self.page.view_state())
        try:
            command.execute()
        except RapportError as exc:
            self.env.error(self.tr("Could not save the view: {exc}").format(exc=exc))
            return
        self.env.push(command, self.tr("View “{v0}” saved").format(v0=name.strip()))
        self.reload(keep=name.strip())

    def delete_current(self) -> None:
        view = self.current()
        if view is None:
            return
        command = DeleteViewCommand(self.env, view)
        try:
            command.execute()
        except RapportError as exc:
            self.env.error(self.tr("Could not delete the view: {exc}").format(exc=exc))
            return
        self.env.push(command, self.tr("View “{name}” deleted").format(name=view.name))
        self.reload(keep="")
