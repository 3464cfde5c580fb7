"""Settings > Users and teams (administrators): the people of a team database, their role, team and
territory; add a user or a team, change a role or team, deactivate with reassignment (undoable)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.access.roles import ROLE_CHOICES
from app.services.access.users import Reassignment, UserInput, UserRow
from app.services.core.errors import RapportError
from app.views.common.commands import ServiceCommand
from app.views.common.env import ViewEnv

COLUMNS = ("Name", "Email", "Role", "Team", "Territory", "Status")


class DeactivateCommand(ServiceCommand):
    """Deactivate a user, their records going to another; undo makes them active with their records."""

    def __init__(self, env: ViewEnv, user: UserRow, heir: UserRow) -> None:
        super().__init__(env, f"Deactivate {user.name}")
        self.user, self.heir = user, heir
        self.done: Reassignment | None = None

    def _redo(self) -> None:
        self.done = self.env.ctx.users.deactivate(self.user.id, self.heir.id).value

    def _undo(self) -> None:
        if self.done is not None:
            self.env.ctx.users.reactivate(self.done)


class UserEditor(QDialog):
    """A new user (name, email, role, team, first password) or an existing one's role and team."""

    def __init__(self, env: ViewEnv, user: UserRow | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.env, self.user = env, user
        self.setWindowTitle(f"Edit {user.name}" if user else "New user")
        self.setMinimumWidth(420)
        self.name = QLineEdit(user.name if user else "", objectName="name")
        self.email = QLineEdit(user.email if user else "", objectName="email")
        self.email.setReadOnly(user is not None)
        self.role = QComboBox(objectName="role")
        for value, label in ROLE_CHOICES:
            self.role.addItem(label, value)
        self.role.setCurrentIndex(self.role.findData(user.role.value if user else "sales_rep"))
        self.team = QComboBox(objectName="team")
        self.team.addItem(self.tr("(no team)"), None)
        for team_id, team_name in env.ctx.users.teams():
            self.team.addItem(team_name, team_id)
        if user and user.team:
            self.team.setCurrentIndex(self.team.findText(user.team))
        self.password = QLineEdit(objectName="password", placeholderText=self.tr("at least 8 characters"))
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel(objectName="message")
        self.message.setStyleSheet("color: #b00020")
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Email"), self.email)
        form.addRow(self.tr("Role"), self.role)
        form.addRow(self.tr("Team"), self.team)
        if user is None:
            form.addRow(self.tr("First password"), self.password)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def save(self) -> None:
        users = self.env.ctx.users
        try:
            if self.user is None:
                data = UserInput(
                    self.name.text(),
                    self.email.text(),
                    self.role.currentData(),
                    self.team.currentData(),
                    password=self.password.text() or None,
                )
                users.add(data)
            else:
                users.update(self.user.id, role=self.role.currentData(), team_id=self.team.currentData(),
                             name=self.name.text())  # fmt: skip
        except RapportError as exc:
            self.message.setText(str(exc))
            return
        self.accept()


class UsersDialog(QDialog):
    def __init__(self, env: ViewEnv, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.env = env
        self.rows: list[UserRow] = []
        self.setWindowTitle(self.tr("Users and teams"))
        self.resize(760, 540)
        self.table = QTableWidget(0, len(COLUMNS), objectName="users")
        self.table.setHorizontalHeaderLabels(COLUMNS)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _=None: self.edit_user())
        buttons = QHBoxLayout()
        for text, name, slot in (
            ("Add user…", "add", self.add_user),
            ("Edit…", "edit", self.edit_user),
            ("Deactivate…", "deactivate", self.deactivate_user),
            ("Add team…", "add_team", self.add_team),
        ):
            button = QPushButton(text, objectName=name)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        close = QPushButton(self.tr("Close"), objectName="close")
        close.clicked.connect(self.accept)
        buttons.addWidget(close)
        from app.views.settings.assignment import AssignmentBox

        self.assignment = AssignmentBox(env, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(self.assignment)
        self.reload()

    def reload(self) -> None:
        self.rows = self.env.ctx.users.list_users()
        self.table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            cells = (row.name, row.email, row.role_label, row.team, row.territory,
                     "active" if row.is_active else "deactivated")  # fmt: skip
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if not row.is_active:
                    item.setForeground(Qt.GlobalColor.gray)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()

    def selected(self) -> UserRow | None:
        index = self.table.currentRow()
        return self.rows[index] if 0 <= index < len(self.rows) else None

    def add_user(self) -> None:
        if UserEditor(self.env, None, self).exec() == QDialog.DialogCode.Accepted:
            self.reload()

    def edit_user(self) -> None:
        user = self.selected()
        if user is not None and UserEditor(self.env, user, self).exec() == QDialog.DialogCode.Accepted:
            self.reload()

    def deactivate_user(self) -> None:
        user = self.selected()
        if user is None or not user.is_active:
            return
        heirs = [r for r in self.rows if r.is_active and r.id != user.id]
        labels = [f"{r.name} <{r.email}>" for r in heirs]
        choice, ok = QInputDialog.getItem(
            self,
            self.tr("Deactivate"),
            self.tr("{name} can no longer sign in. Who takes over their records?").format(name=user.name),
            labels,
            0,
            False,
        )
        if not ok or choice not in labels:
            return
        self.run_deactivation(user, heirs[labels.index(choice)])

    def run_deactivation(self, user: UserRow, heir: UserRow) -> None:
        command = DeactivateCommand(self.env, user, heir)
        try:
            command.execute()
        except RapportError as exc:
            self.env.error(str(exc))
            return
        assert command.done is not None
        self.env.push(
            command,
            self.tr("Deactivated {name}; {count:,} records went to {name2}").format(
                name=user.name, count=command.done.count, name2=heir.name
            ),
        )
        self.reload()

    def add_team(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Add team"), self.tr("Name of the new team:"))
        if ok and name.strip():
            try:
                self.env.ctx.users.add_team(name)
            except RapportError as exc:
                self.env.error(str(exc))


def open_users(env: ViewEnv, parent: QWidget | None = None) -> Any:
    """The dialog for an administrator; anyone else is told why not."""
    if not env.ctx.users.may_manage():
        env.error(
            QCoreApplication.translate("settings.users", "Only an administrator manages users and teams.")
        )
        return None
    dialog = UsersDialog(env, parent)
    dialog.open()
    return dialog
