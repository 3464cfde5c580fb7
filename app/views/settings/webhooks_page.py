"""Settings > Integration > Webhooks (administrators): the URLs subscribed to record events, switched on
or off or removed, with the selected one's latest deliveries below."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.automation.webhooks import EVENTS, RECORD_TYPES
from app.services.core.errors import RapportError, ValidationError
from app.views.common.env import ViewEnv
from app.views.settings.list_page import ListPage
from app.views.settings.rows_model import RowsModel
from app.views.settings.secret_dialog import SecretDialog

LOG_SHOWN = 50


def _boxes(
    names: tuple[str, ...], prefix: str, checked: tuple[str, ...]
) -> tuple[QGridLayout, dict[str, QCheckBox]]:
    grid, boxes = QGridLayout(), {}
    for i, name in enumerate(names):
        box = QCheckBox(name.replace("_", " "), objectName=f"{prefix}_{name}")
        box.setAccessibleName(name.replace("_", " "))
        box.setChecked(name in checked)
        grid.addWidget(box, i // 3, i % 3)
        boxes[name] = box
    return grid, boxes


class WebhookEditor(QDialog):
    """A new subscription: its URL, record types and events; its signing secret is shown after."""

    def __init__(self, env: ViewEnv, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.env = env
        self.made: tuple[str, object] | None = None
        self.setWindowTitle(self.tr("New webhook"))
        self.setMinimumWidth(520)
        self.name = QLineEdit(objectName="name", placeholderText=self.tr("what it is for, e.g. ERP"))
        self.name.setAccessibleName(self.tr("Webhook name"))
        self.url = QLineEdit(objectName="url", placeholderText=self.tr("https://erp.example.com/rapport"))
        self.url.setAccessibleName(self.tr("Address the events are sent to"))
        types, self.types = _boxes(RECORD_TYPES, "type", ("contact",))
        events, self.events = _boxes(EVENTS, "event", ("created", "updated", "deleted"))
        self.message = QLabel("", objectName="message")
        self.message.setStyleSheet("color: #b00020")
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("URL"), self.url)
        form.addRow(self.tr("Records"), types)
        form.addRow(self.tr("Events"), events)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Subscribe"))
        buttons.accepted.connect(self.create)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def create(self) -> None:
        types = [n for n, box in self.types.items() if box.isChecked()]
        events = [n for n, box in self.events.items() if box.isChecked()]
        try:
            self.made = self.env.ctx.webhooks.add(self.name.text(), self.url.text(), types, events)
        except ValidationError as exc:
            self.message.setText("\n".join(f"{e.field}: {e.message}" for e in exc.errors))
            return
        except RapportError as exc:
            self.message.setText(str(exc))
            return
        self.accept()


class WebhooksPage(ListPage):
    def __init__(self, env: ViewEnv, parent: QWidget | None = None) -> None:
        columns = [
            (self.tr("Name"), lambda s: s.name),
            (self.tr("URL"), lambda s: s.url),
            (self.tr("Records"), lambda s: ", ".join(s.record_types)),
            (self.tr("Events"), lambda s: ", ".join(e.replace("_", " ") for e in s.events)),
            (self.tr("State"), lambda s: self.tr("on") if s.active else self.tr("off")),
            (
                self.tr("Failing"),
                lambda s: self.tr("{0} in a row").format(s.failure_count) if s.failure_count else "",
            ),
        ]
        super().__init__(columns, "webhooks", parent)
        self.env = env
        self.model.dimmed = lambda s: not s.active
        self.add_button(
            self.tr("&Add…"), "add_webhook", self.tr("Subscribe a URL to record events"), self.add, "Ctrl+N"
        )
        self.add_button(
            self.tr("Switch &on/off"), "toggle", self.tr("Switch the selected webhook on or off"), self.toggle
        )
        self.add_button(
            self.tr("Show &secret…"),
            "secret",
            self.tr("The selected webhook's signing secret"),
            self.show_secret,
        )
        self.add_button(
            self.tr("&Remove…"), "remove", self.tr("Remove the selected webhook"), self.remove, "Del"
        )
        self.buttons.addStretch(1)
        self.log_model = RowsModel(
            [
                (self.tr("Time"), lambda e: f"{e.created_at:%Y-%m-%d %H:%M:%S}"),
                (self.tr("Event"), lambda e: e.event),
                (self.tr("Record"), lambda e: e.record_id),
                (self.tr("State"), lambda e: e.state),
                (self.tr("Attempts"), lambda e: str(e.attempts)),
                (self.tr("Last error"), lambda e: e.last_error),
            ],
            self,
        )
        self.log = QTableView(objectName="log")
        self.log.setModel(self.log_model)
        self.log.setAccessibleName(self.tr("Latest deliveries of the selected webhook"))
        self.log.verticalHeader().hide()
        self.log.horizontalHeader().setStretchLastSection(True)
        self.body.addWidget(QLabel(self.tr("Latest deliveries"), objectName="log_title"))
        self.body.addWidget(self.log, 1)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self.show_log())
        self.reload()

    def reload(self) -> None:
        self.show_rows(self.env.ctx.webhooks.list())
        self.show_log()

    def show_log(self) -> None:
        sub = self.selected()
        self.log_model.set_rows(self.env.ctx.webhooks.log(sub.id, LOG_SHOWN) if sub else [])
        self.log.resizeColumnsToContents()
        self.log.horizontalHeader().setStretchLastSection(True)

    def add(self) -> None:
        editor = WebhookEditor(self.env, self)
        if editor.exec() != QDialog.DialogCode.Accepted or editor.made is None:
            return
        secret, _sub = editor.made
        self.reload()
        self._show(secret)

    def _show(self, secret: str) -> None:
        self.secret_dialog = SecretDialog(
            self.tr("Webhook signing secret"),
            self.tr(
                "Give this secret to the receiver: each delivery carries an X-Rapport-Signature header "
                "(HMAC-SHA256 of the body under this secret) that proves it came from Rapport."
            ),
            secret,
            self,
        )
        self.secret_dialog.open()

    def show_secret(self) -> None:
        sub = self.selected()
        if sub is None:
            return
        try:
            self._show(self.env.ctx.webhooks.secret(sub.id))
        except RapportError as exc:
            self.message.setText(str(exc))

    def toggle(self) -> None:
        sub = self.selected()
        if sub is None:
            return
        try:
            self.env.ctx.webhooks.set_active(sub.id, not sub.active)
        except RapportError as exc:
            self.message.setText(str(exc))
            return
        self.reload()

    def remove(self) -> None:
        sub = self.selected()
        if sub is None:
            return
        asked = QMessageBox.question(
            self,
            self.tr("Remove webhook"),
            self.tr("Remove '{0}'? Events still waiting are not sent; its log stays.").format(sub.name),
        )
        if asked != QMessageBox.StandardButton.Yes:
            return
        try:
            self.env.ctx.webhooks.remove(sub.id)
        except RapportError as exc:
            self.message.setText(str(exc))
            return
        self.reload()
