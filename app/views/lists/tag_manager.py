"""The tag manager: create, rename, recolour and delete tags (each an undoable step)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon
from PySide6.QtWidgets import (
    QColorDialog,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.services.core.errors import RapportError
from app.services.core.lookups import TagRef
from app.views.common.commands import ServiceCommand
from app.views.common.env import ViewEnv
from app.views.lists.organize_commands import CreateTagCommand, DeleteTagCommand, EditTagCommand
from app.views.lists.tag_picker import tag_swatch

PALETTE = ("#d32f2f", "#f57c00", "#fbc02d", "#388e3c", "#0097a7", "#1976d2", "#7b1fa2", "#607d8b")


class TagManager(QDialog):
    def __init__(self, env: ViewEnv, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.env = env
        self.setWindowTitle(self.tr("Tags"))
        self.setMinimumSize(460, 380)
        self.tags: list[TagRef] = []
        self.list = QListWidget(objectName="tagList")
        self.list.currentRowChanged.connect(self._on_current)
        self.name = QLineEdit(objectName="tagName", placeholderText=self.tr("Tag name"))
        self.color = PALETTE[5]
        self.color_button = QToolButton(objectName="tagColor", toolTip=self.tr("Choose the colour"))
        self.color_button.clicked.connect(self._pick_color)
        self.add_button = QPushButton(self.tr("Add"), objectName="addTag")
        self.add_button.clicked.connect(self.add_tag)
        self.save_button = QPushButton(self.tr("Rename / recolour"), objectName="saveTag")
        self.save_button.clicked.connect(self.save_tag)
        self.delete_button = QPushButton(self.tr("Delete"), objectName="deleteTag")
        self.delete_button.clicked.connect(lambda: self.delete_tag())
        for button in (self.add_button, self.save_button, self.delete_button):
            button.setAutoDefault(False)  # Enter in the name field must not delete or rename
        self.error = QLabel(objectName="formError", wordWrap=True)
        self.error.hide()
        edit_row = QHBoxLayout()
        edit_row.addWidget(self.color_button)
        edit_row.addWidget(self.name, 1)
        edit_row.addWidget(self.add_button)
        edit_row.addWidget(self.save_button)
        edit_row.addWidget(self.delete_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(self.tr("Tags are shared by every list. Deleting one moves it to the trash."))
        )
        layout.addWidget(self.list, 1)
        layout.addLayout(edit_row)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self._show_color()
        env.relay.changed.connect(
            lambda changes: changes.touches("tag") and self.isVisible() and self.reload()
        )

    def reload(self) -> None:
        current = self.current()
        usage = self.env.ctx.tags.usage()
        self.tags = [u.tag for u in usage]
        self.list.blockSignals(True)
        self.list.clear()
        for u in usage:
            item = QListWidgetItem(
                QIcon(tag_swatch(u.tag.color, 14)), f"{u.tag.name}   ({u.records:,})", self.list
            )
            item.setData(Qt.ItemDataRole.UserRole, u.tag.id)
        self.list.blockSignals(False)
        if current is not None:
            self.select(current.name)
        self._enable()

    def current(self) -> TagRef | None:
        row = self.list.currentRow()
        return self.tags[row] if 0 <= row < len(self.tags) else None

    def select(self, name: str) -> None:
        row = next((i for i, t in enumerate(self.tags) if t.name == name), -1)
        self.list.setCurrentRow(row)

    def _on_current(self, _row: int) -> None:
        tag = self.current()
        if tag is not None:
            self.name.setText(tag.name)
            self.set_color(tag.color)
        self._enable()

    def _enable(self) -> None:
        chosen = self.current() is not None
        self.save_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def _pick_color(self) -> None:
        color = QColorDialog.getColor(QColor(self.color), self, "Tag colour")
        if color.isValid():
            self.set_color(color.name())

    def set_color(self, color: str) -> None:
        self.color = color
        self._show_color()

    def _show_color(self) -> None:
        self.color_button.setIcon(QIcon(tag_swatch(self.color, 16)))

    def _run(self, command: ServiceCommand, message: str) -> bool:
        self.error.hide()
        try:
            command.execute()
        except RapportError as exc:
            self.error.setText(str(exc))
            self.error.show()
            return False
        self.env.push(command, message)
        self.reload()
        return True

    def add_tag(self) -> None:
        name = self.name.text().strip()
        if self._run(CreateTagCommand(self.env, name, self.color), f"Tag “{name}” created"):
            self.select(name)

    def save_tag(self) -> None:
        tag = self.current()
        if tag is not None:
            name = self.name.text().strip()
            if self._run(EditTagCommand(self.env, tag, name, self.color), f"Tag “{name}” saved"):
                self.select(name)

    def delete_tag(self, confirm: bool = True) -> None:
        tag = self.current()
        if tag is None:
            return
        if confirm:
            answer = QMessageBox.question(
                self,
                self.tr("Delete tag"),
                self.tr("Move the tag “{name}” to the trash? Records keep it if you restore it.").format(
                    name=tag.name
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self._run(DeleteTagCommand(self.env, tag), f"Tag “{tag.name}” moved to the trash")
